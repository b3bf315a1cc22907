"""The run configuration: flow parameters become one frozen object at the entry point.

This is the only module that reads the environment. ``configure_environment`` must run
before Prefect or Great Expectations are imported (the CLI does it first thing).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "warehouse/news.duckdb"
DEFAULT_BATCH_SIZE = 400  # files; a batch costs ~1.5 s of fixed validation + task overhead (benchmarks)

# Quiet, offline defaults for the libraries we orchestrate; a user's own setting wins.
LIBRARY_DEFAULTS = {
    "GX_ANALYTICS_ENABLED": "false",                          # GX sends analytics otherwise
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",              # no telemetry (no network here)
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",  # a fresh PREFECT_HOME migrates ~20 s
    "PREFECT_LOGGING_TO_API_BATCH_INTERVAL": "0.5",
    "TOKENIZERS_PARALLELISM": "false",
}


def configure_environment() -> None:
    for name, value in LIBRARY_DEFAULTS.items():
        os.environ.setdefault(name, value)


@dataclass(frozen=True)
class RunConfig:
    paths: tuple[str, ...]
    db: Path
    workers: int = 1
    full_refresh: bool = False
    batch_size: int = DEFAULT_BATCH_SIZE
    dask_address: str | None = None
    # Test hook (crash-safety test): a file path; every batch load notes itself there just
    # before its commit, and from the second batch on waits there (to be killed mid-load).
    pause_before_commit: str | None = None

    @classmethod
    def from_params(
        cls,
        paths: list[str] | tuple[str, ...] | str,
        db: str | Path = DEFAULT_DB,
        workers: int = 1,
        full_refresh: bool = False,
        batch_size: int = DEFAULT_BATCH_SIZE,
        dask_address: str | None = None,
    ) -> "RunConfig":
        if isinstance(paths, str):
            paths = [paths]
        if not paths:
            raise ValueError("Give at least one file or folder to ingest, e.g. `newsfunnel run ../shared/seeds`.")
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, got {workers}.")
        if batch_size < 1:
            raise ValueError(f"batch_size must be 1 or more, got {batch_size}.")
        return cls(
            paths=tuple(str(p) for p in paths),
            db=Path(db),
            workers=int(workers),
            full_refresh=bool(full_refresh),
            batch_size=int(batch_size),
            dask_address=dask_address or os.environ.get("NEWSFUNNEL_DASK_ADDRESS") or None,
            pause_before_commit=os.environ.get("NEWSFUNNEL_TEST_PAUSE_BEFORE_COMMIT") or None,
        )

    @property
    def snapshot_path(self) -> Path:
        return self.db.with_name(self.db.stem + ".read.duckdb")

    @property
    def gx_dir(self) -> Path:
        from expectations.validate import gx_dir_for

        return gx_dir_for(self.db)
