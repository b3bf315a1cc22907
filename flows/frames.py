"""Batch containers passed between the flow's tasks, and their polars schemas.

Records from the transforms become typed frames here, so that an empty batch has the same
columns and types as a full one and the warehouse receives exactly its table's columns.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace
from typing import Any, Callable

import polars as pl

from transforms.document import DocumentRecords, file_quarantine
from warehouse.load import LoadBatch

ARTICLE_SCHEMA = {
    "article_id": pl.Utf8, "source_file": pl.Utf8, "collection": pl.Utf8, "publisher": pl.Utf8, "url": pl.Utf8,
    "title": pl.Utf8, "author": pl.Utf8, "published_date": pl.Date, "body": pl.Utf8, "word_count": pl.Int32,
    "language": pl.Utf8, "language_confidence": pl.Float64, "declared_comment_count": pl.Int32,
    "comment_count": pl.Int32, "content_hash": pl.Utf8,
}
COMMENT_SCHEMA = {
    "comment_id": pl.Utf8, "article_id": pl.Utf8, "position": pl.Int32, "author": pl.Utf8, "body": pl.Utf8,
    "parent_position": pl.Int32, "posted_at": pl.Datetime("us"), "language": pl.Utf8, "word_count": pl.Int32,
}
MENTION_SCHEMA = {
    "entity_id": pl.Utf8, "article_id": pl.Utf8, "comment_id": pl.Utf8, "mention_count": pl.Int32,
    "first_offset": pl.Int32, "label": pl.Utf8,
}
SURFACE_SCHEMA = {
    "entity_id": pl.Utf8, "article_id": pl.Utf8, "comment_id": pl.Utf8, "surface": pl.Utf8, "label": pl.Utf8,
    "mention_count": pl.Int32,
}
QUARANTINE_SCHEMA = {
    "record_type": pl.Utf8, "record_key": pl.Utf8, "source_file": pl.Utf8, "failed_checks": pl.List(pl.Utf8),
    "payload": pl.Utf8,
}
FILE_SCHEMA = {
    "source_file": pl.Utf8, "content_hash": pl.Utf8, "size_bytes": pl.Int64, "modified_at": pl.Datetime("us"),
    "collection": pl.Utf8,
}
RAW_SCHEMA = {"content_hash": pl.Utf8, "source_file": pl.Utf8, "raw": pl.Binary}


def frame(rows: list[dict[str, Any]], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """A frame with exactly ``schema``'s columns (missing keys are null, extra keys dropped)."""
    return pl.DataFrame([{k: row.get(k) for k in schema} for row in rows], schema=schema, orient="row")


def empty(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


@dataclass(frozen=True)
class ReadBatch:
    to_parse: list[dict[str, Any]]     # source_file, collection, content_hash, raw
    files: pl.DataFrame                # FILE_SCHEMA, one row per file read successfully
    quarantine: list[dict[str, Any]]   # files that could not be read
    counters: dict[str, int]


def files_to_read(refs: list, known: dict, full_refresh: bool) -> list:
    """The files to read: all on a full refresh, else those whose path, size or modification
    time differ from what was last ingested (`known`: path -> (hash, size, modified_at))."""
    if full_refresh:
        return list(refs)
    todo = []
    for ref in refs:
        previous = known.get(ref.source_file)
        if previous is None or previous[1] != ref.size_bytes or previous[2] != ref.modified_at:
            todo.append(ref)
    return todo


def read_batch(refs, known: dict, full_refresh: bool, read_file: Callable) -> ReadBatch:
    to_parse, file_rows, quarantine = [], [], []
    counters = {"files_new": 0, "files_changed": 0, "files_unchanged": 0, "files_unreadable": 0}
    for ref in refs:
        result = read_file(ref)
        if result.error:
            counters["files_unreadable"] += 1
            quarantine.append(file_quarantine(ref.source_file, result.error, "file_is_readable"))
            continue
        previous = known.get(ref.source_file)
        if previous and previous[0] == result.content_hash and not full_refresh:
            counters["files_unchanged"] += 1
            continue
        counters["files_changed" if previous else "files_new"] += 1
        row = {
            "source_file": ref.source_file, "collection": ref.collection, "content_hash": result.content_hash,
            "size_bytes": ref.size_bytes, "modified_at": ref.modified_at,
        }
        file_rows.append(row)
        to_parse.append({**row, "raw": result.raw})
    return ReadBatch(to_parse, frame(file_rows, FILE_SCHEMA), quarantine, counters)


@dataclass(frozen=True)
class ParsedBatch:
    articles: pl.DataFrame
    comments: pl.DataFrame
    entity_mentions: pl.DataFrame
    mention_surfaces: pl.DataFrame
    quarantine: pl.DataFrame


def parsed_batch(records: list[DocumentRecords], read_quarantine: list[dict] | None = None) -> ParsedBatch:
    articles = [a for r in records for a in r.articles]
    comments = [c for r in records for c in r.comments]
    quarantine = list(read_quarantine or []) + [q for r in records for q in r.quarantine]
    return ParsedBatch(
        frame(articles, ARTICLE_SCHEMA),
        frame(comments, COMMENT_SCHEMA),
        empty(MENTION_SCHEMA),
        empty(SURFACE_SCHEMA),
        frame(quarantine, QUARANTINE_SCHEMA),
    )


def derive(files: list[dict[str, Any]], nlp) -> tuple[ParsedBatch, dict[str, float]]:
    """Clean, language and NER of some files (dicts of source_file, collection, content_hash, raw):
    their records as frames, and the seconds each of the three stages took.

    One call does all three so that a worker process handles a chunk of files start to end
    (flows/parallel.py); `nlp` is the NER model (transforms.entities.load_ner_model)."""
    from transforms.document import build_records
    from transforms.enrich import add_entities, add_languages

    started = time.perf_counter()
    parsed = parsed_batch([build_records(f["source_file"], f["collection"], f["content_hash"], f["raw"])
                           for f in files])
    cleaned = time.perf_counter()
    articles, comments = add_languages(parsed.articles, parsed.comments)
    detected = time.perf_counter()
    mentions, surfaces = add_entities(articles, comments, nlp)
    done = time.perf_counter()
    parsed = replace(parsed, articles=articles, comments=comments,
                     entity_mentions=frame(mentions, MENTION_SCHEMA), mention_surfaces=frame(surfaces, SURFACE_SCHEMA))
    return parsed, {"clean": cleaned - started, "language": detected - cleaned, "ner": done - detected}


def concat_parsed(parts: list[ParsedBatch], read_quarantine: list[dict] | None = None) -> ParsedBatch:
    """The parts of one batch as one, in order, with the files that could not be read in front."""
    head = parsed_batch([], read_quarantine)
    every = [head, *parts]
    return ParsedBatch(*(
        pl.concat([getattr(p, name) for p in every], how="vertical")
        for name in ("articles", "comments", "entity_mentions", "mention_surfaces", "quarantine")
    ))


@dataclass(frozen=True)
class ValidatedBatch:
    parsed: ParsedBatch     # only rows that passed
    quarantine: pl.DataFrame
    success: bool

    def to_load(self, read: ReadBatch, full_refresh: bool) -> LoadBatch:
        ids_by_file = (
            self.parsed.articles.group_by("source_file").agg(pl.col("article_id").unique().sort().alias("article_ids"))
        )
        files = (
            read.files.join(ids_by_file, on="source_file", how="left")
            .with_columns(
                pl.col("article_ids").fill_null(pl.lit([], dtype=pl.List(pl.Utf8))),
            )
            .with_columns(
                pl.when(pl.col("article_ids").list.len() > 0).then(pl.lit("loaded")).otherwise(pl.lit("quarantined"))
                .alias("status")
            )
        )
        raw = frame(
            [{"content_hash": f["content_hash"], "source_file": f["source_file"], "raw": f["raw"]} for f in read.to_parse],
            RAW_SCHEMA,
        )
        return LoadBatch(
            files=files, raw_documents=raw, articles=self.parsed.articles, comments=self.parsed.comments,
            entity_mentions=self.parsed.entity_mentions, mention_surfaces=self.parsed.mention_surfaces,
            quarantine=self.quarantine, full_refresh=full_refresh,
        )


def quarantine_only(rows: list[dict]) -> LoadBatch:
    return LoadBatch(
        files=empty({**FILE_SCHEMA, "status": pl.Utf8, "article_ids": pl.List(pl.Utf8)}),
        raw_documents=empty(RAW_SCHEMA), articles=empty(ARTICLE_SCHEMA), comments=empty(COMMENT_SCHEMA),
        entity_mentions=empty(MENTION_SCHEMA), mention_surfaces=empty(SURFACE_SCHEMA),
        quarantine=frame(rows, QUARANTINE_SCHEMA),
    )


def quarantine_reason(row: dict) -> str | None:
    """The human reason a quarantine row's payload gives, if any."""
    try:
        return json.loads(row["payload"]).get("reason")
    except (TypeError, ValueError, AttributeError):
        return None


def quarantine_line(row: dict) -> str:
    reason = quarantine_reason(row)
    checks = ", ".join(row["failed_checks"] or [])
    where = row.get("source_file") or row.get("record_key")
    return f"{row['record_type']} {where}: {reason or checks}" + (f" [{checks}]" if reason else "")
