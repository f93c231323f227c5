"""Segment a cleaned document into typed sections, and assemble its main text from them.

A section starts at a heading (the lead has none) and runs to the line before the next one.
Its kind comes from the heading's words in several languages; a heading no list knows is typed
by its content, so a journal's "Materials in Korean" followed by dated entries is a bibliography.
Reference entries (``1. ^ …``) that follow a non-reference heading start a references section
of their own: saved pages often lose the "References" heading but keep the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tasks.cleaning import signals

if TYPE_CHECKING:
    from tasks.cleaning.context import DocumentContext
    from tasks.cleaning.ledger import LedgerEntry

_KIND_HEADINGS: dict[str, tuple[str, ...]] = {
    "references": (
        "references",
        "reference",
        "notes and references",
        "references and notes",
        "citations",
        "footnotes and references",
        "sources and references",
        "einzelnachweise",
        "références",
        "notes et références",
        "referencias",
        "referências",
        "riferimenti",
        "note e riferimenti",
        "примечания",
        "przypisy",
        "referenties",
        "referenser",
        "chú thích",
        "tham khảo",
        "chú thích và tham khảo",
        "각주",
        "출처",
        "脚注",
        "出典",
        "参考文献",
        "引用文献",
        "참고문헌",
        "参考资料",
        "注释",
        "references cited",
    ),
    "notes": (
        "notes",
        "footnotes",
        "explanatory notes",
        "anmerkungen",
        "notas",
        "note",
        "notes and citations",
        "endnotes",
    ),
    "bibliography": (
        "bibliography",
        "works cited",
        "sources",
        "literature",
        "literatur",
        "bibliographie",
        "bibliografía",
        "bibliografia",
        "литература",
        "список литературы",
        "literaturverzeichnis",
        "tài liệu tham khảo",
        "참고 문헌",
        "selected bibliography",
        "works",
        "publications",
    ),
    "further_reading": (
        "further reading",
        "weiterführende literatur",
        "lectures complémentaires",
        "lecturas adicionales",
        "leitura adicional",
        "additional reading",
        "más lecturas",
    ),
    "see_also": (
        "see also",
        "siehe auch",
        "voir aussi",
        "véase también",
        "ver também",
        "vedi anche",
        "см. также",
        "zobacz też",
        "zie ook",
        "se även",
        "xem thêm",
        "같이 보기",
        "関連項目",
        "参见",
        "參見",
        "related articles",
    ),
    "external_links": (
        "external links",
        "weblinks",
        "liens externes",
        "enlaces externos",
        "ligações externas",
        "collegamenti esterni",
        "ссылки",
        "linki zewnętrzne",
        "externe links",
        "externa länkar",
        "liên kết ngoài",
        "외부 링크",
        "外部リンク",
        "外部链接",
        "外部連結",
        "external link",
    ),
    "abstract": (
        "abstract",
        "summary",
        # the other summaries a journal prints over its article
        "highlights",
        "research highlights",
        "graphical abstract",
        "key points",
        "plain language summary",
        "lay summary",
        "significance statement",
        "zusammenfassung",
        "résumé",
        "resumen",
        "tóm tắt",
        "초록",
        "要旨",
        "摘要",
    ),
}
_KIND_BY_HEADING = {name: kind for kind, names in _KIND_HEADINGS.items() for name in names}
_LIST_KINDS = {"references", "notes", "bibliography", "further_reading"}

_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
_DAY_MONTH = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, |\d{1,2} [A-Z][a-z]{2,8}\.? )"
# A year in brackets, or a year standing as its own sentence; three patterns rather than one
# alternation, so each can be searched from its first character.
_BRACKETED_YEAR = re.compile(rf"\((?:c\. )?{_YEAR}(?:-\d\d(?:-\d\d)?)?\)")
_YEAR_SENTENCE = re.compile(rf"[.)]\s{_DAY_MONTH}?{_YEAR}\.(?:\s|$)")
_OPENING_YEAR_SENTENCE = re.compile(rf"{_DAY_MONTH}?{_YEAR}\.(?:\s|$)")
_DATE_AT_END = re.compile(rf"{_DAY_MONTH}{_YEAR}\.?$")
_DATE_AT_END_WINDOW = 40  # longer than any match: "September 30, 2019." and a final newline
_ABSTRACT = re.compile(
    r"^\s*(?:Abstract|ABSTRACT|Summary|Résumé|Zusammenfassung|Resumen|Tóm tắt|초록|요약)\s*[:.—-]"
)
_KEYWORDS = re.compile(
    r"^\s*(?:Keywords?|Key words|Schlüsselwörter|Mots[- ]clés|Palabras clave|Từ khóa|주제어)\s*[:：]"
    r"|^(?:[^;.]{2,50};\s*){2,}[^;.]{2,50}\.?$",
    re.IGNORECASE,
)


@dataclass
class Section:
    """A contiguous run of input lines under one heading (``None`` for the lead)."""

    index: int
    heading: str | None
    level: int
    kind: str
    line_start: int
    line_end: int
    text: str = ""


_COUNT = re.compile(r"^\d[\d,.]*\s+|\s*\(\d[\d,.]*\)$")


def heading_kind(heading: str) -> str | None:
    """The section kind a heading names, if any list knows it; a count beside the name is no part
    of it ("54 References", "References (54)").

    >>> heading_kind("See also"), heading_kind("Weblinks"), heading_kind("Vietnam War")
    ('see_also', 'external_links', None)
    >>> heading_kind("References (54)")
    'references'
    """
    words = heading.strip().strip(":").casefold()
    return _KIND_BY_HEADING.get(words) or _KIND_BY_HEADING.get(_COUNT.sub("", words))


def segment_sections(entries: list[LedgerEntry], doc: DocumentContext) -> list[Section]:
    """Split the ledger into sections, type them, and set every entry's ``section_index``."""
    starts: list[tuple[int, str | None, int, str | None]] = [
        (0, None, 0, None)
    ]  # (position, heading, level, kind)
    for position, entry in enumerate(entries):
        if entry.role == "heading" and entry.text is not None:
            words = entry.text.strip()
            starts.append((position, words, entry.heading_level or 2, heading_kind(words)))
    if len(starts) > 1 and starts[1][0] == 0:
        starts.pop(0)
    starts = _split_reference_lists(entries, starts)
    if doc.is_journal:
        starts = _split_journal_front_matter(entries, starts)

    sections: list[Section] = []
    for number, (position, heading, level, named_kind) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(entries)
        body = entries[position:end]
        kind = named_kind or (
            "lead" if number == 0 and heading is None else _kind_from_content(body, sections)
        )
        section = Section(number, heading, level, kind, position + 1, max(end, position + 1))
        for entry in body:
            entry.section_index = number
        section.text = _join_paragraphs(e.text for e in body if e.role not in ("heading", "title"))
        sections.append(section)
    return sections


def assemble_text(
    sections: Sequence[Section], entries: list[LedgerEntry], excluded_kinds: Sequence[str]
) -> str:
    """The document's main text: kept sections in order, each heading on its own line above its text."""
    parts: list[str] = []
    for section in sections:
        if section.kind in excluded_kinds:
            continue
        if section.text:
            if section.heading:
                parts.append(section.heading)
            parts.append(section.text)
    return "\n\n".join(parts)


def _join_paragraphs(texts: object) -> str:
    """Join kept lines, collapsing runs of blank lines to one and trimming the ends."""
    out: list[str] = []
    for text in texts:  # type: ignore[attr-defined]
        if text is None:
            continue
        if not text.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(text)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _split_reference_lists(entries: list[LedgerEntry], starts: list) -> list:
    """Start an unnamed references section where a run of reference entries begins under another kind."""
    result = []
    for number, start in enumerate(starts):
        result.append(start)
        position, _, level, kind = start
        if kind in _LIST_KINDS:
            continue
        end = starts[number + 1][0] if number + 1 < len(starts) else len(entries)
        kept = [
            p
            for p in range(position, end)
            if (entries[p].text or "").strip() and entries[p].role == "content"
        ]
        for offset, p in enumerate(kept):
            following = kept[offset : offset + 3]
            if len(following) >= 2 and all(
                signals.REFERENCE_ENTRY.match(entries[q].original) for q in following
            ):
                if p > position:
                    result.append((p, None, level, "references"))
                else:
                    result[-1] = (position, start[1], level, "references")
                break
    return result


def _split_journal_front_matter(entries: list[LedgerEntry], starts: list) -> list:
    """In a journal page's lead: author lines and metadata are front matter, the abstract is its own section."""
    lead_end = starts[1][0] if len(starts) > 1 else len(entries)
    if starts[0][1] is not None:
        return starts
    abstract = next((p for p in range(lead_end) if _ABSTRACT.match(entries[p].text or "")), None)
    if abstract is None:
        return starts
    pieces: list = [(0, None, 0, "front_matter"), (abstract, None, 0, "abstract")]
    for p in range(abstract + 1, lead_end):
        text = entries[p].text
        if text and (signals.JOURNAL_DATES.search(text) or _KEYWORDS.match(text)):
            pieces.append((p, None, 0, "front_matter"))
            break
    return pieces + starts[1:]


def _kind_from_content(body: list[LedgerEntry], earlier: list[Section]) -> str:
    """Type a section whose heading no list knows: a run of dated entries is a bibliography."""
    lines = [e.text for e in body if e.role == "content" and e.text and e.text.strip()]
    if not lines:
        return "body"
    citation_like = sum(1 for text in lines if _looks_like_citation(text)) / len(lines)
    previous = earlier[-1].kind if earlier else None
    if (len(lines) >= 2 and citation_like >= 0.6) or (previous in _LIST_KINDS and citation_like >= 0.5):
        return previous if previous in ("bibliography", "references") else "bibliography"
    return "body"


def _looks_like_citation(text: str) -> bool:
    """An entry of a reference list: a year where citations put it, not where sentences do.

    >>> _looks_like_citation("Ahn Byung-chan (안병찬). 1989. <베트남> (Vietnam). Seoul: Hankook Ilbo.")
    True
    >>> _looks_like_citation("Nam1. anonymous. Former Vietnamese diplomat. Hanoi, Jan. 17, 2013.")
    True
    >>> _looks_like_citation("In 2009, South Korea and Vietnam agreed to lift the relationship.")
    False
    """
    if _BRACKETED_YEAR.search(text) or _OPENING_YEAR_SENTENCE.match(text) or _YEAR_SENTENCE.search(text):
        return True
    # the date ends the line and is shorter than its window, so only the line's end is searched
    if not _DATE_AT_END.search(text, max(0, len(text) - _DATE_AT_END_WINDOW)):
        return False
    return signals.word_count(text) <= 25
