"""Which line of a page's head is its title, when no wiki tagline, ``<title>`` copy or top-level
heading says so.

Above the first paragraph a page prints its site's name, menus, a breadcrumb, the title, a byline,
dates and an author list. Menus and names are short, bylines and dates say what they are, author
lists are names between commas, and a breadcrumb or a bar separates its items: what is left is
the title, the longest line of the head that reads as a name for something.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.cleaning import signals

_CJK_TITLE_CHARS = 6  # a Chinese, Japanese or Korean title counts in characters
_TITLE_WORDS = 2
# Separators of bars, breadcrumbs and table rows; a URL or an address; an affiliation.
_NOT_A_TITLE = re.compile(
    r"\s[|·•›→>»]\s|\t|@|https?://|www\."
    r"|\b(?:[Uu]niversit|[Dd]epartment|[Ii]nstitut|[Ss]chool of|[Ff]aculty of|[Ff]akultät|[Uu]niversidad)",
)
_BYLINE = re.compile(
    r"^(?:by|par|von|por|door|di|av|przez)\s+\S"
    r"|^(?:posted|published|updated|last updated|written|reviewed|edited)\b"
    r"|\bmin(?:ute)?s? read\b",
    re.IGNORECASE,
)
_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}\.)+\d{0,2}\s|^\d{1,2}(?:\.\d{1,2})+\s"
)  # "2. Methods", "2.1 Sites"
# Function words: a title has some, a list of names between commas has none.
_FUNCTION_WORD = re.compile(
    r"\b(?:the|of|and|in|for|on|a|an|with|to|from|at|by|der|die|das|und|von|de|la|le|les|el|los|y|et|en|del|di|e)\b",
    re.IGNORECASE,
)
# Lines that head a part of the page, not the page.
_PART_LABEL = re.compile(
    r"^(?:abstract|summary|introduction|background|highlights|graphical abstract|keywords?|key words"
    r"|contents|table of contents|overview|resumen|resumo|r[ée]sum[ée]|zusammenfassung|аннотация|摘要|초록)\s*:?$",
    re.IGNORECASE,
)


def likeliest_title(lines: Sequence[str], candidates: Sequence[int]) -> int | None:
    """The candidate (an index into ``lines``; the candidates in page order) that names the page.

    The candidates are the lines of the head that no chrome rule claims. The first of them is the
    title when it is the page's first line and reads as one: a page cleaned already, or a plain
    document, starts with its title. Otherwise the longest that reads as a title wins, the first
    of equally long ones.
    """
    if not candidates:
        return None
    first_line = next(i for i, line in enumerate(lines) if line.strip())
    if candidates[0] == first_line and _reads_as_title(lines[first_line].strip()):
        return first_line
    best, best_length = None, 0
    for i in candidates:
        text = lines[i].strip()
        if len(text) > best_length and _reads_as_title(text):
            best, best_length = i, len(text)
    return best


def _reads_as_title(text: str) -> bool:
    """Two words or more (six characters in CJK scripts) that are no byline, dateline, part label,
    numbered section, list item, author list, affiliation, address or bar.

    >>> _reads_as_title("Sediment pulses below small weirs"), _reads_as_title("By Ada Kerr")
    (True, False)
    >>> _reads_as_title("Mira Holt, Jonas Eide, Petra Lund"), _reads_as_title("News | Sport | Opinion")
    (False, False)
    """
    if signals.LIST_ITEM.match(text):
        return False  # an item of a list or a numbered section
    name = signals.heading_text(text) if signals.match_markup_heading(text) else text
    if signals.CJK.search(name):
        if len(name) < _CJK_TITLE_CHARS:
            return False
    elif signals.word_count(name) < _TITLE_WORDS:
        return False
    if (
        _NOT_A_TITLE.search(text)
        or _BYLINE.search(text)
        or _PART_LABEL.match(name)
        or _SECTION_NUMBER.match(name)
    ):
        return False
    if signals.is_dateline(text):
        return False
    return not (text.count(",") >= 2 and not _FUNCTION_WORD.search(text))  # an author list
