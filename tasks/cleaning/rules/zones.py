"""Position rules: what lies after an end-of-content marker, before a wiki page's title, or
outside an ebook's markers.

They run after every specific drop rule, so a line they catch is one no specific rule named.
"""

from __future__ import annotations

from collections.abc import Collection

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop


@rule("zone.page_tail", version=64, stage="drop", example="Privacy policy", where=scopes.tail)
def drop_page_tail(text: str, ctx: LineContext) -> Drop | None:
    """Everything after the first end-of-content marker ("Retrieved from", "Navigation menu",
    "Categories:", the refbacks notice): publisher footers, menus, language lists. On a wiki, the
    category label alone over a column of names ("Categorías:" over "Lugares") is one too, and so,
    when only thin furniture follows, is a share bar, a comments count or a repository's "Files in
    this item".

    Nothing after such a marker is article text on the page shapes seen, and the markers match
    whole lines only, so a sentence mentioning "navigation menu" does not open the tail. The one
    exception is the article's own record, which publishers print among their closing panels:
    its keyword list, index terms (MeSH terms, publication types, grants), history dates and DOI;
    and what readers wrote in the comments, each comment closed by its "Reply" button.
    """
    if not ctx.in_tail or not text.strip():
        return None
    if ctx.index in ctx.doc.tail_record_indices or ctx.index in ctx.doc.tail_comment_indices:
        return None
    return Drop("page footer after the end of the content")


def _page_head(doc: DocumentContext) -> Collection[int]:
    """Above the title of a wiki page with a skin's head, or between a ``<title>`` line and its echo."""
    if doc.wiki_skin_head:
        return scopes.above_title(doc)
    return doc.head_under_browser_title


@rule(
    "zone.before_title",
    version=16,
    stage="drop",
    example="Search Wikipedia",
    where=_page_head,
)
def drop_before_title(text: str, ctx: LineContext) -> Drop | None:
    """The page's head above its title: the menus and tools of a wiki's skin (the title over a
    tagline, or over the page's tools on a community wiki), or whatever a page prints between its
    ``<title>``, saved as the first line, and the heading that repeats it.

    That heading is found above the first sentence, so only short lines lie between: a skip link,
    the site's name and tagline, menus, a breadcrumb, a manual's chapter list, print buttons.
    """
    doc = ctx.doc
    if doc.title_index is None or not text.strip() or ctx.is_title:
        return None
    if doc.wiki_skin_head:
        return Drop("site chrome above the page title") if ctx.index < doc.title_index else None
    if ctx.index in doc.head_under_browser_title and not signals.is_dateline(text):
        return Drop("site chrome between the page's <title> line and its heading")
    return None


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
