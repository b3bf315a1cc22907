"""Things that are expensive to start, started once per process: the NER model."""

from __future__ import annotations

from functools import cache


@cache
def ner_model():
    from transforms.entities import load_ner_model

    return load_ner_model()
