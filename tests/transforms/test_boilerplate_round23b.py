"""Round 23b: a Polish news page dumped by lynx: a space-separated tag row, a share row that names
verb and service, an author bio with the role after a dash, a reproduction notice under the
copyright line; prose of the same words stays."""
import pytest

from transforms.boilerplate import clean_body
from transforms.body_lines import is_noise_line

PROSE = ("Mieszkańcy Zabłocia na tramwaj poczekają dłużej, niż obiecywano. Zarząd Transportu Publicznego "
         "poinformował w czwartek, że pierwsze kursy nową linią ruszą najwcześniej w 2029 roku.")


@pytest.mark.parametrize("line", [
    "Tagi: tramwaj Zabłocie ZTP inwestycje", "Štítky: doprava Brno tramvaje",
    "Udostępnij na Facebooku Udostępnij na X", "Udostępnij na Facebooku · Kopiuj link",
    "Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy zabronione.",
    "Przedruk bez pisemnej zgody redakcji jest zabroniony.",
    "Reproduction interdite sans autorisation.", "Prohibida su reproducción total o parcial.",
])
def test_round_23b_footer_lines_are_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Tagi na drzewach w parku zostawili wandale, którzy nie zostali złapani.",
    "Udostępnij na Facebooku swoje zdjęcia z festynu, prosi rada dzielnicy mieszkańców.",
])
def test_prose_with_the_same_words_stays(line):
    assert not is_noise_line(line)
    assert line in clean_body(f"{PROSE}\n\n{line}\n\n{PROSE}")


def test_author_bio_with_the_role_after_a_dash_goes_from_the_tail():
    bio = ("Anna Wierzbicka - dziennikarka działu miejskiego, od 2015 roku pisze o transporcie, urbanistyce "
           "i samorządzie. Kontakt:\na.wierzbicka@gazetanadwislanska.pl")
    second = "Koszt inwestycji wzrósł w tym czasie z 410 do 590 milionów złotych, podało miasto."
    body = clean_body(f"{PROSE}\n\n{second}\n\n{bio}\n\nTagi: tramwaj Zabłocie ZTP inwestycje")
    assert body == f"{PROSE}\n\n{second}"
