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

An issue or a pull request is framed the same way, and its thread adds its own furniture: the
timeline's events ("jlaurent added the bug label Mar 4, 2024", "… closed this as completed in
#2203"), each with the card of the issue it links and that issue's state ("Open", "Merged"), the
badges and buttons around each comment ("Member", "edited", "All reactions"), the sign-up prompt
under the thread, and the sidebar's fields ("Assignees", "Labels", "Milestone", "3
participants"). Two events make the page an issue's; a sentence about closing or labelling in a
comment ends in no date, and is no event.
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
# How long ago a site says something happened: "3 weeks ago", "yesterday", "last month".
_AGO = r"\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|yesterday|last (?:week|month|year)"
# A row of the file list: a name, a commit message, and when it was made, in columns.
_FILE_ROW = re.compile(rf"(?:\t|\s[|·•]\s|\s{{2,}})(?:{_AGO})$")
# The tabs over the rendered README: "README", "Code of conduct", "MIT license", "Security".
_README_TAB = re.compile(
    r"^(?:README(?:\.md)?|Code of conduct|Security(?: policy)?|[\w.+-]+(?:[ -][\w.+-]+)? [Ll]icen[cs]e)$"
)
# The repository's tabs that carry no count ("Issues 148" is a counter).
_REPOSITORY_TABS = frozenset(
    {"Code", "Discussions", "Actions", "Projects", "Wiki", "Insights", "Pulse", "Packages"}
)
# The repository's own name over its counters ("fennlab / tidewater") names the page, as a title does.
_REPOSITORY_NAME = re.compile(r"^[\w.-]+ / [\w.-]+$")
_SIDEBAR_OPENER = "about"
_MIN_COUNTERS = 3
_LABEL_WORDS = 8  # the longest label of the frame: a file list's header, a commit message
_FIRST_WORDS = ("fork", "star", "go to file", "latest commit", "folders and files", "commits", "branches")
# The notice a signed-out copy of the page carries over its counters: the site's, in sentences.
_SESSION_NOTICE = re.compile(
    r"\bsigned (?:in|out) (?:with|in) another tab or window\b|\bReload to refresh your session\b"
)

# When a timeline event happened: "Mar 4, 2024", "4 Mar 2024", "3 days ago", "yesterday".
_WHEN = (
    r"(?:on )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?|\d{4}-\d\d-\d\d"
    rf"|{_AGO})(?:,? \d{{1,2}}:\d\d)?"
)
# What happened to an issue or a pull request, after the name of who did it.
_EVENT = (
    r"(?:added|removed) (?:the )?.{1,80}? labels?|(?:self-assigned|reopened|pinned|unpinned|unlocked) this"
    r"|(?:assigned|unassigned) [\w.-]+(?: and (?:unassigned )?[\w.-]+)?"
    r"|(?:mentioned|referenced) this (?:issue|pull request|discussion)(?: in [\w./-]+)?"
    r"|linked an? (?:issue|pull request)|closed this(?: as (?:completed|not planned|a duplicate))?(?: in \S+)?"
    r"|changed the title .{1,200}?|requested (?:a )?reviews? from .{1,80}?|approved these changes"
    r"|(?:dismissed|left) .{1,60}? review|merged commit \w{7,40} into [\w./:-]+|added \d+ commits?"
    r"|(?:wants to merge|merged) \d+ commits? into [\w./-]+ from [\w./:-]+"
    r"|added (?:a )?commits? that referenced this (?:issue|pull request)"
    r"|(?:added this to|removed this from) the .{1,60}? milestone|moved this (?:to|from) .{1,80}?"
    r"|deleted the [\w./-]+ branch|force-pushed the [\w./-]+ branch(?: from \w+ to \w+)?"
    r"|marked this pull request as (?:ready for review|draft)|converted this (?:to a draft|into a discussion)"
    r"|transferred this issue from [\w./-]+|locked (?:and limited conversation to collaborators|as [\w -]{1,20})"
)
_TIMELINE_EVENT = re.compile(
    rf"^[A-Za-z0-9][\w.-]{{0,38}}(?:\[bot\])? (?:{_EVENT})(?: {_WHEN})"
    r"(?: that will close this issue| · \d+ comments?)?$"
)
# A comment's badges and buttons, the state, and the page's buttons, each a line alone
# (not a checks row's "Details": an issue template's "### Details" is a heading).
_THREAD_LABELS = frozenset(
    {
        "open",
        "closed",
        "merged",
        "draft",
        "edited",
        "member",
        "author",
        "owner",
        "contributor",
        "collaborator",
        "first-time contributor",
        "all reactions",
        "new issue",
        "new pull request",
        "copy link",
        "jump to bottom",
        "additional navigation options",
        "view reviewed changes",
        "outdated",
        "show resolved",
        "reply...",
        "resolve conversation",
        "restore branch",
        "all checks have passed",
        "some checks were not successful",
        "pull request successfully merged and closed",
        "···",
        "…",
    }
)
_STATES = frozenset({"open", "closed", "merged", "draft"})
_LINKING_EVENT = re.compile(r" (?:mentioned|referenced) this | linked an? ")
_CARD = re.compile(r" #\d+$")
# A pull request's tabs with their counts, its checks' summary and rows, a commit's short hash, and
# the notice that its branch may go.
_PULL_REQUEST_LINE = re.compile(
    r"^(?:(?:Conversation|Commits|Checks|Files changed) \d+|\d+ (?:(?:successful|failing|skipped|pending) )?checks?(?: passed)?"
    r"|[\w .-]{1,40} / [\w .()-]{1,60} \((?:pull_request|push)\) (?:Successful|Failing|Cancelled|Skipped) (?:in|after) \d+[smh]\b.{0,40}"
    r"|(?=[0-9a-f]*\d)[0-9a-f]{7,12}|You[’']re all set\W+the .{1,120} branch can be safely deleted\.)$"
)
_SIGN_UP = re.compile(r"^Sign (?:up for free|in) to join this conversation on .{1,40}\.(?: .{1,80})?$")
# The sidebar's fields, each over its value ("None yet", a login, a milestone).
_SIDEBAR_FIELDS = frozenset(
    {
        "assignees",
        "reviewers",
        "labels",
        "projects",
        "milestone",
        "development",
        "notifications",
        "linked issues",
    }
)
_PARTICIPANTS = re.compile(r"^\d+ participants?$")
_HANDLES = re.compile(r"^@[\w-]+(?: @[\w-]+)*$")
_MIN_EVENTS = 2
_MIN_FIELDS = 3
_FIELD_GAP = 8  # lines from one sidebar field to the next, its value and blank lines between


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
    """A line without the bullets, heading marks and link markup a converter adds ("* Fork 38",
    "## About", "[ Fork 318 ](/login)")."""
    if "](" in line:
        line = signals.link_text(line)
    return line.strip().lstrip("#*•- ").strip()


def _head_frame(lines: list[str], labels: list[str], first_counter: int) -> set[int]:
    """The page's top down to the last counter, file row or README tab before the README's text.

    Above the first counter lie the site's menus; below it the walk passes short labels and
    stops at the first sentence. Short lines after the last piece of frame (the README's title,
    its badges) stay.
    """
    if any(_is_sentence_above(line) for line in lines[:first_counter]):
        return set()  # a sentence above the counters: not a repository's front page as saved

    def is_piece(i: int) -> bool:
        label = labels[i]
        return bool(
            _COUNTER.match(label)
            or _FILE_ROW.search(lines[i])
            or _README_TAB.match(label)
            or label in _REPOSITORY_TABS
        )

    last = _last_piece(lines, labels, first_counter, is_piece, signals.is_prose)
    first = next((i for i, label in enumerate(labels) if label), 0)
    title = first if signals.is_bar(lines[first]) else None  # the page's <title>, saved over the page
    return {
        i for i in range(max(last, first_counter) + 1) if i != title and not _REPOSITORY_NAME.match(labels[i])
    }


def _is_sentence_above(line: str) -> bool:
    """A sentence over the counters, but for the page's ``<title>`` (its parts set apart by a bar:
    "Crash on start · Issue #12 · owner/repo") and the site's notice to a signed-out reader."""
    return (
        signals.is_prose(line)
        and signals.word_count(line) > _LABEL_WORDS
        and not signals.is_bar(line)
        and not _SESSION_NOTICE.search(line)
    )


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


_EVENT_WORDS = (b"this issue", b"this pull request", b" label", b"assigned this", b" commit", b"milestone")


def may_be_thread_page(lowered: bytes) -> bool:
    """A cheap first test on the page's lower-cased bytes: a timeline names labels, commits or "this issue"."""
    return any(word in lowered for word in _EVENT_WORDS)


def find_thread_furniture(lines: list[str]) -> dict[int, str]:
    """An issue's or a pull request's furniture, with why each line goes, or none on any other page."""
    labels = [_label(line) for line in lines]
    events = [i for i, label in enumerate(labels) if _TIMELINE_EVENT.match(label)]
    if len(events) < _MIN_EVENTS:
        return {}
    found = dict.fromkeys(events, "code host's timeline event")
    nonblank = [i for i, label in enumerate(labels) if label]
    for k, i in enumerate(nonblank):
        label = labels[i].casefold()
        if label in _THREAD_LABELS:
            found[i] = "code host's badge, state or button"
        elif _PULL_REQUEST_LINE.match(labels[i]):
            found[i] = "pull request's tabs, checks and commits"
        elif _SIGN_UP.match(labels[i]):
            found[i] = "code host's sign-up prompt under the thread"
        elif _is_card(labels, nonblank, k):
            found[i] = "card of an issue the timeline links"
        elif _PARTICIPANTS.match(labels[i]):  # under it, their faces or "@login @login"
            found[i] = "code host's sidebar field"
            if k + 1 < len(nonblank) and _HANDLES.match(labels[nonblank[k + 1]]):
                found[nonblank[k + 1]] = "code host's sidebar field"
    found.update(dict.fromkeys(_thread_sidebar(labels), "code host's sidebar field"))
    return found


def _is_card(labels: list[str], nonblank: list[int], k: int) -> bool:
    """The linked issue's title ("Tracking: 0.9.5 release checklist #2190") between the event
    that links it and the issue's state."""
    if k == 0 or k + 1 >= len(nonblank) or not _CARD.search(labels[nonblank[k]]):
        return False
    before, after = labels[nonblank[k - 1]], labels[nonblank[k + 1]].casefold()
    return after in _STATES and bool(_TIMELINE_EVENT.match(before) and _LINKING_EVENT.search(before))


def _thread_sidebar(labels: list[str]) -> set[int]:
    """The sidebar from its first field to its last, and the last field's value: at least three
    fields close together, so a comment's "### Labels" heading is left alone."""
    fields = [
        i
        for i, label in enumerate(labels)
        if label.casefold() in _SIDEBAR_FIELDS or _PARTICIPANTS.match(label)
    ]
    found: set[int] = set()
    start = 0
    for k in range(1, len(fields) + 1):
        if k < len(fields) and fields[k] - fields[k - 1] <= _FIELD_GAP:
            continue
        if k - start >= _MIN_FIELDS:
            found.update(range(fields[start], _field_end(labels, fields[k - 1]) + 1))
        start = k
    return found


def _field_end(labels: list[str], field: int) -> int:
    """The last line of a field: its value, when one follows (the participants' logins are
    taken with their count, in ``find_thread_furniture``)."""
    if _PARTICIPANTS.match(labels[field]):
        return field
    value = next((i for i in range(field + 1, len(labels)) if labels[i]), None)
    return value if value is not None and not signals.is_prose(labels[value]) else field
