"""Check constructors shared by the suites (each returns a `Check`)."""

from __future__ import annotations

import datetime as dt

import polars as pl

from expectations.noise import noise_line_matcher
from expectations.spec import Check
from expectations.vocab import LANGUAGE_VALUES

# Nothing we ingest was published before the web news era we collect; a date
# before this is a parse error (a founding year, a "©1987" footer).
EARLIEST_DATE = dt.date(1990, 1, 1)
# A page dated "tomorrow" is legitimate when its time zone is ahead of UTC;
# one day of slack, more is a parse error (e.g. day and month swapped).
FUTURE_SLACK = dt.timedelta(days=1)


def not_null(column: str, *, name: str | None = None) -> Check:
    return Check(
        name or f"{column}_not_null",
        "ExpectColumnValuesToNotBeNull",
        {"column": column},
        f"every record needs its {column}",
    )


def unique(column: str, *, name: str | None = None) -> Check:
    return Check(
        name or f"{column}_unique",
        "ExpectColumnValuesToBeUnique",
        {"column": column},
        f"{column} is a key: two rows with one value would overwrite each other",
    )


def not_blank(column: str) -> Check:
    return Check(
        f"{column}_not_empty",
        "ExpectColumnValuesToMatchRegex",
        {"column": column, "regex": r"\S"},
        f"{column} must hold at least one non-space character",
    )


def in_set(column: str, values, *, name: str, why: str) -> Check:
    return Check(name, "ExpectColumnValuesToBeInSet", {"column": column, "value_set": sorted(values)}, why)


def between(column: str, *, name: str, why: str, min_value=None, max_value=None) -> Check:
    return Check(
        name,
        "ExpectColumnValuesToBeBetween",
        {"column": column, "min_value": min_value, "max_value": max_value},
        why,
    )


def date_in_range(column: str, *, today: dt.date | None = None) -> Check:
    """Not before EARLIEST_DATE and not after today (UTC) plus FUTURE_SLACK."""
    today = today or dt.datetime.now(dt.timezone.utc).date()
    latest = dt.datetime.combine(today + FUTURE_SLACK, dt.time.max)
    return between(
        column,
        name=f"{column}_in_range",
        why=f"dates before {EARLIEST_DATE} or in the future are parse errors",
        min_value=dt.datetime.combine(EARLIEST_DATE, dt.time.min),
        max_value=latest,
    )


def noise_free_column(column: str) -> str:
    """Helper column: False where `column` holds a whole widget/share line."""
    return f"{column}_noise_free"


# Widget and share lines are short; the check looks at lines up to this length.
# The cleaner's rules are a large alternation (70 rule families, 8 languages): as one
# regex over whole bodies it cost ~6 ms per 3,500-character article (45 s for 2,000
# articles, when Great Expectations' own regex expectation ran it), and it is too large
# for polars' regex engine. Each short line goes through the cleaner's own matcher
# instead (transforms.rules.LineMatcher, same answers, a fraction of the time); long
# lines are paragraphs.
NOISE_LINE_MAX_CHARS = 200


def mark_noise_lines(frame: pl.DataFrame, columns: tuple[str, ...]) -> pl.DataFrame:
    """Add the `<column>_noise_free` helper columns (Great Expectations checks them).

    False where a line of the text (of at most NOISE_LINE_MAX_CHARS) is entirely a
    noise line by the cleaner's own rule data; null where the text is null.
    """
    matcher = noise_line_matcher()
    verdicts: dict[str, bool] = {}  # line -> is noise, within this batch

    def noise_free(text: str) -> bool:
        for line in text.split("\n"):
            if len(line) > NOISE_LINE_MAX_CHARS or not line.strip():
                continue
            if line not in verdicts:
                verdicts[line] = matcher.fullmatch(line.strip(" \t")) is not None
            if verdicts[line]:
                return False
        return True

    return frame.with_columns(
        pl.col(name).map_elements(noise_free, return_dtype=pl.Boolean, skip_nulls=True).alias(noise_free_column(name))
        for name in columns
    )


def has_no_noise_line(column: str) -> Check:
    return Check(
        f"{column}_has_no_noise_line",
        "ExpectColumnValuesToBeInSet",
        {"column": noise_free_column(column), "value_set": [True]},
        f"a widget, share or subscribe line in the {column} that the cleaner should have "
        "removed (rules: transforms.rules.noise_line_regex)",
    )


def text_checks(column: str, *, min_chars: int, max_chars: int, why: str) -> list[Check]:
    """A text column: present, not blank, length in bounds, no widget/share line left."""
    return [
        not_null(column),
        not_blank(column),
        Check(
            f"{column}_length_in_bounds",
            "ExpectColumnValueLengthsToBeBetween",
            {"column": column, "min_value": min_chars, "max_value": max_chars},
            why,
        ),
        has_no_noise_line(column),
    ]


def language_checks(column: str = "language") -> list[Check]:
    return [
        not_null(column),
        in_set(
            column,
            LANGUAGE_VALUES,
            name=f"{column}_known",
            why="an ISO 639-1 code langdetect can give, or 'unknown' (expectations.vocab)",
        ),
    ]
