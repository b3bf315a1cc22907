"""Round 13c: forum threads and news comment threads saved as text: long display names (a name
of 7-10 words over its time, or set off from it by a dot; a quote header naming such a name)."""
import pytest

from transforms.comment_names import quote_target
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _authors_and_parents(thread: str) -> list[tuple[str | None, int | None]]:
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return [(c.author, c.parent_position) for c in section.comments]


def test_a_long_name_over_its_time_is_an_author_line():
    thread = ("Comments (3)\n"
              "Ann Cole\n2 December 2026 at 7:14am\nSaturday is when I bring the children.\nReply | Report\n"
              "Sick and tired of Shire Hall deciding everything\n2 December 2026 at 9:47am\n"
              "Less than the committee spent on the logo.\nReply | Report\n"
              "Dan\n2 December 2026 at 10:05am\nSame here, every week.\nReply | Report\n")
    assert _authors_and_parents(thread) == [
        ("Ann Cole", None), ("Sick and tired of Shire Hall deciding everything", None), ("Dan", None)]


def test_a_long_name_set_off_from_its_time_by_a_dot():
    thread = ("## Comentarios (2)\n\n"
              "**Vecino de toda la vida del barrio de Delicias** · 04/12/2026 - 11:02\n\n"
              "Dos años más. Lo mismo que pasó con la línea 1 en el Actur.\n\nResponder · Denunciar\n\n"
              "**Fermín** · 04/12/2026 - 12:15\n\n"
              "> **Vecino de toda la vida del barrio de Delicias escribió:**\n"
              "> Lo mismo que pasó con la línea 1 en el Actur\n\n"
              "En el Actur fueron tres años, no cuatro.\n\nResponder · Denunciar\n")
    assert _authors_and_parents(thread) == [("Vecino de toda la vida del barrio de Delicias", None), ("Fermín", 1)]


@pytest.mark.parametrize("line, long_names, name", [
    ("une commerçante de la halle depuis 1994 a écrit :", True, "une commerçante de la halle depuis 1994"),
    ("une commerçante de la halle depuis 1994 a écrit :", False, None),  # only where the caller checks the quote
    ("Jörg schrieb:", False, "Jörg"),
])
def test_quote_header_with_a_long_name(line, long_names, name):
    assert quote_target(line, with_repeat_rules=True, long_names=long_names) == name


def test_a_long_sentence_ending_in_wrote_over_new_text_stays_comment_text():
    sentence = "Mon voisin qui travaille à la mairie depuis longtemps a écrit :"
    thread = ("Réactions (2)\n"
              "Anne\nle 03/12/2026 à 12h40\nLa halle compte pour nous.\nRépondre · Signaler\n"
              f"Paul\nle 03/12/2026 à 13h15\n{sentence}\n"
              "personne n'a demandé aux écoles.\nRépondre · Signaler\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.author for c in section.comments] == ["Anne", "Paul"]
    assert sentence in section.comments[1].body
