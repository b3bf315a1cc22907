"""Export every table and BI view as Parquet, with a schema description (schema.json).

Layout of OUT_DIR:

    tables/articles/ingest_date=2026-11-22/data_0.parquet   (large tables: hive partitions)
    tables/entities.parquet                                  (small tables: one file)
    views/v_daily_volume.parquet                             (every view: one file)
    schema.json                                              (datasets, columns, types, rows)

Tables that grow with the corpus (articles, comments, entity_mentions) are
partitioned by the day their article was ingested: a run adds a partition, old
partitions stay byte-identical, and a reader can prune by day
(``read_parquet('tables/articles/*/*.parquet', hive_partitioning = true)``).
Comments and mentions take their article's ingest day, so one day's articles,
comments and mentions sit in partitions of the same name.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.snapshot import EXCLUDED_TABLES, snapshot_path

PARTITION_COLUMN = "ingest_date"

# table -> SQL selecting its rows plus the partition column.
PARTITIONED_TABLES = {
    "articles": f"select *, cast(ingested_at as date) as {PARTITION_COLUMN} from articles",
    "comments": (
        f"select c.*, cast(a.ingested_at as date) as {PARTITION_COLUMN}"
        " from comments as c left join articles as a using (article_id)"
    ),
    "entity_mentions": (
        f"select m.*, cast(a.ingested_at as date) as {PARTITION_COLUMN}"
        " from entity_mentions as m left join articles as a using (article_id)"
    ),
}

SCHEMA_FILE = "schema.json"


@dataclass(frozen=True)
class ExportResult:
    out_dir: Path
    source: Path  # the database file read
    datasets: dict[str, int]  # dataset name -> rows written


def export_warehouse(db_path: str | os.PathLike, out_dir: str | os.PathLike) -> ExportResult:
    """Open ``db_path`` read-only and export it; while a run holds it, export the read snapshot."""
    db_path = Path(db_path)
    source = db_path
    try:
        con = duckdb.connect(str(db_path), read_only=True)
    except duckdb.IOException:
        # A run holds the write lock; the snapshot is the last successful run's state.
        source = snapshot_path(db_path)
        if not source.exists():
            raise
        con = duckdb.connect(str(source), read_only=True)
    try:
        datasets = export_parquet(con, out_dir)
    finally:
        con.close()
    return ExportResult(out_dir=Path(out_dir), source=source, datasets=datasets)


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: str | os.PathLike) -> dict[str, int]:
    """Write every table and view of ``con``'s database under ``out_dir``; return rows per dataset.

    Everything is read in one transaction, so tables and views agree. A previous
    export in ``out_dir`` is replaced (its tables/ and views/ folders are removed first).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("tables", "views"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir()

    con.execute("begin transaction")
    try:
        entries = [_export_table(con, out, name) for name in _relations(con, "table")]
        entries += [_export_view(con, out, name) for name in _relations(con, "view")]
    finally:
        con.execute("rollback")  # read-only: nothing to keep

    (out / SCHEMA_FILE).write_text(json.dumps({"datasets": entries}, indent=2) + "\n")
    return {e["name"]: e["rows"] for e in entries}


def _relations(con: duckdb.DuckDBPyConnection, kind: str) -> list[str]:
    if kind == "table":
        sql = ("select table_name from duckdb_tables() where database_name = current_database()"
               " and schema_name = 'main' and not temporary order by 1")
    else:
        sql = ("select view_name from duckdb_views() where database_name = current_database()"
               " and schema_name = 'main' and not internal and not temporary order by 1")
    return [r[0] for r in con.execute(sql).fetchall() if r[0] not in EXCLUDED_TABLES]


def _export_table(con: duckdb.DuckDBPyConnection, out: Path, name: str) -> dict:
    if name in PARTITIONED_TABLES:
        select = PARTITIONED_TABLES[name]
        target = out / "tables" / name
        if con.execute(f"select count(*) from ({select})").fetchone()[0] == 0:
            # an empty table still gets one (empty) file, so `tables/<name>/*/*.parquet` reads as 0 rows
            empty = target / f"{PARTITION_COLUMN}=none"
            empty.mkdir(parents=True, exist_ok=True)
            con.execute(
                f"copy (select * exclude ({PARTITION_COLUMN}) from ({select})) to "
                f"{_literal(empty / 'data_0.parquet')} (format parquet)"
            )
        else:
            con.execute(
                f"copy ({select}) to {_literal(target)}"
                f" (format parquet, partition_by ({PARTITION_COLUMN}), overwrite_or_ignore)"
            )
        return _describe(con, name, "table", select, target, partition_by=[PARTITION_COLUMN])
    target = out / "tables" / f"{name}.parquet"
    select = f"select * from {_ident(name)}"
    con.execute(f"copy ({select}) to {_literal(target)} (format parquet)")
    return _describe(con, name, "table", select, target)


def _export_view(con: duckdb.DuckDBPyConnection, out: Path, name: str) -> dict:
    target = out / "views" / f"{name}.parquet"
    select = f"select * from {_ident(name)}"
    con.execute(f"copy ({select}) to {_literal(target)} (format parquet)")
    return _describe(con, name, "view", select, target)


def _describe(con, name, kind, select, target: Path, partition_by=()) -> dict:
    columns = con.execute(f"describe {select}").fetchall()  # name, type, ...
    rows = con.execute(f"select count(*) from ({select})").fetchone()[0]
    rel = target.relative_to(target.parents[1]).as_posix()
    return {
        "name": name,
        "kind": kind,
        "path": rel + ("/*/*.parquet" if partition_by else ""),
        "partition_by": list(partition_by),
        "rows": rows,
        "columns": [{"name": c[0], "type": c[1]} for c in columns],
    }


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
