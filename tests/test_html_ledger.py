"""HTML through the whole pipeline: the ledger rebuilds the page's visible text, and sections follow headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.cleaning.html import extract_blocks
from tasks.cleaning.process import RunStamp, process_document
from tasks.cleaning.reading import decode_bytes
from tasks.cleaning.registry import select_rules
from tasks.config import DEFAULT_EXCLUDED_KINDS

FIXTURES = Path(__file__).parent / "fixtures" / "html"
WIKI_PAGES = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wiki-html"
STAMP = RunStamp("test-run", "hash", None, DEFAULT_EXCLUDED_KINDS)


def _pages() -> list[Path]:
    pages = sorted(FIXTURES.glob("*.html"))
    return pages + (sorted(WIKI_PAGES.glob("*.html")) if WIKI_PAGES.is_dir() else [])


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_ledger_rebuilds_extracted_and_removed_text_in_document_order(page: Path) -> None:
    data = page.read_bytes()
    rows = process_document(page.as_uri(), data, select_rules(), STAMP)
    assert rows.document["format"] == "html"
    blocks = extract_blocks(decode_bytes(data).text)
    rebuilt = "".join(row["original"] + row["eol"] for row in rows.lines)
    assert rebuilt == "\n".join(block.text for block in blocks)
    assert [row["line_no"] for row in rows.lines] == list(range(1, len(rows.lines) + 1))
    for row, block in zip(rows.lines, (b for b in blocks for _ in b.text.split("\n")), strict=True):
        if block.dropped_by:
            assert row["action"] == "dropped" and row["rules"][0].startswith(block.dropped_by + "@")
            assert row["locator"] == block.locator


def test_mediawiki_fixture_sections_follow_the_headings() -> None:
    rows = process_document(
        "file:///wiki.html", (FIXTURES / "mediawiki_page.html").read_bytes(), select_rules(), STAMP
    )
    kinds = {section["kind"] for section in rows.sections}
    assert "references" in kinds and "[edit]" not in rows.document["text"]
