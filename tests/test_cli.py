"""The command line's handling of user mistakes: one line, exit 2, before Prefect starts."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from flows.cli import build_parser, main


def test_a_path_that_does_not_exist_is_one_line_and_exit_2(tmp_path, capsys):
    code = main(["run", str(tmp_path / "no-such-folder"), "--db", str(tmp_path / "news.duckdb")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "no such file or folder" in err
    assert not (tmp_path / "news.duckdb").exists()


def test_workers_below_one_is_refused(tmp_path, capsys):
    assert main(["run", str(tmp_path), "--workers", "0", "--db", str(tmp_path / "n.duckdb")]) == 2
    assert "workers must be 1 or more" in capsys.readouterr().err


def test_a_warehouse_held_by_another_process_is_one_line_naming_the_snapshot(tmp_path, capsys):
    db = tmp_path / "news.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("ready", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        code = main(["run", str(tmp_path), "--db", str(db)])
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert code == 2
    assert "Cannot open the warehouse" in err and "close it" in err


def test_every_contract_command_is_in_the_parser():
    parser = build_parser()
    for command in (["run", "x"], ["serve"], ["export", "out"], ["validate-report"]):
        assert parser.parse_args(command).command == command[0]
