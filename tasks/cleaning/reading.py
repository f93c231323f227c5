"""Bytes in, text out: decode a scraped file and record exactly how, so the bytes can be rebuilt.

The decoder is chosen in a fixed order of trust: a byte-order mark, strict UTF-8, then
charset-normalizer's best guess. Every candidate must re-encode to the very same bytes;
a guess that would not round-trip is refused rather than silently altering the input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape.
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_CONTROL_SHARE = 0.05


class UndecodableError(ValueError):
    """The bytes are not text this reader can decode and rebuild exactly."""


@dataclass(frozen=True)
class DecodedText:
    """Decoded text plus what is needed to turn it back into the original bytes."""

    text: str
    encoding: str
    bom: bytes

    def encode(self, text: str | None = None) -> bytes:
        """Encode ``text`` (default: the decoded text) exactly as the source was encoded.

        >>> decode_bytes(b"\\xef\\xbb\\xbfhi").encode()
        b'\\xef\\xbb\\xbfhi'
        """
        return self.bom + (self.text if text is None else text).encode(self.encoding)


# WHATWG: pages labelled with these are read as windows-1252 by every browser, and really are.
_BROWSER_ALIASES = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode scraped bytes, refusing binary input and any decoding that would not round-trip.

    ``declared`` is an encoding the document names itself (an HTML ``<meta charset>``); it is tried
    after strict UTF-8, because pages that declare Latin-1 but are UTF-8 are common, while other text
    that happens to be valid UTF-8 is vanishingly rare.

    A legacy encoding is guessed, and whatever the guess, it must give the same bytes back:
    >>> legacy = "Vietnam’s café".encode("cp1252")
    >>> decode_bytes(legacy).encode() == legacy
    True
    >>> decode_bytes("caf\\u00e9".encode()).encoding
    'utf-8'
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _exact(data[len(bom) :], encoding, bom)
    if _looks_binary(data):
        raise UndecodableError("binary content: NUL or control bytes, not text")
    try:
        return _exact(data, "utf-8", b"")
    except UndecodableError:
        pass
    if declared:
        try:
            name = codecs.lookup(declared).name
            return _exact(data, _BROWSER_ALIASES.get(name, name), b"")
        except (LookupError, UndecodableError):
            pass
    return _exact(data, _guess_legacy_encoding(data), b"")


def _guess_legacy_encoding(data: bytes) -> str:
    """charset-normalizer's best guess; among equally good guesses, windows-1252.

    Western European text often scores the same in cp1250, cp1252 and cp1257, and the first of
    those is not the likely one: windows-1252 is by far the most common legacy encoding of web
    pages (browsers even read pages labelled latin-1 as windows-1252).
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise UndecodableError("no text encoding fits these bytes")
    best = matches[0]
    tied = {m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    return "cp1252" if "cp1252" in tied else codecs.lookup(best.encoding).name


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    return len(_BINARY_CONTROLS.findall(sample)) > _BINARY_CONTROL_SHARE * max(len(sample), 1)


def _exact(body: bytes, encoding: str, bom: bytes) -> DecodedText:
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise UndecodableError(f"not valid {encoding}: {error}") from error
    if text.encode(encoding) != body:
        raise UndecodableError(f"{encoding} does not round-trip these bytes")
    return DecodedText(text=text, encoding=encoding, bom=bom)
