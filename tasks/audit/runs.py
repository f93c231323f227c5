"""Find published runs and open their datasets: the read side of ``tasks.storage.publish``'s layout.

A run is named by its id, a unique prefix of it, ``current`` (what ``OUT/current`` points to) or
``previous`` (the published run before the current one), so a user never has to paste a full UUID.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from tasks.storage.publish import CURRENT, RUNS, list_runs

# The documents columns an audit view shows for a document (no text).
DOCUMENT_SUMMARY_COLUMNS = [
    "doc_id",
    "source_uri",
    "title",
    "status",
    "error",
    "n_lines",
    "n_kept",
    "n_modified",
    "n_dropped",
]


class AuditLookupError(LookupError):
    """What the user named (an output folder, a run, a document, a line) is not there; the message says what is."""


@dataclass(frozen=True)
class PublishedRun:
    """One published run: its id, its folder under ``OUT/runs`` and its ``run.json`` record."""

    run_id: str
    folder: Path
    record: dict[str, Any] = field(default_factory=dict, compare=False)

    def dataset(self, name: str) -> ds.Dataset:
        return ds.dataset(self.folder / name, format="parquet")

    def read(self, name: str, columns: list[str], where: ds.Expression | None = None) -> pa.Table:
        """Only the columns asked for, with the filter pushed down to the part files."""
        return self.dataset(name).to_table(columns=columns, filter=where)


def published_runs(out: Path) -> list[PublishedRun]:
    """The runs kept under ``OUT/runs``, oldest first (older ones were pruned, see ``--keep-runs``)."""
    if not (out / RUNS).is_dir():
        raise AuditLookupError(
            f"no decruft output in {out} (no {out / RUNS} folder); run `decruft run` or pass --out"
        )
    runs = []
    for record in list_runs(out):
        run_id = str(record.get("run_id") or "")
        if run_id and (out / RUNS / run_id).is_dir():
            runs.append(PublishedRun(run_id, out / RUNS / run_id, record))
    if not runs:
        raise AuditLookupError(f"no published runs in {out / RUNS}")
    return runs


def current_run_id(out: Path) -> str | None:
    """The run ``OUT/current`` points to, or None when the link is missing."""
    link = out / CURRENT
    return link.resolve().name if link.exists() else None


def resolve_run(out: Path, name: str = "current") -> PublishedRun:
    """The published run ``name`` refers to; an unknown or ambiguous name is an :class:`AuditLookupError`."""
    return pick_run(published_runs(out), name, current_run_id(out))


def pick_run(runs: list[PublishedRun], name: str, current_id: str | None) -> PublishedRun:
    """Pick a run by exact id, ``current``, ``previous`` or a unique id prefix.

    An exact id wins over a prefix, so a run named ``ab`` stays reachable next to ``abc``:

    >>> runs = [PublishedRun(i, Path(i)) for i in ("ab", "abc", "d41")]
    >>> pick_run(runs, "ab", "d41").run_id, pick_run(runs, "d", "d41").run_id
    ('ab', 'd41')
    >>> pick_run(runs, "previous", "d41").run_id
    'abc'
    >>> pick_run(runs, "a", "d41")
    Traceback (most recent call last):
    ...
    tasks.audit.runs.AuditLookupError: run 'a' is ambiguous: ab, abc
    """
    ids = [run.run_id for run in runs]
    current = current_id if current_id in ids else ids[-1]
    if name in ("current", "latest"):
        return runs[ids.index(current)]
    if name == "previous":
        index = ids.index(current)
        if index == 0:
            raise AuditLookupError(f"run {current} is the oldest published run; there is no previous one")
        return runs[index - 1]
    if name in ids:
        return runs[ids.index(name)]
    matches = [run for run in runs if run.run_id.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AuditLookupError(f"run {name!r} is ambiguous: {', '.join(r.run_id for r in matches)}")
    raise AuditLookupError(
        f"unknown run {name!r}; published runs: {', '.join(ids)} (older runs are pruned, see --keep-runs)"
    )


def runs_before(runs: list[PublishedRun], run: PublishedRun) -> list[PublishedRun]:
    """The published runs older than ``run``, newest first: the order a history walk wants.

    >>> runs = [PublishedRun(i, Path(i)) for i in ("r1", "r2", "r3")]
    >>> [r.run_id for r in runs_before(runs, runs[2])]
    ['r2', 'r1']
    """
    ids = [r.run_id for r in runs]
    return list(reversed(runs[: ids.index(run.run_id)])) if run.run_id in ids else []


def split_tag(tag: str) -> tuple[str, str]:
    """A ledger tag ``rule.id@version`` as (rule id, version); a tag without a version has version ''.

    >>> split_tag("citation.marker@2"), split_tag("legacy")
    (('citation.marker', '2'), ('legacy', ''))
    """
    rule_id, _, version = tag.rpartition("@")
    return (rule_id, version) if rule_id else (tag, "")
