"""Cross-document boilerplate: lines that recur verbatim in many documents of the same site.

A line no rule knows ("© 2021 Springfield Gazette", a site's own menu) is still boilerplate when
it repeats across a site's pages. A run counts, per scope, in how many documents each normalised
line occurs (map per shard, merge once), then the cleaning step drops lines above the threshold.

Scope is the URL's host, or for local files the SOURCE argument they were found under, so two
sites' identical lines do not add up. Counting is per document (a line repeated inside one page
counts once), on the raw text of text inputs; HTML pages are counted after nothing and so are
left to the DOM rules.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

# Lines shorter than this are too generic to call boilerplate by repetition ("Yes", "1.").
MIN_CHARS = 8


def line_fingerprint(text: str) -> int | None:
    """A 64-bit fingerprint of a line, blind to spacing and case; ``None`` for lines too short to count.

    >>> line_fingerprint("  Privacy   Policy  ") == line_fingerprint("privacy policy")
    True
    >>> line_fingerprint("1.") is None
    True
    """
    normalised = " ".join(text.split()).casefold()
    if len(normalised) < MIN_CHARS:
        return None
    return int.from_bytes(hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).digest(), "big")


def document_fingerprints(lines: list[str]) -> set[int]:
    """The distinct fingerprints of a document's lines (each counts once per document)."""
    found = {line_fingerprint(line) for line in lines}
    found.discard(None)
    return found  # type: ignore[return-value]


def scope_of(uri: str, root: str, mode: str) -> str:
    """The boilerplate scope of a document: its host, its input root, or one global scope.

    >>> scope_of("https://news.example.org/a/b.html", "", "host")
    'news.example.org'
    >>> scope_of("file:///data/site/a.txt", "/data/site", "host")
    '/data/site'
    """
    if mode == "global":
        return "*"
    host = urlsplit(uri).hostname if "://" in uri and not uri.startswith("file://") else None
    return host or root or "*"
