"""Header shapes of round 29's leftovers: a masthead under a skip link with its tagline, and a
reporter's name over the dateline's place over the date line."""

import datetime as dt

import pytest

from transforms.metadata import extract_byline, extract_title

SKIP_LINK_MASTHEAD = (
    "Skip to content\n"
    "Fenwick Crossing Gazette\n"
    "Independent news for Fenwick Crossing and the Lower Ash Valley\n"
    "Menu\n"
    "News\n"
    "Council\n"
    "Sports\n"
    "COUNCIL\n"
    "Pool on Mercer Road to open two extra evenings a week\n"
    "By Tom Ellery\n"
    "December 3, 2026\n"
    "The town's pool on Mercer Road will open until 9 p.m. on Tuesdays and Thursdays from January, "
    "the council decided on Monday night after a short debate.\n"
)


def test_a_masthead_under_a_skip_link_has_its_tagline_under_it_not_the_headline():
    # 'Skip to content' over the site's name over its tagline over the menu: the tagline is site
    # chrome, as it is when the name stands on the first line
    assert extract_title(SKIP_LINK_MASTHEAD) == "Pool on Mercer Road to open two extra evenings a week"
    assert extract_title(SKIP_LINK_MASTHEAD.replace("Skip to content\n", "")) == (
        "Pool on Mercer Road to open two extra evenings a week")


PLACE_UNDER_NAME = (
    "Diario del Páramo\n"
    "CULTURA\n"
    "La biblioteca de Villanueva de la Sierra amplía su horario de tarde\n"
    "El Ayuntamiento contrata a dos bibliotecarios más para abrir hasta las nueve de la noche\n"
    "Lorena Quintanilla\n"
    "Villanueva de la Sierra\n"
    "Actualizado: 04/12/2026 09:10 h\n"
    "\n"
    "La biblioteca municipal abrirá de lunes a viernes hasta las 21.00 horas a partir de enero, "
    "según ha confirmado el Ayuntamiento.\n"
)


def test_the_place_under_the_reporter_s_name_over_the_date_line_is_no_author():
    byline = extract_byline(PLACE_UNDER_NAME)
    assert (byline.author, byline.published_date) == ("Lorena Quintanilla", dt.date(2026, 12, 4))


@pytest.mark.parametrize("text, author", [
    # the common header: headline, name, date
    ("Vecinos frenan la tala de 40 árboles en el parque\nAna Torres\n25/11/2026\n\nTexto.", "Ana Torres"),
    ("Diario del Páramo\nVecinos frenan la tala de 40 árboles en el parque\nAna Torres\n25/11/2026\n\nTexto.",
     "Ana Torres"),
    # a role line under the name stays a role line
    ("Council backs new cycle lanes on the ring road\nPriya Rawlinson\nLocal Democracy Reporter\n"
     "Wednesday 2 December 2026 6:00 am\n\nText.", "Priya Rawlinson"),
])
def test_the_name_over_its_date_line_is_still_read(text, author):
    assert extract_byline(text).author == author


GLUED_PLACE = (
    "Diario del Moncayo\n"
    "COMARCA\n"
    "El consultorio médico abrirá también por las tardes en Tabuenca desde enero\n"
    "El Salud contrata a una segunda enfermera para la zona básica de salud\n"
    "Lucía Marco Tabuenca | 03/12/2026 - 12:10 h\n"
    "\n"
    "El consultorio médico del pueblo abrirá de lunes a jueves por la tarde a partir del 7 de enero.\n"
)


def test_the_dateline_s_place_glued_to_the_name_is_cut_when_the_headline_names_it_as_a_place():
    # a browser copy printed the name's and the place's spans without a separator
    byline = extract_byline(GLUED_PLACE)
    assert (byline.author, byline.published_date) == ("Lucía Marco", dt.date(2026, 12, 3))


def test_a_three_word_name_the_headline_does_not_name_as_a_place_stays_whole():
    page = GLUED_PLACE.replace("Lucía Marco Tabuenca |", "Lucía Marco Gimeno |")
    assert extract_byline(page).author == "Lucía Marco Gimeno"
