"""The ``newsfunnel`` command line (also ``python -m flows``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from flows.config import DEFAULT_BATCH_SIZE, DEFAULT_DB, RunConfig, configure_environment


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfunnel", description="Turn folders of raw scraped news into a clean DuckDB warehouse."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="ingest files and folders into the warehouse")
    run.add_argument("paths", nargs="+", help="files and folders (walked recursively)")
    run.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file (default {DEFAULT_DB})")
    run.add_argument("--workers", type=int, default=1, help="processes for cleaning, language and NER")
    run.add_argument("--full-refresh", action="store_true", help="re-derive every article, even unchanged files")
    run.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                     help=f"files per batch (default {DEFAULT_BATCH_SIZE})")
    run.add_argument("--dask-address", default=None, help="run batch tasks on this Dask scheduler (tcp://host:8786)")
    run.add_argument("--json", action="store_true", help="print the summary as JSON")

    serve = sub.add_parser("serve", help="register and serve the flows as deployments on PREFECT_API_URL")
    serve.add_argument("--watch", nargs="*", default=[], help="folders the `watch` deployment picks new files from")
    serve.add_argument("--interval", type=int, default=300, help="seconds between watch runs (default 300)")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--dask-address", default=None, help="run batch tasks of served runs on this Dask scheduler")

    export = sub.add_parser("export", help="write every table and BI view as Parquet")
    export.add_argument("out_dir")
    export.add_argument("--db", default=DEFAULT_DB)

    report = sub.add_parser("validate-report", help="build the Great Expectations Data Docs of the latest run")
    report.add_argument("--db", default=DEFAULT_DB)
    return parser


def print_summary(summary: dict, wall_seconds: float | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"newsfunnel run {summary['run_id']} -> {summary['db']}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("files seen", summary["files_seen"]),
        ("  new", summary["files_new"]),
        ("  changed", summary["files_changed"]),
        ("  unchanged (skipped)", summary.get("files_unchanged", 0)),
        ("  unsupported kind (skipped)", summary.get("files_unsupported", 0)),
        ("articles loaded", summary["articles_loaded"]),
        ("comments loaded", summary["comments_loaded"]),
        ("entity mentions loaded", summary["mentions_loaded"]),
        ("records quarantined", summary["records_quarantined"]),
        ("validation", "passed" if summary["validation_success"] else "some records failed (see quarantine)"),
        ("seconds (flow)", summary["seconds"]),
    ]
    if wall_seconds is not None:
        rows.append(("seconds (with Prefect start-up)", round(wall_seconds, 1)))
    for name, value in rows:
        table.add_row(name, str(value))
    totals = summary.get("totals", {})
    if totals:
        table.add_row("warehouse now", ", ".join(f"{k} {v}" for k, v in totals.items()))
    console.print(table)
    if summary["files_seen"] == 0:
        console.print("  nothing to ingest: no files under the given paths.", markup=False, highlight=False)
    elif summary["files_seen"] == summary.get("files_unsupported", 0):
        console.print(
            "  nothing to ingest: every file is of an unsupported kind "
            "(supported: .txt .md .html .htm .json .jsonl, optionally .gz).",
            markup=False, highlight=False,
        )
    if summary["files_seen"] and summary.get("files_unchanged", 0) == summary["files_seen"] - summary.get("files_unsupported", 0):
        console.print(
            "  every file was unchanged since the last run. After upgrading newsfunnel or its rules, re-derive "
            "with --full-refresh (or the `reprocess` deployment).", markup=False, highlight=False,
        )
    messages = summary.get("quarantine_messages", [])
    for line in messages[:20]:
        console.print(f"  quarantined: {line}", markup=False, highlight=False)
    if len(messages) > 20:
        console.print(f"  ... and {len(messages) - 20} more.", markup=False, highlight=False)
    if messages:
        console.print(
            f"  see them all: select record_type, source_file, failed_checks, payload from quarantine "
            f"where run_id = '{summary['run_id']}'; Data Docs: newsfunnel validate-report --db {summary['db']}",
            markup=False, highlight=False,
        )


def fail(message: str) -> int:
    print(f"newsfunnel: {message}", file=sys.stderr)
    return 2


def check_run_inputs(config: RunConfig) -> str | None:
    """A user mistake found before Prefect starts, as one line; None when the run can go ahead."""
    missing = [path for path in config.paths if not os.path.exists(path)]
    if len(missing) == len(config.paths):
        return f"no such file or folder: {', '.join(missing)} (give the folder your scraper saved into)"
    for path in missing:
        print(f"newsfunnel: warning: no such file or folder: {path} (skipped; recorded in quarantine)", file=sys.stderr)
    from warehouse.db import connect

    try:
        connect(config.db).close()
    except RuntimeError as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot create the warehouse {config.db}: {exc.strerror}; choose another --db"
    return None


def run_command(args) -> int:
    try:
        config = RunConfig.from_params(
            args.paths, args.db, args.workers, args.full_refresh, args.batch_size, args.dask_address
        )
    except ValueError as exc:
        return fail(str(exc))
    problem = check_run_inputs(config)
    if problem:
        return fail(problem)
    started = time.perf_counter()
    try:
        from flows.ingest import ingest

        summary = ingest(
            paths=list(config.paths), db=str(config.db), workers=config.workers,
            full_refresh=config.full_refresh, batch_size=config.batch_size, dask_address=config.dask_address or "",
        )
    except KeyboardInterrupt:
        return fail("interrupted; the warehouse holds every batch committed before the interrupt. Run again to finish.")
    except Exception as exc:  # the flow failed: Prefect has logged the details above
        hint = ""
        if "ephemeral" in str(exc).lower() or "Prefect API" in str(exc):
            hint = (" The temporary Prefect server did not start in time (a busy machine or many runs at once):"
                    " start one with `prefect server start` and export PREFECT_API_URL=http://127.0.0.1:4200/api,"
                    " or raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.")
        print(f"newsfunnel: the run failed: {type(exc).__name__}: {exc}.{hint} "
              "Batches loaded before the failure are kept; run again to finish.", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(summary, indent=2, default=str))
    else:
        print_summary(summary, time.perf_counter() - started)
    return 0


def main(argv: list[str] | None = None) -> int:
    configure_environment()
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return run_command(args)
    if args.command == "serve":
        from flows.serve import serve

        return serve(
            db=args.db, watch_folders=args.watch, interval_seconds=args.interval, dask_address=args.dask_address
        ) or 0
    if args.command == "export":
        from warehouse.export import export_warehouse

        result = export_warehouse(Path(args.db), Path(args.out_dir))
        print(f"wrote {len(result.datasets)} Parquet datasets from {result.source} to {args.out_dir}"
              f" (described in {Path(args.out_dir) / 'schema.json'})")
        return 0
    if args.command == "validate-report":
        from expectations.validate import build_data_docs, gx_dir_for

        try:
            index = build_data_docs(gx_dir_for(args.db))
        except FileNotFoundError as exc:
            print(f"newsfunnel: {exc}", file=sys.stderr)
            return 1
        print(index)
        return 0
    return 2
