"""Round 11b: comment sections of saved pages the markup rules did not read (a WordPress block
theme, reply markers printed in a class no reply word names, a body named in Spanish)."""
import pytest
from lxml import html as lxml_html

from tests.transforms.html_sections import read_section as _read, rows as _rows


BLOCK_ITEM = ('<li class="comment depth-{depth}"><div class="wp-block-columns"><div class="wp-block-column">'
              '<div class="wp-block-comment-author-name">{name}</div><div class="wp-block-comment-date"><time datetime="2026-12-01T19:14">'
              '<a href="#c">1. Dezember 2026 um 19:14 Uhr</a></time></div><div class="wp-block-comment-content"><p>{text}</p></div>'
              '<div class="wp-block-comment-reply-link"><a class="comment-reply-link">Antworten</a></div></div></div>{kids}</li>')
BLOCK_THEME = ('<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 Antworten auf „Headline“</h2>'
               '<ol class="wp-block-comment-template">'
               + BLOCK_ITEM.format(depth=1, name='<a rel="external nofollow ugc" href="#">Ute B.</a>', text="Schöne Tour.", kids=(
                   '<ol class="children">' + BLOCK_ITEM.format(depth=2, name="Felix", text="Danke, Ute.", kids="") + "</ol>"))
               + '</ol><div id="respond" class="comment-respond"><form class="comment-form"><p class="comment-form-author">'
               '<label for="author">Name *</label> <input id="author"></p><p class="comment-form-comment"><label>Kommentar *</label>'
               '<textarea></textarea></p></form></div></div>')


def test_wordpress_block_theme_comments_are_read_by_the_wordpress_rule():
    found = _read(BLOCK_THEME)
    assert found.widget == "wordpress"
    assert _rows(found) == [("Ute B.", "Schöne Tour.", None), ("Felix", "Danke, Ute.", 1)]
    assert found.section.declared_count == 2


FLAT_ITEM = ('<div class="lf-item"><div class="lf-kopf"><strong class="lf-nick">{name}</strong></div>'
             '<div class="lf-zeit">02.12.2026, 18:22 Uhr</div>{marker}<div class="lf-text"><p>{text}</p></div>'
             '<div class="lf-aktion">Gefällt mir (3) | <a>Antworten</a></div></div>')


@pytest.mark.parametrize("marker", ["Antwort auf Jens P.", "In reply to Jens P.", "Respuesta a Jens P."])
def test_reply_marker_in_an_unnamed_element_gives_the_parent(marker):
    section = ('<section id="kommentare"><h3>Kommentare (3)</h3>'
               + FLAT_ITEM.format(name="Jens P.", marker="", text="Ich glaube es erst, wenn der Bagger rollt.")
               + FLAT_ITEM.format(name="Olaf", marker="", text="Jens P. hat recht.")
               + FLAT_ITEM.format(name="Hanne", marker=f'<div class="lf-bezug">{marker}</div>', text="Er rollt doch schon.")
               + "</section>")
    rows = _rows(_read(section))
    assert rows == [("Jens P.", "Ich glaube es erst, wenn der Bagger rollt.", None), ("Olaf", "Jens P. hat recht.", None),
                    ("Hanne", "Er rollt doch schon.", 1)]


def test_a_reply_marker_sentence_inside_the_text_is_the_commenters_words():
    section = ('<section id="kommentare">'
               + FLAT_ITEM.format(name="Jens P.", marker="", text="Der Bagger rollt.")
               + FLAT_ITEM.format(name="Hanne", marker="", text="In reply to Jens P.")
               + "</section>")
    rows = _rows(_read(section))
    assert rows[1] == ("Hanne", "In reply to Jens P.", None)


def test_spanish_body_class_names_the_comment_text():
    item = ('<div class="opinion-lector"><div class="op-cabecera"><span class="op-nombre">{name}</span></div>'
            '<div class="op-fecha"><time>04/12/2026 - 10:21</time></div><div class="op-cuerpo"><p>{text}</p></div>'
            '<div class="op-pie">3 ▲ 0 ▼ <a>Responder</a></div>{kids}</div>')
    section = ('<section class="comentarios"><h2>Comentarios (2)</h2>'
               + item.format(name="Pilar C.", text="Dos años sin pediatra.", kids=(
                   '<div class="op-respuestas">' + item.format(name="Andrés", text="Igual en Monreal.", kids="") + "</div>"))
               + "</section>")
    assert _rows(_read(section)) == [("Pilar C.", "Dos años sin pediatra.", None), ("Andrés", "Igual en Monreal.", 1)]


NOTE = ('<div class="note"><div class="note-head"><a class="note-author">{name}</a></div><div class="note-stamp">2 days ago</div>'
        '<div class="note-text"><p>{text}</p></div><div class="note-actions"><a>Reply</a> ♥ 2</div></div>')


def test_a_block_headed_by_a_count_button_is_a_comment_section():
    section = ('<div class="notes"><button class="notes-toggle">3 comments</button><div class="notes-thread">'
               + NOTE.format(name="Bernard", text="Lovely write-up.")
               + '<div class="note-replies">' + NOTE.format(name="Gwen", text="From October. The pigeons are relentless.") + "</div>"
               + NOTE.format(name="Colin", text="Bernard, the seed swap is on the 14th.")
               + "</div></div>")
    found = _read(section)
    assert _rows(found) == [("Bernard", "Lovely write-up.", None), ("Gwen", "From October. The pigeons are relentless.", 1),
                            ("Colin", "Bernard, the seed swap is on the 14th.", None)]
    assert found.section.declared_count == 3


def test_a_block_of_notes_without_a_count_is_no_comment_section():
    assert _read('<div class="notes">' + NOTE.format(name="Bernard", text="Lovely.") + NOTE.format(name="Gwen", text="Thanks.") + "</div>") is None


@pytest.mark.parametrize("line, kind", [("From October. The pigeons here are relentless.", "text"), ("From Cork, Ireland", "noise")])
def test_a_hometown_badge_holds_no_sentence_end(line, kind):
    from transforms.comment_lines import classify
    assert classify(0, line).kind == kind


TALK = ('<li class="talk-entry"><div class="talk-entry__meta"><span class="talk-entry__who">{name}</span>{badge} '
        '<time datetime="2026-12-03T18:22">3 December 2026, 18:22</time></div><div class="talk-entry__words"><p>{text}</p></div>'
        '<div class="talk-entry__tools"><button>▲ 14</button> <button>Reply</button></div>{kids}</li>')


def test_comments_of_a_section_class_are_read_by_their_shape_when_no_class_word_names_the_parts():
    kids = '<ol class="talk-list">' + TALK.format(name="Tom Keeling", badge=' <span class="talk-badge">Staff</span>',
                                                  text="Thanks Maureen.", kids="") + "</ol>"
    section = ('<section id="reader-talk"><h2>Reader comments (3)</h2><ol class="talk-list">'
               + TALK.format(name="Maureen Ashby", badge="", text="The bridge is the only way to school.", kids=kids)
               + '<li class="talk-entry talk-entry--gone"><p>This comment was removed by a moderator.</p></li>'
               + TALK.format(name="Derek Fane", badge="", text="Maureen Ashby has a point.", kids="")
               + "</ol></section>")
    found = _read(section)
    assert _rows(found) == [("Maureen Ashby", "The bridge is the only way to school.", None), ("Tom Keeling", "Thanks Maureen.", 1),
                            ("Derek Fane", "Maureen Ashby has a point.", None)]
    assert [c.posted_at.isoformat()[:16] for c in found.section.comments] == ["2026-12-03T18:22"] * 3


def _fb(name, paras, label="Comment", badge="", kids=""):
    text = "".join(f'<div dir="auto">{p}</div>' for p in paras)
    replies = f'<div class="x1n2onr6 xbyyjgo">{kids}</div>' if kids else ""
    return (f'<div class="x1n2onr6 x1iorvi4"><div role="article" aria-label="{label} by {name} 3d ago" class="x1n2onr6">'
            f'{badge}<span><a class="x1i10hfl" role="link" href="#"><span>{name}</span></a></span><div class="x1lliihq">{text}</div>'
            f'<ul><li><div role="button">Like</div></li> <li><div role="button">Reply</div></li> <li><a role="link"><span>3d</span></a></li></ul>'
            f'</div>{replies}</div>')


def test_newer_facebook_plugin_read_from_roles_and_labels():
    frame = ('<div class="x9f619"><span>3 comments</span><div class="x1gslohp">'
             + _fb("Dana W.", ["Fifty years we have swum there.", "And now this?"], badge='<div><span>Top fan</span></div>',
                   kids=_fb("Gazette", ["Dana, it is reviewed weekly."], label="Reply", badge='<div><span>Author</span></div>'))
             + _fb("Ivy M.", ["Test the outflow."]) + "</div></div>")
    page_frame = f'<iframe srcdoc="{frame.replace(chr(34), "&quot;")}"></iframe>'
    found = _read(page_frame)
    assert found.widget == "facebook_plugin_aria"
    assert _rows(found) == [("Dana W.", "Fifty years we have swum there.\n\nAnd now this?", None),
                            ("Gazette", "Dana, it is reviewed weekly.", 1), ("Ivy M.", "Test the outflow.", None)]
    assert found.section.declared_count == 3


def test_a_byline_line_dropped_from_the_main_text_still_gives_the_author():
    # a German paper's page (cookie box, menus, breadcrumb, dek, 'Von X | date' byline in a
    # div.autorzeile that trafilatura's main text leaves out)
    from pathlib import Path

    from transforms.html_page import read_html
    page = Path(__file__).parents[1] / "eval" / "cleaning" / "cases" / "de_newspaper_r11b_03.html"
    assert read_html(page.read_bytes()).author == "Sandra Kirchhof"


def test_no_author_is_made_up_from_prose_above_the_article():
    from transforms.html_page import read_html
    prose = "Nach fast zwanzig Jahren Planung soll der Bau der Ortsumgehung im kommenden Jahr beginnen. " * 3
    page = ('<html lang="de"><body><article><h1>Umgehung: grünes Licht</h1><p class="vorspann">Die Stadt wartet seit 2006.</p>'
            f'<div class="inhalt"><p>{prose}</p><p>{prose}</p></div></article></body></html>')
    assert read_html(page.encode()).author is None


@pytest.mark.parametrize("line, stamp", [
    ("Maureen Ashby 3 December 2026, 18:22", False),  # a name and its time: an author line
    ("2024. gada 2. jūlijs plkst. 10:14", True),  # a locale no month rule has
    ("jūlijs 2, 2024 10:14", True),  # its month name first
])
def test_a_two_word_name_before_a_date_is_no_timestamp(line, stamp):
    from transforms.timestamps import is_timestamp
    assert is_timestamp(line) is stamp


def test_visible_text_indents_blocks_by_the_depth_given():
    from transforms.html_text import visible_text
    el = lxml_html.fragment_fromstring("<ol><li><p>one</p><ol><li><p>two</p></li></ol></li><li><p>three</p></li></ol>")
    depth = lambda node: sum(1 for a in node.iterancestors() if a.tag == "ol")  # noqa: E731
    assert visible_text(el, depth_of=depth) == "  one\n    two\n  three"
    assert visible_text(el) == "one\ntwo\nthree"


@pytest.mark.parametrize("case, parents", [
    ("en_newspaper_r11b_01", [None, 1, 2, None, None, 5]),  # reply lists nested in list items
    ("en_newspaper_r11b_02", [None, 1, None, 3, 4, None]),  # reply blocks ('note-replies') after their comment
])
def test_page_text_fallback_keeps_the_nesting_of_reply_lists(case, parents):
    # the fallback alone (as for a list no markup rule reads): the visible text indents replies
    from pathlib import Path

    import trafilatura

    from transforms.html_page import _comments_in_page_text
    page = Path(__file__).parents[1] / "eval" / "cleaning" / "cases" / f"{case}.html"
    section, _ = _comments_in_page_text(trafilatura.load_html(page.read_text(encoding="utf-8")))
    assert [c.parent_position for c in section.comments] == parents
