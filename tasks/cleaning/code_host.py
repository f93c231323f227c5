"""The frame a code-hosting site prints around a repository's README.

A repository's front page saved as text opens with the site's menus, the repository's counters
("Fork 38", "Star 612", "4 Branches 19 Tags"), its file list ("src	fix: handle leap seconds	3
weeks ago") and a sidebar ("About", "Topics", "612 stars", "Report repository"), then the README,
which is the page's text; the sidebar may also follow the README. Each piece alone is a short
line like a heading or a list item, but the counters are shapes no README line has, and three of
them make the page a repository's. The frame is then every line from the top down to the last
counter, file row or README tab before the README's first sentence, and a sidebar under the
README from its "About" down to its last counter.

A README that mentions forking or stars in a sentence is no counter, and a page with one or two
counter-like lines is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tasks.cleaning import signals

# The repository's counters and the file browser's own labels, bullets and heading marks aside.
_COUNTER = re.compile(
    r"^(?:(?:Fork|Star|Watch|Unstar|Unwatch)\s+[\d.,]+[kKmM]?|[\d,]+\s+(?:Branch(?:es)?|Tags?|Commits?)"
    r"(?:\s+[\d,]+\s+(?:Branch(?:es)?|Tags?))?|Go to file|Latest commit|Folders and files"
    r"|Repository files navigation|Report repository|(?:Issues|Pull requests|Releases|Contributors)\s+\d[\d,]*"
    r"|Code\s+Issues\b.{0,100}|[\d.,]+[kKmM]?\s+(?:stars|watching|forks))$"
)
# A row of the file list: a name, a commit message, and when it was made, in columns.
_FILE_ROW = re.compile(
    r"(?:\t|\s[|·•]\s|\s{2,})(?:\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago"
    r"|yesterday|last (?:week|month|year))$"
)
# The tabs over the rendered README: "README", "Code of conduct", "MIT license", "Security".
_README_TAB = re.compile(
    r"^(?:README(?:\.md)?|Code of conduct|Security(?: policy)?|[\w.+-]+(?:[ -][\w.+-]+)? [Ll]icen[cs]e)$"
)
# The repository's own name over its counters ("fennlab / tidewater") names the page, as a title does.
_REPOSITORY_NAME = re.compile(r"^[\w.-]+ / [\w.-]+$")
_SIDEBAR_OPENER = "about"
_MIN_COUNTERS = 3
_LABEL_WORDS = 8  # the longest label of the frame: a file list's header, a commit message
_FIRST_WORDS = ("fork", "star", "go to file", "latest commit", "folders and files", "commits", "branches")


def may_be_repository_page(lowered: bytes) -> bool:
    """A cheap first test on the page's lower-cased bytes: a repository page names its file list."""
    return any(word.encode() in lowered for word in _FIRST_WORDS)


def find_frame(lines: list[str]) -> set[int]:
    """Indices of the code-hosting site's frame around a README, or none on any other page."""
    labels = [_label(line) for line in lines]
    counters = [i for i, label in enumerate(labels) if label and _COUNTER.match(label)]
    if len({labels[i] for i in counters}) < _MIN_COUNTERS:
        return set()
    found = _head_frame(lines, labels, counters[0])
    after = max(found, default=-1)
    sidebar = next(
        (i for i, label in enumerate(labels) if i > after and label.casefold() == _SIDEBAR_OPENER), None
    )
    if sidebar is not None:
        found |= _sidebar(lines, labels, sidebar)
    return found


def _label(line: str) -> str:
    """A line without the bullets and heading marks a converter adds ("* Fork 38", "## About")."""
    return line.strip().lstrip("#*•- ").strip()


def _head_frame(lines: list[str], labels: list[str], first_counter: int) -> set[int]:
    """The page's top down to the last counter, file row or README tab before the README's text.

    Above the first counter lie the site's menus; below it the walk passes short labels and
    stops at the first sentence. Short lines after the last piece of frame (the README's title,
    its badges) stay.
    """
    if any(
        signals.is_prose(line) and signals.word_count(line) > _LABEL_WORDS for line in lines[:first_counter]
    ):
        return set()  # a sentence above the counters: not a repository's front page as saved

    def is_piece(i: int) -> bool:
        return bool(_COUNTER.match(labels[i]) or _FILE_ROW.search(lines[i]) or _README_TAB.match(labels[i]))

    last = _last_piece(lines, labels, first_counter, is_piece, signals.is_prose)
    return {i for i in range(max(last, first_counter) + 1) if not _REPOSITORY_NAME.match(labels[i])}


def _sidebar(lines: list[str], labels: list[str], opener: int) -> set[int]:
    """The sidebar from its "About" down to its last counter, when it has one."""
    last = _last_piece(lines, labels, opener, lambda i: bool(_COUNTER.match(labels[i])), _is_text)
    return set(range(opener, last + 1)) if last >= 0 else set()


def _last_piece(
    lines: list[str],
    labels: list[str],
    start: int,
    is_piece: Callable[[int], bool],
    ends: Callable[[str], bool],
) -> int:
    """The last line below ``start`` that ``is_piece`` accepts before the first line that ``ends``
    the frame, else -1. The repository's one-line description right under "About" ends nothing.
    """
    last = -1
    previous = start
    for i in range(start + 1, len(lines)):
        if not labels[i]:
            continue
        if is_piece(i):
            last = i
        elif ends(lines[i]) and labels[previous].casefold() != _SIDEBAR_OPENER:
            break
        previous = i
    return last


def _is_text(line: str) -> bool:
    """A sentence, or a line longer than any label of the frame."""
    return signals.is_prose(line) or signals.word_count(line) > _LABEL_WORDS
