"""Prove that a speed-up changes no output: fingerprint every ledger of a fixed document set, then compare.

Usage (from the repo root)::

    .venv/bin/python bench/ledger_snapshot.py write /tmp/before.json   # before the change
    .venv/bin/python bench/ledger_snapshot.py check /tmp/before.json   # after it; exit 1 on a difference

The set: seeded synthetic wiki pages, the labelled evaluation pages, the seeds, the test fixtures,
documents stitched from the per-rule test cases' lines, and the HTML pages of ``../shared/corpora``
when present. Each document's fingerprint covers its title, text and status, every ledger row's
action, role, rules, reason, text and section, and every section's heading, level, kind and range.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.synthetic import wiki_document
from tasks.cleaning.evaluation import load_cases
from tasks.cleaning.process import RunStamp, process_document
from tasks.cleaning.registry import Rule, select_rules
from tasks.config import DEFAULT_EXCLUDED_KINDS

CORPORA = REPO.parent / "shared" / "corpora"


def documents() -> Iterator[tuple[str, bytes]]:
    """The fixed document set, by name."""
    rng = random.Random(11)
    for number in range(60):
        yield f"synthetic/{number}", wiki_document(rng, number, int(30000 * rng.uniform(0.3, 1.5))).encode()
    for case in load_cases(REPO / "eval" / "cases"):
        yield f"eval/{case.name}", case.text.encode()
    for path in sorted((REPO / "seeds").iterdir()):
        yield f"seeds/{path.name}", path.read_bytes()
    for path in sorted((REPO / "tests" / "fixtures").rglob("*")):
        if path.is_file():
            yield f"fixtures/{path.relative_to(REPO / 'tests' / 'fixtures')}", path.read_bytes()
    case_lines = [
        line
        for path in sorted((REPO / "tests" / "cases").glob("*.json"))
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]
        for line in case["input"]
    ]
    rng = random.Random(5)
    for number in range(40):
        lines = [rng.choice(case_lines) for _ in range(rng.randint(5, 80))]
        yield f"stitched/{number}", "\n".join(lines).encode()
    for path in sorted(CORPORA.glob("wiki-html/*.html")) + sorted(CORPORA.glob("zyte-aeb/html/*"))[:60]:
        yield f"corpora/{path.parent.name}/{path.name}", path.read_bytes()


def fingerprint(name: str, data: bytes, rules: tuple[Rule, ...], stamp: RunStamp) -> str:
    rows = process_document(f"file:///{name}", data, rules, stamp)
    summary = [
        [rows.document[key] for key in ("title", "text", "status")],
        [[r[k] for k in ("action", "role", "rules", "reason", "text", "section_index")] for r in rows.lines],
        [[s[k] for k in ("heading", "level", "kind", "line_start", "line_end")] for s in rows.sections],
    ]
    return hashlib.sha256(json.dumps(summary, default=str).encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    rules = select_rules()
    stamp = RunStamp("snapshot", "", None, DEFAULT_EXCLUDED_KINDS)
    current = {name: fingerprint(name, data, rules, stamp) for name, data in documents()}
    if args.mode == "write":
        args.path.write_text(json.dumps(current, indent=0), encoding="utf-8")
        print(f"{len(current)} documents fingerprinted into {args.path}")
        return 0
    before = json.loads(args.path.read_text(encoding="utf-8"))
    differ = sorted(name for name in before.keys() | current.keys() if before.get(name) != current.get(name))
    print(
        f"{len(current)} documents, {len(differ)} differ" + (": " + ", ".join(differ[:20]) if differ else "")
    )
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
