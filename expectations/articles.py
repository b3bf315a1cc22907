"""Suite `articles`: what a loadable article row is."""

from __future__ import annotations

import polars as pl

from expectations import _common as c
from expectations.spec import Check, SuiteSpec

# Body length bounds, in characters of the cleaned body.
# Below 80 characters (about a dozen words) what is left is a teaser, a
# caption or a failed extraction, not an article.
BODY_MIN_CHARS = 80
# Above 200,000 characters (~35,000 words, longer than the longest long-form
# pieces) the "body" is a dump of several pages or a whole site.
BODY_MAX_CHARS = 200_000

# comment_count may exceed the page's own "N Comments" a little: counters are
# cached and lag new comments, and some count only top-level comments. Allowed:
# declared + max(2, 10% of declared). More means the comment splitter took
# article paragraphs for comments.
COMMENT_COUNT_SLACK_ABS = 2
COMMENT_COUNT_SLACK_REL = 0.10

COMMENT_COUNT_LIMIT = "comment_count_limit"  # helper column
NOISE_CHECKED = ("title", "body")


def derive(frame: pl.DataFrame) -> pl.DataFrame:
    declared = pl.col("declared_comment_count").cast(pl.Int64)
    slack = pl.max_horizontal(
        pl.lit(COMMENT_COUNT_SLACK_ABS, pl.Int64),
        (declared.cast(pl.Float64) * COMMENT_COUNT_SLACK_REL).ceil().cast(pl.Int64),
    )
    frame = frame.with_columns((declared + slack).alias(COMMENT_COUNT_LIMIT))
    return c.mark_noise_lines(frame, NOISE_CHECKED)


def checks() -> list[Check]:
    return [
        c.not_null("article_id"),
        c.unique("article_id"),
        c.not_null("source_file"),
        c.not_null("content_hash"),
        c.not_null("title"),
        c.not_blank("title"),
        # A widget line as the title ("Notify of", "Share this:") means the page had no
        # headline of its own: typically a page that is only a comment thread.
        c.has_no_noise_line("title"),
        *c.text_checks(
            "body",
            min_chars=BODY_MIN_CHARS,
            max_chars=BODY_MAX_CHARS,
            why=f"a body shorter than {BODY_MIN_CHARS} or longer than {BODY_MAX_CHARS} "
            "characters is a failed extraction",
        ),
        *c.language_checks(),
        c.between(
            "language_confidence",
            name="language_confidence_in_range",
            why="a probability",
            min_value=0.0,
            max_value=1.0,
        ),
        c.between(
            "word_count", name="word_count_positive", why="a kept body has words", min_value=1
        ),
        c.between(
            "comment_count",
            name="comment_count_not_negative",
            why="a count",
            min_value=0,
        ),
        Check(
            "comment_count_within_declared",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {
                "column_A": COMMENT_COUNT_LIMIT,
                "column_B": "comment_count",
                "or_equal": True,
                "ignore_row_if": "either_value_is_missing",
            },
            f"comments found <= declared + max({COMMENT_COUNT_SLACK_ABS}, "
            f"{COMMENT_COUNT_SLACK_REL:.0%} of declared); more means article text was "
            "split off as comments",
        ),
        c.date_in_range("published_date"),
    ]


SPEC = SuiteSpec(
    table="articles",
    key="article_id",
    columns={
        "article_id": "str",
        "source_file": "str",
        "content_hash": "str",
        "title": "str",
        "body": "str",
        "word_count": "int",
        "language": "str",
        "language_confidence": "number",
        "declared_comment_count": "int",
        "comment_count": "int",
        "published_date": "date",
    },
    checks=checks,
    derive=derive,
    helper_columns=(COMMENT_COUNT_LIMIT, *(c.noise_free_column(name) for name in NOISE_CHECKED)),
)
