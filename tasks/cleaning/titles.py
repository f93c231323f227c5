"""Which line of a page's head is its title, when no wiki tagline, ``<title>`` copy or top-level
heading says so.

Above the first paragraph a page prints its site's name, menus, a breadcrumb, the title, a byline,
dates and an author list. Menus and names are short, bylines and dates say what they are, author
lists are names between commas, and a breadcrumb or a bar separates its items: what is left is
the title, the longest line of the head that reads as a name for something.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tasks.cleaning import signals

_CJK_TITLE_CHARS = 6  # a Chinese, Japanese or Korean title counts in characters
_TITLE_WORDS = 2
_CENTRED_INDENT = 4
_REPEATED_TITLE_WORDS = 4  # a menu prints its short items twice too
TITLE_COPIES = 3  # a tab, a header bar and the page print the title; a button under each author, more often
# Separators of bars, breadcrumbs and table rows (a slash twice: "Home / Archives / Articles",
# "Received: … / Accepted: … / Published: …"); columns set apart by a wide gap (a specification's
# header block: "Network Working Group      A. Smith"); a URL or an address; an affiliation, its
# number glued on ("2Institute of …").
_NOT_A_TITLE = re.compile(
    r"\s[|·•›‹→>»]\s|\s/\s.*\s/\s|\t|\S {4,}\S|@|https?://|www\."
    r"|(?:\b|(?<=\d))(?:[Uu]niversit(?![a-z]*-)|[Dd]epartment|[Ii]nstitut|[Ss]chool of|[Ff]aculty of|[Ff]akultät|[Uu]niversidad)",
)
_BYLINE = re.compile(
    r"^(?:by|par|von|por|door|di|av|przez)\s+\S"
    r"|^(?:posted|published|updated|last updated|written|reviewed|edited)\b"
    r"|^(?:publicad[oa]|publi[ée]e?|ver[öo]ffentlicht|pubblicat[oa]|gepubliceerd|opublikowan[oy]|aktualisiert"
    r"|actualizad[oa]|atualizad[oa]|mis à jour|aggiornat[oa]|bijgewerkt)\b"
    r"|\bmin(?:ute)?s? read\b",
    re.IGNORECASE,
)
# The list of topics a page belongs to: "Part of: Coast and marine, Licences and permits".
_TOPIC_LINE = re.compile(
    r"^(?:part of|filed under|posted in|categor(?:y|ies)|topics?|tags?)\s*:", re.IGNORECASE
)
# What a date's label says of it: "Page last reviewed: …", "Date of issue: …".
_STAMP_LABEL = re.compile(
    r"\b(?:reviewed|updated|modified|published|posted|edited|revised|accessed|retrieved|released|issued"
    r"|printed|generated|created|dated?|received|accepted|deadline|valid|effective|expires?)\b",
    re.IGNORECASE,
)
_PERIOD_NAME_WORDS = 3
_SECTION_NUMBER = re.compile(
    r"^(?:\d{1,2}\.)+\d{0,2}\s|^\d{1,2}(?:\.\d{1,2})+\s"
)  # "2. Methods", "2.1 Sites"
# A line that stops on an article, a preposition or a conjunction wraps on to the next.
_DANGLING = re.compile(r"\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|is|are|was|were)$")
# What makes a line with a year a date or an issue: a month, a numeric date, a clock time, an
# issue's number.
_DATE_MARK = re.compile(
    r"\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|vol|volume|issue|heft|jahrgang|tome|número)\b\.?"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d\d\b|\d年\d{1,2}月|\((?:1[89]|20)\d\d\)",
    re.IGNORECASE,
)
# Function words: a title has some, a list of names between commas has none.
_FUNCTION_WORD = re.compile(
    r"\b(?:the|of|and|in|for|on|a|an|with|to|from|at|by|der|die|das|und|von|de|la|le|les|el|los|y|et|en|del|di|e)\b",
    re.IGNORECASE,
)
_AFFILIATION_MARK = re.compile(r"\b[a-z]\b(?=\s*(?:[,∗*†]|$))")
# The kind of article a journal prints over its title ("RESEARCH ARTICLE", "Short communication").
_ARTICLE_KIND = re.compile(
    r"^(?:(?:original|research|review|short|brief|rapid|technical|case|clinical|systematic|mini)[ -])+"
    r"(?:article|paper|communication|report|note|letter|review)s?$",
    re.IGNORECASE,
)
# Lines that head a part of the page, not the page.
_PART_LABEL = re.compile(
    r"^(?:abstract|summary|introduction|background|highlights|graphical abstract|keywords?|key words"
    r"|contents|table of contents|overview|transcriber'?s note|preface|foreword|dedication|resumen|resumo|r[ée]sum[ée]|zusammenfassung|аннотация|摘要|초록"
    # the heading every medicine's leaflet opens with, over the medicine's name
    r"|package leaflet:? information for the (?:user|patient))\s*:?$",
    re.IGNORECASE,
)


def likeliest_title(
    lines: Sequence[str], candidates: Sequence[int], width: int | None = None, site_head: bool = False
) -> int | None:
    """The candidate (an index into ``lines``; the candidates in page order) that names the page.

    The candidates are the lines of the head that no chrome rule claims. The first of them is the
    title when it is the page's first line and reads as one: a page cleaned already, or a plain
    document, starts with its title; not a page with a ``site_head`` (menus, account links, a
    cookie notice above its text), whose first line is the site's or a notice's. A text laid out
    in a fixed ``width`` (an RFC, an ebook, a FAQ) centres its title: the first centred candidate
    is the title. Otherwise the longest that reads as a title wins, or one printed twice.
    """
    if not candidates:
        return None
    first_line = next(i for i, line in enumerate(lines) if line.strip())
    if candidates[0] == first_line and not site_head and reads_as_title(lines[first_line].strip()):
        return first_line
    if width is not None:
        centred = next(
            (i for i in candidates if _is_centred(lines[i], width) and reads_as_title(lines[i].strip())),
            None,
        )
        if centred is not None:
            return centred
    longest = _longest_title(lines, candidates)
    copies = Counter(lines[i].strip() for i in candidates)
    repeated = _longest_title(
        lines,
        [
            i
            for i in candidates
            if 1 < copies[lines[i].strip()] <= TITLE_COPIES
            and signals.word_count(lines[i]) >= _REPEATED_TITLE_WORDS
        ],
    )
    # A title printed twice in the head (a header bar's copy and the page's own) wins over a
    # longer line printed once, unless that line is twice as long: then the repeated one is the
    # book or journal it belongs to, named by the breadcrumb and the citation line.
    if (
        repeated is not None
        and longest is not None
        and signals.word_count(lines[longest]) < 2 * signals.word_count(lines[repeated])
    ):
        return repeated
    return longest


def _longest_title(lines: Sequence[str], candidates: Sequence[int]) -> int | None:
    """The longest candidate that reads as a title, the first of equally long ones, or the last
    copy of it: a copy further down is the heading, the ones above it a header bar's and a
    breadcrumb's."""
    best, best_length = None, 0
    for i in candidates:
        text = lines[i].strip()
        again = best is not None and text == lines[best].strip()
        if (len(text) > best_length and reads_as_title(text)) or again:
            best, best_length = i, len(text)
    return best


def _is_centred(line: str, width: int) -> bool:
    """Set in the middle of a fixed-width text: indented, with about as much room on the right.

    >>> _is_centred("          Sediment Pulses below Weirs", 47), _is_centred("    Indented code", 47)
    (True, False)
    """
    text = line.rstrip()
    left = len(text) - len(text.lstrip(" "))
    right = width - len(text)
    return left >= _CENTRED_INDENT and abs(left - right) <= max(4, left // 3)


def is_date_stamp(text: str) -> bool:
    """A few words with a year and a month, a numeric date, a time or an issue number.

    >>> is_date_stamp("Published 4 March 2024"), is_date_stamp("Vol. 12, Issue 3 (2024)")
    (True, True)
    >>> is_date_stamp("The Mill Lane Letter - Spring 2022"), is_date_stamp("Rivers of 1820")
    (False, False)
    """
    return signals.is_dateline(text) and bool(_DATE_MARK.search(text))


def is_drawing(text: str) -> bool:
    """Whether fewer than half of a line's visible characters are letters: ASCII art, a rule.

    >>> is_drawing(" /____//_/ |_|/_/|_/  /_/  /___//_/|_|"), is_drawing("Q&A: ten tips for 2024")
    (True, False)
    """
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) * 2 < len(visible)


def _names_a_period(text: str) -> bool:
    """Whether ``text`` is a name followed by the period it covers, as statistical bulletins title
    themselves ("Tourist accommodation, Caledra: July to September 2024"), rather than a date with
    a label ("Page last reviewed: 4 March 2024").

    >>> _names_a_period("Consumer price inflation, UK: October 2024")
    True
    >>> _names_a_period("Page last reviewed: 4 March 2024"), _names_a_period("Vol. 12, Issue 3: 2024")
    (False, False)
    """
    name, colon, _ = text.partition(": ")
    return (
        bool(colon)
        and signals.word_count(name) >= _PERIOD_NAME_WORDS
        and not _DATE_MARK.search(name)
        and not _STAMP_LABEL.search(name)
    )


def is_byline(text: str) -> bool:
    """Whether ``text`` names who wrote the page or when ("by Ada Kerr", "Published 4 March").

    >>> is_byline("by Ada Kerr and Jonas Eide"), is_byline("Sediment pulses below small weirs")
    (True, False)
    """
    return bool(_BYLINE.search(text))


def ends_mid_sentence(text: str) -> bool:
    """Whether ``text`` stops on a word that cannot end a sentence ("switched on again on").

    >>> ends_mid_sentence("The supply will be switched on again on"), ends_mid_sentence("Notes from the")
    (True, True)
    >>> ends_mid_sentence("Where the Wild Things Are"), ends_mid_sentence("What the river carried")
    (False, False)
    """
    return bool(_DANGLING.search(text.rstrip()))


def reads_as_title(text: str) -> bool:
    """Two words or more (six characters in CJK scripts) that are no byline, topic list, dateline,
    part label, article kind, numbered section, list item, author list, affiliation, address or bar.

    >>> reads_as_title("Sediment pulses below small weirs"), reads_as_title("By Ada Kerr")
    (True, False)
    >>> reads_as_title("Mira Holt, Jonas Eide, Petra Lund"), reads_as_title("News | Sport | Opinion")
    (False, False)
    >>> reads_as_title("RESEARCH ARTICLE"), reads_as_title("2Institute of Marine Research, Bergen")
    (False, False)
    """
    if signals.LIST_ITEM.match(text):
        return False  # an item of a list or a numbered section
    if is_drawing(text):
        return False  # a banner drawn in slashes and bars
    if text.startswith("[") and text.endswith("]"):
        return False  # a note set in brackets ("[Submitted on 4 Mar 2025 (v1), …]")
    name = signals.markup_heading_words(text)
    if signals.CJK.search(name):
        if len(name) < _CJK_TITLE_CHARS:
            return False
    elif signals.word_count(name) < _TITLE_WORDS:
        return False
    if (
        ends_mid_sentence(text)
        or _NOT_A_TITLE.search(text)
        or is_byline(text)
        or _TOPIC_LINE.match(text)
        or _PART_LABEL.match(name)
        or _ARTICLE_KIND.match(name)
        or _SECTION_NUMBER.match(name)
        or (is_date_stamp(text) and not _names_a_period(text))
    ):
        return False
    # an author list; the letters of its affiliations ("Ingrid Solberg a,∗, Tomasz Wrona b") are no words
    return not (text.count(",") >= 2 and not _FUNCTION_WORD.search(_AFFILIATION_MARK.sub("", text)))
