"""Score a cleaner against hand-labelled documents, per document family and per rule family.

The labelled set lives in ``eval/cases/<family>/<name>.case`` (format: ``eval/README.md``). It is written
without looking at the rules, so the figures here measure them rather than restate them. A cleaner is
any callable that takes a document's text and returns one result per input line with ``action``,
``text``, ``role`` and ``rules``; the real pipeline's ledger entries have exactly those attributes.

The scorer never imports Prefect and never imports the rules unless :func:`default_clean` is called,
so it can be tested with a fake cleaner and its numbers can be trusted independently of the rules.

>>> text = "#: family: demo\\nT| Otters\\nD| Jump to: navigation\\nK| Otters swim.[1]\\n=> Otters swim."
>>> case = parse_case(text, name="demo/otters")
>>> [line.label for line in case.lines], case.lines[2].expected
(['T', 'D', 'K'], 'Otters swim.')
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

LABELS = frozenset("KDHTEB")
CONTENT_LABELS = frozenset("KHT")
"""Lines that must survive: content, headings and the title."""
ACCEPTABLE_DROP_LABELS = frozenset("DE")
"""Lines whose removal is not an error: cruft, and lines labelled either-way."""

_HEADER = re.compile(r"^#: (?P<key>[a-z_]+):(?: (?P<value>.*))?$")
_LINE = re.compile(r"^(?P<label>[A-Z])\|(?P<rest>.*)$")
_EXPECTED_PREFIX = "=>"
_UNATTRIBUTED = "(no rule)"


class CaseFormatError(ValueError):
    """A ``.case`` file is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class LabelledLine:
    """One physical line of a labelled document.

    ``number`` is the line's 1-based position in the document (not in the ``.case`` file);
    ``expected`` is the cleaned text a kept line should have (``None`` for D, E and B lines).
    """

    number: int
    label: str
    text: str
    expected: str | None
    source_line: int


@dataclass(frozen=True)
class LabelledCase:
    """A labelled document: its family, an optional note, and its lines with their labels."""

    name: str
    family: str
    lines: tuple[LabelledLine, ...]
    note: str = ""
    path: Path | None = None

    @property
    def text(self) -> str:
        """The document as the scraper saved it, lines joined with ``\\n``.

        A blank last line needs a terminator of its own: without one, the ``\\n`` before it would
        only end the line above, and the document would be a line short.
        """
        text = "\n".join(line.text for line in self.lines)
        return text + "\n" if self.lines and not self.lines[-1].text else text


class LineResult(Protocol):
    """What the scorer reads from a cleaner's per-line output (the ledger entry's shape)."""

    action: str
    text: str | None
    role: str
    rules: list[str]


@dataclass
class FakeLineResult:
    """A plain per-line result, for cleaners that are not the real pipeline (tests, baselines)."""

    action: str
    text: str | None
    role: str = "content"
    rules: list[str] = field(default_factory=list)


Cleaner = Callable[[str], Sequence[LineResult]]


# --- parsing -----------------------------------------------------------------------------------


def parse_case(source: str, *, name: str, path: Path | None = None) -> LabelledCase:
    """Parse one ``.case`` file's text; errors name the file (or ``name``) and the ``.case`` line.

    A blank document line may carry its whitespace (``B|    ``) so documents with indented blank
    lines round-trip exactly; a ``K``, ``D``, ``H``, ``T`` or ``E`` line must have text.

    >>> parse_case("#: family: x\\nK| a\\nB|\\nH| History[edit]\\n=> History", name="x/a").text
    'a\\n\\nHistory[edit]'
    >>> parse_case("#: family: x\\nQ| a", name="x/a")
    Traceback (most recent call last):
    ...
    tasks.cleaning.evaluation.CaseFormatError: x/a:2: unknown label 'Q' (expected one of B, D, E, H, K, T)
    """
    where = str(path) if path is not None else name
    raw_lines = source.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    metadata, body_start = _parse_header(raw_lines, where)
    if not metadata.get("family"):
        raise CaseFormatError(f"{where}:1: missing required header '#: family: <name>'")
    lines = _parse_body(raw_lines, body_start, where)
    if not lines:
        raise CaseFormatError(f"{where}:{body_start + 1}: the document has no lines")
    return LabelledCase(name, metadata["family"], tuple(lines), metadata.get("note", ""), path)


def _parse_header(raw_lines: list[str], where: str) -> tuple[dict[str, str], int]:
    metadata: dict[str, str] = {}
    index = 0
    while index < len(raw_lines) and raw_lines[index].startswith("#:"):
        match = _HEADER.match(raw_lines[index])
        if match is None:
            raise CaseFormatError(f"{where}:{index + 1}: malformed header, expected '#: key: value'")
        key, value = match["key"], (match["value"] or "").strip()
        if key not in ("family", "note"):
            raise CaseFormatError(f"{where}:{index + 1}: unknown header key {key!r} (expected family, note)")
        metadata[key] = f"{metadata[key]} {value}".strip() if key == "note" and key in metadata else value
        index += 1
    return metadata, index


def _parse_body(raw_lines: list[str], start: int, where: str) -> list[LabelledLine]:
    lines: list[LabelledLine] = []
    expected_allowed = False  # only directly after a K, H or T line, and only once
    for index in range(start, len(raw_lines)):
        raw, at = raw_lines[index], f"{where}:{index + 1}"
        if raw.startswith(_EXPECTED_PREFIX):
            if not expected_allowed:
                raise CaseFormatError(f"{at}: '=>' must directly follow a K, H or T line, once")
            lines[-1] = _with_expected(lines[-1], raw, at)
            expected_allowed = False
            continue
        lines.append(_parse_document_line(raw, len(lines) + 1, index + 1, at))
        expected_allowed = lines[-1].label in CONTENT_LABELS
    return lines


def _parse_document_line(raw: str, number: int, source_line: int, at: str) -> LabelledLine:
    match = _LINE.match(raw)
    if match is None:
        raise CaseFormatError(f"{at}: expected '<label>| <text>' or '=> <text>', got {raw[:60]!r}")
    label, rest = match["label"], match["rest"]
    if label not in LABELS:
        raise CaseFormatError(f"{at}: unknown label {label!r} (expected one of {', '.join(sorted(LABELS))})")
    if rest and not rest.startswith(" "):
        raise CaseFormatError(f"{at}: the '|' after the label must be followed by one space")
    text = rest[1:]
    if label == "B" and text.strip():
        raise CaseFormatError(f"{at}: a B (blank) line has text {text[:40]!r}")
    if label != "B" and not text.strip():
        raise CaseFormatError(f"{at}: a {label} line is blank; label it B")
    expected = text.rstrip() if label in CONTENT_LABELS else None
    return LabelledLine(number, label, text, expected, source_line)


def _with_expected(line: LabelledLine, raw: str, at: str) -> LabelledLine:
    if not raw.startswith(_EXPECTED_PREFIX + " ") or not raw[3:].strip():
        raise CaseFormatError(f"{at}: expected '=> <cleaned text>'")
    return LabelledLine(line.number, line.label, line.text, raw[3:], line.source_line)


def load_cases(directory: str | Path) -> list[LabelledCase]:
    """Load every ``*.case`` file under ``directory`` (recursively), named ``<family dir>/<stem>``."""
    root = Path(directory)
    if not root.is_dir():
        raise FileNotFoundError(f"no case directory at {root}")
    cases = []
    for path in sorted(root.rglob("*.case")):
        name = path.relative_to(root).with_suffix("").as_posix()
        cases.append(parse_case(path.read_text(encoding="utf-8"), name=name, path=path))
    return cases


# --- scoring -----------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class Tally:
    """Line counts behind the metrics (document counts for the title), for one scope (everything, or
    one document family)."""

    documents: int = 0
    scored_lines: int = 0
    content_total: int = 0
    content_kept: int = 0
    cruft_total: int = 0
    cruft_dropped: int = 0
    dropped_total: int = 0
    dropped_acceptable: int = 0
    text_exact: int = 0
    heading_total: int = 0
    heading_found: int = 0
    title_total: int = 0
    title_found: int = 0

    @property
    def content_kept_rate(self) -> float | None:
        return _ratio(self.content_kept, self.content_total)

    @property
    def cruft_dropped_rate(self) -> float | None:
        return _ratio(self.cruft_dropped, self.cruft_total)

    @property
    def drop_precision(self) -> float | None:
        return _ratio(self.dropped_acceptable, self.dropped_total)

    @property
    def exact_text_rate(self) -> float | None:
        return _ratio(self.text_exact, self.content_kept)

    @property
    def heading_recall(self) -> float | None:
        return _ratio(self.heading_found, self.heading_total)

    @property
    def title_rate(self) -> float | None:
        return _ratio(self.title_found, self.title_total)

    def metrics(self) -> dict[str, float | None]:
        return {
            "content_kept": self.content_kept_rate,
            "cruft_dropped": self.cruft_dropped_rate,
            "drop_precision": self.drop_precision,
            "exact_text": self.exact_text_rate,
            "heading_recall": self.heading_recall,
            "title_found": self.title_rate,
        }


@dataclass
class RuleFamilyTally:
    """What the lines one rule family dropped were labelled: cruft, either-way, or content lost."""

    dropped_cruft: int = 0
    dropped_either: int = 0
    dropped_content: int = 0

    @property
    def precision(self) -> float | None:
        total = self.dropped_cruft + self.dropped_either + self.dropped_content
        return _ratio(self.dropped_cruft + self.dropped_either, total)


@dataclass(frozen=True)
class Example:
    """One scoring failure, with enough to find it: ``got`` is the cleaned text or the role seen."""

    case: str
    line: int
    label: str
    input: str
    got: str | None
    rules: tuple[str, ...] = ()


@dataclass
class EvalReport:
    """Overall and per-family tallies, drop attribution per rule family, and the failures."""

    overall: Tally
    by_family: dict[str, Tally]
    by_rule_family: dict[str, RuleFamilyTally]
    content_dropped: list[Example]
    cruft_kept: list[Example]
    wrong_text: list[Example]
    missed_headings: list[Example]


def deciding_rule_family(rules: Sequence[str]) -> str:
    """The family of the rule that dropped a line: the last one recorded, since dropping ends the line.

    Normalisers record themselves before the drop rule does, so the first rule is not the decider.

    >>> deciding_rule_family(["characters.nbsp@1", "wiki_chrome.jump_to_navigation@2"])
    'wiki_chrome'
    >>> deciding_rule_family([])
    '(no rule)'
    """
    if not rules:
        return _UNATTRIBUTED
    return rules[-1].split("@", 1)[0].split(".", 1)[0]


def evaluate(cases: Iterable[LabelledCase], clean: Cleaner) -> EvalReport:
    """Run ``clean`` on every case and score its per-line results against the labels."""
    report = EvalReport(Tally(), {}, {}, [], [], [], [])
    for case in cases:
        results = list(clean(case.text))
        if len(results) != len(case.lines):
            raise ValueError(f"{case.name}: {len(results)} results for {len(case.lines)} lines")
        family = report.by_family.setdefault(case.family, Tally())
        for tally in (report.overall, family):
            tally.documents += 1
        title_roles = []  # the roles given to the lines labelled as the page's title
        for line, result in zip(case.lines, results, strict=True):
            if line.label != "B":
                _score_line(report, family, case, line, result)
            if line.label == "T":
                title_roles.append(result.role)
        if title_roles:  # a page that prints its title: the cleaner should name one of its copies
            for tally in (report.overall, family):
                tally.title_total += 1
                tally.title_found += "title" in title_roles
    report.content_dropped.sort(key=lambda e: -len(e.input.strip()))
    return report


def _score_line(
    report: EvalReport, family: Tally, case: LabelledCase, line: LabelledLine, result: LineResult
) -> None:
    dropped = result.action == "dropped" or result.text is None
    example = Example(case.name, line.number, line.label, line.text, result.text, tuple(result.rules))
    for tally in (report.overall, family):
        _count(tally, line, result, dropped)
    if dropped:
        attribution = report.by_rule_family.setdefault(deciding_rule_family(result.rules), RuleFamilyTally())
        if line.label == "D":
            attribution.dropped_cruft += 1
        elif line.label == "E":
            attribution.dropped_either += 1
        else:
            attribution.dropped_content += 1
    if line.label in CONTENT_LABELS and dropped:
        report.content_dropped.append(example)
    elif line.label in CONTENT_LABELS and result.text != line.expected:
        report.wrong_text.append(example)
    elif line.label == "D" and not dropped:
        report.cruft_kept.append(example)
    if line.label == "H" and result.role != "heading":
        report.missed_headings.append(
            Example(case.name, line.number, "H", line.text, f"role={result.role}", tuple(result.rules))
        )


def _count(tally: Tally, line: LabelledLine, result: LineResult, dropped: bool) -> None:
    tally.scored_lines += 1
    if dropped:
        tally.dropped_total += 1
        tally.dropped_acceptable += line.label in ACCEPTABLE_DROP_LABELS
    if line.label in CONTENT_LABELS:
        tally.content_total += 1
        if not dropped:
            tally.content_kept += 1
            tally.text_exact += result.text == line.expected
    elif line.label == "D":
        tally.cruft_total += 1
        tally.cruft_dropped += dropped
    if line.label == "H":
        tally.heading_total += 1
        tally.heading_found += result.role == "heading"


def default_clean(text: str) -> list[Any]:
    """Clean ``text`` with the real pipeline and every registered rule; returns its ledger entries."""
    from tasks.cleaning.document import clean_lines
    from tasks.cleaning.lines import split_lines
    from tasks.cleaning.registry import select_rules

    return clean_lines(split_lines(text), select_rules()).entries


# --- reporting ---------------------------------------------------------------------------------

_METRIC_TITLES = (
    ("content_kept", "content kept", "content_kept", "content_total"),
    ("cruft_dropped", "cruft dropped", "cruft_dropped", "cruft_total"),
    ("drop_precision", "drop precision", "dropped_acceptable", "dropped_total"),
    ("exact_text", "exact text", "text_exact", "content_kept"),
    ("heading_recall", "heading recall", "heading_found", "heading_total"),
    ("title_found", "title found", "title_found", "title_total"),
)


def _cell(tally: Tally, metric: str, numerator: str, denominator: str) -> str:
    value = tally.metrics()[metric]
    shown = "   —  " if value is None else f"{100 * value:5.1f}%"
    return f"{shown} {getattr(tally, numerator):>4}/{getattr(tally, denominator):<4}"


def _shorten(text: str | None, width: int = 90) -> str:
    if text is None:
        return "∅"
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(report: EvalReport, max_examples: int = 10) -> str:
    """A fixed-width table of the metrics, the drop attribution and the first failures of each kind."""
    scope_width = max([len("overall"), *map(len, report.by_family)]) + 2
    header = f"{'scope':<{scope_width}}{'docs':>5}{'lines':>7}  " + "".join(
        f"{title:<18}" for _, title, _, _ in _METRIC_TITLES
    )
    rows = [header, "-" * len(header)]
    scopes = [("overall", report.overall), *sorted(report.by_family.items())]
    for name, tally in scopes:
        cells = "".join(f"{_cell(tally, metric, num, den):<18}" for metric, _, num, den in _METRIC_TITLES)
        rows.append(f"{name:<{scope_width}}{tally.documents:>5}{tally.scored_lines:>7}  {cells}")
    rows += [
        "",
        "Dropped lines by the rule family that dropped them:",
        f"{'rule family':<22}{'cruft (D)':>10}{'either (E)':>11}{'content':>9}{'precision':>11}",
    ]
    by_harm = sorted(report.by_rule_family.items(), key=lambda item: (-item[1].dropped_content, item[0]))
    for name, drops in by_harm:
        precision = "—" if drops.precision is None else f"{100 * drops.precision:.1f}%"
        rows.append(
            f"{name:<22}{drops.dropped_cruft:>10}{drops.dropped_either:>11}"
            f"{drops.dropped_content:>9}{precision:>11}"
        )
    for title, examples in (
        ("Content wrongly dropped (longest first)", report.content_dropped),
        ("Cruft wrongly kept", report.cruft_kept),
        ("Wrong cleaned text", report.wrong_text),
        ("Missed headings", report.missed_headings),
    ):
        rows += ["", f"{title}: {len(examples)}"]
        for example in examples[:max_examples]:
            rules = f"  [{', '.join(example.rules)}]" if example.rules else ""
            rows.append(f"  {example.case}:{example.line} {example.label}  {_shorten(example.input)!r}")
            rows.append(f"      got {_shorten(example.got)!r}{rules}")
    return "\n".join(rows)


def _tally_as_dict(tally: Tally) -> dict[str, Any]:
    counts = {name: getattr(tally, name) for name in tally.__dataclass_fields__}
    return {"counts": counts, "metrics": tally.metrics()}


def report_as_dict(report: EvalReport) -> dict[str, Any]:
    """The whole report as plain JSON-able data (ratios are ``None`` where nothing was counted)."""

    def examples(items: list[Example]) -> list[dict[str, Any]]:
        return [
            {
                "case": e.case,
                "line": e.line,
                "label": e.label,
                "input": e.input,
                "got": e.got,
                "rules": list(e.rules),
            }
            for e in items
        ]

    return {
        "overall": _tally_as_dict(report.overall),
        "by_family": {name: _tally_as_dict(t) for name, t in sorted(report.by_family.items())},
        "by_rule_family": {
            name: {
                "dropped_cruft": t.dropped_cruft,
                "dropped_either": t.dropped_either,
                "dropped_content": t.dropped_content,
                "precision": t.precision,
            }
            for name, t in sorted(report.by_rule_family.items())
        },
        "content_dropped": examples(report.content_dropped),
        "cruft_kept": examples(report.cruft_kept),
        "wrong_text": examples(report.wrong_text),
        "missed_headings": examples(report.missed_headings),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Score the real pipeline over a case directory: ``python -m tasks.cleaning.evaluation eval/cases``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("directory", nargs="?", default="eval/cases")
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    parser.add_argument("--examples", type=int, default=10, help="failures shown per kind in the table")
    args = parser.parse_args(argv)
    report = evaluate(load_cases(args.directory), default_clean)
    if args.json:
        print(json.dumps(report_as_dict(report), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
