"""One validation session (Great Expectations context with every suite) for these tests."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from expectations.validate import ValidationSession

GOOD_BODY = (
    "Officials met on Tuesday to discuss the summit.\n\n"
    "Both sides said the talks were constructive and would continue next week."
)


@pytest.fixture(scope="session")
def session() -> ValidationSession:
    return ValidationSession()


def article(article_id: str | None, **changes) -> dict:
    row = {
        "article_id": article_id,
        "source_file": f"seeds/{article_id}.txt",
        "collection": "seeds",
        "content_hash": f"{article_id}hash",
        "title": "Talks resume",
        "body": GOOD_BODY,
        "word_count": 20,
        "language": "en",
        "language_confidence": 0.99,
        "declared_comment_count": None,
        "comment_count": 0,
        "published_date": dt.date(2018, 4, 19),
    }
    row.update(changes)
    return row


ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "source_file": pl.String,
    "collection": pl.String,
    "content_hash": pl.String,
    "title": pl.String,
    "body": pl.String,
    "word_count": pl.Int32,
    "language": pl.String,
    "language_confidence": pl.Float64,
    "declared_comment_count": pl.Int32,
    "comment_count": pl.Int32,
    "published_date": pl.Date,
}


def articles(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=ARTICLE_SCHEMA)


def failures(outcome) -> list[tuple]:
    """(record_key, sorted failed check names) of every failed row, sorted."""
    rows = [(row["record_key"], sorted(row["failed_checks"])) for row in outcome.failed]
    return sorted(rows, key=lambda row: (str(row[0]), row[1]))
