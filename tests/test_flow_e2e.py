"""The ingest flow end to end: real Prefect (ephemeral API), real GX, a real DuckDB file."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.ingest import ingest
from warehouse import db as warehouse_db

pytestmark = pytest.mark.slow

SEED_004_AUTHORS = [
    "RichardD", "this name is better", "velociraptor", "paul ( original )", "this name is better", "IOLANTOH",
    "Ricky Miller", "velociraptor", "this name is better", "velociraptor", "this name is better",
    "The Latin Mass", "this name is better", "The Latin Mass", "IOLANTOH",
]


def query(db, sql, params=None):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def table_rows(db) -> dict[str, int]:
    names = ("articles", "comments", "entities", "entity_mentions", "quarantine", "raw_documents")
    return {name: query(db, f"select count(*) from {name}")[0][0] for name in names}


@pytest.fixture
def first_run(prefect_api, seed_copy, tmp_path):
    db = tmp_path / "wh" / "news.duckdb"
    summary = ingest(paths=[str(seed_copy)], db=str(db))
    return db, seed_copy, summary


def test_seeds_load_with_comments_of_seed_004(first_run):
    db, _, summary = first_run
    assert summary["files_new"] == 4
    assert summary["articles_loaded"] == 4
    assert query(db, "select count(*) from articles")[0][0] == 4
    (article_id, declared, counted, body, collection) = query(
        db,
        "select article_id, declared_comment_count, comment_count, body, collection from articles "
        "where source_file like '%004_%'",
    )[0]
    assert (declared, counted, collection) == (16, 15, "seeds")
    assert body.rstrip().endswith("is likely to become inverted.")
    for widget_line in ("Notify of", "16 Comments", "Newest Most Voted", "Inline Feedbacks", "View all comments"):
        assert widget_line not in body
    authors = [row[0] for row in query(db, "select author from comments where article_id = ? order by position", [article_id])]
    assert authors == SEED_004_AUTHORS
    positions = [row[0] for row in query(db, "select position from comments where article_id = ? order by position", [article_id])]
    assert positions == list(range(1, 16))


def test_every_article_has_language_and_entities(first_run):
    db, _, _ = first_run
    assert query(db, "select count(*) from articles where language = 'en'")[0][0] == 4
    assert query(db, "select count(distinct article_id) from entity_mentions where comment_id is null")[0][0] == 4
    labels = dict(query(db, "select name, label from entities"))
    expected = {
        "Donald Trump": "PERSON", "Kim Jong-un": "PERSON", "Mike Pompeo": "PERSON", "Moon Jae-in": "PERSON",
        "Shinzo Abe": "PERSON", "North Korea": "GPE", "China": "GPE", "Russia": "GPE", "United States": "GPE",
        "CIA": "ORG",
    }
    assert {name: labels.get(name) for name in expected} == expected
    names = [row[0] for row in query(db, "select name from entities")]
    assert len(names) == len(set(names)), "an entity name appears twice"
    assert not query(db, "select * from entities where name in ('Trump', 'Donald Trump') and label <> 'PERSON'")
    top_ten = query(
        db,
        "select e.name, e.label from entity_mentions m join entities e using (entity_id) "
        "group by all order by sum(m.mention_count) desc, e.name limit 10",
    )
    assert {name for name, _ in top_ten} >= {"Donald Trump", "Kim Jong-un", "North Korea", "China", "Russia"}
    assert all(label in {"PERSON", "GPE", "NORP", "ORG", "LOC"} for _, label in top_ten)
    comment_languages = {row[0] for row in query(db, "select distinct language from comments")}
    assert comment_languages <= {"en", "unknown"} and "en" in comment_languages


def test_run_is_recorded(first_run):
    db, _, summary = first_run
    status, files_seen, articles, success = query(
        db, "select status, files_seen, articles_loaded, validation_success from pipeline_runs where run_id = ?",
        [summary["run_id"]],
    )[0]
    assert (status, files_seen, articles) == ("completed", 4, 4)
    assert success is True


def test_rerun_is_idempotent(first_run):
    db, seeds, _ = first_run
    before = table_rows(db)
    again = ingest(paths=[str(seeds)], db=str(db))
    assert again["files_unchanged"] == 4
    assert again["files_new"] == again["files_changed"] == again["articles_loaded"] == 0
    assert table_rows(db) == before


def test_changed_file_replaces_its_article_comments_and_mentions(first_run):
    db, seeds, _ = first_run
    before = table_rows(db)
    target = next(seeds.glob("004_*"))
    old_id = query(db, "select article_id from articles where source_file = ?", [str(target)])[0][0]
    text = target.read_text(encoding="utf-8")
    cut = text.index("Subscribe\nNotify of")  # the same article without its comment section
    target.write_text(text[:cut].replace("little rocket man", "little rocket-man"), encoding="utf-8")
    summary = ingest(paths=[str(seeds)], db=str(db))
    assert summary["files_changed"] == 1 and summary["files_unchanged"] == 3
    rows = query(db, "select article_id, comment_count from articles where source_file = ?", [str(target)])
    assert len(rows) == 1 and rows[0][0] != old_id and rows[0][1] == 0
    assert query(db, "select count(*) from comments where article_id = ?", [old_id])[0][0] == 0
    assert query(db, "select count(*) from entity_mentions where article_id = ?", [old_id])[0][0] == 0
    after = table_rows(db)
    assert after["articles"] == before["articles"]
    assert after["comments"] == before["comments"] - 15


def test_byte_identical_copy_is_one_article(first_run, tmp_path):
    db, seeds, _ = first_run
    other = tmp_path / "crawl-2"
    other.mkdir()
    shutil.copy(next(seeds.glob("000_*")), other / "copy-of-000.txt")
    summary = ingest(paths=[str(seeds), str(other)], db=str(db))
    assert summary["files_new"] == 1 and summary["articles_loaded"] == 0
    assert query(db, "select count(*) from articles")[0][0] == 4


def test_readme_worked_example_gives_the_output_shown(first_run):
    """Every SQL example in the README's worked example returns exactly the table printed under it."""
    from pathlib import Path

    from benchmarks.readme_example import readme_blocks, run_query

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = readme_blocks(readme)
    assert len(blocks) >= 3, "the README's worked example lost its SQL examples"
    db, _, _ = first_run
    with duckdb.connect(str(db), read_only=True) as con:
        for sql, table in blocks:
            assert run_query(con, sql) == table, f"README output differs for:\n{sql}"


@pytest.mark.parametrize("trigger", [{"REOPEN_EVERY_BATCHES": 1}, {"REOPEN_EVERY_BATCHES": 10**6, "REOPEN_GROWTH_MB": -1}],
                         ids=["batch count", "memory growth"])
def test_reopening_the_warehouse_between_batches_loads_the_same(first_run, prefect_api, tmp_path, monkeypatch, trigger):
    import flows.ingest

    db, seeds, _ = first_run
    reopened = []
    monkeypatch.setattr(warehouse_db.ReopenableConnection, "reopen",
                        lambda self, real=warehouse_db.ReopenableConnection.reopen: (reopened.append(1), real(self)))
    for name, value in trigger.items():
        monkeypatch.setattr(flows.ingest, name, value)
    other = tmp_path / "wh2" / "news.duckdb"
    ingest(paths=[str(seeds)], db=str(other), batch_size=1)  # four batches, a reopen after each
    assert len(reopened) == 4
    assert table_rows(other) == table_rows(db)
