"""Suite `entity_mentions`: what a loadable mention row is."""

from __future__ import annotations

import polars as pl

from expectations import _common as c
from expectations.spec import Check, SuiteSpec
from expectations.vocab import ENTITY_LABELS

# Helper column: the row's key (entity, article, comment or '' for the body).
# It is the quarantine record_key, and its uniqueness is the table's key check.
MENTION_KEY = "mention_key"


def derive(frame: pl.DataFrame) -> pl.DataFrame:
    key = pl.concat_str(
        [
            pl.col("entity_id").fill_null("?"),
            pl.col("article_id").fill_null("?"),
            pl.col("comment_id").fill_null(""),
        ],
        separator="/",
    )
    return frame.with_columns(key.alias(MENTION_KEY))


def checks() -> list[Check]:
    return [
        c.not_null("entity_id"),
        c.not_null("article_id"),
        c.unique(MENTION_KEY, name="mention_unique"),
        c.between(
            "mention_count",
            name="mention_count_positive",
            why="a mention row exists because the entity was named",
            min_value=1,
        ),
        c.between("first_offset", name="first_offset_not_negative", why="a character offset", min_value=0),
        c.not_null("label"),
        c.in_set(
            "label",
            ENTITY_LABELS,
            name="label_known",
            why="entity labels we keep (expectations.vocab.ENTITY_LABELS)",
        ),
    ]


SPEC = SuiteSpec(
    table="entity_mentions",
    key=MENTION_KEY,
    columns={
        "entity_id": "str",
        "article_id": "str",
        "comment_id": "str",
        "mention_count": "int",
        "first_offset": "int",
        "label": "str",
    },
    checks=checks,
    derive=derive,
    helper_columns=(MENTION_KEY,),
)
