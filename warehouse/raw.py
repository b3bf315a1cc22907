"""The stored raw text of ingested files (``raw_documents``), read back for reprocessing."""

from __future__ import annotations

import duckdb
import polars as pl


def stored_files(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every known path whose raw bytes the warehouse holds, with what it held when last ingested.

    Columns: source_file, collection, content_hash, size_bytes, modified_at (ordered by path).
    """
    return con.execute(
        """
        with stored as (select content_hash from raw_documents),
        final as (
            select f.source_file, f.collection, f.content_hash, f.size_bytes, f.modified_at
            from source_files f
            where f.content_hash in (select content_hash from stored)
        )
        select * from final order by source_file
        """
    ).pl()


def raw_bytes(con: duckdb.DuckDBPyConnection, content_hashes: list[str]) -> dict[str, bytes]:
    """content_hash -> the raw bytes stored for it."""
    if not content_hashes:
        return {}
    con.register("wanted_hashes", pl.DataFrame({"content_hash": content_hashes}, schema={"content_hash": pl.Utf8}))
    try:
        rows = con.execute(
            "select content_hash, raw from raw_documents where content_hash in (select content_hash from wanted_hashes)"
        ).fetchall()
    finally:
        con.unregister("wanted_hashes")
    return {digest: bytes(raw) for digest, raw in rows}
