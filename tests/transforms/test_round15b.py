"""Round 15b: a paper's signed vote pair under each comment ('+21 / −6'), a Czech staff removal
notice with its reason, and Nordic / Czech / Latin American standfirst classes ('ingress',
'perex', 'bajada') in a saved page."""
import pytest

from transforms.comment_lines import NOISE, TEXT, classify
from transforms.html_page import read_html

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans.")


@pytest.mark.parametrize("line, kind", [
    ("+21 / −6", NOISE),
    ("+12 / -0", NOISE),
    ("+3 | −1", NOISE),
    ("Příspěvek byl odstraněn administrátorem pro porušení pravidel diskuse.", NOISE),
    ("Komentár bol odstránený moderátorom.", NOISE),
    ("+1 / -1 from me, the plan is fine but late", TEXT),
])
def test_vote_pair_and_staff_removal_are_chrome(line, kind):  # comment_widgets: r15b_*
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("cls", ["artikel__ingress", "article-perex", "nota-bajada"])
def test_standfirst_classes_leave_the_article(cls):  # html_chrome: ingress, perex, bajada
    page = (f"<html><body><article><h1>Harbour wall to be rebuilt</h1><p class=\"{cls}\">Residents "
            f"had waited ten years for the repair.</p><p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
    assert "waited ten years" not in read_html(page.encode()).text
