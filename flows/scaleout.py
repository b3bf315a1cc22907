"""Where the CPU-bound batch stages run: in the flow process, or on a Dask cluster.

``derived_batches`` takes the read batches (read in the flow process, where the files are)
and yields each with its cleaned, language-tagged and NER-enriched records, in order. With
a Dask address one task per batch runs those stages on the cluster through prefect-dask's
``DaskTaskRunner`` (a few batches in flight, so memory stays bounded); validation and
loading stay in the flow process, so DuckDB keeps a single writer.

Dask workers import the tasks by name: they need newsfunnel and its NER model installed
(the same version as the flow), nothing else; they never touch the files or the database.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from prefect import task
from prefect.cache_policies import NO_CACHE

BATCHES_IN_FLIGHT = 8  # per run; enough to keep a small cluster busy, bounded so memory is too

_worker_state = threading.local()  # per Dask worker thread: one StagePool, its NER model loaded once


def files_of(read: Any, limit: int = 5) -> str:
    """The first few files of a read batch, for log lines that say where a stage failed."""
    names = [f["source_file"] for f in read.to_parse]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _local(reads, pool, derive_task, record, logger) -> Iterator[tuple[Any, Any]]:
    """Batch k+1 is queued in the pool before batch k is handed on (validated and loaded):
    the workers keep working while the flow process validates and loads."""
    pending = None
    for read in reads:
        queued = (read, pool.submit(read.to_parse, read.quarantine))
        if pending is not None:
            yield _collect(*pending, derive_task, record, logger)
        pending = queued
    if pending is not None:
        yield _collect(*pending, derive_task, record, logger)


def _collect(read, derivation, derive_task, record, logger) -> tuple[Any, Any]:
    try:
        parsed, seconds = derive_task(derivation)
    except Exception:
        logger.error("clean/language/NER failed for the batch of files %s", files_of(read))
        raise
    for stage, value in seconds.items():
        record(stage, value)
    return read, parsed


def _worker_pool():
    """This Dask worker thread's StagePool (its NER model is loaded on first use, then kept)."""
    from flows.parallel import StagePool

    if getattr(_worker_state, "pool", None) is None:
        _worker_state.pool = StagePool(1)
    return _worker_state.pool


@task(name="derive-on-dask", cache_policy=NO_CACHE)
def derive_on_worker(read: Any) -> Any:
    """All CPU-bound stages of one batch on a Dask worker (one task run per batch)."""
    return _worker_pool().submit(read.to_parse, read.quarantine).result()


def _on_dask(address, reads, record, logger) -> Iterator[tuple[Any, Any]]:
    from prefect_dask import DaskTaskRunner

    logger.info("cleaning, language and NER run on the Dask cluster at %s", address)
    in_flight: deque = deque()

    def finished() -> tuple[Any, Any]:
        read, future = in_flight.popleft()
        started = time.perf_counter()
        try:
            derived, seconds = future.result()
        except Exception:
            logger.error("clean/language/NER on Dask failed for the batch of files %s", files_of(read))
            raise
        record("dask wait", time.perf_counter() - started)
        for stage, value in seconds.items():
            record(stage, value)
        return read, derived

    with DaskTaskRunner(address=address) as runner:
        for read in reads:
            in_flight.append((read, runner.submit(derive_on_worker, {"read": read})))
            if len(in_flight) >= BATCHES_IN_FLIGHT:
                yield finished()
        while in_flight:
            yield finished()


def derived_batches(
    reads: Iterable[Any],
    pool: Any,
    derive_task: Callable[[Any], Any],
    dask_address: str | None,
    record: Callable[[str, float], None],
    logger,
) -> Iterator[tuple[Any, Any]]:
    """(read batch, derived batch) pairs in input order: computed with `pool` (its workers, or
    this process), or on Dask. `derive_task(derivation)` waits for one batch (a Prefect task);
    `record(stage, seconds)` receives the seconds each stage took in the workers."""
    if dask_address:
        return _on_dask(dask_address, reads, record, logger)
    return _local(reads, pool, derive_task, record, logger)
