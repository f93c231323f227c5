"""End-to-end throughput: N MB of synthetic wiki scrapes through ``decruft run``, ledger written.

Usage (from the repo root)::

    .venv/bin/python bench/throughput.py --mb 20 [--workers 2] [--shard-mb 4] [--json] [--warm]

Prints the corpus size; cleaning throughput in one process (MB/s per core, no Prefect, no I/O);
``decruft run`` as a user runs it (a new process on Prefect's embedded server: imports, server
start, discovery, the boilerplate count, shards on a process pool, Parquet, publication,
artifacts), with its MB/s, MB/s per core and the share of its wall time outside the cleaning
code; the shards' own throughput per core (cleaning plus writing, from the run record: what grows
with the corpus); and peak memory. ``--warm`` also times the run against an already running
Prefect server, as scheduled deployments run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

QUIET_PREFECT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}

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


def measure_flow(
    folder: Path, out: Path, workers: int, shard_mb: float, env: dict[str, str]
) -> dict[str, float]:
    """``decruft run`` in a new process, as a user runs it; figures from its wall time and run record."""
    command = [str(REPO / ".venv" / "bin" / "decruft"), "run", str(folder), "--out", str(out), "--full"]
    command += ["--workers", str(workers), "--shard-mb", str(shard_mb)]
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    record = json.loads((out / "current" / "run.json").read_text(encoding="utf-8"))
    megabytes = record["bytes"] / 1e6
    used_workers = min(workers, record["shards"]) or 1
    shard_seconds = record["clean_seconds"] + record["io_seconds"]
    return {
        "run_wall_seconds": wall,
        "run_mb_per_s": megabytes / wall,
        "run_mb_per_s_per_core": megabytes / wall / used_workers,
        "run_share_outside_cleaning": 1 - record["clean_seconds"] / (wall * used_workers),
        "shard_mb_per_s_per_core": megabytes / shard_seconds,
        "shards": record["shards"],
        "lines_dropped": record["line_actions"].get("dropped", 0),
    }


@contextlib.contextmanager
def running_server(home: Path) -> Iterator[str]:
    """A ``prefect server start`` on a free loopback port for the duration; yields its API URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = os.environ | QUIET_PREFECT | {"PREFECT_HOME": str(home)}
    prefect = str(REPO / ".venv" / "bin" / "prefect")
    server = subprocess.Popen(
        [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/health", timeout=2):
                break
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("prefect server did not start")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in megabytes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--shard-mb", type=float, default=4.0)
    parser.add_argument("--warm", action="store_true", help="also run against a running Prefect server")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="decruft-bench-") as scratch:
        root = Path(scratch)
        folder = root / "corpus"
        documents, size = write_corpus(folder, args.mb)
        results: dict[str, float] = {"documents": documents, "corpus_mb": size / 1e6, "workers": args.workers}
        results |= measure_cleaning(folder)
        env = os.environ | QUIET_PREFECT | {"PREFECT_HOME": str(root / "prefect-home")}
        env.pop("PREFECT_API_URL", None)
        # a first run sets up Prefect's database in the new PREFECT_HOME; the figures are of the second
        measure_flow(folder, root / "warm-up", args.workers, args.shard_mb, env)
        results |= measure_flow(folder, root / "out", args.workers, args.shard_mb, env)
        if args.warm:
            with running_server(root / "server-home") as url:
                served = measure_flow(
                    folder, root / "served", args.workers, args.shard_mb, env | {"PREFECT_API_URL": url}
                )
            results |= {f"served_{key}": value for key, value in served.items() if key.startswith("run_")}
        results["peak_rss_mb_largest_process"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for key, value in results.items():
        print(f"{key:36} {value:,.2f}" if isinstance(value, float) else f"{key:36} {value}")


if __name__ == "__main__":
    main()
