"""QA regressions: comment authors must be names, not 'see more replies' buttons.

Each case is a hand-labelled page from tests/eval/cleaning/cases; expected authors come from its .gold.json.
"""
import json
from pathlib import Path

import pytest

from transforms.document import build_records

CASES = Path(__file__).resolve().parents[1] / "eval" / "cleaning" / "cases"

ARROW_AUTHORS = [
    "fr_facebook_02.txt",    # got 'Voir 4 réponses supplémentaires'
]


@pytest.mark.parametrize("name", ARROW_AUTHORS)  # fixed in the cleaner's rules: now a regression guard
def test_comment_authors_match_gold(name):
    path = CASES / name
    gold = json.loads((CASES / (name.rsplit(".", 1)[0] + ".gold.json")).read_text(encoding="utf-8"))
    records = build_records(str(path), "qa", "0" * 64, path.read_bytes())
    got = [c["author"] for c in sorted(records.comments, key=lambda c: c["position"])]
    assert got == [c["author"] for c in gold["comments"]]
