"""The read snapshot: a consistent copy swapped in atomically, readable while the pipeline writes.

The reader is a separate process (DuckDB's lock is per process), opening the
snapshot read-only both ways a dashboard does: one connection held open for the
whole test, and a fresh connection per query.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.bi_fixtures import make_warehouse
from warehouse import db
from warehouse.snapshot import EXCLUDED_TABLES, publish_snapshot, snapshot_path
from warehouse import snapshot as snapshot_module

READER = textwrap.dedent(
    """
    import json, sys, time, pathlib
    import duckdb

    snap, mode, out, stop = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
    STATE = ("select (select run_id from snapshot_info),"
             " (select count(*) from articles),"
             " (select count(distinct run_id) from articles),"
             " (select max(run_id) from articles),"
             " (select sum(articles) from v_daily_volume)")
    held = duckdb.connect(snap, read_only=True) if mode == "held" else None
    with out.open("w") as log:
        log.write(json.dumps({"ready": True}) + "\\n"); log.flush()
        while not stop.exists():
            try:
                if held is not None:
                    row = held.execute(STATE).fetchone()
                else:
                    with duckdb.connect(snap, read_only=True) as con:
                        row = con.execute(STATE).fetchone()
                log.write(json.dumps({"state": [str(v) for v in row]}) + "\\n")
            except Exception as exc:  # a missing or half-written file would land here
                log.write(json.dumps({"error": repr(exc)}) + "\\n")
            log.flush()
            time.sleep(0.005)
    if held is not None:
        held.close()
    """
)


class Reader:
    """A reader process logging every state of the snapshot it sees.

    mode "held": one read-only connection opened at start and kept (a dashboard
    holding the file); "fresh": a new read-only connection per query. They
    must be separate processes: within one process DuckDB hands every
    connection to the same path the instance already open.
    """

    def __init__(self, snap: Path, mode: str, folder: Path):
        self.out, self.stop = folder / f"reader-{mode}.jsonl", folder / f"reader-{mode}.stop"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", READER, str(snap), mode, str(self.out), str(self.stop)]
        )
        deadline = time.monotonic() + 60
        while not (self.out.exists() and self.out.read_text().strip()):
            assert self.proc.poll() is None, "reader died"
            assert time.monotonic() < deadline, "reader did not start"
            time.sleep(0.05)

    def observations(self) -> list[dict]:
        self.stop.touch()
        assert self.proc.wait(timeout=60) == 0
        return [json.loads(line) for line in self.out.read_text().splitlines()][1:]


def test_snapshot_sits_beside_the_database():
    assert snapshot_path("warehouse/news.duckdb") == Path("warehouse/news.read.duckdb")


def test_snapshot_holds_the_tables_and_views(tmp_path):
    path = make_warehouse(tmp_path / "news.duckdb")
    with db.connect(path) as con:
        con.execute("insert into raw_documents (content_hash, raw) values ('h', 'x'::blob)")
        result = publish_snapshot(con, path, run_id="run-1")
        source_views = {r[0] for r in con.execute("select view_name from duckdb_views() where not internal").fetchall()}

    assert result.path == tmp_path / "news.read.duckdb"
    assert result.tables["articles"] == 3 and result.tables["comments"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.duckdb", "news.read.duckdb"]
    with duckdb.connect(str(result.path), read_only=True) as snap:
        tables = {r[0] for r in snap.execute("select table_name from duckdb_tables()").fetchall()}
        views = {r[0] for r in snap.execute("select view_name from duckdb_views() where not internal").fetchall()}
        assert {"articles", "comments", "entities", "entity_mentions", "quarantine", "pipeline_runs"} <= tables
        assert not tables & EXCLUDED_TABLES
        assert views == source_views and "v_daily_volume" in views
        assert snap.execute("select run_id from snapshot_info").fetchall() == [("run-1",)]
        assert snap.execute("select sum(articles) from v_daily_volume").fetchone()[0] == 3


class _LimitRecorder:
    """A connection that notes DuckDB's memory limit at each table copy."""

    def __init__(self, con):
        self._con, self.limits = con, []

    def execute(self, sql, *args):
        if sql.startswith("create table"):
            self.limits.append(self._con.execute("select current_setting('memory_limit')").fetchone()[0])
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_tables_are_copied_under_a_memory_cap_then_the_default_is_back(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot_module, "COPY_MEMORY_LIMIT", "300MB")
    with duckdb.connect() as scratch:
        scratch.execute("set memory_limit = '300MB'")
        capped = scratch.execute("select current_setting('memory_limit')").fetchone()[0]
    path = make_warehouse(tmp_path / "news.duckdb")
    with db.connect(path) as con:
        before = con.execute("select current_setting('memory_limit')").fetchone()[0]
        recorder = _LimitRecorder(con)
        result = publish_snapshot(recorder, path, run_id="run-1")
        after = con.execute("select current_setting('memory_limit')").fetchone()[0]
    assert recorder.limits and set(recorder.limits) == {capped} and capped != before
    assert after == before
    assert result.tables["articles"] == 3


def test_republish_replaces_the_snapshot(tmp_path):
    path = make_warehouse(tmp_path / "news.duckdb")
    with db.connect(path) as con:
        publish_snapshot(con, path, run_id="run-1")
        con.execute("delete from articles where article_id = 'a3'")
        publish_snapshot(con, path, run_id="run-2")
    with duckdb.connect(str(snapshot_path(path)), read_only=True) as snap:
        assert snap.execute("select run_id from snapshot_info").fetchone()[0] == "run-2"
        assert snap.execute("select count(*) from articles").fetchone()[0] == 2


def test_reader_holding_the_snapshot_never_blocks_publishing_nor_sees_a_mix(tmp_path):
    """Many swaps under a reader: every state it sees is one whole published state."""
    path = make_warehouse(tmp_path / "news.duckdb", run_id="run-00")
    con = db.connect(path)
    publish_snapshot(con, path, run_id="run-00")
    held, fresh = (Reader(snapshot_path(path), mode, tmp_path) for mode in ("held", "fresh"))
    try:
        for k in range(1, 9):  # run k: one more article, all articles restamped run-k
            con.execute(
                "insert into articles (article_id, source_file, collection, title, body, word_count,"
                " comment_count, content_hash, run_id, ingested_at)"
                " values (?, 'x', 'c', 't', 'b', 1, 0, 'h', ?, now())",
                [f"n{k}", f"run-{k:02d}"],
            )
            con.execute("update articles set run_id = ?", [f"run-{k:02d}"])
            publish_snapshot(con, path, run_id=f"run-{k:02d}")
            time.sleep(0.05)
    finally:
        seen_held, seen_fresh = held.observations(), fresh.observations()
        con.close()

    assert not [o for o in seen_held + seen_fresh if "error" in o]
    # the open file keeps the state it was opened at
    assert {tuple(o["state"]) for o in seen_held} == {("run-00", "3", "1", "run-00", "3")}
    # whole states only: the snapshot's run id, its rows and its views all agree
    states = {tuple(o["state"]) for o in seen_fresh}
    for run_id, articles, run_ids, max_run_id, volume in states:
        k = int(run_id.split("-")[1])
        assert (articles, run_ids, max_run_id, volume) == (str(3 + k), "1", run_id, str(3 + k))
    assert len(states) > 3  # new readers did see the new states as they were swapped in
    assert ("run-08", "11", "1", "run-08", "11") in states


@pytest.mark.slow
def test_pipeline_run_succeeds_while_a_reader_holds_the_snapshot(prefect_api, seeds_dir, tmp_path):
    from flows.ingest import ingest

    inputs = tmp_path / "in" / "seeds"
    inputs.mkdir(parents=True)
    seeds = sorted(seeds_dir.iterdir())
    for seed in seeds[:2]:
        shutil.copy(seed, inputs / seed.name)
    database = tmp_path / "wh" / "news.duckdb"
    first = ingest(paths=[str(inputs)], db=str(database))
    for seed in seeds[2:]:
        shutil.copy(seed, inputs / seed.name)

    held, fresh = (Reader(snapshot_path(database), mode, tmp_path) for mode in ("held", "fresh"))
    try:
        second = ingest(paths=[str(inputs)], db=str(database))
        time.sleep(0.5)  # let the fresh reader open the new snapshot at least once
    finally:
        seen_held, seen_fresh = held.observations(), fresh.observations()

    assert not [o for o in seen_held + seen_fresh if "error" in o]
    old = (first["run_id"], "2", "1", first["run_id"], "2")
    both = max(first["run_id"], second["run_id"])  # two runs' articles: max(run_id) of either
    new = (second["run_id"], str(len(seeds)), "2", both, str(len(seeds)))
    assert {tuple(o["state"]) for o in seen_held} == {old}
    assert {tuple(o["state"]) for o in seen_fresh} == {old, new}
