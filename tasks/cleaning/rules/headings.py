"""Section headings: edit-link headings, markup headings, and bare headings of plain text."""

from __future__ import annotations

import re

from tasks.cleaning import signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Heading

_STARTS_LIKE_HEADING = re.compile(r"^[\"'“‘(]?[\w]")
_NO_HEADING_END = re.compile(r"[.,;:!?…)\]]$")
_PLAIN_HEADING_MAX_WORDS = 10


@rule("heading.edit_link", version=1, stage="edit", example="Vietnam War[edit]")
def strip_heading_edit_link(text: str, ctx: LineContext) -> Heading | None:
    """A heading with a MediaWiki edit link (``[edit]``, ``[edit | edit source]``, ``[편집]`` …).

    The link goes and the line becomes a level-2 heading. Brackets inside a sentence stay:
    >>> strip_heading_edit_link("Press [edit] to open the editor", None) is None
    True
    """
    heading = signals.edit_link_heading(text)
    return Heading(heading, 2, "edit link removed from heading") if heading is not None else None


@rule("heading.markup", version=1, stage="edit", example="## Early history")
def strip_heading_markup(text: str, ctx: LineContext) -> Heading | None:
    """Markdown ``#``, wikitext ``==`` and converter ``*****`` headings; the markup sets the level."""
    match = signals.MARKUP_HEADING.match(text.strip())
    level = signals.markup_heading_level(text)
    if match is None or level is None:
        return None
    heading = match.group("md") or match.group("wiki") or match.group("stars")
    return Heading(heading, level, "heading marks removed")


@rule("heading.plain", version=1, stage="edit", example="Materials in Korean")
def mark_plain_heading(text: str, ctx: LineContext) -> Heading | None:
    """A short stand-alone line that introduces a paragraph, on pages whose headings carry no markup.

    It must sit between blank lines, have at most ten words, start like a title, not end like a
    sentence, and be followed by running text. A short last line such as a signature is not
    followed by text and stays a plain line.
    """
    stripped = text.strip()
    if ctx is None or ctx.doc.has_marked_headings or ctx.in_head or ctx.in_tail or ctx.is_title:
        return None
    if not (stripped and ctx.blank_at(-1) and ctx.blank_at(+1)):
        return None
    if signals.word_count(stripped) > _PLAIN_HEADING_MAX_WORDS or len(stripped) > 100:
        return None
    if not _STARTS_LIKE_HEADING.match(stripped) or _NO_HEADING_END.search(stripped) or stripped[0].islower():
        return None
    if signals.REFERENCE_ENTRY.match(stripped):
        return None
    following = ctx.neighbour(+1)
    if following is None or not (signals.is_prose(following) or signals.word_count(following) >= 8):
        return None
    return Heading(stripped, 2, "stand-alone short line before text")
