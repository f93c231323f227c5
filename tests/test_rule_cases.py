"""Golden cases per rule family, as data in tests/cases/*.json; every family has negative cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import clean_text

CASES_DIR = Path(__file__).parent / "cases"
# A case's "drop" maps a line to the rule expected to drop it, or to "*" when any rule may
# (known failures: the fix may come from a rule that does not exist yet). A line that stands
# several times is checked at its last copy; "keep_first" checks the first copy instead (a
# title whose copies below it go).


def _load() -> list[pytest.param]:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        family = json.loads(path.read_text(encoding="utf-8"))
        for case in family["cases"]:
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
            params.append(pytest.param(case, id=f"{family['family']}: {case['label']}", marks=marks))
    return params


@pytest.mark.parametrize("case", _load())
def test_case(case: dict) -> None:
    cleaned = clean_text("\n".join(case["input"]))
    by_original = {entry.original: entry for entry in cleaned.entries}
    for line, rule_id in case.get("drop", {}).items():
        entry = by_original[line]
        assert entry.action == "dropped", f"{line!r} should be dropped by {rule_id}, got {entry.action}"
        assert rule_id == "*" or entry.rules[-1].split("@")[0] == rule_id, (
            f"{line!r} dropped by {entry.rules}, expected {rule_id}"
        )
    first_copies = {entry.original: entry for entry in reversed(cleaned.entries)}
    for keep, entries in (("keep", by_original), ("keep_first", first_copies)):
        for line, expected in case.get(keep, {}).items():
            entry = entries[line]
            assert entry.action != "dropped", f"{line!r} was dropped by {entry.rules} ({entry.reason})"
            assert entry.text == expected
    for heading in case.get("headings", []):
        assert any(e.role == "heading" and e.text == heading for e in cleaned.entries), (
            f"{heading!r} is not a heading"
        )
    for line in case.get("not_headings", []):
        assert by_original[line].role != "heading", f"{line!r} was taken for a heading"


def test_every_family_has_negative_cases() -> None:
    for path in sorted(CASES_DIR.glob("*.json")):
        family = json.loads(path.read_text(encoding="utf-8"))
        assert any(case["label"].startswith("negative") for case in family["cases"]), path.name
