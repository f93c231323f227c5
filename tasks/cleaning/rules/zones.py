"""Position rules: what lies after an end-of-content marker, before a wiki page's title, or
outside an ebook's markers.

They run after every specific drop rule, so a line they catch is one no specific rule named.
"""

from __future__ import annotations

from collections.abc import Collection

from tasks.cleaning import scopes
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop


@rule("zone.page_tail", version=13, stage="drop", example="Privacy policy", where=scopes.tail)
def drop_page_tail(text: str, ctx: LineContext) -> Drop | None:
    """Everything after the first end-of-content marker ("Retrieved from", "Navigation menu",
    "Categories:", the refbacks notice): publisher footers, menus, language lists. On a wiki, the
    category label alone over a column of names ("Categorías:" over "Lugares") is one too.

    Nothing after such a marker is article text on the page shapes seen, and the markers match
    whole lines only, so a sentence mentioning "navigation menu" does not open the tail. The one
    exception is the article's keyword list, which publishers print among their closing panels.
    """
    if not ctx.in_tail or not text.strip() or ctx.index in ctx.doc.tail_keyword_indices:
        return None
    return Drop("page footer after the end of the content")


def _above_title_under_tagline(doc: DocumentContext) -> Collection[int]:
    return scopes.above_title(doc) if doc.tagline_index is not None else scopes.NOWHERE


@rule(
    "zone.before_title",
    version=2,
    stage="drop",
    example="Search Wikipedia",
    where=_above_title_under_tagline,
)
def drop_before_title(text: str, ctx: LineContext) -> Drop | None:
    """On a wiki page with a tagline, the lines above the title: menus and tools of the current skin."""
    doc = ctx.doc
    if doc.tagline_index is None or doc.title_index is None or not text.strip() or ctx.is_title:
        return None
    return Drop("site chrome above the page title") if ctx.index < doc.title_index else None


def _ebook_frame(doc: DocumentContext) -> Collection[int]:
    return doc.ebook_frame_indices


@rule(
    "zone.ebook_frame",
    version=1,
    stage="drop",
    example="*** START OF THE PROJECT GUTENBERG EBOOK THE HARROW LIGHT ***",
    where=_ebook_frame,
)
def drop_ebook_frame(text: str, ctx: LineContext) -> Drop | None:
    """An ebook distributor's header and licence: every line above its START marker and below its END
    marker, the markers themselves included.

    The header's "Title:"/"Author:"/"Release date:" block repeats the catalogue, and the licence
    that follows the END marker runs to hundreds of lines; the book itself lies between. A
    marker only counts in its own half of the page.
    """
    if not text.strip() or ctx.index not in ctx.doc.ebook_frame_indices:
        return None
    return Drop("ebook distributor's header or licence, outside its START/END markers")
