"""Infobox and image-caption remnants at the top of a saved wiki article.

Decision: between a wiki page's title and its first prose line or heading, short lines that are
not sentences are infobox rows and map/image captions, and are dropped. Captions in the body
are dropped only when they follow the fixed caption forms of infobox maps ("Map indicating
locations of …", "Location of …"); other body captions read like short content and are kept,
because telling them from a one-line paragraph would drop content.
"""

from __future__ import annotations

import re

from tasks.cleaning import signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

_MAP_CAPTION = re.compile(
    r"^(?:Map indicating locations? of .{2,120}|Locations? of .{2,80} (?:in|within|on) .{2,80}"
    r"|(?:Flag|Coat of arms|Emblem|Seal|Logo) of .{2,80}|Location map of .{2,80})$"
)
_DASHES = re.compile(r"\s*[–—-]\s*")


def _comparable(text: str) -> str:
    return _DASHES.sub("-", text.strip().casefold())


@rule("infobox.title_repeat", version=1, stage="drop", example="South Korea – Vietnam relations")
def drop_repeated_title(text: str, ctx: LineContext) -> Drop | None:
    """The infobox header that repeats the page title (spacing around dashes may differ)."""
    title = ctx.doc.title_index
    if title is None or ctx.index <= title or not ctx.doc.is_wiki or not ctx.in_head:
        return None
    return Drop("infobox header repeats the title") if _comparable(text) == _comparable(ctx.doc.lines[title]) else None


@rule("infobox.map_caption", version=1, stage="drop", example="Map indicating locations of South Korea and Vietnam")
def drop_map_caption(text: str, ctx: LineContext) -> Drop | None:
    """Fixed caption forms of infobox maps and emblems, when they stand alone on a line.

    >>> drop_map_caption("Location of the new factory was chosen in 1990 after long talks.", None) is None
    True
    """
    stripped = text.strip()
    if _MAP_CAPTION.match(stripped) and not signals.SENTENCE_END.search(stripped):
        return Drop("map or emblem caption")
    return None


@rule("infobox.preamble", version=1, stage="drop", example="South Korea")
def drop_infobox_preamble(text: str, ctx: LineContext) -> Drop | None:
    """Short non-sentence lines between a wiki page's title and its first prose line: infobox remnants.

    Only on pages with wiki signals, and never the title itself; a stub's one-sentence lead is prose.
    """
    if not (ctx.doc.is_wiki and ctx.in_head and not ctx.is_title) or not text.strip():
        return None
    if ctx.doc.title_index is not None and ctx.index < ctx.doc.title_index:
        return None
    return None if signals.is_prose(text) else Drop("infobox or caption remnant before the lead")
