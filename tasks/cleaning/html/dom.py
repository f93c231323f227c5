"""Parsing a page into a tree and measuring it once, so every later decision is a lookup.

The tree comes from lxml's HTML parser (libxml2), the same parser BeautifulSoup's ``"lxml"``
builder drives, used directly: building BeautifulSoup's Python objects alone costs as much time as
a whole competing extractor spends per page, and nothing here needs that object layer.

Not visible text, and so never turned into blocks: the contents of ``<script>``, ``<style>``,
``<noscript>`` and ``<template>``, HTML comments, processing instructions and the whole
``<head>`` (its ``<title>`` is metadata, not page text). ``<noscript>`` is skipped because a
browser with scripts on never shows it, and its text duplicates what the scripts render.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from tasks.cleaning.html.sniff import declared_encoding
from tasks.cleaning.reading import UndecodableError, decode_bytes

INVISIBLE_TAGS = ("script", "style", "noscript", "template")
# Elements that start and end a line of text; everything else (a, span, b, sup, custom tags…) flows inline.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "ul",
        "legend",
        "frameset",
        "iframe",
    ]
)
HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NAME_SEPARATORS = re.compile(r"[^a-z0-9]+")
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)


def _decode(data: bytes) -> str:
    """Page bytes as text, with the pipeline's decoder (BOM, UTF-8, the declared charset, a guess);
    bytes no text encoding fits are read as UTF-8 with replacement, since a page must still parse."""
    try:
        return decode_bytes(data, declared_encoding(data)).text
    except UndecodableError:
        return data.decode("utf-8", errors="replace")


def parse_html(html: str | bytes) -> etree._Element | None:
    """The document's root element with invisible elements removed; None for an empty document.

    >>> root = parse_html("<p>a<script>var x;</script>b<!-- note -->c</p>")
    >>> root.find(".//p").text_content()
    'abc'
    """
    text = _decode(html) if isinstance(html, bytes) else html
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except etree.ParserError:
        return None
    etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)
    for head in root.findall("head"):
        root.remove(head)
    return root


def tag_of(element: etree._Element) -> str:
    """The lower-case tag name ('' for anything that is not an element, such as an entity node)."""
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def name_tokens(element: etree._Element) -> frozenset[str]:
    """The words of an element's id and classes, for matching names like ``cookie-banner`` or ``shareBar``.

    Class names are split at hyphens, underscores and camelCase humps, and each name is also kept
    whole with separators removed, so ``entry-content`` yields ``entry``, ``content`` and
    ``entrycontent``. Whole words only: ``commentary`` never matches ``comment``.

    >>> sorted(name_tokens(lxml.html.fragment_fromstring('<div id="shareBar" class="post-comments x">')))
    ['bar', 'comments', 'post', 'postcomments', 'share', 'sharebar', 'x']
    """
    names = f"{element.get('id') or ''} {element.get('class') or ''}".split()
    tokens: set[str] = set()
    for name in names:
        pieces = _NAME_SEPARATORS.split(_CAMEL_BOUNDARY.sub("-", name).lower())
        tokens.update(piece for piece in pieces if piece)
        tokens.add("".join(pieces))
    tokens.discard("")
    return frozenset(tokens)


def classes_of(element: etree._Element) -> frozenset[str]:
    """The element's class names as written (case kept, since MediaWiki's are case-sensitive)."""
    return frozenset((element.get("class") or "").split())


def visible_length(text: str | None) -> int:
    """Characters of a text node that a reader sees, ignoring the indentation around markup."""
    return len(text.strip()) if text else 0


@dataclass
class PageMeasure:
    """Per-element text measurements of a page, computed in one bottom-up pass.

    ``chars`` counts visible characters in an element's subtree (its own tail excluded) and
    ``link_chars`` those inside links, ``link_counts`` the links in the subtree.
    ``elements`` keeps the elements in document order; holding
    them also keeps lxml's element proxies alive, which the identity-keyed dicts rely on.
    """

    root: etree._Element
    elements: list[etree._Element] = field(default_factory=list)
    chars: dict[etree._Element, int] = field(default_factory=dict)
    link_chars: dict[etree._Element, int] = field(default_factory=dict)
    link_counts: dict[etree._Element, int] = field(default_factory=dict)
    tokens: dict[etree._Element, frozenset[str]] = field(default_factory=dict)

    def names(self, element: etree._Element) -> frozenset[str]:
        cached = self.tokens.get(element)
        if cached is None:
            cached = self.tokens[element] = name_tokens(element)
        return cached

    def link_density(self, element: etree._Element) -> float:
        chars = self.chars.get(element, 0)
        return self.link_chars.get(element, 0) / chars if chars else 0.0


def measure_page(root: etree._Element) -> PageMeasure:
    """Visible and link characters of every element, children before parents (linear in the page)."""
    measure = PageMeasure(root, [el for el in root.iter() if isinstance(el.tag, str)])
    chars, link_chars, link_counts = measure.chars, measure.link_chars, measure.link_counts
    for element in reversed(measure.elements):
        total = visible_length(element.text)
        links = count = 0
        for child in element:
            total += chars.get(child, 0) + visible_length(child.tail)
            links += link_chars.get(child, 0)
            count += link_counts.get(child, 0)
        chars[element] = total
        is_link = element.tag == "a"
        link_chars[element] = total if is_link else links
        link_counts[element] = count + 1 if is_link else count
    return measure


def iter_elements(element: etree._Element) -> Iterator[etree._Element]:
    """Child elements only, skipping entity and other non-element nodes."""
    return (child for child in element if isinstance(child.tag, str))
