"""Drift guard: warn when a rule suddenly drops a very different share of the corpus than it used to.

A rule's drop rate is ``drops_by_rule[rule] / lines in the run`` (every ledger line counts, so runs
of different sizes compare). The new rate is compared with the mean rate of the last ``window``
previous runs. A rule is flagged when both hold:

* the relative change ``|new - old| / old`` exceeds ``threshold`` (a rule that never dropped
  anything before and now does counts as an infinite change), and
* the move is worth at least ``min_lines`` lines of the current run (``|new - old| * lines``).

The relative test makes the guard scale-free: 0.1 % to 0.3 % of lines is as alarming as 10 % to
30 %. The absolute floor keeps tiny counts quiet: a rule going from 2 to 5 dropped lines is a
150 % jump but usually noise or a new document. The trade-off: a high floor hides real regressions
on small corpora, a low one alarms on every small run; the floor is in lines so the user can reason
about it ("at least 20 lines moved"). In an incremental run the record counts only the documents
cleaned again, so the rate is a sample of those; the floor also keeps a run of a few new documents
quiet. Rules are compared by id, not ``id@version``, so bumping a
rule's version is checked against its own history instead of looking like one rule vanishing and
another appearing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tasks.audit.runs import split_tag

DEFAULT_WINDOW = 5
DEFAULT_MIN_LINES = 20
EXAMPLES_PER_RULE = 3


@dataclass(frozen=True)
class DriftFinding:
    """A rule whose drop rate moved: by how much, and a few lines it dropped in the current run."""

    rule: str
    tag: str
    old_rate: float
    new_rate: float
    new_drops: int
    examples: tuple[str, ...]

    @property
    def relative_change(self) -> float:
        return float("inf") if self.old_rate == 0 else (self.new_rate - self.old_rate) / self.old_rate


def total_lines(record: Mapping[str, Any]) -> int:
    """Lines in a run's ledger: the sum of its kept, modified and dropped lines."""
    return sum(int(n) for n in (record.get("line_actions") or {}).values())


def drop_rates(record: Mapping[str, Any]) -> dict[str, float]:
    """Each rule id's share of the run's lines that it dropped (versions of one rule are summed).

    >>> drop_rates({"line_actions": {"kept": 90, "dropped": 10}, "drops_by_rule": {"print.page_counter@1": 10}})
    {'print.page_counter': 0.1}
    """
    lines = total_lines(record)
    rates: dict[str, float] = {}
    if not lines:
        return rates
    for tag, drops in (record.get("drops_by_rule") or {}).items():
        rule_id = split_tag(tag)[0]
        rates[rule_id] = rates.get(rule_id, 0.0) + int(drops) / lines
    return rates


def check_drift(
    current: Mapping[str, Any],
    previous: Sequence[Mapping[str, Any]],
    threshold: float,
    min_lines: int = DEFAULT_MIN_LINES,
    window: int = DEFAULT_WINDOW,
) -> list[DriftFinding]:
    """Rules whose drop rate in ``current`` moved away from the mean of the last ``window`` runs.

    ``previous`` are earlier run records, oldest first (as ``list_runs`` returns them); a record
    with the current run's id is ignored, so the list may be read after publishing. Runs with no
    lines carry no rate and are skipped. Findings are sorted biggest move first.

    >>> before = [{"run_id": f"r{i}", "line_actions": {"kept": 9900, "dropped": 100},
    ...            "drops_by_rule": {"wiki_chrome.tagline@1": 97, "print.page_counter@1": 3}} for i in range(3)]
    >>> now = {"run_id": "r9", "line_actions": {"kept": 9700, "dropped": 300},
    ...        "drops_by_rule": {"wiki_chrome.tagline@1": 294, "print.page_counter@1": 6}}
    >>> [(f.rule, f.old_rate, f.new_rate) for f in check_drift(now, before, threshold=0.5)]
    [('wiki_chrome.tagline', 0.0097, 0.0294)]
    """
    lines = total_lines(current)
    baseline = [r for r in previous if r.get("run_id") != current.get("run_id") and total_lines(r) > 0][
        -window:
    ]
    if not lines or not baseline:
        return []
    new_rates = drop_rates(current)
    old_rates = _mean_rates([drop_rates(r) for r in baseline])
    tags = _current_tags(current)
    findings = []
    for rule in sorted(new_rates.keys() | old_rates.keys()):
        old, new = old_rates.get(rule, 0.0), new_rates.get(rule, 0.0)
        moved = abs(new - old)
        relative = float("inf") if old == 0 else moved / old
        if relative > threshold and moved * lines >= min_lines:
            tag = tags.get(rule, rule)
            findings.append(
                DriftFinding(
                    rule,
                    tag,
                    round(old, 6),
                    round(new, 6),
                    round(new * lines),
                    tuple(_examples(current, rule)),
                )
            )
    return sorted(findings, key=lambda f: (-abs(f.new_rate - f.old_rate), f.rule))


def _mean_rates(runs: list[dict[str, float]]) -> dict[str, float]:
    rules = {rule for rates in runs for rule in rates}
    return {rule: sum(rates.get(rule, 0.0) for rates in runs) / len(runs) for rule in rules}


def _current_tags(record: Mapping[str, Any]) -> dict[str, str]:
    return {split_tag(tag)[0]: tag for tag in (record.get("drops_by_rule") or {})}


def _examples(record: Mapping[str, Any], rule: str) -> list[str]:
    examples: list[str] = []
    for tag, lines in (record.get("drop_examples") or {}).items():
        if split_tag(tag)[0] == rule:
            examples.extend(str(line) for line in lines)
    return examples[:EXAMPLES_PER_RULE]


def collect_drop_examples(
    lines: Iterable[Mapping[str, Any]], per_rule: int = EXAMPLES_PER_RULE
) -> dict[str, list[str]]:
    """A few dropped lines per dropping rule, from ledger rows: what a shard adds to its summary.

    >>> collect_drop_examples([{"action": "dropped", "rules": ["wiki_chrome.tagline@1"], "original": "From Wikipedia"},
    ...                        {"action": "kept", "rules": [], "original": "Oslo"}])
    {'wiki_chrome.tagline@1': ['From Wikipedia']}
    """
    examples: dict[str, list[str]] = {}
    for row in lines:
        if row["action"] == "dropped" and row["rules"]:
            found = examples.setdefault(row["rules"][-1], [])
            if len(found) < per_rule:
                found.append(row["original"])
    return examples


def merge_drop_examples(
    parts: Iterable[Mapping[str, Sequence[str]]], per_rule: int = EXAMPLES_PER_RULE
) -> dict[str, list[str]]:
    """The shards' examples as one ``drop_examples`` for the run record, still a few per rule.

    >>> merge_drop_examples([{"a@1": ["x", "y"]}, {"a@1": ["z"], "b@1": ["w"]}], per_rule=2)
    {'a@1': ['x', 'y'], 'b@1': ['w']}
    """
    merged: dict[str, list[str]] = {}
    for part in parts:
        for tag, lines in part.items():
            found = merged.setdefault(tag, [])
            found.extend(lines[: max(per_rule - len(found), 0)])
    return merged


def drift_markdown(findings: Sequence[DriftFinding]) -> str:
    """A markdown table of the findings, for a Prefect artifact (examples are escaped: they are corpus text)."""
    if not findings:
        return "## Drop-rate drift\n\nNo rule's drop rate moved beyond the threshold."
    out = [
        "## Drop-rate drift",
        "",
        f"{len(findings)} rule(s) drop a different share of lines than in recent runs.",
        "",
        "| rule | before | now | change | dropped now | examples |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for f in findings:
        change = "new" if f.old_rate == 0 else f"{f.relative_change:+.0%}"
        examples = "<br>".join(_cell(e) for e in f.examples) or "—"
        out.append(
            f"| `{f.tag}` | {f.old_rate:.3%} | {f.new_rate:.3%} | {change} | {f.new_drops} | {examples} |"
        )
    return "\n".join(out)


def _cell(text: str, width: int = 120) -> str:
    clipped = text if len(text) <= width else text[: width - 1] + "…"
    return html.escape(clipped).replace("|", "&#124;").replace("`", "&#96;")
