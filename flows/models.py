"""Things that are expensive to start and are started once per process: the NER model and
the Great Expectations validation session. Loaded lazily on first use in a run."""

from __future__ import annotations

from functools import cache


@cache
def ner_model():
    from transforms.entities import load_ner_model

    return load_ner_model()


@cache
def validator():
    from expectations.validate import Validator

    return Validator()
