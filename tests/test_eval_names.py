"""benchmarks/eval_names.py: the set with its commenters renamed into other name shapes."""
import json

import pytest

from benchmarks import eval_cleaning as ev
from benchmarks import eval_names as en

CASES = ev.load_cases()


def _case(tmp_path, name, raw, authors, body="Article text."):
    path = tmp_path / name
    path.write_text(raw, encoding="utf-8")
    gold = {"body": body, "noise_lines": [], "comments": [
        {"author": a, "body": f"words of {a}", "parent_position": None, "posted_at": None} for a in authors]}
    return ev.Case(path.stem, path, gold)


def test_renamed_swaps_every_occurrence_once_and_keeps_the_first_letter(tmp_path):
    raw = "Article text.\n\nLou Brandt\nwords of Lou Brandt\n\nLou\n@Lou Brandt words of Lou\n"
    case = _case(tmp_path, "en_disqus_x.txt", raw, ["Lou Brandt", "Lou"])
    out = tmp_path / "out"
    out.mkdir()
    swapped, count = en.renamed(case, "handle", out)
    text = swapped.raw_path.read_text(encoding="utf-8")
    new = [c["author"] for c in swapped.gold["comments"]]
    assert count == 2 and len(set(new)) == 2 and all(n[0] == "l" and "_" in n for n in new)
    assert "Lou" not in text and text.count(new[0]) == 3 and text.count(new[1]) == 2
    assert swapped.gold["comments"][1]["body"] == f"words of {new[1]}"  # the gold follows the page


def test_renamed_reads_records_decoded_and_leaves_unprinted_names(tmp_path):
    record = {"title": "T", "text": "Article text.\nWerner Falk meint:\nJa.\n"}
    case = _case(tmp_path, "de_wordpress_x.jsonl", json.dumps(record) + "\n", ["Werner Falk", "Gast Nutzer"])
    out = tmp_path / "out"
    out.mkdir()
    swapped, count = en.renamed(case, "first-initial", out)
    text = json.loads(swapped.raw_path.read_text(encoding="utf-8").splitlines()[0])["text"]
    assert count == 1  # 'Gast Nutzer' is not on the page: kept as it is
    assert text == f"Article text.\n{swapped.gold['comments'][0]['author']} meint:\nJa.\n"
    assert swapped.gold["comments"][0]["author"].startswith("W") and swapped.gold["comments"][1]["author"] == "Gast Nutzer"


@pytest.mark.parametrize("shape", ["mixed"])
def test_cleaner_meets_name_shape_floors(shape):
    scores, swapped = en.score_shape(CASES, shape)
    floors = json.loads(ev.FLOORS_FILE.read_text(encoding="utf-8"))["names"][shape]
    failures, _ = ev.check_floors(ev.aggregate(scores), floors)
    assert swapped > 1000 and failures == [], ev.report(scores, details=True)
