"""The validate stage of the flow (flows.validation) on small batches, without Prefect."""

from __future__ import annotations

import datetime as dt

import pytest

from expectations.validate import ValidationSession
from flows import frames
from flows.validation import validate_files, validate_records

BODY = "Officials met on Tuesday to discuss the summit. Both sides called the talks constructive."


@pytest.fixture(scope="module")
def session() -> ValidationSession:
    return ValidationSession()


def article(article_id: str, source_file: str, **changes) -> dict:
    row = {
        "article_id": article_id, "source_file": source_file, "collection": "c", "title": "Talks",
        "body": BODY, "word_count": 13, "language": "en", "language_confidence": 0.99,
        "comment_count": 0, "content_hash": article_id * 4, "published_date": dt.date(2018, 4, 19),
    }
    return {**row, **changes}


def comment(article_id: str, position: int) -> dict:
    return {
        "comment_id": f"{article_id}-c{position:04d}", "article_id": article_id, "position": position,
        "body": "I agree.", "language": "en", "word_count": 2,
    }


def parsed(articles: list[dict], comments: list[dict]) -> frames.ParsedBatch:
    return frames.ParsedBatch(
        frames.frame(articles, frames.ARTICLE_SCHEMA),
        frames.frame(comments, frames.COMMENT_SCHEMA),
        frames.empty(frames.MENTION_SCHEMA),
        frames.empty(frames.SURFACE_SCHEMA),
        frames.empty(frames.QUARANTINE_SCHEMA),
    )


def test_comments_of_a_quarantined_article_are_quarantined_not_dropped(session):
    batch = parsed(
        [article("good", "a.txt"), article("bad", "b.txt", title="")],
        [comment("good", 1), comment("bad", 1), comment("bad", 2)],
    )
    validated = validate_records(batch, session)
    assert validated.parsed.articles["article_id"].to_list() == ["good"]
    assert validated.parsed.comments["comment_id"].to_list() == ["good-c0001"]
    rows = [(r["record_type"], r["record_key"], r["source_file"], r["failed_checks"]) for r in validated.quarantine.to_dicts()]
    assert rows == [
        ("article", "bad", "b.txt", ["title_not_empty"]),
        ("comment", "bad-c0001", "b.txt", ["article_quarantined"]),
        ("comment", "bad-c0002", "b.txt", ["article_quarantined"]),
    ]
    assert not validated.success


def test_byte_identical_copies_in_one_batch_are_validated_once(session):
    batch = parsed(
        [article("same", "crawl-1/a.txt"), article("same", "crawl-2/a.txt")],
        [comment("same", 1), comment("same", 1)],
    )
    validated = validate_records(batch, session)
    assert validated.success and validated.quarantine.height == 0
    assert validated.parsed.articles["source_file"].to_list() == ["crawl-1/a.txt", "crawl-2/a.txt"]
    assert validated.parsed.comments.height == 1
    assert validated.parsed.articles["comment_count"].to_list() == [1, 1]


def test_files_that_fail_the_files_suite_are_not_parsed(session):
    read = frames.ReadBatch(
        to_parse=[
            {"source_file": "ok.txt", "raw": b"Talks\n\nThey met."},
            {"source_file": "empty.txt", "raw": b""},
        ],
        files=frames.empty(frames.FILE_SCHEMA),
        quarantine=[],
        counters={},
    )
    checked, valid = validate_files(read, session)
    assert not valid
    assert [f["source_file"] for f in checked.to_parse] == ["ok.txt"]
    assert [(q["record_type"], q["record_key"], q["failed_checks"]) for q in checked.quarantine] == [
        ("file", "empty.txt", ["file_not_empty", "text_not_empty"])
    ]
