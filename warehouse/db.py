"""Opening the warehouse and bringing its schema up to date.

Migrations are the numbered files in ``warehouse/migrations`` applied in order, each once,
recorded in ``schema_version``. Views are the ``warehouse/views/v_*.sql`` files, (re)created
on every migrate so a changed view definition reaches existing databases.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import duckdb

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VIEWS_DIR = Path(__file__).parent / "views"


class ReopenableConnection:
    """A DuckDB connection that a long run can close and open again between batches.

    Measured (docs/benchmarks.md): a DuckDB instance that keeps inserting grows by ~150 MB
    per 10,000 articles outside what `duckdb_memory()` reports, and gives it all back when the
    connection closes. Everything else is forwarded to the current connection."""

    def __init__(self, path: str | Path):
        self._path = path
        self._con = connect(path)

    def reopen(self) -> None:
        """Close and open again (only between transactions: nothing uncommitted is kept)."""
        self._con.close()
        self._con = connect(self._path)

    def __getattr__(self, name: str):
        if name == "_con":  # not set yet (e.g. during copy): no recursion
            raise AttributeError(name)
        return getattr(self._con, name)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating the folder if needed) the DuckDB file at ``path``."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        snapshot = path.with_name(path.stem + ".read.duckdb")
        advice = (
            f"point it at the read snapshot {snapshot} instead" if snapshot.exists()
            else "close it (the read snapshot for dashboards appears after the first successful run)"
        )
        raise RuntimeError(
            f"Cannot open the warehouse {path}: {exc}. If a dashboard or another SQL session holds it open, {advice}."
        ) from exc


def migrations() -> list[tuple[int, Path]]:
    found = []
    for sql_file in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql")):
        found.append((int(sql_file.name[:3]), sql_file))
    return found


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "create table if not exists schema_version (version integer primary key, name varchar, applied_at timestamp)"
    )
    row = con.execute("select coalesce(max(version), 0) from schema_version").fetchone()
    return int(row[0])


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the pending migrations (each in its own transaction), then (re)create the views."""
    current = schema_version(con)
    for version, sql_file in migrations():
        if version <= current:
            continue
        con.execute("begin transaction")
        try:
            con.execute(sql_file.read_text(encoding="utf-8"))
            con.execute(
                "insert into schema_version values (?, ?, ?)",
                [version, sql_file.stem, datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        current = version
    create_views(con)
    return current


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create or replace every view in ``warehouse/views`` (file stem = view name), in name order."""
    names = []
    for sql_file in sorted(VIEWS_DIR.glob("v_*.sql")):
        body = sql_file.read_text(encoding="utf-8").strip().rstrip(";")
        con.execute(f"create or replace view {sql_file.stem} as {body}")
        names.append(sql_file.stem)
    return names
