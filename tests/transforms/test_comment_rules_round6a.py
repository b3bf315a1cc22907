"""Round 6a: English layouts of unseen pages (tests/eval/cleaning/README.md, 'Round 6a')."""
import pytest

from transforms.comment_lines import classify
from transforms.comments import split_comment_section
from transforms.lines import plain_line

WIDGET_WORDS = [
    ("new follow-up comments", "widget"),  # wpdiscuz.widget.r6a_subscribe_menu
    ("new replies to my comments", "widget"),
    ("Label", "widget"),
    ("DisagreeAgree", "widget"),
    ("Surprised", "widget"),  # disqus.widget.r6a_reactions
    ("Love 3", "widget"),
    ("Your say (5)", "count"),  # newspaper.count.r6a_your_say
    ("Have your say: 12", "count"),
    ("This comment has been withdrawn by its author.", "noise"),  # generic.noise.r6a_withdrawn
]


@pytest.mark.parametrize("line, kind", WIDGET_WORDS)
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


PROSE = ("The council voted on Monday night to close the branch library on Ashworth Road, after a "
         "consultation that drew more than four hundred written objections from residents.\n\n")


def test_reaction_count_above_the_comment_count_is_not_the_declared_count():
    page = PROSE + (
        "What do you think?\n5 Responses\nUpvote\nFunny\nLove\nSurprised\nAngry\nSad\n\n"
        "3 Comments\nBest Newest Oldest\n\n"
        "Tom\n2 days ago\n\nIs the map open on phones?\n\nReply\n\n"
        "Ann B\n2 days ago\n\nIt is, but slowly.\n\nReply\n\n"
        "Kev\na day ago\n\nGood work.\n\nReply\n"
    )
    section = split_comment_section(page)[1]
    assert section.declared_count == 3
    assert [c.author for c in section.comments] == ["Tom", "Ann B", "Kev"]


def test_icon_font_glyphs_are_not_text():
    assert plain_line("\ue60c the_N4_regular") == "the_N4_regular"
    assert plain_line("\ue61e Favorite") == "Favorite"


def test_a_sentence_like_parent_name_under_a_short_author_over_its_time():
    page = PROSE + (
        "4 Comments\nSort by Best\n\n"
        "Avatar\nIngrid doesn't drive a bus\n• 2 hours ago\n\nTaxi home for drivers should have been standard.\n\n"
        "Reply\n•\nShare ›\n"
        "Avatar\nyes\n\ue60c Ingrid doesn't drive a bus\n• an hour ago\n\n+1\n\nReply\n•\nShare ›\n"
        "Avatar\nPete\n• an hour ago\n\nWho pays when the grant runs out?\n\nReply\n•\nShare ›\n"
    )
    comments = split_comment_section(page)[1].comments
    assert [(c.author, c.parent_position) for c in comments] == [
        ("Ingrid doesn't drive a bus", None), ("yes", 1), ("Pete", None)]


MORE_WIDGET_WORDS = [
    ("Instagram", "noise"),  # generic.noise.r6a_follow_row
    ("Follow us", "noise"),
    ("Liked by 2 people", "noise"),  # wordpress.noise.r6a_liked_by
    ("Enter your comment here...", "form"),  # wordpress.form.r6a_wordpress_com
    ("Email (required) (Address never made public)", "form"),
    ("Notify me of new posts via email.", "form"),
    ("Blog at WordPress.com.", "end"),  # wordpress.end.r6a_wordpress_com
]


@pytest.mark.parametrize("line, kind", MORE_WIDGET_WORDS)
def test_more_widget_words(line, kind):
    test_widget_words(line, kind)


def test_signed_vote_scores_under_the_text_are_chrome_but_a_plus_one_comment_is_not():
    page = PROSE + "6 Comments\n\nOldest first\n\nInline Feedbacks\n\n" + "".join(
        f"**{name}**\n\n{when}\n\n{text}\n\n{score}\n\nReply\n\n" for name, when, text, score in [
            ("Dr. Priya V", "5 days ago", "Ran it four times. The harbour was the wall.", "+12"),
            ("ok", "5 days ago", "Same. The wind off the water was brutal.", "+4"),
            ("Kev", "4 days ago", "+1", "0"),
            ("where did the sponsor go", "3 days ago", "Didn't a bank sponsor this once?", "+6"),
        ])
    comments = split_comment_section(page)[1].comments
    assert [c.body for c in comments] == [
        "Ran it four times. The harbour was the wall.", "Same. The wind off the water was brutal.", "+1",
        "Didn't a bank sponsor this once?"]


@pytest.mark.parametrize("line, iso", [
    ("5 June 2024 · 08:41", "2024-06-05T08:41"),  # a middle dot between date and time
    ("Mar 5, 2024 • 9:12 pm", "2024-03-05T21:12"),
    ("Yesterday · 22:10", None),  # a day word and a time: relative, no posted_at
])
def test_a_middle_dot_joins_a_date_or_day_word_and_its_time(line, iso):
    from transforms.timestamps import is_timestamp, parse_timestamp
    assert is_timestamp(line)
    parsed = parse_timestamp(line, require_time=True)
    assert (parsed.isoformat(timespec="minutes") if parsed else None) == iso


def test_time_above_the_author_with_one_relative_time_in_the_run():
    page = PROSE + "## Your say (3)\n\n" + "".join(
        f"**{when}**\n**{name}** (Tarrow)\n\n{text}\n\n[Reply](#) · [Report](#) · 👍 {k}\n\n"
        for k, (when, name, text) in enumerate([
            ("5 June 2024 · 08:41", "Hamid Osei", "Thank you for including the traders."),
            ("Yesterday · 22:10", "Anon", "It was fine."),
            ("6 June 2024 · 07:15", "Mo", "Back in 2025, that's the headline."),
        ]))
    comments = split_comment_section(page)[1].comments
    assert [(c.author, c.posted_at and c.posted_at.isoformat(timespec="minutes")) for c in comments] == [
        ("Hamid Osei", "2024-06-05T08:41"), ("Anon", None), ("Mo", "2024-06-06T07:15")]
