"""Split text into physical lines that keep their terminators, so the text can be rebuilt exactly.

Only ``\\r\\n``, ``\\r`` and ``\\n`` end a line. ``str.splitlines`` also splits on form feeds,
vertical tabs and Unicode separators, which would make a line in the ledger disagree with
what any editor shows as a line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TERMINATOR = re.compile(r"\r\n|\r|\n")


class PhysicalLine(NamedTuple):
    """One input line: its exact text without the terminator, and the terminator itself."""

    original: str
    eol: str


def split_lines(text: str) -> list[PhysicalLine]:
    """Split ``text`` into lines; an unterminated tail is a line with ``eol == ""``.

    >>> split_lines("a\\r\\nb\\rc\\nd")
    [PhysicalLine(original='a', eol='\\r\\n'), PhysicalLine(original='b', eol='\\r'), \
PhysicalLine(original='c', eol='\\n'), PhysicalLine(original='d', eol='')]
    >>> split_lines("")
    []
    """
    if "\r" not in text:  # the common case, split in C
        parts = text.split("\n")
        lines = [PhysicalLine(part, "\n") for part in parts[:-1]]
        if parts[-1]:
            lines.append(PhysicalLine(parts[-1], ""))
        return lines
    lines = []
    start = 0
    for match in _TERMINATOR.finditer(text):
        lines.append(PhysicalLine(text[start : match.start()], match.group()))
        start = match.end()
    if start < len(text):
        lines.append(PhysicalLine(text[start:], ""))
    return lines


def join_lines(lines: list[PhysicalLine]) -> str:
    """Inverse of :func:`split_lines`.

    >>> join_lines(split_lines("x\\r\\ny\\n\\n")) == "x\\r\\ny\\n\\n"
    True
    """
    return "".join(original + eol for original, eol in lines)
