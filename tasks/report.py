"""The run summary a person reads: a markdown report and a documents table (plain Python)."""

from __future__ import annotations

from typing import Any

MAX_TABLE_ROWS = 1000


def run_markdown(record: dict[str, Any]) -> str:
    """Counts of documents and lines, and drops per rule, as markdown."""
    status = record.get("status_counts", {})
    actions = record.get("line_actions", {})
    lines = [
        f"# decruft run `{record['run_id']}`",
        "",
        f"- documents: {record['documents']} (ok {status.get('ok', 0)}, empty {status.get('empty', 0)}, "
        f"failed {status.get('failed', 0)})",
        f"- lines: kept {actions.get('kept', 0)}, modified {actions.get('modified', 0)}, dropped {actions.get('dropped', 0)}",
        f"- ruleset: `{record['ruleset_hash']}`; wall time {record.get('wall_seconds', 0):.1f} s",
        "",
        "| rule | lines dropped |",
        "| --- | ---: |",
    ]
    examples = record.get("drop_examples", {})
    lines[-2:] = ["| rule | lines dropped | for example |", "| --- | ---: | --- |"]
    for rule_tag, count in sorted(record.get("drops_by_rule", {}).items(), key=lambda item: -item[1]):
        shown = " · ".join(f"`{_cell(text)}`" for text in examples.get(rule_tag, [])[:3])
        lines.append(f"| `{rule_tag}` | {count} | {shown} |")
    changes = record.get("changes")
    if changes:
        lines.insert(3, "- changes: " + ", ".join(f"{name} {count}" for name, count in changes.items()))
    if record.get("failures"):
        lines += ["", "## Failed documents", ""]
        lines += [f"- `{f['source_uri']}`: {f['error']}" for f in record["failures"][:50]]
    return "\n".join(lines)


def run_table(document_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The per-document table, capped so a million-document run does not make a huge artifact."""
    return [{k: ("" if v is None else v) for k, v in row.items()} for row in document_rows[:MAX_TABLE_ROWS]]


def _cell(text: str, width: int = 80) -> str:
    """A dropped line made safe for a markdown table cell."""
    text = text.replace("|", "\\|").replace("`", "'").strip()
    return text if len(text) <= width else text[: width - 1] + "…"
