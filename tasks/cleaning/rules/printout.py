"""Print furniture of pages printed to PDF and extracted back to text."""

from __future__ import annotations

import re
from collections.abc import Collection

from tasks.cleaning import scopes, signals
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Drop

_URL_WITH_COUNTER = re.compile(r"^\s*(?:https?://|www\.)\S+\s+\d{1,4}\s*/\s*\d{1,4}\s*$")


# A page's footer or header set in columns, the counter at one end: "Agency      Page 2 of 10".
_COUNTER_IN_MARGIN = re.compile(
    r"^\S.{0,100}?(?:\s{3,}|\t)Page \d{1,4} of \d{1,4}\s*$|^\s*Page \d{1,4} of \d{1,4}(?:\s{3,}|\t)\S.{0,100}$"
    r"|^\S.{0,100}?\s{3,}\[Page \d{1,4}\]\s*$"  # an RFC's footer: "Smith    Informational    [Page 3]"
)


@rule("print.page_counter", version=3, stage="drop", max_chars=220, example="3 of 12")
def drop_page_counter(text: str, ctx: LineContext) -> Drop | None:
    """Page counters a browser prints in a page's margin ("3 of 12", "Page 2 / 7"), alone or set
    in columns with the publisher's name ("Northmarch Statistical Agency      Page 2 of 10"), and
    a plain-text RFC's footer ("Smith      Informational      [Page 3]").

    >>> drop_page_counter("2 of 3 respondents agreed.", None) is None
    True
    >>> drop_page_counter("The index runs to page 2 of 10 volumes.", None) is None
    True
    """
    counter = signals.PAGE_COUNTER.match(text) or ("Page" in text and _COUNTER_IN_MARGIN.match(text))
    return Drop("printed page counter") if counter else None


def _page_marks(doc: DocumentContext) -> Collection[int]:
    return doc.page_mark_indices


@rule("print.page_mark", version=1, stage="drop", max_chars=200, example="Page 118", where=_page_marks)
def drop_page_mark(text: str, ctx: LineContext) -> Drop | None:
    """Where a digitised journal's or book's page begins ("Page 118"), and the head printed on
    that page with its number ("118 HENRI MARÉCHAUX"): the scan's page break, not the text.

    The marks run in sequence and some mark has such a head beside it (``page_mark_indices``);
    an essay that heads its parts "Page 1", "Page 2" keeps them.
    """
    if ctx.index not in ctx.doc.page_mark_indices:
        return None
    if signals.PAGE_MARK.match(text):
        return Drop("where a digitised page begins")
    return Drop("head printed with the page's number beside a page mark")


# A manual page's header and footer, set in three columns: "LS(1)   User Commands   LS(1)" and
# "GNU coreutils 9.1   April 2023   LS(1)". The page's name and section close both.
_MAN_PAGE_MARGIN = re.compile(r"^\S.{0,60}?\s{2,}\S.{0,60}?\s{2,}[\w.:+-]{1,40}\(\d[a-z]{0,4}\)$")


@rule(
    "print.man_page_margin", version=1, stage="drop", max_chars=200, example="LS(1)   User Commands   LS(1)"
)
def drop_man_page_margin(text: str, ctx: LineContext) -> Drop | None:
    """The header and footer lines a manual page prints on each page, ending in its ``NAME(section)``.

    >>> drop_man_page_margin("See ls(1) and dir(1) for details.", None) is None
    True
    """
    stripped = text.strip()
    if not stripped.endswith(")") or not _MAN_PAGE_MARGIN.match(stripped):
        return None
    return Drop("manual page header or footer")


@rule(
    "print.timestamp",
    version=1,
    stage="drop",
    max_chars=400,
    example="5/12/21, 3:45 PM South Korea–Vietnam relations - Wikipedia",
)
def drop_print_timestamp(text: str, ctx: LineContext) -> Drop | None:
    """The date-and-time header a browser prints on each page, with the page title after it."""
    return Drop("printed page header") if signals.PRINT_STAMP.match(text) else None


@rule("print.url_line", version=5, stage="drop", example="https://en.wikipedia.org/wiki/Seoul 3/12")
def drop_bare_url_line(text: str, ctx: LineContext) -> Drop | None:
    """A line holding only a URL: a printed page footer.

    In the tail any bare URL goes (a citing paper's DOI too) but the article's DOI under its
    "DOI" label in the record's closing panel, and in the head any but the article's DOI
    (``https://doi.org/10.…``) under its title and its authors' ORCID iDs. In the body only a URL
    with a page counter after it (``https://… 2/4``) or one printed at least twice, as the footer
    of every page is: a single URL on its own line in the body (a link in a reference list) is kept.
    """
    if not signals.BARE_URL.match(text):
        return None
    if _URL_WITH_COUNTER.match(text):
        return Drop("bare URL line (print footer)")
    if ctx.in_tail and ctx.index in ctx.doc.tail_record_indices:
        return None  # the article's DOI under its "DOI" label in the record's closing panel
    if ctx.in_tail or (ctx.in_head and not _is_identifier(text.strip())):
        return Drop("bare URL line (print footer)")
    if ctx.doc.line_counts.get(text.strip(), 0) >= 2:
        return Drop("bare URL line (print footer)")
    return None


# An author's ORCID iD under the name: "https://orcid.org/0000-0002-4417-8053".
_ORCID = re.compile(r"^https?://orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")


def _is_identifier(url: str) -> bool:
    """The article's DOI or an author's ORCID iD: front matter, not the page's address."""
    return bool(signals.DOI_LINE.match(url) or _ORCID.match(url))


_URL_ANYWHERE = re.compile(r"https?://|www\.")
_RECORD_DETAILS = 3  # a record's other details looked at on either side


@rule(
    "print.running_head",
    version=27,
    stage="drop",
    max_chars=300,
    example="Minutes – Planning Committee – 4 May 2021",
)
def drop_running_head(text: str, ctx: LineContext) -> Drop | None:
    """A title, URL or marking printed on every page: a short line repeated three times or more.

    Only lines that read as furniture qualify (several words between spaces, a URL, or an
    all-capitals marking such as ``OFFICIAL`` with a copy beside other print furniture); a one-word
    line such as "Yes" repeated in a dialogue stays, and so does a dictionary's transcription
    (``\\ɑ̃.sɔ.le.je\\``, one token whose dots part syllables). So do a script's and a transcript's
    speaker names, a line with heading markup, a table's header row in cells over each table of a
    list, a timetable's "7 p.m. to 9 p.m." under each date, a line of code repeated in every example, and a web
    page's title that its menu and breadcrumb repeat above it or its boxes below it. On a
    printed page, a copyright line under every page ("© 2024 … All rights reserved.") is a footer
    though it ends in a full stop, a citation line with a number that comes back
    in other letter case (``JOURNAL OF … 14 (2019) 211–230``) goes from its second copy on, and so
    does a short line set between two pieces of print furniture (the authors' names printed
    between a "Downloaded from" stamp and the page number). A page laid out in columns prints a
    constant left part and the section's name after a wide gap (``layout_head_indices``).
    The first copy of a title that later pages repeat as their head stays when it stands in the
    first page's head beside no page number (``running_title_index``): lecture notes print it there
    once, and a report's cover names the organisation that heads each later page.
    """
    if ctx is None:
        return None
    verdict = _running_line(text, ctx)
    return None if verdict is None or _inside_code_block(text, ctx) else verdict


def _running_line(text: str, ctx: LineContext) -> Drop | None:
    """The running head's verdict, before the code-block check (asked only of the lines it drops)."""
    stripped = text.strip()
    if signals.match_markup_heading(stripped) or ("\t" in stripped and not _URL_ANYWHERE.search(stripped)):
        return None  # a heading, or a table's row in cells (its header over each table of a list)
    doc = ctx.doc
    if ctx.index in doc.layout_head_indices:
        return Drop("running head of a page laid out in columns")
    if ctx.index in doc.running_head_indices:
        if _is_record_detail(stripped, ctx):
            return None
        if _CLOCK_TIME.match(stripped) and not _copy_beside_furniture(stripped, ctx):
            return None  # a timetable's entry
        return Drop("running head repeated on a later printed page")
    if _between_print_furniture(stripped, ctx):
        return Drop("running line between print furniture")
    if stripped not in doc.repeated_lines or ctx.index == doc.running_title_index:
        return None
    if _is_record_detail(stripped, ctx):
        return None
    marking = stripped.isupper() or _is_speaker_name(stripped)
    if (
        marking
        or _CLOCK_TIME.match(stripped)
        or _heads_the_page(stripped, ctx)
        or doc.repeats_title(ctx.index)
    ):
        # Lines that come back as often as a head for reasons of their own (a marking in capitals,
        # a speaker's name over each speech, a timetable's "12:30 Lunch" under each day, the
        # page's title in its menus and boxes) are heads only with a copy beside a page counter.
        if not _copy_beside_furniture(stripped, ctx):
            return None
        if marking:
            return Drop("marking repeated on every printed page")
    if len(stripped.split()) >= 2 or _URL_ANYWHERE.search(stripped):
        return Drop("running head or footer repeated on every printed page")
    return None


def _is_record_detail(stripped: str, ctx: LineContext) -> bool:
    """Whether a repeated "name: value" line is one of a record's details: a discography's
    "Label: Tarn Records" under each album, beside a detail of the album's own ("Released: 14
    March 2011"). A running head has no such neighbour, nor has a forum member's card printed
    with each of the member's posts, whose fields all come back with it."""
    name = signals.field_label(stripped)
    if name is None:
        return False
    lines, counts = ctx.doc.lines, ctx.doc.line_counts
    for step in (-1, +1):
        for j in range(ctx.index + step, ctx.index + step * (_RECORD_DETAILS + 1), step):
            near = lines[j].strip() if 0 <= j < len(lines) else ""
            near_name = signals.field_label(near)
            if near_name is None:
                break
            if counts.get(near, 0) == 1 and near_name != name:
                return True
    return False


def _is_running_line(line: str, ctx: LineContext) -> bool:
    """A repeated line of two words or more: a running head. One word repeated down a page ("Active"
    in every row of a table saved one cell a line) is a value."""
    stripped = line.strip()
    return stripped in ctx.doc.repeated_lines and len(stripped.split()) >= 2


def _inside_code_block(text: str, ctx: LineContext) -> bool:
    """Whether a line stands inside a code block, whose lines ("FROM reading r") come back in every
    example: indented between indented lines, or, where the page was saved without indentation,
    code itself or right beside code. A printed page sets its head apart from the text."""
    lines = ctx.doc.lines
    around = [lines[j] for j in (ctx.index - 1, ctx.index + 1) if 0 <= j < len(lines) and lines[j].strip()]
    if len(around) < 2:
        return False
    if signals.is_block_indented(text):
        return all(signals.is_block_indented(line) for line in around)
    return signals.looks_like_code(text) or any(signals.looks_like_code(line) for line in around)


def _heads_the_page(stripped: str, ctx: LineContext) -> bool:
    """Whether a repeated line is a web page's title, unless a copy stands beside page furniture.

    A site repeats a page's title in its menu and breadcrumb above it: the title is the last
    copy above the page's first sentence, or the last copy of all when it stands between
    furniture and the text (below a banner sentence). A button repeated beside each author
    ("Search for more papers by this author") is no title.
    """
    doc = ctx.doc
    if (
        not stripped[:1].isalpha()
        or _UI_ACTION.match(stripped)
        or signals.is_menu_line(stripped)
        or signals.is_chrome_label_line(stripped)
    ):
        return False
    if ctx.index < doc.lead_end:
        return not _copy_below(stripped, ctx, doc.lead_end)
    above, below = ctx.neighbour_index(-1), ctx.neighbour_index(1)
    return (
        below is not None
        and signals.is_prose(doc.lines[below])
        and (above is None or not signals.is_prose(doc.lines[above]))
        and not _copy_below(stripped, ctx, len(doc.lines))
    )


def _copy_below(stripped: str, ctx: LineContext, end: int) -> bool:
    """Whether another copy of the line stands below it, before line ``end``."""
    lines = ctx.doc.lines
    return any(lines[j].strip() == stripped for j in range(ctx.index + 1, end))


def _is_speaker_name(stripped: str) -> bool:
    """A speaker's name as a transcript prints it over each speech ("Ms Pendry", "The Minister
    for Transport", "Dr Okafor (Wexcombe) (Lab)"): it comes back as often as a running head, so
    only a copy beside page furniture tells it is the head.

    >>> _is_speaker_name("Ms Pendry"), _is_speaker_name("Mr Speaker:"), _is_speaker_name("Annual Report")
    (True, True, False)
    """
    return len(stripped) <= 80 and bool(_SPEAKER.match(stripped))


_SPEAKER = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Professor|Prof|Rev|Hon|Madam|Madame|Monsieur"
    r"|The (?:Minister|Secretary|Chair|Speaker|Deputy|Parliamentary|Lord|Prime))\.?(?: [A-Z][\w'’-]+){1,4}"
    r"(?: \([^()]{1,40}\)){0,2}:?$"
)


def _copy_beside_furniture(stripped: str, ctx: LineContext) -> bool:
    """Whether some copy of a repeated line stands next to a page counter, page number or stamp.

    A marking printed on every page sits at the page's edge, beside the other furniture; the
    name of a speaker in a script or a transcript comes back as often, but beside what they say.
    """
    doc = ctx.doc
    nonblank = doc.nonblank
    for position, i in enumerate(nonblank):
        if doc.lines[i].strip() != stripped:
            continue
        for near in (position - 1, position + 1):
            if (
                0 <= near < len(nonblank)
                and doc.lines[nonblank[near]].strip() != stripped
                and _is_print_furniture(nonblank[near], ctx)
            ):
                return True
    return False


# The verbs buttons and links open with: a repeated line that starts with one is a widget.
_UI_ACTION = re.compile(
    r"(?:view|search|show|hide|download|read|see|get|add|export|share|follow|sign|log|back|open|print|save"
    r"|cite|request|track)\b",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\b|^\d{1,2}\s?(?:am|pm|[ap]\.m\.)(?!\w)", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")
_RUNNING_LINE_WORDS = 8


def _between_print_furniture(stripped: str, ctx: LineContext) -> bool:
    """Whether a short, unfinished line sits between two lines a printer put on the page.

    A numbered section heading at the top of a page stays: ``212`` then ``3. Results``.
    The neighbours are looked at first: they are rarely furniture, and that test is cheap.
    """
    if not _is_print_furniture(ctx.neighbour_index(-1), ctx):
        return False
    if not _is_print_furniture(ctx.neighbour_index(+1), ctx):
        return False
    return not (
        signals.word_count(stripped) > _RUNNING_LINE_WORDS
        or signals.SENTENCE_END.search(stripped)
        or _SECTION_NUMBER.match(stripped)
    )


# The first character of a page counter, a printed timestamp or a "Downloaded from" stamp.
_STAMP_INITIALS = frozenset("PpDd")


def _is_print_furniture(index: int | None, ctx: LineContext) -> bool:
    if index is None:
        return False
    doc = ctx.doc
    if index in doc.page_number_indices or index in doc.running_head_indices:
        return True
    text = doc.lines[index].strip()
    first = text[:1]
    if not (first.isdecimal() or first in _STAMP_INITIALS):
        return False
    return bool(
        signals.PAGE_COUNTER.match(text)
        or signals.PRINT_STAMP.match(text)
        or signals.DOWNLOAD_STAMP.match(text)
    )


def _page_numbers(doc: DocumentContext) -> Collection[int]:
    """A page sequence's numbers; anywhere on a page with running heads or footers."""
    return scopes.everywhere(doc) if doc.repeated_lines else doc.page_number_indices


_PROMPTS = (">>> ", "... ", "$ ", "In [", "sqlite> ", "mysql> ", "irb(")


@rule("print.page_number", version=8, stage="drop", max_chars=100, example="212", where=_page_numbers)
def drop_bare_page_number(text: str, ctx: LineContext) -> Drop | None:
    """A bare page number, on a document that shows other print furniture (running heads, counters).

    A number alone on a line of an ordinary page (a table cell, a score) is kept. On a page with
    a "Downloaded from" stamp, numbers that run on from page to page ("212" … "213") go too. A
    wiki saved from the browser prints no pages: the lines it repeats are its buttons ("edit",
    "1 reference"), and a number beside one is a statement's value ("inception", "1872"). A number
    right under a line typed at a prompt (``>>> len(groups)``) is what the interpreter answered.
    """
    if not signals.BARE_NUMBER.match(text):
        return None
    above = ctx.doc.lines[ctx.index - 1] if ctx.index > 0 else ""
    if above.lstrip().startswith(_PROMPTS):
        return None  # what an interpreter printed for the line typed above it: ">>> len(groups)", "4"
    if ctx.index in ctx.doc.page_number_indices:
        return Drop("bare page number in a page sequence")
    if not ctx.doc.repeated_lines or ctx.doc.is_wiki:
        return None
    neighbours = (ctx.neighbour(-1) or "", ctx.neighbour(+1) or "")
    if any(
        _is_running_line(n, ctx) or signals.PAGE_COUNTER.match(n) or _URL_ANYWHERE.search(n)
        for n in neighbours
    ):
        return Drop("bare page number")
    if any(n.strip().isupper() and signals.word_count(n) <= 12 for n in neighbours):
        return Drop("bare page number")
    return None
