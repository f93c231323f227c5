"""Incremental runs: what the published result already holds, and carrying unchanged documents forward.

A run cleans only documents that are new or whose content or ruleset changed. Every published run
is still a complete snapshot, so readers see exactly one current row per document: the new run's
folder gets the freshly cleaned part files plus the previous run's rows for everything else. A
previous part file that holds no replaced or vanished document is hard-linked, not copied, so a
run that adds a few files to a large landing area costs little more than those files.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from tasks.storage.publish import CURRENT
from tasks.storage.schema import DATASETS


@dataclass(frozen=True)
class PreviousDocument:
    """What the current result says about one document."""

    source_uri: str
    source_sha256: str | None
    ruleset_hash: str
    status: str


@dataclass
class PreviousResult:
    """The currently published run, indexed by ``doc_id``; empty when nothing was published yet."""

    run_dir: Path | None = None
    documents: dict[str, PreviousDocument] = field(default_factory=dict)

    def is_unchanged(self, doc_id: str, sha256: str, ruleset: str) -> bool:
        """Whether the published row came from the same bytes under the same ruleset."""
        previous = self.documents.get(doc_id)
        return (
            previous is not None
            and previous.status != "missing"
            and previous.source_sha256 == sha256
            and previous.ruleset_hash == ruleset
        )

    def fingerprints(self, doc_ids: Collection[str], ruleset: str) -> dict[str, str | None]:
        """For the known ones of ``doc_ids``: the content hash a re-read must match to skip cleaning
        (``None`` when the document must be cleaned again whatever its bytes)."""
        found: dict[str, str | None] = {}
        for doc_id in doc_ids:
            previous = self.documents.get(doc_id)
            if previous is not None:
                reusable = previous.status != "missing" and previous.ruleset_hash == ruleset
                found[doc_id] = previous.source_sha256 if reusable else None
        return found


def load_previous(out: Path) -> PreviousResult:
    """Index the published ``documents`` of ``out`` (no text is read)."""
    current = out / CURRENT
    if not (current / "documents").is_dir():
        return PreviousResult()
    columns = ["doc_id", "source_uri", "source_sha256", "ruleset_hash", "status"]
    import pyarrow.dataset as ds  # imported here: it loads pandas when installed, slowing every pool worker's start

    table = ds.dataset(current / "documents").to_table(columns=columns)
    documents = {
        row["doc_id"]: PreviousDocument(
            row["source_uri"], row["source_sha256"], row["ruleset_hash"], row["status"]
        )
        for row in table.to_pylist()
    }
    return PreviousResult(current.resolve(), documents)


def carry_forward(
    previous: PreviousResult, staging: Path, replaced: Collection[str], missing: Collection[str], run_id: str
) -> None:
    """Bring the previous run's rows of documents not reprocessed into ``staging``.

    ``replaced`` documents were cleaned again and are left out; ``missing`` documents (their source
    vanished) are kept and marked ``status = "missing"`` so that nothing disappears silently.
    """
    if previous.run_dir is None:
        return
    replaced_ids = pa.array(sorted(set(replaced)), pa.string())
    missing_ids = pa.array(sorted(set(missing)), pa.string())
    for name in DATASETS:
        source_folder = previous.run_dir / name
        target_folder = staging / name
        target_folder.mkdir(parents=True, exist_ok=True)
        for part in sorted(source_folder.glob("*.parquet")):
            target = target_folder / f"carried-{part.name}"
            doc_ids = pq.read_table(part, columns=["doc_id"]).column("doc_id")
            touches_replaced = pc.any(pc.is_in(doc_ids, value_set=replaced_ids)).as_py()
            touches_missing = name == "documents" and pc.any(pc.is_in(doc_ids, value_set=missing_ids)).as_py()
            if not touches_replaced and not touches_missing:
                os.link(part, target)
                continue
            table = pq.read_table(part)
            table = table.filter(pc.invert(pc.is_in(table.column("doc_id"), value_set=replaced_ids)))
            if touches_missing:
                table = _mark_missing(table, missing_ids, run_id)
            if table.num_rows:
                pq.write_table(table, target, compression="zstd")


def _mark_missing(table: pa.Table, missing_ids: pa.Array, run_id: str) -> pa.Table:
    is_missing = pc.is_in(table.column("doc_id"), value_set=missing_ids)
    status = pc.if_else(is_missing, pa.scalar("missing"), table.column("status"))
    error = pc.if_else(is_missing, pa.scalar(f"source not found in run {run_id}"), table.column("error"))
    table = table.set_column(table.schema.get_field_index("status"), "status", status)
    return table.set_column(table.schema.get_field_index("error"), "error", error)
