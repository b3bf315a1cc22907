"""Scale-out: the batch stages on a local distributed cluster give the same warehouse rows."""

from __future__ import annotations

import duckdb
import pytest

from flows.ingest import ingest

pytestmark = pytest.mark.slow

# Every contract table, minus the columns that name the run that wrote the row.
TABLES = {
    "articles": "* exclude (run_id, ingested_at)",
    "comments": "*",
    "entities": "*",
    "entity_mentions": "*",
    "quarantine": "* exclude (run_id, quarantined_at)",
    "raw_documents": "* exclude (stored_at)",
}


def rows(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: sorted(con.execute(f"select {cols} from {name}").fetchall(), key=repr) for name, cols in TABLES.items()}


def test_ingest_on_a_two_worker_dask_cluster_loads_the_same_rows(prefect_api, seed_copy, tmp_path):
    from distributed import LocalCluster

    here = ingest(paths=[str(seed_copy)], db=str(tmp_path / "here.duckdb"))
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        on_dask = ingest(paths=[str(seed_copy)], db=str(tmp_path / "dask.duckdb"), batch_size=2,
                         dask_address=cluster.scheduler_address)
    assert "dask wait" in on_dask["stage_seconds"] and "dask wait" not in here["stage_seconds"]
    assert {"clean", "language", "ner"} <= set(on_dask["stage_seconds"]) & set(here["stage_seconds"])
    assert on_dask["articles_loaded"] == here["articles_loaded"] == 4
    assert rows(tmp_path / "dask.duckdb") == rows(tmp_path / "here.duckdb")
