"""Print furniture of pages printed to PDF and extracted back to text."""

from __future__ import annotations

import re

from tasks.cleaning import signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

PAGE_COUNTER = re.compile(
    r"^\s*(?:Page\s+)?\d{1,4}\s*(?:of|/|von|de|sur|из|trên)\s*\d{1,4}\s*$", re.IGNORECASE
)
PRINT_STAMP = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*(?:\S.{0,150})?$"
)
BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*(?:\d{1,4}\s*/\s*\d{1,4})?\s*$")
_URL_WITH_COUNTER = re.compile(r"^\s*(?:https?://|www\.)\S+\s+\d{1,4}\s*/\s*\d{1,4}\s*$")


@rule("print.page_counter", version=1, stage="drop", max_chars=100, example="3 of 12")
def drop_page_counter(text: str, ctx: LineContext) -> Drop | None:
    """Page counters a browser prints in a page's margin ("3 of 12", "Page 2 / 7").

    >>> drop_page_counter("2 of 3 respondents agreed.", None) is None
    True
    """
    return Drop("printed page counter") if PAGE_COUNTER.match(text) else None


@rule(
    "print.timestamp",
    version=1,
    stage="drop",
    max_chars=400,
    example="5/12/21, 3:45 PM South Korea–Vietnam relations - Wikipedia",
)
def drop_print_timestamp(text: str, ctx: LineContext) -> Drop | None:
    """The date-and-time header a browser prints on each page, with the page title after it."""
    return Drop("printed page header") if PRINT_STAMP.match(text) else None


@rule("print.url_line", version=2, stage="drop", example="https://en.wikipedia.org/wiki/Seoul 3/12")
def drop_bare_url_line(text: str, ctx: LineContext) -> Drop | None:
    """A line holding only a URL: a printed page footer.

    In the head or tail any bare URL goes. In the body only a URL with a page counter after it
    (``https://… 2/4``) or one printed at least twice, as the footer of every page is: a single
    URL on its own line in the body (a link in a reference list) is kept.
    """
    if not BARE_URL.match(text):
        return None
    if ctx.in_tail or ctx.in_head or _URL_WITH_COUNTER.match(text):
        return Drop("bare URL line (print footer)")
    if ctx.doc.line_counts.get(text.strip(), 0) >= 2:
        return Drop("bare URL line (print footer)")
    return None


_BARE_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_URL_ANYWHERE = re.compile(r"https?://|www\.")


@rule(
    "print.running_head",
    version=1,
    stage="drop",
    max_chars=300,
    example="Minutes – Planning Committee – 4 May 2021",
)
def drop_running_head(text: str, ctx: LineContext) -> Drop | None:
    """A title, URL or marking printed on every page: a short line repeated three times or more.

    Only lines that read as furniture qualify (several words, a URL, or an all-capitals marking
    such as ``OFFICIAL``); a one-word line such as "Yes" repeated in a dialogue stays, and so does
    a line with heading markup.
    """
    stripped = text.strip()
    if stripped not in ctx.doc.repeated_lines or signals.MARKUP_HEADING.match(stripped):
        return None
    if signals.word_count(stripped) >= 2 or stripped.isupper() or _URL_ANYWHERE.search(stripped):
        return Drop("running head or footer repeated on every printed page")
    return None


@rule("print.page_number", version=1, stage="drop", max_chars=100, example="212")
def drop_bare_page_number(text: str, ctx: LineContext) -> Drop | None:
    """A bare page number, on a document that shows other print furniture (running heads, counters).

    A number alone on a line of an ordinary page (a table cell, a score) is kept.
    """
    if not _BARE_PAGE_NUMBER.match(text) or not ctx.doc.repeated_lines:
        return None
    neighbours = (ctx.neighbour(-1) or "", ctx.neighbour(+1) or "")
    if any(
        n.strip() in ctx.doc.repeated_lines or PAGE_COUNTER.match(n) or _URL_ANYWHERE.search(n)
        for n in neighbours
    ):
        return Drop("bare page number")
    if any(n.strip().isupper() and signals.word_count(n) <= 12 for n in neighbours):
        return Drop("bare page number")
    return None
