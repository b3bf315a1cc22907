"""Validate a batch of records before it is loaded: which rows pass, which fail and why.

    session = ValidationSession()                 # once per run (builds the suites)
    outcome = session.validate("articles", frame)  # per batch
    outcome.passed  -> rows to load (the frame's own columns)
    outcome.failed  -> [{"record_key", "failed_checks", "payload"}] for `quarantine`

A row fails when any check of its table's suite lists it among the unexpected
rows; it is quarantined with the names of every check it failed. A batch that
cannot be validated at all (missing column, wrong type, a check that raised)
raises BatchValidationError: the caller loads none of that batch.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from expectations.context import (
    SUITES,
    build_data_docs,
    forget_result,
    open_context,
    prune_results,
    register_suites,
)
from expectations.spec import ROW_COLUMN, schema_problems

__all__ = [
    "BatchValidationError",
    "ValidationOutcome",
    "ValidationSession",
    "build_data_docs",
    "gx_dir_for",
    "validate_batch",
]

# A quarantined payload keeps each text field up to this many characters; a
# longer one (a 50 MB "article") is cut and marked, the raw file stays on disk.
PAYLOAD_MAX_CHARS = 20_000


class BatchValidationError(Exception):
    """The batch as a whole cannot be validated; load none of it."""


@dataclass
class ValidationOutcome:
    table: str
    passed: pl.DataFrame
    failed: list[dict] = field(default_factory=list)
    success: bool = True
    statistics: dict = field(default_factory=dict)


def gx_dir_for(db_path: str | Path) -> Path:
    """Where the file context of a warehouse lives: <db dir>/gx."""
    return Path(db_path).resolve().parent / "gx"


class ValidationSession:
    """One Great Expectations context with every suite, built once per run."""

    def __init__(self, gx_dir: str | Path | None = None, run_name: str | None = None):
        self.gx_dir = Path(gx_dir) if gx_dir is not None else None
        self.run_name = run_name or f"validate-{uuid.uuid4().hex[:12]}"
        self._context = open_context(self.gx_dir)
        self._checkpoints = register_suites(self._context)
        self._pruned = False
        self._lock = threading.Lock()  # a GX context is not safe to share between threads

    def validate(self, table: str, frame: pl.DataFrame) -> ValidationOutcome:
        if table not in SUITES:
            raise BatchValidationError(f"no suite for table {table!r}; known: {', '.join(SUITES)}")
        spec = SUITES[table]
        problems = schema_problems(spec, frame)
        if problems:
            raise BatchValidationError(f"{table} batch cannot be validated: {'; '.join(problems)}")
        started = time.perf_counter()
        numbered = frame.with_row_index(ROW_COLUMN)
        if numbered.height == 0:
            return ValidationOutcome(table, frame, [], True, _stats(0, 0, {}, started))
        checked = spec.derive(_naive_utc(frame)).select(
            [*spec.columns, *(c for c in spec.helper_columns if c not in spec.columns)]
        )
        with self._lock:
            result = self._run(table, checked)
        failed_rows, per_check, reasons = _failing_rows(table, result)
        passed = numbered.filter(~pl.col(ROW_COLUMN).is_in(list(failed_rows))).drop(ROW_COLUMN)
        failed = _quarantine_rows(numbered, failed_rows, checked.get_column(spec.key), reasons)
        return ValidationOutcome(
            table,
            passed,
            failed,
            success=not failed,
            statistics=_stats(frame.height, len(failed), per_check, started),
        )

    def _run(self, table: str, checked: pl.DataFrame) -> Any:
        from great_expectations.core.run_identifier import RunIdentifier

        if self.gx_dir is not None and not self._pruned:
            prune_results(self._context, keep_run_name=self.run_name)
            self._pruned = True
        run_id = RunIdentifier(run_name=self.run_name, run_time=dt.datetime.now(dt.timezone.utc))
        result = self._checkpoints[table].run(
            # a fresh RangeIndex: GX's unexpected indices are the rows of the batch
            batch_parameters={"dataframe": checked.to_pandas().reset_index(drop=True)}, run_id=run_id
        )
        if self.gx_dir is None:
            for key in result.run_results:
                forget_result(self._context, key)
        return result


def validate_batch(table: str, frame: pl.DataFrame, context: ValidationSession | None = None) -> ValidationOutcome:
    """Validate one batch; pass the run's ValidationSession as `context` (a new one is slow)."""
    session = context if context is not None else ValidationSession()
    return session.validate(table, frame)


def _naive_utc(frame: pl.DataFrame) -> pl.DataFrame:
    """Time-zone-aware timestamps as naive UTC, comparable with the suites' date bounds."""
    aware = [n for n, d in frame.schema.items() if isinstance(d, pl.Datetime) and d.time_zone]
    if not aware:
        return frame
    return frame.with_columns(
        pl.col(n).dt.convert_time_zone("UTC").dt.replace_time_zone(None) for n in aware
    )


def _failing_rows(table: str, result: Any) -> tuple[dict[int, list[str]], dict[str, int], dict[str, str]]:
    """{batch row: [failed check names]}, {check name: rows failed} and {check name: reason}."""
    failed_rows: dict[int, list[str]] = {}
    per_check: dict[str, int] = {}
    reasons: dict[str, str] = {}
    for suite_result in result.run_results.values():
        for outcome in suite_result.results:
            config = outcome.expectation_config
            name = (config.meta or {}).get("check", config.type)
            reasons[name] = config.description or name
            info = outcome.exception_info or {}
            if info.get("raised_exception"):
                message = (info.get("exception_message") or "").strip().splitlines()
                raise BatchValidationError(
                    f"{table} batch: check {name} could not run: {message[-1] if message else 'error'}"
                )
            if outcome.success:
                continue
            indices = outcome.result.get("unexpected_index_list")
            if indices is None:
                raise BatchValidationError(f"{table} batch failed check {name} as a whole")
            per_check[name] = len(indices)
            for index in indices:
                rows = failed_rows.setdefault(int(index), [])
                if name not in rows:
                    rows.append(name)
    return failed_rows, per_check, reasons


def _quarantine_rows(
    numbered: pl.DataFrame, failed_rows: dict[int, list[str]], keys: pl.Series, reasons: dict[str, str]
) -> list[dict]:
    """One quarantine entry per failed row; its payload is the record plus a readable `reason`."""
    if not failed_rows:
        return []
    rows = numbered.filter(pl.col(ROW_COLUMN).is_in(list(failed_rows)))
    payload_columns = [n for n, d in rows.schema.items() if n != ROW_COLUMN and d != pl.Binary]
    out = []
    for record in rows.iter_rows(named=True):
        row = record[ROW_COLUMN]
        record_key = keys[row]
        payload = {name: _shorten(record[name]) for name in payload_columns}
        payload["reason"] = "; ".join(reasons[name] for name in failed_rows[row])
        out.append(
            {
                "record_key": None if record_key is None else str(record_key),
                "failed_checks": failed_rows[row],
                "payload": json.dumps(payload, default=str, ensure_ascii=False),
            }
        )
    return out


def _shorten(value: Any) -> Any:
    if isinstance(value, str) and len(value) > PAYLOAD_MAX_CHARS:
        return value[:PAYLOAD_MAX_CHARS] + f"...[cut: {len(value)} characters in all]"
    return value


def _stats(rows: int, failed: int, per_check: dict[str, int], started: float) -> dict:
    return {
        "rows": rows,
        "rows_passed": rows - failed,
        "rows_failed": failed,
        "failed_checks": per_check,
        "seconds": round(time.perf_counter() - started, 4),
    }
