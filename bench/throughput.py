"""End-to-end throughput: N MB of synthetic wiki scrapes through the real Prefect flow, ledger written.

Usage (from the repo root)::

    .venv/bin/python bench/throughput.py --mb 20 [--workers 2] [--shard-mb 4] [--json]

Prints the corpus size, cleaning throughput in one process (MB/s per core, no Prefect, no I/O),
end-to-end MB/s of the flow (discovery, shards, Parquet writing, publication, artifacts), the
share of the flow's wall time spent outside the cleaning code, and peak memory (RSS of this
process and of the pool's worker processes).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_name, _value)

from bench.synthetic import write_corpus
from tasks.cleaning.process import RunStamp, process_document
from tasks.cleaning.registry import ruleset_hash, select_rules
from tasks.config import DEFAULT_EXCLUDED_KINDS


def measure_cleaning(folder: Path) -> dict[str, float]:
    """Cleaning alone, one process: bytes already in memory, no output written."""
    rules = select_rules()
    stamp = RunStamp("bench", ruleset_hash(rules), None, DEFAULT_EXCLUDED_KINDS)
    documents = [path.read_bytes() for path in sorted(folder.iterdir())]
    started = time.perf_counter()
    for number, data in enumerate(documents):
        process_document(f"file:///bench/{number}", data, rules, stamp)
    seconds = time.perf_counter() - started
    megabytes = sum(map(len, documents)) / 1e6
    return {"clean_mb_per_s_one_core": megabytes / seconds, "clean_seconds": seconds}


def measure_flow(folder: Path, out: Path, workers: int, shard_mb: float) -> dict[str, float]:
    """The real flow, as ``decruft run`` runs it, on Prefect's local default."""
    from flows.clean import run_clean

    started = time.perf_counter()
    record = run_clean(sources=[str(folder)], out=str(out), workers=workers, shard_mb=shard_mb)
    wall = time.perf_counter() - started
    megabytes = record["bytes"] / 1e6
    used_workers = min(workers, record["shards"]) or 1
    return {
        "flow_wall_seconds": wall,
        "flow_mb_per_s": megabytes / wall,
        "flow_mb_per_s_per_core": megabytes / wall / used_workers,
        "flow_share_outside_cleaning": 1 - record["clean_seconds"] / (record["wall_seconds"] * used_workers),
        "shards": record["shards"],
        "lines_dropped": record["line_actions"].get("dropped", 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in megabytes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--shard-mb", type=float, default=4.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="decruft-bench-") as scratch:
        folder = Path(scratch) / "corpus"
        documents, size = write_corpus(folder, args.mb)
        results: dict[str, float] = {"documents": documents, "corpus_mb": size / 1e6, "workers": args.workers}
        results |= measure_cleaning(folder)
        results |= measure_flow(folder, Path(scratch) / "out", args.workers, args.shard_mb)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        results["peak_rss_mb_flow_process"] = own
        results["peak_rss_mb_largest_worker"] = children
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for key, value in results.items():
        print(f"{key:32} {value:,.2f}" if isinstance(value, float) else f"{key:32} {value}")


if __name__ == "__main__":
    main()
