"""Where on a page a rule can fire: the scopes rules declare with ``@rule(where=...)``.

A scope is a function of the document context giving the line indices a rule can fire on. Most
of a page is body, and the zone rules (the tail, the head under a wiki title, the lines a document
fact names) answer ``None`` there, so the engine does not ask them; nor does it ask a rule whose
words the page never mentions. Each scope restates a test its rule makes (where the line is, or
a word it must hold), no more; ``tests/test_engine.py`` holds them together.
"""

from __future__ import annotations

from collections.abc import Callable

from tasks.cleaning.context import DocumentContext

NOWHERE: range = range(0)


def everywhere(doc: DocumentContext) -> range:
    return range(len(doc.lines))


def tail(doc: DocumentContext) -> range:
    """From the first end-of-content marker to the end."""
    return range(doc.tail_start, len(doc.lines))


def above_title(doc: DocumentContext) -> range:
    """The lines above the page title (none when no title was found)."""
    return range(doc.title_index or 0)


def wiki_head_below_title(doc: DocumentContext) -> range:
    """A wiki page's head under its title: where infobox remnants sit (the whole head if no title).

    A page with no running text before its tail (a data item's statements, a list) has no head.
    """
    if not doc.is_wiki or doc.body_start >= doc.tail_start:
        return NOWHERE
    title = doc.title_index
    return range(title + 1 if title is not None else 0, doc.body_start)


def wiki_body(doc: DocumentContext) -> range:
    """A wiki page's body, head and tail aside."""
    return range(doc.body_start, doc.tail_start) if doc.is_wiki else NOWHERE


def wiki_page(doc: DocumentContext) -> range:
    return everywhere(doc) if doc.is_wiki else NOWHERE


def mentioning(*words: str, other_scripts: bool = False) -> Callable[[DocumentContext], range]:
    """A page's every line when it mentions one of ``words`` (lower-case ASCII, in any letter case),
    and with ``other_scripts`` every page that is not all ASCII, whose words the list cannot hold.

    For rules whose every match holds one of a few words: the page is scanned for them once,
    instead of asking the rule about each line of a page that has none of them.

    >>> mentioning("ISSN")
    Traceback (most recent call last):
    ...
    ValueError: scope words are matched against the lowered page: give 'ISSN' in lower-case ASCII
    """
    for word in words:
        if not word.isascii() or word != word.lower():
            raise ValueError(
                f"scope words are matched against the lowered page: give {word!r} in lower-case ASCII"
            )

    def scope(doc: DocumentContext) -> range:
        return everywhere(doc) if doc.may_mention(words) or (other_scripts and not doc.is_ascii) else NOWHERE

    scope.__doc__ = f"Pages that mention {' or '.join(map(repr, words))}" + (
        ", and pages in other scripts." if other_scripts else "."
    )
    return scope
