"""Infobox and image-caption remnants at the top of a saved wiki article.

Decision: between a wiki page's title and its first prose line or heading, short lines that are
not sentences are infobox rows and map/image captions, and are dropped. In the body, a caption
is recognised by layout: on a wiki page whose paragraphs are separated by blank lines, a block
of one to three short lines that sits right under a heading, starts with a line that does not
end like a sentence, and is followed by a prose paragraph. A short line anywhere else (a
one-line paragraph, a list item, a line introducing a list with a colon) is kept.
"""

from __future__ import annotations

import re

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

_MAP_CAPTION = re.compile(
    r"^(?:Map indicating locations? of .{2,120}|Locations? of .{2,80} (?:in|within|on) .{2,80}"
    r"|(?:Flag|Coat of arms|Emblem|Seal|Logo) of .{2,80}|Location map of .{2,80})$"
)
# The first word of every ``_MAP_CAPTION`` form: a cheap test that rejects almost every line.
_CAPTION_OPENERS = ("Map ", "Location", "Flag ", "Coat ", "Emblem ", "Seal ", "Logo ")
_DASHES = re.compile(r"\s*[–—-]\s*")


def _comparable(text: str) -> str:
    return _DASHES.sub("-", text.strip().casefold())


@rule(
    "infobox.title_repeat",
    version=4,
    stage="drop",
    max_chars=400,
    example="South Korea – Vietnam relations",
    where=scopes.wiki_head_below_title,
)
def drop_repeated_title(text: str, ctx: LineContext) -> Drop | None:
    """The infobox header that repeats the page title (spacing around dashes may differ)."""
    title = ctx.doc.title_index
    if title is None or ctx.index <= title or not ctx.doc.is_wiki or not ctx.in_head:
        return None
    return (
        Drop("infobox header repeats the title")
        if _comparable(text) == _comparable(ctx.doc.lines[title])
        else None
    )


@rule(
    "infobox.map_caption",
    version=1,
    stage="drop",
    max_chars=300,
    example="Map indicating locations of South Korea and Vietnam",
)
def drop_map_caption(text: str, ctx: LineContext) -> Drop | None:
    """Fixed caption forms of infobox maps and emblems, when they stand alone on a line.

    >>> drop_map_caption("Location of the new factory was chosen in 1990 after long talks.", None) is None
    True
    """
    stripped = text.strip()
    if not stripped.startswith(_CAPTION_OPENERS):
        return None
    if _MAP_CAPTION.match(stripped) and not signals.SENTENCE_END.search(stripped):
        return Drop("map or emblem caption")
    return None


@rule("infobox.preamble", version=10, stage="drop", example="South Korea", where=scopes.wiki_head_below_title)
def drop_infobox_preamble(text: str, ctx: LineContext) -> Drop | None:
    """Short non-sentence lines between a wiki page's title and its first prose line: infobox remnants.

    Only on pages with wiki signals, and never the title itself; a stub's one-sentence lead is prose.
    A page with no running text at all above its footer (a data item's label table and statements,
    a list) is not a head over a body: its short lines are all it says. A transcription's header
    box between its previous and next links names the work, its author and the section, and stays.
    """
    if not (ctx.doc.is_wiki and ctx.in_head and not ctx.is_title) or not text.strip():
        return None
    if ctx.doc.body_start >= ctx.doc.tail_start:
        return None
    title = ctx.doc.title_index
    if title is not None and (ctx.index < title or ctx.doc.repeats_title(ctx.index)):
        return None  # above the title, or the title's own copy (the heading under its <title> line)
    if signals.is_prose(text) or _in_header_box(ctx):
        return None
    return Drop("infobox or caption remnant before the lead")


_HEADER_BOX_LINES = 4


def _in_header_box(ctx: LineContext) -> bool:
    """Whether the line stands in a transcription's header box: the work's title, its author and
    the section's name, between the links to the previous and the next section ("← Chapter III",
    "Chapter V →"), within a few lines each way.
    """
    doc = ctx.doc
    above = doc.nonblank_before(ctx.index, _HEADER_BOX_LINES)
    if not any(doc.lines[i].lstrip()[:1] in signals.BACK_ARROWS for i in above):
        return False
    below = doc.nonblank_below(ctx.index, _HEADER_BOX_LINES)
    return any(doc.lines[i].rstrip()[-1:] in signals.ON_ARROWS for i in below)


_CAPTION_MAX_WORDS = 20
_CAPTION_MAX_LINES = 3
_FOLLOWING_PROSE_WORDS = 25


@rule(
    "infobox.figure_caption",
    version=2,
    stage="drop",
    max_chars=400,
    example="Korean soldiers in Vietnam, 1966",
    where=scopes.wiki_body,
)
def drop_figure_caption(text: str, ctx: LineContext) -> Drop | None:
    """An image caption block right under a heading of a wiki page, followed by a prose paragraph.

    A subsection heading (``Origins[edit]`` right under ``History[edit]``) has the same layout and
    is kept: a line that carries heading markup is never a caption.
    """
    doc = ctx.doc
    if not doc.is_wiki or ctx.in_head or ctx.in_tail:
        return None
    block = _short_block_around(doc.lines, ctx.index)
    if block is None or block[0] == 0:
        return None
    heading_at = _previous_nonblank(doc.lines, block[0])
    if heading_at is None or signals.edit_link_heading(doc.lines[heading_at]) is None:
        return None
    lines = [doc.lines[i].strip() for i in block]
    if any(_is_marked_heading(line) for line in lines):
        return None  # a subsection heading right under its parent heading is no caption
    if any(line.endswith(":") or signals.word_count(line) > _CAPTION_MAX_WORDS for line in lines):
        return None
    if signals.SENTENCE_END.search(lines[0]):
        return None
    following = _next_nonblank(doc.lines, block[-1] + 1)
    if following is None or signals.word_count(doc.lines[following]) < _FOLLOWING_PROSE_WORDS:
        return None
    return Drop("image caption under a heading")


def _is_marked_heading(line: str) -> bool:
    return signals.edit_link_heading(line) is not None or bool(signals.match_markup_heading(line))


def _short_block_around(lines: list[str], index: int) -> range | None:
    """The run of non-blank lines around ``index``, or ``None`` once it is longer than a caption block.

    Stopping there spares walking a long block from end to end for each of its lines.
    """
    start = end = index
    while start > 0 and lines[start - 1].strip():
        start -= 1
        if index - start >= _CAPTION_MAX_LINES:
            return None
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
        if end - start >= _CAPTION_MAX_LINES:
            return None
    return range(start, end + 1)


def _previous_nonblank(lines: list[str], index: int) -> int | None:
    return next((i for i in range(index - 1, -1, -1) if lines[i].strip()), None)


def _next_nonblank(lines: list[str], index: int) -> int | None:
    return next((i for i in range(index, len(lines)) if lines[i].strip()), None)
