"""Decoding: the encoding is detected and recorded, and the bytes can always be rebuilt exactly."""

from __future__ import annotations

import codecs

import pytest

from tasks.cleaning.reading import UndecodableError, decode_bytes

TEXT = "Vietnam’s “policy”\r\nTrần Đức Lương\nend"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (TEXT.encode("utf-8"), "utf-8", b""),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_unicode_encodings_with_and_without_bom(data: bytes, encoding: str, bom: bytes) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.bom) == (TEXT, encoding, bom)
    assert decoded.encode() == data


def test_legacy_single_byte_text_is_detected_and_round_trips() -> None:
    data = ("The café’s owner said: “Ça va très bien”, and the naïve señor agreed. " * 5).encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"
    assert "café’s" in decoded.text and "naïve señor" in decoded.text
    assert decoded.encode() == data


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03PNG\x00\x00", bytes(range(256)) * 4])
def test_binary_input_is_refused_with_a_message(data: bytes) -> None:
    with pytest.raises(UndecodableError, match=r"binary|encoding|round-trip"):
        decode_bytes(data)
