"""The two seed documents against their reviewed golden output: text, sections and ledger actions and rules."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS
from tests.golden.update import GOLDEN, golden_for


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_matches_golden(path) -> None:
    expected = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
    actual = golden_for(path)
    assert actual["title"] == expected["title"]
    assert actual["sections"] == expected["sections"]
    assert actual["ledger"] == expected["ledger"]
    assert actual["text"] == expected["text"]
