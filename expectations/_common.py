"""Check constructors shared by the suites (each returns a `Check`)."""

from __future__ import annotations

import datetime as dt

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


def has_no_noise_line(column: str, regex: str) -> Check:
    return Check(
        f"{column}_has_no_noise_line",
        "ExpectColumnValuesToNotMatchRegex",
        {"column": column, "regex": regex},
        "a widget, share or subscribe line the cleaner should have removed "
        "(pattern: transforms.rules.noise_line_pattern)",
    )


def text_checks(column: str, *, min_chars: int, max_chars: int, why: str, noise_regex: str) -> list[Check]:
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
        has_no_noise_line(column, noise_regex),
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
