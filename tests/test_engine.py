"""The engine's shortcuts give the ledger a full evaluation would give.

The settling pass skips rules that never read their context on lines it has already judged;
these tests hold the registry's reading of which rules those are, and the shortcut's result.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench.synthetic import wiki_document
from tasks.cleaning import document
from tasks.cleaning.evaluation import load_cases
from tasks.cleaning.lines import split_lines
from tasks.cleaning.registry import RULES, select_rules

ROOT = Path(__file__).resolve().parents[1]


class _NoContext:
    """A context that fails on any use, to prove a rule never reads it."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"read the context ({name})")


def _case_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "tests" / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            lines += case["input"]
    for case in load_cases(ROOT / "eval" / "cases"):
        lines += [line.text for line in case.lines]
    return lines


def _documents() -> list[str]:
    rng = random.Random(3)
    texts = [wiki_document(rng, number, 6000) for number in range(4)]
    texts += [case.text for case in load_cases(ROOT / "eval" / "cases")]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").iterdir())]
    return texts


def test_rules_said_not_to_read_context_never_do() -> None:
    line_rules = [r for r in select_rules() if r.stage != "dom"]
    context_free = [r for r in line_rules if not r.reads_context]
    assert context_free and len(context_free) < len(line_rules)
    for line in _case_lines():
        for r in context_free:
            r.apply(line, _NoContext())  # type: ignore[arg-type]


def test_reads_context_follows_the_code() -> None:
    select_rules()
    assert RULES["zone.page_tail"].reads_context
    assert RULES["heading.plain"].reads_context
    assert not RULES["citation.marker"].reads_context
    assert not RULES["whitespace.trailing"].reads_context


def test_settling_shortcut_gives_the_full_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The eval documents include pages where the settling pass drops lines it had kept."""
    rules = select_rules()
    texts = _documents()
    shortcut = [document.clean_lines(split_lines(text), rules) for text in texts]
    clean_once = document._clean_once
    monkeypatch.setattr(document, "_clean_once", lambda *args, judged=None, **kw: clean_once(*args, **kw))
    full = [document.clean_lines(split_lines(text), rules) for text in texts]
    for fast, slow in zip(shortcut, full, strict=True):
        assert [(e.action, e.rules, e.reasons, e.text, e.role) for e in fast.entries] == [
            (e.action, e.rules, e.reasons, e.text, e.role) for e in slow.entries
        ]
        assert fast.text == slow.text


def test_hard_end_prefilter_never_hides_an_end_marker() -> None:
    """The page-end prefilter is derived from the end-marker patterns; every known end marker passes it."""
    from tasks.cleaning import signals
    from tasks.cleaning.context import _may_be_hard_end

    markers = [line for line in _case_lines() if signals.is_end_marker(line)]
    markers += [
        "This page was last edited on 5 May 2021, at 12:34 (UTC).",
        "Trình đơn chuyển hướng",
        "Diese Seite wurde zuletzt am 3. März 2020 um 10:11 Uhr bearbeitet.",
        "## Navigation menu",
        "Categories: Hanoi | Capitals in Asia",
        'Retrieved from "https://en.wikipedia.org/w/index.php?title=Hanoi"',
    ]
    assert len(markers) > 20
    for line in markers:
        assert signals.is_end_marker(line), line
        assert _may_be_hard_end(line, refbacks=signals.is_refbacks(line)), line
