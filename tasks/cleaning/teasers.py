"""Blocks of teasers for other pages, closed by a "See all" link, and such links alone.

Publishers, shops, podcast hosts and obituary pages print lists of other items around the text,
under a heading that names them as others and over a link to the full list: "Similar articles" …
"See all similar articles", "Cited by" … "See all "Cited by" articles", "Nearby attractions" …
"See all nearby", "More from Priya Raman" … "See all from Priya Raman". When such a block ends the
page, the page's tail takes it; this finds it where the text goes on below it, as a record's
reference list does under the "Similar articles" of a medical database.

Two signals must agree: the heading names other items (similar, related, recommended, more, other,
nearby, cited by, citing), and a closing link below it, within a short list, repeats one of the
heading's words; a bare "View all" is only a link. A list under a plain heading ("Selected
publications" … "View all publications", "References" … "Show all 41 references") is the page's
own: only its closing link goes.
"""

from __future__ import annotations

import re

from tasks.cleaning import signals

# "See all 87 reviews", "View all citing articles on Scopus", "Show All References", "See all photos
# (1,204)", "View all": a link to the full list, a few words at most, no sentence.
_CLOSER = re.compile(
    r"^(?:See|View|Show|Browse) all(?: \d[\d,]*)?(?P<noun>(?: [\w\"“”'’&-]+){0,6})(?: \(\d[\d,]*\))?$",
    re.IGNORECASE,
)
# The heading over teasers for other items of the site.
_TEASER_HEAD = re.compile(
    r"^(?:(?:similar|related|recommended|suggested|more|other|nearby)\b[^.!?]{0,80}"
    r"|cited by(?: \(\d[\d,]*\))?|citing articles|you (?:may|might) also like[^.!?]{0,20}"
    r"|people (?:also|who viewed this also) (?:read|viewed|bought|watched))$",
    re.IGNORECASE,
)
_MAX_ITEMS = 40  # lines between a heading and its closing link
_MAX_LINE = 300  # a teaser is a title, a byline, a source line; never a paragraph
# Words that say nothing about what a list holds, so a closer and a heading may not match on them.
_EMPTY_WORDS = frozenset(
    {"a", "an", "the", "of", "from", "in", "on", "by", "for", "to", "and", "or", "our", "this", "these"}
    | {"all", "see", "view", "show", "browse", "more", "similar", "related"}
)
# Words one of which a page with a closing link holds.
MARKS: tuple[str, ...] = ("see all", "view all", "show all", "browse all")


def _plain(line: str) -> str:
    """The line's words: heading marks, link markup and a text browser's ``[link]`` taken off."""
    text = signals.heading_text(line) if "[" in line or line.lstrip()[:1] in "#=*" else line.strip()
    if text.endswith("]") and " [" in text:
        text = text[: text.rindex(" [")]
    return text.strip()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _EMPTY_WORDS and not w.isdigit()}


def closer(line: str) -> re.Match[str] | None:
    """The "See all …" link that closes a list, if the line is one.

    >>> bool(closer("See all similar articles")), bool(closer("View all similar properties [/for-sale/leith]"))
    (True, True)
    >>> closer("See all the lights of the harbour go out at midnight.") is None
    True
    """
    if len(line) > 160:
        return None
    return _CLOSER.match(_plain(line))


def find_teasers(lines: list[str]) -> set[int]:
    """The lines of every teaser block (heading to closing link) and every closing link alone.

    >>> sorted(find_teasers(["Figures", "Similar articles", "Sleep therapy in midlife.", "Marsh JA, et al.",
    ...     "See all similar articles", "References", "Alvarez, M. (2018). Insomnia.", "Show all 41 references"]))
    [1, 2, 3, 4, 7]
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        match = closer(line)
        if match is None:
            continue
        found.add(i)
        noun = _words(match.group("noun"))
        head = _teaser_head(lines, i, noun) if noun else None
        if head is not None:
            found.update(range(head, i))
    return found


def _teaser_head(lines: list[str], close: int, noun: set[str]) -> int | None:
    """The heading of the teasers that the link at ``close`` closes, if one stands above it."""
    for j in range(close - 1, max(-1, close - 1 - _MAX_ITEMS), -1):
        line = lines[j]
        if len(line) > _MAX_LINE:
            return None
        text = _plain(line)
        if not text:
            continue
        if closer(line):
            return None  # another list's closing link: this list starts below it
        if _TEASER_HEAD.match(text) and noun & _words(text):
            return j
    return None
