"""Why a document's lines look the way they do: action, rule, version and reason, and since which run.

The ledger already holds the verdict of every line; this module finds the document the user means
(by id, path or URI), reads its lines, and walks the older published runs to say how long a line has
been in its current state ("dropped since run X"). A line counts as the same line in an older run
when its number and its original text match; an edited source ends the history there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pyarrow.dataset as ds

from tasks.audit.runs import DOCUMENT_SUMMARY_COLUMNS, AuditLookupError, PublishedRun, split_tag

LINE_COLUMNS = ["line_no", "original", "action", "role", "rules", "reason", "text"]
HISTORY_COLUMNS = ["line_no", "original", "action", "rules"]

# ANSI colours per action; kept lines stay in the terminal's own colour.
COLOURS = {"dropped": "\x1b[31m", "modified": "\x1b[33m", "kept": ""}
DIM, RESET = "\x1b[2m", "\x1b[0m"

LineState = tuple[str, str, tuple[str, ...]]
"""(original, action, rules): what must stay equal for a line to have 'the same verdict' across runs."""


@dataclass(frozen=True)
class LineStory:
    """One ledger line with the run since which it has had this verdict."""

    line_no: int
    action: str
    role: str
    rules: tuple[str, ...]
    reason: str
    original: str
    text: str | None
    since_run: str
    since_is_oldest: bool

    @property
    def deciding_rule(self) -> str | None:
        """The rule that made the verdict: the dropping rule (the last to fire), or the last edit."""
        return self.rules[-1] if self.rules else None


def use_colour(stream: TextIO, environ: dict[str, str] | os._Environ[str]) -> bool:
    """ANSI colours only for a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    return stream.isatty() and "NO_COLOR" not in environ


def match_document(documents: list[tuple[str, str]], query: str) -> str:
    """The doc_id that ``query`` names among (doc_id, source_uri) pairs.

    Tried in order: exact doc_id, exact source URI, a local path turned into its ``file://`` URI, a
    unique doc_id prefix, a unique URI suffix that starts at a path boundary (so ``a.txt`` does not
    also match ``data.txt``).

    >>> docs = [("d917b908", "file:///src/a.txt"), ("5ab1c2d3", "file:///src/data.txt")]
    >>> match_document(docs, "a.txt"), match_document(docs, "5ab"), match_document(docs, "src/data.txt")
    ('d917b908', '5ab1c2d3', '5ab1c2d3')
    >>> match_document(docs, "txt")
    Traceback (most recent call last):
    ...
    tasks.audit.runs.AuditLookupError: unknown document 'txt': no doc_id, path or source URI matches
    """
    ids = {doc_id for doc_id, _ in documents}
    if query in ids:
        return query
    by_uri = {uri: doc_id for doc_id, uri in documents}
    if query in by_uri:
        return by_uri[query]
    if "://" not in query:
        as_uri = Path(query).expanduser().resolve().as_uri()
        if as_uri in by_uri:
            return by_uri[as_uri]
    for candidates in (
        sorted(doc_id for doc_id in ids if doc_id.startswith(query)),
        sorted(doc_id for doc_id, uri in documents if _ends_at_boundary(uri, query)),
    ):
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            shown = ", ".join(by_id_uri(documents, c) for c in candidates[:5])
            raise AuditLookupError(f"document {query!r} is ambiguous ({len(candidates)} matches: {shown})")
    raise AuditLookupError(f"unknown document {query!r}: no doc_id, path or source URI matches")


def _ends_at_boundary(uri: str, suffix: str) -> bool:
    return uri.endswith(suffix) and (len(uri) == len(suffix) or uri[-len(suffix) - 1] in "/:\\")


def by_id_uri(documents: list[tuple[str, str]], doc_id: str) -> str:
    return next(f"{d} {uri}" for d, uri in documents if d == doc_id)


def find_document(run: PublishedRun, query: str) -> dict[str, Any]:
    """The documents row of the document ``query`` names in ``run``."""
    pairs = run.read("documents", ["doc_id", "source_uri"]).to_pylist()
    doc_id = match_document([(p["doc_id"], p["source_uri"]) for p in pairs], query)
    return run.read("documents", DOCUMENT_SUMMARY_COLUMNS, ds.field("doc_id") == doc_id).to_pylist()[0]


def since_when(history: list[tuple[str, dict[int, LineState]]], line_no: int) -> tuple[str, bool]:
    """The oldest run of the unbroken streak in which line ``line_no`` had the state it has now.

    ``history`` is newest first and starts with the run being explained. The flag says the streak
    reaches the oldest kept run, so the true start may be earlier than what was kept.

    >>> now = ("Jump to navigation", "dropped", ("wiki_chrome.jump_link@1",))
    >>> before = ("Jump to navigation", "kept", ())
    >>> since_when([("r3", {2: now}), ("r2", {2: now}), ("r1", {2: before})], 2)
    ('r2', False)
    >>> since_when([("r3", {2: now}), ("r2", {2: now})], 2)
    ('r2', True)
    """
    state = history[0][1].get(line_no)
    since = history[0][0]
    for run_id, lines in history[1:]:
        if lines.get(line_no) != state:
            return since, False
        since = run_id
    return since, True


def line_states(run: PublishedRun, doc_id: str, line_no: int | None = None) -> dict[int, LineState]:
    """A document's lines in ``run`` as {line_no: state}; empty when the run does not have the document."""
    where = ds.field("doc_id") == doc_id
    if line_no is not None:
        where = where & (ds.field("line_no") == line_no)
    rows = run.read("lines", HISTORY_COLUMNS, where).to_pylist()
    return {r["line_no"]: (r["original"], r["action"], tuple(r["rules"] or ())) for r in rows}


def explain_document(
    run: PublishedRun, older: list[PublishedRun], doc_id: str, line_no: int | None = None
) -> list[LineStory]:
    """Every line of the document (or just ``line_no``), each with the run since which it looks this way.

    ``older`` are the runs before ``run``, newest first (``runs_before``).
    """
    where = ds.field("doc_id") == doc_id
    if line_no is not None:
        where = where & (ds.field("line_no") == line_no)
    rows = sorted(run.read("lines", LINE_COLUMNS, where).to_pylist(), key=lambda r: r["line_no"])
    if line_no is not None and not rows:
        raise AuditLookupError(f"document {doc_id} has no line {line_no} in run {run.run_id}")
    now = {r["line_no"]: (r["original"], r["action"], tuple(r["rules"] or ())) for r in rows}
    history = [(run.run_id, now)] + [(o.run_id, line_states(o, doc_id, line_no)) for o in older]
    stories = []
    for r in rows:
        since, is_oldest = since_when(history, r["line_no"])
        stories.append(
            LineStory(
                r["line_no"],
                r["action"],
                r["role"] or "",
                tuple(r["rules"] or ()),
                r["reason"] or "",
                r["original"],
                r["text"],
                since,
                is_oldest,
            )
        )
    return stories


def describe_since(story: LineStory) -> str:
    """The "since when" half of the answer, e.g. ``dropped since run r2 (wiki_chrome.tagline@1)``.

    >>> describe_since(LineStory(3, "dropped", "cruft", ("wiki_chrome.tagline@1",), "wiki tagline",
    ...                          "From Wikipedia", None, "r2", False))
    'dropped since run r2 (wiki_chrome.tagline@1)'
    """
    rule = f" ({story.deciding_rule})" if story.deciding_rule else ""
    earlier = ", perhaps earlier: it is the oldest run kept" if story.since_is_oldest else ""
    return f"{story.action} since run {story.since_run}{rule}{earlier}"


def describe_rules(story: LineStory) -> str:
    """Each rule that fired with its version and reason; the ledger joins reasons with '; ' in rule order.

    >>> describe_rules(LineStory(4, "modified", "content", ("characters.mojibake@1", "citation.marker@1"),
    ...                          "mojibake repaired; citation markers removed", "x", "y", "r1", True))
    'characters.mojibake version 1 (mojibake repaired); citation.marker version 1 (citation markers removed)'
    """
    if not story.rules:
        return "no rule fired"
    reasons = story.reason.split("; ") if story.reason else []
    if len(reasons) != len(story.rules):
        reasons = [story.reason] * len(story.rules) if len(story.rules) == 1 else [""] * len(story.rules)
    parts = []
    for tag, reason in zip(story.rules, reasons, strict=True):
        rule_id, version = split_tag(tag)
        label = f"{rule_id} version {version}" if version else rule_id
        parts.append(f"{label} ({reason})" if reason else label)
    return "; ".join(parts)


def render_line(story: LineStory, colour: bool) -> str:
    """One ledger line for the terminal: number, action, the text that survives, then rules and history."""
    paint = COLOURS.get(story.action, "") if colour else ""
    end = RESET if paint else ""
    dim, undim = (DIM, RESET) if colour else ("", "")
    shown = story.original if story.text is None else story.text
    out = [f"{story.line_no:>5}  {paint}{story.action:<8}{end}  {paint}{shown}{end}"]
    if story.action != "kept" or story.rules:
        out.append(f"{'':>5}  {dim}↳ {describe_rules(story)}; {describe_since(story)}{undim}")
    if story.action == "modified":
        out.append(f"{'':>5}  {dim}  was: {story.original}{undim}")
    return "\n".join(out)


def render_why(document: dict[str, Any], run_id: str, stories: list[LineStory], colour: bool = False) -> str:
    """The whole answer of ``decruft audit why``: a header naming the document, then its lines."""
    header = (
        f"document {document['doc_id']}  {document['source_uri']}\n"
        f"run {run_id}: status {document['status']}, {document['n_lines']} lines "
        f"({document['n_kept']} kept, {document['n_modified']} modified, {document['n_dropped']} dropped)"
    )
    if document.get("error"):
        header += f"\nerror: {document['error']}"
    return "\n".join([header, *(render_line(s, colour) for s in stories)])
