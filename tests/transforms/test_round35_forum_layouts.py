"""Round 35 (helper fix35c): forum threads in the eval set's pages re-printed as other savers
print them (benchmarks/eval_cleaning.py --layout).
- A forum signature right over the post's 'Reply with quote' button was read as the next
  poster's name: the button, then the next post's number and time, look like a poster box under
  a name (comment_context._ends_signature). A line right over that button is the post's last
  line; German phpBB/vBulletin 'Mit Zitat antworten' and English 'Reply with quote' join the
  button rule (comment_widgets.json, forum.noise.r34_reply_with_quote_buttons).
- A markdown save (markdown-links) links Reddit's chrome lines: '[nivel 2](https://...#nivel-2)'
  or '[hace 7 h](...)' alone on a line are long only by their target and ran on into the
  poster's 'u/[name](...)' line as a wrapped paragraph would (hard_wrap._may_run_on).
- Old Reddit's collapse button before the linked name ('[–][grumpy_cabbie](...)') was read as
  a reference link ('[–][grumpy_cabbie]'), and a deleted comment's bracketed placeholder as a
  link ('[[eliminado]](...)') was not read at all (lines._LINK).
- A line under a lead image without alt text that leads into the text under it ('..., os lo
  pego:') or asks a question is no caption (boilerplate_lines._caption_under_image).
"""
import textwrap

import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, classify
from transforms.comments import split_comment_section
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.lines import plain_line

PROSE = ("Der Gemeinderat hat am Dienstag über die neue Wärmeplanung beraten, und viele Bürger kamen in den "
         "Saal, um die Pläne für das Nahwärmenetz und die Förderung zu hören. ") * 3


def _comments(thread: str):
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return section.comments


# -- a signature over the post's 'Mit Zitat antworten' button ----------------------------------

VBULLETIN_DE_NO_BLANK_LINES = textwrap.dedent("""\
    #2
    03.12.2026, 21:02
    Kältemittel-Kai
    Erfahrener Benutzer
    Registriert seit: 11.2014
    Beiträge: 3.412
    Probier zuerst den Test mit der Vorlauftemperatur: Stell den Kessel einen Winter lang auf 50 Grad.
    Mit Zitat antworten
    #3
    Gestern, 07:48
    Sonnenseite
    Benutzer
    Registriert seit: 05.2019
    Beiträge: 214
    Wir haben ein Haus von 1958, nur die Heizkörper im Wohnzimmer und im Bad getauscht.
    __________________
    PV 9,8 kWp, WP seit 2022
    Mit Zitat antworten
    #4
    Gestern, 12:30
    HausbauerNRW
    Benutzer
    Registriert seit: 02.2021
    Beiträge: 87
    @Sonnenseite Danke, das macht Mut. Welche Heizkörper habt ihr genommen?
    Mit Zitat antworten
    """)


def test_a_signature_over_the_quote_reply_button_ends_the_post():
    comments = _comments(VBULLETIN_DE_NO_BLANK_LINES)
    assert [c.author for c in comments] == ["Kältemittel-Kai", "Sonnenseite", "HausbauerNRW"]
    assert all("PV 9,8 kWp" not in c.body and "Mit Zitat" not in c.body for c in comments)


@pytest.mark.parametrize("line", ["Mit Zitat antworten", "Reply with quote", "Répondre en citant",
                                  "Responder citando", "Rispondi citando"])
def test_quote_reply_buttons_are_post_chrome(line):
    assert classify(0, line).kind == NOISE


def test_a_short_name_over_a_poster_box_still_ends_a_signature():
    thread = textwrap.dedent("""\
        #1
        03.12.2026, 20:14
        Sonnenseite
        Benutzer
        Beiträge: 214
        Wir haben ein Haus von 1958, nur die Heizkörper im Wohnzimmer und im Bad getauscht.
        __________________
        PV 9,8 kWp, WP seit 2022
        #2
        03.12.2026, 21:02
        Kältemittel-Kai
        Erfahrener Benutzer
        Beiträge: 3.412
        Probier zuerst den Test mit der Vorlauftemperatur, das sagt mehr als jedes Angebot.
        """)
    assert [c.author for c in _comments(thread)] == ["Sonnenseite", "Kältemittel-Kai"]


# -- a markdown save's linked chrome lines are no wrapped paragraph ------------------------------

def test_a_linked_level_marker_or_time_does_not_run_on_into_the_posters_line():
    page = "\n".join([
        "[Buscar comentarios](https://www.news.example/hilo#buscar-comentarios)",
        "u/[pasiego_de_vega](https://www.news.example/u/pasiego_de_vega) · hace 6 h",
        "Lo anunció el Gobierno en el boletín del viernes: lo suprimen hasta marzo.",
        "[nivel 2](https://www.news.example/mi-inmobiliaria-no-me-devuelve-el#nivel-2)",
        "u/[lechuza_del_cerro](https://www.news.example/u/lechuza_del_cerro)",
        "[hace 8 h](https://www.news.example/mi-inmobiliaria-no-me-devuelve-el#hace-8)",
        "u/[pablito_rivera_82](https://www.news.example/u/pablito_rivera_82)",
        "[nivel 3](https://www.news.example/mi-inmobiliaria-no-me-devuelve-el#nivel-3)",
        "u/[ConserjeJubilado](https://www.news.example/u/conserjejubilado)",
    ])
    assert unwrap_hard_breaks(page) == page


def test_a_wrapped_paragraph_with_a_link_alone_on_a_line_still_runs_on():
    page = "\n".join([
        "Der Gemeinderat hat am Dienstag lange über die neue Wärmeplanung",
        "beraten, und viele Bürger kamen in den Saal. Alle Unterlagen stehen in",
        "[den Sitzungsunterlagen](https://www.news.example/gemeinderat/sitzung)",
        "und werden von der Verwaltung in den nächsten Wochen noch ergänzt, bevor",
        "der Rat im Januar darüber abstimmt.",
    ])
    assert unwrap_hard_breaks(page).count("\n") == 0


# -- links next to brackets --------------------------------------------------------------------

@pytest.mark.parametrize("raw, plain", [
    ("[–][grumpy_cabbie](https://www.news.example/u/grumpy_cabbie) 27 points 4 hours ago",
     "[–]grumpy_cabbie 27 points 4 hours ago"),
    ("[[eliminado]](https://www.news.example/hilo#eliminado)", "[eliminado]"),
    ("[[removed]](https://www.news.example/thread#removed)", "[removed]"),
    ("[Pages: [1]   Go Down](https://www.news.example/topic#pages-1)", "Pages: [1] Go Down"),
    ("[Reddit][1] said so", "Reddit said so"),  # a reference link still reads as its text
])
def test_links_beside_or_around_brackets_read_as_the_page_prints_them(raw, plain):
    assert plain_line(raw) == plain


def test_a_linked_smf_pager_with_its_page_number_is_chrome():
    assert classify(0, "[Pages: [1]   Go Down](https://www.news.example/topic#pages-1)").kind != "text"


def test_old_reddit_collapsed_names_in_a_markdown_save_are_the_authors():
    thread = textwrap.dedent("""\
        [–][grumpy_cabbie](https://www.news.example/u/grumpy_cabbie) 27 points 4 hours ago
        Of course it made a difference for you, you were not the one sitting on Magdalen Road.
        permalink embed save report reply

            [–][pedal_pusher_ox](https://www.news.example/u/pedal_pusher_ox)[S] 15 points 4 hours ago
            The report says Magdalen Road peak times went up by ninety seconds on average.
            permalink embed save parent report reply

                [–]deleted 2 points 3 hours ago
                [[removed]](https://www.news.example/council#removed)
                permalink embed save parent report reply

        [–][mrs_d_from_divinity](https://www.news.example/u/mrs_d_from_divinity) 5 points 1 hour ago
        We signed the petition because the lorries to the Cowley works were sent down our road.
        permalink embed save report reply
        """)
    comments = _comments(thread)
    assert [c.author for c in comments] == ["grumpy_cabbie", "pedal_pusher_ox", "mrs_d_from_divinity"]


# -- a line leading into the text under a lead image is no caption -------------------------------

OPENING = ("La Xunta ha confirmado que la estación de ITV de Lalín cerrará del 3 al 24 de junio para renovar las "
           "líneas de inspección de vehículos pesados y ampliar la zona de espera de los turismos.")


@pytest.mark.parametrize("lead", ["Lo acabo de ver en el periódico, os lo pego:", "Bonjour à toutes et à tous,",
                                  "¿Alguien sabe si abrirán los sábados?"])
def test_a_line_leading_into_the_text_under_a_lead_image_is_no_caption(lead):
    text = f"![](https://foro.example/images/9.jpg)\n\n{lead}\n\n{OPENING}"
    assert clean_body(text).startswith(lead)


def test_a_short_description_under_an_image_is_still_a_caption():
    text = f"![](https://foro.example/images/9.jpg)\n\nLa estación de ITV de Lalín, la semana pasada.\n\n{OPENING}"
    assert clean_body(text) == OPENING


# -- a picture under a signature separator is the signature's ---------------------------------

POST = ("Der Vorstand hat die neue Heckenordnung per Aushang bekanntgegeben, ohne dass die "
        "Mitgliederversammlung darüber abgestimmt hat. Hat jemand Erfahrung damit?")


def test_a_signature_under_a_picture_under_the_separator_is_no_article_text():
    text = (f"{POST}\n--\n![](https://www.news.example/images/10.jpg)\n\n"
            "[Gruß aus Parzelle 41](https://www.news.example/thema#gruss-aus)\n"
            "![](https://www.news.example/images/12.jpg)\n\n"
            "[Beitrag melden](https://www.news.example/thema#melden) · [Zitieren](https://www.news.example/thema#zitieren)")
    assert clean_body(text) == POST


def test_a_paragraph_after_the_signature_under_a_picture_stays():
    closing = ("Nachtrag: Der Vorstand hat inzwischen geantwortet und will die Ordnung auf der nächsten "
               "Mitgliederversammlung zur Abstimmung stellen, die im Februar stattfindet.")
    text = f"{POST}\n--\n![](https://www.news.example/images/10.jpg)\n\nGruß aus Parzelle 41\n\n{closing}"
    assert clean_body(text) == f"{POST}\n\n{closing}"

