"""Round 20a (measurement only, then fixed): a forum's 'liked by' names line under a post, the
Italian SMF quote button 'Citazione', Reddit's 'Search Comments' box."""
import pytest

from transforms.comment_lines import TEXT, classify
from transforms.comments import split_comment_section
from transforms.metadata import extract_byline

OPENING = ("Sourdough starter gone flat after the move\n\nSince we moved flats my starter has stopped rising. Same flour, "
           "same water, same jar, fed twice a day for a week now. It smells fine but barely doubles in twelve hours. "
           "Has anyone had this happen after a move and what fixed it?\n\n3 replies\n\n")


def _thread(liked: str) -> str:
    posts = [("Hollis", "Dec 2, 2026", "Your new kitchen is probably colder. Try the oven with the light on."),
             ("Marta B.", "Dec 2, 2026", "Same thing happened to me in January. Warmth fixed it."),
             ("crumbwatcher", "Dec 3, 2026", "@Marta B. what temperature do you keep yours at?")]
    return OPENING + "\n".join(x for who, day, text in posts for x in (
        who, "Well-known member", day, "", text, "", *([liked, ""] if who == "crumbwatcher" else []), "Like", "Reply", ""))


@pytest.mark.parametrize("liked, kept", [
    ("Hollis, Marta B. and crumbwatcher", False), ("Hollis and Marta B.", False),
    ("Hollis, Marta B. and 3 others", False),
    ("Hollis and Sam Okafor", True),  # a name nobody in the thread posts under: maybe the post's own words
])
def test_liked_by_line_of_the_threads_posters_is_no_post_text(liked, kept):  # comment_finish._strip_reaction_lines
    _, section = split_comment_section(_thread(liked))
    assert [c.author for c in section.comments] == ["Hollis", "Marta B.", "crumbwatcher"]
    assert section.comments[-1].body.endswith(liked) is kept


@pytest.mark.parametrize("line", ["Citazione", "Zitat", "Citaat", "Cytat", "Gesprekken doorzoeken", "Search Comments",
                                  "Kommentare durchsuchen", "Cerca nei commenti"])
def test_quote_button_noun_and_search_box_are_chrome(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line, author", [
    ("Lokales · 02.12.2026, 18:05 Uhr · Von Jonas Kettler", "Jonas Kettler"),  # section, date, by-word, name
    ("Politics | March 3, 2024 | By Gail Whitmore", "Gail Whitmore"),
    ("u/fietsvanger_030 • 6 u geleden", "fietsvanger_030"),  # Reddit's poster and the post's age
    ("u/Nerea_CL · hace 9 h", "Nerea_CL"),
    ("Lokales · Sport · Freizeit", None),  # a menu is no byline
])
def test_byline_shapes_of_round_20a(line, author):
    assert extract_byline(line).author == author
