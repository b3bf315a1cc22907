"""Round 34 (tests/eval/cleaning/holdout34, measured blind, then fixed): boilerplate lines left in the article body:
reporter bios at the end in Hungarian, Catalan and Spanish, the Catalan tag row and newsletter line, the Spanish
'Te recomendamos:' link and the Danish standfirst class 'manchet' in a saved page."""
import pytest

from transforms.boilerplate import clean_body
from transforms.html_page import read_html

PROSE = ("L'Ajuntament va aprovar dilluns que la nova piscina es construirà al costat del pavelló i que estarà "
         "llesta la tardor del 2028 si arriba el finançament europeu que espera des de fa dos anys.")
PROSE2 = ("El club de natació, que té més de tres-cents socis, reclama que les obres no tallin la temporada d'estiu "
          "i que les quotes del primer trimestre es retornin de manera proporcional a tots els abonats.")


@pytest.mark.parametrize("line", [
    "Bodnár Eszter a Zalai Hírhordó megyei tudósítója.",  # bio.r26_tr_ro_hu_covers
    "Szabó Márton az Esti Hírlap szerkesztője.",
    "Martina Vilardell i Puig és periodista d'El Ter Digital i cobreix la Garrotxa.",  # bio.is_a
    "Guadalupe Arriaga Solís es reportera de El Sol del Altiplano y cubre la región de Tlacotepec.",
    "Etiquetes: Sant Jaume de Llierca, piscina, equipaments",  # footer.contact
    "Rep cada matí les notícies de la comarca. Subscriu-t'hi",  # subscribe.es
])
def test_round34_tail_boilerplate_leaves_the_body(line):
    assert clean_body(f"{PROSE}\n\n{PROSE2}\n\n{line}\n") == f"{PROSE}\n\n{PROSE2}"


def test_te_recomendamos_link_inside_the_article_goes():  # related.inline
    text = f"{PROSE}\n\nTe recomendamos: Tlacotepec tendrá nuevo relleno sanitario en 2027\n\n{PROSE2}\n"
    assert clean_body(text) == f"{PROSE}\n\n{PROSE2}"


@pytest.mark.parametrize("prose", [
    # a reported speaker has a comma after the name, and a Hungarian sentence goes on after the role
    "Kiss Anna, a hivatal munkatársa, elmondta, hogy a megállót tavasszal újra megnyitják.",
    "Bodnár Eszter a Zalai Hírhordó tudósítójaként is dolgozott, mielőtt a polgármesteri hivatalba került.",
    # an 'is' sentence at the tail without a writing role
    "Rosalba Tecuapetla es la líder de los locatarios y pide que el mercado se quede en el centro.",
    "Neus Comas i Pla és la presidenta del club i espera una resposta per escrit.",
])
def test_prose_naming_a_person_at_the_tail_stays(prose):
    assert clean_body(f"{PROSE}\n\n{prose}\n") == f"{PROSE}\n\n{prose}"


def test_danish_manchet_standfirst_leaves_the_article():  # html_chrome: manchet
    body = ("Nytårsaften drejer Birthe og Henning Laursen nøglen om i Sønder Ørum Købmandshandel for sidste gang. "
            "Butikken har ligget på hjørnet af Kirkevej siden 1955, og de seneste 28 år har ægteparret drevet den.")
    page = ("<html><body><article><h1>Købmanden lukker efter 71 år</h1><p class=\"manchet\">Ejerne har ikke kunnet "
            f"finde en køber.</p><p>{body}</p><p>{body}</p></article></body></html>")
    text = read_html(page.encode()).text
    assert "finde en køber" not in text and "Kirkevej" in text
