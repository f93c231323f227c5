"""The ``decruft`` command line: it checks what it was asked, then hands runs to the Prefect flow.

Prefect is imported only by the commands that run a flow, so ``--help``, ``rules`` and ``eval``
answer at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_USAGE = 2
EXIT_DRIFT = 3
DESCRIPTION = (
    "Clean scraped wiki-style text and HTML into sectioned Parquet datasets with a complete line ledger."
)

# Quiet, robust defaults for Prefect's embedded server; a user's own settings win.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit code 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except UsageError as error:
        print(f"decruft: error: {error}", file=sys.stderr)
        return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="decruft", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="clean documents into Parquet datasets",
        description="Clean every document under SOURCE (a file, a directory searched recursively, a glob, or "
        "an fsspec URL) into OUT/documents, OUT/sections and OUT/lines, as a Prefect flow run. Incremental: "
        "documents already cleaned from the same bytes under the same rules are carried forward.",
    )
    _add_run_options(run)
    run.set_defaults(handler=command_run)

    serve = commands.add_parser(
        "serve",
        help="serve the cleaning flow on a cron schedule from this process",
        description="Register a scheduled deployment of the cleaning flow and run it from this process until "
        "stopped (Ctrl-C). For users without a work pool; see prefect.yaml for the work-pool way.",
    )
    _add_run_options(serve)
    serve.add_argument("--cron", default="0 * * * *", help="schedule (default: %(default)s, hourly)")
    serve.add_argument("--name", default="decruft-scheduled", help="deployment name (default: %(default)s)")
    serve.set_defaults(handler=command_serve)

    rules = commands.add_parser(
        "rules",
        help="list every cleaning rule",
        description="List every rule: id, version, family, stage, what it does and an example.",
    )
    rules.add_argument(
        "--markdown", action="store_true", help="print the table as markdown (as in the README)"
    )
    rules.set_defaults(handler=command_rules)

    evaluate = commands.add_parser(
        "eval",
        help="measure cleaning accuracy on labelled cases",
        description="Run the cleaner on labelled cases (see eval/README.md) and print, overall and per family: "
        "content kept, cruft dropped, drop precision, exact cleaned text, headings found, and the worst examples.",
    )
    evaluate.add_argument("cases", metavar="CASES_DIR")
    evaluate.add_argument("--json", action="store_true", help="machine-readable output")
    evaluate.set_defaults(handler=command_eval)

    _add_optional_commands(commands)
    return parser


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("sources", nargs="+", metavar="SOURCE")
    command.add_argument("--out", default="output", help="output folder (default: %(default)s)")
    command.add_argument("--workers", type=int, default=None, help="worker processes (default: CPU count)")
    command.add_argument(
        "--shard-mb", type=float, default=16.0, help="input MB per shard task (default: %(default)s)"
    )
    command.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch off a rule or family (repeatable)",
    )
    command.add_argument(
        "--format",
        default="auto",
        choices=("auto", "text", "html"),
        help="input format (default: sniff each file)",
    )
    command.add_argument("--full", action="store_true", help="clean every document again, changed or not")
    command.add_argument(
        "--dask-address", default=None, metavar="ADDR", help="existing Dask cluster, tcp://host:8786"
    )
    command.add_argument(
        "--keep-runs", type=int, default=5, help="published runs kept (default: %(default)s)"
    )
    command.add_argument(
        "--drift-threshold",
        type=float,
        default=0.5,
        help="relative change of a rule's drop rate that warns (0.5 = 50%%)",
    )
    command.add_argument(
        "--drift-min-lines",
        type=int,
        default=20,
        help="lines a rule's drops must move by to warn (default: %(default)s)",
    )
    command.add_argument("--fail-on-drift", action="store_true", help="exit with code 3 when a rule drifted")
    command.add_argument(
        "--boilerplate-scope",
        default="host",
        choices=("host", "global", "off"),
        help="where recurring lines are counted (default: %(default)s; local files: per SOURCE)",
    )
    command.add_argument(
        "--boilerplate-min-docs",
        type=int,
        default=5,
        help="drop a line found in at least this many documents of its scope (default: %(default)s; 0 = off)",
    )


def _add_optional_commands(commands: Any) -> None:
    """Commands whose modules may be absent in a trimmed install register themselves here."""
    try:
        from decruft.audit_cli import add_audit_commands
    except ImportError:
        return
    add_audit_commands(commands)


def _flow_parameters(args: argparse.Namespace) -> dict[str, Any]:
    """Check the run options (exit 2 on a bad one) and turn them into the flow's parameters."""
    from tasks.cleaning.registry import UnknownRuleError, select_rules
    from tasks.sources import SourceNotFoundError, discover_sources
    from tasks.storage.publish import OutputNotWritableError, prepare_output

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    try:
        select_rules(args.disable)
        discover_sources(args.sources)
        prepare_output(Path(args.out))
    except (SourceNotFoundError, UnknownRuleError, OutputNotWritableError) as error:
        raise UsageError(str(error)) from error
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    return {
        "sources": [_absolute(source) for source in args.sources],
        "out": str(Path(args.out).resolve()),
        "workers": args.workers,
        "shard_mb": args.shard_mb,
        "disabled_rules": list(args.disable),
        "dask_address": args.dask_address,
        "keep_runs": args.keep_runs,
        "full": args.full,
        "input_format": args.format,
        "drift_threshold": args.drift_threshold,
        "drift_min_lines": args.drift_min_lines,
        "boilerplate_scope": args.boilerplate_scope,
        "boilerplate_min_docs": args.boilerplate_min_docs,
    }


def _absolute(source: str) -> str:
    return source if "://" in source else os.path.abspath(source)


def command_run(args: argparse.Namespace) -> int:
    parameters = _flow_parameters(args)
    from flows.clean import run_clean

    record = run_clean(**parameters)
    print(summary_line(record))
    if record.get("drift"):
        rules = ", ".join(finding["tag"] for finding in record["drift"])
        print(f"decruft: warning: drop-rate drift in {rules} (see: decruft audit stats)", file=sys.stderr)
        if args.fail_on_drift:
            return EXIT_DRIFT
    return 0


def command_serve(args: argparse.Namespace) -> int:
    parameters = _flow_parameters(args)
    from flows.clean import clean_flow

    clean_flow.serve(name=args.name, cron=args.cron, parameters=parameters)
    return 0


def summary_line(record: dict[str, Any]) -> str:
    status = record["status_counts"]
    actions = record["line_actions"]
    changes = record.get("changes", {})
    return (
        f"run {record['run_id']}: {record['documents']} documents cleaned "
        f"(ok {status.get('ok', 0)}, empty {status.get('empty', 0)}, failed {status.get('failed', 0)}); "
        f"new {changes.get('new', 0)}, changed {changes.get('changed', 0)}, unchanged {changes.get('unchanged', 0)}, "
        f"missing {changes.get('missing', 0)}; lines kept {actions.get('kept', 0)}, "
        f"modified {actions.get('modified', 0)}, dropped {actions.get('dropped', 0)}; {record['parameters']['out']}"
    )


def command_rules(args: argparse.Namespace) -> int:
    from tasks.cleaning.catalogue import rule_table

    print(rule_table(markdown=args.markdown))
    return 0


def command_eval(args: argparse.Namespace) -> int:
    from tasks.cleaning.evaluation import (
        CaseFormatError,
        default_clean,
        evaluate,
        format_report,
        load_cases,
        report_as_dict,
    )

    folder = Path(args.cases)
    if not folder.is_dir():
        raise UsageError(f"cases folder not found: {folder}")
    try:
        cases = load_cases(folder)
    except CaseFormatError as error:
        raise UsageError(str(error)) from error
    report = evaluate(cases, default_clean)
    print(json.dumps(report_as_dict(report), indent=2) if args.json else format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
