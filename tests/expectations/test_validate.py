import datetime as dt

import polars as pl
import pytest

from expectations.validate import BatchValidationError, ValidationSession, build_data_docs, validate_batch
from tests.expectations.conftest import article, articles


def test_missing_column_fails_the_whole_batch(session):
    frame = articles(article("a1")).drop("body")
    with pytest.raises(BatchValidationError, match="missing column.*body"):
        session.validate("articles", frame)


def test_wrong_type_fails_the_whole_batch(session):
    frame = articles(article("a1")).with_columns(pl.col("comment_count").cast(pl.String))
    with pytest.raises(BatchValidationError, match="comment_count is String, expected int"):
        session.validate("articles", frame)


def test_unknown_table_fails(session):
    with pytest.raises(BatchValidationError, match="no suite for table 'authors'"):
        session.validate("authors", pl.DataFrame({"x": [1]}))


def test_empty_batch_passes(session):
    frame = articles()
    outcome = session.validate("articles", frame)
    assert outcome.success and outcome.passed.height == 0


def test_column_null_in_every_row_is_checked_per_row(session):
    frame = pl.DataFrame([article("a1"), article("a2")]).with_columns(
        pl.lit(None).alias("published_date"), pl.lit(None).alias("declared_comment_count")
    )
    assert session.validate("articles", frame).success


def test_time_zone_aware_timestamps_are_compared_in_utc(session):
    frame = pl.DataFrame(
        {
            "comment_id": ["a-c0001"], "article_id": ["a"], "position": [1], "author": [None],
            "body": ["Fine."], "parent_position": [None], "language": ["en"], "word_count": [1],
            "posted_at": [dt.datetime(2018, 4, 20, tzinfo=dt.timezone.utc)],
        },
        schema_overrides={"author": pl.String, "parent_position": pl.Int32},
    )
    assert session.validate("comments", frame).success


def test_validate_batch_with_a_session(session):
    assert validate_batch("articles", articles(article("a1")), context=session).success


def test_data_docs_list_the_failed_checks(tmp_path):
    gx_dir = tmp_path / "gx"
    first = ValidationSession(gx_dir, run_name="run-1")
    first.validate("articles", articles(article("old-run", title="")))
    latest = ValidationSession(gx_dir, run_name="run-2")
    latest.validate("articles", articles(article("a1"), article("bad", body="")))
    index = build_data_docs(gx_dir)
    assert index.name == "index.html" and index.exists()
    pages = [p.read_text() for p in index.parent.rglob("*.html") if "validations" in p.parts]
    assert len(pages) == 1  # only the latest run's results are kept
    page = pages[0]
    assert "run-2" in page and "old-run" not in page
    assert "body_not_empty: body must hold at least one non-space character" in page


def test_data_docs_need_a_run_first(tmp_path):
    with pytest.raises(FileNotFoundError, match="run `newsfunnel run` first"):
        build_data_docs(tmp_path / "gx")
