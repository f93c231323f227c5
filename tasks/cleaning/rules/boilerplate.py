"""Boilerplate: a line the run found in many documents of the same site, or one a page repeats."""

from __future__ import annotations

from collections.abc import Collection

from tasks.cleaning import signals
from tasks.cleaning.context import DocumentContext, LineContext
from tasks.cleaning.registry import rule
from tasks.cleaning.sections import heading_kind
from tasks.cleaning.verdicts import Drop


def _repeated_on_site(doc: DocumentContext) -> Collection[int]:
    return doc.repeated.keys()


@rule(
    "boilerplate.repeated_line",
    version=1,
    stage="drop",
    example="© 2021 Springfield Gazette. All rights reserved.",
    where=_repeated_on_site,
)
def drop_repeated_line(text: str, ctx: LineContext) -> Drop | None:
    """A line found in at least the threshold number of documents of the same host or input root.

    Section headings recur on every page of a site ("References", "History[edit]") and are
    structure, not boilerplate; and a document made only of recurring lines keeps them all, so a
    short page is never emptied (the document context leaves such pages out).
    """
    count = ctx.doc.repeated.get(ctx.index)
    if count is None:
        return None
    stripped = text.strip()
    if signals.edit_link_heading(stripped) is not None or signals.match_markup_heading(stripped):
        return None
    if heading_kind(signals.heading_text(stripped)):
        return None
    return Drop(f"repeated_line: found in {count} documents of this site")


def _repeated_notices(doc: DocumentContext) -> Collection[int]:
    return doc.repeated_notice_indices


@rule(
    "boilerplate.repeated_notice",
    version=1,
    stage="drop",
    example="This review is the subjective opinion of a member and not of the site, which performs checks on reviews.",
    where=_repeated_notices,
)
def drop_repeated_notice(text: str, ctx: LineContext) -> Drop | None:
    """A sentence the page prints under each of its items: a review site's disclaimer under every
    review, an open textbook's licence line on every page.

    Three copies of a sentence of twelve words or more mark it (see
    ``DocumentContext.repeated_notice_indices``); the text says such a thing once.
    """
    if ctx is None or ctx.index not in ctx.doc.repeated_notice_indices:
        return None
    return Drop(f"notice repeated {ctx.doc.line_counts[text.strip()]} times on the page")
