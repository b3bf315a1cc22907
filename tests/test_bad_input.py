"""Bad input never stops a run: each bad file gives a summary line and a quarantine row,
what the warehouse already holds stays, and the run completes (the CLI exits 0).

Every test runs the real ingest flow (Prefect ephemeral API, Great Expectations, DuckDB)
over a copy of a warehouse that already holds the four seed articles.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import frames
from flows.ingest import ingest
from flows.sources import discover, read_file

pytestmark = pytest.mark.slow

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
INVALID_UTF8 = b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 200  # no text in any encoding
GOOD_RECORD = {
    "title": "Talks resume",
    "text": "Officials met on Tuesday to discuss the summit. Both sides said the talks were "
    "constructive and would continue next week in Geneva.",
}


def query(db: Path, sql: str, params=None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="module")
def seeded(prefect_api, seeds_dir, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "news.duckdb"
    ingest(paths=[str(seeds_dir)], db=str(db))
    return db


@pytest.fixture
def warehouse(seeded, tmp_path) -> Path:
    """A private copy of the seeded warehouse."""
    db = tmp_path / "wh" / "news.duckdb"
    db.parent.mkdir()
    shutil.copy(seeded, db)
    return db


@pytest.fixture
def bad(tmp_path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    return folder


def run(db: Path, *paths: Path, **params) -> dict:
    """Ingest, then check what every bad-input run must leave behind."""
    before = query(db, "select article_id, comment_count from articles order by 1")
    summary = ingest(paths=[str(p) for p in paths], db=str(db), **params)
    after = set(query(db, "select article_id, comment_count from articles order by 1"))
    assert set(before) <= after, "articles already in the warehouse were lost"
    assert query(db, "select count(*) from comments")[0][0] >= 15  # seed 004's comments stay
    status = query(db, "select status from pipeline_runs where run_id = ?", [summary["run_id"]])
    assert status == [("completed",)]
    return summary


def quarantined(db: Path, run_id: str) -> list[tuple]:
    rows = query(
        db,
        "select record_type, record_key, failed_checks, payload from quarantine where run_id = ? order by 2",
        [run_id],
    )
    return [(kind, key, checks, json.loads(payload)) for kind, key, checks, payload in rows]


def summary_lines(summary: dict, name: str) -> list[str]:
    return [line for line in summary["quarantine_messages"] if name in line]


@pytest.mark.parametrize(
    ("name", "content", "checks"),
    [
        ("empty.txt", b"", ["file_not_empty", "text_not_empty"]),
        ("blank.txt", b"  \n\t\n   \r\n", ["text_not_empty"]),
        ("photo.txt", PNG, ["file_is_text"]),
        ("invalid-utf8.txt", INVALID_UTF8, ["text_not_garbled"]),
    ],
)
def test_a_file_no_article_can_be_made_of_is_quarantined_as_a_file(warehouse, bad, name, content, checks):
    (bad / name).write_bytes(content)
    summary = run(warehouse, bad)
    rows = quarantined(warehouse, summary["run_id"])
    assert [(kind, key, list(got)) for kind, key, got, _ in rows] == [("file", str(bad / name), checks)]
    assert rows[0][3]["reason"].startswith(checks[0] + ": ")
    (line,) = summary_lines(summary, name)
    assert line.startswith(f"file {bad / name}: {checks[0]}: ")
    assert summary["validation_success"] is False
    assert query(warehouse, "select validation_success from pipeline_runs where run_id = ?", [summary["run_id"]]) == [
        (False,)
    ]


def test_binary_data_says_what_it_is(warehouse, bad):
    (bad / "photo.txt").write_bytes(PNG)
    summary = run(warehouse, bad)
    payload = quarantined(warehouse, summary["run_id"])[0][3]
    assert "PNG image" in payload["decode_error"]


def test_a_legacy_encoding_is_not_invalid_input(warehouse, bad):
    text = (
        "Café talks resume\n\nThe café owners of Montréal met on Tuesday and said the talks "
        "about the new rent rules would go on next week."
    )
    (bad / "latin1.txt").write_bytes(text.encode("cp1252"))
    summary = run(warehouse, bad)
    assert summary["articles_loaded"] == 1 and summary["records_quarantined"] == 0
    assert query(warehouse, "select title from articles where source_file = ?", [str(bad / "latin1.txt")]) == [
        ("Café talks resume",)
    ]


def test_a_50_mb_text_file_is_turned_away_unparsed(warehouse, bad):
    line = b"A line of a very long text file that is not one article.\n"
    with open(bad / "huge.txt", "wb") as handle:
        handle.write(line * (50 * 2**20 // len(line) + 1))
    summary = run(warehouse, bad)
    ((kind, _, checks, payload),) = quarantined(warehouse, summary["run_id"])
    assert (kind, list(checks)) == ("file", ["file_size_within_limit"])
    assert payload["size_bytes"] > 50 * 2**20
    assert len(json.dumps(payload)) < 100_000  # the payload holds a sample, not 50 MB
    assert summary["stage_seconds"].get("clean", 0) < 5  # never parsed
    assert summary_lines(summary, "huge.txt")


def test_malformed_json_lines_quarantine_the_bad_lines_and_load_the_rest(warehouse, bad):
    lines = [json.dumps(GOOD_RECORD), "{not json", json.dumps({"title": "no text field"}), "[1, 2"]
    (bad / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = run(warehouse, bad)
    assert summary["articles_loaded"] == 1
    rows = quarantined(warehouse, summary["run_id"])
    assert [(kind, key, list(checks)) for kind, key, checks, _ in rows] == [
        ("article", f"{bad / 'feed.jsonl'}#line:2", ["record_is_parseable"]),
        ("article", f"{bad / 'feed.jsonl'}#line:3", ["record_is_parseable"]),
        ("article", f"{bad / 'feed.jsonl'}#line:4", ["record_is_parseable"]),
    ]
    assert any("line 2: malformed JSON" in line for line in summary_lines(summary, "feed.jsonl"))


def test_a_title_only_page_is_quarantined(warehouse, bad):
    (bad / "title-only.txt").write_text("Trump and Kim to meet in Singapore\n", encoding="utf-8")
    summary = run(warehouse, bad)
    ((kind, _, checks, payload),) = quarantined(warehouse, summary["run_id"])
    assert kind == "article" and "body_not_empty" in checks
    assert payload["title"] == "Trump and Kim to meet in Singapore"
    assert summary_lines(summary, "title-only.txt")


def test_a_page_of_only_comments_is_quarantined(warehouse, bad, seeds_dir):
    seed = (next(seeds_dir.glob("004_*"))).read_text(encoding="utf-8")
    (bad / "comments.txt").write_text(seed[seed.index("Subscribe\nNotify of") :], encoding="utf-8")
    summary = run(warehouse, bad)
    rows = quarantined(warehouse, summary["run_id"])
    articles = [(checks, payload) for kind, _, checks, payload in rows if kind == "article"]
    comments = [checks for kind, _, checks, _ in rows if kind == "comment"]
    # a saved comment thread with no article: no title and no body, its 15 comments held with it
    ((checks, payload),) = articles
    assert payload["body"] == ""
    assert {"body_not_empty", "title_has_no_noise_line"} <= set(checks)
    assert len(comments) == 15
    assert summary["articles_loaded"] == 0 and summary["comments_loaded"] == 0
    assert summary_lines(summary, "comments.txt")


def test_symlink_loops_are_reported_and_skipped(warehouse, bad):
    (bad / "sub").mkdir()
    (bad / "sub" / "up").symlink_to("..")  # a folder that contains itself
    (bad / "self.txt").symlink_to("self.txt")  # a link to itself
    (bad / "ok.jsonl").write_text(json.dumps(GOOD_RECORD) + "\n", encoding="utf-8")
    summary = run(warehouse, bad)
    assert summary["articles_loaded"] == 1
    rows = quarantined(warehouse, summary["run_id"])
    assert {(kind, key, tuple(checks)) for kind, key, checks, _ in rows} == {
        ("file", str(bad / "sub" / "up"), ("no_symlink_loop",)),
        ("file", str(bad / "self.txt"), ("no_symlink_loop",)),
    }
    assert len(summary_lines(summary, "symbolic link")) == 2


def test_a_file_that_vanishes_between_discovery_and_reading_is_quarantined(bad):
    (bad / "gone.txt").write_text("Talks resume\n\nThey met.", encoding="utf-8")
    (bad / "kept.txt").write_text("Talks resume\n\nThey met.", encoding="utf-8")
    found = discover([str(bad)])
    (bad / "gone.txt").unlink()
    batch = frames.read_batch(found.files, {}, False, read_file)
    assert [f["source_file"] for f in batch.to_parse] == [str(bad / "kept.txt")]
    ((row),) = batch.quarantine
    assert (row["record_type"], row["record_key"], row["failed_checks"]) == (
        "file", str(bad / "gone.txt"), ["file_is_readable"]
    )
    assert "vanished" in json.loads(row["payload"])["reason"]


def test_ten_thousand_small_files(warehouse, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(10_000):
        (folder / f"{number:05d}.txt").touch()
    summary = run(warehouse, folder, batch_size=2500)
    assert summary["files_seen"] == 10_000
    assert summary["records_quarantined"] == 10_000
    assert len(summary["quarantine_messages"]) == 10_000
    assert query(warehouse, "select count(*) from quarantine where record_type = 'file'")[0][0] == 10_000


def test_cli_exits_0_and_data_docs_list_the_failed_checks(prefect_api, seeds_dir, bad, tmp_path):
    from prefect.settings import PREFECT_API_URL

    (bad / "empty.txt").write_bytes(b"")
    (bad / "photo.txt").write_bytes(PNG)
    (bad / "title-only.txt").write_text("Just a title\n", encoding="utf-8")
    db = tmp_path / "cli" / "news.duckdb"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "COLUMNS": "400"}  # no wrapped lines
    cli = [sys.executable, "-m", "flows"]
    done = subprocess.run(
        [*cli, "run", str(seeds_dir), str(bad), "--db", str(db)], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("quarantined: ")]
    assert len(lines) == 3
    for kind, name in (("file", "empty.txt"), ("file", "photo.txt"), ("article", "title-only.txt")):
        assert any(line.startswith(f"quarantined: {kind} {bad / name}: ") for line in lines), lines
    assert query(db, "select count(*) from articles")[0][0] == 4
    report = subprocess.run(
        [*cli, "validate-report", "--db", str(db)], env=env, capture_output=True, text=True, timeout=300
    )
    assert report.returncode == 0, report.stderr[-2000:]
    index = Path(report.stdout.strip().splitlines()[-1])
    assert index.name == "index.html" and index.exists()
    pages = "".join(p.read_text() for p in index.parent.rglob("*.html") if "validations" in p.parts)
    for failed in ("file_not_empty", "file_is_text", "body_not_empty"):
        assert failed in pages
