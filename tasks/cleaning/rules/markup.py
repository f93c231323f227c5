"""Leftovers of wiki markup in rendered text."""

from __future__ import annotations

import re

from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Rewrite

_DOUBLED_AFTER_CURLY = re.compile(r"(?<=[’‘])'{1,2}(?=\w)|(?<=\w)'(?=[’]\w)")
_EMPHASIS = re.compile(r"(?<![\w'])('{2,5})(?=[^\s'])(.+?)(?<=[^\s'])\1(?![\w'])")


@rule("markup.doubled_apostrophe", version=1, stage="strip", example="Vietnam’'s reconstruction")
def fix_doubled_apostrophe(text: str, ctx: LineContext) -> Rewrite | None:
    """A straight apostrophe left beside a curly one by a half-converted wiki source (``’'s`` → ``’s``).

    >>> fix_doubled_apostrophe("Vietnam’'s and other’'s", None).text
    'Vietnam’s and other’s'
    >>> fix_doubled_apostrophe("rock 'n' roll and O’Brien", None) is None
    True
    """
    fixed = _DOUBLED_AFTER_CURLY.sub("", text)
    return Rewrite(fixed, "stray apostrophe beside a curly one removed") if fixed != text else None


@rule("markup.wiki_emphasis", version=1, stage="strip", example="the ''Hankyoreh'' newspaper")
def strip_wiki_emphasis(text: str, ctx: LineContext) -> Rewrite | None:
    """Unrendered wikitext italics and bold (``''x''``, ``'''x'''``), when balanced on the line.

    Inch marks are not emphasis:
    >>> strip_wiki_emphasis("He is 5' 11'' tall.", None) is None
    True
    >>> strip_wiki_emphasis("the '''Hankyoreh''' daily", None).text
    'the Hankyoreh daily'
    """
    fixed = _EMPHASIS.sub(r"\2", text)
    return Rewrite(fixed, "wikitext emphasis marks removed") if fixed != text else None
