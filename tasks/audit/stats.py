"""What each rule did in one run: lines dropped and edited per rule, with examples, and documents by status.

Counts come from the ledger itself, not from the run record, so they hold for any published run.
A dropped line is charged to the rule that dropped it (the last rule in its ``rules``, as the run
record's ``drops_by_rule`` does); a modified line counts once for every rule that edited it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyarrow.compute as pc
import pyarrow.dataset as ds

from tasks.audit.runs import PublishedRun, split_tag

EXAMPLES_PER_RULE = 3


@dataclass
class RuleEffect:
    """How many lines one rule (``rule.id@version``) dropped and edited, with a few examples."""

    tag: str
    dropped: int = 0
    modified: int = 0
    examples: list[str] = field(default_factory=list)


@dataclass
class RunStats:
    run_id: str
    documents_by_status: dict[str, int]
    line_actions: dict[str, int]
    rules: dict[str, RuleEffect]
    record: dict[str, Any] = field(default_factory=dict)


def tally_rules(
    rows: Iterable[dict[str, Any]], examples_per_rule: int = EXAMPLES_PER_RULE
) -> dict[str, RuleEffect]:
    """Per-rule counts from ledger rows (``action``, ``rules``, ``original``, ``text``).

    >>> rows = [{"action": "dropped", "rules": ["citation.marker@1", "print.page_counter@1"],
    ...          "original": "Page 3 of 9 [1]", "text": None},
    ...         {"action": "modified", "rules": ["citation.marker@1"], "original": "Oslo.[2]", "text": "Oslo."},
    ...         {"action": "kept", "rules": [], "original": "Bergen", "text": "Bergen"}]
    >>> [(e.tag, e.dropped, e.modified, e.examples) for e in tally_rules(rows).values()]
    [('print.page_counter@1', 1, 0, ['Page 3 of 9 [1]']), ('citation.marker@1', 0, 1, ['Oslo.[2] → Oslo.'])]
    """
    effects: dict[str, RuleEffect] = {}
    for row in rows:
        rules = row["rules"] or []
        if row["action"] == "dropped" and rules:
            charged = [rules[-1]]
            example = row["original"]
        elif row["action"] == "modified":
            charged = list(dict.fromkeys(rules))
            example = f"{row['original']} → {row['text']}"
        else:
            continue
        for tag in charged:
            effect = effects.setdefault(tag, RuleEffect(tag))
            if row["action"] == "dropped":
                effect.dropped += 1
            else:
                effect.modified += 1
            if len(effect.examples) < examples_per_rule:
                effect.examples.append(example)
    return effects


def count_values(run: PublishedRun, dataset: str, column: str) -> dict[str, int]:
    """How often each value of ``column`` occurs, computed in Arrow (no Python loop over rows)."""
    counts = pc.value_counts(run.read(dataset, [column]).column(column))
    return {str(item["values"]): int(item["counts"]) for item in counts.to_pylist()}


def collect_stats(run: PublishedRun, examples_per_rule: int = EXAMPLES_PER_RULE) -> RunStats:
    """Stats of one run; only the lines a rule touched are read into Python (kept lines rarely are)."""
    touched = run.dataset("lines").to_batches(
        columns=["action", "rules", "original", "text"], filter=ds.field("action") != "kept"
    )
    rows = (row for batch in touched for row in batch.to_pylist())
    return RunStats(
        run.run_id,
        count_values(run, "documents", "status"),
        count_values(run, "lines", "action"),
        tally_rules(rows, examples_per_rule),
        run.record,
    )


def sorted_effects(stats: RunStats) -> list[RuleEffect]:
    """Rules with the most lines touched first, then by name, so the big movers lead."""
    return sorted(stats.rules.values(), key=lambda e: (-(e.dropped + e.modified), e.tag))


def stats_json(stats: RunStats) -> dict[str, Any]:
    return {
        "run_id": stats.run_id,
        "documents_by_status": stats.documents_by_status,
        "line_actions": stats.line_actions,
        "rules": [
            {
                "rule": split_tag(e.tag)[0],
                "version": split_tag(e.tag)[1],
                "tag": e.tag,
                "dropped": e.dropped,
                "modified": e.modified,
                "examples": e.examples,
            }
            for e in sorted_effects(stats)
        ],
        "changes": stats.record.get("changes"),
    }


def stats_text(stats: RunStats) -> str:
    """The report of ``decruft audit stats`` for a terminal."""
    total = sum(stats.line_actions.values())
    status = ", ".join(f"{k} {v}" for k, v in sorted(stats.documents_by_status.items())) or "none"
    actions = ", ".join(f"{a} {stats.line_actions.get(a, 0)}" for a in ("kept", "modified", "dropped"))
    out = [
        f"run {stats.run_id}",
        f"documents: {sum(stats.documents_by_status.values())} ({status})",
        f"lines: {total} ({actions})",
    ]
    changes = stats.record.get("changes")
    if isinstance(changes, dict):
        out.append("documents since the previous run: " + ", ".join(f"{k} {v}" for k, v in changes.items()))
    out.append("")
    out.append(f"{'rule':<40} {'version':>7} {'dropped':>9} {'modified':>9}")
    for effect in sorted_effects(stats):
        rule_id, version = split_tag(effect.tag)
        out.append(f"{rule_id:<40} {version:>7} {effect.dropped:>9} {effect.modified:>9}")
        out.extend(f"    e.g. {_clip(example)}" for example in effect.examples)
    if not stats.rules:
        out.append("(no rule dropped or edited a line)")
    return "\n".join(out)


def _clip(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def ledger_drops(stats: RunStats) -> Counter[str]:
    """Drops per rule tag, in the shape of the run record's ``drops_by_rule`` (for cross-checks)."""
    return Counter({e.tag: e.dropped for e in stats.rules.values() if e.dropped})
