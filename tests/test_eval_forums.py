"""benchmarks/eval_forums.py: labelled threads re-printed as six forum packages print them."""
import pytest

from benchmarks import eval_cleaning as ev
from benchmarks import eval_forums as ef

GOLD = {"language": "de", "title": "Brücke gesperrt", "body": "Erster Absatz.\n\nZweiter Absatz.", "comments": [
    {"author": "Heike_S", "body": "Das war klar. Seit Jahren bröckelt sie.", "parent_position": None, "posted_at": None},
    {"author": "Gast", "body": "Stimmt nicht.", "parent_position": 1, "posted_at": None},
]}


def test_posts_of_quotes_the_parents_first_sentence_and_keeps_the_opening_post():
    posts = ef.posts_of(GOLD)
    assert [p["author"] for p in posts] == [ef.OPENER, "Heike_S", "Gast"]
    assert posts[0]["paragraphs"] == ["Erster Absatz.", "Zweiter Absatz."]
    assert posts[2]["quote"] == ("Heike_S", "Das war klar.")


def test_a_guest_gets_no_rank_or_post_count():
    lines = ef.smf(GOLD["title"], ef.posts_of(GOLD), "de")
    guest = lines.index("Gast")
    assert lines[guest - 1] == "" and lines[guest + 1].startswith("Re: ")
    assert lines[lines.index("Heike_S") + 1] == ef.SMF["de"][0]  # a member's rank under the name


@pytest.mark.parametrize("blank_lines", [True, False], ids=["as-printed", "no-blank-lines"])
def test_cleaner_meets_forum_floors(blank_lines):
    # no-blank-lines: the copies with their blank lines lost (vBulletin's time and post number
    # then stand right under the previous post's text and must still head the next post)
    scores = ef.score(ev.load_cases(), list(ef.LAYOUTS), list(ef.LANGUAGES), blank_lines)
    every, failures = ef.gate_failures(scores, "forums")
    assert len(every) >= 100 and failures == [], ev.report(every, details=True)
