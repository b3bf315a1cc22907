"""Round 8a fixes (tests/eval/cleaning/README.md, "Round 7a", after numbers): the layouts the
round 7a hold-out pages still got wrong; one small case per rule entry or structural signal."""
import pytest

from transforms.comment_lines import END, NOISE, WIDGET, classify
from transforms.comments import split_comment_block

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
])
def test_viafoura_words(line, kind, replies):
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
