"""The numbered links of a page dumped by a text-mode browser, and their list at its foot.

``lynx -dump`` writes each link of a page as its number in brackets, glued to the link's words
("[17]Wexmoor District Council", "* [2]News"), and lists the addresses at the foot under
"References", split into "Visible links:" and "Hidden links:" ("  17. https://…"); ``w3m``
lists them under "References:" as "[17] https://…". The list is
no text of the page, and the numbers are no part of the words they stand before.

A page has such a list when it ends in a run of three or more numbered addresses; only then are
bracketed numbers taken for link numbers, and only those the list can hold. A numbered list of
the text ends in words, not in an address on every line.

A dump made without the list (``elinks -dump -no-references``) still numbers its links, one
after the other down the page: ten or more numbers glued to words, nearly every one the number
before it plus one, starting at 1 or 2. Citation markers come back and jump ahead ("[3]", "[7]",
"[3]"), and stand after words, not before them.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

# "  17. https://www.example.org/news", "16. mailto:?subject=Ashby Lock", w3m's "[17] https://…"
_ENTRY = re.compile(
    r"^\s*(?:(?P<number>\d{1,5})\.|\[(?P<bracketed>\d{1,5})\]) (?:https?|ftp|file|mailto|tel|news|javascript):\S.{0,2000}$"
)
_LABEL = re.compile(r"^\s*(?:References:?|Visible links:?|Hidden links:?|Links:)\s*$")
_MIN_ENTRIES = 3
# A link number glued to the link's words: "[17]Wexmoor", "[2]News", "[8]Subscribe".
_LINK_NUMBER = re.compile(r"\[(\d{1,5})\](?=[^\s\[\]])")
# The same number glued to the first letter or digit of the link's words, as the list-less check wants.
_NUMBER_BEFORE_WORD = re.compile(r"\[(\d{1,5})\](?=\w)")
_MIN_NUMBERED_LINKS = 10
_IN_SEQUENCE = 0.9  # the share of steps from one link number to the next that are +1
# A text field of a form, drawn in underscores, with its button: "____________________ Search",
# "[____________________] [ Search ]".
FORM_FIELD = re.compile(r"^\s*(?:\[_{8,}\]|_{8,})(?:\s+\S.{0,40})?$|^\s*(?:\[ [\w ]{1,20} \]\s*){1,4}$")


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
            highest = max(highest, int(match.group("number") or match.group("bracketed")))
            start = i
        elif _LABEL.match(line):
            start = i
        elif line.strip():
            break
    if start is None or entries < _MIN_ENTRIES:
        return _numbered_links(lines)
    return LinkList(start, highest)


def _numbered_links(lines: list[str]) -> LinkList | None:
    """Link numbers running down a page with no list of addresses: a list that starts past its end.

    >>> _numbered_links([f"* [{n}]Item {n}" for n in range(1, 13)])
    LinkList(start=12, highest=12)
    >>> _numbered_links([f"Fact {n}.[{n}]" for n in range(1, 13)]) is None
    True
    """
    numbers = [int(n) for line in lines if "]" in line for n in _NUMBER_BEFORE_WORD.findall(line)]
    if len(numbers) < _MIN_NUMBERED_LINKS or numbers[0] > 2:
        return None
    steps = sum(1 for a, b in itertools.pairwise(numbers) if b == a + 1)
    if steps < _IN_SEQUENCE * (len(numbers) - 1):
        return None
    return LinkList(len(lines), max(numbers))


def strip_link_numbers(text: str, highest: int) -> str:
    """``text`` without the link numbers the list holds; other bracketed numbers stay.

    >>> strip_link_numbers("* [2]News and [99]x, a[1] b", 20)
    '* News and [99]x, a[1] b'
    """
    return _LINK_NUMBER.sub(lambda m: "" if int(m.group(1)) <= highest else m.group(0), text)
