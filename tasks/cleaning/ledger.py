"""The line ledger: one entry per input line, saying what happened to it and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Action = Literal["kept", "modified", "dropped"]
Role = Literal["title", "heading", "content", "blank", "cruft"]


@dataclass(slots=True)
class LedgerEntry:
    """What became of one physical input line.

    ``rules`` holds ``id@version`` of every rule that fired, in the order they fired;
    ``text`` is the cleaned line (``None`` when dropped); ``original`` + ``eol`` is the input, exactly.
    """

    line_no: int
    original: str
    eol: str
    action: Action
    role: Role
    text: str | None
    rules: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    heading_level: int | None = None
    section_index: int = 0
    locator: str | None = None

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)
