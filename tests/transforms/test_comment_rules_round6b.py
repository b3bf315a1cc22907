"""Round 6b comment rules (tests/eval/cleaning/README.md, "Round 6b"): German and French
pages written blind; one small case per rule entry or structural signal added for them."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, TIME, WIDGET, classify, clean_name, explicit_author, name_shaped, quote_target
from transforms.comments import split_comment_block
from transforms.timestamps import is_timestamp, parse_timestamp


@pytest.mark.parametrize("line, kind", [
    ("♥ 8 Recommander", WIDGET),  # disqus.widget.r6b_heart_recommend
    ("♥ 3 Empfehlen", WIDGET),
    ("Entfernt. Bitte verzichten Sie auf Beleidigungen. Die Redaktion/ba", NOISE),  # r6b_removed_by_editors
    ("Supprimé. Merci de rester courtois. La rédaction", NOISE),
    ("Ce message a été supprimé par un modérateur.", NOISE),  # generic.noise.r6b_post_removed
    ("Dieser Beitrag wurde vom Moderator gelöscht.", NOISE),
    ("Kommentare werden vor der Veröffentlichung geprüft. Es besteht kein Anspruch auf Veröffentlichung.",
     WIDGET),  # newspaper.widget.r6b_review_policy
    ("Hier à 21:14", TIME),  # timestamps.json: a day word and a clock time
    ("Gestern, 21:14 Uhr", TIME),
    ("Yesterday at 9:14 PM", TIME),
    ("Ayer a las 21:14", TIME),
    ("Erfahrener Benutzer", NOISE),  # forum.noise.r6b_ranks_location (second sample)
    ("Ort: Münsterland", NOISE),
])
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


def test_day_word_and_clock_is_relative():  # no date printed: posted_at stays null
    assert is_timestamp("Aujourd'hui à 09h12") and parse_timestamp("Aujourd'hui à 09h12") is None


def test_words_before_a_day_word_are_no_time():
    assert not is_timestamp("Wir sehen uns hier à 21:14")


@pytest.mark.parametrize("line, name", [  # newspaper.reply.r6b_numbered_by, before 'Antwort auf X'
    ("Antwort auf #1 von Fichtelgebirgler", "Fichtelgebirgler"),
    ("Antwort auf #1.1 von Ruhig Blut", "Ruhig Blut"),
    ("En réponse à #4 de Pauline Vidal", "Pauline Vidal"),
    ("Antwort auf Ruhig Blut", "Ruhig Blut"),
])
def test_reply_to_numbered_comment_of(line, name):
    assert quote_target(line) == name


def test_reply_post_number_is_not_part_of_the_name():  # comment_names._LEADING_POST_NUMBER
    assert clean_name("#1.1  Ruhig Blut") == "Ruhig Blut"


def _thread(*comments: tuple[str, str]) -> str:
    return "7 Kommentare\n\n" + "".join(f"{name}\nvor 3 Stunden\n\n{text}\n\n{votes}\nAntworten\n"
                                        for name, text, votes in comments)


def test_signed_scores_above_the_button_under_three_comments_are_votes():  # comment_context.SCORE_RUN
    block = _thread(("Odile", "Facile à dire.", "+6"), ("Marc", "Pas d'accord.", "+3"), ("Lina", "Oui.", "+11"))
    assert [c.body for c in split_comment_block(block).comments] == ["Facile à dire.", "Pas d'accord.", "Oui."]


def test_a_lone_plus_one_is_a_comment():
    block = ("5 commentaires\n\nAvatar\nTux • il y a 3 heures\nEnfin une mairie qui calcule.\n12 △ ▽\n• Répondre\n\n"
             "Avatar\nJean-Marc • il y a une heure\n+1\n2 △ ▽\n• Répondre\n")
    assert [c.body for c in split_comment_block(block).comments] == ["Enfin une mairie qui calcule.", "+1"]


def test_emoji_only_comment_between_its_time_and_its_bar():  # comment_context._frames_alone
    block = ("Kommentare (3)\n\n#4  Hainberger\n03.12.2026, 10:02 Uhr\nDa wurde niemand gefragt.\n"
             "Antworten | Empfehlen (6) | Melden\n\n#5  Oskar\nvor 1 Stunde\n👍\nAntworten | Empfehlen (2) | Melden\n")
    comments = split_comment_block(block).comments
    assert [(c.author, c.body) for c in comments] == [("Hainberger", "Da wurde niemand gefragt."), ("Oskar", "👍")]



def test_sentence_like_name_before_dit_may_have_seven_words():  # comment_names.RULE_NAME_WORDS
    got = explicit_author("Un voisin de la rue des Tanneurs dit :")
    assert got is not None and got.name == "Un voisin de la rue des Tanneurs"
    assert not name_shaped("Un voisin de la rue des Tanneurs")  # without the rule: too long for a bare name


# ---------------------------------------------------------------- body side (boilerplate.json)

_PROSE = ("Der Anlasser dreht kräftig, die Batterie ist frisch geladen und hat genug Spannung für drei Versuche. "
          "Vorglühen habe ich wie immer etwa vierzig Sekunden gemacht, aber er zündet kein einziges Mal.")
_MORE = ("In der Scheune war es die letzten Nächte bis minus acht Grad, und der Diesel ist Winterdiesel. "
         "Kann es sein, dass trotzdem etwas ausgeflockt ist, oder ist das eher die Einspritzpumpe?")


@pytest.mark.parametrize("noise", [
    "Le lavoir après restauration, le 29 novembre. Photo Y. K.",  # caption.r6b_credit_initials
    "**Recevez chaque matin l'essentiel de l'actu de l'Orne**",  # subscribe.r6b_every_morning
    "Inscrivez-vous gratuitement à notre newsletter.",
])
def test_body_chrome_dropped(noise):
    assert clean_body(f"{_PROSE}\n\n{noise}\n\n{_MORE}") == f"{_PROSE}\n\n{_MORE}"


@pytest.mark.parametrize("greeting, closing", [
    ("Servus zusammen,", "Gruß aus dem Vogelsberg\nHeinz"),
    ("Bonjour à toutes et à tous,", "Cordialement\nBaroudeuse"),
    ("Hallo zusammen,", "Gruß, Frank"),  # round 8c: the name after a comma on the same line
    ("Hi all,", "Cheers, Tom"),
])
def test_a_posts_greeting_and_closing_stay(greeting, closing):  # boilerplate._salutation, closing.r6b_letter_closings
    body = clean_body(f"{greeting}\n\n{_PROSE.lower()}\n\n{_MORE}\n\n{closing}")
    assert body == f"{greeting}\n\n{_PROSE.lower()}\n\n{_MORE}\n\n{closing.replace(chr(10), ' ')}"


def test_short_tail_without_a_closing_still_goes():
    assert clean_body(f"{_PROSE}\n\n{_MORE}\n\nMehr zum Thema\nWerften im Norden") == f"{_PROSE}\n\n{_MORE}"


def test_byline_with_a_bracketed_place_in_the_header_dropped():  # byline.r6b_by_with_place (second sample)
    page = f"Fusion de communes : un référendum qui divise\nPar Lucie Vuillemin (Montbrison-le-Haut (Jura), envoyée spéciale)\n\n{_PROSE}\n\n{_MORE}"
    assert clean_body(page) == f"{_PROSE}\n\n{_MORE}"
