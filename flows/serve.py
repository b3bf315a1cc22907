"""`newsfunnel serve`: register the flows as deployments on the Prefect API and serve them.

Three deployments, run by this process (no work pool or worker needed):
- ``ingest/ingest``: a person fills in paths, db, workers, full_refresh in the UI's run form;
- ``ingest/watch``: the same flow every ``interval_seconds`` over the configured folders
  (unchanged files are skipped by content hash, so only new and changed files are processed);
- ``reprocess/reprocess``: re-derive everything from the raw text stored in the warehouse.

Runs execute one at a time (``limit=1``): they all write the same DuckDB file, which takes a
single writer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.config import DEFAULT_DB

TAGS = ["newsfunnel"]


def build_deployments(
    db: str = DEFAULT_DB,
    watch_folders: list[str] | tuple[str, ...] = (),
    interval_seconds: int = 300,
    dask_address: str | None = None,
) -> list:
    """The RunnerDeployments `serve` registers (importable flows, so runs can load them by module)."""
    from prefect.types.entrypoint import EntrypointType

    from flows.ingest import ingest
    from flows.reprocess import reprocess

    db = str(Path(db).resolve())
    common = {"db": db, **({"dask_address": dask_address} if dask_address else {})}
    folders = [str(Path(f).resolve()) for f in watch_folders]
    by_module = {"entrypoint_type": EntrypointType.MODULE_PATH, "tags": TAGS}
    return [
        ingest.to_deployment(
            "ingest",
            parameters=common,
            description="Ingest files and folders of raw scraped news into the DuckDB warehouse. "
            "Fill in `paths` (files or folders on the machine running `newsfunnel serve`).",
            **by_module,
        ),
        ingest.to_deployment(
            "watch",
            parameters={**common, "paths": folders} if folders else common,
            interval=interval_seconds if folders else None,
            description=f"Every {interval_seconds} s: ingest new and changed files of "
            + (", ".join(folders) if folders else "(no folders configured: start serve with --watch DIR)"),
            **by_module,
        ),
        reprocess.to_deployment(
            "reprocess",
            parameters=common,
            description="Re-derive articles, comments, languages and entities from the raw text stored "
            "in the warehouse (after the cleaning rules or the NER model changed).",
            **by_module,
        ),
    ]


def serve(
    db: str = DEFAULT_DB,
    watch_folders: list[str] | tuple[str, ...] = (),
    interval_seconds: int = 300,
    dask_address: str | None = None,
) -> int:
    """Register the deployments on PREFECT_API_URL and run their flow runs until interrupted."""
    import prefect
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        print(
            "newsfunnel serve: PREFECT_API_URL is not set. Start a server (`prefect server start`) and\n"
            "  export PREFECT_API_URL=http://127.0.0.1:4200/api",
            file=sys.stderr,
        )
        return 2
    missing = [f for f in watch_folders if not Path(f).is_dir()]
    if missing:
        print(f"newsfunnel serve: --watch folders not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    deployments = build_deployments(db, watch_folders, interval_seconds, dask_address)
    prefect.serve(*deployments, limit=1)  # one run at a time: a single DuckDB writer
    return 0
