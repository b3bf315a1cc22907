"""The worker pool of the CPU-bound stages: chunking, and the same results with 1 or 2 workers."""
import pytest

from flows.parallel import StagePool, chunk_bounds


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


@pytest.mark.slow
def test_two_workers_give_the_same_results_as_one():
    with StagePool(1) as one:
        langs1, ents1 = one.detect_languages(TEXTS), one.extract_mentions(TEXTS)
    with StagePool(2) as two:
        two.start()
        langs2, ents2 = two.detect_languages(TEXTS), two.extract_mentions(TEXTS)
    assert langs1 == langs2
    assert ents1 == ents2
    assert any(m.surface == "Angela Merkel" for m in ents1[0])
