"""The batch glue of language and entities (transforms/enrich.py)."""

from __future__ import annotations

import polars as pl
import pytest

from transforms.enrich import add_entities, split_for_ner
from transforms.entities import Mention


@pytest.mark.parametrize("length", [10, 99, 250, 1000])
def test_split_for_ner_covers_the_text_in_bounded_pieces(length):
    text = ("word " * 7 + "\n\n") * length
    pieces = split_for_ner(text, limit=100)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 100 for _, piece in pieces)
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)


def fake_extract(texts):
    """Every occurrence of 'Kim Jong-un' as a PERSON mention (stands in for the model)."""
    found = []
    for text in texts:
        mentions, start = [], text.find("Kim Jong-un")
        while start >= 0:
            mentions.append(Mention("Kim Jong-un", "PERSON", start))
            start = text.find("Kim Jong-un", start + 1)
        found.append(mentions)
    return found


def test_a_body_longer_than_spacy_accepts_gets_mentions_with_true_offsets():
    body = ("Filler text about nothing in particular. " * 30 + "\n\n") * 2000 + "Kim Jong-un spoke."
    assert len(body) > 1_000_000
    articles = pl.DataFrame({"article_id": ["a1"], "body": [body], "language": ["en"]})
    comments = pl.DataFrame(
        {"article_id": [], "comment_id": [], "body": [], "language": []},
        schema={"article_id": pl.Utf8, "comment_id": pl.Utf8, "body": pl.Utf8, "language": pl.Utf8},
    )
    mentions, _ = add_entities(articles, comments, None, extract=fake_extract)
    assert len(mentions) == 1
    assert mentions[0]["first_offset"] == body.index("Kim Jong-un")
