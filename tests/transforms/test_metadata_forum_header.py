"""Metadata of forum threads whose header and poster box a text dump breaks up (round 25a:
Simple Machines in Spanish through lynx)."""

from transforms.metadata import extract_byline
from transforms.metadata_title import extract_title

SMF_LYNX = """Foro de Vecinos de Almenara del Río
  * Inicio
  * Ayuda
  * Buscar
  * Ingresar
  * Registrarse

Foro de Vecinos de Almenara del Río » Vida municipal » El puente de hierro cierra tres meses: ¿por dónde pasamos?

Autor Tema: El puente de hierro cierra tres meses: ¿por dónde pasamos?
(Leído 2.318 veces)

0 Usuarios y 2 Visitantes están viendo este tema.

Lucía Ferrán
  * Vecina veterana
  * *****

    Mensajes: 1.732

El puente de hierro cierra tres meses: ¿por dónde pasamos?

« en: 03 Diciembre 2026, 18:22:41 »

Acaba de salir el bando: el puente de hierro sobre el Guadiel cerrará al tráfico del 12 de enero al 10 de abril.
"""


def test_smf_topic_header_gives_the_title_when_its_read_count_wrapped_to_the_next_line():
    assert extract_title(SMF_LYNX) == "El puente de hierro cierra tres meses: ¿por dónde pasamos?"


def test_rank_pips_between_a_custom_user_title_and_the_poster_box():
    assert extract_byline(SMF_LYNX).author == "Lucía Ferrán"  # not the custom rank 'Vecina veterana'


def test_forum_menu_words_are_no_masthead():
    # 'Ayuda' over 'Buscar' / 'Ingresar' was read as the site's name
    assert extract_byline(SMF_LYNX).publisher == "Foro de Vecinos de Almenara del Río"
    phpbb = "Ostholstein-Forum\n\nSchnellzugriff\nFAQ\nAnmelden\nRegistrieren\n\nForen-Übersicht ‹ Allgemeines\n\nNeue Buslinie nach Eutin\n"
    assert extract_byline(phpbb).publisher != "Schnellzugriff"
