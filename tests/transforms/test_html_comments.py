"""Comment sections read from a saved page's markup (transforms/html_comments.py)."""
import datetime as dt
import html as html_lib

import pytest
from lxml import html as lxml_html

from transforms.html_comments import css_to_xpath, inline_frames, read_comment_section, widget_rules
from transforms.html_page import read_html

ARTICLE = "<article><h1>Headline</h1><p>" + "Article prose about the harbour and its ferry. " * 8 + "</p></article>"


def _page(section: str) -> str:
    return f"<html><body><main>{ARTICLE}{section}</main></body></html>"


def _read(section: str):
    found, pruned = read_comment_section(lxml_html.document_fromstring(_page(section)))
    return found, pruned


def _rows(found) -> list[tuple]:
    return [(c.author, c.body, c.parent_position) for c in found.section.comments]


@pytest.mark.parametrize("selector, xpath", [
    ("li.comment", ".//li[contains(concat(' ', normalize-space(@class), ' '), ' comment ')]"),
    ("#wpdcom .wpd-comment", ".//*[@id='wpdcom']//*[contains(concat(' ', normalize-space(@class), ' '), ' wpd-comment ')]"),
    ("ul > li", ".//ul/li"),
    ("blockquote[data-quote]", ".//blockquote[@data-quote]"),
    ("a[href^=http], b", ".//a[starts-with(@href, 'http')] | .//b"),
    ("", ""),
])
def test_css_selectors_of_the_rule_file_become_xpath(selector, xpath):
    assert css_to_xpath(selector) == xpath


def test_every_widget_rule_compiles_and_is_commented():
    import json
    from importlib import resources

    data = json.loads(resources.files("transforms").joinpath("rules/html_comments.json").read_text("utf-8"))
    assert all(entry["comment"] for entry in data["widgets"])
    doc = lxml_html.document_fromstring("<html><body><p>x</p></body></html>")
    for rule in widget_rules():
        for xpath in (rule.items, *rule.author, *rule.time, *rule.text, rule.exclude, rule.quote_author):
            if xpath:
                doc.xpath(xpath.replace(".//", "//", 1) if xpath.startswith(".//") else xpath)


WORDPRESS = """
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;Headline&rdquo;</h2>
<ol class="comment-list">
 <li class="comment depth-1"><article class="comment-body"><footer class="comment-meta">
   <div class="comment-author vcard"><b class="fn">Gordon Pike</b> <span class="says">says:</span></div>
   <div class="comment-metadata"><a href="#c1"><time datetime="2025-03-03T19:42">March 3, 2025 at 7:42 pm</time></a></div></footer>
   <div class="comment-content"><p>Eleven people cannot get to work.</p><p>Will it be streamed?</p></div>
   <div class="reply"><a class="comment-reply-link">Reply</a></div></article>
  <ol class="children"><li class="comment depth-2"><article class="comment-body"><footer class="comment-meta">
   <div class="comment-author vcard"><b class="fn">Lise H.</b> <span class="says">says:</span></div></footer>
   <div class="comment-content"><p>It will, the council said so.</p></div>
   <div class="reply"><a class="comment-reply-link">Reply</a></div></article></li></ol></li>
 <li class="pingback"><div class="comment-body">Pingback: <a href="#">Another blog</a></div></li>
</ol>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3></div></div>"""

WPDISCUZ = """
<div id="comments" class="comments-area"><div id="wpdcom" class="wpd-default">
<div class="wpd-form-head"><span class="wpd-sbs-title">Abonnieren</span></div>
<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info"><span class="wpdtc">2</span> Kommentare</div></div>
<div class="wpd-thread-list">
 <div class="wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap"><div class="wpd-comment-right">
  <div class="wpd-comment-header"><div class="wpd-comment-author">Jürgen Habel</div><div class="wpd-comment-date">12. Mai 2025 8:41</div></div>
  <div class="wpd-comment-text"><p>Endlich ein Radweg.</p></div>
  <div class="wpd-comment-footer"><div class="wpd-vote-result">5</div><div class="wpd-reply-button"><span>Antworten</span></div></div></div></div>
  <div class="wpd-comment wpd-reply wpd_comment_level-2"><div class="wpd-comment-wrap"><div class="wpd-comment-right">
   <div class="wpd-comment-header"><div class="wpd-comment-author">Ulla B.</div><div class="wpd-comment-date">vor 3 Stunden</div></div>
   <div class="wpd-reply-to">Antwort auf <a href="#c1">Jürgen Habel</a></div>
   <div class="wpd-comment-text"><p>Und die Parkplätze?</p></div></div></div></div>
 </div></div></div></div></div>"""

NEWSPAPER = """
<section class="article-comments"><header><h2>Reader comments <span>(3)</span></h2><p>Comments are moderated.</p></header>
<ul class="cmt-list">
 <li class="cmt"><div class="cmt__head"><span class="cmt__name">R. Castellano</span> <span class="cmt__loc">· Eastside</span>
   <time datetime="2025-06-10T21:14">June 10, 2025, 9:14 p.m.</time></div>
  <div class="cmt__body"><p>Good news for tenants.</p></div><div class="cmt__actions"><button>Reply</button></div>
  <ul class="cmt__replies"><li class="cmt cmt--reply"><div class="cmt__head"><span class="cmt__name">Dana W.</span>
    <div class="cmt__inreply">In reply to <a href="#c1">R. Castellano</a></div></div>
   <div class="cmt__body"><p>Same here.</p></div></li></ul></li>
 <li class="cmt cmt--removed"><p>This comment has been removed.</p></li>
</ul><p>Comments are closed after 72 hours.</p></section>"""

DISQUS_FRAME = """<html><body><div id="layout"><p class="reactions-count">7 réactions</p>
<span class="comment-count">2 commentaires</span>
<ul id="post-list" class="post-list">
 <li class="post"><div class="post-content"><header><span class="post-byline"><span class="author"><a>Hélène M.</a></span></span>
  <span class="post-meta">• <a class="time-ago" title="lundi 7 avril 2025 20:41">il y a 3 jours</a></span></header>
  <div class="post-message"><p>Très bonne nouvelle.</p></div><footer><span>Répondre</span></footer></div>
  <ul class="children"><li class="post"><div class="post-content"><header><span class="post-byline"><span class="author"><a>Patrick D.</a></span>
   <span class="parent-link-container"><a class="parent-link">Hélène M.</a></span></span></header>
   <div class="post-message"><p>Le pain arrive à 10 heures.</p></div></div></li></ul></li>
</ul></div></body></html>"""
DISQUS = f'<div id="disqus_thread"><iframe title="Disqus" srcdoc="{html_lib.escape(DISQUS_FRAME)}"></iframe></div>'


REDDIT_THING = """<div class="thing comment" data-type="comment"><div class="entry"><p class="tagline">{author}
 <span class="score">57 points</span> <time datetime="2025-03-04T10:12:33+00:00">5 hours ago</time></p>
 <form class="usertext"><div class="usertext-body"><div class="md"><p>{text}</p></div></div></form>
 <ul class="flat-list buttons"><li>permalink</li><li class="reply-button"><a>reply</a></li></ul></div>
 <div class="child"><div class="sitetable listing">{children}</div></div></div>"""
REDDIT = """<div class="commentarea"><div class="panestack-title"><span class="title">all 412 comments</span></div>
<div class="menuarea">sorted by: <span>best</span></div><div class="sitetable nestedlisting">""" + REDDIT_THING.format(
    author='<a class="author">harbour_rat</a>', text="The ferry was late again.", children=REDDIT_THING.format(
        author="<span>[deleted]</span>", text="[deleted]", children=REDDIT_THING.format(
            author='<a class="author">skipper_j</a>', text="Not on Tuesdays.", children=""))) + "</div></div>"

BLOGGER = """<div class="comments" id="comments"><h4>2 comments:</h4><div class="comments-content"><div class="comment-thread"><ol>
<li class="comment"><div class="avatar-image-container"><img src="a.png"></div><div class="comment-block"><div class="comment-header">
 <cite class="user"><a href="#">Maria Teixeira</a></cite><span class="datetime secondary-text"><a href="#">March 4, 2024 at 10:12 AM</a></span></div>
 <p class="comment-content">Lovely photos of the old mill.</p><span class="comment-actions"><a class="comment-reply">Reply</a></span></div>
 <div class="comment-replies"><div class="comment-thread inline-thread"><ol><li class="comment"><div class="comment-block"><div class="comment-header">
 <cite class="user"><a href="#">Blog author</a></cite><span class="datetime secondary-text"><a href="#">March 4, 2024 at 11:30 AM</a></span></div>
 <p class="comment-content">Thank you, Maria!</p></div></li></ol></div></div></li></ol></div></div></div>"""


BEM_LIST = """<section class="comments"><h2>Kommentare (3)</h2><ul class="comments__list">
 <li class="comment-item"><div class="comment-item__header"><strong class="comment-item__user">Hanne O.</strong>
  <span class="comment-item__meta">12.03.2025, 07:12 Uhr</span></div><div class="comment-item__body"><p>Ohne Abendfähre geht es nicht.</p></div>
  <ul class="comment-item__replies"><li class="comment-item comment-item--reply"><div class="comment-item__header">
   <strong class="comment-item__user">Deichgraf</strong></div><div class="comment-item__body"><p>Geht mir genauso.</p></div></li></ul></li>
</ul></section>"""

FLAT_REPLY_LABELS = """<section class="reactions"><h2>Réactions (3)</h2><div class="fil">
 <article class="commentaire"><span class="commentaire__pseudo">Gaëlle_29</span><div class="commentaire__texte"><p>Triste nouvelle.</p></div></article>
 <article class="commentaire"><span class="commentaire__pseudo">Yann</span><p class="commentaire__reponse-a">En réponse à Gaëlle_29</p>
  <div class="commentaire__texte"><p>Vingt ans, plutôt.</p></div></article>
 <article class="commentaire"><span class="commentaire__pseudo">Abers</span><div class="commentaire__texte"><p>Qui paie ?</p></div></article>
</div></section>"""

REPLIES_AFTER = """<section id="comments"><h2>3 comments</h2>
 <article class="comment"><p class="comment__author">Ann</p><div class="comment__content"><p>First.</p></div></article>
 <div class="indented"><article class="comment"><p class="comment__author">Bo</p><div class="comment__content"><p>Reply to Ann.</p></div></article></div>
 <article class="comment"><p class="comment__author">Cy</p><div class="comment__content"><p>Another thread.</p></div></article>
</section>"""


@pytest.mark.parametrize("section, widget, declared, rows", [
    (BEM_LIST, "generic", 3, [("Hanne O.", "Ohne Abendfähre geht es nicht.", None), ("Deichgraf", "Geht mir genauso.", 1)]),
    (FLAT_REPLY_LABELS, "generic", 3, [("Gaëlle_29", "Triste nouvelle.", None), ("Yann", "Vingt ans, plutôt.", 1),
                                       ("Abers", "Qui paie ?", None)]),
    (REPLIES_AFTER, "generic", 3, [("Ann", "First.", None), ("Bo", "Reply to Ann.", 1), ("Cy", "Another thread.", None)]),
    (REDDIT, "reddit_old", 412, [("harbour_rat", "The ferry was late again.", None), ("skipper_j", "Not on Tuesdays.", None)]),
    (BLOGGER, "generic", 2, [("Maria Teixeira", "Lovely photos of the old mill.", None), ("Blog author", "Thank you, Maria!", 1)]),
    (WORDPRESS, "wordpress", 2, [("Gordon Pike", "Eleven people cannot get to work.\n\nWill it be streamed?", None),
                                 ("Lise H.", "It will, the council said so.", 1)]),
    (WPDISCUZ, "wpdiscuz", 2, [("Jürgen Habel", "Endlich ein Radweg.", None), ("Ulla B.", "Und die Parkplätze?", 1)]),
    (NEWSPAPER, "generic", 3, [("R. Castellano", "Good news for tenants.", None), ("Dana W.", "Same here.", 1)]),
])
def test_widget_comments_come_from_the_markup(section, widget, declared, rows):
    found, _ = _read(section)
    assert (found.widget, found.section.declared_count, _rows(found)) == (widget, declared, rows)


def test_a_frame_saved_inline_is_read_as_part_of_the_page():
    found, _ = read_comment_section(inline_frames(lxml_html.document_fromstring(_page(DISQUS))))
    # the count nearest above the thread, not the reactions counter higher up
    assert (found.widget, found.section.declared_count) == ("disqus", 2)
    assert _rows(found) == [("Hélène M.", "Très bonne nouvelle.", None), ("Patrick D.", "Le pain arrive à 10 heures.", 1)]


@pytest.mark.parametrize("section, gone", [
    (WORDPRESS, ("2 thoughts on", "Eleven people", "Leave a Reply")),
    (NEWSPAPER, ("Reader comments", "Good news for tenants", "Comments are closed after 72 hours.")),
])
def test_the_section_with_its_heading_and_form_is_cut_from_the_article(section, gone):
    _, pruned = _read(section)
    text = pruned.text_content()
    assert "Article prose about the harbour" in text
    assert not [g for g in gone if g in text]


def test_printed_absolute_time_is_posted_at_and_a_relative_one_is_none():
    found, _ = _read(WPDISCUZ)
    assert [c.posted_at for c in found.section.comments] == [dt.datetime(2025, 5, 12, 8, 41), None]
    found, _ = _read(BEM_LIST)  # no time class: a short element that is a timestamp
    assert found.section.comments[0].posted_at == dt.datetime(2025, 3, 12, 7, 12)


PHPBB = """<html><head><title>Balkon: was tun? - Energie Forum</title></head><body><h1>Energie Forum</h1>
<div id="page-body"><h2 class="topic-title"><a>Balkon: was tun?</a></h2><div class="pagination">3 Beiträge</div>
{posts}</div></body></html>"""
PHPBB_POST = """<div class="post has-profile"><div class="inner"><dl class="postprofile"><dt><a class="username">{user}</a></dt>
<dd class="profile-rank">Mitglied</dd></dl><div class="postbody"><p class="author">von <strong><a class="username">{user}</a></strong> »
<time datetime="x">{when}</time></p><div class="content">{body}</div></div></div></div>"""


def test_a_forum_thread_opening_post_is_the_article_and_quotes_give_parents():
    quote = '<blockquote><div><cite><a href="#">{0}</a> hat geschrieben: ↑</cite>{1}</div></blockquote>'
    posts = "".join(PHPBB_POST.format(user=u, when=w, body=b) for u, w, b in [
        ("sonne_k", "Mo 17. Feb 2025, 19:22", "Hallo,<br><br>mein Vermieter will den Rückbau. Was tun?"),
        ("Jens", "Mo 17. Feb 2025, 20:05", "Datenblatt besorgen."),
        ("Maren", "Mo 17. Feb 2025, 21:48", quote.format("sonne_k", "Was tun?") + "Zustimmung verlangen."),
        ("sonne_k", "Di 18. Feb 2025, 07:31", quote.format("Jens", "Datenblatt") + "Gute Idee."),
    ])
    doc = read_html(PHPBB.format(posts=posts).encode())
    assert (doc.title, doc.author, doc.publisher, doc.published_date) == (
        "Balkon: was tun?", "sonne_k", "Energie Forum", dt.date(2025, 2, 17))
    assert doc.text == "Hallo,\n\nmein Vermieter will den Rückbau. Was tun?"
    assert doc.comment_section.declared_count is None  # '3 Beiträge' counts posts, not replies
    assert [(c.author, c.body, c.parent_position) for c in doc.comment_section.comments] == [
        ("Jens", "Datenblatt besorgen.", None),
        ("Maren", "Zustimmung verlangen.", None),  # quoting the opening post: no parent
        ("sonne_k", "Gute Idee.", 1),
    ]


def test_a_leading_mention_answers_that_commenter():
    section = WORDPRESS.replace("It will, the council said so.", "x").replace(
        "</ol>\n<div id=\"respond\"", """<li class="comment depth-1"><article class="comment-body"><footer class="comment-meta">
   <div class="comment-author vcard"><b class="fn">Tom W.</b></div></footer>
   <div class="comment-content"><p>@Gordon Pike it will be on the community page.</p></div></article></li></ol>
<div id="respond\"""")
    found, _ = _read(section)
    assert _rows(found)[-1] == ("Tom W.", "@Gordon Pike it will be on the community page.", 1)


def test_a_page_without_a_known_widget_has_no_section():
    found, pruned = _read('<div class="sidebar"><h2>Recent comments</h2><ul><li>Ann on Headline</li></ul></div>')
    assert found is None
    assert "Recent comments" in pruned.text_content()


def test_chrome_blocks_inside_the_article_are_cut_before_the_main_text_is_read():
    page = (f"<html><body><article><h1>Headline</h1><p>{'Prose about the reservoir and its water. ' * 6}</p>"
            '<div class="relacionadas"><p>Te puede interesar</p><ul><li><a href="#">Otra noticia</a></li></ul></div>'
            "<h3>El consumo subió</h3>"
            f"<p>{'More prose about the consumption in July. ' * 6}</p>"
            '<div class="boletin"><p>Recibe cada mañana las noticias</p></div>'
            '<p class="lire-aussi">Lire aussi : une autre histoire</p></article></body></html>')
    text = read_html(page.encode()).text
    assert "El consumo subió" in text
    assert "Te puede interesar" not in text and "Recibe cada mañana" not in text and "Lire aussi" not in text
