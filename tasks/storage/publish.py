"""Write part files into a run's staging folder, then publish the run with one atomic rename.

Layout under OUT::

    runs/<run_id>/{documents,sections,lines}/part-*.parquet   one complete snapshot per run
    runs/<run_id>/run.json                                     the run record
    current -> runs/<run_id>                                   swapped atomically at publish
    documents -> current/documents (and sections, lines)       stable paths readers open

A run writes into ``runs/.staging-<run_id>`` and only a finished run is renamed into place and
pointed to by ``current``; a crash leaves the previous result readable and untouched.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tasks.storage.schema import DATASETS

RUNS = "runs"
CURRENT = "current"


class OutputNotWritableError(OSError):
    """The output folder cannot be created or written."""


def staging_dir(out: Path, run_id: str) -> Path:
    return out / RUNS / f".staging-{run_id}"


def prepare_output(out: Path) -> None:
    """Create OUT and check it is writable, with a message that says which path failed."""
    try:
        (out / RUNS).mkdir(parents=True, exist_ok=True)
        probe = out / RUNS / ".write-probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise OutputNotWritableError(
            f"output folder {out} is not writable: {error.strerror or error}"
        ) from error


def write_part(staging: Path, dataset: str, part: str, rows: dict[str, list[Any]]) -> None:
    """Write one part file of ``dataset`` from column lists (zstd: text compresses well)."""
    table = pa.Table.from_pydict(rows, schema=DATASETS[dataset])
    folder = staging / dataset
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, folder / f"part-{part}.parquet", compression="zstd")


def ensure_every_dataset(staging: Path) -> None:
    """An empty run still publishes readable (empty) datasets."""
    for name, schema in DATASETS.items():
        folder = staging / name
        if not folder.exists() or not any(folder.glob("*.parquet")):
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(schema.empty_table(), folder / "part-empty.parquet")


def publish_run(out: Path, run_id: str, record: dict[str, Any], keep_runs: int = 5) -> Path:
    """Make the staged run the current result atomically, then prune old runs beyond ``keep_runs``."""
    staging = staging_dir(out, run_id)
    ensure_every_dataset(staging)
    (staging / "run.json").write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
    final = out / RUNS / run_id
    os.replace(staging, final)
    _swap_symlink(out / CURRENT, Path(RUNS) / run_id)
    for name in DATASETS:
        link = out / name
        if not link.is_symlink():
            if link.exists():
                raise OutputNotWritableError(f"{link} exists and is not decruft's link; move it away")
            link.symlink_to(Path(CURRENT) / name, target_is_directory=True)
    prune_runs(out, keep_runs)
    return final


def _swap_symlink(link: Path, target: Path) -> None:
    temporary = link.with_name(f".{link.name}.new")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(target, target_is_directory=True)
    os.replace(temporary, link)


def list_runs(out: Path) -> list[dict[str, Any]]:
    """The published runs' records, oldest first."""
    records = []
    for record_path in (out / RUNS).glob("*/run.json"):
        records.append(json.loads(record_path.read_text(encoding="utf-8")))
    return sorted(records, key=lambda r: r.get("finished_at", ""))


def prune_runs(out: Path, keep_runs: int) -> None:
    """Delete published runs beyond the newest ``keep_runs`` (never the current one) and stale staging."""
    current = (out / CURRENT).resolve()
    runs = list_runs(out)
    for record in runs[: max(len(runs) - keep_runs, 0)]:
        folder = out / RUNS / str(record["run_id"])
        if folder.resolve() != current:
            shutil.rmtree(folder, ignore_errors=True)
