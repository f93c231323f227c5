"""The ``decruft audit`` and ``decruft report`` commands: read published runs, never write them.

``add_audit_commands`` registers both on the top-level parser of ``decruft.cli``. Handlers return an
exit code; anything the user named that is not there becomes a one-line ``UsageError`` (exit 2).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_OUT = "output"


def add_audit_commands(subparsers: Any) -> None:
    """Add ``audit`` (why, stats, diff) and ``report`` to the ``decruft`` command's subparsers."""
    audit = subparsers.add_parser(
        "audit",
        help="explain a published run: why a line went, what each rule did, what changed",
        description="Explain published runs from their line ledger. Runs are named by id, unique prefix, "
        "'current' or 'previous'; only the runs kept under OUT/runs (see run --keep-runs) can be read.",
    )
    commands = audit.add_subparsers(dest="audit_command", required=True, metavar="AUDIT_COMMAND")

    why = commands.add_parser(
        "why",
        help="a document's lines with their action, rule, version and reason",
        description="Show a document's lines with the action taken, the rule and version that decided it, "
        "its reason, and since which kept run the line has looked this way. DOC is a doc_id (or a unique "
        "prefix), a source URI, a local path, or a unique end of a source path.",
    )
    why.add_argument("doc", metavar="DOC")
    why.add_argument("--line", type=int, default=None, metavar="N", help="only line N (1-based)")
    _add_out_and_run(why)
    why.set_defaults(handler=command_why)

    stats = commands.add_parser(
        "stats",
        help="lines dropped and edited per rule, with examples; documents by status",
        description="Count, from the ledger, the lines each rule dropped or edited, with a few example lines, "
        "and the documents by status.",
    )
    _add_out_and_run(stats)
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.set_defaults(handler=command_stats)

    diff = commands.add_parser(
        "diff",
        help="lines whose action or text changed between two runs, by rule",
        description="Compare RUN_A (baseline) with RUN_B for the documents both hold with unchanged source: "
        "which lines changed action or text, and which rules started or stopped firing on them.",
    )
    diff.add_argument("run_a", metavar="RUN_A")
    diff.add_argument("run_b", metavar="RUN_B")
    diff.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    diff.add_argument("--json", action="store_true", help="print JSON instead of text")
    diff.set_defaults(handler=command_diff)

    report = subparsers.add_parser(
        "report",
        help="write one run as a self-contained HTML page",
        description="Write RUN (an id, a unique prefix or 'current') as a static HTML page: per-rule table, "
        "documents list, and each document's lines with dropped ones struck through.",
    )
    report.add_argument("run", metavar="RUN")
    report.add_argument("--html", required=True, metavar="PATH", help="where to write the page")
    report.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    report.add_argument(
        "--max-documents",
        type=int,
        default=200,
        metavar="N",
        help="documents rendered (default: %(default)s)",
    )
    report.set_defaults(handler=command_report)


def _add_out_and_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    parser.add_argument(
        "--run", default="current", metavar="RUN", help="run id, unique prefix, 'current' or 'previous'"
    )


def _lookups(action: Callable[[], int]) -> int:
    """Run ``action``, turning a failed lookup into the CLI's one-line usage error."""
    from decruft.cli import UsageError
    from tasks.audit.runs import AuditLookupError

    try:
        return action()
    except AuditLookupError as error:
        raise UsageError(str(error.args[0] if error.args else error)) from error


def command_why(args: argparse.Namespace) -> int:
    from tasks.audit.runs import published_runs, resolve_run, runs_before
    from tasks.audit.why import explain_document, find_document, render_why, use_colour

    def answer() -> int:
        out = Path(args.out)
        run = resolve_run(out, args.run)
        document = find_document(run, args.doc)
        older = runs_before(published_runs(out), run)
        stories = explain_document(run, older, document["doc_id"], args.line)
        print(render_why(document, run.run_id, stories, use_colour(sys.stdout, os.environ)))
        return 0

    return _lookups(answer)


def command_stats(args: argparse.Namespace) -> int:
    from tasks.audit.runs import resolve_run
    from tasks.audit.stats import collect_stats, stats_json, stats_text

    def answer() -> int:
        stats = collect_stats(resolve_run(Path(args.out), args.run))
        print(json.dumps(stats_json(stats), indent=2, ensure_ascii=False) if args.json else stats_text(stats))
        return 0

    return _lookups(answer)


def command_diff(args: argparse.Namespace) -> int:
    from tasks.audit.diff import diff_json, diff_runs, diff_text
    from tasks.audit.runs import resolve_run

    def answer() -> int:
        out = Path(args.out)
        diff = diff_runs(resolve_run(out, args.run_a), resolve_run(out, args.run_b))
        print(json.dumps(diff_json(diff), indent=2, ensure_ascii=False) if args.json else diff_text(diff))
        return 0

    return _lookups(answer)


def command_report(args: argparse.Namespace) -> int:
    from decruft.cli import UsageError
    from tasks.audit.report_html import build_report
    from tasks.audit.runs import resolve_run

    if args.max_documents < 1:
        raise UsageError("--max-documents must be at least 1")

    def answer() -> int:
        run = resolve_run(Path(args.out), args.run)
        page = build_report(run, max_documents=args.max_documents)
        target = Path(args.html)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write {target}: {error.strerror or error}") from error
        print(f"report of run {run.run_id} written to {target}")
        return 0

    return _lookups(answer)
