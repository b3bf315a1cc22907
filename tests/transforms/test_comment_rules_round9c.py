"""Round 9c rules (tests/eval/cleaning/README.md, "Round 9c"): twelve pages written blind in
eight languages, saved as plain text, markdown and scraper records; one small case per rule
entry or structural signal added for them."""
import pytest

from transforms import body_lines, boilerplate

from transforms.comment_lines import ANCHOR, NOISE, TEXT, WIDGET, classify, explicit_author, quote_target
from transforms.comment_names import without_role_suffix
from transforms.comments import split_comment_block
from transforms.json_records import byline_from_fields
from transforms.metadata_title import extract_title
from transforms.timestamps import is_timestamp
from transforms.comment_names import split_handle


@pytest.mark.parametrize("line, kind", [
    ("Afficher 1 réponse de plus", NOISE),  # generic.noise.r9c_more_replies_hidden
    ("3 weitere Antworten anzeigen", NOISE),
    ("Ver 2 respuestas más", NOISE),
    ("Mostra altre 2 risposte", NOISE),
    ("Vit à Lans-en-Vercors", NOISE),  # facebook.noise.badges.r9c_lives_rising
    ("Fan en progression", NOISE),
    ("Equipe Jornal da Ilha", NOISE),  # generic.noise.r9c_staff_team_badge
    ("Equipe fraca este ano.", TEXT),
    ("Redazione Valmarina", TEXT),  # a newsroom signing its own comment is a name
    ("Comentário excluído pelo autor.", NOISE),  # generic.noise.r9c_pt_removed
    ("Entrar | Cadastre-se", WIDGET),  # openweb.widget.r9c_pt_es
    ("O que você achou?", WIDGET),
    ("Ao comentar, você concorda com as Diretrizes da Comunidade.", WIDGET),
    ("Al comentar aceptas las Normas de la comunidad y la Política de privacidad.", WIDGET),
    ("Impulsado por OpenWeb", ANCHOR),  # openweb.anchor.r9c_powered_by
    ("Ostatnio edytowany 1 dzień temu przez Marek z Podgórza", NOISE),  # wpdiscuz.noise.r9c_edited_pl_sv
    ("Zobacz wszystkie komentarze", WIDGET),  # wpdiscuz.widget.r9c_pl
    ("Opinie w linii", WIDGET),
    ("Najnowsze Najwięcej głosów", WIDGET),
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, author, parent", [  # newspaper.author.r9c_replies_to_present
    ("Marco Bellini risponde a Giulia R.", "Marco Bellini", "Giulia R."),
    ("Anna replies to Tom", "Anna", "Tom"),
    ("Luc répond à @Marie", "Luc", "@Marie"),
])
def test_present_tense_reply_header(line, author, parent):
    found = explicit_author(line)
    assert (found.name, found.parent_name.lstrip("@")) == (author, parent.lstrip("@"))


def test_present_tense_needs_a_capital_name():
    assert explicit_author("Il Comune risponde a tutte le domande") is None


@pytest.mark.parametrize("line, expected", [
    ("Abonné  Gilbert Pons", ("Gilbert Pons", None)),  # a badge before the name: no parent
    ("Duncan R.  Morag Lindsay", ("Duncan R.", "Morag Lindsay")),  # Disqus: the name replied to
])
def test_badge_before_the_name_on_the_author_line(line, expected):
    assert split_handle(line) == expected


@pytest.mark.parametrize("line, kind", [
    ("Autor Tema: Cierran los huertos del Soto (Leído 1.284 veces)", WIDGET),  # forum.widget.r9c_smf_translated
    ("0 Usuarios y 1 Visitante están viendo este tema.", WIDGET),
    ("Páginas: [1] Ir abajo", WIDGET),
    ("En línea", WIDGET),
    ("Usuario Héroe", NOISE),  # forum.noise.r9c_smf_ranks_karma
    ("Moderadora Global", NOISE),
    ("Karma: +48/-2", NOISE),
    ("(inlägget drogs tillbaka av författaren och raderas automatiskt om 24 timmar om det inte flaggas)", NOISE),
    ("(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)", NOISE),
])
def test_forum_chrome(line, kind):  # forum.noise.r9c_discourse_withdrawn for the last two
    assert classify(0, line).kind == kind


def test_smf_quote_header_ends_before_the_date():  # forum.reply.originally, 'en' before the date
    assert quote_target("Cita de: Teo_Garcés en 02 Diciembre 2026, 20:03:51") == "Teo_Garcés"


def test_swedish_reply_button_counts_replies():  # generic.reply_count.r9c_nordic_svar
    assert classify(0, "1 svar").replies == 1
    assert classify(0, "skapad 3 dec · senaste svar 5 tim · 7 svar · 412 visningar").count == 7


def test_swedish_short_relative_time():  # timestamps.json, sv '5 tim'
    assert is_timestamp("5 tim") and not is_timestamp("7 svar")


@pytest.mark.parametrize("name, expected", [
    ("bjorn_mod Moderator", "bjorn_mod"),  # a user handle, then the role badge
    ("Carmen Ruiz Mod", "Carmen Ruiz"),
    ("Carmen Mod", "Carmen Mod"),  # one plain word: the badge may be the name's own
])
def test_role_suffix_after_a_handle(name, expected):
    assert without_role_suffix(name) == expected


_SMF_RANKS = """**Pilar Ezquerra**
- Moderadora Global
- Héroe del huerto
- Mensajes: 2.310

« en: 02 Diciembre 2026, 19:14:08 »

El Ayuntamiento cierra las parcelas del Soto en febrero por las obras.

**Teo_Garcés**
- Usuario Héroe
- Jardinero de balcón
- Mensajes: 512

« Respuesta #1 en: 02 Diciembre 2026, 20:03:51 »

¿Y los frutales? Yo tengo dos ciruelos de siete años.
"""


def test_forum_rank_of_its_own_under_a_known_rank_is_no_author():  # comment_chrome._mark_custom_ranks
    section = split_comment_block(_SMF_RANKS)
    assert [c.author for c in section.comments] == ["Pilar Ezquerra", "Teo_Garcés"]


_DISCOURSE = """[alva](https://forum.example.se/u/alva)

[3 dec](https://forum.example.se/t/badplats/12/2)

Vem betalar livräddarna på sommaren, kommunen eller föreningen?

1 svar

[bo_k](https://forum.example.se/u/bo_k)

[4 dec](https://forum.example.se/t/badplats/12/3)

Vi har samma problem vid sjön här uppe, ingen vet vem som ansvarar.

[cilla](https://forum.example.se/u/cilla)

[![](https://forum.example.se/user_avatar/alva/24.png) alva](https://forum.example.se/t/badplats/12/2)

[4 dec](https://forum.example.se/t/badplats/12/4)

Kommunen, enligt budgeten för i år.
"""


def test_discourse_reply_tab_names_the_parent_and_reply_count_heads_none():  # comment_context._reply_tab
    section = split_comment_block(_DISCOURSE)
    assert [(c.author, c.parent_position) for c in section.comments] == [("alva", None), ("bo_k", None), ("cilla", 1)]


@pytest.mark.parametrize("line, kind", [
    ("Wir und unsere 148 Partner speichern und verarbeiten Daten auf Ihrem Gerät, um Inhalte zu personalisieren.", "cookie"),
    ("We and our 212 partners store and access information on your device to measure ads.", "cookie"),
    ("🎧 Podcast: The Gazette Daily – Why does the Kell keep flooding? (18 min)", "caption"),  # caption.r9c_podcast_embed
    ("Play episode", "caption"),
    ("Folge anhören", "caption"),
])
def test_body_boilerplate_lines(line, kind):  # cookie.r9c_consent_partners for the first two
    assert body_lines.matches((kind,), line)


@pytest.mark.parametrize("line", [
    "We and our partners at the food bank served 300 meals on Sunday.",  # no data verbs: prose
    "The podcast host said the episode would air next week.",
])
def test_body_prose_stays(line):
    assert not body_lines.matches(("cookie", "caption"), line)


_PROSE = "Punkt 17 Uhr gingen am Freitag auf dem Marktplatz die Lichter an, und rund 2.000 Menschen kamen zur Eröffnung."
_GLUED = ("Der Kinderchor eröffnete das Programm mit vier Liedern. Chorleiterin Miriam Eckert hatte seit den "
          "Herbstferien jeden Dienstag mit den 38 Kindern geprobt, sagte sie am Abend.")


def test_credit_takes_its_caption_but_not_prose_glued_under_it():  # boilerplate_lines._prose_of_sentences
    page = f"{_PROSE}\n\nDer Kinderchor sang „Tochter Zion“.\nFoto: Sabine Ruhland\n{_GLUED}"
    assert boilerplate.clean_body(page) == f"{_PROSE}\n\n{_GLUED}"


def test_summary_box_above_the_first_paragraph_is_article_text():  # factbox.r9c_key_points, boilerplate._opens_summary
    page = ("# River breaches defences\n\n**By Tamsin Achebe**\n\n**Key points**\n\n"
            "- About 300 homes are being evacuated\n- The river peaked at 4.1 metres\n\n" + _PROSE)
    assert boilerplate.clean_body(page, "River breaches defences").startswith(
        "Key points\n\nAbout 300 homes are being evacuated\nThe river peaked at 4.1 metres")


def test_trafilatura_record_publisher_is_the_site_name_not_the_page_url():  # json_records._PAGE_URL
    record = {"source": "https://westcoastobserver.co.uk/news/islands/ferry", "source-hostname": "West Coast Observer",
              "hostname": "westcoastobserver.co.uk"}
    assert byline_from_fields(record).publisher == "West Coast Observer"
    assert byline_from_fields({"source": "https://www.strategic-culture.org/"}).publisher == "strategic-culture.org"
    # newspaper3k names no outlet: the site root in `source_url` gives its domain
    assert byline_from_fields({"source_url": "https://ortsblog-kleinvelden.de"}).publisher == "ortsblog-kleinvelden.de"


def test_title_is_found_below_a_consent_notice():  # metadata_title: a noise line of prose is skipped
    page = ("Wir und unsere 148 Partner speichern und verarbeiten Daten auf Ihrem Gerät, um Inhalte zu "
            "personalisieren. Mit einem Klick auf „Zustimmen“ willigen Sie ein.\nZustimmen und weiter\n"
            "Kunstschnee und Kinderchor: So eröffnete der Weihnachtsmarkt\nVon Sabine Ruhland\n\n" + _PROSE)
    assert extract_title(page) == "Kunstschnee und Kinderchor: So eröffnete der Weihnachtsmarkt"


@pytest.mark.parametrize("line, title", [  # metadata.json title_shapes smf_topic_header
    ("Autor Tema: Cierran los huertos del Soto  (Leído 1.284 veces)", "Cierran los huertos del Soto"),
    ("Author\tTopic: Allotment rents to double  (Read 1,284 times)", "Allotment rents to double"),
])
def test_smf_topic_header_gives_the_title(line, title):
    assert extract_title(f"Foro Huertos\n\n{line}\n\nPilar\n\n{_PROSE}") == title


_LINES = [
    "The last evening ferry between Kilcraig and Ardnish will be withdrawn from the spring timetable, the operator confirmed on "
    "Thursday, leaving the island without a crossing after half past seven.",
    "The company said the late sailing carried an average of 23 foot passengers and nine vehicles last winter, and that crewing "
    "it costs about £310,000 a year.",
    "Community council chair Iain Morrison said the decision had been taken without a single conversation with the people who "
    "use the boat every evening of the week.",
]


def test_text_without_blank_lines_has_one_paragraph_per_long_line():  # body_paragraphs._one_per_line
    assert boilerplate.clean_body("\n".join(_LINES)) == "\n\n".join(_LINES)


HN_TITLE = "Show HN: A timetable of every ferry on the island (github.com/kilcraig)"


def test_header_lines_over_paragraph_lines_are_not_part_of_them():  # body_paragraphs._header_over
    """A Hacker News item copied without blank lines: title and points line, then the post."""
    page = "\n".join([HN_TITLE, "214 points by ferrywatch 5 hours ago | flag | hide | past | favorite | 63 comments",
                      *_LINES[:2]])
    assert boilerplate.clean_body(page, title=HN_TITLE) == "\n\n".join(_LINES[:2])


def test_sentence_piece_running_on_in_lower_case_is_not_a_header():
    piece, rest = "The community council chair said the", _LINES[0][0].lower() + _LINES[0][1:]
    page = f"{_PROSE}\n\n" + "\n".join([piece, rest, _LINES[1]])
    assert boilerplate.clean_body(page).split("\n\n")[1] == f"{piece} {rest}"


def test_unwrapped_paragraph_with_one_sentence_end_at_a_line_end_stays_whole():
    page = _LINES[0] + "\nSeveral members said they had never seen so many replies to a consultation."
    assert boilerplate.clean_body(page) == page.replace("\n", " ")


def test_subheading_glued_above_its_paragraph_is_its_own():  # body_paragraphs._glued_subheading
    assert boilerplate.clean_body(f"{_PROSE}\n\nÖffnungszeiten\n{_LINES[1]}") == f"{_PROSE}\n\nÖffnungszeiten\n\n{_LINES[1]}"
