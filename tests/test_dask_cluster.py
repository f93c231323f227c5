"""The same flow on a real Dask cluster: a scheduler and two workers started on 127.0.0.1 by the test.

The workers are separate processes that import decruft from this environment, as a real cluster's
workers would from the same installed version; output must match a run on the local process pool.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from tests.conftest import SEEDS

pytestmark = [pytest.mark.cluster, pytest.mark.usefixtures("prefect_server")]

COMPARED = {
    "documents": [
        "doc_id",
        "source_uri",
        "title",
        "text",
        "status",
        "encoding",
        "n_lines",
        "n_dropped",
        "ruleset_hash",
    ],
    "sections": ["doc_id", "section_index", "heading", "kind", "text", "line_start", "line_end"],
    "lines": ["doc_id", "line_no", "original", "eol", "action", "rules", "text", "section_index"],
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """A scheduler and two single-threaded workers, each its own process, on loopback only."""
    from prefect.settings import PREFECT_API_URL

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    bin_dir = Path(sys.executable).parent
    processes = [
        subprocess.Popen(
            [
                str(bin_dir / "dask"),
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-dashboard",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    for number in range(2):
        processes.append(
            subprocess.Popen(
                [
                    str(bin_dir / "dask"),
                    "worker",
                    address,
                    "--host",
                    "127.0.0.1",
                    "--nthreads",
                    "1",
                    "--no-dashboard",
                    "--name",
                    f"worker-{number}",
                    "--local-directory",
                    str(tmp_path / f"worker-{number}"),
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    try:
        _wait_for_workers(address, 2)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_for_workers(address: str, count: int, timeout: float = 90) -> None:
    from distributed import Client

    deadline = time.monotonic() + timeout
    while True:
        try:
            with Client(address, timeout=5) as client:
                client.wait_for_workers(count, timeout=max(deadline - time.monotonic(), 1))
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def _table(out: Path, name: str) -> list[tuple]:
    rows = ds.dataset(out / name).to_table(columns=COMPARED[name]).to_pylist()
    return sorted(tuple(str(row[c]) for c in COMPARED[name]) for row in rows)


def test_flow_on_a_dask_cluster_matches_a_local_run(dask_cluster: str, tmp_path: Path) -> None:
    from flows.clean import clean_flow

    cluster = clean_flow(
        sources=[str(SEEDS)], out=str(tmp_path / "cluster"), dask_address=dask_cluster, shard_mb=0.01
    )
    local = clean_flow(sources=[str(SEEDS)], out=str(tmp_path / "local"), workers=1)
    assert cluster["shards"] == 2 and cluster["documents"] == local["documents"] == 2
    for name in COMPARED:
        assert _table(tmp_path / "cluster", name) == _table(tmp_path / "local", name), name
