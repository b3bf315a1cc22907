"""A tiny warehouse with known rows, shared by the BI tests (views, snapshot, export).

Three articles: two from 'Daily Planet' (collection 'korea'), one with no
publisher and no published_date (collection 'misc'); five comments, threaded
two deep on the first article; three entities.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse import db

ARTICLES = [
    # article_id, collection, publisher, published_date, word_count, language, declared, comments
    ("a1", "korea", "Daily Planet", "2018-06-12", 100, "en", 4, 4),
    ("a2", "korea", "Daily Planet", "2018-06-12", 50, "en", None, 0),
    ("a3", "misc", None, None, 30, "de", 2, 1),
]
COMMENTS = [
    # comment_id, article_id, position, author, parent_position, language
    ("a1-c0001", "a1", 1, "ann", None, "en"),
    ("a1-c0002", "a1", 2, "bob", 1, "en"),
    ("a1-c0003", "a1", 3, "ann", 2, "en"),
    ("a1-c0004", "a1", 4, None, None, "fr"),
    ("a3-c0001", "a3", 1, "eve", None, "de"),
]
ENTITIES = [
    ("e_kim", "Kim Jong-un", "PERSON"),
    ("e_trump", "Donald Trump", "PERSON"),
    ("e_korea", "North Korea", "GPE"),
]
MENTIONS = [
    # entity_id, article_id, comment_id, mention_count
    ("e_kim", "a1", None, 3),
    ("e_trump", "a1", None, 2),
    ("e_korea", "a1", None, 1),
    ("e_kim", "a2", None, 1),
    ("e_trump", "a2", None, 4),
    ("e_korea", "a3", None, 1),
    ("e_trump", "a3", "a3-c0001", 5),  # in a comment: not a body mention
]


def fill_warehouse(con: duckdb.DuckDBPyConnection, run_id: str = "run-1") -> None:
    """Insert the known rows into a migrated warehouse."""
    for aid, coll, pub, pdate, words, lang, declared, n in ARTICLES:
        con.execute(
            "insert into articles (article_id, source_file, collection, publisher, url, title,"
            " author, published_date, body, word_count, language, language_confidence,"
            " declared_comment_count, comment_count, content_hash, run_id, ingested_at)"
            " values (?, ?, ?, ?, null, ?, null, ?, 'body', ?, ?, 0.99, ?, ?, ?, ?,"
            " timestamp '2026-11-22 01:02:03')",
            [aid, f"{coll}/{aid}.txt", coll, pub, f"Title {aid}", pdate, words, lang,
             declared, n, f"hash-{aid}", run_id],
        )
    for cid, aid, pos, author, parent, lang in COMMENTS:
        con.execute(
            "insert into comments (comment_id, article_id, position, author, body,"
            " parent_position, posted_at, language, word_count)"
            " values (?, ?, ?, ?, 'text', ?, null, ?, 1)",
            [cid, aid, pos, author, parent, lang],
        )
    for eid, name, label in ENTITIES:
        con.execute("insert into entities (entity_id, name, label, aliases) values (?, ?, ?, [])",
                    [eid, name, label])
    for eid, aid, cid, n in MENTIONS:
        con.execute(
            "insert into entity_mentions (entity_id, article_id, comment_id, mention_count,"
            " first_offset) values (?, ?, ?, ?, 0)",
            [eid, aid, cid, n],
        )


def make_warehouse(path: Path, run_id: str = "run-1") -> Path:
    """Create a migrated warehouse file at path holding the known rows."""
    con = db.connect(path)
    try:
        db.migrate(con)
        fill_warehouse(con, run_id)
    finally:
        con.close()
    return path
