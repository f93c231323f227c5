"""Document-level facts that line rules need: which kind of page this is, and where its zones lie.

A saved page has a head (site chrome, title, infobox remnants), a body, and a tail (categories,
menus, footers) after an end-of-content marker. Position is the signal that separates a menu
label from a heading with the same words, so it is computed once here, from recognisers only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from tasks.cleaning import signals

_ABSTRACT = re.compile(
    r"^\s*(?:Abstract|ABSTRACT|Summary|Résumé|Zusammenfassung|Resumen|Tóm tắt|초록|요약)\s*[:.—-]?\s*"
)
_JOURNAL_DATES = re.compile(
    r"\b(?:Received|Submitted)\b.{0,60}\b(?:Revised|Accepted|Published)\b", re.IGNORECASE
)
ISSN = re.compile(
    r"^\s*(?:[EeP]-?|Online |Print )?ISSN(?:\s*\(?(?:online|print|electronic)\)?)?\s*[:：]?\s*\d{4}-\d{3}[\dXx]\b.{0,40}$"
)


@dataclass
class DocumentContext:
    """Facts about one document's normalised lines, computed once before the rules run."""

    lines: list[str]
    chrome_indices: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.nonblank = [i for i, text in enumerate(self.lines) if text.strip()]
        self.chrome_indices = self._chrome_blocks()

    # --- what kind of page ---------------------------------------------------------------------

    @cached_property
    def tagline_index(self) -> int | None:
        return next((i for i in self.nonblank[:80] if signals.is_tagline(self.lines[i])), None)

    @cached_property
    def is_wiki(self) -> bool:
        """Signals of a saved MediaWiki page; wiki-only rules (preamble, captions) need one."""
        if self.tagline_index is not None:
            return True
        hits = 0
        for i in self.nonblank:
            text = self.lines[i]
            if signals.JUMP_LINK.match(text.strip()) or signals.RETRIEVED_FROM.match(text.strip()):
                return True
            if signals.edit_link_heading(text) is not None:
                hits += 1
                if hits >= 2:
                    return True
        return False

    @cached_property
    def is_journal(self) -> bool:
        """Signals of a journal article landing page (OJS and similar)."""
        for i in self.nonblank:
            text = self.lines[i]
            if signals.is_refbacks(text) or ISSN.match(text) or _JOURNAL_DATES.search(text):
                return True
        return False

    @cached_property
    def has_marked_headings(self) -> bool:
        """Whether headings carry explicit markup; if so, bare short lines are not guessed to be headings."""
        return any(
            signals.edit_link_heading(self.lines[i]) is not None
            or signals.MARKUP_HEADING.match(self.lines[i])
            for i in self.nonblank
        )

    # --- zones ---------------------------------------------------------------------------------

    @cached_property
    def tail_start(self) -> int:
        """Index of the first end-of-content marker; everything from there on is page furniture."""
        for i in self.nonblank:
            if signals.is_end_marker(self.lines[i]):
                return i
        return len(self.lines)

    @cached_property
    def title_index(self) -> int | None:
        """The page title: the last non-chrome line before the wiki tagline, else the first such line."""
        candidates = [i for i in self.nonblank if i < self.tail_start and self._could_be_title(i)]
        if not candidates:
            return None
        tagline = self.tagline_index
        if tagline is not None:
            before = [i for i in candidates if i < tagline]
            if before:
                return before[-1]
        first = candidates[0]
        return first if _looks_like_title(self.lines[first]) else None

    def _could_be_title(self, i: int) -> bool:
        text = self.lines[i].strip()
        return not (
            signals.edit_link_heading(text) is not None
            or signals.markup_heading_level(text) not in (None, 1)
            or i in self.chrome_indices
            or signals.is_tagline(text)
            or signals.JUMP_LINK.match(text)
            or signals.is_language_line(text)
            or signals.TOC_HEADING.match(text)
            or (i in self.toc_indices)
        )

    @cached_property
    def body_start(self) -> int:
        """First prose line or heading after the title: a wiki page's infobox remnants lie before it."""
        start = (self.title_index if self.title_index is not None else -1) + 1
        if self.tagline_index is not None:
            start = max(start, self.tagline_index + 1)
        for i in self.nonblank:
            if i < start:
                continue
            text = self.lines[i]
            if (
                signals.is_prose(text)
                or signals.edit_link_heading(text)
                or signals.MARKUP_HEADING.match(text)
            ):
                return i
        return len(self.lines)

    @cached_property
    def toc_indices(self) -> set[int]:
        """Lines of a table of contents: a "Contents" line followed by numbered entries."""
        found: set[int] = set()
        for position, i in enumerate(self.nonblank):
            if not signals.TOC_HEADING.match(self.lines[i].strip()):
                continue
            block = [i]
            for j in self.nonblank[position + 1 :]:
                text = self.lines[j].strip()
                if signals.TOC_ENTRY.match(text) or text.lower() in {
                    "hide",
                    "show",
                    "move to sidebar",
                    "[hide]",
                }:
                    block.append(j)
                else:
                    break
            if sum(1 for j in block if signals.TOC_ENTRY.match(self.lines[j].strip())) >= 2:
                found.update(block)
        return found

    def _chrome_blocks(self) -> set[int]:
        """Chrome-label lines that sit in a run of at least three such lines (blank lines ignored)."""
        flagged = [
            i
            for i in self.nonblank
            if signals.is_chrome_label_line(self.lines[i]) or signals.is_language_line(self.lines[i])
        ]
        blocks: set[int] = set()
        run: list[int] = []
        position = {i: p for p, i in enumerate(self.nonblank)}
        for i in flagged:
            if run and position[i] != position[run[-1]] + 1:
                if len(run) >= 3:
                    blocks.update(run)
                run = []
            run.append(i)
        if len(run) >= 3:
            blocks.update(run)
        return blocks


def _looks_like_title(text: str) -> bool:
    """A title is short and does not end like a sentence (a question mark is allowed).

    >>> _looks_like_title("South Korea–Vietnam relations"), _looks_like_title("The war ended in 1975.")
    (True, False)
    """
    stripped = text.strip()
    return (
        len(stripped) <= 200 and signals.word_count(stripped) <= 25 and not re.search(r"[.,;:!]$", stripped)
    )


@dataclass(frozen=True)
class LineContext:
    """One line's view of its document: the index plus the neighbours rules may look at."""

    doc: DocumentContext
    index: int

    @property
    def in_head(self) -> bool:
        return self.index < self.doc.body_start

    @property
    def in_tail(self) -> bool:
        return self.index >= self.doc.tail_start

    @property
    def is_title(self) -> bool:
        return self.index == self.doc.title_index

    def neighbour(self, step: int) -> str | None:
        """The nearest non-blank line ``step`` lines away (``-1`` previous, ``+1`` next)."""
        i = self.index + step
        while 0 <= i < len(self.doc.lines):
            if self.doc.lines[i].strip():
                return self.doc.lines[i]
            i += step
        return None

    def blank_at(self, step: int) -> bool:
        """Whether the adjacent physical line (or the document edge) is blank."""
        i = self.index + step
        return not (0 <= i < len(self.doc.lines)) or not self.doc.lines[i].strip()
