"""`newsfunnel serve` against a real `prefect server start`: deployments, a triggered run, artifacts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import duckdb
import httpx
import pytest

from tests.live_prefect import stop_process

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
DEPLOYMENTS = {"ingest/ingest", "ingest/watch", "reprocess/reprocess"}


def deployments_by_name(api_url: str) -> dict[str, dict]:
    found = httpx.post(f"{api_url}/deployments/filter", json={}, timeout=30).json()
    # flows after deployments: serve may register a flow and its deployment between two calls
    flows = {f["id"]: f["name"] for f in httpx.post(f"{api_url}/flows/filter", json={}, timeout=30).json()}
    return {f"{flows[d['flow_id']]}/{d['name']}": d for d in found}


@pytest.fixture(scope="module")
def served(prefect_server, tmp_path_factory, seeds_dir):
    """`python -m flows serve` in a subprocess (cwd and writes under tmp), until its 3 deployments exist."""
    work = tmp_path_factory.mktemp("served")
    inbox = work / "inbox"
    shutil.copytree(seeds_dir, inbox / "seeds")
    db = work / "wh" / "news.duckdb"
    log = work / "serve.log"
    cmd = [sys.executable, "-m", "flows", "serve", "--db", str(db), "--watch", str(inbox), "--interval", "3600"]
    # poll for triggered runs every second (default 10 s) to keep the test short
    env = prefect_server.client_env(PYTHONPATH=str(REPO), PREFECT_RUNNER_POLL_FREQUENCY="1")
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 150  # imports + registration; slow on a loaded 2-core box
        while not DEPLOYMENTS <= deployments_by_name(prefect_server.api_url).keys():
            assert proc.poll() is None, f"serve exited:\n{log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"deployments not registered:\n{log.read_text()[-3000:]}"
            time.sleep(0.5)
        yield SimpleNamespace(server=prefect_server, db=db, inbox=inbox, seeds=inbox / "seeds", log=log)
    finally:
        stop_process(proc)


def test_serve_registers_ingest_watch_and_reprocess_with_a_clear_form(served):
    deployments = deployments_by_name(served.server.api_url)
    schema = deployments["ingest/ingest"]["parameter_openapi_schema"]
    props = schema["properties"]
    assert schema["required"] == ["paths"]
    assert props["paths"]["type"] == "array" and props["paths"]["items"]["type"] == "string"
    assert (props["workers"]["type"], props["full_refresh"]["type"]) == ("integer", "boolean")
    for name in ("paths", "db", "workers", "full_refresh"):
        assert props[name]["description"], f"{name} has no description for the UI form"
    assert deployments["ingest/ingest"]["parameters"]["db"] == str(served.db)

    watch = deployments["ingest/watch"]
    assert watch["parameters"]["paths"] == [str(served.inbox)]
    assert [s["schedule"]["interval"] for s in watch["schedules"]] == [3600.0]
    assert deployments["reprocess/reprocess"]["parameters"]["db"] == str(served.db)


def test_run_deployment_fills_the_warehouse_and_leaves_keyed_artifacts(served):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: served.server.api_url}):
        flow_run = run_deployment(
            "ingest/ingest", parameters={"paths": [str(served.seeds)]}, timeout=150, poll_interval=1
        )
    assert flow_run.state.is_completed(), f"{flow_run.state}\n{served.log.read_text()[-3000:]}"

    with duckdb.connect(str(served.db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 4
        assert con.execute("select count(*) from raw_documents").fetchone()[0] == 4
        assert con.execute("select status from pipeline_runs").fetchall() == [("completed",)]

    artifacts = httpx.post(
        f"{served.server.api_url}/artifacts/filter",
        json={"flow_runs": {"id": {"any_": [str(flow_run.id)]}}},
        timeout=30,
    ).json()
    by_key = {a["key"]: a for a in artifacts}
    assert set(by_key) == {"ingest-summary", "ingest-quarantine"}
    assert by_key["ingest-summary"]["type"] == "markdown"
    assert "| articles loaded | 4 |" in by_key["ingest-summary"]["data"]
    assert "| ner |" in by_key["ingest-summary"]["data"]  # seconds per stage
    assert by_key["ingest-quarantine"]["type"] == "table"
