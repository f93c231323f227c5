"""Regenerate the seeds' golden files: ``.venv/bin/python -m tests.golden.update``.

Review the diff line by line before committing it: the golden files are the reviewed expectation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import SEEDS
from tests.helpers import clean_text

GOLDEN = Path(__file__).parent


def golden_for(path: Path) -> dict[str, Any]:
    cleaned = clean_text(path.read_text(encoding="utf-8"))
    return {
        "title": cleaned.title,
        "text": cleaned.text.split("\n"),
        "sections": [
            {
                "index": s.index,
                "heading": s.heading,
                "level": s.level,
                "kind": s.kind,
                "lines": [s.line_start, s.line_end],
            }
            for s in cleaned.sections
        ],
        "ledger": [
            f"{e.line_no} {e.action} {e.role} s{e.section_index} {' '.join(e.rules)}".rstrip()
            for e in cleaned.entries
        ],
    }


def main() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        target = GOLDEN / f"{path.stem}.json"
        target.write_text(json.dumps(golden_for(path), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
