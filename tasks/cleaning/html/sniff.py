"""Recognising HTML by its content and finding the encoding a page declares.

The file extension is not trusted: scraped dumps name HTML ``.txt`` and plain text ``.html``. A
document is HTML when it opens like a page (a doctype, ``<html``, ``<head``, ``<body`` first), has
both an ``<html>`` and a ``<head>`` or ``<body>`` tag, or when markup is dense; one ``<b>``
mentioned in prose does not make a text file HTML.
"""

from __future__ import annotations

import codecs
import re

from tasks.cleaning.reading import BOMS

_SNIFF_BYTES = 8192
_PAGE_OPENING = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ELEMENT = re.compile(rb"<html[\s>]", re.IGNORECASE)
_HEAD_OR_BODY = re.compile(rb"<(?:head|body)[\s>]", re.IGNORECASE)
_COMMON_TAG = re.compile(
    rb"</?(?:p|div|span|a|br|li|ul|ol|td|tr|table|h[1-6]|img|meta|link|script|section|article)[\s>/]",
    re.IGNORECASE,
)
_MIN_TAGS = 8
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([\w.:-]{1,40})", re.IGNORECASE)


def _head_as_ascii(data: bytes) -> bytes:
    """The start of ``data`` with UTF-16/32 code units collapsed, so byte patterns find ASCII markup."""
    head = data[:_SNIFF_BYTES]
    for bom, name in BOMS:
        if head.startswith(bom) and name != "utf-8":
            return head.decode(name, errors="replace").encode("ascii", errors="replace")
    return head


def looks_like_html(data: bytes) -> bool:
    """True when the bytes open like a web page or are dense with common tags.

    >>> looks_like_html(b"<!DOCTYPE html><title>x</title>")
    True
    >>> looks_like_html(b"  <div><p>a</p><p>b</p><ul><li>c</li><li>d</li></ul></div>")
    True

    Prose that mentions a tag or two is not a page:

    >>> looks_like_html(b"Use the <b> tag for bold and <br> for a line break.")
    False
    >>> looks_like_html(b"The <html> element is the root of a page.")
    False
    >>> looks_like_html(b'<?xml version="1.0"?><rss><channel/></rss>')
    False
    """
    head = _head_as_ascii(data)
    if _PAGE_OPENING.match(head) or (_HTML_ELEMENT.search(head) and _HEAD_OR_BODY.search(head)):
        return True
    return len(_COMMON_TAG.findall(head)) >= _MIN_TAGS


def declared_encoding(data: bytes) -> str | None:
    """The encoding named by a byte-order mark, a ``<meta charset>``/``http-equiv`` tag or an XML declaration.

    Returned as Python's codec name, so it can be passed to ``bytes.decode``; None when nothing is
    declared or the label is not a codec Python knows (a misspelt label is as good as none).

    >>> declared_encoding(b'<meta charset="ISO-8859-1">')
    'iso8859-1'
    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    >>> declared_encoding(codecs.BOM_UTF8 + b"<p>x</p>")
    'utf-8'
    >>> declared_encoding(b'<meta charset="no-such-codec"><p>charset=utf-8 in text is not a declaration</p>')
    >>> declared_encoding(b"<p>plain</p>") is None
    True
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    head = data[:_SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
