"""Round 16b: a XenForo-style forum thread copied as text without blank lines between posts:
poster boxes ('Actief lid', 'Berichten: 1.204', the time, '#2'), 'X zei:' quotes ending
'Klik om uit te vouwen...', the first reply quoting the opening post, and a post of two
paragraphs (the page's only blank lines)."""
import pytest

from transforms.comment_names import is_badge
from transforms.document import build_records

OPENING = ("De gemeente heeft de Dorpsstraat deze week ingericht als fietsstraat, met rood asfalt en "
           "een bord dat auto's er te gast zijn. Ik fiets er elke ochtend door naar het station.")
PAGE = "\n".join([
    "Fietsforum", "Nieuwe berichten", "Zoeken", "Inloggen",
    "Forum  ›  Verkeer  ›  Fietspaden",
    "Dorpsstraat nu fietsstraat: wat vinden jullie?",
    "Kees de Boer", "Nieuw lid", "Berichten: 12", "2 dec 2026 om 19:04", "#1",
    OPENING,
    "",
    "Alleen bij de school rijden de ouders met de auto nog steeds veel te hard. Wie merkt dat ook?",
    "Beantwoorden", "Citeren",
    "Marloes_T", "Actief lid", "Berichten: 1.204", "2 dec 2026 om 20:31", "#2",
    "Kees de Boer zei:", "bij de school rijden de ouders met de auto nog steeds veel te hard.",
    "Klik om uit te vouwen...",
    "Klopt, en er hangt nergens een bord bij de school zelf.",
    "Beantwoorden", "Citeren",
    "opa_op_de_fiets", "Berichten: 512", "3 dec 2026 om 08:12", "#3",
    "Ik vind het een verbetering, met de kleinkinderen durf ik er nu wel door.",
    "Beantwoorden", "Citeren",
    "Kees de Boer", "Nieuw lid", "Berichten: 12", "3 dec 2026 om 09:47", "#4",
    "Marloes_T zei:", "er hangt nergens een bord bij de school zelf.", "Klik om uit te vouwen...",
    "Ik heb het gemeld bij de gemeente, eens kijken hoe snel ze reageren.",
    "",
    "@opa_op_de_fiets mooi om te horen!",
    "Beantwoorden", "Citeren",
    "Je moet ingelogd zijn om te reageren.",
])


@pytest.mark.parametrize("line", ["Actief lid", "Nieuw lid", "Neues Mitglied", "Membre actif", "Nuevo miembro"])
def test_member_titles_in_other_languages_are_badges(line):
    assert is_badge(line)


def test_flat_thread_keeps_the_reply_quoting_the_opening_post_and_paragraph_breaks():
    records = build_records("page.txt", "test", "0" * 64, PAGE.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    assert [(c["author"], c["parent_position"]) for c in comments] == [
        ("Marloes_T", None), ("opa_op_de_fiets", None), ("Kees de Boer", 1)]
    assert comments[0]["body"] == "Klopt, en er hangt nergens een bord bij de school zelf."
    assert comments[2]["body"] == ("Ik heb het gemeld bij de gemeente, eens kijken hoe snel ze reageren."
                                   "\n\n@opa_op_de_fiets mooi om te horen!")
    assert records.articles[0]["body"].startswith(OPENING + "\n\n")
