"""Command-line errors are one clear line and exit code 2; they need no Prefect."""

from __future__ import annotations

from pathlib import Path

import pytest

from decruft.cli import main
from tests.conftest import SEEDS


def test_nonexistent_source_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("decruft: error: source not found") and "\n" not in err


def test_unwritable_output_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["run", str(SEEDS), "--out", str(blocker / "out")]) == 2
    assert "not writable" in capsys.readouterr().err


def test_unknown_rule_lists_the_valid_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "--disable", "no.such"]) == 2
    assert "citation.marker" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["run"], ["rules"]])
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: decruft" in capsys.readouterr().out


def test_rules_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "wiki_chrome.tagline" in capsys.readouterr().out
