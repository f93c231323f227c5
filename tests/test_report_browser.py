"""The HTML report works in a real browser: headless Chromium loads it offline, runs its script without
errors, and shows the expected rows. Skipped when Chromium is not installed."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tasks.audit.report_html import build_report
from tasks.audit.runs import resolve_run
from tasks.audit.why import find_document
from tests.test_audit import CORPUS, publish_corpus, write_corpus

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install -y chromium chromium-driver)"
)


def load_in_chromium(page: Path, profile: Path, fragment: str = "") -> tuple[str, list[str]]:
    """The DOM after the page's scripts ran, and the browser console lines Chromium logged for it."""
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    return result.stdout, console


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("browser")
    source = write_corpus(root / "src", CORPUS)
    out = root / "out"
    publish_corpus(out, source, "run-1", [], datetime(2024, 5, 1, tzinfo=UTC))
    publish_corpus(
        out, source, "run-2", ["citation.marker"], datetime(2024, 5, 1, tzinfo=UTC) + timedelta(hours=1)
    )
    run = resolve_run(out, "run-1")
    page = root / "report.html"
    page.write_text(build_report(run), encoding="utf-8")
    return page, find_document(run, "tallinn.txt")["doc_id"]  # not the first, shown by default


def test_the_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """Guards the check below: a page that throws must show up in what we scan."""
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><body><script>notDefined();</script></body>", encoding="utf-8")
    _, console = load_in_chromium(broken, tmp_path / "profile")
    assert any("Uncaught" in line for line in console)


def test_report_loads_without_console_errors_and_shows_its_rows(
    report: tuple[Path, str], tmp_path: Path
) -> None:
    page, _ = report
    dom, console = load_in_chromium(page, tmp_path / "profile")
    assert console == []
    assert 'data-ready="yes"' in dom  # the script ran to its end
    assert "<td>citation.marker</td>" in dom and "<td>wiki_chrome.tagline</td>" in dom
    assert "tallinn.txt</a>" in dom and "scripted.txt</a>" in dom
    assert dom.count('class="doc shown"') == 1  # the first document is shown, the others wait for a click
    assert "<del>Tallinn is the capital of Estonia.[1] It lies on the Baltic Sea.[2]</del>" in dom
    assert "&lt;script&gt;alert" in dom and '<script>alert("x")' not in dom


def test_report_opens_the_document_named_in_the_address(report: tuple[Path, str], tmp_path: Path) -> None:
    page, doc_id = report
    dom, console = load_in_chromium(page, tmp_path / "profile", f"#doc-{doc_id}")
    assert console == []
    assert f'<section class="doc shown" id="doc-{doc_id}">' in dom
    assert dom.count('class="doc shown"') == 1
