"""The ingest flow: discover -> read -> derive (clean, language, NER) -> validate -> load.

Each task handles one stage for a whole batch of files; the flow only composes them.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import psutil
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import frames
from flows.artifacts import publish_run_artifacts
from flows.progress import StageProgress
from flows.scaleout import derived_batches, files_of
from flows.config import DEFAULT_BATCH_SIZE, DEFAULT_DB, RunConfig
from expectations.validate import BatchValidationError, ValidationSession
from flows import validation
from flows.parallel import Derivation, StagePool
from flows.sources import Discovery, FileRef, discover, read_file
from warehouse import db as warehouse_db
from warehouse import load as warehouse_load
from warehouse import runs as warehouse_runs
from warehouse import snapshot as warehouse_snapshot

# The warehouse connection is closed and opened again after this many batches (3,200 files),
# or sooner once the flow process has grown this much since it was last opened: DuckDB keeps
# memory for a connection that goes on inserting, more per batch as the tables grow (100,000
# articles: the flow process went from 0.8 to 1.7 GB within 8 batches), and gives it back on
# close (docs/benchmarks.md).
REOPEN_EVERY_BATCHES = 8
REOPEN_GROWTH_MB = 192


@dataclass
class RunStats:
    """Counters and per-stage seconds of one run."""

    run_id: str
    counters: dict[str, int] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)  # record_type, record_key, source_file, failed_checks, reason
    validation_success: bool = True
    entity_ids: set[str] = field(default_factory=set)

    def add(self, name: str, value: int) -> None:
        self.counters[name] = self.counters.get(name, 0) + int(value)

    def timed(self, stage: str, started: float) -> None:
        self.add_seconds(stage, time.perf_counter() - started)

    def add_seconds(self, stage: str, seconds: float) -> None:
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds


@task(name="discover", cache_policy=NO_CACHE)
def discover_files(paths: tuple[str, ...]) -> Discovery:
    return discover(paths)


@task(name="read-and-hash", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def read_batch(refs: list[FileRef], known: dict, full_refresh: bool) -> frames.ReadBatch:
    """Read and hash the batch; unchanged files (same hash as last time) are set aside unparsed."""
    return frames.read_batch(refs, known, full_refresh, read_file)


@task(name="derive", cache_policy=NO_CACHE)
def derive_batch(derivation: Derivation) -> tuple[frames.ParsedBatch, dict[str, float]]:
    """Clean, language and NER of one batch: the records and the seconds of each stage.

    The work runs in the StagePool's workers from the moment the batch was submitted (while
    the flow validated and loaded the batch before it); this task waits for it."""
    return derivation.result()


@task(name="validate-files", cache_policy=NO_CACHE)
def validate_files(batch: frames.ReadBatch, session: ValidationSession) -> tuple[frames.ReadBatch, bool]:
    """The files suite: a file that fails (empty, binary, oversized...) is quarantined, not parsed."""
    return validation.validate_files(batch, session)


@task(name="validate", cache_policy=NO_CACHE)
def validate_batch(parsed: frames.ParsedBatch, session: ValidationSession) -> frames.ValidatedBatch:
    return validation.validate_records(parsed, session)


@task(name="load", cache_policy=NO_CACHE)
def load_batch(
    con, batch: warehouse_load.LoadBatch, run_id: str, before_commit: Callable[[], None] | None = None
) -> warehouse_load.LoadCounts:
    return warehouse_load.load_batch(con, batch, run_id, before_commit)


@task(name="finish", cache_policy=NO_CACHE)
def rebuild_entities(con, entity_ids: set[str]) -> int:
    from transforms.enrich import canonical_entities

    surfaces = warehouse_runs.entity_surface_counts(con, sorted(entity_ids))
    warehouse_runs.replace_entities(con, canonical_entities(surfaces))
    return con.execute("select count(*) from entities").fetchone()[0]


@task(name="publish-snapshot", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def publish_snapshot(con, db, run_id: str) -> warehouse_snapshot.SnapshotResult:
    """Swap in the read snapshot dashboards open (never the file this run writes)."""
    return warehouse_snapshot.publish_snapshot(con, db, run_id)


def _batches(refs: list[FileRef], size: int):
    for start in range(0, len(refs), size):
        yield refs[start : start + size]


def reopen_due(batches_since_open: int, grown_bytes: int) -> bool:
    """Whether to reopen the warehouse connection after a batch."""
    return batches_since_open >= REOPEN_EVERY_BATCHES or grown_bytes >= REOPEN_GROWTH_MB * 2**20


def _rss() -> int:
    return psutil.Process().memory_info().rss


def run_ingest(config: RunConfig, progress: StageProgress | None = None) -> dict[str, Any]:
    """The body of the flow, on a config object (usable from the CLI and from deployments)."""
    return run_pipeline(config, read_input_files, progress)


def run_pipeline(
    config: RunConfig,
    read_batches: Callable[..., Iterable[frames.ReadBatch]],
    progress: StageProgress | None = None,
) -> dict[str, Any]:
    """Read batches (``read_batches(con, config, stats, progress)``), then derive, validate, load them.

    ingest reads the input files; reprocess reads the raw text stored in the warehouse.
    """
    logger = get_run_logger()
    progress = progress or StageProgress(enabled=False)
    run_started = time.perf_counter()
    stats = RunStats(run_id=uuid.uuid4().hex[:12])
    con = warehouse_db.ReopenableConnection(config.db)
    try:
        warehouse_db.migrate(con)
        warehouse_runs.start_run(con, stats.run_id)
        # the GX context starts only when a batch needs it (not on a no-op re-run)
        session = _LazySession(config, stats.run_id)
        with StagePool(config.workers) as pool:
            # local workers start before the first batch's files are validated: their model
            # load overlaps the GX context start (on a Dask cluster the workers are already up)
            start_workers = (lambda: None) if config.dask_address else pool.start
            reads = _checked_files(read_batches(con, config, stats, progress), session, stats, start_workers)
            derived = derived_batches(reads, pool, derive_batch, config.dask_address, stats.add_seconds, logger)
            opened_after, rss_at_open = 0, _rss()
            for number, (read, parsed) in enumerate(derived, start=1):
                progress.advance("derive", len(read.to_parse))
                try:
                    _validate_and_load(con, read, parsed, config, stats, session.get())
                except Exception:
                    logger.error("stage 'validate'/'load' failed for the batch of files %s", files_of(read))
                    raise
                progress.advance("load", len(read.to_parse))
                logger.info("batch %d: %d files parsed, %d articles loaded so far",
                            number, len(read.to_parse), stats.counters.get("articles_loaded", 0))
                if reopen_due(number - opened_after, _rss() - rss_at_open):
                    con.reopen()  # DuckDB gives back what it kept of the batches before
                    opened_after, rss_at_open = number, _rss()
        started = time.perf_counter()
        if stats.entity_ids:
            rebuild_entities(con, stats.entity_ids)
        stats.timed("load", started)
        warehouse_runs.finish_run(con, stats.run_id, "completed", stats.counters, stats.validation_success)
        totals = warehouse_runs.table_counts(con)
        started = time.perf_counter()
        publish_snapshot(con, config.db, stats.run_id)
        stats.timed("snapshot", started)
    except BaseException:
        warehouse_runs.finish_run(con, stats.run_id, "failed", stats.counters, False)
        con.close()
        raise
    con.close()
    return _summary(config, stats, totals, time.perf_counter() - run_started)


def read_input_files(con, config: RunConfig, stats: RunStats, progress: StageProgress) -> Iterator[frames.ReadBatch]:
    """Discover the input files and read them batch by batch; unchanged files are set aside."""
    started = time.perf_counter()
    found = discover_files(config.paths)
    stats.add("files_seen", len(found.files) + len(found.unsupported))
    stats.add("files_unsupported", len(found.unsupported))
    known = warehouse_load.known_files(con)
    # same path, size and modification time as last ingested: unchanged, not even read
    todo = frames.files_to_read(found.files, known, config.full_refresh)
    stats.add("files_unchanged", len(found.files) - len(todo))
    stats.timed("discover", started)
    for stage in ("read", "derive", "load"):
        progress.add_stage(stage, total=len(todo))
    if found.quarantine:
        _load(con, frames.quarantine_only(found.quarantine), config, stats)
    for refs in _batches(todo, config.batch_size):
        started = time.perf_counter()
        read = read_batch(refs, known, config.full_refresh)
        stats.timed("read", started)
        for name, value in read.counters.items():
            stats.add(name, value)
        progress.advance("read", len(refs))
        unchanged = len(refs) - len(read.to_parse)  # same bytes as last time: nothing to derive
        progress.advance("derive", unchanged)
        progress.advance("load", unchanged)
        yield read
    stats.add("files_skipped", stats.counters.get("files_unchanged", 0) + len(found.unsupported))


class _LazySession:
    """The run's ValidationSession, created on first use."""

    def __init__(self, config: RunConfig, run_id: str):
        self._config, self._run_id, self._session = config, run_id, None

    def get(self) -> ValidationSession:
        if self._session is None:
            self._session = ValidationSession(gx_dir=self._config.gx_dir, run_name=self._run_id)
        return self._session


def _checked_files(
    reads: Iterable[frames.ReadBatch], session: _LazySession, stats: RunStats,
    before_first: Callable[[], None] = lambda: None,
) -> Iterator[frames.ReadBatch]:
    """The files suite between reading and parsing: failing files go to quarantine unparsed.

    `before_first` runs once, before the first batch with files to parse is validated (the
    flow starts its workers there, so their model load overlaps the GX context start)."""
    for read in reads:
        if read.to_parse:
            before_first()
            before_first = lambda: None  # noqa: E731
            started = time.perf_counter()
            try:
                read, files_valid = validate_files(read, session.get())
            except BatchValidationError as exc:
                _batch_not_loaded(stats, [f["source_file"] for f in read.to_parse], exc)
                continue
            stats.timed("validate", started)
            stats.validation_success &= files_valid
        yield read


def _batch_not_loaded(stats: RunStats, files: list[str], error: Exception) -> None:
    """A batch that cannot be validated at all loads nothing; its files are not recorded as
    seen, so the next run tries them again. Said loudly, and the run goes on."""
    get_run_logger().error("batch of %d files not loaded: %s", len(files), error)
    stats.validation_success = False
    stats.add("batches_failed", 1)
    stats.messages.append(f"batch of {len(files)} files from {files[0] if files else '?'} NOT LOADED: {error}")


def _validate_and_load(
    con, read: frames.ReadBatch, parsed: frames.ParsedBatch, config: RunConfig, stats: RunStats,
    session: ValidationSession,
) -> None:
    started = time.perf_counter()
    try:
        validated = validate_batch(parsed, session)
    except BatchValidationError as exc:
        _batch_not_loaded(stats, [f["source_file"] for f in read.to_parse], exc)
        return
    stats.timed("validate", started)
    if not validated.success:
        stats.validation_success = False
    _load(con, validated.to_load(read, config.full_refresh), config, stats)


def _load(con, batch: warehouse_load.LoadBatch, config: RunConfig, stats: RunStats) -> None:
    started = time.perf_counter()
    hook = _pause_before_commit(config.pause_before_commit) if config.pause_before_commit else None
    counts = load_batch(con, batch, stats.run_id, hook)
    stats.timed("load", started)
    stats.add("articles_loaded", counts.articles)
    stats.add("comments_loaded", counts.comments)
    stats.add("mentions_loaded", counts.mentions)
    stats.add("records_quarantined", counts.quarantined)
    stats.entity_ids |= counts.entity_ids
    for row in batch.quarantine.iter_rows(named=True):
        stats.messages.append(frames.quarantine_line(row))
        stats.quarantine.append({
            "record_type": row["record_type"], "record_key": row["record_key"], "source_file": row["source_file"],
            "failed_checks": list(row["failed_checks"] or []), "reason": frames.quarantine_reason(row),
        })


def _pause_before_commit(marker: str) -> Callable[[], None]:
    """Test hook: note the batch in `marker`; from the second batch on, wait to be killed."""

    def pause() -> None:
        with open(marker, "a", encoding="utf-8") as handle:
            handle.write("about to commit\n")
        with open(marker, encoding="utf-8") as handle:
            if handle.read().count("\n") >= 2:
                time.sleep(600)

    return pause


def _summary(config: RunConfig, stats: RunStats, totals: dict[str, int], seconds: float) -> dict[str, Any]:
    return {
        "run_id": stats.run_id,
        "db": str(config.db),
        **{name: stats.counters.get(name, 0) for name in (
            "files_seen", "files_new", "files_changed", "files_unchanged", "files_unsupported", "files_skipped",
            "articles_loaded", "comments_loaded", "mentions_loaded", "records_quarantined", "batches_failed",
        )},
        "validation_success": stats.validation_success,
        "totals": totals,
        "stage_seconds": {k: round(v, 3) for k, v in stats.stage_seconds.items()},
        "seconds": round(seconds, 2),
        "quarantine_messages": stats.messages,
        "quarantine_records": stats.quarantine,
    }


@flow(name="ingest", log_prints=True)
def ingest(
    paths: list[str],
    db: str = DEFAULT_DB,
    workers: int = 1,
    full_refresh: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dask_address: str = "",
) -> dict[str, Any]:
    """Ingest raw scraped news files into the DuckDB warehouse.

    Args:
        paths: Files and folders to ingest (folders are walked recursively).
        db: The DuckDB warehouse file (created on first run).
        workers: Processes for the CPU-bound stages (cleaning, language, NER).
        full_refresh: Re-derive every article even when its file is unchanged.
        batch_size: Files per batch; each stage handles one batch per task run.
        dask_address: Dask scheduler (tcp://host:8786) to run cleaning, language and NER on; empty: this machine.
    """
    config = RunConfig.from_params(paths, db, workers, full_refresh, batch_size, dask_address)
    with StageProgress() as progress:  # bars only when stderr is a terminal
        summary = run_ingest(config, progress)
    publish_run_artifacts("ingest", summary)
    return summary
