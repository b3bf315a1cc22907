"""Round 10b: Talkyard and Cusdis read from saved markup, '@username' replies, and the pieces a
`get_text("\\n")` dump of a WordPress page cuts apart ('Name' / 'sagt:', the split required-fields
notice, 'Beitrags-Navigation' under the thread)."""
import datetime as dt
import html as html_lib

import pytest

from transforms.comment_lines import END, FORM, NOISE, classify
from transforms.document import build_records
from transforms.flat_layout import rejoin_split_attributions
from tests.transforms.html_sections import read_section as _read


def _frame(body: str) -> str:
    return f'<iframe srcdoc="{html_lib.escape("<html><body>" + body + "</body></html>")}"></iframe>'


def _talkyard_post(name: str, user: str, text: str, replies: str = "") -> str:
    return (f'<li><div class="dw-t"><div class="dw-p"><div class="dw-p-hd"><a class="dw-p-by esP_By">'
            f'<span class="esP_By_F">{name}</span> <span class="esP_By_U">@{user}</span></a> '
            f'<span class="esP_H_At">2 days ago</span></div><div class="dw-p-bd"><p>{text}</p></div></div>'
            f'<div class="dw-p-as"><button>Reply</button><button>3</button></div>'
            + (f'<ol class="dw-res">{replies}</ol>' if replies else "") + "</div></li>")


TALKYARD = _frame(
    '<div class="dw-cmts-tlbr"><span class="dw-cmts-count">4 comments</span><button>Log In</button></div>'
    '<ol class="dw-res">'
    + _talkyard_post("Ann Roe", "annr", "The hall is too small.", _talkyard_post("Bo Li", "boli", "Use the school."))
    + '<li><div class="dw-t"><div class="dw-p"><div class="dw-p-bd"><p>(Comment deleted)</p></div></div></div></li>'
    + _talkyard_post("Cy Moss", "cymoss", "@boli the school is closed on Saturdays.")
    + "</ol>")


def test_talkyard_threads_handles_and_deleted_posts():
    found = _read(f'<section class="comments">{TALKYARD}</section>')
    assert found.widget == "talkyard"
    got = [(c.author, c.body, c.parent_position) for c in found.section.comments]
    assert got == [("Ann Roe", "The hall is too small.", None), ("Bo Li", "Use the school.", 1),
                   ("Cy Moss", "@boli the school is closed on Saturdays.", 2)]  # '@boli' is Bo Li's handle
    assert found.section.declared_count == 4


def _cusdis_item(name: str, when: str, text: str, replies: str = "", mod: bool = False) -> str:
    badge = '<div class="mr-2 bg-gray-500 text-xs font-bold px-2 rounded">MOD</div>' if mod else ""
    nest = f'<div class="pl-4 border-l-2 border-gray-200">{replies}</div>' if replies else ""
    return (f'<div class="my-4"><div class="flex items-center"><div class="mr-2 font-medium">{name}</div>{badge}</div>'
            f'<div class="text-gray-500 text-sm">{when}</div><div class="text-gray-500 my-2"><p>{text}</p></div>'
            f'<div><button class="font-medium text-sm">Répondre</button></div>{nest}</div>')


CUSDIS = ('<div id="cusdis_thread" data-host="https://cusdis.com">' + _frame(
    '<div class="mt-4 px-1"><label for="nickname">Pseudo</label><input name="nickname"><button>Envoyer</button></div>'
    '<div class="mt-4 px-1">'
    + _cusdis_item("Yann", "2026-12-04 21:12", "Merci pour le compte rendu.",
                   _cusdis_item("Gaëlle", "2026-12-05 08:03", "Merci Yann !", mod=True))
    + _cusdis_item("Soizic", "2026-12-05 09:47", "La passerelle, c'est le minimum.")
    + '</div><div class="text-center text-xs my-4"><a>propulsé par Cusdis</a></div>') + "</div>")


def test_cusdis_items_names_dates_and_nesting():
    found = _read(CUSDIS)
    assert found.widget == "cusdis"
    got = [(c.author, c.body, c.parent_position, c.posted_at) for c in found.section.comments]
    assert got == [("Yann", "Merci pour le compte rendu.", None, dt.datetime(2026, 12, 4, 21, 12)),
                   ("Gaëlle", "Merci Yann !", 1, dt.datetime(2026, 12, 5, 8, 3)),  # the MOD badge is no part of the name
                   ("Soizic", "La passerelle, c'est le minimum.", None, dt.datetime(2026, 12, 5, 9, 47))]


@pytest.mark.parametrize("line, kind", [
    ("(Comment deleted)", NOISE),
    ("(Beitrag gelöscht)", NOISE),
    ("Erforderliche Felder sind mit", FORM),
    ("markiert", FORM),
    ("Required fields are marked", FORM),
    ("Beitrags-Navigation", END),
    ("Navigation des articles", END),
])
def test_split_page_pieces_are_chrome(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("lines, joined", [
    (["Klaus Wiemer", "sagt:", "2. Dezember 2026 um 19:04 Uhr"], ["Klaus Wiemer sagt:", "2. Dezember 2026 um 19:04 Uhr"]),
    (["Ana Gil", "dice:"], ["Ana Gil dice:"]),
    (["Unsere Einschätzung", "Fazit:"], ["Unsere Einschätzung", "Fazit:"]),  # no 'says' verb: two lines
    (["Er sagte es so deutlich, dass alle im Saal es hörten und niemand widersprach, nicht einmal der Landrat",
      "sagt:"], None),  # a sentence above a bare verb is no name
])
def test_bare_says_verb_rejoins_its_name(lines, joined):
    text, at = rejoin_split_attributions("\n".join(lines))
    assert text.split("\n") == (joined or lines)
    assert at == ([0] if joined and len(joined) < len(lines) else [])


PROSE = ("Die Linden an der Allee sollen im kommenden Winter gefällt und durch junge Bäume ersetzt werden, "
         "teilte das Landratsamt am Montag mit.")


def test_flat_wordpress_dump_reads_names_split_from_says():
    page = ["Kurier", "Start", "Lokales", "Die Allee wird gefällt", PROSE,
            "Ein Gutachten hatte bei mehr als der Hälfte der Bäume Fäulnis im Stamm festgestellt, sagte eine Sprecherin.",
            "Schlagwörter:", "Allee", "Teilen mit:", "Facebook", "2 Gedanken zu „Die Allee wird gefällt“",
            "Klaus Wiemer", "sagt:", "2. Dezember 2026 um 19:04 Uhr", "Ich hätte gern das Gutachten gesehen.", "Antworten",
            "Herbert", "sagt:", "2. Dezember 2026 um 21:15 Uhr", "@Klaus Wiemer es liegt im Landratsamt aus.", "Antworten",
            "Schreibe einen Kommentar", "Erforderliche Felder sind mit", "*", "markiert", "Kommentar", "Name",
            "Beitrags-Navigation", "Vorheriger Beitrag:", "Adventskonzert in der Kirche", "Impressum"]
    records = build_records("a.txt", "c", "h", "\n".join(page).encode())
    comments = [(c["author"], c["body"], c["parent_position"]) for c in records.comments]
    assert comments == [("Klaus Wiemer", "Ich hätte gern das Gutachten gesehen.", None),
                        ("Herbert", "@Klaus Wiemer es liegt im Landratsamt aus.", 1)]
    body = records.articles[0]["body"]
    assert PROSE in body and "Gedanken" not in body and "Klaus" not in body


def test_html_author_from_byline_element_loses_the_byline_word():
    from transforms.html_page import read_html

    page = ('<html lang="fr"><head><title>Voie verte</title></head><body><article><h1>Voie verte</h1>'
            '<div class="entry-meta"><span class="posted-on">Publié le <time datetime="2026-12-04">4 décembre 2026</time></span> '
            '<span class="byline">par <span class="author vcard">Gaëlle Le Bihan</span></span></div>'
            + "<p>" + "Le département a présenté mardi soir le tracé définitif de la voie verte. " * 6 + "</p></article></body></html>")
    assert read_html(page.encode()).author == "Gaëlle Le Bihan"  # trafilatura reads 'Par Gaëlle Le Bihan'


@pytest.mark.parametrize("header, author, date", [
    (["Posted on", "June 8, 2019", "by", "Agnes Porter"], "Agnes Porter", dt.date(2019, 6, 8)),
    (["Publié le", "2 octobre 2021", "par", "Yann Le Goff"], "Yann Le Goff", dt.date(2021, 10, 2)),
    (["Veröffentlicht am", "2. Dezember 2026", "von", "Tobias Kern"], "Tobias Kern", dt.date(2026, 12, 2)),
])
def test_byline_cut_at_its_spans_is_read_whole(header, author, date):
    from transforms.metadata import extract_byline

    text = "\n".join(["Home", "News", "Headline of the story", *header,
                      "Prose of the article that runs long enough to be read as its first paragraph, not a byline."])
    byline = extract_byline(text)
    assert (byline.author, byline.published_date) == (author, date)
