"""benchmarks/eval_widgets.py: labelled threads re-printed as eight news comment widgets print them."""
import pytest

from benchmarks import eval_cleaning as ev
from benchmarks import eval_forums as ef
from benchmarks import eval_widgets as ew

GOLD = {"language": "de", "title": "Brücke gesperrt", "body": "Erster Absatz.\n\nZweiter Absatz.", "comments": [
    {"author": "Heike_S", "body": "Das war klar.", "parent_position": None, "posted_at": None},
    {"author": "j.weber", "body": "Endlich.", "parent_position": None, "posted_at": None},
    {"author": "Gast", "body": "Stimmt nicht.", "parent_position": 1, "posted_at": None},
    {"author": "Heike_S", "body": "Doch.", "parent_position": 3, "posted_at": None},
]}


def test_threaded_order_puts_each_reply_under_its_parent_and_renumbers_parents():
    order = ew.threaded(GOLD["comments"])
    assert [(c["author"], c["parent_position"]) for c in order] == [
        ("Heike_S", None), ("Gast", 1), ("Heike_S", 2), ("j.weber", None)]


def test_comments_of_gives_parent_names_and_depth_only_where_the_widget_shows_them():
    shown = ew.comments_of(dict(GOLD, comments=ew.threaded(GOLD["comments"])), parents=True)
    assert [(c["parent"], c["depth"]) for c in shown] == [(None, 0), ("Heike_S", 1), ("Gast", 2), (None, 0)]
    assert all(c["parent"] is None and c["depth"] == 0 for c in ew.comments_of(GOLD, parents=False))


def test_wordpress_indents_replies_by_depth_and_wpdiscuz_names_the_parent():
    comments = ew.comments_of(dict(GOLD, comments=ew.threaded(GOLD["comments"])), parents=True)
    lines = ew.wordpress(GOLD["title"], comments, "de")
    assert "        Heike_S sagt:" in lines and "Heike_S sagt:" in lines
    assert "Antwort auf  Gast" in ew.wpdiscuz(GOLD["title"], comments, "de")


def test_a_widget_that_needs_a_login_has_no_guest(tmp_path):
    case = ev.Case("de_disqus_x", tmp_path / "x.txt", GOLD)
    page = ew.widget_page(case, "facebook", tmp_path)
    assert [c["author"] for c in page.gold["comments"]] == ["Heike_S", "j.weber", "reader3", "Heike_S"]
    assert all(c["parent_position"] is None for c in page.gold["comments"])
    assert "reader3" in page.raw_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("blank_lines", [True, False], ids=["as-printed", "no-blank-lines"])
def test_cleaner_meets_widget_floors(blank_lines):
    scores = ew.score(ev.load_cases(), list(ew.WIDGETS), list(ew.LANGUAGES), blank_lines)
    every, failures = ef.gate_failures(scores, "widgets")
    assert len(every) >= 300 and failures == [], ev.report(every, details=True)


def test_under_a_saver_the_widgets_own_lines_are_noise_and_linked(tmp_path):
    case = ev.Case("de_disqus_x", tmp_path / "x.txt", GOLD)
    page = ew.widget_page(case, "disqus", tmp_path, saver="lynx")
    noise = set(page.gold["noise_lines"])
    assert {"Anmelden", "Antworten", "Teilen ›"} <= noise and "References" in noise
    assert not noise & {"Heike_S", "Das war klar.", "1"}  # names, comment text and bare vote counts are not
    assert "Antworten" in ew.chrome(["Heike_S", "• vor 3 Stunden", "Das war klar.", "Antworten", "2"],
                                    ew.comments_of(GOLD, parents=False))
    assert ew.widget_page(case, "disqus", tmp_path).gold["noise_lines"] == []  # as printed: none, as before
