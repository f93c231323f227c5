"""The engine's shortcuts give the ledger a full evaluation would give.

The settling pass skips rules that never read their context on lines it has already judged;
these tests hold the registry's reading of which rules those are, and the shortcut's result.
Rules that declare a scope (``Rule.where``) are asked only inside it; the scope tests hold each
declaration against the rule's own answers everywhere else.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench.synthetic import wiki_document
from tasks.cleaning import document
from tasks.cleaning.boilerplate import line_fingerprint
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.evaluation import load_cases
from tasks.cleaning.ledger import LedgerEntry
from tasks.cleaning.lines import split_lines
from tasks.cleaning.registry import RULES, Rule, select_rules
from tasks.cleaning.verdicts import Drop

ROOT = Path(__file__).resolve().parents[1]


class _NoContext:
    """A context that fails on any use, to prove a rule never reads it."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"read the context ({name})")


def _case_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "tests" / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            lines += case["input"]
    for case in load_cases(ROOT / "eval" / "cases"):
        lines += [line.text for line in case.lines]
    return lines


def _documents() -> list[str]:
    rng = random.Random(3)
    texts = [wiki_document(rng, number, 6000) for number in range(4)]
    texts += [case.text for case in load_cases(ROOT / "eval" / "cases")]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").iterdir())]
    return texts


def test_rules_said_not_to_read_context_never_do() -> None:
    line_rules = [r for r in select_rules() if r.stage != "dom"]
    context_free = [r for r in line_rules if not r.reads_context]
    assert context_free and len(context_free) < len(line_rules)
    for line in _case_lines():
        for r in context_free:
            r.apply(line, _NoContext())  # type: ignore[arg-type]


def test_reads_context_follows_the_code() -> None:
    select_rules()
    assert RULES["zone.page_tail"].reads_context
    assert RULES["heading.plain"].reads_context
    assert not RULES["citation.marker"].reads_context
    assert not RULES["whitespace.trailing"].reads_context


def test_settling_shortcut_gives_the_full_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The eval documents include pages where the settling pass drops lines it had kept."""
    rules = select_rules()
    texts = _documents()
    shortcut = [document.clean_lines(split_lines(text), rules) for text in texts]
    clean_once = document._clean_once
    monkeypatch.setattr(document, "_clean_once", lambda *args, judged=None, **kw: clean_once(*args, **kw))
    full = [document.clean_lines(split_lines(text), rules) for text in texts]
    for fast, slow in zip(shortcut, full, strict=True):
        assert [(e.action, e.rules, e.reasons, e.text, e.role) for e in fast.entries] == [
            (e.action, e.rules, e.reasons, e.text, e.role) for e in slow.entries
        ]
        assert fast.text == slow.text


def test_hard_end_prefilter_never_hides_an_end_marker() -> None:
    """The page-end prefilter is derived from the end-marker patterns; every known end marker passes it."""
    from tasks.cleaning import signals
    from tasks.cleaning.context import _may_be_hard_end

    markers = [line for line in _case_lines() if signals.is_end_marker(line)]
    markers += [
        "This page was last edited on 5 May 2021, at 12:34 (UTC).",
        "Trình đơn chuyển hướng",
        "Diese Seite wurde zuletzt am 3. März 2020 um 10:11 Uhr bearbeitet.",
        "## Navigation menu",
        "Categories: Hanoi | Capitals in Asia",
        'Retrieved from "https://en.wikipedia.org/w/index.php?title=Hanoi"',
    ]
    assert len(markers) > 20
    for line in markers:
        assert signals.is_end_marker(line), line
        assert _may_be_hard_end(line, refbacks=signals.is_refbacks(line)), line


def _page_contexts(text: str, boilerplate: dict[int, int] | None = None) -> list[DocumentContext]:
    """The contexts the engine builds for a page: over its normalised lines, and over what it keeps."""
    rules = select_rules()
    staged = document._staged(rules)
    lines = split_lines(text)
    memo: document.NormalizeMemo = {}
    normalized = [
        document._normalize(
            LedgerEntry(0, line, eol, "kept", "content", line), line, staged.normalizers, memo
        )
        for line, eol in lines
    ]
    repeated = document._repeated_lines(lines, boilerplate) if boilerplate else {}
    kept = document.clean_lines(lines, rules, boilerplate=boilerplate).cleaned_lines
    return [DocumentContext(normalized, repeated=repeated), DocumentContext(kept)]


def _answers_outside_scope(r: Rule, doc: DocumentContext) -> list[str]:
    """The lines outside ``r``'s scope that the rule would still drop or edit."""
    assert r.where is not None
    scope = r.where(doc)
    return [
        line
        for index, line in enumerate(doc.lines)
        if index not in scope
        and line.strip()
        and (r.max_chars is None or len(line) <= r.max_chars)
        and r.apply(line, LineContext(doc, index)) is not None
    ]


def _scope_documents() -> list[tuple[str, dict[int, int] | None]]:
    pages: list[tuple[str, dict[int, int] | None]] = [(text, None) for text in _documents()]
    rng = random.Random(9)
    lines = _case_lines()
    pages += [("\n".join(rng.choice(lines) for _ in range(rng.randint(5, 60))), None) for _ in range(30)]
    footer = "© 2021 Springfield Gazette. All rights reserved."
    recurring = {line_fingerprint(footer): 7, line_fingerprint("References"): 7}
    pages.append(
        (f"Story\n\nThe council met and voted on the bridge.\n\nReferences\n\n{footer}\n", recurring)
    )
    return pages


def test_scoped_rules_answer_nothing_outside_their_scope() -> None:
    scoped = [r for r in select_rules() if r.where is not None]
    assert len(scoped) >= 10
    fired_inside = set()
    for text, boilerplate in _scope_documents():
        for doc in _page_contexts(text, boilerplate):
            for r in scoped:
                assert _answers_outside_scope(r, doc) == [], r.id
                scope = r.where(doc)  # type: ignore[misc]
                if any(r.apply(doc.lines[i], LineContext(doc, i)) for i in scope if doc.lines[i].strip()):
                    fired_inside.add(r.id)
    assert fired_inside == {r.id for r in scoped}  # and every scope is met by a page it matters on


def test_a_scope_too_narrow_is_caught() -> None:
    scoped_nowhere = Rule(
        "test.everywhere", 1, "drop", "", "", lambda text, ctx: Drop("x"), None, lambda doc: range(0)
    )
    doc = _page_contexts("Title\n\nA line of text.\n")[0]
    assert _answers_outside_scope(scoped_nowhere, doc) == ["Title", "A line of text."]


def test_only_drop_rules_take_a_scope() -> None:
    from tasks.cleaning.registry import rule

    with pytest.raises(ValueError, match="only drop rules"):
        rule("test.scoped_edit", version=1, stage="edit", example="", where=lambda doc: range(0))
