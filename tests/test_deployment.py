"""prefect.yaml registers against a real Prefect server with its schedule and parameters intact.

The server here is a separate ``prefect server start`` on a free loopback port with its own
PREFECT_HOME; it shares nothing with the session's test harness. No worker is started: running
the deployment is covered by the flow tests, this checks what ``prefect deploy`` sends.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

pytestmark = pytest.mark.flow

REPO = Path(__file__).resolve().parent.parent
SERVER_START_TIMEOUT = 120.0
CLI_TIMEOUT = 120.0

FLOW_NAME = "decruft-clean"
POOL_NAME = "decruft-pool"


@pytest.fixture(scope="module")
def prefect_file() -> dict[str, Any]:
    return yaml.safe_load((REPO / "prefect.yaml").read_text())


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """A ``prefect server start`` of its own; yields its API URL and the environment for CLI calls."""
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    # Nothing of the test session's Prefect configuration may leak into the server or the CLI.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    env |= {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    log_path = home / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_healthy(url, server, log_path)
            yield url, env | {"PREFECT_API_URL": url}
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)


def test_prefect_yaml_registers_schedule_and_parameters(
    prefect_api: tuple[str, dict[str, str]], prefect_file: dict[str, Any]
) -> None:
    url, env = prefect_api
    (deployment_spec,) = prefect_file["deployments"]
    assert deployment_spec["work_pool"]["name"] == POOL_NAME

    _prefect(env, "work-pool", "create", POOL_NAME, "--type", "process")
    deployed = _prefect(env, "--no-prompt", "deploy", "--all", check=False)
    assert _deploy_succeeded(deployed), _output(deployed)

    with httpx.Client(trust_env=False, timeout=30) as api:
        response = api.get(f"{url}/deployments/name/{FLOW_NAME}/{deployment_spec['name']}")
    assert response.status_code == 200, response.text
    deployment = response.json()

    assert deployment["entrypoint"] == deployment_spec["entrypoint"]
    assert deployment["work_pool_name"] == POOL_NAME
    assert deployment["parameters"] == deployment_spec["parameters"]
    registered = [
        {"cron": s["schedule"]["cron"], "timezone": s["schedule"]["timezone"], "active": s["active"]}
        for s in deployment["schedules"]
    ]
    assert registered == deployment_spec["schedules"]
    # The working directory is read from the worker's environment when a run starts, so the
    # placeholder must reach the server unresolved.
    assert deployment["pull_steps"] == prefect_file["pull"]
    assert deployment["global_concurrency_limit"]["limit"] == deployment_spec["concurrency_limit"]


def _deploy_succeeded(result: subprocess.CompletedProcess[str]) -> bool:
    """``prefect deploy`` registered the deployment and exited cleanly."""
    return result.returncode == 0 and "successfully created" in _output(result)


def _prefect(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "prefect", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
    )
    if check:
        assert result.returncode == 0, _output(result)
    return result


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return f"$ {' '.join(map(str, result.args))}\n{result.stdout}\n{result.stderr}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_healthy(url: str, server: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"prefect server exited with {server.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=2, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(
        f"prefect server at {url} not healthy after {SERVER_START_TIMEOUT:.0f} s:\n"
        f"{log_path.read_text()[-3000:]}"
    )
