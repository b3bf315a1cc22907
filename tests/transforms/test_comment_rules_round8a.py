"""Round 8a fixes (tests/eval/cleaning/README.md, "Round 7a", after numbers): the layouts the
round 7a hold-out pages still got wrong; one small case per rule entry or structural signal."""
import pytest

from transforms.comment_lines import ANCHOR, END, FORM, NOISE, WIDGET, classify
from transforms.comments import split_comment_block, split_comment_section

_BADGE_OVER_PARENT = """Ada_L
3 Dec 2026 08:31
Then show us the timetable.
Reply
Report

Tom Reyes
Staff
Ada_L
3 Dec 2026 09:10
We have asked for the other versions.
Reply
Report

Bea
3 Dec 2026 09:44
Good."""


def test_badge_between_author_and_parent_name():  # _is_reply_to, comment_authors._header_below
    section = split_comment_block(_BADGE_OVER_PARENT)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Ada_L", None), ("Tom Reyes", 1), ("Bea", None)]


_DISCOURSE_USER_TITLE = """owen.g

Dec 1

Thanks for pulling all this together.

5 Likes

Reply

Dana Hale

Highways

Dec 2

We have asked for temporary lighting on Station Road.

9 Likes

Reply

owen.g

5h

Good news."""

_PLACEHOLDER_OVER_NAME = """Bert
3 uur geleden
Een stalling zonder bewaking.
Beantwoorden

Verborgen reactie

Henk
1 uur geleden
Wie bedenkt dat?"""


def test_user_title_between_name_and_date_in_a_blank_separated_save():  # _badge_position
    section = split_comment_block(_DISCOURSE_USER_TITLE)
    assert [c.author for c in section.comments] == ["owen.g", "Dana Hale", "owen.g"]
    assert "Highways" not in section.comments[1].body


def test_name_right_above_its_time_is_no_user_title():  # the title stands between blank lines
    section = split_comment_block(_PLACEHOLDER_OVER_NAME)
    assert [c.author for c in section.comments][-1] == "Henk"


@pytest.mark.parametrize("line, kind, replies", [
    ("Sort by", WIDGET, None),  # newspaper.widget.r8a_viafoura_header
    ("Most Liked", WIDGET, None),
    ("Commenting as Guest", WIDGET, None),
    ("Dislike", NOISE, None),  # newspaper.noise.r8a_dislike
    ("Powered by Viafoura", END, None),  # newspaper.end.r8a_viafoura
    ("Hide 2 replies", NOISE, 2),  # generic.reply_count.r8a_hide_replies
    ("2 Antworten ausblenden", NOISE, 2),
    ("Masquer les 3 réponses", NOISE, 3),
    ("View 3 replies", NOISE, None),  # hidden replies: no count of the replies shown
    ("Discussion about this post", ANCHOR, None),  # newspaper.anchor.r8a_substack_discussion
    ("Restacks", WIDGET, None),  # newspaper.widget.r8a_substack_tabs
    ("Liked by Tess Adair", NOISE, None),  # newspaper.noise.r8a_substack_comment_chrome
    ("See all", NOISE, None),
    ("Ready for more?", END, None),  # newspaper.end.r8a_substack_footer
    ("Respond", FORM, None),  # newspaper.form.r8a_medium_responses
    ("Cancel", FORM, None),
])
def test_widget_words(line, kind, replies):
    found = classify(0, line)
    assert (found.kind, found.replies) == (kind, replies)


_VIAFOURA = """Sort by
Most Liked
Elinor Stack
3 hours ago
Twenty-three injured in five years.
Like
42
Dislike
Reply
Hide 2 replies
Kwame's customer
2 hours ago
Sorry you were hurt.
Like
9
Dislike
Reply
Elinor Stack
2 hours ago
Fair enough.
Like
11
Dislike
Reply
Vernon Quayle
3 hours ago
A survey in June.
Like
25
Dislike
Reply
Powered by Viafoura"""


def test_hide_replies_makes_the_next_comments_replies():
    section = split_comment_block(_VIAFOURA)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Elinor Stack", None), ("Kwame's customer", 1), ("Elinor Stack", 1), ("Vernon Quayle", None)]


_PROSE = " ".join(["The route was cut back to three days a week and then to two trips a day."] * 4)
_SUBSTACK = f"""{_PROSE}

[Leave a comment](https://example.substack.com/p/post/comments)

{_PROSE}

{_PROSE}

Discussion about this post

Comments

Restacks

Mina Farrow

Dec 3

Liked by Tess Adair

This made me cry on my own bus this morning.

Reply

someone who grew up on the ridge

Dec 3

The dial-a-ride on our side of the valley lasted fourteen months.

Reply

See all

Ready for more?

Privacy ∙ Terms"""


def test_leave_a_comment_button_mid_post_keeps_the_article_below():  # the Substack heading is an anchor
    article, section = split_comment_section(_SUBSTACK)
    assert article.count(_PROSE) == 3
    assert [(c.author, c.body) for c in section.comments] == [
        ("Mina Farrow", "This made me cry on my own bus this morning."),
        ("someone who grew up on the ridge", "The dial-a-ride on our side of the valley lasted fourteen months.")]


_MEDIUM = f"""{_PROSE}
412
7
Written by Rosalind Hart
2.1K Followers
Writer for
The Staffroom
History teacher in Leicestershire. I write about schools.
Follow
Responses (3)
What are your thoughts?
Cancel
Respond
Corinne Vale
Dec 1, 2026
The point about disagreeing with a historian is so true.
38
1 reply
Reply
I used to mark for them too
Dec 1, 2026
Nobody who decides that has ever marked.
21
Reply
Ravi M.
Dec 2, 2026
Permission to disagree is a skill.
9
Reply
See all responses"""


def test_author_box_above_the_count_heading_and_collapsed_reply_link():
    # comment_context._drop_above_heading, _drop_collapsed_reply_counts; a seven-word name
    # under which its date stands (comment_authors.LONG_NAME_WORDS)
    section = split_comment_section(_MEDIUM)[1]
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Corinne Vale", None), ("I used to mark for them too", None), ("Ravi M.", None)]
    assert section.declared_count == 3


_OPENWEB_SHOWN_REPLIES = """Kim
3h
Great news for the shops.
Reply · Share
1 reply
Lee
2h
We drove around for 20 minutes."""


def test_reply_count_under_the_action_row_heads_the_replies_shown():
    section = split_comment_block(_OPENWEB_SHOWN_REPLIES)
    assert [(c.author, c.parent_position) for c in section.comments] == [("Kim", None), ("Lee", 1)]


_FORUM_CLOSING_QUESTION = f"""Posté le 04/09/2024 à 21:17:45
Auteur : Kerbiquet35

{_PROSE}

Qu'en pensez-vous ?

Répondre en citant | Signaler

Posté le 04/09/2024 à 21:40:02
Auteur : Matelot_du_dimanche

70 la nuit quand il n'y a personne.

Répondre en citant | Signaler"""


def test_opinion_question_closing_a_post_stays_in_the_article():
    # comments._keep_closing_questions; generic.widget.r8a_opinion_prompt is in_body false
    article, section = split_comment_section(_FORUM_CLOSING_QUESTION)
    assert article.rstrip().endswith("Qu'en pensez-vous ?")
    assert [c.author for c in section.comments] == ["Matelot_du_dimanche"]
    assert classify(0, "Qu'en pensez-vous ?").kind == WIDGET  # still chrome inside a thread


@pytest.mark.parametrize("line, is_button", [
    ("Reply", True), ("reply", True), ("Antworten", True), ("Répondre", True), ("Rispondi", True),
    ("1 reply", False), ("Reply to Anna", False), ("Replies", False), ("Respond", False),
])
def test_reply_button_words_come_from_the_rules(line, is_button):
    from transforms.comment_context import _is_reply_button

    assert _is_reply_button(line) is is_button
