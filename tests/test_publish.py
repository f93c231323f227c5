"""Publication is atomic: a run that dies before publishing leaves the previous result as it was."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tasks.storage.publish import (
    OutputNotWritableError,
    list_runs,
    prepare_output,
    publish_run,
    staging_dir,
    write_part,
)
from tasks.storage.schema import DOCUMENTS


def _stage(out: Path, run_id: str, title: str) -> None:
    row = {name: [None] for name in DOCUMENTS.names}
    row.update(doc_id=["d1"], title=[title], run_id=[run_id], status=["ok"])
    write_part(staging_dir(out, run_id), "documents", "00000", row)


def _titles(out: Path) -> list[str]:
    return ds.dataset(out / "documents").to_table().column("title").to_pylist()


def test_a_crash_before_publish_leaves_the_previous_result(tmp_path: Path) -> None:
    _stage(tmp_path, "run-a", "first")
    publish_run(tmp_path, "run-a", {"run_id": "run-a", "finished_at": "1"})
    _stage(tmp_path, "run-b", "second")  # run-b writes its parts, then "crashes" before publishing
    assert _titles(tmp_path) == ["first"]
    publish_run(tmp_path, "run-b", {"run_id": "run-b", "finished_at": "2"})
    assert _titles(tmp_path) == ["second"]
    assert ds.dataset(tmp_path / "lines").to_table().num_rows == 0  # every dataset exists, even when empty


def test_old_runs_are_pruned_but_never_the_current_one(tmp_path: Path) -> None:
    for number in range(4):
        _stage(tmp_path, f"run-{number}", str(number))
        publish_run(
            tmp_path, f"run-{number}", {"run_id": f"run-{number}", "finished_at": str(number)}, keep_runs=2
        )
    assert [r["run_id"] for r in list_runs(tmp_path)] == ["run-2", "run-3"]
    assert _titles(tmp_path) == ["3"]


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputNotWritableError, match="not writable"):
        prepare_output(blocker / "out")
