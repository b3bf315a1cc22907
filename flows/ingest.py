"""The ingest flow: discover -> read -> parse & clean -> enrich -> validate -> load.

Each task handles one stage for a whole batch of files; the flow only composes them.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import frames
from flows.config import DEFAULT_BATCH_SIZE, DEFAULT_DB, RunConfig
from expectations.validate import ValidationSession
from flows.parallel import StagePool
from flows.sources import Discovery, FileRef, discover, read_file
from warehouse import db as warehouse_db
from warehouse import load as warehouse_load
from warehouse import runs as warehouse_runs


@dataclass
class RunStats:
    """Counters and per-stage seconds of one run."""

    run_id: str
    counters: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    validation_success: bool = True
    entity_ids: set[str] = field(default_factory=set)

    def add(self, name: str, value: int) -> None:
        self.counters[name] = self.counters.get(name, 0) + int(value)

    def timed(self, stage: str, started: float) -> None:
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + time.perf_counter() - started


@task(name="discover", cache_policy=NO_CACHE)
def discover_files(paths: tuple[str, ...]) -> Discovery:
    return discover(paths)


@task(name="read-and-hash", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def read_batch(refs: list[FileRef], known: dict, full_refresh: bool) -> frames.ReadBatch:
    """Read and hash the batch; unchanged files (same hash as last time) are set aside unparsed."""
    return frames.read_batch(refs, known, full_refresh, read_file)


@task(name="parse-and-clean", cache_policy=NO_CACHE)
def parse_batch(batch: frames.ReadBatch, pool: StagePool) -> frames.ParsedBatch:
    return frames.parsed_batch(pool.build_records(batch.to_parse), batch.quarantine)


@task(name="language", cache_policy=NO_CACHE)
def language_batch(parsed: frames.ParsedBatch, pool: StagePool) -> frames.ParsedBatch:
    """Language of articles and comments."""
    from transforms.enrich import add_languages

    articles, comments = add_languages(parsed.articles, parsed.comments, detect=pool.detect_languages)
    return replace(parsed, articles=articles, comments=comments)


@task(name="entities", cache_policy=NO_CACHE)
def entities_batch(parsed: frames.ParsedBatch, pool: StagePool) -> frames.ParsedBatch:
    """Named entities of English texts."""
    from transforms.enrich import add_entities

    mentions, surfaces = add_entities(parsed.articles, parsed.comments, None, extract=pool.extract_mentions)
    return replace(
        parsed,
        entity_mentions=frames.frame(mentions, frames.MENTION_SCHEMA),
        mention_surfaces=frames.frame(surfaces, frames.SURFACE_SCHEMA),
    )


@task(name="validate", cache_policy=NO_CACHE)
def validate_batch(parsed: frames.ParsedBatch, session: ValidationSession) -> frames.ValidatedBatch:
    return frames.validate(parsed, session)


@task(name="load", cache_policy=NO_CACHE)
def load_batch(con, batch: warehouse_load.LoadBatch, run_id: str) -> warehouse_load.LoadCounts:
    return warehouse_load.load_batch(con, batch, run_id)


@task(name="finish", cache_policy=NO_CACHE)
def rebuild_entities(con, entity_ids: set[str]) -> int:
    from transforms.enrich import canonical_entities

    surfaces = warehouse_runs.entity_surface_counts(con, sorted(entity_ids))
    warehouse_runs.replace_entities(con, canonical_entities(surfaces))
    return con.execute("select count(*) from entities").fetchone()[0]


def _batches(refs: list[FileRef], size: int):
    for start in range(0, len(refs), size):
        yield refs[start : start + size]


def run_ingest(config: RunConfig) -> dict[str, Any]:
    """The body of the flow, on a config object (usable from the CLI and from deployments)."""
    logger = get_run_logger()
    run_started = time.perf_counter()
    stats = RunStats(run_id=uuid.uuid4().hex[:12])
    con = warehouse_db.connect(config.db)
    try:
        warehouse_db.migrate(con)
        warehouse_runs.start_run(con, stats.run_id)
        started = time.perf_counter()
        found = discover_files(config.paths)
        stats.add("files_seen", len(found.files) + len(found.unsupported))
        stats.add("files_unsupported", len(found.unsupported))
        known = warehouse_load.known_files(con)
        # same path, size and modification time as last ingested: unchanged, not even read
        todo = frames.files_to_read(found.files, known, config.full_refresh)
        stats.add("files_unchanged", len(found.files) - len(todo))
        stats.timed("discover", started)
        if found.quarantine:
            _load(con, frames.quarantine_only(found.quarantine), config, stats)
        with StagePool(config.workers) as pool:
            # workers and the GX context start only when there is something to read (not on a
            # no-op re-run); the workers' start-up overlaps with the GX context's
            if todo:
                pool.start()
                session = ValidationSession(gx_dir=config.gx_dir, run_name=stats.run_id)
            for number, refs in enumerate(_batches(todo, config.batch_size), start=1):
                _run_batch(con, refs, known, config, stats, session, pool)
                done = min(number * config.batch_size, len(todo))
                logger.info("batch %d: %d files (%d of %d to read done)", number, len(refs), done, len(todo))
        started = time.perf_counter()
        if stats.entity_ids:
            rebuild_entities(con, stats.entity_ids)
        stats.timed("load", started)
        stats.add("files_skipped", stats.counters.get("files_unchanged", 0) + len(found.unsupported))
        warehouse_runs.finish_run(con, stats.run_id, "completed", stats.counters, stats.validation_success)
        totals = warehouse_runs.table_counts(con)
    except BaseException:
        warehouse_runs.finish_run(con, stats.run_id, "failed", stats.counters, False)
        con.close()
        raise
    con.close()
    return _summary(config, stats, totals, time.perf_counter() - run_started)


def _run_batch(
    con, refs: list[FileRef], known: dict, config: RunConfig, stats: RunStats, session: ValidationSession,
    pool: StagePool,
) -> None:
    started = time.perf_counter()
    read = read_batch(refs, known, config.full_refresh)
    stats.timed("read", started)
    for name, value in read.counters.items():
        stats.add(name, value)
    started = time.perf_counter()
    parsed = parse_batch(read, pool)
    stats.timed("clean", started)
    started = time.perf_counter()
    parsed = language_batch(parsed, pool)
    stats.timed("language", started)
    started = time.perf_counter()
    parsed = entities_batch(parsed, pool)
    stats.timed("ner", started)
    started = time.perf_counter()
    validated = validate_batch(parsed, session)
    stats.timed("validate", started)
    if not validated.success:
        stats.validation_success = False
    _load(con, validated.to_load(read, config.full_refresh), config, stats)


def _load(con, batch: warehouse_load.LoadBatch, config: RunConfig, stats: RunStats) -> None:
    started = time.perf_counter()
    counts = load_batch(con, batch, stats.run_id)
    stats.timed("load", started)
    stats.add("articles_loaded", counts.articles)
    stats.add("comments_loaded", counts.comments)
    stats.add("mentions_loaded", counts.mentions)
    stats.add("records_quarantined", counts.quarantined)
    stats.entity_ids |= counts.entity_ids
    for row in batch.quarantine.iter_rows(named=True):
        stats.messages.append(frames.quarantine_line(row))


def _summary(config: RunConfig, stats: RunStats, totals: dict[str, int], seconds: float) -> dict[str, Any]:
    return {
        "run_id": stats.run_id,
        "db": str(config.db),
        **{name: stats.counters.get(name, 0) for name in (
            "files_seen", "files_new", "files_changed", "files_unchanged", "files_unsupported", "files_skipped",
            "articles_loaded", "comments_loaded", "mentions_loaded", "records_quarantined",
        )},
        "validation_success": stats.validation_success,
        "totals": totals,
        "stage_seconds": {k: round(v, 3) for k, v in stats.stage_seconds.items()},
        "seconds": round(seconds, 2),
        "quarantine_messages": stats.messages,
    }


@flow(name="ingest", log_prints=True)
def ingest(
    paths: list[str],
    db: str = DEFAULT_DB,
    workers: int = 1,
    full_refresh: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dict[str, Any]:
    """Ingest raw scraped news files into the DuckDB warehouse.

    Args:
        paths: Files and folders to ingest (folders are walked recursively).
        db: The DuckDB warehouse file (created on first run).
        workers: Processes for the CPU-bound stages (cleaning, language, NER).
        full_refresh: Re-derive every article even when its file is unchanged.
        batch_size: Files per batch; each stage handles one batch per task run.
    """
    config = RunConfig.from_params(paths, db, workers, full_refresh, batch_size)
    return run_ingest(config)
