"""Round 14b: saved pages whose comment markup the rules did not fully read: Drupal's comment
subject and its guests' '(not verified)', a paper's 'Name (Town)', Komento's flat list with
data-parentid, schema.org Comment microdata with Staticman's flat replies, Ghost's and
Discourse's header counts, a Discourse quote and its deleted-post placeholder, an
engineering blog's author box, and the pages' metadata (a weekday after the byline's name, a
blog's h-card author, a Ghost footer's 'Site © year')."""
import pytest

from tests.transforms.html_sections import read_section, rows
from transforms.boilerplate import clean_body
from transforms.html_page import read_html

PROSE = "The ferry council met on Tuesday night to rewrite the winter timetable for the island route. " * 3

DRUPAL = ('<article id="comment-{id}" class="comment js-comment"><div class="comment__text-wrapper"><footer class="comment__meta">'
          '<p class="comment__author"><span>{name}</span></p><p class="comment__time">Di., 03.11.2026 - 12:22</p></footer>'
          '<div class="comment__content"><h3><a href="/comment/{id}" class="permalink" rel="bookmark">{subject}</a></h3>'
          '<div class="field field--name-comment-body"><p>{text}</p></div>'
          '<ul class="links inline comment__links"><li><a>Antworten</a></li></ul></div></div></article>')


def test_drupal_comment_subject_and_guest_note_are_not_text_or_name():  # html_threads._title_link, html_text._TRAILING_NOTE
    section = ('<section class="comments"><h2>Kommentare</h2>'
               + DRUPAL.format(id=1, name="Harald W.", subject="Zwanzig Minuten sind…", text="Zwanzig Minuten sind geschönt.")
               + '<div class="indented">'
               + DRUPAL.format(id=2, name="Bärbel (nicht überprüft)", subject="Nehmen Sie das Rad", text="Nehmen Sie das Rad.")
               + "</div></section>")
    assert rows(read_section(section)) == [("Harald W.", "Zwanzig Minuten sind geschönt.", None),
                                           ("Bärbel", "Nehmen Sie das Rad.", 1)]


def test_a_place_in_brackets_after_a_readers_name_is_not_the_name():  # html_text._TRAILING_NOTE
    item = ('<li class="commentaire-item"><div class="commentaire-entete"><span class="commentaire-auteur">{0}</span>'
            '<time datetime="2026-11-30T07:42">30/11/2026 à 07h42</time></div><div class="commentaire-texte"><p>{1}</p></div></li>')
    section = ('<section class="espace-reactions"><h2>Réactions (2)</h2><ul class="liste-commentaires">'
               + item.format("Soizic L. (Bannalec)", "Il faut recruter.") + item.format("Ronan", "Signé la pétition.") + "</ul></section>")
    assert [c.author for c in read_section(section).section.comments] == ["Soizic L.", "Ronan"]


def test_komento_replies_in_a_flat_list_answer_their_data_parentid():  # html_threads.parents_by_id
    item = ('<li class="kt-comment-item" id="comment-{0}" data-id="{0}" data-parentid="{1}"><div class="kt-comment">'
            '<a class="kt-comment-author">{2}</a><time class="kt-comment-time">27 Novembre 2026 08:41</time>'
            '<div class="kt-comment-content"><div class="kt-comment-message">{3}</div></div></div></li>')
    section = ('<div class="kt-comments-container"><h3>Commenti (3)</h3><ul class="kt-comments">'
               + item.format(731, 0, "Lucio", "Peccato.") + item.format(734, 731, "Giovanna", "Sono trecento metri.")
               + item.format(745, 0, "Marco", "Prezzo giusto.") + "</ul></div>")
    assert rows(read_section(section)) == [("Lucio", "Peccato.", None), ("Giovanna", "Sono trecento metri.", 1),
                                           ("Marco", "Prezzo giusto.", None)]


def test_schema_org_comments_with_flat_staticman_replies():  # html_comments.json schema_comment, reply_class
    item = ('<article id="c{0}" class="{1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment">'
            '<div class="comment__content-wrapper"><h3 class="comment__author" itemprop="author"><span itemprop="name">{2}</span></h3>'
            '<p class="comment__date"><time datetime="2026-10-01T12:47" itemprop="datePublished">1 oktober 2026 om 12:47</time></p>'
            '<div itemprop="text"><p>{3}</p></div></div></article>')
    section = ('<div class="page__comments"><h4>3 reacties</h4><section id="comments">'
               + item.format(1, "js-comment comment", "Pieter", "Hoe heb je de VvE overtuigd?")
               + item.format(2, "js-reply reply", "Sanne", "Met een tekening.")
               + item.format(3, "js-comment comment", "Joost", "Schrijf je daar echt over?") + "</section></div>")
    found = read_section(section)
    assert found.widget == "schema_comment"
    assert rows(found) == [("Pieter", "Hoe heb je de VvE overtuigd?", None), ("Sanne", "Met een tekening.", 1),
                           ("Joost", "Schrijf je daar echt over?", None)]
    assert found.section.declared_count == 3


GHOST_ITEM = ('<div data-testid="comment-component"><h4>{0}</h4><span title="Saturday">2 days ago</span>'
              '<div data-testid="comment-content"><p>{1}</p></div></div>')
DISCOURSE_POST = ('<article class="post"><div class="byline"><a class="username">{0}</a><a class="post-date">nov. 18</a></div>'
                  '<div class="cooked">{1}</div></article>')


@pytest.mark.parametrize("section, declared", [
    ('<section class="article-comments"><div id="ghost-comments-root"><div class="gh-comments" data-testid="comments-root">'
     '<div><h2>Member discussion</h2><span data-testid="count">9 comments</span></div>'
     '<div><span>Sorted by</span> <button>Best</button></div><div><button>Show 3 previous comments</button>'
     + GHOST_ITEM.format("Iain", "Twelve passengers worries me.") + GHOST_ITEM.format("Tam", "Good piece.") + "</div>"
     '<div data-testid="cta-box"><h1>Join the discussion.</h1><button>Sign up now</button></div></div></div></section>', 9),
    ('<div id="discourse-comments"><header><a class="button">Continuar la discusión</a></header>'
     '<div><span class="post-count">14 respuestas</span> <span>Respuestas más populares</span></div>'
     + DISCOURSE_POST.format("mgarcia", "<p>Muy buen artículo.</p>") + DISCOURSE_POST.format("jordi_p", "<p>Gracias.</p>") + "</div>", 14),
])
def test_a_count_in_the_widgets_header_element(section, declared):  # ghost_comments / discourse_embed count
    assert read_section(section).section.declared_count == declared


def test_a_discourse_quote_is_the_quoted_posts_and_a_withdrawn_post_is_a_placeholder():  # discourse_embed quote, r14b noise
    quote = ('<aside class="quote" data-username="lucia.fdez" data-post="2"><div class="title">lucia.fdez:</div>'
             '<blockquote><p>usamos vistas</p></blockquote></aside><p>Esto me parece la clave.</p>')
    section = ('<div id="discourse-comments">'
               + DISCOURSE_POST.format("mgarcia", "<p>¿Y las migraciones?</p>")
               + DISCOURSE_POST.format("lucia.fdez", "<p>Usamos vistas.</p>")
               + DISCOURSE_POST.format("jordi_p", quote)
               + DISCOURSE_POST.format("(publicación eliminada por el autor)",
                                       '<p>(publicación eliminada por el autor, se borrará automáticamente en 24 horas a menos que se marque)</p>')
               + "</div>")
    assert rows(read_section(section)) == [("mgarcia", "¿Y las migraciones?", None), ("lucia.fdez", "Usamos vistas.", None),
                                           ("jordi_p", "Esto me parece la clave.", 2)]


@pytest.mark.parametrize("bio", [
    "Lucía Fernández es ingeniera principal en Pelícano y lleva el equipo de plataforma desde 2021.",
    "Dana Whitfield is a senior software engineer on the payments team.",
])
def test_an_engineering_blogs_author_box_goes(bio):  # boilerplate bio.r14b_is_an_engineer
    assert clean_body(f"{PROSE}\n\n{bio}") == PROSE.strip()


def _page(body: str, title: str = "Werrabrücke bleibt gesperrt") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


ARTICLE = f"<article><h1>Werrabrücke bleibt gesperrt</h1><p>{PROSE}</p><p>{PROSE}</p></article>"


@pytest.mark.parametrize("page, field, expected", [
    # metadata_bylines._clean_author: an abbreviated weekday after the name starts the date
    (_page('<article><h1>Werrabrücke bleibt gesperrt</h1><div class="node__meta">Von Katrin Löwe Di., 03.11.2026 - 11:05</div>'
           f"<p>{PROSE}</p><p>{PROSE}</p></article>"), "author", "Katrin Löwe"),
    # html_metadata._h_card_author: a personal blog's one author card
    (_page('<div class="sidebar"><div itemscope itemtype="https://schema.org/Person" class="h-card">'
           '<h3 class="author__name p-name" itemprop="name">Sanne de Wit</h3></div></div>' + ARTICLE), "author", "Sanne de Wit"),
    # html_metadata._footer_publisher and metadata r14b_name_then_copyright_footer: Ghost's footer
    (_page(ARTICLE + '<footer class="site-footer"><section class="copyright"><a href="/">Tidewatch</a> &copy; 2026</section></footer>'),
     "publisher", "Tidewatch"),
])
def test_saved_page_metadata(page, field, expected):
    assert getattr(read_html(page), field) == expected
