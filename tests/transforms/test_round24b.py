"""Round 24b (tests/eval/cleaning/holdout24b): eight blind pages; one small case per rule."""
from datetime import date

import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import END, FORM, NOISE, classify, quote_target
from transforms.comments import split_comment_block
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.metadata import extract_byline
from transforms.metadata_publisher import find_logo_masthead
from transforms.timestamps import is_timestamp


def test_turkish_wpdiscuz_reply_marker():  # wpdiscuz.reply.r24b_tr_yanitla
    assert quote_target("Yanıtla  Mehmet Demir") == "Mehmet Demir"
    assert quote_target("Yanıtla") is None
    assert quote_target("Yanıtla bunu lütfen") is None


def test_turkish_wpdiscuz_replies_get_their_parent():
    thread = ("2 Yorum\nEn Eski\nMehmet Demir\n3 gün önce\nHayırlı olsun, çok güzel bir haber.\n7\nYanıtla\n"
              "Elif Kaya\nYanıtla  Mehmet Demir\n3 gün önce\nBen de çok sevindim, emeği geçenlere teşekkürler.\n"
              "2\nYanıtla\n")
    section = split_comment_block(thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Mehmet Demir", None), ("Elif Kaya", 1)]


DE_PROSE = ("Das Freibad in Obernburg bleibt offen. Die Stadtverordneten haben am Dienstagabend mit 17 zu 15 "
            "Stimmen beschlossen, das 1964 eröffnete Bad für rund 6,2 Millionen Euro zu sanieren.")
DE_PROSE_2 = ("Die Tageskarte für Erwachsene soll von 4,50 auf 6 Euro steigen, die Saisonkarte von 60 auf 85 Euro. "
              "Kinder unter sechs Jahren haben weiter freien Eintritt.")


def test_a_german_newsletter_teaser_ending_in_the_inbox_goes_with_its_box():  # subscribe.de
    text = (f"{DE_PROSE}\n\n{DE_PROSE_2}\n\n**Der Wetterau-Bote am Morgen**\n\n"
            "Die wichtigsten Nachrichten aus der Region jeden Morgen um 6 Uhr in Ihrem Postfach.\n\n"
            "[Jetzt kostenlos anmelden](https://example.org/newsletter/)")
    assert clean_body(text) == f"{DE_PROSE}\n\n{DE_PROSE_2}"


ES_PROSE = ("La asociación de vendedores ambulantes pide que el mercadillo vuelva a la plaza cuando acabe "
            "la obra. El pleno no incluyó esa garantía en el acuerdo.")
ES_PROSE_2 = ("El recinto ferial está a algo más de un kilómetro de la plaza. El Ayuntamiento pondrá un "
              "autobús gratuito cada media hora los jueves por la mañana.")


def test_a_short_question_above_prose_ends_a_related_list():  # _question_subheading
    text = (f"{ES_PROSE}\n\nTe puede interesar:\nLa Diputación licita el arreglo de la carretera de Molina\n"
            f"Cierra la última mercería del casco histórico tras 62 años\n¿Y los mayores?\n\n{ES_PROSE_2}")
    assert clean_body(text) == f"{ES_PROSE}\n\n¿Y los mayores?\n\n{ES_PROSE_2}"


def test_a_question_headline_inside_a_related_list_still_goes():
    text = (f"{ES_PROSE}\n\nTe puede interesar:\n¿Subirá el IBI en 2027?\n"
            f"Cierra la última mercería del casco histórico tras 62 años\n\n{ES_PROSE_2}")
    assert clean_body(text) == f"{ES_PROSE}\n\n{ES_PROSE_2}"


def test_a_danish_disqus_action_row_after_its_vote_count_is_noise():  # generic.noise.north_east
    assert classify(0, "12 Svar Del ›").kind == NOISE
    assert classify(0, "12 kommentarer").kind != NOISE


@pytest.mark.parametrize("text", ["en dag siden", "20 timer siden", "for 2 dage siden"])
def test_danish_relative_times_without_for(text):  # timestamps da/no
    assert is_timestamp(text)


LYNX_THREAD = """   Fra 1. december sejler Gyldenå-færgen ikke længere efter klokken
   20.10 på hverdage. Det har bestyrelsen for Gyldenå Færgeselskab
   besluttet på et ekstraordinært møde mandag aften, og de fire sene
   afgange om ugen har i gennemsnit haft syv passagerer og tre biler med.

   Avatar
   jeg siger bare • en dag siden
   Kommunen finder penge til en ny rundkørsel ved Spøttrup men ikke til
   en færge.

      Avatar
      Poul Erik Dalsgaard Moderator jeg siger bare • en dag siden
      Rundkørslen er betalt af Vejdirektoratet og ikke af kommunen. Vi
      holder borgermøde på færgekroen den 3. december kl. 19.
"""


def test_a_long_disqus_header_ending_in_its_time_is_not_wrapped_into_the_text():  # hard_wrap
    lines = unwrap_hard_breaks(LYNX_THREAD).split("\n")
    assert "      Poul Erik Dalsgaard Moderator jeg siger bare • en dag siden" in lines


def test_a_danish_newsletter_prompt_with_its_button_is_a_subscribe_line():  # subscribe.r24b_da_no_newsletter
    prose = ("Byrådet i Skive behandler færgeselskabets budget igen den 10. december. Indtil da gælder "
             "den nye sejlplan som forsøg frem til marts.")
    text = f"{prose}\n\nFå Limfjordens Avis' nyhedsbrev hver morgen: Tilmeld dig her\n\n{prose} Det er besluttet."
    assert "nyhedsbrev" not in clean_body(text)


LYNX_IMAGE = """   [13]Del på Facebook [14]Del på LinkedIn [15]Send som mail
   [16]Færgen Gyldenå II ved lejet i Kløvenhage.
   Færgen Gyldenå II ved lejet i Kløvenhage. Foto: Jens Bach Ravn

""" + LYNX_THREAD


def test_a_linked_image_over_its_caption_does_not_join_the_share_row_above():  # hard_wrap._alt_over_caption
    lines = unwrap_hard_breaks(LYNX_IMAGE).split("\n")
    assert lines[:2] == ["   [13]Del på Facebook [14]Del på LinkedIn [15]Send som mail",
                         "   [16]Færgen Gyldenå II ved lejet i Kløvenhage."]


CS_THREAD = """6 komentářů u „Pivovar v Lhotce znovu vaří“

 1. Karel Hrubý napsal:
    14. 11. 2026 v 19:05

    Konečně! Děda mi vyprávěl, že se tam vařilo až do znárodnění.

    Odpovědět
 2. sousedka z Lipové napsal:
    15. 11. 2026 v 10:47

    Přes humna je to polní cesta, budou jezdit zase ulicí.

    Odpovědět

Napsat komentář

Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *

Komentář *

Nejnovější příspěvky

  • Hasiči z Věšína slaví sto let
  • Rožmitál opraví lávku přes Skalici
"""


def test_czech_wordpress_count_heading_naming_the_post():  # generic.count.cs
    assert split_comment_block(CS_THREAD).declared_count == 6


def test_czech_form_notice_as_one_line_is_form():  # wordpress.form.core_translations
    assert classify(0, "Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *").kind == FORM


def test_recent_posts_widget_ends_the_thread():  # wordpress.end.r24b_recent_posts_widget
    section = split_comment_block(CS_THREAD)
    assert [c.author for c in section.comments] == ["Karel Hrubý", "sousedka z Lipové"]
    assert classify(0, "Nejnovější příspěvky").kind == END


def test_czech_wordpress_categories_and_tags_line_is_no_body():  # footer.r24b_wp_terms_central
    prose = ("V bývalém obecním pivovaru v Lhotce pod Třemšínem se po 71 letech znovu vaří pivo. První "
             "várku uvařil v pátek sládek Ondřej Vávra se dvěma pomocníky.")
    text = f"{prose}\n\nRubriky: Obce, Podnikání | Štítky: Lhotka pod Třemšínem, pivovar, Vávra"
    assert clean_body(text) == prose


CS_PROSE = "Text článku je dost dlouhý na to, aby se četl jako odstavec prózy v tomto místě stránky."


def test_czech_wordpress_post_line_gives_date_and_author():  # r24b_published_date_then_author_cs_sk
    byline = extract_byline(f"Pivovar znovu vaří\n\nZveřejněno 14. 11. 2026 autor: Radek Šimůnek\n\n{CS_PROSE}")
    assert (byline.author, byline.published_date) == ("Radek Šimůnek", date(2026, 11, 14))


@pytest.mark.parametrize("name", ["Radek Šimůnek", "Łukasz Żak"])
def test_names_with_latin_extended_capitals(name):  # fragments.NAME
    assert extract_byline(f"Pivovar znovu vaří v obci\n\nAutor: {name}\n\n{CS_PROSE}").author == name


def test_a_skip_link_above_the_logo_does_not_hide_the_masthead():  # metadata_publisher._above_logo
    text = ("[Skip to content](#main)\n\n[![The Fenwick Gazette](https://fenwick.example/logo.png)]"
            "(https://fenwick.example/)\n\n# Title of the story here\n")
    assert find_logo_masthead(text) == "The Fenwick Gazette"


def test_a_reader_services_numbered_alt_text_is_the_logos_name():  # metadata_publisher._READER_ALT_NUMBER
    text = "[![Image 1: Wetterau-Bote](https://wb.example/logo.svg)](https://wb.example/)\n\n# Title\n"
    assert find_logo_masthead(text) == "Wetterau-Bote"
