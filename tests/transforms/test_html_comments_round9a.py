"""Round 9a: comment widgets read from saved markup (giscus, IntenseDebate, utterances as widget
rules; JComments, Hyvor, Livefyre and Drupal through the generic rule) and chrome classes."""
import datetime as dt
import html as html_lib

import pytest

from tests.transforms.html_sections import read_section as _read, rows as _rows
from transforms.html_page import read_html
from transforms.timestamps import parse_timestamp


def _frame(body: str) -> str:
    return f'<iframe srcdoc="{html_lib.escape("<html><body>" + body + "</body></html>")}"></iframe>'


GISCUS_ITEM = ('<div class="gsc-{kind}"><div class="gsc-{kind}-header"><div class="gsc-comment-author">'
               '<a class="gsc-comment-author-avatar"><img alt="@{user}"><span>{user}</span></a> <a><time>5 days ago</time></a> {badge}</div></div>'
               '<div class="markdown gsc-{kind}-content"><p>{text}</p></div>{replies}</div>')
GISCUS = '<div class="giscus">' + _frame(
    '<h4 class="gsc-comments-count"><span>2 comments</span> · <span>1 reply</span></h4>'
    + GISCUS_ITEM.format(kind="comment", user="haggis-eng", badge="", text="Close the list.", replies=(
        '<div class="gsc-replies">' + GISCUS_ITEM.format(kind="reply", user="morag-l", badge="<span>Owner</span>",
                                                          text="Fair question.", replies="") + "</div>"))
    + '<div class="gsc-comment"><div class="gsc-comment-box"><span>This comment has been deleted.</span></div></div>') + "</div>"

IDC_ITEM = ('<div class="idc-thread"><div class="idc-c"><div class="idc-c-h"><a class="idc-a">{user}</a> <span class="idc-time">2 weeks ago</span>'
            '<div class="idc-c-v">+8 <a>+</a> <a>-</a></div></div><div class="idc-c-t"><div class="idc-c-t-inner">{text}</div></div>'
            '<div class="idc-c-b"><a>Reply</a> <a>Report</a></div></div>{replies}</div>')
INTENSEDEBATE = ('<div id="idc-container"><h3><span>2 Comments</span></h3><div id="idc-commentcontainer">'
                 + IDC_ITEM.format(user="lakeviewlinda", text="Somebody will get hurt.", replies=(
                     '<div class="idc-thread idc-v-indent">' + IDC_ITEM.format(user="Ken H.", text="The state pays 75%.", replies="") + "</div>"))
                 + "</div></div>")

UTTERANCES_ITEM = ('<article class="timeline-comment"><div class="comment-header"><span class="comment-meta"><a><strong>{user}</strong></a>'
                   ' commented <a><time>on Nov 12</time></a></span></div><div class="markdown-body">{quote}<p>{text}</p></div></article>')
UTTERANCES = '<div class="utterances">' + _frame(
    '<main class="timeline"><div class="timeline-header"><a><strong>2 Comments</strong></a> <em>- powered by utteranc.es</em></div>'
    + UTTERANCES_ITEM.format(user="mtn-lucie", quote="", text="Only 41 days.")
    + UTTERANCES_ITEM.format(user="jpdurand05", quote="<blockquote><p>Only 41 days.</p></blockquote>", text="@mtn-lucie A dry year.")
    + '<article class="timeline-comment new-comment"><textarea placeholder="Sign in to comment"></textarea></article></main>') + "</div>"

# JComments: the comment in a box ('rbox'), its replies in the list right after the box; a count
# heading followed by an RSS link; a quote whose first line names the quoted poster
JC_ITEM = ('<div class="{parity}"><div class="rbox"><div class="rbox_m"><div class="comment-box"><span class="comment-author">{user}</span>'
           ' <span class="comment-date">26.11.2026 08:14</span><div class="comment-body">{text}</div>'
           '<span class="comments-buttons"><a>Antworten</a> | <a>Zitieren</a></span></div></div></div>{replies}</div>')
JCOMMENTS = ('<div id="jc"><h4>Kommentare (3) <a class="rss">RSS</a></h4><div class="comments-list">'
             + JC_ITEM.format(parity="even", user="Hannelore W.", text="Endlich.", replies=(
                 '<div class="comments-list">' + JC_ITEM.format(parity="odd", user="Tobias L.", text="Zu teuer.", replies="") + "</div>"))
             + JC_ITEM.format(parity="odd", user="Gerda", replies="",
                              text="<blockquote><span>Hannelore W. schrieb:</span><br>Endlich.</blockquote>Stimmt.")
             + "</div></div>")
# two flat comments, each in a wrapper: the same depth, so the second is no reply to the first
JC_FLAT = ('<div id="jc"><div class="comments-list">' + JC_ITEM.format(parity="even", user="Ann", text="One.", replies="")
           + JC_ITEM.format(parity="odd", user="Bo", text="Two.", replies="") + "</div></div>")

# Hyvor: the replies block follows the comment's inner box inside the comment
HT_ITEM = ('<div class="ht-comment"><div class="ht-comment-inner"><div class="ht-comment-main"><div class="ht-comment-head">'
           '<span class="ht-comment-name">{user}</span></div><div class="ht-comment-content"><p>{text}</p></div></div></div>{replies}</div>')
HYVOR = ('<div class="ht-comments">' + HT_ITEM.format(user="Anne-Laure B.", text="Six mois, c'est long.", replies=(
    '<div class="ht-comment-replies">' + HT_ITEM.format(user="Solène G.", text="Une navette circulera.", replies="") + "</div>"))
    + "</div>")

# Livefyre: each comment an <article> named as a comment, its children after its wrapper
FYRE_ITEM = ('<article class="fyre-comment-article"><div class="fyre-comment-wrapper"><header><span class="fyre-comment-username">{user}</span></header>'
             '<section class="fyre-comment-body"><p>{text}</p></section></div>{children}</article>')
LIVEFYRE = ('<div class="fyre"><span>24 Kommentare</span><div class="fyre-comment-stream">'
            + FYRE_ITEM.format(user="Kai", text="Nur bis 20 Uhr?", children=(
                '<div class="fyre-comment-children">' + FYRE_ITEM.format(user="Jannik T.", text="Wir haben gefragt.", children="") + "</div>"))
            + "</div></div>")

# Drupal: 'Reply' in ul.links inside the text wrapper; the count only in the node links above
DRUPAL_ITEM = ('<article class="comment"><footer><p>Submitted by <span class="username">{user}</span> on Tue, 11/24/2026 - 18:42</p></footer>'
               '<div class="content"><div class="field--name-comment-body"><p>{text}</p></div>'
               '<ul class="links inline"><li class="comment-reply"><a>Reply</a></li></ul></div></article>')
DRUPAL = ('<section id="comments"><h2>Readers\' comments</h2>' + DRUPAL_ITEM.format(user="Gwen T.", text="Anything is better.")
          + '<div class="indented">' + DRUPAL_ITEM.format(user="Pete M.", text="Not at 80%.") + "</div></section>")
DRUPAL_NODE_LINKS = '<ul class="links inline"><li class="comment-comments"><a href="#comments">6 comments</a></li></ul>'


@pytest.mark.parametrize("section, before, widget, declared, rows", [
    # a login in the avatar link, an 'Owner' badge beside it; a deleted box is a placeholder
    (GISCUS, "", "giscus", 2, [("haggis-eng", "Close the list.", None), ("morag-l", "Fair question.", 1)]),
    (INTENSEDEBATE, "", "intensedebate", 2, [("lakeviewlinda", "Somebody will get hurt.", None), ("Ken H.", "The state pays 75%.", 1)]),
    # the quoted earlier comment is left out; '@login' names the parent
    (UTTERANCES, "", "utterances", 2, [("mtn-lucie", "Only 41 days.", None), ("jpdurand05", "@mtn-lucie A dry year.", 1)]),
    (JCOMMENTS, "", "generic", 3, [("Hannelore W.", "Endlich.", None), ("Tobias L.", "Zu teuer.", 1), ("Gerda", "Stimmt.", 1)]),
    (JC_FLAT, "", "generic", None, [("Ann", "One.", None), ("Bo", "Two.", None)]),
    (HYVOR, "", "generic", None, [("Anne-Laure B.", "Six mois, c'est long.", None), ("Solène G.", "Une navette circulera.", 1)]),
    (LIVEFYRE, "", "generic", 24, [("Kai", "Nur bis 20 Uhr?", None), ("Jannik T.", "Wir haben gefragt.", 1)]),
    (DRUPAL, DRUPAL_NODE_LINKS, "generic", 6, [("Gwen T.", "Anything is better.", None), ("Pete M.", "Not at 80%.", 1)]),
])
def test_round9a_widgets_come_from_the_markup(section, before, widget, declared, rows):
    found = _read(section, before)
    assert (found.widget, found.section.declared_count, _rows(found)) == (widget, declared, rows)


def test_a_lead_paragraph_and_a_jetpack_subscription_box_are_chrome():
    page = ("<html><body><article><h1>Headline</h1><p class=\"lead\"><strong>A bold intro under the headline.</strong></p>"
            f"<p>{'Prose about the car park under the castle hill. ' * 6}</p>"
            '<div class="wp-block-jetpack-subscriptions"><h3>Get new posts by email</h3><p>Join 2,318 other subscribers.</p></div>'
            f"<p>{'More prose about the vote in March. ' * 6}</p></article></body></html>")
    text = read_html(page.encode()).text
    assert "More prose about the vote" in text
    assert "A bold intro" not in text and "Join 2,318" not in text


@pytest.mark.parametrize("stamp, expected", [
    ("Vie, 27/11/2026 - 09:12", dt.datetime(2026, 11, 27, 9, 12)),  # Drupal in Spanish: abbreviated weekday
    ("Mié, 25/11/2026 - 12:00", dt.datetime(2026, 11, 25, 12, 0)),
    ("Jue, 26/11/2026 - 18:30", dt.datetime(2026, 11, 26, 18, 30)),
])
def test_spanish_abbreviated_weekdays_before_a_date(stamp, expected):
    assert parse_timestamp(stamp, require_time=True) == expected
