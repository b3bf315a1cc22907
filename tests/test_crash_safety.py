"""A run killed with SIGKILL in the middle of loading a batch leaves the warehouse as it was
before that batch (one transaction per batch), and the next run completes the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from flows.ingest import ingest

pytestmark = pytest.mark.slow


def query(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_kill_9_mid_load_then_rerun(prefect_api, seed_copy, tmp_path):
    from prefect.settings import PREFECT_API_URL

    db = tmp_path / "wh" / "news.duckdb"
    marker = tmp_path / "commits.log"
    env = {
        **os.environ,
        "PREFECT_API_URL": PREFECT_API_URL.value(),
        # every batch load writes a line here just before committing; the second one then waits
        "NEWSFUNNEL_TEST_PAUSE_BEFORE_COMMIT": str(marker),
    }
    command = [sys.executable, "-m", "flows", "run", str(seed_copy), "--db", str(db), "--batch-size", "1"]
    with open(tmp_path / "run.log", "wb") as log:
        run = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 600
            while not (marker.exists() and marker.read_text().count("\n") >= 2):
                assert run.poll() is None, (tmp_path / "run.log").read_text()[-3000:]
                assert time.monotonic() < deadline, "the run never reached its second batch"
                time.sleep(0.1)
            # batch 1 has committed; batch 2 has written its rows and waits before its commit
            run.send_signal(signal.SIGKILL)
        finally:
            run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL

    first = sorted(seed_copy.glob("*.txt"))[0]
    assert query(db, "select source_file from articles") == [(str(first),)]
    assert query(db, "select source_file from source_files") == [(str(first),)]
    assert query(db, "select count(*) from raw_documents") == [(1,)]
    assert query(db, "select status from pipeline_runs") == [("running",)]  # it never finished

    summary = ingest(paths=[str(seed_copy)], db=str(db))
    assert (summary["files_unchanged"], summary["files_new"], summary["articles_loaded"]) == (1, 3, 3)
    assert query(db, "select count(*), count(distinct article_id) from articles") == [(4, 4)]
    assert query(db, "select count(*), count(distinct comment_id) from comments") == [(15, 15)]
    assert query(db, "select status from pipeline_runs order by started_at") == [("interrupted",), ("completed",)]
