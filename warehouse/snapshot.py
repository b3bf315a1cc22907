"""Publish the read snapshot: a consistent, read-only copy of the warehouse for dashboards.

DuckDB lets one process write a file or many processes read it, never both. So
dashboards and ad-hoc SQL never open the pipeline's database: after each
successful run the pipeline copies its tables and views into a new DuckDB file
and swaps it in over ``<db stem>.read.duckdb`` with one ``os.replace``. A
reader that holds the old snapshot open keeps reading the old file (on POSIX
the open file lives on until closed); the next reader opens the new one. The
pipeline never opens, locks or writes the file a reader may hold.

The copy is written in DuckDB storage format ``v1.0.0`` so that the DuckDB
builds inside BI tools (Evidence's node binding, duckdb-engine for Superset,
Metabase's driver) can read it: a file in this DuckDB's default format is
refused by them ("version number 999").

Why a DuckDB file and not Parquet plus a small DuckDB file of views: see
docs/bi.md (measured with benchmarks/bench_snapshot.py).
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

SNAPSHOT_SUFFIX = ".read.duckdb"

# Oldest storage format that holds every type the warehouse uses; readable by
# any DuckDB >= 1.0, which is what BI tools embed.
STORAGE_VERSION = "v1.0.0"

# Internal tables dashboards have no use for: raw_documents keeps the raw bytes
# of every input file (copying it would double the snapshot for nothing) and
# mention_surfaces is the working material `entities` is rebuilt from.
EXCLUDED_TABLES = frozenset({"raw_documents", "mention_surfaces"})

# Temp files of a publish that died mid-way are removed by the next publish.
_TEMP_MARK = ".publishing-"
# DuckDB's memory cap while the tables are copied. Uncapped, the copy held about as much as
# the snapshot's data (100,000 articles: the flow process rose to 2.5 GB at the end of the
# run, 1.8 GB for the copy alone); capped, DuckDB writes out and evicts as it goes: 0.74 GB at
# 512 MB, in the same seconds (docs/benchmarks.md). Reset to DuckDB's default afterwards.
COPY_MEMORY_LIMIT = "512MB"


@dataclass(frozen=True)
class SnapshotResult:
    path: Path
    tables: dict[str, int]  # table -> rows copied
    views: tuple[str, ...]
    seconds: float
    size_bytes: int


def snapshot_path(db_path: str | os.PathLike) -> Path:
    """The read snapshot's path for a database: beside it, ``<stem>.read.duckdb``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + SNAPSHOT_SUFFIX)


def publish_snapshot(
    con: duckdb.DuckDBPyConnection, db_path: str | os.PathLike, run_id: str | None = None
) -> SnapshotResult:
    """Copy every table and view of ``con``'s database into a fresh snapshot and swap it in.

    ``con`` is the pipeline's read-write connection to ``db_path``; it must have
    no open transaction. The tables are read in one transaction, so the
    snapshot is one consistent state. Returns what was published.
    """
    started = time.perf_counter()
    target = snapshot_path(db_path)
    _remove_dead_temp_files(target)
    temp = target.with_name(f".{target.name}{_TEMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        tables, view_sqls = _copy_tables(con, temp)
        views = _create_views(temp, view_sqls, run_id, db_path)
        _fsync(temp)
        os.replace(temp, target)
        _fsync(target.parent)
    finally:
        for leftover in (temp, temp.with_name(temp.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return SnapshotResult(
        path=target,
        tables=tables,
        views=views,
        seconds=round(time.perf_counter() - started, 3),
        size_bytes=target.stat().st_size,
    )


def _copy_tables(
    con: duckdb.DuckDBPyConnection, temp: Path
) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Copy the tables into a new file at ``temp``; return row counts and the views' SQL."""
    source = con.execute("select current_database()").fetchone()[0]
    alias = f"snapshot_{uuid.uuid4().hex[:8]}"
    con.execute(f"attach {_quote_literal(temp)} as {alias} (storage_version '{STORAGE_VERSION}')")
    con.execute(f"set memory_limit = '{COPY_MEMORY_LIMIT}'")
    try:
        con.execute("begin transaction")  # one consistent read of every table
        try:
            names = [
                row[0]
                for row in con.execute(
                    "select table_name from duckdb_tables()"
                    " where database_name = ? and schema_name = 'main' and not temporary"
                    " order by table_name",
                    [source],
                ).fetchall()
                if row[0] not in EXCLUDED_TABLES
            ]
            tables = {}
            for name in names:
                ident = _quote_ident(name)
                con.execute(
                    f"create table {alias}.main.{ident} as"
                    f" select * from {_quote_ident(source)}.main.{ident}"
                )
                tables[name] = con.execute(
                    f"select count(*) from {alias}.main.{ident}"
                ).fetchone()[0]
            view_sqls = con.execute(
                "select view_name, sql from duckdb_views()"
                " where database_name = ? and schema_name = 'main' and not internal"
                " order by view_name",
                [source],
            ).fetchall()
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    finally:
        con.execute("reset memory_limit")  # newsfunnel's connections run with DuckDB's default
        con.execute(f"detach {alias}")
    return tables, view_sqls


def _create_views(
    temp: Path, view_sqls: list[tuple[str, str]], run_id: str | None, db_path
) -> tuple[str, ...]:
    """Recreate the views inside the snapshot and record when and from what it was made."""
    snap = duckdb.connect(str(temp))
    try:
        pending = list(view_sqls)
        while pending:  # a view over another view needs that one first
            failed = []
            for name, sql in pending:
                try:
                    snap.execute(sql)
                except duckdb.CatalogException:
                    failed.append((name, sql))
            if len(failed) == len(pending):
                snap.execute(failed[0][1])  # raises the real error
            pending = failed
        snap.execute(
            "create table snapshot_info as select now()::timestamp as published_at,"
            " ?::varchar as run_id, ?::varchar as source_db, ?::varchar as storage_version",
            [run_id, str(Path(db_path).resolve()), STORAGE_VERSION],
        )
        snap.execute("checkpoint")
    finally:
        snap.close()
    return tuple(name for name, _ in view_sqls)


def _remove_dead_temp_files(target: Path) -> None:
    """Delete temp files left by a publish whose process is gone."""
    for path in target.parent.glob(f".{target.name}{_TEMP_MARK}*"):
        pid = path.name[len(f".{target.name}{_TEMP_MARK}"):].split("-")[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            path.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"
