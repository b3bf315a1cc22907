import logging
from types import SimpleNamespace

import pytest

from flows.scaleout import derived_batches


def read_of(*names):
    return SimpleNamespace(to_parse=[{"source_file": n} for n in names])


def test_local_stages_run_in_order_and_are_timed():
    timed = []
    stages = [("clean", lambda b, pool: [*getattr(b, "to_parse", b), "clean"]), ("ner", lambda b, pool: [*b, pool])]
    out = list(derived_batches([read_of("a.txt")], stages, "pool", None, lambda n, _: timed.append(n), logging.getLogger()))
    assert out[0][1] == [{"source_file": "a.txt"}, "clean", "pool"]
    assert timed == ["clean", "ner"]


def test_a_failing_stage_is_logged_with_its_stage_and_files(caplog):
    def boom(batch, pool):
        raise ValueError("bad bytes")

    stages = [("clean", lambda b, pool: b), ("ner", boom)]
    reads = [read_of("a.txt", "b.txt")]
    with pytest.raises(ValueError), caplog.at_level(logging.ERROR):
        list(derived_batches(reads, stages, None, None, lambda *_: None, logging.getLogger("t")))
    assert "stage 'ner' failed for the batch of files a.txt, b.txt" in caplog.text
