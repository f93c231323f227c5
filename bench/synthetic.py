"""A synthetic corpus of wiki-style scrapes carrying every cruft kind decruft cleans, for benchmarks.

Documents are built from a fixed random seed, so two runs of a benchmark read the same bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "the",
    "of",
    "and",
    "in",
    "to",
    "a",
    "was",
    "is",
    "for",
    "on",
    "as",
    "by",
    "with",
    "from",
    "that",
    "at",
    "his",
    "an",
    "were",
    "which",
    "are",
    "this",
    "be",
    "its",
    "also",
    "has",
    "had",
    "first",
    "new",
    "after",
    "two",
    "who",
    "one",
    "their",
    "city",
    "war",
    "government",
    "year",
    "world",
    "national",
    "country",
    "between",
    "during",
    "people",
    "century",
    "early",
    "state",
    "south",
    "north",
    "history",
    "relations",
    "trade",
    "army",
    "river",
    "population",
    "economy",
    "treaty",
    "Vietnam",
    "Korea",
    "Hanoi",
    "Seoul",
    "Mekong",
    "dynasty",
    "province",
    "minister",
    "president",
    "agreement",
    "investment",
    "cooperation",
]
ACCENTED = ["Trần Đức Lương", "Phan Văn Khải", "Lý Long Tường", "Hà Nội", "Đà Nẵng", "café", "naïve"]
HEAD_CHROME = [
    "From Wikipedia, the free encyclopedia",
    "Jump to: navigation, search",
    "Jump to navigation Jump to search",
    "Jump to content",
]
MENU = [
    "Main menu",
    "move to sidebar",
    "hide",
    "Navigation",
    "Main page",
    "Contents",
    "Current events",
    "Random article",
    "About Wikipedia",
    "Contact us",
    "Donate",
]
TAIL = [
    'Retrieved from "https://en.wikipedia.org/w/index.php?title={t}&oldid={n}"',
    "Categories: {t} | History of Asia",
    "Hidden categories: Articles with short description",
    "Navigation menu",
    "Personal tools",
    "Not logged in",
    "Talk",
    "Contributions",
    "Create account",
    "Log in",
    "Deutsch",
    "Español",
    "Français",
    "Tiếng Việt",
    "This page was last edited on 5 May 2021, at 12:34 (UTC).",
    "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.",
    "Privacy policy",
    "About Wikipedia",
    "Disclaimers",
    "Contact Wikipedia",
    "Mobile view",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
    if rng.random() < 0.3:
        words.insert(rng.randint(0, len(words)), rng.choice(ACCENTED))
    text = " ".join(words).capitalize() + "."
    roll = rng.random()
    if roll < 0.35:
        text += f"[{rng.randint(1, 80)}]"
    elif roll < 0.4:
        text += "[citation needed]"
    elif roll < 0.43:
        text = text.replace(".", "’'s.", 1)
    return text


def _paragraph(rng: random.Random) -> str:
    paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 7)))
    roll = rng.random()
    if roll < 0.04:  # mojibake: UTF-8 read as cp1252
        paragraph = paragraph.encode("utf-8").decode("cp1252", errors="replace")
    elif roll < 0.08:
        paragraph = paragraph.replace(" ", "\u00a0", 3) + "  "
    return paragraph


def wiki_document(rng: random.Random, number: int, target_bytes: int) -> str:
    """One saved Wikipedia page of roughly ``target_bytes``: chrome, TOC, sections, references, footer."""
    title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {number}"
    lines = [
        title,
        "",
        rng.choice(HEAD_CHROME),
        "Jump to: navigation, search",
        title.replace(" ", " – ", 1),
        "Map indicating locations of Korea and Vietnam",
        "",
    ]
    if rng.random() < 0.3:
        lines[2:2] = MENU
    sections = [f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}" for _ in range(rng.randint(3, 8))]
    lines += ["Contents", *[f"{i + 1} {name}" for i, name in enumerate(sections)], ""]
    body_bytes = 0
    references = 0
    while body_bytes < target_bytes * 0.75:
        lines += [_paragraph(rng), ""]
        body_bytes += len(lines[-2])
        if rng.random() < 0.25 and sections:
            lines += [f"{sections.pop()}[edit]", ""]
    lines += ["References[edit]", ""]
    while sum(len(line) for line in lines) < target_bytes and references < 300:
        references += 1
        entry = f'  {references}. ^ a b {rng.choice(WORDS).capitalize()}, A. ({rng.randint(1950, 2020)}), "{_sentence(rng)}", retrieved 2020-01-01\u00a0'
        if rng.random() < 0.05:
            entry += ' Cite error: Invalid <ref> tag; name "x" defined multiple times (see the help page).'
        lines.append(entry)
    lines += ["", *(t.format(t=title.replace(" ", "_"), n=number) for t in TAIL)]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, megabytes: float, doc_kb: int = 40, seed: int = 7) -> tuple[int, int]:
    """Write about ``megabytes`` of documents into ``folder``; returns (documents, bytes)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    count = 0
    while total < megabytes * 1_000_000:
        data = wiki_document(rng, count, int(doc_kb * 1000 * rng.uniform(0.5, 1.5))).encode("utf-8")
        (folder / f"page-{count:06d}.txt").write_bytes(data)
        total += len(data)
        count += 1
    return count, total
