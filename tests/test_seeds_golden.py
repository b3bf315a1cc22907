"""Golden test per seed: the whole cleaning path (readers -> comments -> boilerplate -> metadata)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from transforms.document import build_records

GOLDEN = json.loads((Path(__file__).parent / "golden" / "seeds.json").read_text(encoding="utf-8"))
SEED_NAMES = sorted(name for name in GOLDEN if not name.startswith("_"))


@pytest.fixture(params=SEED_NAMES)
def seed(request, seeds_dir):
    path = seeds_dir / request.param
    raw = path.read_bytes()
    records = build_records(str(path), "seeds", hashlib.sha256(raw).hexdigest(), raw)
    return GOLDEN[request.param], records


def test_one_article_and_no_quarantine(seed):
    _, records = seed
    assert len(records.articles) == 1
    assert records.quarantine == []


def test_title_and_byline_metadata(seed):
    gold, records = seed
    article = records.articles[0]
    assert article["title"] == gold["title"]
    assert article["author"] == gold["author"]
    assert article["publisher"] == gold["publisher"]
    expected_date = dt.date.fromisoformat(gold["published_date"]) if gold["published_date"] else None
    assert article["published_date"] == expected_date


def test_body_start_end_and_noise(seed):
    gold, records = seed
    body = records.articles[0]["body"]
    assert body.startswith(gold["body_start"])
    assert body.endswith(gold["body_end"])
    for noise in gold["not_in_body"]:
        assert noise not in body
    for text in gold.get("in_body", []):
        assert text in body
    assert "\n\n\n" not in body


def test_comment_authors_in_order(seed):
    gold, records = seed
    assert [c["author"] for c in records.comments] == gold["comment_authors"]
    assert [c["position"] for c in records.comments] == list(range(1, len(gold["comment_authors"]) + 1))
    assert records.articles[0]["declared_comment_count"] == gold["declared_comment_count"]
    assert records.articles[0]["comment_count"] == len(gold["comment_authors"])
