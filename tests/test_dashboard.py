"""The Superset dashboard, end to end: seeds -> pipeline -> snapshot -> dashboard/setup.sh ->
Superset -> headless Chromium, every page showing the seeds' data; then a pipeline run while
the dashboard serves, and the dashboard showing the new state.

Needs what `dashboard/setup.sh` installs (dashboard/.venv with Superset) and Chromium; CI
does not run the dashboard's setup, so there it is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
DASHBOARD = ROOT / "dashboard"
SUPERSET = DASHBOARD / ".venv" / "bin" / "superset"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1400,2000", "--virtual-time-budget=30000",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SUPERSET.exists(), reason="dashboard not installed: run dashboard/setup.sh first"),
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (apt-get install chromium)"),
]

# page slug -> SQL over the snapshot giving a text that page must show
PAGES = {
    "newsfunnel-volume": "select publisher from v_daily_volume order by articles desc, publisher limit 1",
    "newsfunnel-entities": "select entity_name from v_top_entities_by_collection where entity_rank = 1",
    "newsfunnel-cooccurrence": (
        "select entity_b_name from v_entity_cooccurrence order by articles desc, entity_a_name, entity_b_name limit 1"
    ),
    "newsfunnel-comments": "select title from v_comment_activity order by parsed_comment_count desc limit 1",
    "newsfunnel-languages": "select language from v_language_mix order by articles desc limit 1",
}


def run_pipeline(inputs: Path, database: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "flows", "run", str(inputs), "--db", str(database)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_dom(url: str, profile: Path, screenshot: Path | None = None) -> str:
    args = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
    if screenshot is not None:
        subprocess.run([*args, f"--screenshot={screenshot}", url], capture_output=True, timeout=180)
    done = subprocess.run([*args, "--dump-dom", url], capture_output=True, text=True, timeout=180)
    return done.stdout


def expected_texts(snapshot: Path) -> dict[str, str]:
    with duckdb.connect(str(snapshot), read_only=True) as con:
        return {slug: con.execute(sql).fetchone()[0] for slug, sql in PAGES.items()}


@pytest.fixture
def served_dashboard(seeds_dir, tmp_path):
    seeds = sorted(seeds_dir.iterdir())
    inputs = tmp_path / "in" / "seeds"
    inputs.mkdir(parents=True)
    for seed in seeds[:-1]:  # the last seed arrives in a second run, while the dashboard serves
        shutil.copy(seed, inputs / seed.name)
    database = tmp_path / "wh" / "news.duckdb"
    run_pipeline(inputs, database)
    snapshot = database.with_name("news.read.duckdb")

    env = {**os.environ, "NEWSFUNNEL_SUPERSET_HOME": str(tmp_path / "superset"), "PORT": str(free_port())}
    setup = subprocess.run([str(DASHBOARD / "setup.sh"), str(snapshot)], env=env,
                           capture_output=True, text=True, timeout=900)
    assert setup.returncode == 0, setup.stdout[-3000:] + setup.stderr[-3000:]
    server = subprocess.Popen([str(DASHBOARD / "serve.sh")], env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{env['PORT']}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert server.poll() is None, "superset exited"
            assert time.monotonic() < deadline, "superset did not start"
            time.sleep(1)
        yield base, inputs, seeds[-1], database, snapshot
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_every_page_renders_the_snapshot_and_follows_a_rerun(served_dashboard, tmp_path):
    base, inputs, last_seed, database, snapshot = served_dashboard
    texts = expected_texts(snapshot)
    for slug, text in texts.items():
        dom = page_dom(f"{base}/superset/dashboard/{slug}/", tmp_path / "chromium",
                       screenshot=tmp_path / f"{slug}.png")
        assert text in dom, f"{slug}: {text!r} not rendered"
        assert "Unexpected error" not in dom, slug

    # A pipeline run while the dashboard serves: the run succeeds, the dashboard shows it.
    with duckdb.connect(str(snapshot), read_only=True) as con:
        before = con.execute("select count(*) from articles").fetchone()[0]
    shutil.copy(last_seed, inputs / last_seed.name)
    run_pipeline(inputs, database)
    with duckdb.connect(str(snapshot), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == before + 1
        publishers = [r[0] for r in con.execute("select distinct publisher from v_daily_volume").fetchall()]
    dom = page_dom(f"{base}/superset/dashboard/newsfunnel-volume/", tmp_path / "chromium")
    assert all(p in dom for p in publishers), publishers
