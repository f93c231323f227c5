"""Shards hide their gathered rows from the garbage collector only while one of them works."""

from __future__ import annotations

import gc
from pathlib import Path

import pyarrow.dataset as ds

from tasks.cleaning.process import RunStamp
from tasks.cleaning.registry import ruleset_hash, select_rules
from tasks.config import DEFAULT_EXCLUDED_KINDS
from tasks.shard_work import _Freezer, run_shard
from tasks.sources import discover_sources

PAGE = "Tallinn\nFrom Wikipedia, the free encyclopedia\nTallinn is the capital of Estonia.[1]\n"


def _run(tmp_path: Path) -> int:
    source = tmp_path / "in"
    source.mkdir(exist_ok=True)
    for n in range(3):
        (source / f"page{n}.txt").write_text(PAGE, encoding="utf-8")
    rules = select_rules()
    stamp = RunStamp("r1", ruleset_hash(rules), None, DEFAULT_EXCLUDED_KINDS)
    summary = run_shard(0, discover_sources([str(source)]), tmp_path / "out", rules, stamp)
    return summary.documents


def test_shard_leaves_nothing_frozen(tmp_path: Path) -> None:
    assert gc.get_freeze_count() == 0
    assert _run(tmp_path) == 3
    assert gc.get_freeze_count() == 0
    lines = ds.dataset(tmp_path / "out" / "lines").to_table()
    assert lines.num_rows == 9  # every line of every page, written after the freeze was undone


def test_shard_keeps_a_freeze_it_did_not_make(tmp_path: Path) -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        _run(tmp_path)
        assert gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()


def test_overlapping_shards_unfreeze_when_the_last_ends() -> None:
    """Shards on the thread or Dask runner overlap: the first to end must not thaw the other's rows."""
    freezer = _Freezer()
    first, second = freezer.working(), freezer.working()
    hide_first, hide_second = first.__enter__(), second.__enter__()
    hide_first()
    hide_second()
    first.__exit__(None, None, None)  # the first shard ends while the second still works
    assert gc.get_freeze_count() > 0
    hide_second()
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0
