from datetime import datetime

import pytest

from transforms.comments import CommentSection, split_comment_block, split_comment_section

PROSE = (
    "The summit between the two leaders was planned for June, officials said on Tuesday, "
    "and the talks were expected to cover sanctions, troops and a formal peace treaty.\n\n"
    "Critics said the plan left many questions open and that nobody knew how long it would last.\n"
)


def test_no_section_returns_text_unchanged():
    assert split_comment_section(PROSE) == (PROSE, CommentSection(None, ()))


def test_prose_about_comments_does_not_cut_body():
    text = PROSE + "\nIn comments to reporters, he said the replies would come later.\n\nComments\n\nHe added more.\n"
    article, section = split_comment_section(text)
    assert article == text
    assert section.comments == ()


def test_wpdiscuz_seed_shape():
    text = PROSE + (
        "\nSubscribe\nNotify of\nguest\n3 Comments\nOldest\nNewest Most Voted\nInline Feedbacks\n"
        "View all comments\nRichardD\n\nGreat, I hope a treaty is signed.\n\n"
        "this name is better\n\nvery interesting\n\nvelociraptor\n\nSo haters, what now?\n\n"
        "this name is better\n\nOk.\n"
    )
    article, section = split_comment_section(text)
    assert article.endswith("how long it would last.")
    assert section.declared_count == 3
    assert [c.author for c in section.comments] == ["RichardD", "this name is better", "velociraptor", "this name is better"]
    assert section.comments[1].body == "very interesting"


def test_comment_starting_with_author_name_stays_one_comment():
    text = PROSE + (
        "\n2 Comments\nAlice\n\nI disagree.\n\nBob\n\nAlice, you are wrong here.\n\nSecond paragraph of it.\n\nAlice\n\nNo.\n"
    )
    _, section = split_comment_section(text)
    assert [c.author for c in section.comments] == ["Alice", "Bob", "Alice"]
    assert section.comments[1].body == "Alice, you are wrong here.\n\nSecond paragraph of it."


@pytest.mark.parametrize(
    "thread",
    [
        "Leave a Reply\n\nJohn Smith says:\nApril 19, 2018 at 3:45 pm\nGreat piece.\nReply\n",
        "12 Kommentare\nJohn Smith\nvor 3 Stunden\nGreat piece.\nAntworten\n",
        "Reader comments (12)\nJohn Smith | 19 April 2018 15:45\nGreat piece.\nReport abuse\n",
    ],
)
def test_author_line_and_noise_are_not_comment_text(thread):
    _, section = split_comment_section(PROSE + "\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [("John Smith", "Great piece.")]


def test_posted_at_from_absolute_timestamp():
    _, section = split_comment_section(
        PROSE + "\nLeave a Reply\n\nJohn says:\nApril 19, 2018 at 3:45 pm\nGreat piece.\nReply\n"
    )
    assert section.comments[0].posted_at == datetime(2018, 4, 19, 15, 45)


def test_at_name_reply_sets_parent():
    _, section = split_comment_section(
        PROSE + "\n3 Comments\nAnna\n2 hours ago\nFirst!\nReply\nBen\n1 hour ago\nI like it.\nReply\n"
        "Carl\n1 hour ago\n@Anna not really\nReply\n"
    )
    assert [c.parent_position for c in section.comments] == [None, None, 1]


def test_declared_count_word_number():
    _, section = split_comment_section(PROSE + "\nOne thought on “The summit”\n\nAnna says:\nNice.\n")
    assert section.declared_count == 1
    assert section.comments[0].author == "Anna"


def test_block_without_authors_gives_one_comment_per_paragraph():
    section = split_comment_block("First comment here.\n\nSecond one, longer text.\n")
    assert [(c.author, c.body) for c in section.comments] == [
        (None, "First comment here."),
        (None, "Second one, longer text."),
    ]
