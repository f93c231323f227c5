"""The ``decruft`` command line. It validates arguments, then hands the run to the Prefect flow.

Prefect is imported only by the commands that run a flow, so ``--help`` and ``decruft rules`` are instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_USAGE = 2

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
    parser = argparse.ArgumentParser(prog="decruft", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="clean documents into Parquet datasets",
        description=(
            "Clean every document under SOURCE (a file, a directory searched recursively, a glob, or an fsspec URL) "
            "into OUT/documents, OUT/sections and OUT/lines. Runs as a Prefect flow."
        ),
    )
    run.add_argument("sources", nargs="+", metavar="SOURCE")
    run.add_argument("--out", default="output", help="output folder (default: %(default)s)")
    run.add_argument("--workers", type=int, default=None, help="worker processes (default: CPU count)")
    run.add_argument(
        "--shard-mb", type=float, default=16.0, help="input megabytes per shard task (default: %(default)s)"
    )
    run.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch off a rule id or a whole family (repeatable)",
    )
    run.add_argument(
        "--dask-address",
        default=None,
        metavar="ADDR",
        help="run shards on an existing Dask cluster, e.g. tcp://10.0.0.5:8786",
    )
    run.add_argument(
        "--keep-runs", type=int, default=5, help="published runs kept under OUT/runs (default: %(default)s)"
    )
    run.set_defaults(handler=command_run)

    rules = commands.add_parser(
        "rules",
        help="list every cleaning rule",
        description="List every rule: id, version, family, stage, what it does and an example.",
    )
    rules.add_argument(
        "--markdown", action="store_true", help="print the table as markdown (as in the README)"
    )
    rules.set_defaults(handler=command_rules)
    return parser


def command_run(args: argparse.Namespace) -> int:
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
    from flows.clean import clean_flow

    record = clean_flow(
        sources=list(args.sources),
        out=args.out,
        workers=args.workers,
        shard_mb=args.shard_mb,
        disabled_rules=list(args.disable),
        dask_address=args.dask_address,
        keep_runs=args.keep_runs,
    )
    print(summary_line(record))
    return 0


def summary_line(record: dict) -> str:  # type: ignore[type-arg]
    status = record["status_counts"]
    actions = record["line_actions"]
    return (
        f"run {record['run_id']}: {record['documents']} documents "
        f"(ok {status.get('ok', 0)}, empty {status.get('empty', 0)}, failed {status.get('failed', 0)}); "
        f"lines kept {actions.get('kept', 0)}, modified {actions.get('modified', 0)}, dropped {actions.get('dropped', 0)}; "
        f"{record['parameters']['out']}"
    )


def command_rules(args: argparse.Namespace) -> int:
    from tasks.cleaning.catalogue import rule_table

    print(rule_table(markdown=args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
