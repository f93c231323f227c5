"""The Prefect flow and the CLI end to end, against a Prefect test server started once per session.

These are the slow tests (seconds each); everything about cleaning itself is tested without Prefect.
"""

from __future__ import annotations

import asyncio
import codecs
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from decruft.cli import main
from tasks.cleaning.reading import decode_bytes
from tests.conftest import SEEDS

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_server")]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Seeds plus the awkward cases: legacy and UTF-16 encodings, CRLF, binary, empty, nested folders."""
    root = tmp_path / "landing"
    (root / "nested").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, root / seed.name)
    (root / "nested" / "legacy.txt").write_bytes(
        (
            "Café culture\r\n\r\nThe café’s owner said “ça va” in 1990, and the naïve señor agreed.[1]\r\n"
            * 3
        ).encode("cp1252")
    )
    (root / "nested" / "utf16.txt").write_bytes(
        codecs.BOM_UTF16_LE + "Title\n\nA sentence of text here.\n".encode("utf-16-le")
    )
    (root / "nested" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (root / "empty.txt").write_bytes(b"")
    (root / ".hidden").write_text("never read")
    return root


def _run(corpus: Path, out: Path, **options) -> dict:
    from flows.clean import clean_flow

    return clean_flow(sources=[str(corpus)], out=str(out), **options)


def test_flow_cleans_a_mixed_corpus_on_two_processes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    record = _run(corpus, out, workers=2, shard_mb=0.01)

    assert record["documents"] == 6 and record["shards"] >= 2
    assert record["status_counts"] == {"ok": 4, "failed": 1, "empty": 1}
    assert record["failures"][0]["source_uri"].endswith("image.png")

    documents = ds.dataset(out / "documents").to_table().to_pylist()
    lines = ds.dataset(out / "lines").to_table()
    assert {d["run_id"] for d in documents} == {record["run_id"]}
    for document in documents:
        source = Path(document["source_uri"].removeprefix("file://"))
        if document["status"] == "failed":
            assert "binary" in document["error"]
            continue
        rows = sorted(
            (r for r in lines.to_pylist() if r["doc_id"] == document["doc_id"]), key=lambda r: r["line_no"]
        )
        assert [r["line_no"] for r in rows] == list(range(1, document["n_lines"] + 1))
        rebuilt = decode_bytes(source.read_bytes()).encode("".join(r["original"] + r["eol"] for r in rows))
        assert rebuilt == source.read_bytes(), source.name

    legacy = next(d for d in documents if d["source_uri"].endswith("legacy.txt"))
    assert legacy["encoding"] == "cp1252" and "[1]" not in legacy["text"]

    # Other tools read the same files unchanged.
    counts = duckdb.sql(
        f"select action, count(*) from read_parquet('{out}/lines/*.parquet') group by 1"
    ).fetchall()
    assert sum(n for _, n in counts) == lines.num_rows
    sections = pd.read_parquet(out / "sections")
    assert set(sections["kind"]) >= {"lead", "body", "references", "bibliography", "abstract", "front_matter"}

    artifacts = asyncio.run(_artifact_keys())
    assert {"decruft-run-summary", "decruft-documents"} <= artifacts


async def _artifact_keys() -> set[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, FlowRunFilter, TaskRunFilter
    from prefect.client.schemas.sorting import ArtifactSort

    async with get_client() as client:
        artifacts = await client.read_artifacts(
            artifact_filter=ArtifactFilter(),
            flow_run_filter=FlowRunFilter(),
            task_run_filter=TaskRunFilter(),
            sort=ArtifactSort.CREATED_DESC,
            limit=50,
        )
        return {a.key for a in artifacts if a.key}


def test_doc_ids_are_stable_and_full_runs_replace_every_row(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(corpus, out, workers=1)
    ids_first = set(ds.dataset(out / "documents").to_table().column("doc_id").to_pylist())
    again = _run(corpus, out, workers=1)
    assert again["changes"]["unchanged"] == 6 and again["documents"] == 0
    assert set(ds.dataset(out / "documents").to_table().column("run_id").to_pylist()) == {first["run_id"]}
    full = _run(corpus, out, workers=1, full=True)
    table = ds.dataset(out / "documents").to_table()
    assert set(table.column("doc_id").to_pylist()) == ids_first
    assert set(table.column("run_id").to_pylist()) == {full["run_id"]}


def test_cli_runs_the_flow_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SEEDS), "--out", str(out), "--workers", "1"]) == 0
    assert "2 documents cleaned (ok 2, empty 0, failed 0)" in capsys.readouterr().out
    titles = set(ds.dataset(out / "documents").to_table().column("title").to_pylist())
    assert "South Korea–Vietnam relations" in titles


def test_drift_warns_and_fails_the_cli_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    common = ["--out", str(out), "--workers", "1", "--drift-min-lines", "1"]
    assert main(["run", str(SEEDS), *common]) == 0
    assert main(["run", str(SEEDS), *common, "--disable", "infobox", "--fail-on-drift"]) == 3
    assert "drift in infobox." in capsys.readouterr().err


def test_recurring_lines_are_counted_across_shards_and_dropped(tmp_path: Path) -> None:
    from flows.clean import run_clean

    site = tmp_path / "site"
    site.mkdir()
    footer = "Springfield Gazette, 12 Main Street, Springfield"
    for number in range(6):
        (site / f"story-{number}.txt").write_text(
            f"Story {number}\n\nThe council met on day {number} and voted on the new bridge after a long debate.\n\n"
            f"{footer}\n"
        )
    out = tmp_path / "out"
    record = run_clean(sources=[str(site)], out=str(out), workers=2, shard_mb=0.0001, boilerplate_min_docs=5)
    assert record["shards"] >= 2
    assert record["drops_by_rule"] == {"boilerplate.repeated_line@1": 6}
    lines = ds.dataset(out / "lines").to_table().to_pylist()
    dropped = [row for row in lines if row["original"] == footer]
    assert len(dropped) == 6 and all("6 documents" in row["reason"] for row in dropped)
