"""What a rule can say about a line: drop it, rewrite it, or mark it as a heading.

A rule that has nothing to say returns ``None``; the line is then kept as it is.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Drop:
    """Remove the whole line; ``reason`` is shown to reviewers in the ledger."""

    reason: str


@dataclass(frozen=True)
class Rewrite:
    """Replace the line's text with ``text``; ``reason`` says what was removed or fixed."""

    text: str
    reason: str


@dataclass(frozen=True)
class Heading:
    """The line is a section heading at ``level`` (1 = title); ``text`` is the heading without markup."""

    text: str
    level: int
    reason: str


Verdict = Drop | Rewrite | Heading | None
