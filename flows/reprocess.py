"""The reprocess flow: re-derive articles, comments, languages and entities from the raw
text stored in the warehouse (``raw_documents``), without the source files.

Run it after the cleaning rules or the NER model changed. Every stored file goes through
the same parse -> enrich -> validate -> load stages as ingest, as a full refresh.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Iterator

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows import frames
from flows.artifacts import publish_run_artifacts
from flows.config import DEFAULT_BATCH_SIZE, DEFAULT_DB, RunConfig
from flows.ingest import RunStats, run_pipeline
from flows.progress import StageProgress
from warehouse import raw as warehouse_raw


@task(name="read-stored", cache_policy=NO_CACHE)
def read_stored_batch(con, files: list[dict]) -> frames.ReadBatch:
    """The stored raw bytes of a batch of known files, shaped as a read batch."""
    raws = warehouse_raw.raw_bytes(con, sorted({f["content_hash"] for f in files}))
    to_parse = [{**f, "raw": raws[f["content_hash"]]} for f in files if f["content_hash"] in raws]
    return frames.ReadBatch(
        to_parse=to_parse,
        files=frames.frame(files, frames.FILE_SCHEMA),
        quarantine=[],
        counters={"files_changed": len(to_parse)},
    )


def read_stored_files(con, config: RunConfig, stats: RunStats, progress: StageProgress) -> Iterator[frames.ReadBatch]:
    started = time.perf_counter()
    stored = warehouse_raw.stored_files(con).to_dicts()
    stats.timed("discover", started)
    stats.add("files_seen", len(stored))
    for stage in ("read", "derive", "load"):
        progress.add_stage(stage, total=len(stored))
    for start in range(0, len(stored), config.batch_size):
        files = stored[start : start + config.batch_size]
        started = time.perf_counter()
        read = read_stored_batch(con, files)
        stats.timed("read", started)
        progress.advance("read", len(files))
        yield read


def run_reprocess(config: RunConfig, progress: StageProgress | None = None) -> dict[str, Any]:
    return run_pipeline(config, read_stored_files, progress)


@flow(name="reprocess", log_prints=True)
def reprocess(
    db: str = DEFAULT_DB,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dask_address: str = "",
) -> dict[str, Any]:
    """Re-derive every article from the raw text stored in the warehouse (no source files needed).

    Args:
        db: The DuckDB warehouse file to reprocess in place.
        workers: Processes for the CPU-bound stages (cleaning, language, NER).
        batch_size: Stored files per batch.
        dask_address: Dask scheduler (tcp://host:8786) to run parsing and enrichment on; empty: this machine.
    """
    if not Path(db).exists():
        raise FileNotFoundError(f"no warehouse at {db}: run `newsfunnel run PATH --db {db}` first")
    # paths: the warehouse itself is the input; full_refresh: every stored file is re-derived
    config = RunConfig.from_params([db], db, workers, True, batch_size, dask_address)
    with StageProgress() as progress:
        summary = run_reprocess(config, progress)
    publish_run_artifacts("reprocess", summary)
    return summary
