"""transforms.flat_layout: pages saved without paragraph breaks get their blocks back."""
import pytest

from transforms.document import build_records
from transforms.flat_layout import (BLANK_AFTER_EVERY_LINE, FLAT_MIN_LINES, NO_BLANKS, flat_layout,
                                    flatten, is_prose, leading_lines, regroup)

PROSE = ("The council voted on Tuesday to keep the ferry running through the winter, "
         "after two years of argument over its cost.")

# A page as a saver with paragraphs writes it: menu, headline, byline, three paragraphs, a
# caption with its credit, a related list, a share bar, then a Disqus-style thread.
ARTICLE = [
    "Home | News | Sport | Weather", "",
    "Ferry stays on through the winter", "",
    "By Ann Carter", "May 3, 2024", "",
    PROSE, "",
    "The crossing carries about 400 people a day, most of them to the hospital on the far bank "
    "of the river, and the operator had warned it could not go on without a subsidy.", "",
    "The ferry leaving Pellow slipway.", "Photo: Ann Carter", "",
    "Councillors said the subsidy would be reviewed next spring, when the new timetable and the "
    "fares for foot passengers are settled with the operator.", "",
    "Related", "- [Bridge repairs delayed again](/a)", "- [Bus fares rise in June](/b)", "",
    "Share on Facebook", "Share on X", "",
]
THREAD = [
    "3 comments", "",
    "Martha Reeve", "2 hours ago", "Good news for the hospital staff who use it every day.", "Reply", "",
    "Tom Birch", "1 hour ago", "About time.", "Reply", "",
    "Jo Lane", "30 minutes ago", "Will the fares go up as well?", "Reply",
]
CANONICAL = "\n".join(ARTICLE + THREAD) + "\n"


def _no_blanks(text):
    return "\n".join(line for line in text.split("\n") if line.strip())


def _blank_after_every_line(text):
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def test_layout_is_told_from_the_blank_lines():
    assert flat_layout(CANONICAL) is None
    assert flat_layout(_no_blanks(CANONICAL)) == NO_BLANKS
    assert flat_layout(_blank_after_every_line(CANONICAL)) == BLANK_AFTER_EVERY_LINE
    short = "\n".join(f"line {i}" for i in range(FLAT_MIN_LINES - 1))
    assert flat_layout(short) is None  # too short to say how it was saved


def test_prose_is_a_long_line_or_a_sentence_of_some_length():
    assert is_prose(PROSE)
    assert is_prose("Councillors said the subsidy would be reviewed next spring, they said.")
    assert not is_prose("Photo: Ann Carter")
    assert not is_prose("- [Bridge repairs delayed again because the contractor went bust in May](/a)")
    assert not is_prose("## The council voted on Tuesday to keep the ferry running through winter.")


def test_regroup_puts_prose_alone_and_keeps_runs_of_short_lines_together():
    flat = "\n".join(["Home | News", "By Ann Carter", "May 3, 2024", PROSE, PROSE,
                      "Related", "- [a](/a)", "- [b](/b)", "## Heading", "Share on X"])
    assert regroup(flat, NO_BLANKS).split("\n\n") == [
        "Home | News\nBy Ann Carter\nMay 3, 2024", PROSE, PROSE,
        "Related\n- [a](/a)\n- [b](/b)", "## Heading", "Share on X"]


def test_regroup_keeps_lines_a_spaced_page_printed_together():
    spaced = "\n\n".join([PROSE, f"Subscribe now\n{PROSE}", "Short line", "Another short line"])
    assert regroup(spaced, BLANK_AFTER_EVERY_LINE).split("\n\n") == [
        PROSE, f"Subscribe now\n{PROSE}", "Short line\nAnother short line"]


def test_flatten_and_leading_lines_map_the_flat_page_back():
    text = "a\n\nb\n\n\nc\nd"
    assert flatten(text) == "a\nb\nc\nd"
    # on a page saved without blank lines, the few it has are a post's paragraph breaks (round 16b)
    assert flatten(text, NO_BLANKS) == "a\n\nb\n\nc\nd"
    assert leading_lines(text, 2) == "a\n\nb"
    assert leading_lines(text, 0) == ""


def _records(text, name="page.txt"):
    raw = text.encode("utf-8")
    records = build_records(name, "test", "0" * 64, raw)
    return records.articles[0], sorted(records.comments, key=lambda c: c["position"])


@pytest.mark.parametrize("saver", [_no_blanks, _blank_after_every_line], ids=["no-blanks", "blank-after-every-line"])
def test_a_flat_page_is_cleaned_like_the_page_with_paragraphs(saver):
    want_article, want_comments = _records(CANONICAL)
    article, comments = _records(saver(CANONICAL))
    assert "Bridge repairs" not in want_article["body"] and "Photo: Ann Carter" not in want_article["body"]
    assert article["body"].split() == want_article["body"].split()
    assert [(c["author"], c["body"]) for c in comments] == [(c["author"], c["body"]) for c in want_comments]
    assert [c["author"] for c in comments] == ["Martha Reeve", "Tom Birch", "Jo Lane"]
