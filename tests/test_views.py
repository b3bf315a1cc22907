"""BI views (warehouse/views/v_*.sql) over a tiny warehouse with known rows (tests/bi_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.bi_fixtures import make_warehouse

VIEWS_DIR = Path(__file__).resolve().parents[1] / "warehouse" / "views"
CONTRACT_VIEWS = {
    "v_daily_volume",
    "v_top_entities_by_publisher",
    "v_top_entities_by_collection",
    "v_entity_cooccurrence",
    "v_comment_activity",
    "v_language_mix",
}


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = make_warehouse(tmp_path_factory.mktemp("views") / "news.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def rows(con, sql):
    return con.execute(sql).fetchall()


def test_every_view_file_is_a_cte_chain_ending_in_final():
    files = sorted(VIEWS_DIR.glob("v_*.sql"))
    assert {f.stem for f in files} >= CONTRACT_VIEWS
    for f in files:
        assert f.read_text().rstrip().endswith("select * from final"), f.name


def test_migrate_creates_every_view(con):
    names = {r[0] for r in rows(con, "select view_name from duckdb_views() where not internal")}
    assert names >= CONTRACT_VIEWS


def test_article_entities_keep_body_mentions_only(con):
    assert rows(con, "select count(*), sum(mentions) from v_article_entities") == [(6, 12)]
    assert rows(con, "select entity_name, publisher from v_article_entities where article_id = 'a3'") == [
        ("North Korea", "(unknown)")
    ]


def test_daily_volume_falls_back_to_ingested_date(con):
    assert rows(
        con,
        "select publisher, volume_date::varchar, date_basis, articles, words, comments"
        " from v_daily_volume order by publisher",
    ) == [
        ("(unknown)", "2026-11-22", "ingested", 1, 30, 1),
        ("Daily Planet", "2018-06-12", "published", 2, 150, 4),
    ]


def test_top_entities_by_publisher_ranks_by_articles_then_mentions(con):
    assert rows(
        con,
        "select entity_rank, entity_name, articles, mentions from v_top_entities_by_publisher"
        " where publisher = 'Daily Planet' order by entity_rank",
    ) == [(1, "Donald Trump", 2, 6), (2, "Kim Jong-un", 2, 4), (3, "North Korea", 1, 1)]


def test_top_entities_ignore_mentions_in_comments(con):
    # a3's only Trump mention is in a reader comment
    assert rows(
        con,
        "select collection, entity_name from v_top_entities_by_collection"
        " where collection = 'misc'",
    ) == [("misc", "North Korea")]


def test_cooccurrence_pairs_are_unordered_and_counted_over_articles(con):
    got = rows(
        con,
        "select entity_a_id, entity_b_id, articles from v_entity_cooccurrence order by all",
    )
    assert got == [("e_kim", "e_korea", 1), ("e_kim", "e_trump", 2), ("e_korea", "e_trump", 1)]
    assert all(a < b for a, b, _ in got)


def test_comment_activity_counts_authors_replies_and_depth(con):
    assert rows(
        con,
        "select article_id, declared_comment_count, parsed_comment_count, parsed_minus_declared,"
        " distinct_authors, replies, reply_share, max_reply_depth"
        " from v_comment_activity order by article_id",
    ) == [
        ("a1", 4, 4, 0, 2, 2, 0.5, 2),
        ("a2", None, 0, None, 0, 0, 0.0, 0),
        ("a3", 2, 1, -1, 1, 0, 0.0, 0),
    ]


def test_language_mix_counts_articles_and_comments(con):
    assert rows(
        con,
        "select language, articles, comments, round(comment_share, 2)"
        " from v_language_mix order by language",
    ) == [("de", 1, 1, 0.2), ("en", 2, 3, 0.6), ("fr", 0, 1, 0.2)]
