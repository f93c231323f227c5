"""The audit commands answer from real published runs: why a line went, what each rule did, what changed."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from decruft.audit_cli import add_audit_commands
from decruft.cli import UsageError
from tasks.audit.diff import diff_runs
from tasks.audit.drift import check_drift, drift_markdown
from tasks.audit.report_html import build_report
from tasks.audit.runs import resolve_run
from tasks.audit.stats import collect_stats, ledger_drops
from tasks.audit.why import render_why, use_colour
from tasks.cleaning.process import RunStamp
from tasks.cleaning.registry import RULES, ruleset_hash, select_rules
from tasks.config import DEFAULT_EXCLUDED_KINDS
from tasks.shard_work import run_shard
from tasks.sources import discover_sources
from tasks.storage.publish import publish_run, staging_dir

TALLINN = """Tallinn
From Wikipedia, the free encyclopedia
Jump to navigation Jump to search
Tallinn is the capital of Estonia.[1] It lies on the Baltic Sea.[2]
History
The town was founded in 1248.[3] It joined the Hanseatic League in 1285.
Retrieved from "https://en.wikipedia.org/wiki/Tallinn"
"""

SCRIPTED = """Markup in prose
A scraped page once carried <script>alert("x")</script> inside its body text.[4]
The tag & its quotes should show as text, not run.
"""

CORPUS = {"tallinn.txt": TALLINN, "scripted.txt": SCRIPTED}

# Three runs: tagline rule off, everything on, citation markers off (the "rule change" to audit).
RUNS = [("r1-old", ["wiki_chrome.tagline"]), ("r2-all", []), ("r3-nocite", ["citation.marker"])]
START = datetime(2024, 5, 1, tzinfo=UTC)


def publish_corpus(
    out: Path, source: Path, run_id: str, disabled: Sequence[str], finished_at: datetime
) -> dict[str, Any]:
    """Clean the files in ``source`` with the real pipeline (no Prefect) and publish them as ``run_id``."""
    rules = select_rules(disabled)
    stamp = RunStamp(run_id, ruleset_hash(rules), finished_at, DEFAULT_EXCLUDED_KINDS)
    summary = run_shard(0, discover_sources([str(source)]), staging_dir(out, run_id), rules, stamp)
    record = {
        "run_id": run_id,
        "finished_at": finished_at.isoformat(),
        "ruleset_hash": stamp.ruleset_hash,
        "documents": summary.documents,
        "status_counts": summary.status,
        "line_actions": summary.actions,
        "drops_by_rule": summary.drops_by_rule,
    }
    publish_run(out, run_id, record)
    return record


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("audit")
    source = write_corpus(root / "src", CORPUS)
    for number, (run_id, disabled) in enumerate(RUNS):
        publish_corpus(root / "out", source, run_id, disabled, START + timedelta(hours=number))
    return root / "out"


def tag(rule_id: str) -> str:
    """The ledger tag the registry gives ``rule_id`` now (versions move as rules improve)."""
    select_rules()
    return RULES[rule_id].tag


def version(rule_id: str) -> int:
    select_rules()
    return RULES[rule_id].version


def run_cli(argv: list[str]) -> int:
    """What ``decruft.cli.main`` does once the audit commands are registered on its parser."""
    parser = argparse.ArgumentParser(prog="decruft")
    add_audit_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as error:
        print(f"decruft: error: {error}")
        return 2


def ledger(out: Path, run_id: str) -> list[dict[str, Any]]:
    return ds.dataset(out / "runs" / run_id / "lines").to_table().to_pylist()


# why


def test_why_names_the_rule_the_reason_and_since_when(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["audit", "why", "tallinn.txt", "--line", "2", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "From Wikipedia, the free encyclopedia" in text
    assert f"wiki_chrome.tagline version {version('wiki_chrome.tagline')} (wiki tagline)" in text
    # r1 ran with the tagline rule off, so the drop starts at r2 and the answer is not "perhaps earlier".
    assert f"dropped since run r2-all ({tag('wiki_chrome.tagline')})" in text
    assert "perhaps earlier" not in text
    assert "\x1b[" not in text  # captured stdout is not a terminal
    assert "   3  " not in text  # only the asked line


def test_why_finds_a_document_by_id_prefix_uri_or_path(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = ds.dataset(out / "documents").to_table().to_pylist()
    tallinn = next(r for r in row if r["source_uri"].endswith("/tallinn.txt"))
    local_path = tallinn["source_uri"].removeprefix("file://")
    for doc in (
        tallinn["doc_id"],
        tallinn["doc_id"][:8],
        tallinn["source_uri"],
        local_path,
        "src/tallinn.txt",
    ):
        assert run_cli(["audit", "why", doc, "--out", str(out)]) == 0
        assert tallinn["doc_id"] in capsys.readouterr().out


def test_why_shows_a_modified_line_before_and_after(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["audit", "why", "tallinn.txt", "--line", "4", "--out", str(out), "--run", "r2"]) == 0
    text = capsys.readouterr().out
    assert f"citation.marker version {version('citation.marker')} (citation markers removed)" in text
    assert "was: Tallinn is the capital of Estonia.[1]" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["audit", "why", "nowhere.txt"], "unknown document 'nowhere.txt'"),
        (["audit", "why", "tallinn.txt", "--line", "999"], "has no line 999"),
        (["audit", "why", "tallinn.txt", "--run", "zz"], "unknown run 'zz'; published runs: r1-old"),
        (["audit", "why", "tallinn.txt", "--run", "r"], "run 'r' is ambiguous"),
        (["audit", "stats", "--run", "nope"], "unknown run 'nope'"),
        (["audit", "diff", "r1", "gone"], "unknown run 'gone'"),
    ],
)
def test_lookup_errors_are_one_line_exit_2(
    out: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run_cli([*argv, "--out", str(out)]) == 2
    text = capsys.readouterr().out.strip()
    assert message in text and "\n" not in text


def test_a_missing_output_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["audit", "stats", "--out", str(tmp_path / "none")]) == 2
    assert "no decruft output" in capsys.readouterr().out


def test_colour_only_on_a_terminal_without_no_color(out: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert use_colour(Terminal(), {}) is True
    assert use_colour(Terminal(), {"NO_COLOR": ""}) is False
    assert use_colour(io.StringIO(), {}) is False
    from tasks.audit.why import explain_document, find_document

    run = resolve_run(out)
    document = find_document(run, "tallinn.txt")
    painted = render_why(document, run.run_id, explain_document(run, [], document["doc_id"]), colour=True)
    assert "\x1b[31mdropped" in painted


# stats


def test_stats_match_the_ledger_and_the_run_record(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for run_id, _ in RUNS:
        run = resolve_run(out, run_id)
        stats = collect_stats(run)
        assert dict(ledger_drops(stats)) == run.record["drops_by_rule"]
        assert stats.line_actions == run.record["line_actions"]
        assert stats.documents_by_status == run.record["status_counts"]
        rows = ledger(out, run_id)
        for effect in stats.rules.values():
            assert effect.modified == sum(
                1 for r in rows if r["action"] == "modified" and effect.tag in r["rules"]
            )

    assert run_cli(["audit", "stats", "--run", "r2", "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    citation = next(r for r in report["rules"] if r["rule"] == "citation.marker")
    assert citation["version"] == str(version("citation.marker")) and citation["modified"] == 3
    assert any("[1]" in example for example in citation["examples"])
    assert report["changes"] is None  # absent from these records, and that is fine


def test_stats_text_lists_rules_with_examples(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["audit", "stats", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "documents: 2 (ok 2)" in text
    assert "wiki_chrome.tagline" in text and "e.g. From Wikipedia, the free encyclopedia" in text


# diff


def test_diff_after_disabling_citation_marker_lists_the_changed_lines(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    diff = diff_runs(resolve_run(out, "r2-all"), resolve_run(out, "r3-nocite"))
    expected = {
        (r["doc_id"], r["line_no"])
        for r in ledger(out, "r2-all")
        if tag("citation.marker") in (r["rules"] or [])
    }
    assert len(expected) == 3
    assert diff.lines_changed == len(expected)
    assert diff.documents_compared == 2
    citation = diff.rules[tag("citation.marker")]
    assert citation.lost == 3 and citation.gained == 0
    assert dict(citation.transitions) == {"modified → kept": 3}
    assert set(diff.rules) == {tag("citation.marker")}

    assert run_cli(["audit", "diff", "r2", "r3", "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {(e["doc_id"], e["line_no"]) for e in report["rules"][0]["examples"]} == expected
    example = report["rules"][0]["examples"][0]
    assert example["before"]["action"] == "modified" and example["after"]["action"] == "kept"
    assert "[" in example["after"]["text"]

    assert run_cli(["audit", "diff", "previous", "current", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"{tag('citation.marker')}: fires on 0 more, 3 fewer lines (modified → kept 3)" in text
    assert "tallinn.txt:4" in text


def test_diff_of_a_run_with_itself_is_empty(out: Path) -> None:
    run = resolve_run(out, "r3")
    diff = diff_runs(run, run)
    assert diff.lines_changed == 0 and diff.lines_compared > 0 and not diff.rules


def test_diff_names_a_rule_that_starts_dropping(out: Path) -> None:
    diff = diff_runs(resolve_run(out, "r1-old"), resolve_run(out, "r2-all"))
    tagline = diff.rules[tag("wiki_chrome.tagline")]
    assert tagline.gained == 1 and tagline.lost == 0
    (example,) = tagline.examples
    assert example.original == "From Wikipedia, the free encyclopedia" and example.rules_b[-1] == tagline.tag
    # With the tagline rule off, another rule may still have dropped the line: the diff then names both.
    assert example.action_a == "kept" or example.rules_a[-1] in diff.rules


# drift


def _record(
    run_id: str, lines: int, drops: dict[str, int], examples: dict[str, list[str]] | None = None
) -> dict:
    dropped = sum(drops.values())
    record: dict[str, Any] = {
        "run_id": run_id,
        "line_actions": {"kept": lines - dropped, "dropped": dropped},
        "drops_by_rule": drops,
    }
    if examples is not None:
        record["drop_examples"] = examples
    return record


def test_drift_flags_a_jump_and_ignores_noise() -> None:
    previous = [
        _record(
            f"p{i}",
            20_000,
            {"print.page_counter@1": 200 + i, "citation.stray@1": 4, "wiki_chrome.tagline@1": 50},
        )
        for i in range(6)
    ]
    current = _record(
        "now",
        20_000,
        {"print.page_counter@1": 900, "citation.stray@1": 9, "wiki_chrome.tagline@1": 52},
        {"print.page_counter@1": ["Page 3 of 12", "Chapter 4 notes"]},
    )
    findings = check_drift(current, previous, threshold=0.5, min_lines=20)
    assert [f.rule for f in findings] == ["print.page_counter"]
    finding = findings[0]
    assert finding.tag == "print.page_counter@1"
    assert finding.old_rate == pytest.approx(203 / 20_000)  # the mean of the last 5 runs (window)
    assert finding.new_rate == pytest.approx(0.045)
    assert finding.examples == ("Page 3 of 12", "Chapter 4 notes")
    # citation.stray more than doubled, but only 5 lines moved: under the floor.
    assert check_drift(current, previous, threshold=0.5, min_lines=5)[-1].rule == "citation.stray"


def test_drift_sees_a_rule_that_stops_dropping_and_survives_missing_keys() -> None:
    previous = [_record("p", 1000, {"wiki_chrome.jump_link@1": 100})]
    current = _record("now", 1000, {})
    (finding,) = check_drift(current, previous, threshold=0.3)
    assert finding.new_rate == 0 and finding.examples == ()
    assert check_drift({"run_id": "x"}, previous, threshold=0.3) == []
    assert check_drift(current, [], threshold=0.3) == []
    assert check_drift(current, [current], threshold=0.3) == []  # the current run is not its own baseline


def test_drift_compares_a_rule_across_a_version_bump() -> None:
    previous = [_record("p", 1000, {"citation.marker@1": 100})]
    assert check_drift(_record("now", 1000, {"citation.marker@2": 104}), previous, threshold=0.2) == []


def test_drift_markdown_escapes_corpus_text() -> None:
    current = _record("now", 1000, {"a.b@1": 300}, {"a.b@1": ["<script>x</script> | pipe"]})
    text = drift_markdown(check_drift(current, [_record("p", 1000, {"a.b@1": 10})], threshold=0.5))
    assert "| `a.b@1` | 1.000% | 30.000% | +2900% | 300 |" in text
    assert "<script>" not in text and "&lt;script&gt;" in text and "&#124; pipe" in text
    assert "No rule" in drift_markdown([])


# report


def test_report_has_rule_rows_documents_and_escapes_content(out: Path, tmp_path: Path) -> None:
    target = tmp_path / "report" / "run.html"
    assert run_cli(["report", "r2", "--html", str(target), "--out", str(out)]) == 0
    page = target.read_text(encoding="utf-8")
    cite, tagline = version("citation.marker"), version("wiki_chrome.tagline")
    assert (
        f'<td>citation.marker</td><td class="n">{cite}</td><td class="n">0</td><td class="n">3</td>' in page
    )
    assert (
        f'<td>wiki_chrome.tagline</td><td class="n">{tagline}</td><td class="n">1</td><td class="n">0</td>'
        in page
    )
    assert page.count('<section class="doc"') == 2
    assert "tallinn.txt</a>" in page and "scripted.txt</a>" in page
    assert f'<span class="line dropped" title="{tag("wiki_chrome.tagline")}: wiki tagline">' in page
    assert "<del>Tallinn is the capital of Estonia.[1]" in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<script>alert("x")' not in page and page.count("<script>") == 1
    assert "http://" not in page.replace("https://en.wikipedia.org/wiki/Tallinn", "")
    assert "<link" not in page and " src=" not in page


def test_report_caps_documents_and_says_so(out: Path) -> None:
    page = build_report(resolve_run(out), max_documents=1)
    assert page.count('<section class="doc"') == 1
    assert "This run has 2 documents; only the first 1" in page


def test_report_of_an_unknown_run_is_a_usage_error(out: Path, tmp_path: Path) -> None:
    assert run_cli(["report", "nope", "--html", str(tmp_path / "x.html"), "--out", str(out)]) == 2
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize(
    "command", [["audit"], ["audit", "why"], ["audit", "stats"], ["audit", "diff"], ["report"]]
)
def test_every_audit_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_cli([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: decruft" in capsys.readouterr().out
