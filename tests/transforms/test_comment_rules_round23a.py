"""Round 23a (blind forum threads, helper fix23a1): new Reddit in Swedish (its translated 'level N'
markers, post buttons, the OP badge on its own line, ages with a dot, the community sidebar);
XenForo 2 copied from the browser (the bookmark link, the reaction bar without a verb, a signature
over the opening post's buttons); Invision in Dutch without blank lines (the member group under
the name, a quote header with a relative time, the guest box and similar content under the thread)."""
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
    # the original poster's badge alone on its line; XenForo's bookmark link
    "OP", "Add bookmark", "Lesezeichen hinzufügen",
    # Invision's member group in Dutch, its guest box
    "Leden", "Nieuw lid", "Doe mee aan dit gesprek", "Reageer op dit topic...", "Ga naar topic overzicht",
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


def _xenforo_post(name: str, date: str, number: int, text: str, reactions: str = "") -> str:
    return "\n\n".join([name, "Member\nJoined\nMar 14, 2012\nMessages\n318", f"{date}\nAdd bookmark\n#{number}", text,
                          "Report\nLike\nReply"] + ([reactions] if reactions else []))


def test_xenforo_reaction_bar_and_signature_over_the_opening_posts_buttons():
    signature = "Brompton M6L and far too many spare tubes"
    page = "\n\n".join([
        "Council votes to pull the bike lane", "Thread starter gearjammer Start date Dec 3, 2026",
        _xenforo_post("gearjammer", "Dec 3, 2026", 1, "The council voted 6 to 3 last night to take the lane out.\n\n"
                      "Removal is pencilled in for February and will cost a lot.\n\n" + signature,
                      "milo_b, Sandra K and 3 others"),
        _xenforo_post("Sandra K", "Dec 3, 2026", 2, "Count me in for the open session on the 15th.", "gearjammer and milo_b"),
        _xenforo_post("milo_b", "Dec 3, 2026", 3, "The September count was over 700 on weekdays."),
        _xenforo_post("gearjammer", "Dec 4, 2026", 4, "I would back a loading bay too.\n\n" + signature),
        "You must log in or register to reply here.",
    ])
    article, section = split_comment_section(page)
    assert signature not in article
    assert [(c.author, c.body) for c in section.comments] == [
        ("Sandra K", "Count me in for the open session on the 15th."),
        ("milo_b", "The September count was over 700 on weekdays."),
        ("gearjammer", "I would back a loading bay too."),
    ]


def _invision_post(name: str, date: str, lines: list[str]) -> list[str]:
    return [name, "Leden", "87 berichten", f"Geplaatst {date}", "Melden", "Delen", *lines,
            "Citeer", "Link naar reactie", "Delen op andere sites"]


def test_dutch_invision_without_blank_lines():
    page = "\n".join([
        "Forums", "Nieuwe rotonde bij de brug", "Door Piet_J, 2 december in Verkeer", "Aanbevolen berichten",
        *_invision_post("Piet_J", "2 december", [
            "De gemeente bouwt volgend jaar een rotonde bij de brug, de kruising gaat drie maanden dicht.",
            "Volgens de wethouder is het nodig omdat er op de kruising te veel ongelukken gebeuren met fietsers.",
            "Weet iemand of de bus dan omrijdt via de dijk of via het centrum?"]),
        *_invision_post("Els_V", "2 december", ["De bus rijdt om via de dijk. Dat staat op de site van de vervoerder."]),
        *_invision_post("Piet_J", "3 december", ["1 uur geleden, Els_V zei:", "De bus rijdt om via de dijk.",
                                                 "Dank je, dan ben ik tien minuten langer onderweg."]),
        *_invision_post("Kees de Wit", "4 december", ["Via de dijk is prima, daar staat 's ochtends nooit file."]),
        "Doe mee aan dit gesprek",
        "Je kunt nu een bericht plaatsen en je later registreren. Als je al een account hebt, meld je dan nu aan.",
        "Reageer op dit topic...", "Vergelijkbare inhoud", "Fietspad langs de dijk wordt verbreed",
        "Door Els_V, 14 oktober", "8 reacties", "Powered by Invision Community",
    ])
    _, section = split_comment_section(page)
    assert section.declared_count is None  # '8 reacties' counts another topic's replies
    assert _comments(page) == [
        ("Els_V", None, "De bus rijdt om via de dijk. Dat staat op de site van de vervoerder."),
        ("Piet_J", 1, "Dank je, dan ben ik tien minuten langer onderweg."),
        ("Kees de Wit", None, "Via de dijk is prima, daar staat 's ochtends nooit file."),
    ]


def test_reddit_poster_line_in_swedish():
    from transforms.metadata import extract_byline

    assert extract_byline("r/gavleborg\nGå med\n\nPublicerat av u/anna_k\n5 tim.\n\nTitel\n\nText.").author == "anna_k"
