"""Instructions spent cleaning N synthetic pages: a figure that does not drift with the machine.

Wall-clock timings on a shared machine move by 20-30% from one minute to the next, more than
most single changes gain. ``valgrind --tool=callgrind`` counts instructions instead, the same
on every run; this script runs the cleaning under it twice, with and without the pages, and
prints the difference. Compare two versions of the code with it (about a minute each)::

    .venv/bin/python bench/instructions.py --pages 20

Instructions do not show memory stalls (the garbage collector walking a large heap, cache
misses); ``bench/throughput.py`` remains the figure of record.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def clean_pages(pages: int, clean: bool) -> None:
    """Make ``pages`` seeded synthetic pages and, if ``clean``, clean them."""
    sys.path.insert(0, str(REPO))
    from bench.synthetic import wiki_document
    from tasks.cleaning.process import RunStamp, process_document
    from tasks.cleaning.registry import ruleset_hash, select_rules
    from tasks.config import DEFAULT_EXCLUDED_KINDS

    rng = random.Random(7)
    documents = [wiki_document(rng, i, int(40000 * rng.uniform(0.5, 1.5))).encode() for i in range(pages)]
    rules = select_rules()
    stamp = RunStamp("bench", ruleset_hash(rules), None, DEFAULT_EXCLUDED_KINDS)
    for number, data in enumerate(documents if clean else []):
        process_document(f"file:///bench/{number}", data, rules, stamp)


def count(pages: int, clean: bool) -> int:
    """Instructions of a fresh interpreter making ``pages`` pages and, if ``clean``, cleaning them."""
    inner = [sys.executable, __file__, "--pages", str(pages), "--inner", "clean" if clean else "make"]
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *inner],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--inner", choices=["make", "clean"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner is not None:
        clean_pages(args.pages, args.inner == "clean")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    # Both runs import everything and make the pages, so the difference is the cleaning alone.
    spent = count(args.pages, clean=True) - count(args.pages, clean=False)
    print(f"cleaning {args.pages} pages: {spent / 1e6:,.0f} M instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
