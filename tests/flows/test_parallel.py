"""The worker pool of the CPU-bound stages: chunking, the same results with 1 or 2 workers, worker priority."""
import os

import pytest

from flows.parallel import WORKER_NICENESS, StagePool, chunk_bounds


@pytest.mark.parametrize("costs, parts, expected", [
    ([], 3, []),
    ([5], 3, [(0, 1)]),
    ([1, 1, 1, 1], 2, [(0, 2), (2, 4)]),
    ([10, 1, 1, 1, 1], 2, [(0, 1), (1, 5)]),
    ([1, 1, 1], 8, [(0, 1), (1, 2), (2, 3)]),
])
def test_chunk_bounds(costs, parts, expected):
    assert chunk_bounds(costs, parts) == expected


def test_chunk_bounds_cover_everything_in_order():
    costs = [3, 9, 1, 1, 7, 2, 8, 8, 1, 4, 6]
    bounds = chunk_bounds(costs, 4)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(costs)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert len(bounds) <= 4


TEXTS = [
    "Angela Merkel met Emmanuel Macron in Paris on Monday to discuss the budget of the European Union.",
    "Die Bundesregierung hat die neue Reform am Montag in Berlin beschlossen, sagte Thomas Müller.",
    "ok",
    "Microsoft and Google announced a deal in New York, according to Reuters.",
] * 3


def _files(texts, first=0):
    return [{"source_file": f"/in/{n:02d}.txt", "collection": "in", "content_hash": f"h{n:02d}",
             "raw": (f"Story number {n}\n\n{text}\n").encode()}
            for n, text in enumerate(texts, start=first)]


@pytest.mark.slow
def test_two_workers_give_the_same_results_as_one():
    unreadable = [{"record_type": "file", "record_key": "/in/gone.txt", "source_file": "/in/gone.txt",
                   "failed_checks": ["readable"], "payload": None}]
    with StagePool(1) as one:
        parsed1, seconds1 = one.submit(_files(TEXTS), unreadable).result()
    with StagePool(2) as two:
        two.start()
        queued = [two.submit(_files(TEXTS[:6]), unreadable), two.submit(_files(TEXTS[6:], first=6))]  # two batches in flight
        parts = [q.result() for q in queued]
        # the workers yield the CPU to the flow process (its validation and loading)
        assert two._pool().submit(os.nice, 0).result() == min(19, os.nice(0) + WORKER_NICENESS)
    assert parts[0][0].articles["article_id"].to_list() == [f"h{n:02d}" for n in range(6)]  # input order
    merged = {name: sorted(getattr(parts[0][0], name).rows() + getattr(parts[1][0], name).rows(), key=repr)
              for name in ("articles", "comments", "entity_mentions", "mention_surfaces", "quarantine")}
    assert merged == {name: sorted(getattr(parsed1, name).rows(), key=repr) for name in merged}
    assert parsed1.articles.height == len(TEXTS) and parsed1.quarantine.height == 1
    assert set(parsed1.articles["language"].to_list()) >= {"en", "de"}
    assert parsed1.entity_mentions.height > 0
    assert set(seconds1) == {"clean", "language", "ner"} and all(v > 0 for v in seconds1.values())


def test_an_empty_batch_derives_to_empty_frames():
    with StagePool(2) as pool:  # no files: the workers are not even started
        parsed, seconds = pool.submit([], []).result()
        assert pool._executor is None
    assert parsed.articles.height == 0 and parsed.entity_mentions.height == 0 and seconds == {}
