"""Round 12b: a German paper's own 'Leserdebatte' list (item word 'beitrag', its count as
'Leserdebatte · 6 Beiträge', a dek in p.anriss), a blog's count only on the toggle button before
its thread, vote arrows opening a French / Spanish / German action row, a name printed with no
separator before 'hier', Disqus's '‣' reply arrow, a photographer's initials closing a caption,
and a markdown badge in a code span beside the bold name."""
import pytest
from lxml import html as lxml_html

from transforms.body_lines import is_caption
from transforms.comment_lines import COUNT, NOISE, TEXT, classify
from transforms.comments import split_comment_section
from tests.transforms.html_sections import ARTICLE, read_section as _read, rows as _rows
from transforms.html_comments import read_comment_section
from transforms.html_page import read_html
from transforms.lines import plain_line
from transforms.timestamps import split_trailing_timestamp

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3

BEITRAG = ('<article class="db-beitrag"><header><a class="db-nick">{name}</a></header><p class="db-zeit">vor 2 Stunden</p>'
           '<div class="db-inhalt"><p>{text}</p></div><div class="db-wertung">👍 3 👎 0 Antworten Melden</div>{kids}</article>')


def test_german_debate_list_items_named_beitrag():
    reply = BEITRAG.format(name="Bernd Q.", text="Und wer zahlt das?", kids="")
    section = ('<section id="debatte"><h2>Leserdebatte · 2 Beiträge</h2>'
               + BEITRAG.format(name="Helga S.", text="Endlich wieder ein Freibad.",
                                kids=f'<div class="db-unterbeitraege">{reply}</div>') + "</section>")
    found = _read(section)
    assert _rows(found) == [("Helga S.", "Endlich wieder ein Freibad.", None), ("Bernd Q.", "Und wer zahlt das?", 1)]
    assert found.section.declared_count == 2


@pytest.mark.parametrize("line, kind, count", [
    ("Leserdebatte · 6 Beiträge", COUNT, 6),
    ("Diskussion | 12 Beiträge", COUNT, 12),
    # a forum's post total counts the first post: no comment count (round 21a: alone on its line it is
    # a poster's post count under the name, chrome; rule kind post_count)
    ("6 Beiträge", NOISE, None),
    ("Forum · 6 Beiträge", TEXT, None),
])
def test_debate_header_with_posts_is_a_count(line, kind, count):
    parsed = classify(0, line)
    assert (parsed.kind, parsed.count) == (kind, count)


CHARLA = ('<li class="charla-item"><div class="quien"><b>{name}</b></div><div class="cuando">hace 2 horas</div>'
          '<div class="dice"><p>{text}</p></div><div class="botones"><a>Contestar</a></div></li>')


@pytest.mark.parametrize("before, declared", [
    ('<button class="abrir">2 comentarios</button>', 2),
    ('<button class="abrir">Mostrar</button>', None),
])
def test_count_on_the_toggle_button_before_the_thread(before, declared):
    section = (before + '<section class="charla"><h2>Charla</h2><ol class="charla-lista">'
               + CHARLA.format(name="Joaquín S.", text="Qué alegría que vuelva la barca.")
               + CHARLA.format(name="Rosa P.", text="¿Y el horario de invierno?") + '</ol></section>')
    page = f'<html><body><main>{ARTICLE}<div class="contenido">{section}</div></main></body></html>'
    found, _ = read_comment_section(lxml_html.document_fromstring(page))
    if declared is None:  # no count anywhere: nothing marks the list as a thread
        assert found is None or found.section.declared_count is None
        return
    assert len(found.section.comments) == 2
    assert found.section.declared_count == declared


@pytest.mark.parametrize("line", ["▲ 4 ▼ Répondre Partager", "▲ 12 ▼ Responder Compartir", "👍 7 👎 1 Antworten Melden"])
def test_vote_arrows_open_an_action_row(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line, split", [
    ("Karim Belhadj hier", ("Karim Belhadj ", "hier")),
    ("Uwe Kestner gestern", ("Uwe Kestner ", "gestern")),
    ("Ich wohne seit 40 Jahren hier", None),  # prose: a bare day word ends a name only
    ("Wir waren gestern", None),
])
def test_a_day_word_after_a_capitalised_name(line, split):
    assert split_trailing_timestamp(line) == split


def test_triangular_bullet_as_disqus_reply_arrow():
    thread = ("5 Kommentare\n\nPetra Loh • 03.12.2026 20:11\n\nBach zwischen den Maschinen, das war schön.\n\n"
              "▲ 6 ▼ • Antworten • Teilen ›\n\nKlaus Ebner  ‣ Petra Loh • vor 2 Tagen\n\nUnd die Nachbarn?\n\n"
              "▲ 1 ▼ • Antworten • Teilen ›\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [("Petra Loh", None), ("Klaus Ebner", 1)]


@pytest.mark.parametrize("line, caption", [
    ("Hugo Perrichon dans le fournil. Photo A.-S. R.", True),
    ("Der Bürgermeister am Becken. Foto J. W.", True),
    ("Wir haben ihm ein Photo gezeigt.", False),
])
def test_caption_closed_by_a_photographers_initials(line, caption):
    assert is_caption(line) is caption


def test_markdown_code_span_beside_a_bold_name_is_a_badge():
    assert plain_line("- **Odile M.** `Auteur de l'initiative` · il y a 2 jours") == "Odile M. · Auteur de l'initiative · il y a 2 jours"
    assert plain_line("Run `make test` first.") == "Run make test first."


def test_german_anriss_teaser_is_no_body():
    page = ("<html><body><article><h1>Freibad wird saniert</h1><p class=\"rb-anriss\">Nach drei Jahren soll das Bad "
            "wieder öffnen – die Opposition stimmt dagegen.</p>"
            + "<p>Der Stadtrat hat die Sanierung des Freibads beschlossen, die Kosten liegen bei 3,8 Millionen Euro. </p>" * 4
            + "</article></body></html>")
    doc = read_html(page.encode())
    assert "Nach drei Jahren" not in doc.text


def test_byline_role_and_masthead_site_name_from_a_saved_page():
    page = ("<html><head><title>Library opens on Sundays | The Brenford Gazette</title></head><body>"
            "<header><a class=\"brand\">The Brenford Gazette</a></header><article><h1>Brenford library to open on Sundays "
            "from February</h1><div class=\"byline\"><span>By Owen Hartigan</span> <span>Education correspondent</span></div>"
            + "<p>The central library will open on Sundays for the first time in nine years, the council said. </p>" * 4
            + "</article></body></html>")
    doc = read_html(page.encode())
    assert doc.author == "Owen Hartigan"
    assert doc.publisher == "The Brenford Gazette"
