"""The rule catalogue, printed by ``decruft rules`` and pasted into the README from the same registry."""

from __future__ import annotations

from tasks.cleaning.registry import RULES, load_rules


def rule_table(markdown: bool = False) -> str:
    """Every registered rule: id, version, family, stage, summary and example."""
    load_rules()
    rows = [
        (r.id, str(r.version), r.family, r.stage, r.summary, r.example.replace("\n", " ⏎ "))
        for r in RULES.values()
    ]
    if markdown:
        out = [
            "| rule | version | family | stage | what it does | example |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
        return "\n".join(out)
    width = max(len(r[0]) for r in rows)
    return "\n".join(
        f"{rid:<{width}}  v{ver}  {stage:<9}  {summary}\n{'':<{width}}  e.g. {example}"
        for rid, ver, _family, stage, summary, example in rows
    )
