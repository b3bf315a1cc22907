"""Round 17c: saved pages whose comment markup or chrome the rules did not read: a WordPress
theme with its own comment callback (Astra's prefixed class names), a Discourse embed printing
the poster's header inside div.cooked and a German withdrawn-post placeholder, an avatar's
initial before the name in a list with hashed class names, chrome named only in data-testid,
and Polish / Nordic one-line 'read also' links."""
import pytest

from tests.transforms.html_sections import read_section, rows
from transforms.boilerplate import clean_body
from transforms.html_page import read_html
from transforms.timestamps import parse_timestamp

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans.")

ASTRA = ('<li class="comment even thread-even depth-{depth}" id="li-comment-{id}"><article id="comment-{id}" class="ast-comment">'
         '<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">'
         '<div class="ast-comment-cite-wrap"><cite><b class="fn">{name}</b>{badge}</cite></div>'
         '<div class="ast-comment-time"><span class="timendate"><a href="#"><time datetime="x">December 3, 2026 at 6:42 pm</time></a></span></div>'
         '</header></div><section class="ast-comment-content comment"><p>{text}</p>'
         '<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a class="comment-reply-link" href="#">Reply</a></span></div>'
         '</section></article>{children}</li>')


def test_a_theme_prefixing_the_comment_class_names_is_read_as_wordpress():  # html_comments.json wordpress.r17c_theme_prefixed
    reply = ASTRA.format(depth=2, id=2, name="Harriet Coyle", badge=' <span class="ast-highlight-postauthor">Post author</span>',
                         text="The study tables upstairs will be open too.", children="")
    section = ('<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “Library”</h3><ol class="ast-comment-list">'
               + ASTRA.format(depth=1, id=1, name="Dennis Arkwright", badge="", text="About time.",
                              children=f'<ol class="children">{reply}</ol>') + "</ol></div>")
    found = read_section(section)
    assert found.widget == "wordpress"
    assert rows(found) == [("Dennis Arkwright", "About time.", None),
                           ("Harriet Coyle", "The study tables upstairs will be open too.", 1)]
    assert found.section.comments[0].posted_at.isoformat() == "2026-12-03T18:42:00"


DISCOURSE = ('<article class="post" id="post-{n}"><div class="author"><img class="avatar" alt=""></div><div class="cooked">'
             '<h3 class="username"><a href="/u/{name}">{name}</a>{title}</h3><div class="post-date"><a href="#">Dez. 4</a></div>'
             '{reply}<p>{text}</p></div></article>')


def test_discourse_embed_header_inside_cooked_is_not_text_and_withdrawn_post_is_no_comment():  # discourse_embed.r17c_comment
    posts = (DISCOURSE.format(n=2, name="mkoller", title="", reply="", text="Gibt es im Frühjahr dieselbe App?")
             + DISCOURSE.format(n=3, name="jana.eckstein", title=' <span class="user-title">Radnetz-Team</span>',
                                reply='<a class="in-reply-to" href="#">▶ mkoller</a>', text="Das hängt von der Ausschreibung ab.")
             + DISCOURSE.format(n=4, name="bahnpendler", title="", reply="",
                                text="(Beitrag vom Verfasser zurückgezogen, wird automatisch in 24 Stunden gelöscht, sofern nicht gemeldet)"))
    found = read_section(f'<div id="discourse-comments"><div class="inlined-frame"><header>3 Antworten</header>{posts}</div></div>')
    assert rows(found) == [("mkoller", "Gibt es im Frühjahr dieselbe App?", None),
                           ("jana.eckstein", "Das hängt von der Ausschreibung ab.", 1)]


HASHED = ('<li class="css-15k3avv" data-comment-id="c-{n}"><div class="css-a1b2c3"><span class="css-av7t1x" aria-hidden="true">{initial}</span>'
          '<div class="css-8kq2pz"><span class="css-1dbjc4n">{name}</span></div><time class="css-9smq2a" datetime="x">05/12/2026 11:03</time></div>'
          '<div class="css-q7rzz1"><p>{text}</p></div><div class="css-m3n4pq"><button class="css-b1">Responder</button></div></li>')


@pytest.mark.parametrize("hidden", [' aria-hidden="true"', ""])
def test_an_avatar_initial_before_the_name_is_not_the_author(hidden):  # html_threads._decorative
    items = "".join(HASHED.format(n=n, initial=name[0], name=name, text=text).replace(' aria-hidden="true"', hidden)
                    for n, name, text in [(1, "Rosa M. Llorente", "Por fin alguien se atreve."),
                                          (2, "Patricia Gil", "En mi ciudad se hizo lo mismo."),
                                          (3, "Javier R.", "Me interesaría ver los datos.")])
    found = read_section(f'<section class="css-1q2w3e4" id="comentarios"><h2>Comentarios (3)</h2><ul class="css-zx81lq">{items}</ul></section>')
    assert [c.author for c in found.section.comments] == ["Rosa M. Llorente", "Patricia Gil", "Javier R."]


@pytest.mark.parametrize("attribute", ["data-testid", "data-qa", "data-component"])
def test_chrome_named_only_in_a_test_hook_leaves_the_article(attribute):  # html_chrome.json name_attributes
    page = (f'<html><body><article class="css-art9i"><h1 class="css-h1k2">Harbour wall to be rebuilt</h1>'
            f'<p class="css-sub3l" {attribute}="article-subtitle">Residents had waited ten years for the repair.</p>'
            f'<p>{PROSE}</p><div class="css-nl8z" {attribute}="newsletter-box"><p>Recibe cada mañana las noticias de Valdecastro</p></div>'
            f'<p>{PROSE}</p></article></body></html>')
    text = read_html(page.encode()).text
    assert "waited ten years" not in text and "Recibe cada mañana" not in text and "ferry timetable" in text


@pytest.mark.parametrize("line", ["Czytaj także: Remont drogi wojewódzkiej 945 potrwa do wiosny",
                                  "Zobacz też: Ferie zimowe w gminie", "Läs också: Färjan ställs in i helgen"])
def test_polish_and_nordic_read_also_links_are_not_body(line):  # boilerplate.json related.inline
    more = "The ferry company said the winter timetable would be published in the first week of December."
    assert clean_body(f"{PROSE}\n\n{line}\n\n{more}") == f"{PROSE}\n\n{more}"


@pytest.mark.parametrize("first, kept", [
    ('<p class="has-large-font-size"><strong>The branch library will trial Sunday opening from January.</strong></p>', False),
    ('<p class="has-x-large-font-size">The branch library will trial Sunday opening from January.</p>', False),
    ("<p><strong>The branch library will trial Sunday opening from January.</strong></p>", True),  # a bold news lead is body
])
def test_a_first_paragraph_in_a_larger_type_preset_is_the_standfirst(first, kept):  # html_page._without_large_standfirst
    more = "The ferry company said the winter timetable would be published in the first week of December."
    page = (f'<html><body><article><h1>Library to open on Sundays</h1><div class="entry-content">{first}'
            f"<p>{PROSE}</p><p>{more}</p></div></article></body></html>")
    text = read_html(page.encode()).text
    assert ("trial Sunday opening" in text) is kept and "ferry timetable" in text


@pytest.mark.parametrize("stamp, expected", [("sam 05/12/2026 - 11:42", "2026-12-05T11:42"),
                                             ("dim 06/12/2026 - 08:47", "2026-12-06T08:47"),
                                             ("jeu 03/12/2026 - 10:00", "2026-12-03T10:00")])
def test_french_drupal_weekday_abbreviations_before_a_numeric_date(stamp, expected):  # timestamps.json weekdays
    assert parse_timestamp(stamp, require_time=True).strftime("%Y-%m-%dT%H:%M") == expected


GENERIC_ITEM = '<{tag} class="{cls}"><span class="comment-author">{name}</span><div class="comment-text"><p>{text}</p></div></{tag}>'
MORE = "Residents filled the hall to hear the plans, and the mayor promised a decision before the spring."


def test_a_wrapper_whose_author_and_text_are_its_form_labels_is_no_comment():  # html_threads._in_own_form
    items = "".join(GENERIC_ITEM.format(tag="article", cls="comment-item", name=name, text=text)
                    for name, text in [("Dennis", "About time."), ("Priya", "Agreed, finally.")])
    section = (f'<div id="comments" class="comments-area comment-form-position-below">{items}<form>'
               '<p class="comment-form-author"><label>Name*</label></p><p class="comment-form-text"><label>Your comment</label></p>'
               "</form></div>")
    assert rows(read_section(section)) == [("Dennis", "About time.", None), ("Priya", "Agreed, finally.", None)]


def test_comments_printed_in_the_block_of_the_headline_leave_the_article_in_place():  # html_comments._cut_from_page
    items = "".join(GENERIC_ITEM.format(tag="div", cls="comment", name=name, text=text)
                    for name, text in [("Dennis", "About time."), ("Priya", "Agreed, finally.")])
    page = (f"<html><body><main><h1>Harbour wall to be rebuilt</h1><p>{PROSE}</p><p>{MORE}</p>"
            f"<h2>2 comments</h2>{items}</main></body></html>")
    document = read_html(page.encode())
    assert PROSE in document.text and MORE in document.text and "About time" not in document.text
    assert [c.author for c in document.comment_section.comments] == ["Dennis", "Priya"]
