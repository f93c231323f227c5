"""Clean one document's lines: normalise, classify, edit, then segment into sections.

This is the whole cleaning algorithm for a list of physical lines. It is pure: the same lines
and rules give the same ledger, and it never touches files or Prefect.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from tasks.cleaning import signals
from tasks.cleaning.boilerplate import line_fingerprint
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.ledger import LedgerEntry
from tasks.cleaning.lines import PhysicalLine
from tasks.cleaning.registry import Rule, Scope
from tasks.cleaning.sections import Section, assemble_text, segment_sections
from tasks.cleaning.verdicts import Drop, Heading


@dataclass(frozen=True)
class Preset:
    """What an earlier stage (the HTML extractor) already decided about a line.

    A line with ``dropped_tag`` is final: no line rule sees it, and it does not count as a
    neighbour in the document context. ``heading_level`` marks a heading the markup declared.
    """

    dropped_tag: str | None = None
    reason: str = ""
    heading_level: int | None = None
    locator: str | None = None


@dataclass
class CleanedDocument:
    """The result of cleaning one document: its ledger, sections, title and main text."""

    entries: list[LedgerEntry]
    sections: list[Section]
    title: str | None
    text: str

    @property
    def cleaned_lines(self) -> list[str]:
        """Every kept line's cleaned text, in order: the input to the idempotence invariant."""
        return [e.text for e in self.entries if e.text is not None]

    @property
    def n_dropped(self) -> int:
        return sum(1 for e in self.entries if e.action == "dropped")


def clean_lines(
    lines: Sequence[PhysicalLine],
    rules: Sequence[Rule],
    excluded_kinds: Sequence[str] = (),
    presets: Sequence[Preset | None] | None = None,
    boilerplate: dict[int, int] | None = None,
) -> CleanedDocument:
    """Run ``rules`` over ``lines`` and segment the result; every input line gets one ledger entry.

    ``boilerplate`` maps line fingerprints to the number of the site's documents they occur in
    (see ``tasks.cleaning.boilerplate``); only lines above the run's threshold are in it.
    """
    presets = presets if presets is not None else [None] * len(lines)
    staged = _staged(tuple(rules))
    memo: NormalizeMemo = {}
    repeated = _repeated_lines(lines, boilerplate) if boilerplate else {}
    entries: list[LedgerEntry] = []
    title: str | None = None
    first_doc: DocumentContext | None = None
    for start, stop in _pages(lines):
        part_repeated = {i - start: n for i, n in repeated.items() if start <= i < stop}
        part, doc, normalized = _clean_once(
            lines[start:stop], staged, presets[start:stop], memo, part_repeated, first_line=start + 1
        )
        _settle(part, normalized, staged, memo)
        for entry in part:
            entry.action = (
                "dropped" if entry.text is None else "kept" if entry.text == entry.original else "modified"
            )
        if first_doc is None:
            first_doc, title = doc, _mark_title(part, doc)
        else:  # a later page's title heads that page's part of the document
            _mark_title(part, doc, as_heading=True)
        entries += part
    sections = segment_sections(entries, first_doc or DocumentContext([]))
    return CleanedDocument(entries, sections, title, assemble_text(sections, entries, excluded_kinds))


def _pages(lines: Sequence[PhysicalLine]) -> list[tuple[int, int]]:
    r"""The line ranges of the pages a file holds: one, or one per record of a web-archive text file.

    A WET file concatenates the text of many pages, each after its own ``WARC/1.0`` header block.
    Each page has its own head, title and tail, so each is cleaned with a context of its own: the
    footer of one page must not open a tail that swallows the pages after it.

    >>> _pages([PhysicalLine(t, "\n") for t in ["WARC/1.0", "WARC-Type: conversion", "", "A", "WARC/1.0",
    ...                                          "WARC-Type: conversion", "", "B"]])
    [(0, 4), (4, 8)]
    """
    starts = [
        i
        for i, (original, _) in enumerate(lines)
        if signals.is_warc_version(original)
        and i + 1 < len(lines)
        and lines[i + 1].original.startswith("WARC-")
    ]
    if len(starts) < 2:
        return [(0, len(lines))]
    cuts = [0, *(i for i in starts if i > 0), len(lines)]
    return list(itertools.pairwise(cuts))


class StagedRules:
    """The line rules of one run, split by stage once, with the context-reading ones apart.

    A rule that never reads its context (see ``Rule.reads_context``) answers the same for the
    same text, so the settling pass only asks the others about a line whose text it has judged.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        line_rules = [r for r in rules if r.stage != "dom"]
        self.normalizers = [r for r in line_rules if r.stage in ("normalize", "strip")]
        droppers = [r for r in line_rules if r.stage == "drop"]
        self.droppers = ScopedRules(droppers)
        self.context_droppers = ScopedRules([r for r in droppers if r.reads_context])
        self.editors = [r for r in line_rules if r.stage == "edit"]
        self.context_editors = [r for r in self.editors if r.reads_context]
        self._scope_functions = {r.where for r in droppers if r.where is not None}

    def scopes(self, doc: DocumentContext) -> dict[Scope, Collection[int]]:
        """Each scope of the run's rules, on ``doc``: asked once per pass, for every stage."""
        return {where: where(doc) for where in self._scope_functions}


@functools.lru_cache(maxsize=8)
def _staged(rules: tuple[Rule, ...]) -> StagedRules:
    """A run's rules split by stage once, not again for every document."""
    return StagedRules(rules)


def _clean_once(
    lines: Sequence[PhysicalLine],
    rules: StagedRules,
    presets: Sequence[Preset | None],
    memo: NormalizeMemo,
    repeated: dict[int, int] | None = None,
    judged: Sequence[bool] | None = None,
    first_line: int = 1,
) -> tuple[list[LedgerEntry], DocumentContext, list[str | None]]:
    """One pass of every stage over the lines: normalise, build the context, drop, edit.

    ``judged`` marks lines whose text an earlier pass already ran through every rule, unchanged:
    of those, only the rules that read the context can answer differently now. Returned with the
    entries: for each line that every rule saw and left as it was, that text (else ``None``).
    ``first_line`` is the ledger's line number of the first of ``lines``.
    """
    entries: list[LedgerEntry] = []
    normalized: list[str] = []
    for number, ((original, eol), preset) in enumerate(zip(lines, presets, strict=True), start=first_line):
        entry = LedgerEntry(number, original, eol, "kept", "content", original)
        if preset is not None and preset.dropped_tag:
            entry.rules, entry.reasons, entry.text, entry.role = (
                [preset.dropped_tag],
                [preset.reason],
                None,
                "cruft",
            )
            normalized.append("")
        else:
            normalized.append(_normalize(entry, original, rules.normalizers, memo))
        entry.locator = preset.locator if preset is not None else None
        entries.append(entry)

    doc = DocumentContext(normalized, repeated=repeated or {})
    scopes = rules.scopes(doc)
    droppers = rules.droppers.by_line(len(doc.lines), scopes)
    context_droppers = (
        rules.context_droppers.by_line(len(doc.lines), scopes) if judged is not None else droppers
    )
    judged_texts: list[str | None] = [None] * len(entries)
    for index, (entry, text, preset) in enumerate(zip(entries, normalized, presets, strict=True)):
        if entry.role == "cruft":  # decided before the line rules
            continue
        if not text.strip():
            if entry.original.strip():  # held nothing but what the strip rules removed
                entry.text, entry.role = None, "cruft"
            else:
                entry.text, entry.role = text, "blank"
            continue
        ctx = LineContext(doc, index)
        seen = judged is not None and judged[index]
        if not _drop_first_match(entry, text, (context_droppers if seen else droppers)[index], ctx):
            if preset is not None and preset.heading_level:
                entry.role, entry.heading_level = "heading", preset.heading_level
            if _edit(entry, text, rules, ctx, seen):
                judged_texts[index] = text
    return entries, doc, judged_texts


def _repeated_lines(lines: Sequence[PhysicalLine], boilerplate: dict[int, int]) -> dict[int, int]:
    """Which lines recur across the site, unless that is every line: a page is never emptied."""
    repeated: dict[int, int] = {}
    content = 0
    for index, (original, _) in enumerate(lines):
        if not original.strip():
            continue
        content += 1
        count = boilerplate.get(line_fingerprint(original) or -1)
        if count is not None:
            repeated[index] = count
    return repeated if len(repeated) < content else {}


_MAX_SETTLING_ROUNDS = 3


def _settle(
    entries: list[LedgerEntry], judged_texts: list[str | None], rules: StagedRules, memo: NormalizeMemo
) -> None:
    """Clean the cleaned lines again until nothing changes, and fold what changed into the ledger.

    Dropping a line changes its neighbours' context: two menu labels that a caption kept apart
    become a run of chrome once the caption is gone. Cleaning the result must change nothing, so
    what a second look drops or edits is recorded on the original line, with the rule that did it.
    A line whose text every rule already saw and left alone, and that normalising leaves alone,
    is only asked again by the rules that read the context.
    """
    if all(e.text == e.original for e in entries):
        return  # nothing was dropped or changed, so a second look sees the same document
    judged_by_line = {e.line_no: text for e, text in zip(entries, judged_texts, strict=True)}
    for _ in range(_MAX_SETTLING_ROUNDS):
        kept = [e for e in entries if e.text is not None]
        if not kept:
            return
        judged = [
            e.text == judged_by_line[e.line_no] and memo.get(e.text or "") == (e.text, [], []) for e in kept
        ]
        again, _, again_judged = _clean_once(
            [PhysicalLine(e.text or "", "\n") for e in kept], rules, [None] * len(kept), memo, judged=judged
        )
        changed = False
        for entry, second, text in zip(kept, again, again_judged, strict=True):
            judged_by_line[entry.line_no] = text
            if second.text == entry.text:
                continue
            changed = True
            entry.rules += second.rules
            entry.reasons += second.reasons
            entry.text = second.text
            if second.text is None:
                entry.role, entry.heading_level = "cruft", None
        if not changed:
            return


NormalizeMemo = dict[str, tuple[str, list[str], list[str]]]


def _normalize(entry: LedgerEntry, text: str, rules: Sequence[Rule], memo: NormalizeMemo) -> str:
    """Character repairs and inline strips, repeated until nothing changes (at most three rounds).

    One round can expose work for another (ftfy reads "\xa0Â€" differently once the no-break
    space is a space), and a second cleaning must find nothing left to do. These rules see the
    text alone, so a text met before in the document (blank lines, the settling pass) is looked up;
    a result that a whole round left alone is remembered as its own result, so the settling pass
    finds the lines it already repaired.
    """
    known = memo.get(text)
    if known is not None:
        entry.rules += known[1]
        entry.reasons += known[2]
        return known[0]
    original = text
    settled = False
    for _ in range(3):
        repaired, changed = _apply_rewrites(entry, text, rules, None)
        if repaired == text:
            settled = not changed
            break
        text = repaired
    unique = list(dict.fromkeys(zip(entry.rules, entry.reasons, strict=True)))
    entry.rules, entry.reasons = [tag for tag, _ in unique], [reason for _, reason in unique]
    memo[original] = (text, list(entry.rules), list(entry.reasons))
    if settled:
        memo.setdefault(text, (text, [], []))
    return text


def _apply_rewrites(
    entry: LedgerEntry, text: str, rules: Sequence[Rule], ctx: LineContext | None
) -> tuple[str, bool]:
    """Apply ``rules`` in order, each to the text the previous left; also says whether any changed it."""
    changed = False
    for r in rules:
        if r.max_chars is not None and len(text) > r.max_chars:
            continue
        verdict = r.apply(text, ctx)  # type: ignore[arg-type]
        if verdict is None or isinstance(verdict, Drop):
            continue
        if verdict.text != text:
            changed = True
        elif not isinstance(verdict, Heading):
            continue
        entry.rules.append(r.tag)
        entry.reasons.append(verdict.reason)
        text = verdict.text
        if isinstance(verdict, Heading):
            entry.role, entry.heading_level = "heading", verdict.level
    return text, changed


class RulesByLength:
    """A stage's rules, pre-filtered for each length limit they declare (order kept).

    A long paragraph then loops over the few rules that can match it, not over every rule.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.limits = sorted({r.max_chars for r in rules if r.max_chars is not None})
        self.lists = [
            tuple(r for r in rules if r.max_chars is None or r.max_chars >= limit) for limit in self.limits
        ]
        self.unlimited = tuple(r for r in rules if r.max_chars is None)

    def for_length(self, length: int) -> tuple[Rule, ...]:
        position = bisect.bisect_left(self.limits, length)
        return self.lists[position] if position < len(self.lists) else self.unlimited


class ScopedRules:
    """A stage's rules, and for each line of a document those whose scope (``Rule.where``) holds it.

    The lines between two scope edges share one rule list, so a page costs a handful of list
    builds, each kept for the next page with the same pattern of scopes.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.scoped = [(bit, r.where) for bit, r in enumerate(self.rules) if r.where is not None]
        self._without: dict[int, RulesByLength] = {}

    def by_line(self, size: int, scopes_on_page: dict[Scope, Collection[int]]) -> list[RulesByLength]:
        """For each of a page's ``size`` lines, the rules that can fire on it, ready to pick by length.

        ``scopes_on_page`` holds each rule's scope on the page (``StagedRules.scopes``).
        """
        scopes = [(bit, scopes_on_page[where]) for bit, where in self.scoped]
        cuts = {0, size}
        for _, scope in scopes:
            cuts.update(_edges(scope))
        rules_by_line: list[RulesByLength] = []
        for start, stop in itertools.pairwise(sorted(c for c in cuts if 0 <= c <= size)):
            outside = sum(1 << bit for bit, scope in scopes if start not in scope)
            rules_by_line += [self._rules_without(outside)] * (stop - start)
        return rules_by_line

    def _rules_without(self, outside: int) -> RulesByLength:
        """The rules but those whose bit is set in ``outside``."""
        found = self._without.get(outside)
        if found is None:
            found = RulesByLength([r for bit, r in enumerate(self.rules) if not outside >> bit & 1])
            self._without[outside] = found
        return found


def _edges(scope: Collection[int]) -> Iterable[int]:
    """The indices where ``scope`` starts or stops holding lines (a run of lines has two).

    >>> sorted(_edges({3, 4, 5, 9})), list(_edges(range(2, 7)))
    ([3, 6, 9, 10], [2, 7])
    """
    if isinstance(scope, range):
        return (scope.start, scope.stop) if scope else ()
    return set(scope).symmetric_difference(i + 1 for i in scope)


def _drop_first_match(entry: LedgerEntry, text: str, rules: RulesByLength, ctx: LineContext) -> bool:
    for r in rules.for_length(len(text)):
        verdict = r.apply(text, ctx)
        if verdict is not None and isinstance(verdict, Drop):  # most rules say nothing: test that first
            entry.rules.append(r.tag)
            entry.reasons.append(verdict.reason)
            entry.text, entry.role = None, "cruft"
            return True
    return False


def _edit(entry: LedgerEntry, text: str, rules: StagedRules, ctx: LineContext, seen: bool = False) -> bool:
    """Apply the edit rules; returns whether none of them changed the text.

    On a line judged before (``seen``), the rules that do not read the context are known to
    change nothing, so the others are tried alone first and the whole stage runs only if one of
    them changes the text.
    """
    if seen:
        trial = LedgerEntry(entry.line_no, entry.original, entry.eol, "kept", entry.role, text)
        if not _apply_rewrites(trial, text, rules.context_editors, ctx)[1]:
            entry.text = text
            return True
    edited, changed = _apply_rewrites(entry, text, rules.editors, ctx)
    if edited.strip():
        entry.text = edited
    else:  # the line held nothing but what the edits removed (a lone "[12]")
        entry.text, entry.role, entry.heading_level = None, "cruft", None
    return not changed


def _mark_title(entries: list[LedgerEntry], doc: DocumentContext, as_heading: bool = False) -> str | None:
    index = doc.title_index
    if index is None or entries[index].text is None:
        return None
    entry = entries[index]
    entry.role, entry.heading_level = "heading" if as_heading else "title", 1
    return doc.title_text(index, entry.text) if entry.text else None
