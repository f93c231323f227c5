"""Article-extraction benchmark: decruft's HTML path against trafilatura on the Zyte AEB pages.

Usage (from the repo root)::

    .venv/bin/python bench/html_extraction.py [--limit N] [--json] [--corpus DIR]

The metric is the benchmark's own: tokens are ``\\w+`` matches, shingles are runs of four tokens
counted as a multiset; per page tp/fp/fn are normalised by their sum; precision and recall are
means over the pages where they are defined and F1 is the harmonic mean of the two means.
Speed is pages per second of extraction alone (no decompression, no scoring), one process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.cleaning.html import extract_blocks, main_text

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "zyte-aeb"
_TOKEN = re.compile(r"\w+")
_SHINGLE = 4


@dataclass(frozen=True)
class Score:
    system: str
    precision: float
    recall: float
    f1: float
    pages_per_second: float
    pages: int


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Four-token shingles as a multiset; a text shorter than four tokens is one shorter shingle.

    >>> shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})
    True
    >>> shingles("a b") == Counter({("a", "b"): 1}) and shingles("") == Counter()
    True
    """
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < _SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1))


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """The page's (tp, fp, fn) over shingles, each divided by their sum (all zero when both are empty)."""
    expected, got = shingles(truth), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def aggregate(counts: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision and recall over the pages where each is defined, and their harmonic mean.

    >>> aggregate([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])
    (0.75, 1.0, 0.8571428571428571)
    """
    precisions, recalls = [], []
    for tp, fp, fn in counts:
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_pages(corpus: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """(id, html, true article body) for each page with ground truth, in id order."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, raw.decode("utf-8", errors="replace"), truth[page_id]["articleBody"]))
    return pages


def decruft_extract(html: str) -> str:
    return main_text(extract_blocks(html))


def trafilatura_extractor() -> Callable[[str], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(html: str) -> str:
        return trafilatura.extract(html, include_comments=False) or ""

    return extract


def run_system(name: str, extract: Callable[[str], str], pages: list[tuple[str, str, str]]) -> Score:
    outputs = []
    started = time.perf_counter()
    for _, html, _ in pages:
        outputs.append(extract(html))
    elapsed = time.perf_counter() - started
    precision, recall, f1 = aggregate(
        page_counts(truth, out) for (_, _, truth), out in zip(pages, outputs, strict=True)
    )
    return Score(name, precision, recall, f1, len(pages) / elapsed if elapsed else float("inf"), len(pages))


def format_table(scores: list[Score]) -> str:
    lines = [
        f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>8}  (pages={scores[0].pages})"
    ]
    lines += [
        f"{s.system:<12} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>7.3f} {s.pages_per_second:>8.1f}"
        for s in scores
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with html/ and ground-truth.json"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages (by id)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if not (args.corpus / "ground-truth.json").is_file():
        print(
            f"benchmark corpus not found at {args.corpus} (expected ground-truth.json and html/); "
            "pass --corpus DIR",
            file=sys.stderr,
        )
        return 2
    pages = load_pages(args.corpus, args.limit)
    systems: list[tuple[str, Callable[[str], str]]] = [("decruft", decruft_extract)]
    trafilatura = trafilatura_extractor()
    if trafilatura is not None:
        systems.append(("trafilatura", trafilatura))
    scores = [run_system(name, extract, pages) for name, extract in systems]
    print(json.dumps([asdict(s) for s in scores], indent=2) if args.json else format_table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
