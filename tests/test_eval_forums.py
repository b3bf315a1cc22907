"""benchmarks/eval_forums.py: labelled threads re-printed as sixteen forum layouts print them."""
import pytest

from benchmarks import eval_cleaning as ev
from benchmarks import eval_forums as ef

GOLD = {"language": "de", "title": "Brücke gesperrt", "body": "Erster Absatz.\n\nZweiter Absatz.", "comments": [
    {"author": "Heike_S", "body": "Das war klar. Seit Jahren bröckelt sie.", "parent_position": None, "posted_at": None},
    {"author": "Gast", "body": "Stimmt nicht.", "parent_position": 1, "posted_at": None},
    {"author": "Uwe", "body": "Die Umleitung ist länger. Viel länger.", "parent_position": None, "posted_at": None},
]}


def test_posts_of_quotes_the_parents_first_sentence_and_keeps_the_opening_post():
    posts = ef.posts_of(GOLD)
    assert [p["author"] for p in posts] == [ef.OPENER, "Heike_S", "Gast", "Uwe"]
    assert posts[0]["paragraphs"] == ["Erster Absatz.", "Zweiter Absatz."]
    assert posts[2]["quote"] == ("Heike_S", "Das war klar.")


def test_a_guest_gets_no_rank_or_post_count():
    lines = ef.smf(GOLD["title"], ef.posts_of(GOLD), "de")
    guest = lines.index("Gast")
    assert lines[guest - 1] == "" and lines[guest + 1].startswith("Re: ")
    assert lines[lines.index("Heike_S") + 1] == ef.SMF["de"][0]  # a member's rank under the name


def test_short_opening_keeps_the_first_sentences_and_quotes_what_is_printed():
    posts = ef.posts_of(dict(GOLD, body="Die Brücke ist zu. Dr. Meier sagt, bis Mai. Dann kommt der Neubau.\n\nMehr."),
                        short_opening=True)
    assert posts[0]["paragraphs"] == ["Die Brücke ist zu. Dr. Meier sagt, bis Mai."]  # 'Dr.' runs on
    assert [p["paragraphs"] for p in posts[1:]] == [  # a sentence under four words runs on
        ["Das war klar. Seit Jahren bröckelt sie."], ["Stimmt nicht."], ["Die Umleitung ist länger."]]
    assert posts[2]["quote"] == ("Heike_S", "Das war klar.")


def test_lemmy_prints_replies_under_their_parent_and_the_gold_follows():
    posts = ef.posts_of(dict(GOLD, comments=[*GOLD["comments"], {"author": "Ina", "body": "Ja.", "parent_position": 1,
                                                                 "posted_at": None}]))
    tree = ef._tree_order(posts)
    assert [(p["author"], p["parent"], p["depth"]) for p in tree[1:]] == [
        ("Heike_S", None, 0), ("Gast", 1, 1), ("Ina", 1, 1), ("Uwe", None, 0)]
    lines = ef.lemmy(GOLD["title"], tree, "de")
    assert "    Gast" in lines and "Uwe" in lines


def test_flarum_reply_opens_with_its_mention_and_chrome_is_noise(tmp_path):
    case = ev.Case("x", tmp_path / "x.txt", dict(GOLD, family="disqus", author=None, publisher=None,
                                                  published_date=None, declared_count=None, noise_lines=[]))
    page = ef.forum_page(case, "flarum", tmp_path)
    assert page.gold["comments"][1]["body"] == "@Heike_S Stimmt nicht."
    assert {"Gefällt mir", "Antworten", "Gast hat darauf geantwortet."} <= set(page.gold["noise_lines"])
    assert ev.gold_problems(page) == []


def test_xenforo_markdown_quotes_as_blockquote_and_lists_its_chrome(tmp_path):
    case = ev.Case("x", tmp_path / "x.txt", dict(GOLD, family="disqus", author=None, publisher=None,
                                                  published_date=None, declared_count=None, noise_lines=[]))
    page = ef.forum_page(case, "xenforo_md", tmp_path)
    text = page.raw_path.read_text(encoding="utf-8")
    assert "> [Heike_S hat gesagt:](https://forum.example/goto/post?id=101)\n>\n> Das war klar.\n>\n" in text
    assert "> Zum Erweitern anklicken...." in page.gold["noise_lines"]
    assert page.gold["comments"][1] == {"author": "Gast", "body": "Stimmt nicht.", "parent_position": 1, "posted_at": None}
    assert ev.gold_problems(page) == []


@pytest.mark.parametrize("layout, printed, noise", [
    # NodeBB through Jina's reader view: the mention a link in the quote's header, the quoted sentence under '>'
    ("nodebb_md", ["> [@Heike_S](https://forum.example/user/heike_s) sagte in [Brücke gesperrt](", "\n>\n> Das war klar.\n"],
     {"4 Beiträge 4 Kommentatoren 340 Aufrufe"}),
    # Flarum through w3m: name and time in two columns, the mention over the quoted sentence, indented deeper
    ("flarum_w3m", ["\n    Heike_S   vor 9 Stunden\n", "\n        @Heike_S\n        Das war klar.\n"],
     {"@Heike_S", "Gefällt mir   Antworten"}),
])
def test_saved_layouts_of_round_32_quote_the_parent_and_list_their_chrome(tmp_path, layout, printed, noise):
    case = ev.Case("x", tmp_path / "x.txt", dict(GOLD, family="disqus", author=None, publisher=None,
                                                  published_date=None, declared_count=None, noise_lines=[]))
    page = ef.forum_page(case, layout, tmp_path)
    text = page.raw_path.read_text(encoding="utf-8")
    assert all(snippet in text for snippet in printed)
    assert noise <= set(page.gold["noise_lines"])
    assert page.gold["comments"][1] == {"author": "Gast", "body": "Stimmt nicht.", "parent_position": 1, "posted_at": None}
    assert ev.gold_problems(page) == []


def test_kunena_prints_its_poster_box_quote_and_buttons_and_lists_them_as_chrome(tmp_path):
    # round 33's Kunena thread: name, rank, 'Beiträge: N', 'DATE TIME #id', 'X schrieb:' over the quoted
    # sentence, the readers who thanked, the button row; the footer's page time and credit
    case = ev.Case("x", tmp_path / "x.txt", dict(GOLD, family="disqus", author=None, publisher=None,
                                                  published_date=None, declared_count=None, noise_lines=[]))
    page = ef.forum_page(case, "kunena", tmp_path)
    text = page.raw_path.read_text(encoding="utf-8")
    assert "\nGast\n04 Dez 2026 09:38 #48126\n\nHeike_S schrieb:\nDas war klar.\n\nStimmt nicht.\n" in text
    assert {"Moderator", "Junior Member", "Beiträge: 12", "Antwort  Zitieren  Danke!  Melden", "Heike_S schrieb:",
            "Folgende Benutzer bedankten sich: Uwe", "Ladezeit der Seite: 0.318 Sekunden",
            "Powered by Kunena Forum"} <= set(page.gold["noise_lines"])
    assert page.gold["comments"][1] == {"author": "Gast", "body": "Stimmt nicht.", "parent_position": 1, "posted_at": None}
    assert ev.gold_problems(page) == []


VARIANTS = {"as-printed": (True, False), "no-blank-lines": (False, False), "short-opening": (True, True)}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_cleaner_meets_forum_floors(variant):
    # no-blank-lines: the copies with their blank lines lost (vBulletin's time and post number
    # then stand right under the previous post's text and must still head the next post);
    # short-opening: an opening post of one or two sentences and one-sentence replies
    blank_lines, short_opening = VARIANTS[variant]
    scores = ef.score(ev.load_cases(), list(ef.LAYOUTS), list(ef.LANGUAGES), blank_lines, short_opening)
    every, failures = ef.gate_failures(scores, "forums")
    assert len(every) >= 250 and failures == [], ev.report(every, details=True)


def test_a_saver_prints_the_copy_and_adds_its_noise_lines(tmp_path):
    # --saver: the forum copy as lynx -dump prints it (eval_cleaning.LAYOUT_NAMES), the References
    # list a noise line of the page as eval_cleaning --layout lynx makes it
    case = ev.Case("x", tmp_path / "x.txt", dict(GOLD, family="disqus", author=None, publisher=None,
                                                  published_date=None, declared_count=None, noise_lines=[]))
    page = ef.forum_page(case, "flarum", tmp_path, saver="lynx")
    text = page.raw_path.read_text(encoding="utf-8")
    assert "[1]" in text and "\nReferences\n" in text and "References" in page.gold["noise_lines"]
    assert {"Gefällt mir", "Antworten"} <= set(page.gold["noise_lines"])
    markdown = ef.forum_page(case, "flarum", tmp_path, saver="markdown-links")
    assert markdown.raw_path.suffix == ".md" and "](https://" in markdown.raw_path.read_text(encoding="utf-8")
