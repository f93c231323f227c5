"""Cross-document boilerplate: counting across shards, and the rule that drops recurring lines."""

from __future__ import annotations

from pathlib import Path

from tasks.cleaning.boilerplate import line_fingerprint
from tasks.cleaning.document import clean_lines
from tasks.cleaning.lines import split_lines
from tasks.cleaning.registry import select_rules
from tasks.line_counts import count_shard_lines, frequent_lines
from tasks.sources import discover_sources

FOOTER = "© 2021 Springfield Gazette. All rights reserved."


def _page(number: int) -> str:
    return (
        f"Story {number}\n\nThe council met on day {number} and voted on the new bridge after a long debate.\n\n"
        f"References\n\n{FOOTER}\n"
    )


def test_lines_are_counted_once_per_document_across_shards(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for number in range(6):
        (site / f"{number}.txt").write_text(_page(number) + FOOTER + "\n")  # twice in one page: counts once
    refs = discover_sources([str(site)])
    count_shard_lines(0, refs[:3], tmp_path / "staging", "host", "auto")
    count_shard_lines(1, refs[3:], tmp_path / "staging", "host", "auto")
    frequent = frequent_lines(tmp_path / "staging", min_docs=5)
    assert frequent == {str(site): {line_fingerprint(FOOTER): 6, line_fingerprint("References"): 6}}


def test_recurring_line_is_dropped_with_its_count_but_headings_stay() -> None:
    counts = {line_fingerprint(FOOTER): 6, line_fingerprint("References"): 6}
    cleaned = clean_lines(split_lines(_page(1)), select_rules(), boilerplate=counts)
    footer = next(e for e in cleaned.entries if e.original == FOOTER)
    assert footer.action == "dropped" and footer.rules == ["boilerplate.repeated_line@1"]
    assert "repeated_line" in footer.reason and "6 documents" in footer.reason
    heading = next(e for e in cleaned.entries if e.original == "References")
    assert heading.action != "dropped"


def test_a_page_made_only_of_recurring_lines_is_not_emptied() -> None:
    text = f"{FOOTER}\nSubscribe to our weekly newsletter today\n"
    counts = {line_fingerprint(FOOTER): 9, line_fingerprint("Subscribe to our weekly newsletter today"): 9}
    cleaned = clean_lines(split_lines(text), select_rules(), boilerplate=counts)
    assert [e.action for e in cleaned.entries] == ["kept", "kept"]
