"""Schema versioning: migrations apply once, in order, and a later one migrates an existing file."""

from __future__ import annotations

import shutil

import pytest

from warehouse import db

CONTRACT_TABLES = {"articles", "comments", "entities", "entity_mentions", "quarantine", "pipeline_runs"}


def tables(con) -> set[str]:
    return {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}


def test_fresh_database_gets_every_contract_table_and_a_version_row(tmp_path):
    con = db.connect(tmp_path / "sub" / "news.duckdb")
    version = db.migrate(con)
    assert CONTRACT_TABLES <= tables(con)
    assert version == max(v for v, _ in db.migrations())
    assert con.execute("select count(*) from schema_version").fetchone()[0] == len(db.migrations())


def test_migrate_twice_changes_nothing(tmp_path):
    con = db.connect(tmp_path / "news.duckdb")
    db.migrate(con)
    con.execute("insert into entities values ('e1', 'China', 'GPE', ['China'])")
    db.migrate(con)
    assert con.execute("select count(*) from entities").fetchone()[0] == 1


def test_later_migration_upgrades_an_existing_file_and_keeps_rows(tmp_path, monkeypatch):
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    first = sorted(db.MIGRATIONS_DIR.glob("*.sql"))[0]
    shutil.copy(first, migrations / first.name)
    monkeypatch.setattr(db, "MIGRATIONS_DIR", migrations)
    path = tmp_path / "news.duckdb"
    con = db.connect(path)
    assert db.migrate(con) == 1
    con.execute("insert into entities values ('e1', 'China', 'GPE', ['China'])")
    con.close()
    (migrations / "002_entity_wikidata.sql").write_text("alter table entities add column wikidata_id varchar;")
    con = db.connect(path)
    assert db.migrate(con) == 2
    assert con.execute("select name, wikidata_id from entities").fetchall() == [("China", None)]


def test_failed_migration_rolls_back_and_keeps_the_version(tmp_path, monkeypatch):
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    first = sorted(db.MIGRATIONS_DIR.glob("*.sql"))[0]
    shutil.copy(first, migrations / first.name)
    (migrations / "002_broken.sql").write_text("create table half_done(x int); select * from no_such_table;")
    monkeypatch.setattr(db, "MIGRATIONS_DIR", migrations)
    con = db.connect(tmp_path / "news.duckdb")
    with pytest.raises(Exception):
        db.migrate(con)
    assert db.schema_version(con) == 1
    assert "half_done" not in tables(con)


def test_a_reopened_connection_keeps_what_was_committed(tmp_path):
    con = db.ReopenableConnection(tmp_path / "w.duckdb")
    db.migrate(con)
    con.execute("create table t (x integer)")
    con.execute("insert into t values (1), (2)")
    first = con._con
    con.reopen()
    assert con._con is not first
    assert con.execute("select sum(x) from t").fetchone()[0] == 3
    con.close()
