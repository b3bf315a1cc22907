"""The keyed artifacts every run leaves in the Prefect UI: a markdown summary and the quarantine.

Keys are stable per flow (``ingest-summary``, ``ingest-quarantine``, ``reprocess-summary``...)
so the UI's Artifacts page shows each one's history across runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

QUARANTINE_TABLE_LIMIT = 500  # the UI table stays readable; the warehouse holds every row

COUNT_ROWS = (
    ("files seen", "files_seen"),
    ("files new", "files_new"),
    ("files changed", "files_changed"),
    ("files skipped (unchanged or unsupported)", "files_skipped"),
    ("articles loaded", "articles_loaded"),
    ("comments loaded", "comments_loaded"),
    ("entity mentions loaded", "mentions_loaded"),
    ("records quarantined", "records_quarantined"),
)


def data_docs_hint(db: str) -> str:
    """Where the Great Expectations Data Docs of this warehouse are (or how to build them)."""
    index = Path(db).parent / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    if index.exists():
        return f"`{index.resolve()}`"
    return f"run `newsfunnel validate-report --db {db}` to build them"


def summary_markdown(flow_name: str, summary: dict[str, Any]) -> str:
    """The run summary as markdown: counts, warehouse totals, seconds per stage, Data Docs."""
    lines = [
        f"# newsfunnel {flow_name} run `{summary['run_id']}`",
        "",
        f"Warehouse: `{summary['db']}`  ",
        f"Validation: {'passed' if summary.get('validation_success') else 'some records failed (see the quarantine artifact)'}  ",
        f"Seconds: {summary.get('seconds', 0)}",
        "",
        "| what | count |",
        "|---|---:|",
        *(f"| {label} | {summary.get(key, 0)} |" for label, key in COUNT_ROWS if key in summary),
    ]
    totals = summary.get("totals") or {}
    if totals:
        lines += ["", "## Warehouse now", "", "| table | rows |", "|---|---:|"]
        lines += [f"| {name} | {count} |" for name, count in totals.items()]
    stages = summary.get("stage_seconds") or {}
    if stages:
        lines += ["", "## Seconds per stage", "", "| stage | seconds |", "|---|---:|"]
        lines += [f"| {stage} | {seconds:.2f} |" for stage, seconds in stages.items()]
    lines += ["", f"Data Docs: {data_docs_hint(summary['db'])}"]
    return "\n".join(lines) + "\n"


def quarantine_table(summary: dict[str, Any]) -> list[dict[str, str]]:
    """One row per quarantined record of the run: what, where, which checks, why."""
    rows = summary.get("quarantine_records") or []
    return [
        {
            "record_type": row.get("record_type") or "",
            "record_key": row.get("record_key") or "",
            "source_file": row.get("source_file") or "",
            "failed_checks": ", ".join(row.get("failed_checks") or []),
            "reason": row.get("reason") or "",
        }
        for row in rows[:QUARANTINE_TABLE_LIMIT]
    ]


def publish_run_artifacts(flow_name: str, summary: dict[str, Any]) -> None:
    """Create the run's two keyed artifacts (call inside a flow run)."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    create_markdown_artifact(
        key=f"{flow_name}-summary",
        markdown=summary_markdown(flow_name, summary),
        description=f"newsfunnel {flow_name}: files, articles, comments, entities, quarantined, seconds per stage",
    )
    rows = quarantine_table(summary)
    shown = f" (first {len(rows)})" if summary.get("records_quarantined", 0) > len(rows) else ""
    create_table_artifact(
        key=f"{flow_name}-quarantine",
        table=rows or [{"record_type": "", "record_key": "", "source_file": "", "failed_checks": "", "reason": "none"}],
        description=f"Records quarantined by run {summary['run_id']}{shown}; all of them: "
        f"select * from quarantine where run_id = '{summary['run_id']}'",
    )
