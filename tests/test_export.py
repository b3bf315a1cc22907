"""`newsfunnel export OUT_DIR`: every table and BI view as Parquet, with schema.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.bi_fixtures import make_warehouse
from warehouse import db
from warehouse.export import export_warehouse
from warehouse.snapshot import publish_snapshot

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def warehouse(tmp_path):
    return make_warehouse(tmp_path / "wh" / "news.duckdb")


def parquet_rows(path) -> int:
    return duckdb.sql(f"select count(*) from read_parquet('{path}', hive_partitioning = true)").fetchone()[0]


def test_exports_every_table_and_view_with_its_schema(warehouse, tmp_path):
    out = tmp_path / "out"
    result = export_warehouse(warehouse, out)

    schema = {d["name"]: d for d in json.loads((out / "schema.json").read_text())["datasets"]}
    with db.connect(warehouse, read_only=True) as con:
        tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
        views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    assert set(schema) == (tables - {"raw_documents", "mention_surfaces"}) | views
    assert result.datasets == {name: d["rows"] for name, d in schema.items()}
    for name, dataset in schema.items():
        assert parquet_rows(out / dataset["path"]) == dataset["rows"], name
    assert schema["v_daily_volume"]["kind"] == "view"
    assert {"name": "volume_date", "type": "DATE"} in schema["v_daily_volume"]["columns"]
    assert schema["articles"]["rows"] == 3 and schema["v_entity_cooccurrence"]["rows"] == 3


def test_large_tables_are_partitioned_by_ingest_date(warehouse, tmp_path):
    out = tmp_path / "out"
    export_warehouse(warehouse, out)
    schema = {d["name"]: d for d in json.loads((out / "schema.json").read_text())["datasets"]}
    for name in ("articles", "comments", "entity_mentions"):
        assert schema[name]["partition_by"] == ["ingest_date"]
        assert [p.name for p in (out / "tables" / name).iterdir()] == ["ingest_date=2026-11-22"]
    assert (out / "tables" / "entities.parquet").is_file()
    got = duckdb.sql(
        f"select count(*), min(ingest_date)::varchar from read_parquet('{out}/tables/comments/*/*.parquet',"
        " hive_partitioning = true)"
    ).fetchone()
    assert got == (5, "2026-11-22")


def test_reexport_replaces_the_previous_export(warehouse, tmp_path):
    out = tmp_path / "out"
    export_warehouse(warehouse, out)
    with db.connect(warehouse) as con:
        con.execute("update articles set ingested_at = timestamp '2026-11-23 00:00:00'")
    export_warehouse(warehouse, out)
    assert [p.name for p in (out / "tables" / "articles").iterdir()] == ["ingest_date=2026-11-23"]


def test_export_while_a_run_holds_the_database_reads_the_snapshot(warehouse, tmp_path):
    with db.connect(warehouse) as con:  # the previous run published its snapshot
        publish_snapshot(con, warehouse, run_id="run-1")
    writer = subprocess.Popen(  # another process holds the write lock, as a running pipeline does
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
         " print('locked', flush=True); time.sleep(60)", str(warehouse)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "locked"
        result = export_warehouse(warehouse, tmp_path / "out")
    finally:
        writer.kill()
        writer.wait()
    assert result.source.name == "news.read.duckdb"
    assert result.datasets["articles"] == 3


def test_cli_export(warehouse, tmp_path):
    out = tmp_path / "cli"
    done = subprocess.run(
        [sys.executable, "-m", "flows", "export", str(out), "--db", str(warehouse)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "schema.json" in done.stdout
    assert (out / "views" / "v_language_mix.parquet").is_file()


def test_an_empty_table_exports_as_a_readable_empty_dataset(tmp_path):
    path = tmp_path / "empty.duckdb"
    con = db.connect(path)
    db.migrate(con)
    con.close()
    export_warehouse(path, tmp_path / "out")
    for table in ("articles", "comments", "entity_mentions"):
        rows = duckdb.sql(
            f"select count(*) from read_parquet('{tmp_path / 'out' / 'tables' / table}/*/*.parquet', "
            "hive_partitioning = true)"
        ).fetchone()
        assert rows == (0,)
