"""Prefect tasks: thin wrappers that give the plain steps retries, names and a place in the UI.

Discovery and publication are I/O steps of their own; a shard task reads, cleans and writes its
own part files and returns only a small summary.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from tasks.cleaning.process import RunStamp
from tasks.cleaning.registry import select_rules
from tasks.line_counts import Boilerplate, count_shard_lines, frequent_lines
from tasks.report import run_markdown, run_table
from tasks.shard_work import run_shard
from tasks.sources import SourceRef, discover_sources
from tasks.storage.incremental import PreviousResult, carry_forward, load_previous
from tasks.storage.publish import list_runs, publish_run, staging_dir


@task(name="discover-sources", retries=2, retry_delay_seconds=5)
def discover(sources: list[str]) -> list[SourceRef]:
    """List the documents behind the run's sources."""
    return discover_sources(sources)


@task(name="read-published-index", retries=2, retry_delay_seconds=5)
def read_published(out: str) -> PreviousResult:
    """Index what the current result holds (ids, content hashes, rulesets), for an incremental run."""
    return load_previous(Path(out))


@task(name="count-shard-lines", retries=1, retry_delay_seconds=5)
def count_lines(shard: int, refs: list[SourceRef], out: str, stamp: RunStamp) -> int:
    """Map step of the boilerplate pass: write the shard's per-document line fingerprints."""
    staging = staging_dir(Path(out), stamp.run_id)
    return count_shard_lines(shard, refs, staging, stamp.boilerplate_scope, stamp.input_format)


@task(name="merge-line-counts")
def merge_line_counts(out: str, run_id: str, min_docs: int) -> Boilerplate:
    """Reduce step: the lines found in at least ``min_docs`` documents of a scope."""
    return frequent_lines(staging_dir(Path(out), run_id), min_docs)


@task(name="clean-shard", retries=1, retry_delay_seconds=5)
def clean_shard(
    shard: int,
    refs: list[SourceRef],
    out: str,
    stamp: RunStamp,
    fingerprints: dict[str, str | None],
    boilerplate: Boilerplate,
) -> dict[str, Any]:
    """Clean one shard of documents and write its part files; returns counts only."""
    staging = staging_dir(Path(out), stamp.run_id)
    rules = select_rules(stamp.disabled_rules)
    return run_shard(shard, refs, staging, rules, stamp, fingerprints, boilerplate).as_dict()


@task(name="publish-run")
def publish(
    out: str,
    record: dict[str, Any],
    keep_runs: int,
    previous: PreviousResult,
    replaced: set[str],
    missing: set[str],
) -> str:
    """Carry unchanged documents forward, then atomically make this run the current result."""
    run_id = record["run_id"]
    carry_forward(previous, staging_dir(Path(out), run_id), replaced, missing, run_id)
    return str(publish_run(Path(out), run_id, record, keep_runs))


@task(name="guard-drift")
def guard_drift(out: str, record: dict[str, Any], threshold: float, min_lines: int) -> list[dict[str, Any]]:
    """Compare each rule's drop rate with the previous runs'; a finding gets its own artifact."""
    from tasks.audit.drift import (
        check_drift,
        drift_markdown,
    )  # the audit tools are not needed in pool workers

    findings = check_drift(record, list_runs(Path(out)), threshold=threshold, min_lines=min_lines)
    if findings:
        create_markdown_artifact(
            key="decruft-drift", markdown=drift_markdown(findings), description="rules whose drop rate moved"
        )
    return [asdict(finding) for finding in findings]


@task(name="report-run")
def report(record: dict[str, Any], document_rows: list[dict[str, Any]]) -> None:
    """Attach the run's summary to the flow run as artifacts, visible in the Prefect UI."""
    create_markdown_artifact(
        key="decruft-run-summary", markdown=run_markdown(record), description="decruft run summary"
    )
    create_table_artifact(
        key="decruft-documents", table=run_table(document_rows), description="documents of this run"
    )
