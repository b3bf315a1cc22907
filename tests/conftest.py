"""Shared fixtures: the seeds, and a Prefect API in ephemeral mode for flow tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from flows.config import configure_environment

configure_environment()



def _find_seeds() -> Path:
    """../shared/seeds beside the checkout (CI), or beside any folder above it (worktrees)."""
    if os.environ.get("NEWSFUNNEL_SEEDS"):
        return Path(os.environ["NEWSFUNNEL_SEEDS"])
    for folder in Path(__file__).resolve().parents[1].parents:
        if (folder / "shared" / "seeds").is_dir():
            return folder / "shared" / "seeds"
    return Path("../shared/seeds")


SEEDS_DIR = _find_seeds()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS_DIR} (set NEWSFUNNEL_SEEDS)")
    return SEEDS_DIR


@pytest.fixture
def seed_copy(tmp_path: Path, seeds_dir: Path) -> Path:
    """A writable copy of the seeds in a folder called `seeds` under tmp_path."""
    target = tmp_path / "seeds"
    shutil.copytree(seeds_dir, target)
    return target


@pytest.fixture(scope="session")
def prefect_api():
    """A real Prefect API (ephemeral server with a temporary database) for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real `prefect server start` on a free loopback port, stopped after the session."""
    from tests.live_prefect import running_prefect_server

    with running_prefect_server(tmp_path_factory.mktemp("prefect-server")) as server:
        yield server
