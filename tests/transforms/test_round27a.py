"""Round 27a (news pages in the core languages, written blind): w3m's filled form boxes and button
rows, share items, vote counts before their arrows, a login-to-comment notice."""

import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, WIDGET, classify_all
from transforms.rules import is_noise_line
from transforms.text_dump import drop_form_boxes

ARTICLE = ("About 300 passengers spent up to five hours at the ferry landing on Thursday night after the "
           "last two sailings were cancelled.\n\n{row}\n\nThe state transportation department said it "
           "would review the incident.")


def test_w3m_button_row_becomes_a_bar_of_labels():
    page = "Search [                    ] [Go]\n\n[Share on Facebook] [Share on X] [Email this story]\n"
    assert "Share on Facebook · Share on X · Email this story" in drop_form_boxes(page).split("\n")


def test_w3m_box_holding_its_placeholder_goes():
    page = "Search [                    ] [Go]\n\n[Add a comment...                                ]\n\nSort by [Top             ]\n"
    lines = drop_form_boxes(page).split("\n")
    assert "Add a comment..." not in "\n".join(lines) and "Sort by" in lines


def test_share_bar_with_an_email_this_story_item_leaves_the_body():
    row = "Share on Facebook · Share on X · Email this story"
    assert "Share on" not in clean_body(ARTICLE.format(row=row))


@pytest.mark.parametrize("line", ["14 ▲ 2 ▼ Responder | Denunciar", "3 ▲ 9 ▼ Responder | Denunciar",
                                  "+22 -3 Responder", "👍 24 👎 5 Antworten Melden"])
def test_vote_counts_then_reply_and_report(line):
    assert [item.kind for item in classify_all([line])] == [NOISE]


@pytest.mark.parametrize("line", [
    "Per commentare devi essere registrato. Accedi",
    "Para comentar es necesario estar registrado. Inicia sesión o regístrate.",
    "Pour commenter, vous devez être connecté.",
    "Um zu kommentieren, müssen Sie sich anmelden.",
    "To comment, you must be logged in.",
])
def test_login_to_comment_notice_is_the_widgets(line):
    assert [item.kind for item in classify_all([line])] == [WIDGET]


def test_a_sentence_about_registering_to_comment_stays_text():
    line = "Per commentare la proposta il sindaco ha convocato una seduta straordinaria del consiglio comunale."
    assert not is_noise_line(line) and [item.kind for item in classify_all([line])] != [WIDGET]
