"""Small helpers shared by the tests: clean a text in memory, the way the pipeline does."""

from __future__ import annotations

from tasks.cleaning.document import CleanedDocument, clean_lines
from tasks.cleaning.lines import split_lines
from tasks.cleaning.registry import select_rules
from tasks.config import DEFAULT_EXCLUDED_KINDS


def clean_text(text: str) -> CleanedDocument:
    return clean_lines(split_lines(text), select_rules(), DEFAULT_EXCLUDED_KINDS)
