"""Round 27b news pages: a Galician page through wpDiscuz (browser copy): the cookie notice above
the masthead, the 'Publicado o ... por ...' byline with Galician month names, the widget's Galician
words; Finnish Facebook badges after the commenter's name ('Huippufani', 'Työskentelee: ...') and
its chrome; a Ukrainian paper's own theme on WordPress's comment markup (a reply-to line, the time
in a comment-date span, a moderator's removal notice; the byline label 'Автор:' and Ukrainian
months); a button a saver prints in brackets; a title badge after a commenter's name."""

from datetime import datetime

import pytest

from transforms.comment_lines import ANCHOR, NOISE, TEXT, WIDGET, classify_all
from transforms.comment_names import without_title_the_article_gives
from tests.transforms.html_sections import read_section, rows
from transforms.document import build_records
from transforms.metadata import extract_byline
from transforms.rules import is_noise_line
from transforms.timestamps import parse_timestamp

PAGE = """Ir ao contido

Este sitio web emprega cookies propias e de terceiros. Ao continuar a navegación aceptas o seu uso.

Aceptar

Ler máis

Xornal do Ulloa

Portada
Comarca
Deportes

COMARCA

Silleda abre o novo centro de día en xaneiro

Publicado o 3 de novembro de 2026 por Antía Louzao

O novo centro de día de Silleda abrirá as súas portas o 12 de xaneiro con corenta prazas, segundo anunciou onte o alcalde nunha visita ás obras.

A obra custou 1,2 millóns de euros e foi financiada pola Deputación.

© 2026 Xornal do Ulloa · Aviso legal · Política de privacidade
"""


def test_galician_cookie_notice_and_read_more_button_are_noise():
    assert is_noise_line("Este sitio web emprega cookies propias e de terceiros. Ao continuar a navegación aceptas o seu uso.")
    assert is_noise_line("Ler máis")
    assert not is_noise_line("A Xunta emprega cookies de datos abertos? Non, emprega enquisas para medir o uso da piscina.")


def test_galician_byline_gives_author_and_date():
    byline = extract_byline("Publicado o 3 de novembro de 2026 por Antía Louzao\n\nO novo centro de día abrirá en xaneiro.")
    assert (byline.author, str(byline.published_date)) == ("Antía Louzao", "2026-11-03")


@pytest.mark.parametrize(("line", "when"), [("5 de decembro de 2026 10:14", datetime(2026, 12, 5, 10, 14)),
                                            ("12 de xaneiro de 2027 09:05", datetime(2027, 1, 12, 9, 5))])
def test_galician_month_names_give_posted_at(line, when):
    assert parse_timestamp(line) == when


def test_page_head_above_the_title_leaves_the_body():
    [article] = build_records("silleda.txt", "test", "0" * 64, PAGE.encode()).articles
    assert article["body"].startswith("O novo centro de día de Silleda abrirá")
    assert (article["author"], article["publisher"], str(article["published_date"])) == (
        "Antía Louzao", "Xornal do Ulloa", "2026-11-03")


@pytest.mark.parametrize("line", ["Subscribir", "Notificar de", "Máis recente Máis votado", "Comentarios en liña",
                                  "Ver todos os comentarios"])
def test_galician_wpdiscuz_words_are_the_widgets(line):
    assert [item.kind for item in classify_all([line])] == [WIDGET]


FACEBOOK_THREAD = """# Jäähallin katto korjataan tammikuussa

Kaupunki korjaa jäähallin katon tammikuussa, ja harjoitukset siirtyvät naapurikuntaan kuudeksi viikoksi.

Seura kuljettaa pelaajat harjoituksiin bussilla kolmena iltana viikossa, kertoo seuran puheenjohtaja.
Pienimpien pelaajien iltamatkat venyvät, mutta järjestely on parempi kuin ei mitään, hän sanoo.

Korjaus maksaa noin 640 000 euroa. Kaupunginhallitus hyväksyi hankkeen maanantaina yksimielisesti, ja
urakoitsija aloittaa työt heti loppiaisen jälkeen. Kattoa on paikattu useaan kertaan, mutta vuodot ovat
pahentuneet ja vesi on jäätynyt kaukalon laidoille.

Yleisöluistelu siirtyy sulun ajaksi keskuskentän tekojäälle, jos sää sallii. Halli avataan taas
maaliskuun ensimmäisenä päivänä, jolloin pelataan myös juniorien kevätturnaus.

## 3 kommenttia

Lajitteluperuste [Suosituimmat]

[Lisää kommentti...]

**Markku Tuovinen**

Hyvä että korjataan vihdoin.

Tykkää · Vastaa · 1 pv

**Sari Pitkänen** Huippufani

Markku Tuovinen samaa mieltä, katto vuoti jo viime talvena.

Tykkää · Vastaa · 1 pv

**Eeva Lappalainen** Työskentelee: Iisalmen kaupunki

Korjaus alkaa 7. tammikuuta ja kestää kuusi viikkoa.

Tykkää · Vastaa · 20 t

Facebookin kommenttilisäosa
"""


def test_finnish_facebook_badges_after_the_name_are_not_part_of_it():
    records = build_records("halli.txt", "test", "0" * 64, FACEBOOK_THREAD.encode())
    assert [c["author"] for c in records.comments] == ["Markku Tuovinen", "Sari Pitkänen", "Eeva Lappalainen"]
    assert records.comments[2]["body"] == "Korjaus alkaa 7. tammikuuta ja kestää kuusi viikkoa."


UK_ITEM = ('<li class="comment" id="c-{id}"><div class="comment-head"><b class="comment-author">{name}</b> '
           '<span class="comment-date">{when}</span></div>{reply}<div class="comment-text"><p>{text}</p></div>'
           '<div class="comment-actions"><a href="#">Відповісти</a> <span class="rating">+3</span></div>{children}</li>')


def _uk_item(id_, name, text, when="04.12.2026 о 15:18", reply="", children=""):
    reply_line = f'<div class="comment-reply-to">Відповідь для {reply}</div>' if reply else ""
    return UK_ITEM.format(id=id_, name=name, when=when, reply=reply_line, text=text, children=children)


def test_own_theme_on_wordpress_markup_gives_reply_to_line_time_and_drops_the_removed_comment():
    nested = _uk_item(2, "Галина Ковтун", "Дякуємо, що завітали!", reply="Валентина Петрівна")
    section = ('<section class="comments" id="comments"><h2>Коментарі (4)</h2><ol class="comment-list">'
               + _uk_item(1, "Валентина Петрівна", "Дякую бібліотекарям!", when="04.12.2026 о 12:05",
                          children=f'<ol class="children">{nested}</ol>')
               + _uk_item(3, "Микола Рибак", "Краще б такий пункт зробили і на Гоголя.")
               + '<li class="comment comment-deleted" id="c-4"><div class="comment-text"><p><i>Коментар видалено модератором.</i></p></div></li>'
               + _uk_item(5, "Олена", "Підтримую щодо Гоголя.", when="05.12.2026 о 08:15", reply="Микола Рибак")
               + "</ol></section>")
    found = read_section(section)
    assert rows(found) == [("Валентина Петрівна", "Дякую бібліотекарям!", None), ("Галина Ковтун", "Дякуємо, що завітали!", 1),
                           ("Микола Рибак", "Краще б такий пункт зробили і на Гоголя.", None),
                           ("Олена", "Підтримую щодо Гоголя.", 3)]
    assert [str(c.posted_at) for c in found.section.comments][::3] == ["2026-12-04 12:05:00", "2026-12-05 08:15:00"]


def test_cyrillic_author_label_and_month_names_in_a_byline():
    byline = extract_byline("Автор: Оксана Левченко · 4 грудня 2026, 11:20\n\nУ Хоролі відкрили пункт незламності.")
    assert (byline.author, str(byline.published_date)) == ("Оксана Левченко", "2026-12-04")
    assert parse_timestamp("4 грудня 2026, 11:20") == datetime(2026, 12, 4, 11, 20)


@pytest.mark.parametrize(("name", "article", "expected"), [
    ("Pilar Marín Alcaldesa", "La alcaldesa, Pilar Marín, considera que la decisión castiga a los estudiantes.", "Pilar Marín"),
    ("Hans Georg Müller Bürgermeister", "Bürgermeister Hans Georg Müller sagte am Montag, die Brücke bleibe offen.",
     "Hans Georg Müller"),
    ("Ana Gómez Mayor", "La concejala Ana Gómez Mayor presentó el plan.", "Ana Gómez Mayor"),  # a surname
    ("Pilar Marín Alcaldesa", "El pleno aprobó el plan de transporte por unanimidad.", "Pilar Marín Alcaldesa"),
])
def test_title_after_a_commenters_name_goes_when_the_article_titles_the_name_so(name, article, expected):
    assert without_title_the_article_gives(name, article) == expected


SHORT_BRIEF = """# Jäähallin katto korjataan tammikuussa

Kaupunki korjaa jäähallin katon tammikuussa, ja harjoitukset siirtyvät naapurikuntaan kuudeksi viikoksi.

Seura kuljettaa pelaajat harjoituksiin bussilla kolmena iltana viikossa, kertoo seuran puheenjohtaja.

## 3 kommenttia

Lajitteluperuste [Suosituimmat]

[Lisää kommentti...]

**Markku Tuovinen**

Hyvä että korjataan vihdoin.

Tykkää · Vastaa · 1 pv

**Sari Pitkänen** Huippufani

Markku Tuovinen samaa mieltä, katto vuoti jo viime talvena.

Tykkää · Vastaa · 1 pv

[Lataa 1 lisää kommenttia]

Facebookin kommenttilisäosa
"""


@pytest.mark.parametrize(("line", "kind"), [("[Lisää kommentti...]", WIDGET), ("[Add a comment...]", ANCHOR),
                                            ("[Load more comments]", NOISE), ("[Sarcasm]", TEXT)])
def test_a_button_in_brackets_is_read_as_its_label(line, kind):
    assert [item.kind for item in classify_all([line])] == [kind]


def test_short_brief_with_finnish_facebook_chrome_in_brackets():
    records = build_records("halli.txt", "test", "0" * 64, SHORT_BRIEF.encode())
    assert [(c["author"], c["body"]) for c in records.comments] == [
        ("Markku Tuovinen", "Hyvä että korjataan vihdoin."),
        ("Sari Pitkänen", "Markku Tuovinen samaa mieltä, katto vuoti jo viime talvena.")]
