"""Comment sections read from a saved page's markup (transforms/html_comments.py)."""
import datetime as dt
import html as html_lib

import pytest
from lxml import html as lxml_html

from transforms.html_comments import css_to_xpath, inline_frames, read_comment_section, widget_rules
from transforms.html_page import read_html

from tests.transforms.html_sections import PHPBB, PHPBB_POST

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


# Round 7c: widgets of saved pages the earlier rules did not read.
DISCOURSE = """<div id="discourse-comments"><div class="inlined-frame"><header><a class="button">Continue Discussion</a>
<div class="topic-info"><span class="replies">4 replies</span></div></header><section class="embed-posts">
 <article class="post" id="post-2"><div class="author"><h3 class="username"><a href="/u/maisie.o">maisie.o</a></h3></div>
  <div class="byline"><a class="post-date">Mar 12</a></div><div class="cooked"><p>Lovely green.</p></div></article>
 <article class="post" id="post-3"><div class="author"><h3 class="username"><a href="/u/wendell_k">wendell_k</a></h3></div>
  <div class="byline"><a class="post-date">Mar 12</a> <a class="in-reply-to" href="#post-2">▶ maisie.o</a></div>
  <div class="cooked"><p>Get it analysed.</p></div></article>
</section><footer><a class="button">2 more replies</a></footer></div></div>"""

CORAL_COMMENT = """<div class="coral coral-comment coral-indent-{depth}"><div class="coral-comment-topBar">
 <button class="coral coral-username coral-comment-username"><span class="coral-username-text">{author}</span></button>
 <span class="coral-userBadge">Journaliste</span> <time class="coral-comment-timestamp">il y a 3 heures</time></div>
 <div class="coral coral-comment-content"><p>{text}</p></div>
 <div class="coral-comment-actionBar"><button>Respect</button> <button>Répondre</button></div></div>"""
CORAL = ("""<div id="coral_thread"><div class="coral coral-stream"><div class="coral-tabBar">
<button class="coral coral-tabBar-allComments">Commentaires <span class="coral-counter">3</span></button></div>
<div class="coral-allComments"><div class="coral-thread">""" + CORAL_COMMENT.format(depth=0, author="Mireille_R", text="Le dimanche matin.")
         + '<div class="coral-reply-list coral-indent-1">' + CORAL_COMMENT.format(depth=1, author="Anne Sorbier", text="Bonjour Mireille.")
         + "</div></div></div></div></div>")

FACEBOOK_PLUGIN_COMMENT = """<div class="_3-8y _5nz1 clearfix"><div class="_ohe lfloat"><img class="img"></div><div class="UFIImageBlockContent _42ef">
 <div class="_72vr"><a class=" UFICommentActorName">{author}</a> <span class="_3-8_"> · </span><span class="_39jd">Fan destacado</span></div>
 <div class="_3-8m"><span class="_5mdd"><span>{text}</span></span></div>
 <div class="_2vq9 fsm fwn fcg"><a>Me gusta</a> · <a>Responder</a> · <abbr class="livetimestamp">2 sem</abbr></div>{replies}</div></div>"""
FACEBOOK_PLUGIN = ("""<div class="_56q9"><div class="_2pi8"><div class="_491z"><span class="_50f7">2 comentarios</span></div>
<div class="_4k-6">""" + FACEBOOK_PLUGIN_COMMENT.format(author="Mari Carmen Lahoz", text="Ánimo a las familias.", replies=(
    '<div class="_44ri _2pi4">' + FACEBOOK_PLUGIN_COMMENT.format(author="El Heraldo", text="Gracias.", replies="") + "</div>"))
    + '</div><div class="_5lm5"><span>Plugin de comentarios de Facebook</span></div></div></div>')

SHREDDIT_COMMENT = """<shreddit-comment author="{author}" depth="{depth}"><div slot="commentMeta">{meta} <span>•</span>
 <faceplate-timeago><time>5h ago</time></faceplate-timeago></div><div slot="comment"><p>{text}</p></div>
 <shreddit-comment-action-row slot="actionRow"><button>212</button> <button>Reply</button></shreddit-comment-action-row>{children}</shreddit-comment>"""
SHREDDIT = ("<shreddit-comment-tree>" + SHREDDIT_COMMENT.format(
    author="harbour_ghost", depth=0, meta='<a href="/user/harbour_ghost/">harbour_ghost</a>', text="Brilliant work.",
    children=SHREDDIT_COMMENT.format(author="[deleted]", depth=1, meta="<span>[deleted]</span>", text="Comment deleted by user",
                                     children=SHREDDIT_COMMENT.format(author="sally", depth=2, meta='<a href="/user/sally/">sally</a>',
                                                                      text="Page 41.", children="")))
    + "</shreddit-comment-tree>")

HN_ROW = """<tr class="athing comtr"><td><table><tr><td class="ind" indent="{depth}"><img src="s.gif" width="{width}"></td>
<td class="default"><div><span class="comhead"><a class="hnuser">{user}</a> <span class="age"><a>3 hours ago</a></span>
<span class="navs"> | <a>next</a> <a class="togg">[–]</a></span></span></div><br><div class="commtext c00">{text}</div>
<div class="reply"><p><font size="1"><u><a>reply</a></u></font></p></div></td></tr></table></td></tr>"""
HACKER_NEWS = ('<table class="comment-tree">' + "".join(HN_ROW.format(depth=d, width=40 * d, user=u, text=t) for d, u, t in [
    (0, "hollis_v", "Put a number on the outage.<p>Then ask."), (1, "kmattingly", "This."), (2, "hollis_v", "Keep it short."),
    (1, "quickfix_kyle", "[flagged]"), (0, "thermocline", "Use the rack you have.")]) + "</table>")

DRUPAL = """<section class="comments"><h2 class="comments__title">Kommentare <span class="comments__count">3</span></h2>
 <article class="comment by-anonymous"><div class="comment__text-wrapper"><footer class="comment__meta">
  <p class="comment__author"><span>Anke</span> <span class="comment__unverified">(nicht überprüft)</span></p>
  <p class="comment__time">Mi., 12.06.2024 - 19:02</p></footer>
  <div class="comment__content"><div class="field--name-comment-body"><p>74 Kinder auf der Warteliste.</p></div></div>
  <ul class="links"><li class="comment-reply"><a>Antworten</a></li></ul></div></article>
 <div class="comments__item-indent"><article class="comment"><div class="comment__text-wrapper"><footer class="comment__meta">
  <p class="comment__author"><span>Tobi</span></p><p class="comment__time">Do., 13.06.2024 - 12:26</p></footer>
  <div class="comment__content"><p>Intensivkurse in Lippborg.</p></div></div></article></div>
</section>"""

SUBSTACK = """<div class="comments-section" id="comments"><div class="comment-list"><div class="comment-list-header">2 Comments</div>
<div class="comment-list-items"><div class="comment"><div class="comment-content"><div class="comment-head">
 <div class="user-head"><a class="commenter-name">Priya Ramaswamy</a></div><a class="comment-timestamp">Mar 4</a></div>
 <div class="comment-body"><p>Try the environment officer.</p></div></div>
 <div class="comment-children"><div class="comment-list-items"><div class="comment"><div class="comment-content"><div class="comment-head">
  <div class="user-head"><a class="commenter-name">Owen Tresco</a> <span class="commenter-badge">Author</span></div>
  <a class="comment-timestamp">Mar 4</a></div><div class="comment-body"><p>Email sent.</p></div></div></div></div></div></div>
</div></div></div>"""


VIAFOURA_COMMENT = """<div class="vf3-comment"><div class="vf3-comment__header"><button class="vf3-comment__name">{author}</button>
 <span class="vf3-comment__badge">Subscriber</span> <time class="vf3-comment__date">5 hours ago</time></div>
 <div class="vf3-comment__content"><p>{text}</p></div><div class="vf3-comment__actions"><button>Reply</button></div>{replies}</div>"""
VIAFOURA = ("""<div class="viafoura"><h2>Conversation</h2><span>31 Comments</span>"""
            + VIAFOURA_COMMENT.format(author="Gwen H.", text="The 43 is her only bus.", replies=(
                '<div class="vf3-comment__replies">' + VIAFOURA_COMMENT.format(author="dales_53", text="Not for long.", replies="")
                + "</div>")) + "</div>")

REMARK42_COMMENT = """<article class="comment comment_level_{level}"><div class="comment__info"><button class="comment__username">{author}</button>
 <a class="comment__time">12.11.2026, 07:48</a></div><div class="comment__body"><div class="comment__text raw-content"><p>{text}</p></div>
 <div class="comment__actions"><button>Antworten</button></div></div></article>"""
REMARK42 = ("""<div class="root"><div class="auth-panel"><span class="auth-panel__title">2 Kommentare</span></div><div class="root__threads">
<div class="thread thread_level_0">""" + REMARK42_COMMENT.format(level=0, author="Heike_L", text="Irgendwann muss man rechnen.")
            + '<div class="thread thread_level_1">' + REMARK42_COMMENT.format(level=1, author="Torsten K.", text="Nicht nur in Euro.")
            + "</div></div></div></div>")

GHOST_COMMENT = """<div class="flex w-full flex-row"><div class="grow" data-testid="comment-component"><div class="mb-2 flex">
 <h4 class="font-sans font-bold">{author}</h4><div class="flex text-neutral-400"><span>Editor</span><span>·</span><span title="Tue, 10 Nov 2026 19:41">2 days ago</span></div></div>
 <div class="mb-2 flex" data-testid="comment-content"><p class="gh-comment-content">{text}</p></div>
 <div class="flex"><button data-testid="reply-button">Reply</button></div>{replies}</div></div>"""
GHOST = ("""<div class="gh-comments-root"><section data-testid="cta-box"><h2>Member discussion</h2><span>2 comments</span></section>"""
         + GHOST_COMMENT.format(author="Jory T.", text="No ice, no market.", replies=(
             '<div class="ml-[52px]" data-testid="replies">' + GHOST_COMMENT.format(author="Orla P.", text="Would he talk to me?", replies="")
             + "</div>")) + "</div>")

OPENWEB_COMMENT = """<li class="spcv_list-item"><article data-spot-im-class="message-view"><div data-spot-im-class="message-header">
 <span data-spot-im-class="message-username">{author}</span><span>·</span><time data-spot-im-class="message-timestamp">5h</time></div>
 <div data-spot-im-class="message-text"><div>{text}</div></div><div><button>Reply</button> <button>Share</button></div></article>{replies}</li>"""
OPENWEB = ("""<div data-spot-im-class="conversation"><h2>Conversation</h2><span data-spot-im-class="conversation-header-count">46 Comments</span>
<ul class="spcv_messages-list">""" + OPENWEB_COMMENT.format(author="Ray C.", text="Put it to a ballot.", replies=(
    '<button>Hide 1 reply</button><ul class="spcv_children-list">' + OPENWEB_COMMENT.format(author="PortNative", text="The bridge is needed.", replies="")
    + "</ul>")) + '<li class="spcv_list-item"><div>This message was deleted.</div></li></ul></div>')

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
    # round 7c: a thread's 'N replies' above the first comment is its count; '▶ name' the reply
    (DISCOURSE, "discourse_embed", 4, [("maisie.o", "Lovely green.", None), ("wendell_k", "Get it analysed.", 1)]),
    # the author's text inside a button; the count in the tab button ('Commentaires 3')
    (CORAL, "coral", 3, [("Mireille_R", "Le dimanche matin.", None), ("Anne Sorbier", "Bonjour Mireille.", 1)]),
    (FACEBOOK_PLUGIN, "facebook_plugin", 2, [("Mari Carmen Lahoz", "Ánimo a las familias.", None), ("El Heraldo", "Gracias.", 1)]),
    # a deleted comment is a placeholder; the reply under it has no parent
    (SHREDDIT, "reddit_new", None, [("harbour_ghost", "Brilliant work.", None), ("sally", "Page 41.", None)]),
    # sibling rows nested by their indent attribute; '[flagged]' is a placeholder
    (HACKER_NEWS, "hackernews", None, [("hollis_v", "Put a number on the outage.\n\nThen ask.", None), ("kmattingly", "This.", 1),
                                       ("hollis_v", "Keep it short.", 2), ("thermocline", "Use the rack you have.", None)]),
    # a badge in the author's element is not the name; a text wrapper holding the author line is not the text
    (DRUPAL, "generic", 3, [("Anke", "74 Kinder auf der Warteliste.", None), ("Tobi", "Intensivkurse in Lippborg.", 1)]),
    # the innermost element named as the author ('user-head' > 'commenter-name'), without its badge
    (SUBSTACK, "generic", 2, [("Priya Ramaswamy", "Try the environment officer.", None), ("Owen Tresco", "Email sent.", 1)]),
    # round 8c: an item word after a short vendor prefix ('vf3-comment'); a name printed as a button
    (VIAFOURA, "generic", 31, [("Gwen H.", "The 43 is her only bus.", None), ("dales_53", "Not for long.", 1)]),
    (REMARK42, "generic", 2, [("Heike_L", "Irgendwann muss man rechnen.", None), ("Torsten K.", "Nicht nur in Euro.", 1)]),
    # parts named by data-testid / data-spot-im-class; a deleted OpenWeb message is a placeholder
    (GHOST, "ghost_comments", 2, [("Jory T.", "No ice, no market.", None), ("Orla P.", "Would he talk to me?", 1)]),
    (OPENWEB, "openweb", 46, [("Ray C.", "Put it to a ballot.", None), ("PortNative", "The bridge is needed.", 1)]),
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


def test_a_phpbb_time_printed_as_text_after_the_posters_name_is_posted_at():  # round 8c: phpBB 3.2 and older
    post = PHPBB_POST.replace('<time datetime="x">{when}</time>', "{when}")
    posts = "".join(post.format(user=u, when=w, body=b) for u, w, b in [
        ("Bethan W", "Sun Nov 08, 2026 6:02 pm", "Mite counts are high."), ("hivehand", "Sun Nov 08, 2026 7:14 pm", "Treat now.")])
    doc = read_html(PHPBB.format(posts=posts).encode())
    assert [(c.author, c.posted_at) for c in doc.comment_section.comments] == [("hivehand", dt.datetime(2026, 11, 8, 19, 14))]


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
    page = (f"<html><body><article><h1>Headline</h1><p class=\"article-excerpt\">A dek under the headline</p>"
            f"<p>{'Prose about the reservoir and its water. ' * 6}</p>"
            '<div class="relacionadas"><p>Te puede interesar</p><ul><li><a href="#">Otra noticia</a></li></ul></div>'
            "<h3>El consumo subió</h3>"
            f"<p>{'More prose about the consumption in July. ' * 6}</p>"
            '<div class="boletin"><p>Recibe cada mañana las noticias</p></div>'
            '<p class="lire-aussi">Lire aussi : une autre histoire</p></article></body></html>')
    text = read_html(page.encode()).text
    assert "El consumo subió" in text
    assert "Te puede interesar" not in text and "Recibe cada mañana" not in text and "Lire aussi" not in text
    assert "A dek under the headline" not in text  # round 8c: Ghost's 'article-excerpt' is the standfirst



def test_a_drupal_time_with_a_dotted_weekday_is_posted_at():
    found, _ = _read(DRUPAL)
    assert [c.posted_at for c in found.section.comments] == [dt.datetime(2024, 6, 12, 19, 2), dt.datetime(2024, 6, 13, 12, 26)]


SHREDDIT_PAGE = f"""<html><head><title>Ferry log : r/Gullhaven</title></head><body><main>
<shreddit-post author="ferry_88"><div slot="credit-bar"><a>r/Gullhaven</a> <time>6 hr. ago</time></div>
<div slot="authorName"><a href="/user/ferry_88/">ferry_88</a></div><h1 slot="title">I logged every ferry</h1>
<div slot="text-body"><div class="md"><p>{"I counted every sailing for three months and wrote it all down. " * 3}</p><p>The operator counts arrivals.</p></div></div>
<div slot="actions"><a name="comments-action-button"><span>64</span> <span>Comments</span></a></div></shreddit-post>
{SHREDDIT}</main></body></html>"""
HN_PAGE = f"""<html><head><title>Ask HN: GIS on no budget? | Hacker News</title></head><body><table id="hnmain"><tr><td>
<table class="fatitem"><tr class="athing submission"><td class="title"><span class="titleline"><a href="item?id=1">Ask HN: GIS on no budget?</a></span></td></tr>
<tr><td class="subtext"><span class="score">143 points</span> by <a class="hnuser">culvert_mapper</a> <span class="age"><a>6 hours ago</a></span> |
<a href="hide?id=1">hide</a> | <a href="item?id=1">11&nbsp;comments</a></td></tr>
<tr><td><div class="toptext">{"I run the town's maps alone and nobody else knows how they work. " * 3}<p>How do I make the case?</div></td></tr></table>
{HACKER_NEWS}</td></tr></table></body></html>"""
VBULLETIN_PAGE = """<html><head><title>Die Mühle - Heimatforum</title></head><body><div id="pagetitle"><h1>Thema: <span class="threadtitle"><a>Die Mühle</a></span></h1></div>
<ol id="posts">{posts}</ol></body></html>""".format(posts="".join(
    f"""<li class="postbitlegacy postcontainer"><div class="posthead"><span class="postdate"><span class="date">{when}</span></span></div>
<div class="userinfo"><div class="username_container"><a class="username"><strong>{user}</strong></a></div><span class="usertitle">Benutzer</span></div>
<div class="postbody"><div class="content"><blockquote class="postcontent restore">{body}</blockquote></div></div></li>""" for user, when, body in [
        ("Heinz", "02.07.2025, 19:03", "Hallo zusammen,<br /><br />die Mühle steht seit 1978 leer und wir haben sie gerettet.<br /><br />Gruß aus dem Tal<br />Heinz"),
        ("Sepp", "02.07.2025, 20:41", "Wie habt ihr das versichert?"),
        ("Heinz", "02.07.2025, 21:15", """<div class="bbcode_container"><div class="bbcode_postedby">Zitat von <strong>Sepp</strong></div>
<div class="message">Wie habt ihr das versichert?</div></div>Über den Verein."""),
    ]))


@pytest.mark.parametrize("page, title, author, text, declared, rows", [
    # the opening post is not a comment item: its own slot is the article, the count on its button
    (SHREDDIT_PAGE, "I logged every ferry", "ferry_88", "I counted every sailing", 64,
     [("harbour_ghost", "Brilliant work.", None), ("sally", "Page 41.", None)]),
    (HN_PAGE, "Ask HN: GIS on no budget?", "culvert_mapper", "I run the town's maps alone", 11,
     [("hollis_v", "Put a number on the outage.\n\nThen ask.", None), ("kmattingly", "This.", 1),
      ("hollis_v", "Keep it short.", 2), ("thermocline", "Use the rack you have.", None)]),
    # vBulletin: the first post is the article; a lone <br> in a post split by double ones joins its lines
    (VBULLETIN_PAGE, "Die Mühle", "Heinz", "Gruß aus dem Tal Heinz", None,
     [("Sepp", "Wie habt ihr das versichert?", None), ("Heinz", "Über den Verein.", 1)]),
])
def test_a_thread_opening_post_outside_or_first_among_the_items_is_the_article(page, title, author, text, declared, rows):
    doc = read_html(page.encode())
    assert (doc.title, doc.author, text in doc.text, doc.comment_section.declared_count) == (title, author, True, declared)
    assert [(c.author, c.body, c.parent_position) for c in doc.comment_section.comments] == rows
