"""Round 17a: forum threads saved as text (vBulletin, Simple Machines, XenForo poster boxes copied
as definition lists, member titles in seven languages)."""
import pytest

from transforms.comment_lines import NOISE, SIGNATURE_SEPARATOR, TEXT, classify, classify_all, is_badge
from transforms.comment_names import quote_target
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _authors_and_parents(thread: str) -> list[tuple[str | None, int | None]]:
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return [(c.author, c.parent_position) for c in section.comments]


@pytest.mark.parametrize("line, name", [
    ("Zitat von Heike_O Beitrag anzeigen", "Heike_O"),  # vBulletin 3.8, German, 'View Post' after the name
    ("Quote from Ann Cole View Post", "Ann Cole"),
    ("Citazione da: Franco_Cuneo - 03 Dicembre 2026, 18:22:10", "Franco_Cuneo"),  # SMF, Italian, date after a dash
    ("Quote from: Dougie_McR on December 01, 2026, 07:42:15 PM", "Dougie_McR"),
])
def test_quote_headers(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("line", [
    "Registrato", "Segnala al moderatore", "Post: 2.319", "Piace a Marta_B, Luca Giordanengo",
    "Autore\tTopic: Il rifugio resta chiuso tutto l'inverno  (Letto 412 volte)",
    "Topicstarter", "Themenstarter", "Reacties: Anke de Wit, Bram_Z en 4 anderen",
    "Laatst bewerkt: Gisteren om 20:30", "Lid geworden", "Berichten", "Waarderingen", "Joined",
])
def test_forum_chrome_lines(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Réactions", "Grazie a tutti.", "Messaggi chiari, grazie"])
def test_headings_and_sentences_are_not_profile_chrome(line):
    assert classify(0, line).kind != NOISE


@pytest.mark.parametrize("title", ["Nieuw lid", "Membre actif", "Utente esperto", "Novo membro", "Stały bywalec",
                                   "Erfahrener Benutzer", "Nouveau membre"])
def test_member_titles_are_badges(title):
    assert is_badge(title)


def test_the_value_under_a_profile_field_name_is_chrome():
    lines = classify_all(["Anke de Wit", "Nieuw lid", "Lid geworden", "4 sep 2023", "Berichten", "17",
                          "3 dec 2026", "#2", "Wat een klap."])
    assert [line.kind for line in lines[2:6]] == [NOISE] * 4  # the join date is not the post's time
    assert lines[6].kind == "time" and lines[8].kind == TEXT


def test_smf_logged_in_other_languages_opens_the_signature():
    import re
    assert all(re.match(SIGNATURE_SEPARATOR, word, re.IGNORECASE) for word in ("Registrato", "Gespeichert", "Gelogd"))


def test_xenforo_poster_boxes_as_definition_lists():
    box = "{name}\n{title}\nLid geworden\n{joined}\nBerichten\n{posts}\nWaarderingen\n9\n{when}\n#{n}\n"
    thread = (
        box.format(name="Anke de Wit", title="Nieuw lid", joined="4 sep 2023", posts="17", when="3 dec 2026", n=2)
        + "Weet iemand al of er vervangende grond komt?\nMelden\nReageren\n\n"
        + box.format(name="Bram_Z", title="Actief lid", joined="30 jan 2017", posts="688", when="3 dec 2026", n=3)
        + "Anke de Wit schreef:\nWeet iemand al of er vervangende grond komt?\nKlik om te vergroten...\n"
        + "Nog niet, het bestuur praat donderdag met de wethouder.\nMelden\nReageren\n")
    assert _authors_and_parents(thread) == [("Anke de Wit", None), ("Bram_Z", 1)]
