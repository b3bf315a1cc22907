"""Round 9c rules (tests/eval/cleaning/README.md, "Round 9c"): twelve pages written blind in
eight languages, saved as plain text, markdown and scraper records; one small case per rule
entry or structural signal added for them."""
import pytest

from transforms.comment_lines import ANCHOR, NOISE, TEXT, WIDGET, classify, explicit_author
from transforms.comment_names import split_handle


@pytest.mark.parametrize("line, kind", [
    ("Afficher 1 réponse de plus", NOISE),  # generic.noise.r9c_more_replies_hidden
    ("3 weitere Antworten anzeigen", NOISE),
    ("Ver 2 respuestas más", NOISE),
    ("Mostra altre 2 risposte", NOISE),
    ("Vit à Lans-en-Vercors", NOISE),  # facebook.noise.badges.r9c_lives_rising
    ("Fan en progression", NOISE),
    ("Equipe Jornal da Ilha", NOISE),  # generic.noise.r9c_staff_team_badge
    ("Equipe fraca este ano.", TEXT),
    ("Redazione Valmarina", TEXT),  # a newsroom signing its own comment is a name
    ("Comentário excluído pelo autor.", NOISE),  # generic.noise.r9c_pt_removed
    ("Entrar | Cadastre-se", WIDGET),  # openweb.widget.r9c_pt_es
    ("O que você achou?", WIDGET),
    ("Ao comentar, você concorda com as Diretrizes da Comunidade.", WIDGET),
    ("Al comentar aceptas las Normas de la comunidad y la Política de privacidad.", WIDGET),
    ("Impulsado por OpenWeb", ANCHOR),  # openweb.anchor.r9c_powered_by
    ("Ostatnio edytowany 1 dzień temu przez Marek z Podgórza", NOISE),  # wpdiscuz.noise.r9c_edited_pl_sv
    ("Zobacz wszystkie komentarze", WIDGET),  # wpdiscuz.widget.r9c_pl
    ("Opinie w linii", WIDGET),
    ("Najnowsze Najwięcej głosów", WIDGET),
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, author, parent", [  # newspaper.author.r9c_replies_to_present
    ("Marco Bellini risponde a Giulia R.", "Marco Bellini", "Giulia R."),
    ("Anna replies to Tom", "Anna", "Tom"),
    ("Luc répond à @Marie", "Luc", "@Marie"),
])
def test_present_tense_reply_header(line, author, parent):
    found = explicit_author(line)
    assert (found.name, found.parent_name.lstrip("@")) == (author, parent.lstrip("@"))


def test_present_tense_needs_a_capital_name():
    assert explicit_author("Il Comune risponde a tutte le domande") is None


@pytest.mark.parametrize("line, expected", [
    ("Abonné  Gilbert Pons", ("Gilbert Pons", None)),  # a badge before the name: no parent
    ("Duncan R.  Morag Lindsay", ("Duncan R.", "Morag Lindsay")),  # Disqus: the name replied to
])
def test_badge_before_the_name_on_the_author_line(line, expected):
    assert split_handle(line) == expected
