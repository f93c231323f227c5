"""Print furniture of pages printed to PDF and extracted back to text."""

from __future__ import annotations

import re

from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

_PAGE_COUNTER = re.compile(
    r"^\s*(?:Page\s+)?\d{1,4}\s*(?:of|/|von|de|sur|из|trên)\s*\d{1,4}\s*$", re.IGNORECASE
)
_PRINT_STAMP = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*(?:\S.{0,150})?$"
)
_BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*(?:\d{1,4}\s*/\s*\d{1,4})?\s*$")


@rule("print.page_counter", version=1, stage="drop", example="3 of 12")
def drop_page_counter(text: str, ctx: LineContext) -> Drop | None:
    """Page counters a browser prints in a page's margin ("3 of 12", "Page 2 / 7").

    >>> drop_page_counter("2 of 3 respondents agreed.", None) is None
    True
    """
    return Drop("printed page counter") if _PAGE_COUNTER.match(text) else None


@rule(
    "print.timestamp",
    version=1,
    stage="drop",
    example="5/12/21, 3:45 PM South Korea–Vietnam relations - Wikipedia",
)
def drop_print_timestamp(text: str, ctx: LineContext) -> Drop | None:
    """The date-and-time header a browser prints on each page, with the page title after it."""
    return Drop("printed page header") if _PRINT_STAMP.match(text) else None


@rule("print.url_line", version=1, stage="drop", example="https://en.wikipedia.org/wiki/Seoul 3/12")
def drop_bare_url_line(text: str, ctx: LineContext) -> Drop | None:
    """A line holding only a URL (a printed page footer), outside reference and link sections."""
    return (
        Drop("bare URL line (print footer)")
        if _BARE_URL.match(text) and (ctx.in_tail or ctx.in_head)
        else None
    )
