"""Round 9b rules (tests/eval/cleaning/README.md, "Round 9b"): twelve pages written blind and
saved by different tools (lynx, w3m, html2text, pandoc, browser copy, web clippers, an app's
share-as-text); one small case per rule entry or structural signal added for them."""
import pytest

from transforms import body_lines, boilerplate
from transforms.comment_lines import COUNT, NOISE, TEXT, WIDGET, classify
from transforms.comments import split_comment_section
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.readers import parse_file
from transforms.timestamps import is_timestamp, parse_timestamp, split_trailing_timestamp


@pytest.mark.parametrize("line, expected", [
    ("« Antwort #1 am: 03. Dezember 2026, 20:14:11 »", "2026-12-03 20:14:11"),  # prefix (Simple Machines)
    ("« am: 03. Dezember 2026, 19:50:02 »", "2026-12-03 19:50:02"),
    ("« Reply #12 on: December 03, 2026, 08:10:02 PM »", "2026-12-03 20:10:02"),
    ("« Antwort #4 am: Heute um 08:10:02 »", None),  # a day word and a time with seconds: relative
    ("05/12 - 22:40", None),  # r9b_day_month_time: no year, no posted_at
])
def test_timestamps(line, expected):
    assert is_timestamp(line)
    found = parse_timestamp(line)
    assert (str(found) if found else None) == expected


@pytest.mark.parametrize("line", ["3/4", "am: 3", "Reply #3"])
def test_no_timestamps(line):
    assert not is_timestamp(line)


@pytest.mark.parametrize("line, kind", [
    ("« Letzte Änderung: 03. Dezember 2026, 19:58:40 von Holger_K »", NOISE),  # forum.noise.r9b_smf_last_edit
    ("« Last Edit: December 03, 2026, 07:58:40 PM by Holger_K »", NOISE),
    ("The last edit to the plan was made by the council.", TEXT),
    ("## Ihre Meinung ist gefragt", WIDGET),  # generic.widget.r9b_your_opinion
    ("Antworten · 14 Personen gefällt das", NOISE),  # generic.noise.r9b_people_like_this
    ("> Antworten · 1 Person gefällt das", NOISE),
    ("3 people like this", NOISE),
    ("[Alle 11 Beiträge anzeigen](https://x.example/k)", NOISE),  # generic.noise.r9b_show_all_posts
    ("Mehr anzeigen", NOISE),  # disqus.noise.r9b_see_more_intl
    ("Voir plus", NOISE),
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


def test_edit_note_under_the_opening_post_is_no_body():  # footer.r9b_smf_last_edit
    assert body_lines.matches(("footer",), "« Last Edit: December 03, 2026, 07:58:40 PM by Holger_K »")
    assert not body_lines.matches(("footer",), "The last edit to the plan was made by the council.")


OPENING = (
    "Holger_K\nNeuling\n* Beiträge: 14\n\nHeat pumps in old houses\n« am: 03. Dezember 2026, 19:50:02 »\n\n"
    "Wir haben ein Fachwerkhaus von 1911 gekauft und überlegen, eine Wärmepumpe einzubauen. Der Energieberater "
    "meint, das geht, wenn wir vorher das Dach dämmen und zwei Heizkörper tauschen. Der Heizungsbauer sagt dagegen, "
    "unter 55 Grad Vorlauf kriegen wir das Haus nicht warm. Hat jemand hier Erfahrung mit so alten Häusern? Wie hoch "
    "ist euer Verbrauch im Januar?\n\n"
)
REPLY = "{name}\n{rank}\n* Beiträge: {n}\n\nRe: Heat pumps in old houses\n« Antwort #{k} am: 03. Dezember 2026, 2{k}:14:11 »\n\n{text}\n\n"


def test_simple_machines_header_name_and_rank_above_the_profile_field():
    text = OPENING + REPLY.format(name="Energie-Elke", rank="Stammgast", n="2.318", k=1,
                                  text="Lasst euch eine Heizlastberechnung machen.") \
        + REPLY.format(name="Holger_K", rank="Neuling", n="15", k=2, text="Was kostet so was ungefähr?") \
        + REPLY.format(name="Wer billig kauft", rank="Mitglied", n="406", k=3, text="Richtig.")
    article, section = split_comment_section(text)
    assert "Energie-Elke" not in article and "Stammgast" not in article
    assert [(c.author, c.body) for c in section.comments] == [
        ("Energie-Elke", "Lasst euch eine Heizlastberechnung machen."), ("Holger_K", "Was kostet so was ungefähr?"),
        ("Wer billig kauft", "Richtig.")]


def test_emoji_comment_with_a_blank_line_before_its_action_bar():
    text = (
        "Die neue Buslinie fährt ab März viermal täglich nach Zaragoza, teilte die Regierung mit. "
        "Bisher mussten die Fahrgäste in Cariñena umsteigen, die Fahrt dauerte fast zwei Stunden.\n\n"
        "3 comentarios\n\n"
        "Alba Lasheras\nPor fin, mi hija lleva tres años cogiendo dos autobuses.\n\nMe gusta · Responder · 2 d\n\n"
        "Loli Garcés\n👏👏\n\nMe gusta · Responder · 20 h\n\n"
        "Fermín Sancho\n¿Y los fines de semana?\n\nMe gusta · Responder · 1 d\n"
    )
    _, section = split_comment_section(text)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Alba Lasheras", "Por fin, mi hija lleva tres años cogiendo dos autobuses."),
        ("Loli Garcés", "👏👏"), ("Fermín Sancho", "¿Y los fines de semana?")]


def test_discussion_with_the_number_of_posts_is_the_count():  # generic.count.r9b_discussion_n_posts
    found = classify(0, "Diskussion (11 Beiträge)")
    assert (found.kind, found.count) == (COUNT, 11)
    assert classify(0, "Die Diskussion (11 Beiträge) läuft noch").kind == TEXT


@pytest.mark.parametrize("line, expected", [
    ("Ich wohne seit 40 Jahren hier", None),  # a bare day word ends a name only after a separator
    ("Tom yesterday", None),
    ("Marie · hier", ("Marie · ", "hier")),
    ("Tom 3 hours ago", ("Tom ", "3 hours ago")),
])
def test_trailing_day_word(line, expected):
    assert split_trailing_timestamp(line) == expected


def test_a_markdown_link_broken_by_the_wrapper_is_one_line():
    text = "[Wendell Okafor](https://d.example/w) [\nLibraries are not a luxury](https://x.example/#c-6315)\n"
    assert unwrap_hard_breaks(text) == (
        "[Wendell Okafor](https://d.example/w) [ Libraries are not a luxury](https://x.example/#c-6315)\n")
    assert unwrap_hard_breaks("See [the map]\nand the list.\n") == "See [the map]\nand the list.\n"


def test_web_clipper_front_matter_with_lists():
    raw = (
        '---\ntitle: "Anwohner klagen"\nsource: "https://bote.example/a-1"\nauthor:\n  - "[[Marlene Hufnagel]]"\n'
        'published: 2026-12-01\ntags:\n  - "clippings"\n---\nDer Text.\n'
    ).encode()
    [doc] = parse_file("a.md", raw)
    assert (doc.title, doc.author, doc.url, str(doc.published_date)) == (
        "Anwohner klagen", "Marlene Hufnagel", "https://bote.example/a-1", "2026-12-01")
    assert doc.text == "Der Text.\n"


def test_names_in_markdown_headings_with_their_time_under_them():
    text = (
        "Seit sieben Wochen regelt eine Ampel den Verkehr am Kreisel, und seit sieben Wochen staut es sich "
        "morgens bis zur Halle. Drei Familien haben nun Klage beim Verwaltungsgericht eingereicht.\n\n"
        "Diskussion (11 Beiträge)\n\n"
        "#### Renate Kolb\n\n_01.12.2026 um 17:02 Uhr_\n\nDie Ampel ist das Beste für die Schulkinder.\n\n"
        "#### Sven\n\n_gestern, 23:48 Uhr_\n\nDie Unfälle waren an der Einmündung, nicht am Kreisel.\n\n"
        "#### Hanno Wirth\n\n_02.12.2026 um 07:15 Uhr_\n\nStimmt.\n"
    )
    _, section = split_comment_section(text)
    assert [c.author for c in section.comments] == ["Renate Kolb", "Sven", "Hanno Wirth"]


LIVE = (
    "Storm live: coast road shut\n\nFreya Ollerenshaw · Sat 5 Dec 2026\n\n"
    "16:05 GMT\nSea wall holding, says council\n\n"
    "The sea wall at Saltmarsh is holding despite waves overtopping it at high tide, the council's flood warden said.\n\n"
    "13:55 GMT\nPinned\nWhat we know so far\n\n"
    "The Met Office has an amber wind warning in force until 9pm, and gusts of 80mph were recorded at 1pm.\n"
)


def test_live_blog_entry_times_go_and_their_headings_stay():  # live_stamp.r9b_entry_time
    body = boilerplate.clean_body(LIVE, title="Storm live: coast road shut")
    assert body.split("\n\n") == [
        "Sea wall holding, says council",
        "The sea wall at Saltmarsh is holding despite waves overtopping it at high tide, the council's flood warden said.",
        "What we know so far",
        "The Met Office has an amber wind warning in force until 9pm, and gusts of 80mph were recorded at 1pm.",
    ]


def test_author_bio_glued_under_the_last_paragraph_goes():
    text = (
        "Train drivers on the Bay Line voted by 87 percent to strike, their union announced on Thursday.\n"
        "About 41,000 people use the line on a weekday. The first walkout is planned for January 12.\n"
        "Lorcan Whitty is the Tribune's transportation reporter. Reach him at lwhitty@tribune.example.\n"
    )
    assert "Lorcan Whitty" not in boilerplate.clean_body(text)


def test_typed_dash_rule_opens_a_forum_signature():  # comment_lines.SIGNATURE_SEPARATOR
    text = "Merci, va pour la Balme, on y monte samedi avec mon fils.\n——\nOn ne descend jamais aussi vite qu'on est monté.\n"
    assert boilerplate.clean_body(text) == "Merci, va pour la Balme, on y monte samedi avec mon fils."


_PROSE = "\n\nTrain drivers on the Bay Line voted by 87 percent to strike, their union announced on Thursday.\n"


@pytest.mark.parametrize("head, author", [
    # a browser copy's tab-separated dateline (metadata_lines.plain_line: a tab splits items)
    ("Bay Line drivers vote to strike\nLorcan Whitty\tDec 4, 2026 · 6:10 PM ET\t4 min read", "Lorcan Whitty"),
    # a masthead with an outlet word over the byline is no bare name line (metadata_bylines)
    ("Storm live: coast road shut\nThe Fenmoor Gazette\nFreya Ollerenshaw, Connor Beale · Sat 5 Dec 2026",
     "Freya Ollerenshaw, Connor Beale"),
])
def test_byline_metadata(head, author):
    from transforms.metadata import extract_byline
    assert extract_byline(head + _PROSE).author == author


def test_markdown_h1_with_the_site_name_gives_the_headline():  # metadata_title.headline_before_site_name
    from transforms.metadata import extract_title
    text = ("# Cien voluntarios limpian la ría tras el vertido | El Correo del Cantábrico\n\n> ## Excerpt\n"
            "> La cofradía recogió 2,3 toneladas.\n\n---\n\nUn centenar de voluntarios recorrió este domingo los "
            "cuatro kilómetros de orilla entre Arteaga y el puente para retirar los restos del vertido.\n")
    assert extract_title(text) == "Cien voluntarios limpian la ría tras el vertido"


def test_clipper_title_loses_the_site_name_the_page_does_not_print():  # metadata_title.clip_site_name
    raw = ('---\ntitle: "Anwohner klagen gegen die Ampel | Bergsträßer Bote"\n---\n'
           "# Anwohner klagen gegen die Ampel\n\nDer Text.\n").encode()
    assert parse_file("a.md", raw)[0].title == "Anwohner klagen gegen die Ampel"
    raw = '---\ntitle: "Wind | Sun"\n---\nDer Text.\n'.encode()
    assert parse_file("a.md", raw)[0].title == "Wind | Sun"


def test_a_lynx_menu_row_keeps_its_items_apart():  # text_dump._unnumber
    from transforms.text_dump import strip_link_numbers
    text = ("   [1]News [2]Sport [3]Opinion [4]Subscribe\n\nCounty backs the bypass\n\n   [5]Home » [6]News » [7]County\n"
            "   By [8]Tessa B. | [9]Comments\n")
    out = strip_link_numbers(text)
    assert "   News · Sport · Opinion · Subscribe\n" in out
    assert "   Home » News » County\n" in out and "   By Tessa B. | Comments\n" in out


@pytest.mark.parametrize("head, author, date", [
    # rank_words 'Neuling'; forum_post_date '« am: DATE »' (quoted_line no longer ignores it)
    ("Forum Nordhessen\nHolger_K\nNeuling\nBeiträge: 14\nWärmepumpe im Altbau?\n« am: 03. Dezember 2026, 19:50:02 »",
     "Holger_K", "2026-12-03"),
    # forum_post_date: FluxBB's '#1 DATE' above the poster
    ("Forum du Vercors\n#1 04-12-2026 18:22:07\nBertrand_V\nMembre\nMessages: 412\nPas de l'Échelle fermé ?",
     "Bertrand_V", "2026-12-04"),
])
def test_forum_opener_metadata(head, author, date):
    from transforms.metadata import extract_byline
    text = head + "\n\nQuelqu'un sait-il si le sentier est de nouveau praticable après l'éboulement du mois dernier ?\n"
    found = extract_byline(text)
    assert (found.author, str(found.published_date)) == (author, date)
