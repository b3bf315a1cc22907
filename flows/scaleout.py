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
from typing import Any, Callable, Iterable, Iterator, Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

BATCHES_IN_FLIGHT = 8  # per run; enough to keep a small cluster busy, bounded so memory is too

Stages = Sequence[tuple[str, Any]]  # (stage name, prefect task taking (batch, pool))

_worker_state = threading.local()  # per Dask worker thread: one StagePool, its NER model loaded once


def files_of(read: Any, limit: int = 5) -> str:
    """The first few files of a read batch, for log lines that say where a stage failed."""
    names = [f["source_file"] for f in read.to_parse]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _local(reads, stages: Stages, pool, timed, logger) -> Iterator[tuple[Any, Any]]:
    for read in reads:
        batch = read
        for name, stage in stages:
            started = time.perf_counter()
            try:
                batch = stage(batch, pool)
            except Exception:
                logger.error("stage %r failed for the batch of files %s", name, files_of(read))
                raise
            timed(name, started)
        yield read, batch


def _worker_pool():
    """This Dask worker thread's StagePool (its NER model is loaded on first use, then kept)."""
    from flows.parallel import StagePool

    if getattr(_worker_state, "pool", None) is None:
        _worker_state.pool = StagePool(1)
    return _worker_state.pool


@task(name="derive-on-dask", cache_policy=NO_CACHE)
def derive_on_worker(read: Any) -> Any:
    """All CPU-bound stages of one batch on a Dask worker (one task run per batch)."""
    from flows.ingest import DERIVE_STAGES  # imported by name on the worker: newsfunnel must be installed there

    batch = read
    for _, stage in DERIVE_STAGES:
        batch = stage.fn(batch, _worker_pool())
    return batch


def _on_dask(address, reads, stages: Stages, timed, logger) -> Iterator[tuple[Any, Any]]:
    from prefect_dask import DaskTaskRunner

    logger.info("cleaning, language and NER run on the Dask cluster at %s", address)
    in_flight: deque = deque()

    def finished() -> tuple[Any, Any]:
        read, future = in_flight.popleft()
        started = time.perf_counter()
        try:
            derived = future.result()
        except Exception:
            logger.error("stages %s on Dask failed for the batch of files %s",
                         "/".join(name for name, _ in stages), files_of(read))
            raise
        timed("dask wait", started)
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
    stages: Stages,
    pool: Any,
    dask_address: str | None,
    timed: Callable[[str, float], None],
    logger,
) -> Iterator[tuple[Any, Any]]:
    """(read batch, derived batch) pairs in input order: computed here with `pool`, or on Dask."""
    if dask_address:
        return _on_dask(dask_address, reads, stages, timed, logger)
    return _local(reads, stages, pool, timed, logger)
