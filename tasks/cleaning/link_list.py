"""The numbered links of a page dumped by a text-mode browser, and their list at its foot.

``lynx -dump`` writes each link of a page as its number in brackets, glued to the link's words
("[17]Wexmoor District Council", "* [2]News"), and lists the addresses at the foot under
"References", split into "Visible links:" and "Hidden links:" ("  17. https://…"). The list is
no text of the page, and the numbers are no part of the words they stand before.

A page has such a list when it ends in a run of three or more numbered addresses; only then are
bracketed numbers taken for link numbers, and only those the list can hold. A numbered list of
the text ends in words, not in an address on every line.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "  17. https://www.example.org/news", "16. mailto:?subject=Ashby Lock"
_ENTRY = re.compile(r"^\s*(\d{1,5})\. (?:https?|ftp|file|mailto|tel|news|javascript):\S.{0,2000}$")
_LABEL = re.compile(r"^\s*(?:References|Visible links:?|Hidden links:?|Links:)\s*$")
_MIN_ENTRIES = 3
# A link number glued to the link's words: "[17]Wexmoor", "[2]News", "[8]Subscribe".
_LINK_NUMBER = re.compile(r"\[(\d{1,5})\](?=[^\s\[\]])")
# A text field of a form, drawn in underscores, with its button: "____________________ Search".
FORM_FIELD = re.compile(r"^\s*_{8,}(?:\s+\S.{0,40})?$")


class LinkList(NamedTuple):
    """Where the list of addresses starts (its "References" label, if any) and its highest number."""

    start: int
    highest: int


def find_link_list(lines: list[str]) -> LinkList | None:
    """The list of link addresses at the foot of the page, if the page ends in one.

    >>> find_link_list(["Text.", "", "References", "", "   1. https://a.example/", "   2. https://b.example/",
    ...                 "   Hidden links:", "   3. https://c.example/"])
    LinkList(start=2, highest=3)
    >>> find_link_list(["Steps:", "1. Open the box.", "2. Take out the kettle.", "3. Fill it."]) is None
    True
    """
    entries = 0
    highest = 0
    start = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        match = _ENTRY.match(line)
        if match is not None:
            entries += 1
            highest = max(highest, int(match.group(1)))
            start = i
        elif _LABEL.match(line):
            start = i
        elif line.strip():
            break
    if start is None or entries < _MIN_ENTRIES:
        return None
    return LinkList(start, highest)


def strip_link_numbers(text: str, highest: int) -> str:
    """``text`` without the link numbers the list holds; other bracketed numbers stay.

    >>> strip_link_numbers("* [2]News and [99]x, a[1] b", 20)
    '* News and [99]x, a[1] b'
    """
    return _LINK_NUMBER.sub(lambda m: "" if int(m.group(1)) <= highest else m.group(0), text)
