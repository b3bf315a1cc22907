"""Read snapshot: a DuckDB copy (what warehouse/snapshot.py does) against Parquet + a views DuckDB.

    .venv/bin/python benchmarks/bench_snapshot.py [--articles 20000] [--out /tmp/bench_snapshot]

Builds a synthetic warehouse (the real schema and views, generated rows: ~600-word
bodies, 5 comments and 8 body mentions per article), then for each way of
publishing reports the seconds to publish, the bytes on disk, and the seconds for
a fresh read-only reader to open the snapshot and read every BI view in full.

  duckdb   warehouse.snapshot.publish_snapshot: tables copied into a new file
           (storage v1.0.0), views recreated, os.replace over news.read.duckdb.
  parquet  every table COPY'd to <stem>.read/<generation>/<table>.parquet, plus a
           small DuckDB file whose tables are views over those Parquet files and
           whose BI views are the same SQL; that small file is swapped in.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
import uuid
from pathlib import Path

import duckdb

from warehouse import db
from warehouse.snapshot import EXCLUDED_TABLES, STORAGE_VERSION, publish_snapshot, snapshot_path


def build_warehouse(path: Path, articles: int) -> None:
    con = db.connect(path)
    db.migrate(con)
    con.execute(
        """
        insert into articles
        select 'a' || i, 'c' || (i % 50) || '/f' || i || '.txt', 'c' || (i % 50), 'pub' || (i % 40),
               null, 'title ' || i, null,
               case when i % 5 = 0 then null else date '2024-01-01' + (i % 365)::int end,
               repeat('word ', 600), 600, case when i % 10 = 0 then 'de' else 'en' end, 0.99,
               5, 5, 'h' || i, 'run', timestamp '2026-11-22 00:00:00' + to_days((i % 3)::int)
        from range(?) t(i)
        """,
        [articles],
    )
    con.execute(
        """
        insert into comments
        select 'a' || i || '-c' || p, 'a' || i, p, 'user' || ((i + p) % 997), repeat('text ', 40),
               case when p > 1 and p % 2 = 0 then p - 1 end, null, 'en', 40
        from range(?) t(i), range(1, 6) s(p)
        """,
        [articles],
    )
    con.execute(
        "insert into entities select 'e' || i, 'Entity ' || i, 'PERSON', [] from range(2000) t(i)"
    )
    con.execute(
        """
        insert into entity_mentions (entity_id, article_id, comment_id, mention_count, first_offset)
        select 'e' || ((i * 7 + k * 13) % 2000), 'a' || i, null, 1 + k, k * 10
        from range(?) t(i), range(8) s(k)
        """,
        [articles],
    )
    con.close()


def publish_parquet(con: duckdb.DuckDBPyConnection, db_path: Path) -> Path:
    """The alternative: Parquet files per generation plus a small DuckDB file of views."""
    target = snapshot_path(db_path)
    generation = db_path.with_name(db_path.stem + ".read") / uuid.uuid4().hex[:12]
    generation.mkdir(parents=True)
    tables = [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main' order by 1"
        ).fetchall()
        if r[0] not in EXCLUDED_TABLES
    ]
    views = con.execute(
        "select view_name, sql from duckdb_views() where schema_name = 'main' and not internal"
    ).fetchall()
    con.execute("begin transaction")
    for name in tables:
        con.execute(f"copy (select * from {name}) to '{generation / name}.parquet' (format parquet)")
    con.execute("commit")
    temp = target.with_name(f".{target.name}.tmp-{uuid.uuid4().hex[:8]}")
    small = duckdb.connect(str(temp))
    for name in tables:
        small.execute(f"create view {name} as select * from read_parquet('{generation / name}.parquet')")
    for _, sql in views:
        small.execute(sql)
    small.close()
    os.replace(temp, target)
    # Older generations may only go once no reader can still hold the old views file:
    # that needs a retention rule (keep the last N), here left out.
    return generation


def read_all_views(snapshot: Path) -> float:
    started = time.perf_counter()
    with duckdb.connect(str(snapshot), read_only=True) as con:
        names = [r[0] for r in con.execute("select view_name from duckdb_views() where not internal and view_name like 'v_%'").fetchall()]
        for name in names:
            con.execute(f"select * from {name}").fetchall()
    return time.perf_counter() - started


def size_of(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench_snapshot"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    database = args.out / "news.duckdb"
    started = time.perf_counter()
    build_warehouse(database, args.articles)
    print(f"warehouse: {args.articles} articles, {size_of(database) / 1e6:.1f} MB,"
          f" built in {time.perf_counter() - started:.1f} s")

    con = db.connect(database)
    rows = []
    for kind in ("duckdb", "parquet"):
        publish, read = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            if kind == "duckdb":
                publish_snapshot(con, database, run_id="bench")
                extra = 0
            else:
                generation = publish_parquet(con, database)
                extra = size_of(generation)
            publish.append(time.perf_counter() - t0)
            read.append(read_all_views(snapshot_path(database)))
        size = size_of(snapshot_path(database)) + extra
        rows.append((kind, statistics.median(publish), size, statistics.median(read)))
    con.close()
    print(f"{'snapshot':<8} {'publish s':>10} {'MB on disk':>11} {'read all views s':>17}")
    for kind, publish_s, size, read_s in rows:
        print(f"{kind:<8} {publish_s:>10.2f} {size / 1e6:>11.1f} {read_s:>17.2f}")
    print(f"(medians of {args.repeat}; storage version of the duckdb snapshot: {STORAGE_VERSION})")


if __name__ == "__main__":
    main()
