"""The validate stage: run the expectation suites over a batch, split it into what loads
and what goes to quarantine (with every failed check's name and the record as JSON).

Two gates per batch: the `files` suite right after reading (a file that fails is not
parsed: empty, whitespace-only, binary, oversized), and the record suites after
enrichment (comments, then articles, then entity mentions). Nothing is dropped silently:
the comments of a quarantined article are quarantined too, as `article_quarantined`.
A batch that cannot be validated at all raises BatchValidationError (from the session).
"""

from __future__ import annotations

import json
from dataclasses import replace

import polars as pl

from expectations import entity_mentions
from expectations.files import file_record
from expectations.validate import ValidationSession
from flows.frames import (
    QUARANTINE_SCHEMA,
    ParsedBatch,
    ReadBatch,
    ValidatedBatch,
    empty,
    frame,
)

FILE_CHECK_SCHEMA = {"source_file": pl.Utf8, "size_bytes": pl.Int64, "text": pl.Utf8, "decode_error": pl.Utf8}
# The check name given to records held back because the record they belong to failed.
PARENT_QUARANTINED = "article_quarantined"


def quarantine_rows(record_type: str, failed: list[dict], source_of: dict[str, str] | None = None) -> list[dict]:
    """Quarantine records (QUARANTINE_SCHEMA) from a ValidationOutcome's failed rows."""
    return [
        {
            "record_type": record_type,
            "record_key": f["record_key"],
            "source_file": f["record_key"] if source_of is None else source_of.get(f["record_key"]),
            "failed_checks": list(f["failed_checks"]),
            "payload": f["payload"],
        }
        for f in failed
    ]


def validate_files(read: ReadBatch, session: ValidationSession) -> tuple[ReadBatch, bool]:
    """The files suite over the files read; failing files are quarantined and not parsed."""
    if not read.to_parse:
        return read, True
    rows = [file_record(f["source_file"], len(f["raw"]), f["raw"]) for f in read.to_parse]
    outcome = session.validate("files", frame(rows, FILE_CHECK_SCHEMA))
    if outcome.success:
        return read, True
    failed = {f["record_key"] for f in outcome.failed}
    return (
        replace(
            read,
            to_parse=[f for f in read.to_parse if f["source_file"] not in failed],
            quarantine=read.quarantine + quarantine_rows("file", outcome.failed),
        ),
        False,
    )


def validate_records(parsed: ParsedBatch, session: ValidationSession) -> ValidatedBatch:
    """Run the record suites; failing rows go to quarantine, with what depends on them."""
    # Byte-identical copies in one batch are one article: validate each record once.
    # (Both copies' article rows stay, so each file is mapped to it; the loader keeps one.)
    comments_in = parsed.comments.unique("comment_id", keep="first", maintain_order=True)
    source_of = dict(zip(parsed.articles["article_id"].to_list(), parsed.articles["source_file"].to_list()))
    comment_source = {
        cid: source_of.get(aid) for cid, aid in zip(comments_in["comment_id"], comments_in["article_id"])
    }
    quarantine = parsed.quarantine.to_dicts()

    comments_outcome = session.validate("comments", comments_in)
    quarantine += quarantine_rows("comment", comments_outcome.failed, comment_source)
    comments = comments_outcome.passed
    # comment_count is the number of comment rows actually loaded
    loaded_counts = comments.group_by("article_id").agg(pl.len().cast(pl.Int32).alias("loaded_comments"))
    articles = (
        parsed.articles.join(loaded_counts, on="article_id", how="left")
        .with_columns(pl.col("loaded_comments").fill_null(0).cast(pl.Int32).alias("comment_count"))
        .drop("loaded_comments")
    )
    articles_outcome = session.validate("articles", articles.unique("article_id", keep="first", maintain_order=True))
    quarantine += quarantine_rows("article", articles_outcome.failed, source_of)
    kept_ids = articles_outcome.passed["article_id"]
    articles = articles.filter(pl.col("article_id").is_in(kept_ids.implode()))
    orphans = comments.filter(~pl.col("article_id").is_in(kept_ids.implode()))
    quarantine += _held_back("comment", orphans, "comment_id", comment_source)
    comments = comments.filter(pl.col("article_id").is_in(kept_ids.implode()))

    mentions = parsed.entity_mentions.filter(pl.col("article_id").is_in(kept_ids.implode()))
    mentions = mentions.filter(
        pl.col("comment_id").is_null() | pl.col("comment_id").is_in(comments["comment_id"].implode())
    ).unique(["entity_id", "article_id", "comment_id"], keep="first", maintain_order=True)
    mentions_outcome = session.validate("entity_mentions", mentions)
    quarantine += quarantine_rows("entity_mention", mentions_outcome.failed, source_of_mentions(mentions, source_of))
    mentions = mentions_outcome.passed
    surfaces = parsed.mention_surfaces.join(
        mentions.select("entity_id", "article_id", "comment_id"),
        on=["entity_id", "article_id", "comment_id"], how="semi", nulls_equal=True,
    )
    success = comments_outcome.success and articles_outcome.success and mentions_outcome.success
    return ValidatedBatch(
        ParsedBatch(articles, comments, mentions, surfaces, empty(QUARANTINE_SCHEMA)),
        frame(quarantine, QUARANTINE_SCHEMA),
        bool(success),
    )


def source_of_mentions(mentions: pl.DataFrame, source_of: dict[str, str]) -> dict[str, str]:
    """Mention record_key (as the entity_mentions suite makes it) -> source file."""
    keyed = entity_mentions.derive(mentions).select(entity_mentions.MENTION_KEY, "article_id")
    return {key: source_of.get(aid) for key, aid in keyed.iter_rows()}


def _held_back(record_type: str, rows: pl.DataFrame, key: str, source_of: dict[str, str]) -> list[dict]:
    """Records not loaded because their article was quarantined."""
    return [
        {
            "record_type": record_type,
            "record_key": record[key],
            "source_file": source_of.get(record[key]),
            "failed_checks": [PARENT_QUARANTINED],
            "payload": json.dumps({**record, "reason": "its article was quarantined"}, default=str),
        }
        for record in rows.iter_rows(named=True)
    ]
