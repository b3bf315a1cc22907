"""The ``pipeline_runs`` bookkeeping and the canonical ``entities`` table."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.load import utcnow

RUN_COUNTERS = (
    "files_seen", "files_new", "files_changed", "files_skipped", "articles_loaded",
    "comments_loaded", "mentions_loaded", "records_quarantined",
)


def start_run(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    # The warehouse has one writer at a time, so a run still 'running' now was killed mid-way.
    con.execute("update pipeline_runs set status = 'interrupted' where status = 'running'")
    con.execute(
        "insert or replace into pipeline_runs (run_id, started_at, status) values (?, ?, 'running')",
        [run_id, utcnow()],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection, run_id: str, status: str, counters: dict[str, int], validation_success: bool
) -> None:
    assignments = ", ".join(f"{name} = ?" for name in RUN_COUNTERS)
    con.execute(
        f"update pipeline_runs set finished_at = ?, status = ?, validation_success = ?, {assignments} where run_id = ?",
        [utcnow(), status, validation_success, *[int(counters.get(name, 0)) for name in RUN_COUNTERS], run_id],
    )


def entity_surface_counts(con: duckdb.DuckDBPyConnection, entity_ids: list[str] | None = None) -> pl.DataFrame:
    """entity_id, surface, label, mention_count summed over the corpus (for the given ids, or all)."""
    query = (
        "select entity_id, surface, label, sum(mention_count)::bigint as mention_count "
        "from mention_surfaces {where} group by all order by entity_id, surface, label"
    )
    if entity_ids is None:
        return con.execute(query.format(where="")).pl()
    con.register("wanted_entities", pl.DataFrame({"entity_id": sorted(entity_ids)}, schema={"entity_id": pl.Utf8}))
    try:
        return con.execute(
            query.format(where="where entity_id in (select entity_id from wanted_entities)")
        ).pl()
    finally:
        con.unregister("wanted_entities")


def replace_entities(con: duckdb.DuckDBPyConnection, entities: pl.DataFrame) -> None:
    """Upsert the given canonical entities and drop entities no mention refers to any more."""
    con.execute("begin transaction")
    try:
        if entities.height:
            con.register("canonical_entities", entities)
            con.execute("insert or replace into entities by name select * from canonical_entities")
            con.unregister("canonical_entities")
        con.execute("delete from entities where entity_id not in (select distinct entity_id from entity_mentions)")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = ("articles", "comments", "entities", "entity_mentions", "quarantine")
    return {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in names}
