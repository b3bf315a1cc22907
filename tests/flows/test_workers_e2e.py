"""`--workers 2` loads exactly what `--workers 1` loads (real Prefect, GX, DuckDB)."""
from __future__ import annotations

import duckdb
import pytest

from flows.ingest import ingest

pytestmark = pytest.mark.slow

TABLES = {
    "articles": "select article_id, title, body, language, language_confidence, comment_count from articles",
    "comments": "select comment_id, author, body, parent_position, language from comments",
    "entity_mentions": "select entity_id, article_id, comment_id, mention_count, first_offset from entity_mentions",
    "entities": "select entity_id, name, label, aliases from entities",
}


def snapshot(db) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in TABLES.items()}


def test_two_workers_load_the_same_rows_as_one(prefect_api, seed_copy, tmp_path):
    one, two = tmp_path / "one" / "news.duckdb", tmp_path / "two" / "news.duckdb"
    ingest(paths=[str(seed_copy)], db=str(one), workers=1)
    summary = ingest(paths=[str(seed_copy)], db=str(two), workers=2)
    assert summary["articles_loaded"] == 4
    assert snapshot(one) == snapshot(two)
