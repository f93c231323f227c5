"""Test settings: a private Prefect home, quiet logs, and one Prefect test server for the whole session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before Prefect is imported anywhere. A home made here is removed when the session ends,
# so repeated test runs do not pile up directories in the system's temp folder.
if "PREFECT_HOME" not in os.environ:
    os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="decruft-prefect-")
    atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """A Prefect API for flow tests, started once (about 15 s) and shared by every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=None):
        yield
