"""The cleaning flow: discover documents, cut them into shards, clean the shards in parallel, publish.

This module only orchestrates. What a shard does is in ``tasks.shard_work``; how output is
published is in ``tasks.storage.publish``.
"""

import os
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger
from prefect.client.orchestration import get_client
from prefect.futures import wait
from prefect.runtime import flow_run
from prefect.states import Completed, State
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from tasks.cleaning.boilerplate import scope_of
from tasks.cleaning.process import PIPELINE_VERSION, RunStamp, doc_id_for
from tasks.cleaning.registry import ruleset_hash, select_rules
from tasks.config import PipelineConfig
from tasks.line_counts import Boilerplate
from tasks.sharding import plan_shards
from tasks.sources import SourceRef
from tasks.steps import (
    clean_shard,
    count_lines,
    discover,
    guard_drift,
    merge_line_counts,
    publish,
    read_published,
    report,
)


@contextmanager
def _api_shared_with_worker_processes(needed: bool) -> Iterator[None]:
    """Point pool worker processes at this flow's Prefect API while they run.

    Without a configured server, Prefect starts a temporary one per process: every pool worker
    would start its own (about 20 s each, measured) and record its task runs there. Workers
    inherit the environment, so the API address this process uses is put there.
    """
    if not needed or os.environ.get("PREFECT_API_URL"):
        yield
        return
    with get_client(sync_client=True) as client:
        os.environ["PREFECT_API_URL"] = str(client.api_url)
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


class RunFailedError(RuntimeError):
    """A shard failed after its retries; nothing was published, the previous result stands."""


def build_task_runner(config: PipelineConfig, n_shards: int) -> TaskRunner[Any]:
    """Dask when given a cluster address, a process pool for several shards, else the flow's own process."""
    if config.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=config.dask_address)
    if config.workers > 1 and n_shards > 1:
        return ProcessPoolTaskRunner(max_workers=min(config.workers, n_shards))
    return ThreadPoolTaskRunner(max_workers=1)


@flow(name="decruft-clean-shards")
def clean_shards(
    shards: list[list[SourceRef]],
    out: str,
    stamp: RunStamp,
    fingerprints: list[dict[str, str | None]],
    boilerplate_min_docs: int,
) -> list[dict[str, Any]]:
    """Count recurring lines (map, then one merge), then clean: one task per shard for each pass.

    A failed shard is reported, not hidden: the run fails and nothing is published.
    """
    boilerplate: Boilerplate = {}
    if boilerplate_min_docs > 0 and stamp.boilerplate_scope != "off":
        _results([count_lines.submit(number, refs, out, stamp) for number, refs in enumerate(shards)])
        boilerplate = merge_line_counts(out, stamp.run_id, boilerplate_min_docs)
    futures = [
        clean_shard.submit(
            number, refs, out, stamp, fingerprints[number], _scopes_of(refs, stamp, boilerplate)
        )
        for number, refs in enumerate(shards)
    ]
    return _results(futures)


def _results(futures: list[Any]) -> list[Any]:
    wait(futures)
    failed = [f"shard {n}: {f.state.message}" for n, f in enumerate(futures) if not f.state.is_completed()]
    if failed:
        raise RunFailedError("; ".join(failed))
    return [f.result() for f in futures]


def _scopes_of(refs: list[SourceRef], stamp: RunStamp, boilerplate: Boilerplate) -> Boilerplate:
    """Only the recurring lines of the scopes a shard's documents belong to."""
    scopes = {scope_of(ref.uri, ref.root, stamp.boilerplate_scope) for ref in refs}
    return {scope: boilerplate[scope] for scope in scopes if scope in boilerplate}


@flow(name="decruft-clean")
def clean_flow(
    sources: list[str],
    out: str = "output",
    workers: int | None = None,
    shard_mb: float = 16.0,
    disabled_rules: list[str] | None = None,
    dask_address: str | None = None,
    keep_runs: int = 5,
    full: bool = False,
    input_format: str = "auto",
    drift_threshold: float = 0.5,
    drift_min_lines: int = 20,
    boilerplate_scope: str = "host",
    boilerplate_min_docs: int = 5,
) -> dict[str, Any] | State:
    """Clean every document under ``sources`` into the three Parquet datasets under ``out``.

    Incremental unless ``full``: documents whose bytes and ruleset match the published result are
    carried forward, not cleaned again; documents whose source vanished are kept, marked ``missing``.
    A rule whose drop rate moved past ``drift_threshold`` (relative, and by at least
    ``drift_min_lines`` lines) ends the run in a ``Completed`` state named ``Drifted``. A line found
    in ``boilerplate_min_docs`` or more documents of a scope (``host``, ``global`` or ``off``) is
    dropped as ``boilerplate.repeated_line``.
    """
    started = time.perf_counter()
    defaults = PipelineConfig()
    config = PipelineConfig(
        disabled_rules=tuple(disabled_rules or ()),
        shard_bytes=int(shard_mb * 1024 * 1024),
        workers=workers or defaults.workers,
        dask_address=dask_address,
        boilerplate_scope=boilerplate_scope,
        boilerplate_min_docs=boilerplate_min_docs,
    )
    rules = select_rules(config.disabled_rules)
    run_id = str(flow_run.id)
    stamp = RunStamp(
        run_id,
        # the engine can change output too (zones, pages of a file), so its version is hashed with the rules
        ruleset_hash(rules, f"pipeline={PIPELINE_VERSION};{config.settings_fingerprint()}"),
        datetime.now(UTC),
        config.text_excluded_kinds,
        input_format,
        config.disabled_rules,
        config.boilerplate_scope,
    )

    previous = read_published(out)
    refs = discover(sources)
    shards = plan_shards(refs, config.shard_bytes, config.workers)
    fingerprints = [
        {} if full else previous.fingerprints([doc_id_for(ref.uri) for ref in shard], stamp.ruleset_hash)
        for shard in shards
    ]
    runner = build_task_runner(config, len(shards))
    with _api_shared_with_worker_processes(isinstance(runner, ProcessPoolTaskRunner)):
        summaries = (
            clean_shards.with_options(task_runner=runner)(
                shards, out, stamp, fingerprints, config.boilerplate_min_docs
            )
            if shards
            else []
        )

    replaced = {doc_id for summary in summaries for doc_id in summary["processed_ids"]}
    missing = set(previous.documents) - {doc_id_for(ref.uri) for ref in refs}
    record = _run_record(run_id, stamp, config, sources, out, summaries, time.perf_counter() - started)
    record["changes"]["missing"] = len(missing)
    record["parameters"] |= {"full": full, "input_format": input_format, "keep_runs": keep_runs}
    record["drift"] = guard_drift(out, record, drift_threshold, drift_min_lines)
    publish(out, record, keep_runs, previous, replaced, missing)
    report(record, [row for s in summaries for row in s["document_rows"]])
    get_run_logger().info(
        "decruft: %d documents (%d failed), %s",
        record["documents"],
        record["status_counts"].get("failed", 0),
        out,
    )
    if record["drift"]:
        drifted = ", ".join(finding["tag"] for finding in record["drift"])
        get_run_logger().warning("decruft: drop-rate drift in %s", drifted)
        return Completed(name="Drifted", message=f"drop-rate drift in {drifted}", data=record)
    return record


def _run_record(
    run_id: str,
    stamp: RunStamp,
    config: PipelineConfig,
    sources: list[str],
    out: str,
    summaries: list[dict[str, Any]],
    wall_seconds: float,
) -> dict[str, Any]:
    status: Counter[str] = Counter()
    actions: Counter[str] = Counter()
    drops: Counter[str] = Counter()
    changes: Counter[str] = Counter({"new": 0, "changed": 0, "unchanged": 0})
    examples: dict[str, list[str]] = {}
    for summary in summaries:
        status.update(summary["status"])
        actions.update(summary["actions"])
        drops.update(summary["drops_by_rule"])
        changes.update(summary["changes"])
        for rule_tag, lines in summary["drop_examples"].items():
            examples.setdefault(rule_tag, []).extend(lines[: 3 - len(examples.get(rule_tag, []))])
    return {
        "run_id": run_id,
        "started_at": stamp.processed_at.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "pipeline_version": PIPELINE_VERSION,
        "ruleset_hash": stamp.ruleset_hash,
        "parameters": {
            "sources": sources,
            "out": out,
            "workers": config.workers,
            "shard_bytes": config.shard_bytes,
            "disabled_rules": list(config.disabled_rules),
            "dask_address": config.dask_address,
        },
        "shards": len(summaries),
        "documents": sum(s["documents"] for s in summaries),
        "bytes": sum(s["bytes"] for s in summaries),
        "status_counts": dict(status),
        "line_actions": dict(actions),
        "drops_by_rule": dict(drops),
        "drop_examples": examples,
        "changes": dict(changes),
        "failures": [f for s in summaries for f in s["failures"]],
        "clean_seconds": sum(s["clean_seconds"] for s in summaries),
        "io_seconds": sum(s["io_seconds"] for s in summaries),
        "wall_seconds": wall_seconds,
    }


def run_clean(**parameters: Any) -> dict[str, Any]:
    """Run :func:`clean_flow` and return its run record, whether it completed plainly or as ``Drifted``."""
    state = clean_flow(**parameters, return_state=True)
    return state.result()  # type: ignore[no-any-return,return-value]
