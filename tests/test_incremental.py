"""Incremental runs: only new and changed documents are cleaned; vanished ones are kept and marked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import SEEDS

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_server")]


def _documents(out: Path) -> dict[str, dict]:
    return {
        row["source_uri"].rsplit("/", 1)[-1]: row
        for row in ds.dataset(out / "documents").to_table().to_pylist()
    }


def test_second_run_cleans_only_what_changed(tmp_path: Path) -> None:
    from flows.clean import clean_flow

    landing, out = tmp_path / "landing", tmp_path / "out"
    landing.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, landing / seed.name)
    (landing / "note.txt").write_text("A note\n\nIt has one paragraph of text that is long enough.\n")

    first = clean_flow(sources=[str(landing)], out=str(out), workers=1)
    assert first["changes"] == {"new": 3, "changed": 0, "unchanged": 0, "missing": 0}
    lines_before = ds.dataset(out / "lines").to_table().num_rows

    (landing / "note.txt").write_text("A note\n\nIt was edited since the first run, and is long enough.\n")
    (landing / "journal_road_to_normalization.txt").unlink()
    (landing / "fresh.txt").write_text(
        "Fresh\n\nA new file dropped by the scraper, with enough words in it.\n"
    )
    second = clean_flow(sources=[str(landing)], out=str(out), workers=1)

    assert second["changes"] == {"new": 1, "changed": 1, "unchanged": 1, "missing": 1}
    assert second["documents"] == 2  # only the new and the changed one were cleaned
    documents = _documents(out)
    assert set(documents) == {
        "wikipedia_south_korea_vietnam_relations.txt",
        "note.txt",
        "fresh.txt",
        "journal_road_to_normalization.txt",
    }
    assert documents["journal_road_to_normalization.txt"]["status"] == "missing"
    assert documents["wikipedia_south_korea_vietnam_relations.txt"]["run_id"] == first["run_id"]
    assert documents["note.txt"]["run_id"] == second["run_id"]

    lines = ds.dataset(out / "lines").to_table(columns=["doc_id", "line_no"]).to_pylist()
    keys = [(row["doc_id"], row["line_no"]) for row in lines]
    assert len(keys) == len(set(keys)), "a document's lines appear in two runs' rows"
    assert len(keys) == lines_before + 3  # note is 3 lines before and after; fresh adds 3; journal is kept
    assert len(ds.dataset(out / "documents").to_table()) == 4

    third = clean_flow(sources=[str(landing)], out=str(out), workers=1, full=True)
    assert third["changes"]["new"] + third["changes"]["changed"] == 3 and third["changes"]["missing"] == 1
