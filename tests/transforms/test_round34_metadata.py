"""Round 34's metadata misses: Hungarian dates where metadata dates are read (hu_newspaper_r34_06: lynx's
'Szerző: Name' over '2026. december 5., péntek 17:30', the weekday after the date; the numeric '2026.12.05.'),
and a section word taken for the publisher (de_disqus_r34_02: the logo's home link, then the menu 'Lokales' /
'Kreis' / ..., whose first item is also the breadcrumb's root 'Lokales > Hohenstetten')."""
import datetime as dt
import json

import pytest

from transforms.metadata import extract_byline, parse_date
from transforms.readers import parse_file

DEC_5 = dt.date(2026, 12, 5)


@pytest.mark.parametrize("value", [
    "2026.12.05.", "2026. 12. 05.", "2026.12.05. 18:02", "2026. 12. 5. 18:02", "2026.12.05 18:02",
    "2026. december 5.", "2026. december 5., péntek 17:30", "2026. dec. 5., csüt. 18:47", "2026. december 5. 17:30",
])
def test_hungarian_dates_are_read(value):
    assert parse_date(value, today=dt.date(2026, 12, 8)) == DEC_5


@pytest.mark.parametrize(("value", "expected"), [
    ("6 de desembre de 2026", dt.date(2026, 12, 6)), ("6 d'octubre de 2026", dt.date(2026, 10, 6)),
    ("dissabte, 6 d’abril del 2026, 08:15", dt.date(2026, 4, 6)), ("6 de febrer de 2026", dt.date(2026, 2, 6)),
])
def test_catalan_dates_are_read(value, expected):
    assert parse_date(value, today=dt.date(2026, 12, 8)) == expected


@pytest.mark.parametrize("value", ["2026.13.05.", "v2026.12.05", "2026.1.123", "12.2026.05."])
def test_dotted_numbers_that_are_no_date(value):
    assert parse_date(value, today=dt.date(2026, 12, 8)) is None


HU_HEAD = """Ugrás a tartalomra

Somogyi Krónika

Címlap Megye Gazdaság Sport

Címlap > Megye > Oktatás

      Bezár a kaposfüredi iskola konyhája, Kaposvárról hozzák az ebédet

Szerző: Kiss Márta
{date}

A kaposfüredi általános iskola konyhája január elsejétől bezár, az ebédet ezután a kaposvári központi
konyháról szállítják ki. Az önkormányzat szerint a felújítás többe kerülne, mint a szállítás.
"""


@pytest.mark.parametrize("date", ["2026. december 5., péntek 17:30", "2026.12.05. 17:30", "2026. 12. 05.",
                                  "Megjelent: 2026.12.05."])
def test_hungarian_date_line_under_the_byline(date):
    byline = extract_byline(HU_HEAD.format(date=date))
    assert byline.author == "Kiss Márta"
    assert byline.published_date == DEC_5


def test_hungarian_date_of_a_json_record():
    record = {"url": "https://somogyikronika.example/hir/123", "title": "Bezár a kaposfüredi iskola konyhája",
              "date": "2026.12.05. 17:30", "text": "A kaposfüredi általános iskola konyhája január elsejétől bezár."}
    [doc] = parse_file("hu.jsonl", (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    assert doc.published_date == DEC_5


LOGO_OVER_MENU = """[Zum Inhalt springen](#content)

[![{name}](https://www.{host}/static/logo.png)](https://www.{host}/)

  * [{section}](https://www.{host}/{slug}/)
  * [Kreis](https://www.{host}/kreis/)
  * [Sport](https://www.{host}/sport/)

[{section}](https://www.{host}/{slug}/) > [Wendlingen](https://www.{host}/{slug}/wendlingen/)

# Neue Brücke über den Neckar: Bauarbeiten beginnen im März

Von [Jana Krüger](https://www.{host}/autor/jana-krueger/) | 04.12.2026, 17:10 Uhr

Die neue Fuß- und Radwegbrücke über den Neckar soll im März begonnen werden. Der Gemeinderat hat am
Dienstag die Aufträge vergeben.
"""


@pytest.mark.parametrize(("name", "host", "section", "slug"), [
    ("Neckar-Kurier", "neckar-kurier.de", "Lokales", "lokales"),
    ("Teckbote Online", "teckbote-online.de", "Region", "region"),
    ("Wendlinger Zeitung", "wendlinger-zeitung.de", "Nachrichten", "nachrichten"),
])
def test_a_menu_word_under_the_logo_is_no_publisher(name, host, section, slug):
    """The section that opens both the menu under the logo and the breadcrumb is no masthead: the logo names the
    site."""
    byline = extract_byline(LOGO_OVER_MENU.format(name=name, host=host, section=section, slug=slug))
    assert byline.publisher == name
    assert byline.author == "Jana Krüger"
    assert byline.published_date == dt.date(2026, 12, 4)


def test_a_site_name_over_its_menu_without_a_logo_is_still_the_publisher():
    """No logo above: the first line over the menu is the site's name, even when its breadcrumb starts with it."""
    text = LOGO_OVER_MENU.format(name="x", host="neckar-kurier.de", section="Neckar-Kurier", slug="lokales")
    text = text.replace("[![x](https://www.neckar-kurier.de/static/logo.png)](https://www.neckar-kurier.de/)\n\n", "")
    assert extract_byline(text).publisher == "Neckar-Kurier"
