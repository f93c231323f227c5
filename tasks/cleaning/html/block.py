"""The unit the HTML extractor hands on: one visible line of a page, kept or dropped, with where it came from.

A page becomes a list of blocks in document order. Dropped blocks stay in the list (with the rule
that removed them and a locator), so kept text plus dropped text accounts for every visible
character the parser saw; that is the HTML side of the ledger's "every line appears once" promise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

KINDS = ("heading", "paragraph", "list_item", "table_row", "preformatted", "caption", "other")


@dataclass(frozen=True)
class Block:
    """One output line of a page.

    ``text`` is whitespace-normalised and holds no newline, except for ``preformatted`` blocks whose
    line structure is the content. ``dropped_by`` names the DOM rule that removed the block (None
    when kept) and ``reason`` says why in a few words. ``locator`` is a CSS path: for a kept block the
    element whose text it is, for a dropped block the element the rule matched, so an audit can find
    what was removed without replaying the rules.
    """

    text: str
    kind: str
    level: int | None
    dropped_by: str | None
    reason: str
    locator: str

    @property
    def kept(self) -> bool:
        return self.dropped_by is None


def main_text(blocks: Sequence[Block]) -> str:
    """The kept blocks, headings included, one per line.

    >>> main_text([Block("Title", "heading", 1, None, "", "h1"),
    ...            Block("Home | About", "other", None, "html.generic.nav", "site navigation", "nav"),
    ...            Block("Body text.", "paragraph", None, None, "", "p")])
    'Title\\nBody text.'
    """
    return "\n".join(block.text for block in blocks if block.dropped_by is None)
