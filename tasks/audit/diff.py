"""What changed between two runs, line by line, and which rule change caused it.

Only documents present in both runs with the same source bytes (``source_sha256``) are compared:
there a line whose action, text or rules differ changed because the rules did, not the input.
Documents whose source changed are counted but not attributed. Each changed line is charged to
the rules it gained and lost (``citation.marker@1`` lost: the rule was disabled or no longer fires);
a change with no rule difference (a context-dependent verdict) goes to ``UNATTRIBUTED``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from tasks.audit.runs import PublishedRun

UNATTRIBUTED = "(no rule change)"
EXAMPLES_PER_RULE = 3
# Documents compared per Arrow join: bounds memory on large runs.
DOCUMENTS_PER_BATCH = 2000
# Joins ledger rule tags into one string, since Arrow joins cannot carry list columns.
_TAG_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class LineChange:
    """One line whose verdict differs between run A and run B."""

    doc_id: str
    line_no: int
    original: str
    action_a: str
    action_b: str
    text_a: str | None
    text_b: str | None
    rules_a: tuple[str, ...]
    rules_b: tuple[str, ...]

    @property
    def gained(self) -> tuple[str, ...]:
        return tuple(t for t in self.rules_b if t not in self.rules_a)

    @property
    def lost(self) -> tuple[str, ...]:
        return tuple(t for t in self.rules_a if t not in self.rules_b)

    @property
    def transition(self) -> str:
        return f"{self.action_a} → {self.action_b}"


@dataclass
class RuleChange:
    """The lines where one rule tag started or stopped firing, by action transition."""

    tag: str
    gained: int = 0
    lost: int = 0
    transitions: Counter[str] = field(default_factory=Counter)
    examples: list[LineChange] = field(default_factory=list)


@dataclass
class RunDiff:
    run_a: str
    run_b: str
    documents_compared: int
    documents_only_a: int
    documents_only_b: int
    documents_source_changed: int
    lines_compared: int = 0
    lines_changed: int = 0
    transitions: Counter[str] = field(default_factory=Counter)
    rules: dict[str, RuleChange] = field(default_factory=dict)
    source_uris: dict[str, str] = field(default_factory=dict)


def summarise_changes(
    changes: Iterable[LineChange], examples_per_rule: int = EXAMPLES_PER_RULE
) -> tuple[int, Counter[str], dict[str, RuleChange]]:
    """Count changed lines, their action transitions, and each rule's share.

    >>> change = LineChange("d1", 4, "Oslo.[2]", "modified", "kept", "Oslo.", "Oslo.[2]", ("citation.marker@1",), ())
    >>> n, transitions, rules = summarise_changes([change])
    >>> n, dict(transitions), rules["citation.marker@1"].lost, dict(rules["citation.marker@1"].transitions)
    (1, {'modified → kept': 1}, 1, {'modified → kept': 1})
    """
    count = 0
    transitions: Counter[str] = Counter()
    rules: dict[str, RuleChange] = {}
    for change in changes:
        count += 1
        transitions[change.transition] += 1
        charged = [(t, "gained") for t in change.gained] + [(t, "lost") for t in change.lost]
        for tag, how in charged or [(UNATTRIBUTED, "gained")]:
            effect = rules.setdefault(tag, RuleChange(tag))
            if tag != UNATTRIBUTED:
                setattr(effect, how, getattr(effect, how) + 1)
            effect.transitions[change.transition] += 1
            if len(effect.examples) < examples_per_rule and change not in effect.examples:
                effect.examples.append(change)
    return count, transitions, rules


def _ledger(run: PublishedRun, doc_ids: list[str]) -> pa.Table:
    table = run.read(
        "lines",
        ["doc_id", "line_no", "original", "action", "text", "rules"],
        ds.field("doc_id").isin(doc_ids),
    )
    tags = pc.fill_null(pc.binary_join(table.column("rules"), _TAG_SEPARATOR), "")
    return table.drop_columns(["rules"]).append_column("tags", tags)


def _differs(left: pa.ChunkedArray, right: pa.ChunkedArray) -> pa.ChunkedArray:
    """Null-safe inequality: a dropped line's null text equals another null, not an empty string."""
    both_null = pc.and_(pc.is_null(left), pc.is_null(right))
    one_null = pc.xor(pc.is_null(left), pc.is_null(right))
    unequal = pc.fill_null(pc.not_equal(left, right), False)
    return pc.and_(pc.invert(both_null), pc.or_(one_null, unequal))


def changed_lines(
    run_a: PublishedRun, run_b: PublishedRun, doc_ids: list[str]
) -> Iterator[tuple[int, list[LineChange]]]:
    """For each batch of documents: how many lines were compared, and the ones whose verdict changed."""
    for start in range(0, len(doc_ids), DOCUMENTS_PER_BATCH):
        batch = doc_ids[start : start + DOCUMENTS_PER_BATCH]
        joined = _ledger(run_a, batch).join(
            _ledger(run_b, batch), keys=["doc_id", "line_no"], left_suffix="_a", right_suffix="_b"
        )
        changed = pc.or_(
            pc.or_(
                _differs(joined["action_a"], joined["action_b"]), _differs(joined["text_a"], joined["text_b"])
            ),
            _differs(joined["tags_a"], joined["tags_b"]),
        )
        rows = joined.filter(changed).sort_by([("doc_id", "ascending"), ("line_no", "ascending")]).to_pylist()
        yield joined.num_rows, [_line_change(row) for row in rows]


def _line_change(row: dict[str, Any]) -> LineChange:
    return LineChange(
        row["doc_id"],
        row["line_no"],
        row["original_a"],
        row["action_a"],
        row["action_b"],
        row["text_a"],
        row["text_b"],
        tuple(t for t in row["tags_a"].split(_TAG_SEPARATOR) if t),
        tuple(t for t in row["tags_b"].split(_TAG_SEPARATOR) if t),
    )


def diff_runs(
    run_a: PublishedRun, run_b: PublishedRun, examples_per_rule: int = EXAMPLES_PER_RULE
) -> RunDiff:
    """Compare two published runs document by document; A is the baseline, B the candidate."""
    columns = ["doc_id", "source_uri", "source_sha256"]
    docs_a = {r["doc_id"]: r for r in run_a.read("documents", columns).to_pylist()}
    docs_b = {r["doc_id"]: r for r in run_b.read("documents", columns).to_pylist()}
    common = sorted(docs_a.keys() & docs_b.keys())
    same_source = [d for d in common if docs_a[d]["source_sha256"] == docs_b[d]["source_sha256"]]
    diff = RunDiff(
        run_a.run_id,
        run_b.run_id,
        documents_compared=len(same_source),
        documents_only_a=len(docs_a.keys() - docs_b.keys()),
        documents_only_b=len(docs_b.keys() - docs_a.keys()),
        documents_source_changed=len(common) - len(same_source),
    )
    all_changes: list[LineChange] = []
    for compared, changes in changed_lines(run_a, run_b, same_source):
        diff.lines_compared += compared
        all_changes.extend(changes)
    diff.lines_changed, diff.transitions, diff.rules = summarise_changes(all_changes, examples_per_rule)
    shown = {c.doc_id for rule in diff.rules.values() for c in rule.examples}
    diff.source_uris = {d: docs_b[d]["source_uri"] for d in shown}
    return diff


def sorted_rule_changes(diff: RunDiff) -> list[RuleChange]:
    return sorted(
        diff.rules.values(), key=lambda r: (-(r.gained + r.lost + sum(r.transitions.values())), r.tag)
    )


def diff_json(diff: RunDiff) -> dict[str, Any]:
    return {
        "run_a": diff.run_a,
        "run_b": diff.run_b,
        "documents": {
            "compared": diff.documents_compared,
            "only_a": diff.documents_only_a,
            "only_b": diff.documents_only_b,
            "source_changed": diff.documents_source_changed,
        },
        "lines_compared": diff.lines_compared,
        "lines_changed": diff.lines_changed,
        "transitions": dict(diff.transitions),
        "rules": [
            {
                "rule": r.tag,
                "gained": r.gained,
                "lost": r.lost,
                "transitions": dict(r.transitions),
                "examples": [_example_json(c, diff.source_uris) for c in r.examples],
            }
            for r in sorted_rule_changes(diff)
        ],
    }


def _example_json(change: LineChange, uris: dict[str, str]) -> dict[str, Any]:
    return {
        "doc_id": change.doc_id,
        "source_uri": uris.get(change.doc_id),
        "line_no": change.line_no,
        "original": change.original,
        "before": {"action": change.action_a, "text": change.text_a, "rules": list(change.rules_a)},
        "after": {"action": change.action_b, "text": change.text_b, "rules": list(change.rules_b)},
    }


def diff_text(diff: RunDiff) -> str:
    """The report of ``decruft audit diff`` for a terminal: totals, then each rule with example lines."""
    out = [
        f"diff {diff.run_a} → {diff.run_b}",
        f"documents compared: {diff.documents_compared} (only in A {diff.documents_only_a}, only in B "
        f"{diff.documents_only_b}, source changed {diff.documents_source_changed}: not compared)",
        f"lines compared: {diff.lines_compared}, changed: {diff.lines_changed}",
    ]
    out.extend(f"  {transition}: {n}" for transition, n in diff.transitions.most_common())
    for rule in sorted_rule_changes(diff):
        moves = ", ".join(f"{t} {n}" for t, n in rule.transitions.most_common())
        if rule.tag == UNATTRIBUTED:
            out.append(f"\n{rule.tag}: {sum(rule.transitions.values())} lines ({moves})")
        else:
            out.append(f"\n{rule.tag}: fires on {rule.gained} more, {rule.lost} fewer lines ({moves})")
        for change in rule.examples:
            where = diff.source_uris.get(change.doc_id, change.doc_id)
            out.append(f"    {where}:{change.line_no}  {change.transition}")
            out.append(f"      A: {_shown(change.text_a)}")
            out.append(f"      B: {_shown(change.text_b)}")
    if not diff.rules:
        out.append("no line changed")
    return "\n".join(out)


def _shown(text: str | None) -> str:
    return "(dropped)" if text is None else text
