"""Round 23a (blind forum threads, second helper): a newspaper's own Czech forum (the
'Celý článek: <headline>' link under the opening post, the 'ověřený účet' badge) and a
Discourse topic through a reader view (title lines above '#1', the translated footer)."""
import pytest

from transforms.body_lines import is_noise_line
from transforms.comment_lines import END, TEXT, classify
from transforms.comments import split_comment_section


@pytest.mark.parametrize("line", [
    "Celý článek: Most v Lipnici bude zavřený déle, než kraj sliboval",
    "Full article: Council delays the bridge repair again",
    "Lire l'article complet : Le pont restera fermé jusqu'en octobre",
])
def test_round_23a_full_article_link_is_noise(line):
    assert is_noise_line(line)


def test_round_23a_full_article_words_in_prose_stay():
    assert not is_noise_line("The full article was never published, and nobody at the paper explained why.")


@pytest.mark.parametrize("line", ["ověřený účet", "Ověřený profil", "overený účet"])
def test_round_23a_verified_badge_is_no_text(line):
    # a badge under the poster's name; read as a reply marker it named the reply's parent
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line, kind", [
    ("Propulsé par Discourse, le rendu est meilleur avec JavaScript activé", END),
    ("Unterstützt von Discourse, beste Erfahrung mit aktiviertem JavaScript", END),
    ("Lignes directrices", None), ("Guidelines", None), ("Richtlinien", None),
])
def test_round_23a_discourse_footer(line, kind):
    got = classify(0, line).kind
    assert got == kind if kind else got != TEXT


def _discourse_reader_page() -> str:
    # a short opening post under a topic heading long enough to read as prose ('#1' frames it)
    posts = [
        ("tom_b (Tom Berger) 4. Dezember 2026, 18:02 #2",
         "Die Sitzung ist öffentlich, also sollten wir einfach zu zehnt hingehen und fragen, wer das entschieden hat."),
        ("ruth_k 4. Dezember 2026, 18:40 #3",
         "Ich komme mit. Der Bus fährt jetzt nur noch zweimal am Tag, das kann so nicht bleiben."),
        ("anna_w (Anna Weber) 4. Dezember 2026, 19:15 #4",
         "Ich schreibe vorher eine kurze Liste mit allen Fragen und schicke sie der Verwaltung."),
    ]
    head = ("Buslinie 14 wird ab Januar gekürzt: was können wir jetzt tun?\n\n"
            "anna_w (Anna Weber) 4. Dezember 2026, 17:30 #1\n\n"
            "Am Donnerstag tagt der Verkehrsausschuss. Sollen wir dort gemeinsam auftreten? Wer mitkommt, schreibt bitte hier, dann können wir uns vorher am Bahnhof treffen.\n\n")
    return head + "".join(f"{who}\n\n{text}\n\n" for who, text in posts)


def test_round_23a_numbered_opening_post_under_a_title():
    # the shape of fr_forum_r23a_03: a topic heading ending in '?' (long enough to count as
    # prose) above a short '#1' post; the '#2' post starts the replies
    body, section = split_comment_section(_discourse_reader_page())
    assert [c.author for c in section.comments] == ["tom_b", "ruth_k", "anna_w"]
    assert "Verkehrsausschuss" in body
