"""Where the CPU-bound batch stages run: in the flow process, or on a Dask cluster.

``derived_batches`` takes the read batches (read in the flow process, where the files are)
and yields each with its parsed-and-enriched records, in order. With a Dask address the
parse and enrich tasks of each batch are submitted to that cluster through prefect-dask's
``DaskTaskRunner`` (a few batches in flight, so memory stays bounded); validation and
loading stay in the flow process, so DuckDB keeps a single writer.

Dask workers import the tasks by name: they need newsfunnel and its NER model installed
(the same version as the flow), nothing else; they never touch the files or the database.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any, Callable, Iterable, Iterator

BATCHES_IN_FLIGHT = 8  # per run; enough to keep a small cluster busy, bounded so memory is too


def _files_of(read: Any, limit: int = 5) -> str:
    names = [f["source_file"] for f in read.to_parse]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _local(reads, parse, enrich, timed, logger) -> Iterator[tuple[Any, Any]]:
    for read in reads:
        stage = "clean"
        try:
            started = time.perf_counter()
            parsed = parse(read)
            timed("clean", started)
            stage, started = "enrich", time.perf_counter()
            parsed = enrich(parsed)
            timed("enrich", started)
        except Exception:
            logger.error("stage %r failed for the batch of files %s", stage, _files_of(read))
            raise
        yield read, parsed


def _on_dask(address, reads, parse, enrich, timed, logger) -> Iterator[tuple[Any, Any]]:
    from prefect_dask import DaskTaskRunner

    logger.info("parse and enrich run on the Dask cluster at %s", address)
    in_flight: deque = deque()

    def finished() -> tuple[Any, Any]:
        read, future = in_flight.popleft()
        started = time.perf_counter()
        try:
            parsed = future.result()
        except Exception:
            logger.error("stage 'clean'/'enrich' on Dask failed for the batch of files %s", _files_of(read))
            raise
        timed("wait for dask", started)
        return read, parsed

    with DaskTaskRunner(address=address) as runner:
        for read in reads:
            parsed = runner.submit(parse, {"batch": read})
            in_flight.append((read, runner.submit(enrich, {"parsed": parsed})))
            if len(in_flight) >= BATCHES_IN_FLIGHT:
                yield finished()
        while in_flight:
            yield finished()


def derived_batches(
    reads: Iterable[Any],
    parse: Callable,
    enrich: Callable,
    dask_address: str | None,
    timed: Callable[[str, float], None],
    logger,
) -> Iterator[tuple[Any, Any]]:
    """(read batch, enriched batch) pairs in input order, computed here or on Dask."""
    if dask_address:
        return _on_dask(dask_address, reads, parse, enrich, timed, logger)
    return _local(reads, parse, enrich, timed, logger)
