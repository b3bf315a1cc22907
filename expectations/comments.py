"""Suite `comments`: what a loadable reader-comment row is."""

from __future__ import annotations

import polars as pl

from expectations import _common as c
from expectations.spec import Check, SuiteSpec

# Comment systems cap a comment at a few thousand characters (Disqus 25k,
# wpDiscuz ~10k); longer means the rest of the page was glued to a comment.
COMMENT_MAX_CHARS = 25_000

# Helper column: True where the comment's position is where it should be in
# the sequence 1..n of its article (Great Expectations has no per-group
# "no gaps" check). Of 1, 2, 4, 5 the rows at 4 and 5 are off.
POSITION_GAP_OK = "position_gap_ok"


def derive(frame: pl.DataFrame) -> pl.DataFrame:
    position = pl.col("position").cast(pl.Int64)
    expected = position.rank("ordinal").over("article_id").cast(pl.Int64)
    frame = frame.with_columns((position == expected).fill_null(False).alias(POSITION_GAP_OK))
    return c.mark_noise_lines(frame, ("body",))


def checks() -> list[Check]:
    return [
        c.not_null("comment_id"),
        c.unique("comment_id"),
        c.not_null("article_id"),
        c.not_null("position"),
        c.between("position", name="position_positive", why="positions start at 1", min_value=1),
        c.in_set(
            POSITION_GAP_OK,
            [True],
            name="positions_contiguous",
            why="an article's comments are numbered 1..n in page order, without gaps or repeats",
        ),
        Check(
            "parent_before_position",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {
                "column_A": "position",
                "column_B": "parent_position",
                "or_equal": False,
                "ignore_row_if": "either_value_is_missing",
            },
            "a reply comes after the comment it replies to",
        ),
        *c.text_checks(
            "body",
            min_chars=1,
            max_chars=COMMENT_MAX_CHARS,
            why=f"a comment longer than {COMMENT_MAX_CHARS} characters has swallowed page text",
        ),
        *c.language_checks(),
        c.between("word_count", name="word_count_not_negative", why="a count", min_value=0),
        c.date_in_range("posted_at"),
    ]


SPEC = SuiteSpec(
    table="comments",
    key="comment_id",
    columns={
        "comment_id": "str",
        "article_id": "str",
        "position": "int",
        "author": "str",
        "body": "str",
        "parent_position": "int",
        "posted_at": "datetime",
        "language": "str",
        "word_count": "int",
    },
    checks=checks,
    derive=derive,
    helper_columns=(POSITION_GAP_OK, c.noise_free_column("body")),
)
