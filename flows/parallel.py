"""Worker processes for the CPU-bound stages of a run: cleaning, language, NER.

One `StagePool` per run. With `workers=1` every call runs in the calling process;
with N > 1 a pool of N spawned processes is created once, and each worker loads
the NER model once (in its initializer), so start-up is paid per worker, never
per batch. A batch is cut into chunks of about equal work (text length), the
chunks run in the workers, and the results come back in input order, so the
output is the same whatever the number of workers.

Memory stays bounded: the pool holds N workers and at most one batch in flight.
Only plain data crosses the process boundary (raw bytes in; records, language
pairs and `Mention` tuples out), never spaCy Docs.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

# Chunks per worker and batch: more than one evens out uneven documents.
CHUNKS_PER_WORKER = 8

_worker_nlp = None  # the NER model of a worker process (set by its initializer)


def _init_worker() -> None:
    global _worker_nlp
    from flows.config import configure_environment

    configure_environment()
    from transforms.entities import load_ner_model
    from transforms.language import detect_language

    _worker_nlp = load_ner_model()
    detect_language("warm up the language profiles once per worker")


def _ready() -> bool:
    return True


def _build_chunk(files: list[dict]) -> list:
    from transforms.document import build_records

    return [build_records(f["source_file"], f["collection"], f["content_hash"], f["raw"]) for f in files]


def _languages_chunk(texts: list[str]) -> list[tuple[str, float]]:
    from transforms.language import detect_languages

    return detect_languages(texts)


def _mentions_chunk(texts: list[str]) -> list:
    from transforms.entities import extract_mentions

    return extract_mentions(texts, _worker_nlp)


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

    def _map(self, fn: Callable[[list], list], items: list, costs: Sequence[int]) -> list:
        if not items:
            return []
        if self.workers == 1:
            return fn(items)
        bounds = chunk_bounds(costs, self.workers * CHUNKS_PER_WORKER)
        out: list[Any] = []
        for part in self._pool().map(fn, [items[a:b] for a, b in bounds]):
            out.extend(part)
        return out

    # -- the stages --------------------------------------------------------------
    def build_records(self, files: list[dict]) -> list:
        """`transforms.document.build_records` of each file dict, in order."""
        return self._map(_build_chunk, files, [len(f["raw"] or b"") for f in files])

    def detect_languages(self, texts: list[str]) -> list[tuple[str, float]]:
        """`transforms.language.detect_languages`, in order."""
        # detection reads a bounded sample of each text: cost is about flat per text
        return self._map(_languages_chunk, texts, [min(len(t), 1500) + 200 for t in texts])

    def extract_mentions(self, texts: list[str], nlp=None) -> list:
        """`transforms.entities.extract_mentions` with the NER model, in order."""
        if self.workers == 1:
            if nlp is None:
                if self._local_nlp is None:
                    from transforms.entities import load_ner_model

                    self._local_nlp = load_ner_model()
                nlp = self._local_nlp
            from transforms.entities import extract_mentions

            return extract_mentions(texts, nlp) if texts else []
        return self._map(_mentions_chunk, list(texts), [len(t) for t in texts])
