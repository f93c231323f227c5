"""Invariants of cleaning, on the seeds, the labelled pages and arbitrary text and bytes (hypothesis).

- the ledger rebuilds the input bytes exactly; every input line appears once, in order;
- cleaning the cleaned text changes nothing;
- no line is dropped or changed without a rule id.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.cleaning.evaluation import load_cases
from tasks.cleaning.lines import split_lines
from tasks.cleaning.process import RunStamp, process_document
from tasks.cleaning.reading import UndecodableError, decode_bytes
from tasks.cleaning.registry import select_rules
from tests.conftest import REPO, SEEDS
from tests.helpers import clean_text

STAMP = RunStamp("test-run", "hash", None, ())

# Lines drawn from the cruft families, so generated documents exercise the rules, not only plain text.
CRUFT_LINES = [
    "From Wikipedia, the free encyclopedia",
    "Jump to: navigation, search",
    "Vietnam War[edit]",
    "[edit] History",
    "Text with a marker.[1][2] And more [citation needed].",
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=X&oldid=1"',
    "Categories: A | B",
    "Navigation menu",
    "Main page",
    "Contents",
    "1 History",
    "2 See also",
    "  1. ^ a b Author (2000).",
    "Cite error: Invalid <ref> tag (see the help page).",
    "Vietnam’'s policy",
    "Caf\u00c3\u00a9",
    "There are currently no refbacks.",
    "ISSN 1234-5678",
    "3 of 12",
    "## Heading",
    "South Korea",
    "Map indicating locations of A and B",
    "",
    "   ",
    "A plain sentence of content that should survive cleaning.",
    "Short line",
    "vteForeign relations of X",
    # two of these make a file of several web-archive records, each cleaned as its own page
    "WARC/1.0",
    "WARC-Type: conversion",
    "Share this:",
    "Top",
]
line_text = st.one_of(
    st.sampled_from(CRUFT_LINES), st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
)
documents = st.lists(st.tuples(line_text, st.sampled_from(["\n", "\r\n", "\r", ""])), max_size=40).map(
    lambda parts: "".join(text.replace("\r", "").replace("\n", "") + eol for text, eol in parts)
)

seed_paths = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module", autouse=True)
def _prefect_background_workers_stopped() -> None:
    """Stop the event and log senders that earlier flow tests leave running in this process.

    Their websocket reconnects draw jitter from the global ``random`` module on their own thread; when
    that lands while hypothesis draws an example, hypothesis reports the strategies as using ``random``.
    Stopped services start again on the next flow run.
    """
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for service in (EventsWorker, APILogWorker):
        service.drain_all(timeout=10, at_exit=False)


def assert_ledger_invariants(text: str) -> None:
    cleaned = clean_text(text)
    lines = split_lines(text)
    assert [e.line_no for e in cleaned.entries] == list(range(1, len(lines) + 1))
    assert "".join(e.original + e.eol for e in cleaned.entries) == text
    for entry in cleaned.entries:
        if entry.action != "kept":
            assert entry.rules, f"line {entry.line_no} {entry.action} without a rule: {entry.original!r}"
        assert (entry.text is None) == (entry.action == "dropped")


def assert_idempotent(text: str) -> None:
    once = clean_text(text).cleaned_lines
    twice = clean_text("".join(line + "\n" for line in once)).cleaned_lines
    assert twice == once


@pytest.mark.parametrize("path", seed_paths, ids=lambda p: p.name)
def test_seed_ledger_rebuilds_the_bytes(path: Path) -> None:
    data = path.read_bytes()
    rows = process_document(path.as_uri(), data, select_rules(), STAMP)
    decoded = decode_bytes(data)
    rebuilt = "".join(row["original"] + row["eol"] for row in rows.lines)
    assert decoded.encode(rebuilt) == data
    assert_ledger_invariants(decoded.text)


@pytest.mark.parametrize("path", seed_paths, ids=lambda p: p.name)
def test_seed_cleaning_is_idempotent(path: Path) -> None:
    assert_idempotent(path.read_text(encoding="utf-8"))


# The labelled pages are written like real scrapes. A WET file is left out: once its record
# headers are gone, its records run together into one page, which is another document.
LABELLED = [case for case in load_cases(REPO / "eval" / "cases") if case.family != "wet_records"]


def test_labelled_pages_clean_idempotently() -> None:
    unsettled = []
    for case in LABELLED:
        once = clean_text(case.text + "\n").cleaned_lines
        if clean_text("".join(line + "\n" for line in once)).cleaned_lines != once:
            unsettled.append(case.name)
    assert not unsettled


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_ledger_invariants_on_generated_documents(text: str) -> None:
    assert_ledger_invariants(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_cleaning_is_idempotent_on_generated_documents(text: str) -> None:
    assert_idempotent(text)


# A WET file: several records, each a header block and a page of its own.
wet_files = st.lists(documents, min_size=2, max_size=4).map(
    lambda pages: "".join(f"WARC/1.0\nWARC-Type: conversion\nContent-Length: 1\n\n{page}\n" for page in pages)
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wet_files)
def test_invariants_hold_on_files_of_several_records(text: str) -> None:
    """Records are cleaned one by one, but the ledger is still one, whole and in order."""
    assert_ledger_invariants(text)
    cleaned = clean_text(text)
    headers = [e for e in cleaned.entries if e.original in ("WARC/1.0", "WARC-Type: conversion")]
    assert headers and all(e.action == "dropped" for e in headers)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_rebuilt_or_refused(data: bytes) -> None:
    rows = process_document("file:///x", data, select_rules(), STAMP)
    if rows.document["status"] == "failed":
        with pytest.raises(UndecodableError):
            decode_bytes(data)
        return
    decoded = decode_bytes(data)
    assert decoded.encode("".join(r["original"] + r["eol"] for r in rows.lines)) == data
