"""Loading one validated batch into the warehouse, in one transaction.

A batch is a set of files. For each file we get the articles (with comments and entity
mentions) it produced now. Rules:
- an article already in the warehouse (same content hash = same article_id) is not loaded
  again: a byte-identical copy elsewhere is one article;
- a file whose content changed replaces what it produced before: its old articles, with
  their comments and mentions, are deleted unless another file still holds them;
- ``full_refresh`` re-derives the batch's articles even when they exist already;
- ``source_files`` remembers each path's hash so an unchanged file is skipped next time;
- quarantine rows are appended.
Everything happens in one transaction: a crash leaves the warehouse as before the batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable
from datetime import datetime, timezone

import duckdb
import polars as pl

DEPENDENT_TABLES = ("comments", "entity_mentions", "mention_surfaces")


@dataclass(frozen=True)
class LoadBatch:
    files: pl.DataFrame            # source_file, content_hash, size_bytes, modified_at, collection, status, article_ids
    raw_documents: pl.DataFrame    # content_hash, source_file, raw
    articles: pl.DataFrame
    comments: pl.DataFrame
    entity_mentions: pl.DataFrame
    mention_surfaces: pl.DataFrame
    quarantine: pl.DataFrame       # record_type, record_key, source_file, failed_checks, payload
    full_refresh: bool = False


@dataclass
class LoadCounts:
    articles: int = 0
    comments: int = 0
    mentions: int = 0
    quarantined: int = 0
    articles_replaced: int = 0
    entity_ids: set[str] = field(default_factory=set)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def known_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, int, datetime | None]]:
    """Path -> (content hash, size, modified_at) as last ingested."""
    rows = con.execute("select source_file, content_hash, size_bytes, modified_at from source_files").fetchall()
    return {path: (digest, size, modified) for path, digest, size, modified in rows}


def _delete_articles(con: duckdb.DuckDBPyConnection, ids_table: str) -> int:
    for table in DEPENDENT_TABLES:
        con.execute(f"delete from {table} where article_id in (select article_id from {ids_table})")
    before = con.execute("select count(*) from articles").fetchone()[0]
    con.execute(f"delete from articles where article_id in (select article_id from {ids_table})")
    return before - con.execute("select count(*) from articles").fetchone()[0]


def _insert_new(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    if frame.height == 0:
        return 0
    con.register("incoming", frame)
    try:
        con.execute(
            f"insert into {table} by name select * from incoming "
            "where article_id in (select article_id from batch_new_articles)"
        )
        return con.execute(
            f"select count(*) from incoming where article_id in (select article_id from batch_new_articles)"
        ).fetchone()[0]
    finally:
        con.unregister("incoming")


def load_batch(
    con: duckdb.DuckDBPyConnection, batch: LoadBatch, run_id: str, before_commit: Callable[[], None] | None = None
) -> LoadCounts:
    """Apply one batch in a single transaction (see module doc); `before_commit` is a test hook."""
    counts = LoadCounts()
    now = utcnow()
    con.execute("begin transaction")
    try:
        con.register("batch_files", batch.files)
        # 1. Articles the batch's paths produced before and no longer produce, held by no other path.
        con.execute(
            """
            create or replace temp table batch_stale as
            with previous as (
                select unnest(article_ids) as article_id from source_files
                where source_file in (select source_file from batch_files)
            ),
            still_held as (
                select unnest(article_ids) as article_id from source_files
                where source_file not in (select source_file from batch_files)
                union all
                select unnest(article_ids) from batch_files
            )
            select distinct article_id from previous
            where article_id not in (select article_id from still_held)
            """
        )
        counts.articles_replaced = _delete_articles(con, "batch_stale")
        if batch.full_refresh and batch.articles.height:
            con.register("refresh_ids", batch.articles.select("article_id"))
            _delete_articles(con, "refresh_ids")
            con.unregister("refresh_ids")
        # 2. Which of the batch's articles are new to the warehouse.
        articles = batch.articles.unique("article_id", keep="first", maintain_order=True)
        con.register("batch_articles", articles)
        con.execute(
            "create or replace temp table batch_new_articles as "
            "select article_id from batch_articles where article_id not in (select article_id from articles)"
        )
        counts.articles = _insert_new(
            con, "articles", articles.with_columns(pl.lit(run_id).alias("run_id"), pl.lit(now).alias("ingested_at"))
        )
        counts.comments = _insert_new(con, "comments", batch.comments)
        counts.mentions = _insert_new(con, "entity_mentions", batch.entity_mentions)
        _insert_new(con, "mention_surfaces", batch.mention_surfaces)
        if batch.mention_surfaces.height:
            counts.entity_ids = set(batch.mention_surfaces["entity_id"].to_list())
        # 3. Raw text, deduplicated by hash; the files' new state; the quarantine.
        if batch.raw_documents.height:
            con.register("batch_raw", batch.raw_documents.with_columns(pl.lit(now).alias("stored_at")))
            con.execute(
                "insert into raw_documents by name select * from batch_raw "
                "where content_hash not in (select content_hash from raw_documents) "
                "qualify row_number() over (partition by content_hash) = 1"
            )
            con.unregister("batch_raw")
        if batch.files.height:
            con.execute(
                "insert or replace into source_files by name "
                "select *, ? as run_id, ? as seen_at from batch_files",
                [run_id, now],
            )
        if batch.quarantine.height:
            con.register("batch_quarantine", batch.quarantine)
            # the same record failing the same checks again (a re-run) is not quarantined twice
            con.execute(
                """
                insert into quarantine by name
                select b.*, ? as run_id, ? as quarantined_at from batch_quarantine b
                where not exists (
                    select 1 from quarantine q
                    where q.record_type = b.record_type and q.record_key is not distinct from b.record_key
                      and q.failed_checks = b.failed_checks
                )
                """,
                [run_id, now],
            )
            con.unregister("batch_quarantine")
            counts.quarantined = batch.quarantine.height
        if before_commit is not None:
            before_commit()
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        for name in ("batch_files", "batch_articles"):
            try:
                con.unregister(name)
            except Exception:
                pass
    return counts
