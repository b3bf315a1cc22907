"""Round 13b: saved pages whose markup the rules did not read: WordPress comments printed as
divs (Twenty Twenty), a tweet embedded in a forum's opening post or in WordPress's embed
figure, a reply label naming someone else than the comment the reply is nested under, two
chrome class words, and a paragraph that ends on its link."""
import datetime as dt

import pytest

from tests.transforms.html_sections import PHPBB, PHPBB_POST, read_section, rows
from transforms.boilerplate import clean_body
from transforms.html_page import read_html

PROSE = "The harbor council voted on Tuesday night to rewrite the ferry timetable for the first time in eleven years. " * 3
TWEET = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Council just passed the new ferry timetable. '
         '<a href="https://t.co/Fk2L">pic.twitter.com/Fk2L</a></p>&mdash; Residents (@ResidentsRA) '
         '<a href="https://twitter.com/ResidentsRA/status/1">November 18, 2026</a></blockquote>')
DIV_ITEM = ('<div id="comment-{id}" class="comment depth-{depth}"><article class="comment-body"><footer class="comment-meta">'
            '<div class="comment-author vcard"><span class="fn">{name}</span><span class="says">says:</span></div>'
            '<div class="comment-metadata"><a href="#"><time>November 18, 2026 at {time}</time></a></div></footer>'
            '<div class="comment-content"><p>{text}</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div>'
            '</article>{kids}</div>')


def _page(inner: str) -> bytes:
    return f"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>{inner}</article></body></html>".encode()


def test_wordpress_comments_printed_as_divs_are_read_by_the_wordpress_rule():  # wordpress.r13b_div_style
    reply = DIV_ITEM.format(id=2, depth=2, name="Dana W.", time="1:05 pm", text="Weekdays only.", kids="")
    section = ('<div class="comments" id="comments"><h2>3 thoughts on “Ferry timetable”</h2><div class="comments-inner">'
               + DIV_ITEM.format(id=1, depth=1, name="Ruth A.", time="9:14 am", text="Finally.", kids=f'<div class="children">{reply}</div>')
               + '<div id="comment-3" class="pingback depth-1"><div class="comment-body">Pingback: <a href="#">Weekend reading</a></div></div>'
               + "</div></div>")
    found = read_section(section)
    assert found.widget == "wordpress"
    assert rows(found) == [("Ruth A.", "Finally.", None), ("Dana W.", "Weekdays only.", 1)]
    assert [c.posted_at for c in found.section.comments] == [dt.datetime(2026, 11, 18, 9, 14), dt.datetime(2026, 11, 18, 13, 5)]
    assert found.section.declared_count == 3


def test_a_tweet_in_a_forum_post_is_the_posters_text_and_a_quote_is_not():  # embedded_posts, phpbb exclude
    quote = '<blockquote><div><cite><a href="#">{0}</a> schreef: ↑</cite>{1}</div></blockquote>'
    posts = "".join(PHPBB_POST.format(user=u, when=w, body=b) for u, w, b in [
        ("Hendrik", "do 2 apr 2026, 20:03", "De vergunning gaat omhoog.<br><br>" + TWEET + "<br>Wie gaat er?"),
        ("Marieke", "do 2 apr 2026, 21:15", quote.format("Hendrik", "Wie gaat er?") + "Ik ga."),
    ])
    doc = read_html(PHPBB.format(posts=posts).encode())
    assert "Council just passed the new ferry timetable." in doc.text
    assert [(c.author, c.body) for c in doc.comment_section.comments] == [("Marieke", "Ik ga.")]


def test_a_tweet_in_a_wordpress_embed_figure_stays_in_the_article():  # html_page._embeds_out_of_figures
    figure = ('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter">'
              f'<div class="wp-block-embed__wrapper">{TWEET}</div></figure>')
    assert "Council just passed the new ferry timetable." in read_html(_page(f"<p>{PROSE}</p>{figure}<p>{PROSE}</p>")).text


@pytest.mark.parametrize("block", [
    '<div class="mc4wp-form-fields"><h3>Subscreva</h3><p>Receba todas as sextas-feiras as notícias da semana.</p></div>',
    '<p class="art__sommario">Receba todas as sextas-feiras as notícias da semana.</p>',
])
def test_mailchimp_form_and_italian_standfirst_leave_the_article(block):  # html_chrome: mc4wp, sommario
    assert "Receba" not in read_html(_page(f"{block}<p>{PROSE}</p><p>{PROSE}</p>")).text


REPLY_ITEM = ('<li class="rc-comment"><div class="rc-comment__nick">{name}</div>{label}<div class="rc-comment__when">'
              '12/03/2026 - 18:42</div><div class="rc-comment__txt"><p>{text}</p></div>{kids}</li>')
LABEL = '<div class="rc-comment__inreply">in risposta a <a href="#">{}</a></div>'


@pytest.mark.parametrize("second_label, parent", [("Sara T.", 2), ("Marco", 1)])
def test_a_reply_label_naming_another_commenter_beats_the_nesting(second_label, parent):  # html_comments._comments
    replies = (REPLY_ITEM.format(name="Sara T.", label=LABEL.format("Marco"), text="Il problema sono le corse.", kids="")
               + REPLY_ITEM.format(name="Marco", label=LABEL.format(second_label), text="Vero anche questo.", kids=""))
    section = ('<section class="commenti"><h3>Commenti (3)</h3><ol>'
               + REPLY_ITEM.format(name="Marco", label="", text="Finalmente.", kids=f'<ol class="rc-replies">{replies}</ol>')
               + "</ol></section>")
    assert rows(read_section(section)) == [("Marco", "Finalmente.", None), ("Sara T.", "Il problema sono le corse.", 1),
                                           ("Marco", "Vero anche questo.", parent)]


def test_a_paragraph_ending_on_its_link_is_not_joined_to_the_next():  # body_paragraphs._ENDS_WITH_LINK
    text = (PROSE.strip() + "\n\nThe order also bars the utility from recovering any part of the fine through rates. "
            "Full order: https://t.co/pUc8Order1\n\nUnder the order, the fine cannot be passed on to customers.")
    assert clean_body(text) == text
