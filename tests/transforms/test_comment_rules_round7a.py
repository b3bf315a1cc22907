"""Round 7a: unseen English pages saved by different tools (tests/eval/cleaning/README.md,
'Round 7a')."""
import pytest

from transforms.comment_lines import classify
from transforms.comments import split_comment_section

WIDGET_WORDS = [
    ("created", "noise"),  # forum.noise.r7a_discourse_topic_map
    ("last reply", "noise"),
    ("418 views", "noise"),
    ("5 users", "noise"),
    ("Display threads", "widget"),  # newspaper.widget.r7a_thread_display
    ("Expanded", "widget"),
    ("add comment", "widget"),  # forum.widget.r7a_add_comment
]


@pytest.mark.parametrize("line, kind", WIDGET_WORDS)
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


PROSE = ("The council voted on Monday night to close the branch library on Ashworth Road, after a "
         "consultation that drew more than four hundred written objections from residents. The "
         "library will close at the end of March, and its books will move to the central branch.\n")


def test_a_display_control_over_the_first_comment_is_no_author():
    page = PROSE + (
        "\ncomments (12)\nSort by\nOldest\nPer page\n25\nDisplay threads\nExpanded\n"
        "Harpsichordist\n3 Dec 2026 07:48\nWho trains the next lot?\nReply\nReport\n112\n"
        "Flint_and_Steel\nHarpsichordist\n3 Dec 2026 08:05\nNobody, that is the point.\nReply\nReport\n47\n"
        "Tom\n3 Dec 2026 08:07\nYes.\nReply\nReport\n4\n"
    )
    comments = split_comment_section(page)[1].comments
    assert [(c.author, c.parent_position) for c in comments] == [
        ("Harpsichordist", None), ("Flint_and_Steel", 1), ("Tom", None)]
