import logging
from types import SimpleNamespace

import pytest

from flows.scaleout import derived_batches


def read_of(*names):
    return SimpleNamespace(to_parse=[{"source_file": n} for n in names], quarantine=[])


class RecordingPool:
    """Stands in for StagePool.submit: notes what was queued when."""

    def __init__(self, events, fail_on=None):
        self.events, self.fail_on = events, fail_on

    def submit(self, files, quarantine):
        names = [f["source_file"] for f in files]
        self.events.append(("submit", names))
        return SimpleNamespace(names=names, fail=self.fail_on in names)


def derive(derivation):
    if derivation.fail:
        raise ValueError("bad bytes")
    return [*derivation.names, "derived"], {"clean": 1.0, "ner": 2.0}


def test_next_batch_is_queued_before_the_previous_one_is_handed_on():
    events, seconds = [], {}
    pool = RecordingPool(events)
    reads = [read_of("a.txt"), read_of("b.txt"), read_of("c.txt")]
    for read, parsed in derived_batches(reads, pool, derive, None,
                                        lambda s, v: seconds.__setitem__(s, seconds.get(s, 0) + v),
                                        logging.getLogger()):
        events.append(("validate and load", parsed))
    assert events == [
        ("submit", ["a.txt"]), ("submit", ["b.txt"]),
        ("validate and load", ["a.txt", "derived"]), ("submit", ["c.txt"]),
        ("validate and load", ["b.txt", "derived"]), ("validate and load", ["c.txt", "derived"]),
    ]
    assert seconds == {"clean": 3.0, "ner": 6.0}  # the workers' stage seconds, summed over batches


def test_a_failing_batch_is_logged_with_its_files(caplog):
    reads = [read_of("a.txt", "b.txt")]
    with pytest.raises(ValueError), caplog.at_level(logging.ERROR):
        list(derived_batches(reads, RecordingPool([], fail_on="a.txt"), derive, None, lambda *_: None,
                             logging.getLogger("t")))
    assert "clean/language/NER failed for the batch of files a.txt, b.txt" in caplog.text
