"""reprocess: re-derive everything from the raw text stored in the warehouse, without the files."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.ingest import ingest
from flows.reprocess import reprocess

pytestmark = pytest.mark.slow


def snapshot(db) -> dict[str, list[tuple]]:
    tables = {
        "articles": "* exclude (run_id, ingested_at)",
        "comments": "*",
        "entity_mentions": "*",
        "entities": "*",
    }
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: sorted(con.execute(f"select {cols} from {name}").fetchall(), key=repr) for name, cols in tables.items()}


def test_reprocess_rebuilds_the_same_rows_after_the_source_files_are_gone(prefect_api, seed_copy, tmp_path):
    db = tmp_path / "wh" / "news.duckdb"
    ingest(paths=[str(seed_copy)], db=str(db))
    before = snapshot(db)
    shutil.rmtree(seed_copy)

    summary = reprocess(db=str(db))

    assert summary["files_seen"] == 4 and summary["articles_loaded"] == 4
    assert snapshot(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select distinct run_id from articles").fetchall() == [(summary["run_id"],)]
        assert con.execute("select count(*) from pipeline_runs where status = 'completed'").fetchone()[0] == 2
