"""Record headers of web-archive text (Common Crawl WET records and other WARC files).

A WET record opens with ``WARC/1.0`` and a block of ``Name: value`` header lines, then a blank
line, then the page text. The headers are record metadata, not text; a later step may lift them
into the document's metadata, so the reason says what they are.
"""

from __future__ import annotations

import re

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

_WARC_FIELD = re.compile(r"^WARC-[A-Za-z-]{2,40}:(?:\s.*)?$")
_HTTP_FIELD = re.compile(r"^(?:Content-Type|Content-Length):\s*\S.{0,120}$")
# How every line this rule drops begins: a cheap test before the patterns.
_HEADER_OPENERS = ("WARC", "Content-")


@rule(
    "warc.record_header",
    version=2,
    stage="drop",
    example="WARC-Target-URI: https://example.org/",
    where=scopes.mentioning("warc", "content-"),
)
def drop_record_header(text: str, ctx: LineContext) -> Drop | None:
    """``WARC/1.0`` and the ``WARC-…:``, ``Content-Type:`` and ``Content-Length:`` lines of a record
    header, and the fields a ``warcinfo`` record describes the crawl with ("isPartOf: CC-MAIN-2025-13").

    ``WARC-`` fields are unmistakable anywhere; ``Content-Type:`` and ``Content-Length:`` go only in
    the header block that follows a ``WARC/1.0`` line, so a tutorial showing HTTP headers keeps them:

    >>> drop_record_header("WARC-Date: 2023-02-04T11:27:53Z", None).reason
    'WARC record metadata'
    >>> drop_record_header("Content-Type: text/html", None) is None
    True
    """
    stripped = text.strip()
    if not stripped.startswith(_HEADER_OPENERS):
        if ctx is not None and ctx.index in ctx.doc.warc_header_indices:
            return Drop("WARC file's description of its crawl (warcinfo record)")
        return None
    if signals.WARC_VERSION.match(stripped) or _WARC_FIELD.match(stripped):
        return Drop("WARC record metadata")
    if ctx is not None and _HTTP_FIELD.match(stripped) and ctx.index in ctx.doc.warc_header_indices:
        return Drop("WARC record metadata")
    return None
