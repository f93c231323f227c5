"""Section headings: edit-link headings, markup headings, and bare headings of plain text."""

from __future__ import annotations

import re

from tasks.cleaning import sections, signals
from tasks.cleaning.context import LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.verdicts import Heading

_STARTS_LIKE_HEADING = re.compile(r"^[\"'“‘(]?[\w]")
_NO_HEADING_END_CHARS = frozenset(".,;:!?…)]")
_PLAIN_HEADING_MAX_WORDS = 10
# The mark East Asian news sites set before an article's intertitles: "■ 주차난·셔틀버스 대기 불만도".
_INTERTITLE_MARKS = frozenset("■◆▶")


@rule("heading.edit_link", version=7, stage="edit", max_chars=400, example="Vietnam War[edit]")
def strip_heading_edit_link(text: str, ctx: LineContext) -> Heading | None:
    """A heading with a MediaWiki edit link (``[edit]``, ``[edit | edit source]``, ``[편집]`` …).

    The link goes and the line becomes a level-2 heading. Brackets inside a sentence stay:
    >>> strip_heading_edit_link("Press [edit] to open the editor", None) is None
    True
    """
    heading = signals.edit_link_heading(text)
    return Heading(heading, 2, "edit link removed from heading") if heading is not None else None


# A documentation generator's link to the heading itself: "Limit strings¶", "[¶](#limits "Permalink")",
# or a link with no words or a mark to the heading's anchor: "Overview[](#overview)", "[#](#setup)".
_PERMALINK = re.compile(r'\s*(?:¶|\[(?:¶|#|§|🔗)?\]\([^()\s]*(?:\s+"[^"]*")?\))$')


@rule("heading.markup", version=7, stage="edit", example="***** History[edit] *****")
def strip_heading_markup(text: str, ctx: LineContext) -> Heading | None:
    """Markdown ``#``, wikitext ``==`` and converter ``*****`` headings; the markup sets the level.

    An edit link inside the markup goes with it, and so does the permalink mark a documentation
    generator puts after the words:
    >>> strip_heading_markup("***** History[edit] *****", None).text
    'History'
    >>> strip_heading_markup("## Limit strings¶", None).text
    'Limit strings'
    >>> strip_heading_markup("## 5.1. Overview[](#overview)", None).text
    '5.1. Overview'
    """
    match = signals.match_markup_heading(text.strip())
    level = signals.markup_heading_level(text)
    if match is None or level is None:
        return None
    heading = _PERMALINK.sub("", match.group("md") or match.group("wiki") or match.group("stars"))
    without_link = signals.edit_link_heading(heading)
    if without_link is not None:
        return Heading(without_link, level, "heading marks and edit link removed")
    return Heading(heading, level, "heading marks removed")


@rule("heading.underlined", version=2, stage="edit", max_chars=120, example="NEWS\n====")
def mark_underlined_heading(text: str, ctx: LineContext) -> Heading | None:
    """A short line underlined with ``===``, ``---``, ``~~~`` or ``***`` on the next line, as
    plain-text newsletters, READMEs, RFC-style documents and Info manuals mark headings; ``=`` and
    ``*`` mark the higher level.

    The underline must reach most of the way along the line: a rule across a page under a
    sentence is a separator, not an underline.
    """
    if ctx is None:
        return None
    following = ctx.doc.lines[ctx.index + 1] if ctx.index + 1 < len(ctx.doc.lines) else ""
    level = signals.underlined_heading_level(text, following)
    return None if level is None else Heading(text.strip(), level, "underlined heading")


@rule("heading.plain", version=30, stage="edit", max_chars=160, example="2.3 Methods")
def mark_plain_heading(text: str, ctx: LineContext) -> Heading | None:
    """A short stand-alone line that introduces text, on pages whose headings carry no markup.

    It has at most ten words, starts like a title, does not end like a sentence and holds no
    ``label: value`` pair; it stands apart (a blank line before, or the line before ends a
    sentence, as on pages saved without blank lines) and is followed by running text or a list.
    Numbered section headings (``1. Introduction``, ``2.3 Methods``) qualify; a numbered list item
    does not, since the next line carries the next number. A signature such as a name on the last
    line is followed by nothing and stays a plain line, and the first line of a hard-wrapped
    paragraph is followed by the rest of its sentence, in lower case. A line of an indented block
    (code, a poem) over another indented line is no heading either.
    """
    stripped = text.strip()
    if ctx is None or ctx.doc.has_marked_headings or ctx.in_tail or ctx.is_title:
        return None
    if not stripped or len(stripped) > 100:
        return None
    faq = _FAQ_SUBJECT.match(stripped) if stripped.startswith("Subject:") else None
    words = stripped[2:].lstrip() if stripped[0] in _INTERTITLE_MARKS and stripped[1:2] == " " else stripped
    if not faq and not _has_heading_ends(words):
        return None  # the cheap test of the first and last character turns most lines away
    if signals.word_count(words) > _PLAIN_HEADING_MAX_WORDS:
        return None
    if not faq and not _looks_like_plain_heading(words):
        return None
    if _edit_link_below(ctx):
        return Heading(stripped, 2, "line over its own edit link")
    if not (_stands_apart(ctx) or sections.heading_kind(stripped)):
        return None
    following_at = _next_nonblank_index(ctx)
    if following_at is None or not _introduces_text(ctx, following_at, stripped):
        return None
    following = ctx.doc.lines[following_at]
    if (
        following_at == ctx.index + 1
        and following.lstrip()[:1].islower()
        and not _indented_under(text, following)
        and len(following.strip()) <= max(2 * len(stripped), _WRAP_WIDTH)
    ):
        return None  # the first line of a hard-wrapped sentence, which the next line carries on
    if signals.is_block_indented(text) and signals.is_block_indented(ctx.doc.lines[following_at]):
        return None  # a line of an indented block: code ("LEFT JOIN ("), a poem's verse
    if ctx.in_head and not (faq or _NUMBERED.match(stripped) or sections.heading_kind(stripped)):
        return None
    return Heading(stripped, 2, "stand-alone short line before text")


# A hard-wrapped text's lines are no longer than this; a line under a short one that runs past it
# and twice as long is a paragraph under its heading ("parse_iso_week() returned …"), not the rest
# of a wrapped sentence.
_WRAP_WIDTH = 80
_FAQ_SUBJECT = re.compile(r"^Subject:\s+\d{1,2}(?:\.\d{1,2})*[.)]\s+\S.{0,90}$")
_NUMBERED = re.compile(r"^(?P<number>\d{1,2})(?:\.(?P<sub>\d{1,2}))*\.?\s+(?=[A-Z])")
_NOT_HEADING_MARKS = re.compile(r"[@»«©→±=+|]|\b(?:1[5-9]|20)\d\d\b|\d:\d\d")
_WORDLIKE = re.compile(r"^[(\"'“‘]?[^\W\d_][\w'’-]*[)\"'”’,]?$")
_LABEL_VALUE = re.compile(r"[:;]\s+\S")


def _has_heading_ends(stripped: str) -> bool:
    """Whether a non-empty stripped line starts like a title and does not end like a sentence or list."""
    return not (
        stripped[0].islower()
        or stripped[-1] in _NO_HEADING_END_CHARS
        or not _STARTS_LIKE_HEADING.match(stripped)
    )


def _looks_like_plain_heading(stripped: str) -> bool:
    if not _has_heading_ends(stripped):
        return False
    if (
        signals.REFERENCE_ENTRY.match(stripped)
        or _LABEL_VALUE.search(stripped)
        or _NOT_HEADING_MARKS.search(stripped)
    ):
        return False
    tokens = _NUMBERED.sub("", stripped).split()
    if sum(1 for token in tokens if _WORDLIKE.match(token)) < max(1, 0.6 * len(tokens)):
        return False  # a figure, a formula, a table row: "Dune height (m) 8.4 ± 2.1", "1988"
    return not (signals.LIST_ITEM.match(stripped) and not _NUMBERED.match(stripped))


def _stands_apart(ctx: LineContext) -> bool:
    """A blank line before, or (on pages without blank lines) a finished sentence or the title.

    Page furniture before the line counts as a break too (a running head, a page number, a
    printed URL or timestamp, a table of contents), since it is dropped anyway; and a numbered
    heading (``1. Introduction``) stands apart from anything but the item of a list before it.
    """
    if ctx.blank_at(-1):
        return True
    previous = ctx.neighbour(-1)
    if previous is None:
        return True
    index = ctx.index - 1
    if index == ctx.doc.title_index or signals.SENTENCE_END.search(previous):
        return True
    if _is_page_furniture(previous, index, ctx):
        return True
    stripped = ctx.doc.lines[ctx.index].strip()
    number = _NUMBERED.match(stripped)
    if number is not None:
        return not signals.LIST_ITEM.match(previous) or _opens_subsection(number, previous)
    return _follows_list(ctx, stripped)


def _opens_subsection(number: re.Match[str], previous: str) -> bool:
    """Whether a numbered line is the first subsection of the numbered heading right above it.

    >>> _opens_subsection(_NUMBERED.match("2.1. From coordinates"), "2. Creating arrays")
    True
    >>> _opens_subsection(_NUMBERED.match("3. Dry the leaves"), "2. Pick the leaves")
    False
    """
    above = _NUMBERED.match(previous.strip())
    return (
        above is not None
        and above.group("sub") is None
        and number.group("sub") is not None
        and number.group("number") == above.group("number")
    )


_AFTER_LIST_MAX_WORDS = 6
_SINGLE_ITEM = re.compile(r"^\S{1,30}$")


def _follows_list(ctx: LineContext, stripped: str) -> bool:
    """Whether an unnumbered short line closes a list: the two lines before it are list items.

    A page saved without blank lines puts the next heading straight after a list ("1. Margaret
    Lyle as …", "2. …", then "Production"), or after a column of one-word items ("1988", "2004").
    A line that carries on a list (a third item without its bullet) reads as a heading only when
    running text follows it, which ``_introduces_text`` checks; a longer line is an item, not a title.
    """
    if signals.word_count(stripped) > _AFTER_LIST_MAX_WORDS or ctx.index < 2:
        return False
    before = [ctx.doc.lines[ctx.index - step].strip() for step in (1, 2)]
    if not all(before):
        return False
    if all(signals.LIST_ITEM.match(line) for line in before):
        return True
    return all(_SINGLE_ITEM.match(line) and not signals.SENTENCE_END.search(line) for line in before)


def _is_page_furniture(text: str, index: int, ctx: LineContext) -> bool:
    doc = ctx.doc
    stripped = text.strip()
    return bool(
        stripped in doc.repeated_lines
        or index in doc.toc_indices
        or index in doc.chrome_indices
        or signals.PAGE_COUNTER.match(stripped)
        or signals.PRINT_STAMP.match(stripped)
        or signals.BARE_URL.match(stripped)
        or (stripped.isdigit() and len(stripped) <= 4 and doc.repeated_lines)
    )


# An edit link saved on the line under its heading: bracketed as on the desktop skins, or the bare
# word of a mobile skin's pencil icon, which counts only when it comes back under several headings.
_BARE_EDIT_LINK = frozenset(["edit", "edit source"])
_BARE_EDIT_COPIES = 3


def _edit_link_below(ctx: LineContext) -> bool:
    """Whether the next line is the edit link of a heading wrapper ("Early life" over "edit")."""
    lines = ctx.doc.lines
    below = ctx.index + 1
    if below >= len(lines):
        return False
    text = lines[below].strip()
    if len(text) > 40 or signals.is_block_indented(lines[below]):
        return False
    if signals.is_lone_edit_link(text):
        return True
    return text.casefold() in _BARE_EDIT_LINK and ctx.doc.line_counts.get(text, 0) >= _BARE_EDIT_COPIES


def _indented_under(heading: str, following: str) -> bool:
    """Whether ``following`` is indented under ``heading`` set at the margin: a manual's or a
    specification's section body ("DESCRIPTION" over "       logrotate-lite is a small …"). An
    indented line over a line set further in is a list item wrapped on to it."""
    return not heading[:1].isspace() and following[:1].isspace()


def _next_nonblank_index(ctx: LineContext) -> int | None:
    lines = ctx.doc.lines
    return next((i for i in range(ctx.index + 1, min(len(lines), ctx.index + 4)) if lines[i].strip()), None)


def _introduces_text(ctx: LineContext, following_at: int, heading: str) -> bool:
    following = ctx.doc.lines[following_at]
    number = _NUMBERED.match(heading)
    if number is not None:
        item = _NUMBERED.match(following.strip())
        if item is not None and int(item.group("number")) == int(number.group("number")) + 1:
            return False  # the next item of a numbered list
    if (
        signals.is_prose(following)
        or signals.word_count(following) >= 8
        or ctx.doc.in_prose_block(following_at)
    ):
        return True
    return bool(signals.LIST_ITEM.match(following)) and bool(
        signals.LIST_ITEM.match(
            ctx.doc.lines[following_at + 1] if following_at + 1 < len(ctx.doc.lines) else ""
        )
    )
