"""The work of one shard, as plain Python: read each document, clean it, write the shard's part files.

Per-document failures are caught here and recorded as rows, so a shard only fails when its own
I/O does (and then Prefect's retries apply to the whole shard).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tasks.cleaning.process import DocumentRows, RunStamp, failed_document, process_document
from tasks.cleaning.registry import Rule
from tasks.sources import SourceRef, read_source
from tasks.storage.publish import write_part
from tasks.storage.schema import DATASETS

# How many per-document rows a shard reports back for the run's artifact table.
REPORTED_DOCUMENTS = 200


@dataclass
class ShardSummary:
    """What a shard task returns: counts and a few rows, never document text."""

    shard: int
    documents: int = 0
    bytes: int = 0
    status: dict[str, int] = field(default_factory=dict)
    actions: dict[str, int] = field(default_factory=dict)
    drops_by_rule: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    document_rows: list[dict[str, Any]] = field(default_factory=list)
    clean_seconds: float = 0.0
    io_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_shard(
    shard: int, sources: list[SourceRef], staging: Path, rules: tuple[Rule, ...], stamp: RunStamp
) -> ShardSummary:
    """Clean ``sources`` and write ``part-<shard>`` of each dataset into ``staging``."""
    summary = ShardSummary(shard)
    columns: dict[str, dict[str, list[Any]]] = {
        name: {c: [] for c in schema.names} for name, schema in DATASETS.items()
    }
    status: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    drops: Counter[str] = Counter()
    for ref in sources:
        rows = _clean_source(ref, rules, stamp, summary)
        _append(columns["documents"], [rows.document])
        _append(columns["sections"], rows.sections)
        _append(columns["lines"], rows.lines)
        summary.documents += 1
        status[rows.document["status"]] += 1
        actions.update(row["action"] for row in rows.lines)
        drops.update(rows.drops_by_rule)
        if rows.document["status"] == "failed":
            summary.failures.append({"source_uri": ref.uri, "error": str(rows.document["error"])})
        if len(summary.document_rows) < REPORTED_DOCUMENTS:
            summary.document_rows.append(
                {
                    k: rows.document[k]
                    for k in (
                        "doc_id",
                        "source_uri",
                        "status",
                        "n_lines",
                        "n_kept",
                        "n_modified",
                        "n_dropped",
                        "n_sections",
                        "error",
                    )
                }
            )
    started = time.perf_counter()
    for name, data_columns in columns.items():
        write_part(staging, name, f"{shard:05d}", data_columns)
    summary.io_seconds += time.perf_counter() - started
    summary.status, summary.actions, summary.drops_by_rule = dict(status), dict(actions), dict(drops)
    return summary


def _clean_source(
    ref: SourceRef, rules: tuple[Rule, ...], stamp: RunStamp, summary: ShardSummary
) -> DocumentRows:
    started = time.perf_counter()
    try:
        data = read_source(ref.uri)
    except OSError as error:
        return failed_document(ref.uri, f"unreadable: {error}", stamp)
    finally:
        summary.io_seconds += time.perf_counter() - started
    started = time.perf_counter()
    rows = process_document(ref.uri, data, rules, stamp)
    summary.clean_seconds += time.perf_counter() - started
    summary.bytes += len(data)
    return rows


def _append(columns: dict[str, list[Any]], rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for name, values in columns.items():
            values.append(row[name])


def now_utc() -> datetime:
    return datetime.now(UTC)
