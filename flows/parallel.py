"""Worker processes for the CPU-bound stages of a run: cleaning, language, NER.

One `StagePool` per run. With `workers=1` everything runs in the calling process; with
N > 1 a pool of N spawned processes is created once, and each worker loads the NER model
once (in its initializer), so start-up is paid per worker, never per batch.

`StagePool.submit(files)` cuts a batch into chunks of about equal work (raw size) and
queues them; each chunk is cleaned, language-tagged and NER-tagged in one worker call
(flows.frames.derive), so a worker goes from one stage to the next without waiting for
the other chunks. The call returns at once: the flow submits batch k+1 before it validates
and loads batch k, so the workers never wait for the flow. `Derivation.result()` gives
the batch's records in input order, so the output is the same whatever the number of
workers.

Memory stays bounded: the flow keeps at most two batches in the pool. Only plain data
crosses the process boundary (raw bytes in; polars frames and stage seconds out), never
spaCy Docs.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

# Chunks per worker and batch: more than one evens out uneven documents.
CHUNKS_PER_WORKER = 4

# Workers run at a lower CPU priority than the flow process. With N workers on N cores the
# flow's own work (validating and loading batch k, Prefect's task runs, queueing batch k+1)
# otherwise gets a third of a core while it competes with them, and everything downstream of
# the workers waits for it (benchmarks: "validate" took 2.5 s of wall time per batch for
# 0.7 s of CPU). The workers lose nothing: the flow is idle most of the time.
WORKER_NICENESS = 10

_worker_nlp = None  # the NER model of a worker process (set by its initializer)


def _init_worker() -> None:
    global _worker_nlp
    import os

    from flows.config import configure_environment

    if hasattr(os, "nice"):  # POSIX only
        os.nice(WORKER_NICENESS)

    configure_environment()
    from transforms.entities import load_ner_model
    from transforms.language import detect_language

    _worker_nlp = load_ner_model()
    detect_language("warm up the language profiles once per worker")


def _ready() -> bool:
    return True


def _derive_chunk(files: list[dict]):
    from flows.frames import derive

    return derive(files, _worker_nlp)


def chunk_bounds(costs: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """Cut a sequence into at most `parts` contiguous slices of about equal total cost."""
    total = sum(costs)
    if not costs:
        return []
    parts = max(1, min(parts, len(costs)))
    bounds, start, acc, target = [], 0, 0, total / parts
    for i, cost in enumerate(costs):
        acc += cost
        if acc >= target * (len(bounds) + 1) and len(bounds) < parts - 1 and i + 1 < len(costs):
            bounds.append((start, i + 1))
            start = i + 1
    bounds.append((start, len(costs)))
    return bounds


class StagePool:
    """Runs the clean / language / NER stage functions over a batch in `workers` processes."""

    def __init__(self, workers: int = 1):
        self.workers = max(1, int(workers))
        self._executor: ProcessPoolExecutor | None = None
        self._local_nlp = None

    def __enter__(self) -> "StagePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def start(self) -> None:
        """Start the workers now, in the background (their imports and model load then
        overlap with whatever the caller does next, e.g. the GX context)."""
        if self.workers > 1 and self._executor is None:
            pool = self._pool()
            for _ in range(self.workers):
                pool.submit(_ready)

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),  # the flow process has threads
                initializer=_init_worker,
            )
        return self._executor

    def _local_model(self):
        if self._local_nlp is None:
            from transforms.entities import load_ner_model

            self._local_nlp = load_ner_model()
        return self._local_nlp

    def submit(self, files: list[dict], read_quarantine: list[dict] | None = None) -> "Derivation":
        """Queue clean + language + NER of `files` (dicts with source_file, collection,
        content_hash, raw); the work starts now in the workers (with one worker: on result())."""
        if not files or self.workers == 1:
            return Derivation(self, files, [], read_quarantine)
        bounds = chunk_bounds([len(f["raw"] or b"") + 2000 for f in files], self.workers * CHUNKS_PER_WORKER)
        pool = self._pool()
        return Derivation(self, files, [pool.submit(_derive_chunk, files[a:b]) for a, b in bounds], read_quarantine)


class Derivation:
    """One batch's clean + language + NER, queued in the pool or still to run here."""

    def __init__(self, pool: StagePool, files: list[dict], futures: list, read_quarantine: list[dict] | None):
        self._pool, self._files, self._futures, self._quarantine = pool, files, futures, read_quarantine

    def result(self):
        """(ParsedBatch of the whole batch in input order, seconds per stage summed over chunks)."""
        from flows.frames import concat_parsed, derive

        if self._futures:
            parts = [future.result() for future in self._futures]
        elif self._files:
            parts = [derive(self._files, self._pool._local_model())]
        else:
            parts = []
        seconds: dict[str, float] = {}
        for _, part_seconds in parts:
            for stage, value in part_seconds.items():
                seconds[stage] = seconds.get(stage, 0.0) + value
        self._futures, self._files = [], []  # let the inputs go
        return concat_parsed([parsed for parsed, _ in parts], self._quarantine), seconds
