"""The benchmark's memory sampler: the tree's peak and each process's own peak by role."""
import subprocess
import sys

from benchmarks.run import PeakRSS, process_role

# a parent (the "flow") that starts a child holding ~150 MB for a second
TREE = r"""
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c",
    "import time; block = bytearray(150 * 2**20); block[::4096] = b'x' * len(block[::4096]); time.sleep(1.5)"])
child.wait()
"""


def test_roles_from_command_lines():
    assert process_role(["python", "benchmarks/run.py", "--child", "ingest"], is_root=True) == "flow"
    assert process_role(["python", "-c", "from multiprocessing.spawn import spawn_main; spawn_main()"],
                        is_root=False) == "worker"
    assert process_role(["python", "-m", "uvicorn", "prefect.server.api.server:create_app"], is_root=False) == "API server"
    assert process_role(["python", "-c", "pass"], is_root=False) == "other"


def test_sampler_sees_a_child_process_peak():
    proc = subprocess.Popen([sys.executable, "-c", TREE])
    sampler = PeakRSS(proc.pid)
    sampler.start()
    proc.wait()
    tree_peak = sampler.stop()
    roles = sampler.role_peaks_mb()
    assert roles["other"] >= 150, roles          # the child's own peak
    assert roles["flow"] < 100, roles           # the parent never held the block
    assert tree_peak / 2**20 >= roles["other"] + roles["flow"] * 0.5
    assert max(sampler.samples) == tree_peak
