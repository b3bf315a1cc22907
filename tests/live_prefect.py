"""A real `prefect server start` on a free loopback port, for the slow Prefect tests.

Used by the `prefect_server` fixture in conftest.py. The server keeps its
database in its own PREFECT_HOME under the test's temp dir; the first start
migrates that database (10-20 s on this machine).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx

STARTUP_TIMEOUT_S = 120  # a fresh PREFECT_HOME migrates first (FACTS.md: ~20 s, more on a busy CI box)

# Settings for every process that talks to the test server: offline and quiet.
QUIET_PREFECT_ENV = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "false",
}


@dataclass(frozen=True)
class PrefectServer:
    url: str  # the UI, e.g. http://127.0.0.1:41234
    api_url: str  # what clients need in PREFECT_API_URL
    home: Path
    log: Path

    def client_env(self, **extra: str) -> dict[str, str]:
        """Environment for a child process (serve, CLI) that talks to this server."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        env.update(QUIET_PREFECT_ENV)
        env.update(PREFECT_API_URL=self.api_url, PREFECT_HOME=str(self.home / "client"))
        env.update(extra)
        return env


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_healthy(api_url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        time.sleep(0.3)
    raise TimeoutError(f"prefect server not healthy after {timeout} s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def running_prefect_server(workdir: Path) -> Iterator[PrefectServer]:
    """Start `prefect server start` on a free 127.0.0.1 port; stop it on exit."""
    port = free_port()
    home = workdir / "prefect-home"
    home.mkdir(parents=True, exist_ok=True)
    log = workdir / "prefect-server.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    api_url = f"http://127.0.0.1:{port}/api"
    # The UI asks /ui-settings where the API is; that defaults to port 4200 whatever --port says.
    env.update(QUIET_PREFECT_ENV, PREFECT_HOME=str(home), PREFECT_UI_API_URL=api_url)
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=workdir)
    server = PrefectServer(f"http://127.0.0.1:{port}", api_url, home, log)
    try:
        wait_until_healthy(server.api_url, proc, log, STARTUP_TIMEOUT_S)
        yield server
    finally:
        stop_process(proc)


def stop_process(proc: subprocess.Popen, grace: float = 15) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
