"""The shape of a suite: named checks over one table, written as data.

A suite module (articles, comments, entity_mentions, files) describes its table
with a `SuiteSpec`: the columns it needs and their kinds, the helper columns it
derives (for checks Great Expectations has no built-in for), and its checks.
A check names a Great Expectations expectation class and its arguments; the
class is only looked up when the suite is built (`expectations.context`), so
importing a suite module does not import Great Expectations (~7 s).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import polars as pl

# The row number of a record inside the batch (Great Expectations reports a
# failing row by its pandas index, which is this number). Rows are told apart by
# number, not by key: a null or duplicated key cannot say which row failed.
ROW_COLUMN = "batch_row"


@dataclass(frozen=True)
class Check:
    """One named check: the name lands in quarantine.failed_checks."""

    name: str
    expectation: str  # class name in great_expectations.expectations
    kwargs: Mapping[str, Any]
    why: str  # shown as the expectation's notes in Data Docs


@dataclass(frozen=True)
class SuiteSpec:
    table: str
    key: str  # column whose value is the quarantine record_key
    columns: Mapping[str, str]  # required column -> kind (see KIND_DTYPES)
    checks: Callable[[], list[Check]]  # built at session start (dates move)
    derive: Callable[[pl.DataFrame], pl.DataFrame] = field(default=lambda frame: frame)
    helper_columns: tuple[str, ...] = ()  # columns `derive` adds


def _is_text(dtype: pl.DataType) -> bool:
    return dtype in (pl.String, pl.Categorical) or isinstance(dtype, (pl.Enum, pl.Categorical))


# Which polars dtypes a required column may have. pl.Null (a column that is
# null in every row of this batch) is accepted for every kind; the not-null
# checks then fail the rows, not the batch.
KIND_DTYPES: Mapping[str, Callable[[pl.DataType], bool]] = {
    "str": _is_text,
    "int": lambda d: d.is_integer(),
    "number": lambda d: d.is_numeric(),
    "bool": lambda d: d == pl.Boolean,
    "date": lambda d: d == pl.Date or isinstance(d, pl.Datetime),
    "datetime": lambda d: d == pl.Date or isinstance(d, pl.Datetime),
}


def schema_problems(spec: SuiteSpec, frame: pl.DataFrame) -> list[str]:
    """Readable reasons why a frame cannot be validated as `spec.table` at all."""
    problems = []
    schema = frame.schema
    missing = [name for name in spec.columns if name not in schema]
    if missing:
        problems.append(f"missing column(s) {', '.join(missing)}")
    for name, kind in spec.columns.items():
        if name not in schema:
            continue
        dtype = schema[name]
        if dtype != pl.Null and not KIND_DTYPES[kind](dtype):
            problems.append(f"column {name} is {dtype}, expected {kind}")
    return problems
