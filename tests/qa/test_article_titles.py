"""QA regressions: the article title must be the headline, not site chrome (cookie banner, nav bar, forum line).

Each case is a hand-labelled page from tests/eval/cleaning/cases; the expected title is its .gold.json title.
Found by QA running `newsfunnel run` over the eval pages as a scrape (the eval gate does not score titles).
"""
import json
from pathlib import Path

import pytest

from transforms.document import build_records

CASES = Path(__file__).resolve().parents[1] / "eval" / "cleaning" / "cases"

CHROME_TITLES = [
    "en_newspaper_05.txt",   # got 'Subscribe for $1 | Sign In'
    "en_openweb_04.txt",     # got 'Sections ▾ Search Subscribe'
    "en_none_07.txt",        # got 'Listen to this article · 4 min'
    "es_none_02.md",         # got the cookie banner 'Este sitio utiliza cookies propias...'
    "it_none_01.md",         # got the cookie banner 'Questo sito utilizza cookie tecnici...'
    "nl_none_01.txt",        # got the nav bar 'Nieuws | Regio | Sport | 112 | Show'
    "fr_forum_02.txt",       # got the post time 'sam. 2 mars 2024 17:48'
    "fr_forum_03.txt",       # got 'créée par Biclou44, 23 Juin 2024.'
    "de_wpdiscuz_02.md",     # got '# Radweg ...' (markdown heading marker kept)
    "es_wordpress_02.txt",   # got the blog name 'Crónicas del Alto Tajo'
]


def _title_of(name: str) -> str | None:
    path = CASES / name
    records = build_records(str(path), "qa", "0" * 64, path.read_bytes())
    assert records.articles, records.quarantine
    return records.articles[0]["title"]


@pytest.mark.parametrize("name", CHROME_TITLES)
def test_title_is_the_headline(name):
    gold = json.loads((CASES / (name.rsplit(".", 1)[0] + ".gold.json")).read_text(encoding="utf-8"))
    assert _title_of(name) == gold["title"]
