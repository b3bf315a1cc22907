"""Round 26b (tests/eval/cleaning/holdout26b, measured blind, then fixed): boilerplate lines of news pages in
thinner languages; one small case per rule."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import WIDGET, classify

PROSE = ("Kaupunginvaltuusto päätti maanantaina, että uusi uimahalli rakennetaan satamaan ja "
         "sen pitäisi valmistua vuoden 2028 syksyllä, jos rahoitus järjestyy suunnitellusti.")


@pytest.mark.parametrize("line", [
    "Tilaa Kotkan Viikon uutiskirje",  # subscribe.r26_thin_languages
    "Päivän tärkeimmät uutiset joka aamu sähköpostiisi.",
    "Nejdůležitější zprávy z regionu každý všední den v 7:00 do vaší e-mailové schránky",
    "Iratkozzon fel hírlevelünkre!",
    "Meld deg på nyhetsbrevet vårt",
    "Få nyhetsbrevet vårt",  # subscribe.newsletter_title
    "Del dette:",  # share.sentence, Jetpack in Danish
    "Synes godt om Indlæser...",
    "Gilla Laddar...",
    "Kapcsolódó: Új tornaterem épül Szekszárdon, a Babits iskola udvarán",  # related.inline
    "Flekkefjord Posten arbeider etter Vær Varsom-plakatens regler for god presseskikk.",  # footer.r26_press_ethics_nordic
    "Elif Aksoy, 2019'dan bu yana Marmara Ekspres'te Mudanya ve Gemlik haberlerini takip ediyor.",  # bio.r26_tr_ro_hu_covers
])
def test_thin_language_boilerplate_line_leaves_the_body(line):
    assert clean_body(f"{PROSE}\n\n{line}\n") == PROSE


@pytest.mark.parametrize("prose", [
    "Tilaajat saavat uutiskirjeen jatkossa myös ruotsiksi, kertoo päätoimittaja Aino Mäkelä haastattelussa.",
    "Ingrid Solberg mener at fergen burde gå hver time, sier hun til avisen etter møtet i kommunestyret.",
])
def test_prose_naming_a_newsletter_or_a_person_stays(prose):
    assert clean_body(f"{PROSE}\n\n{prose}\n") == f"{PROSE}\n\n{prose}"


def test_turkish_most_read_heading_cuts_its_list():  # related.heading
    text = f"{PROSE}\n\nÇok Okunanlar\n\n1. Bursa'da doğalgaza yüzde 12 zam\n2. Gemlik Limanı'nda yeni vinçler\n"
    assert clean_body(text) == PROSE


@pytest.mark.parametrize("line", ["Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın!",
                                  "Noch keine Kommentare.", "Aucun commentaire pour l'instant.", "Zatím žádné komentáře.",
                                  "Még nincs hozzászólás.", "Inga kommentarer ännu."])
def test_an_empty_threads_own_lines_are_widget_chrome(line):  # generic.widget.r26_no_comments_yet
    assert classify(0, line).kind == WIDGET
