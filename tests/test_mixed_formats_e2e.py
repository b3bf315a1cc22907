"""Issue 4's done-when: a folder mixing every format loads in one run, each article once,
with publisher, author and date wherever the input holds them (real Prefect, GX, DuckDB)."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "formats"

LATIN1_TEXT = (
    "Hamburger Hafen meldet Rekordumschlag\n\n"
    "Von Jürgen Weiß\n\n"
    "Der Hamburger Hafen hat im dritten Quartal so viele Container umgeschlagen wie nie zuvor. "
    "Die Betreiber führen das Wachstum auf neue Verbindungen nach Asien zurück. Größere Schiffe "
    "können seit der Elbvertiefung den Hafen auch bei Niedrigwasser anlaufen, was die Reedereien "
    "schätzen. Für das kommende Jahr erwartet die Hafengesellschaft ein weiteres Plus.\n"
)


@pytest.fixture
def mixed_folder(tmp_path, seeds_dir):
    folder = tmp_path / "crawl"
    (folder / "pages").mkdir(parents=True)
    (folder / "corpora").mkdir()
    for seed in sorted(seeds_dir.iterdir()):
        shutil.copy(seed, folder / seed.name)
    shutil.copy(FIXTURES / "wordpress_article.html", folder / "pages" / "liaison.html")
    shutil.copy(FIXTURES / "news_please_article.json", folder / "corpora" / "news_please.json")
    (folder / "corpora" / "nela.jsonl.gz").write_bytes(gzip.compress((FIXTURES / "nela_gt_sample.jsonl").read_bytes()))
    (folder / "hafen-utf16.txt").write_bytes(LATIN1_TEXT.replace("\n", "\r\n").encode("utf-16"))
    (folder / "hafen-latin1.md").write_bytes(("# " + LATIN1_TEXT).encode("latin-1"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


def test_mixed_folder_loads_each_article_once_with_metadata(prefect_api, mixed_folder, tmp_path):
    db = tmp_path / "news.duckdb"
    summary = ingest(paths=[str(mixed_folder)], db=str(db))
    assert summary["files_unsupported"] == 1
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select source_file, collection, publisher, author, published_date, title, language from articles"
        ).fetchall()
        by_file: dict[str, list] = {}
        for row in rows:
            by_file.setdefault(Path(row[0]).name, []).append(row)
        # 4 seeds + html + news-please + 3 NELA records + the German text in two files (different bytes)
        assert len(rows) == 4 + 1 + 1 + 3 + 2
        assert len(by_file["nela.jsonl.gz"]) == 3
        html = by_file["liaison.html"][0]
        assert (html[1], html[2], html[3], str(html[4])) == ("pages", "The Harbour Ledger", "Mina Park", "2018-04-20")
        news_please = by_file["news_please.json"][0]
        assert news_please[3] == "Finian Cunningham" and str(news_please[4]) == "2018-04-20"
        assert news_please[2]  # publisher from source_domain
        nela = {r[5]: r for r in by_file["nela.jsonl.gz"]}
        assert nela["Trump's secret diplomacy with North Korea"][3] == "Peter Symonds"
        assert all(r[4] is not None and r[2] for r in nela.values())
        utf16 = by_file["hafen-utf16.txt"][0]
        assert utf16[5] == "Hamburger Hafen meldet Rekordumschlag" and utf16[6] == "de"
        latin1 = by_file["hafen-latin1.md"][0]
        assert latin1[5] == "Hamburger Hafen meldet Rekordumschlag"
        body = con.execute("select body from articles where source_file like '%hafen-latin1.md'").fetchone()[0]
        assert "Größere Schiffe" in body and "\r" not in body
        ids = con.execute("select count(*), count(distinct article_id) from articles").fetchone()
        assert ids[0] == ids[1]
    again = ingest(paths=[str(mixed_folder)], db=str(db))
    assert again["articles_loaded"] == 0 and again["files_unchanged"] == summary["files_new"]
