"""One document, bytes to rows: decode, clean, and shape the output rows of all three datasets.

A document that cannot be read becomes a ``failed`` row with its error; it never raises, so one
bad file cannot stop a shard.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tasks.cleaning.document import CleanedDocument, Preset, clean_lines
from tasks.cleaning.html import Block, declared_encoding, extract_blocks, looks_like_html
from tasks.cleaning.lines import PhysicalLine, split_lines
from tasks.cleaning.reading import DecodedText, UndecodableError, decode_bytes
from tasks.cleaning.registry import RULES, Rule

# Raised whenever output changes outside a rule's own version (the engine, the title finder,
# sections): it is hashed with the rules, so an incremental run cleans every document again.
PIPELINE_VERSION = "0.7.0"


def doc_id_for(source_uri: str) -> str:
    """A document's id: stable for the same source across runs, whatever its content.

    >>> doc_id_for("file:///data/a.txt") == doc_id_for("file:///data/a.txt")
    True
    """
    return hashlib.sha256(source_uri.encode("utf-8")).hexdigest()[:20]


@dataclass
class DocumentRows:
    """The rows one document contributes to ``documents``, ``sections`` and ``lines``."""

    document: dict[str, Any]
    sections: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    drops_by_rule: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RunStamp:
    """What every document of one run shares: its ids and the settings that shape output.

    ``input_format`` is ``auto`` (sniff each document), ``text`` or ``html``.
    """

    run_id: str
    ruleset_hash: str
    processed_at: Any
    excluded_kinds: tuple[str, ...]
    input_format: str = "auto"
    disabled_rules: tuple[str, ...] = ()
    boilerplate_scope: str = "host"


def process_document(
    source_uri: str,
    data: bytes,
    rules: Sequence[Rule],
    stamp: RunStamp,
    boilerplate: dict[int, int] | None = None,
) -> DocumentRows:
    """Clean one document's bytes into rows; undecodable input gives a ``failed`` row, not an exception."""
    document = _document_row(source_uri, data, stamp)
    is_html = stamp.input_format == "html" or (stamp.input_format == "auto" and looks_like_html(data))
    try:
        decoded = decode_bytes(data, declared_encoding(data) if is_html else None)
    except UndecodableError as error:
        document["error"] = str(error)
        return DocumentRows(document)
    if is_html:
        document["format"] = "html"
        lines, presets = html_lines(extract_blocks(decoded.text, disabled=stamp.disabled_rules))
        cleaned = clean_lines(lines, rules, stamp.excluded_kinds, presets)
    else:
        cleaned = clean_lines(split_lines(decoded.text), rules, stamp.excluded_kinds, boilerplate=boilerplate)
    return _rows(document, decoded, cleaned, stamp)


def html_lines(blocks: Sequence[Block]) -> tuple[list[PhysicalLine], list[Preset | None]]:
    r"""An HTML page's blocks as ledger lines: one line per block (preformatted blocks keep their lines).

    For HTML input, ``original`` is the extracted visible text of the block, not markup, and the
    lines joined with ``\n`` rebuild the page's visible text, removed blocks included, in document
    order. Blocks the DOM rules removed arrive already dropped, with their rule and locator.

    >>> lines, presets = html_lines([Block("Intro", "heading", 2, None, "", "h2"),
    ...                              Block("Home | About", "other", None, "html.generic.nav", "site navigation", "nav")])
    >>> [(line.original, line.eol) for line in lines], presets[1].dropped_tag
    ([('Intro', '\n'), ('Home | About', '')], 'html.generic.nav@1')
    """
    lines: list[PhysicalLine] = []
    presets: list[Preset | None] = []
    for block in blocks:
        tag = (
            f"{block.dropped_by}@{RULES[block.dropped_by].version}"
            if block.dropped_by in RULES
            else block.dropped_by
        )
        for text in block.text.split("\n"):
            lines.append(PhysicalLine(text, "\n"))
            level = block.level if block.kind == "heading" else None
            presets.append(Preset(tag, block.reason, level, block.locator))
    if lines:
        lines[-1] = PhysicalLine(lines[-1].original, "")
    return lines, presets


def failed_document(source_uri: str, error: str, stamp: RunStamp) -> DocumentRows:
    """The row of a document that could not even be read (missing, permission denied, network)."""
    document = _document_row(source_uri, None, stamp)
    document["error"] = error
    return DocumentRows(document)


def _document_row(source_uri: str, data: bytes | None, stamp: RunStamp) -> dict[str, Any]:
    return {
        "doc_id": doc_id_for(source_uri),
        "source_uri": source_uri,
        "source_sha256": hashlib.sha256(data).hexdigest() if data is not None else None,
        "source_bytes": len(data) if data is not None else None,
        "format": "text",
        "title": None,
        "text": None,
        "status": "failed",
        "error": None,
        "encoding": None,
        "bom": None,
        "n_lines": 0,
        "n_kept": 0,
        "n_modified": 0,
        "n_dropped": 0,
        "n_sections": 0,
        "pipeline_version": PIPELINE_VERSION,
        "ruleset_hash": stamp.ruleset_hash,
        "run_id": stamp.run_id,
        "processed_at": stamp.processed_at,
    }


def _rows(
    document: dict[str, Any], decoded: DecodedText, cleaned: CleanedDocument, stamp: RunStamp
) -> DocumentRows:
    doc_id = document["doc_id"]
    entries = cleaned.entries
    actions = [e.action for e in entries]
    document.update(
        title=cleaned.title,
        text=cleaned.text,
        status="ok" if cleaned.text.strip() else "empty",
        encoding=decoded.encoding,
        bom=bool(decoded.bom),
        n_lines=len(entries),
        n_kept=actions.count("kept"),
        n_modified=actions.count("modified"),
        n_dropped=actions.count("dropped"),
        n_sections=len(cleaned.sections),
    )
    rows = DocumentRows(document)
    rows.sections = [
        {
            "doc_id": doc_id,
            "section_index": s.index,
            "heading": s.heading,
            "level": s.level,
            "kind": s.kind,
            "text": s.text,
            "line_start": s.line_start,
            "line_end": s.line_end,
            "in_main_text": s.kind not in stamp.excluded_kinds,
            "run_id": stamp.run_id,
        }
        for s in cleaned.sections
    ]
    rows.lines = [
        {
            "doc_id": doc_id,
            "line_no": e.line_no,
            "original": e.original,
            "eol": e.eol,
            "action": e.action,
            "role": e.role,
            "rules": e.rules,
            "reason": e.reason or None,
            "text": e.text,
            "section_index": e.section_index,
            "locator": e.locator,
            "run_id": stamp.run_id,
        }
        for e in entries
    ]
    for e in entries:
        if e.action == "dropped" and e.rules:
            rows.drops_by_rule[e.rules[-1]] = rows.drops_by_rule.get(e.rules[-1], 0) + 1
    return rows
