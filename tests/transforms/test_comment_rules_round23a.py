"""Round 23a (blind forum threads, helper fix23a1): new Reddit in Swedish (its translated 'level N'
markers, post buttons, the OP badge on its own line, ages with a dot, the community sidebar)."""
import pytest

from transforms.comment_lines import TEXT, classify
from transforms.comments import split_comment_section


def _comments(page: str) -> list[tuple[str | None, int | None, str]]:
    _, section = split_comment_section(page)
    return [(c.author, c.parent_position, c.body) for c in section.comments]


@pytest.mark.parametrize("line, depth", [
    ("nivå 2", 2), ("niveau 1", 1), ("nivel 3", 3), ("Ebene 2", 2),
])
def test_reddit_level_marker_in_more_languages(line, depth):
    assert classify(0, line).depth == depth


@pytest.mark.parametrize("line", [
    # Reddit's post and comment buttons, upvote ratio, sort bar, placeholders, more-replies link
    "Dölj", "Följ", "Skjul", "Følg", "96 % upvotade", "Sortera efter: bäst", "Sortieren nach: Beste",
    "[borttaget]", "Fler svar", "Flere svar",
    # the original poster's badge alone on its line
    "OP",
])
def test_round_23a_chrome_lines(line):
    assert classify(0, line).kind != TEXT


def test_swedish_reddit_thread_badge_ages_and_sidebar():
    page = "\n\n".join([
        "Bussarna till länet går allt mer sällan och ingen vet varför.",
        "Finns det någon som vet mer om det här?", "12 kommentarer",
        "Logga in eller registrera dig för att lämna en kommentar", "Sortera efter: bäst",
        "nivå 1\nanna_k\n· 4 tim.", "Bussen går bara varannan timme nu.", "5\nSvara\nDela\nSpara\nFölj",
        "nivå 2\nolle_b\nOP\n· 3 tim.", "Ja, och ingen kvällstur alls.", "2\nSvara\nDela\nSpara\nFölj",
        "nivå 1\nkarin_s\n· 1 tim.", "Skriv till regionen, det hjälper.", "7\nSvara\nDela\nSpara\nFölj",
        "Fler svar", "Om gemenskapen", "Allt om staden och länet.", "Skapad 12 mars 2013",
    ])
    assert _comments(page) == [
        ("anna_k", None, "Bussen går bara varannan timme nu."),
        ("olle_b", 1, "Ja, och ingen kvällstur alls."),
        ("karin_s", None, "Skriv till regionen, det hjälper."),
    ]
