"""The ``newsfunnel`` command line (also ``python -m flows``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flows.config import DEFAULT_DB, RunConfig, configure_environment


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
    run.add_argument("--batch-size", type=int, default=200, help="files per batch (default 200)")
    run.add_argument("--dask-address", default=None, help="run batch tasks on this Dask scheduler (tcp://host:8786)")
    run.add_argument("--json", action="store_true", help="print the summary as JSON")

    serve = sub.add_parser("serve", help="register and serve the flows as deployments on PREFECT_API_URL")
    serve.add_argument("--watch", nargs="*", default=[], help="folders the `watch` deployment picks new files from")
    serve.add_argument("--interval", type=int, default=300, help="seconds between watch runs (default 300)")
    serve.add_argument("--db", default=DEFAULT_DB)

    export = sub.add_parser("export", help="write every table and BI view as Parquet")
    export.add_argument("out_dir")
    export.add_argument("--db", default=DEFAULT_DB)

    report = sub.add_parser("validate-report", help="build the Great Expectations Data Docs of the latest run")
    report.add_argument("--db", default=DEFAULT_DB)
    return parser


def print_summary(summary: dict) -> None:
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
        ("  skipped (unchanged or unsupported)", summary["files_skipped"]),
        ("articles loaded", summary["articles_loaded"]),
        ("comments loaded", summary["comments_loaded"]),
        ("entity mentions loaded", summary["mentions_loaded"]),
        ("records quarantined", summary["records_quarantined"]),
        ("validation", "passed" if summary["validation_success"] else "some records failed (see quarantine)"),
        ("seconds", summary["seconds"]),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    totals = summary.get("totals", {})
    if totals:
        table.add_row("warehouse now", ", ".join(f"{k} {v}" for k, v in totals.items()))
    console.print(table)
    messages = summary.get("quarantine_messages", [])
    for line in messages[:20]:
        console.print(f"  quarantined: {line}", markup=False, highlight=False)
    if len(messages) > 20:
        console.print(f"  ... and {len(messages) - 20} more: select * from quarantine where run_id = '{summary['run_id']}'")


def main(argv: list[str] | None = None) -> int:
    configure_environment()
    args = build_parser().parse_args(argv)
    if args.command == "run":
        try:
            config = RunConfig.from_params(
                args.paths, args.db, args.workers, args.full_refresh, args.batch_size, args.dask_address
            )
        except ValueError as exc:
            print(f"newsfunnel: {exc}", file=sys.stderr)
            return 2
        from flows.ingest import ingest

        summary = ingest(
            paths=list(config.paths), db=str(config.db), workers=config.workers,
            full_refresh=config.full_refresh, batch_size=config.batch_size,
        )
        if args.json:
            print(json.dumps(summary, indent=2, default=str))
        else:
            print_summary(summary)
        return 0
    if args.command == "serve":
        from flows.serve import serve

        return serve(db=args.db, watch_folders=args.watch, interval_seconds=args.interval) or 0
    if args.command == "export":
        from warehouse.export import export_warehouse

        result = export_warehouse(Path(args.db), Path(args.out_dir))
        print(f"wrote {len(result.datasets)} Parquet datasets from {result.source} to {args.out_dir}"
              f" (described in {Path(args.out_dir) / 'schema.json'})")
        return 0
    if args.command == "validate-report":
        from expectations.docs import build_data_docs

        print(build_data_docs(Path(args.db)))
        return 0
    return 2
