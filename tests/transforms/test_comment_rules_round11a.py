"""Round 11a: author lines as text dumps and fediverse threads print them ('[avatar] Name dit :',
'tinkerlotte OP', 'Kai W. @social.example'), a place after every commenter's name, a reply marker that
names the comment, forum group badges and likes lines, a forum's reply count above the first post, a
widget's count under its policy sentence, US time zones, and a blockquote repeating the post."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, classify, classify_all
from transforms.comment_names import clean_name, quote_target
from transforms.comments import _header_count, split_comment_section
from transforms.timestamps import parse_timestamp

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


@pytest.mark.parametrize("line, name", [
    ("[avatar] Sylvie Marchal", "Sylvie Marchal"),  # w3m prints the avatar's alt text
    ("tinkerlotte OP", "tinkerlotte"),  # a one-word lower-case handle and its role badge
    ("Carmen Mod", "Carmen Mod"),  # a capitalised one-word name keeps its second word
    ("Kai W. @social.example", "Kai W."),  # the home instance after a name ending in an initial
    ("Ostwind @feddit.example", "Ostwind"),
])
def test_author_line_pieces_that_are_no_name(line, name):
    assert clean_name(line) == name


def _thread(authors: list[str]) -> str:
    blocks = [f"{a}\nA comment number {k} about the bath and its repairs.\n03.12.2026 · 0{k}:15 Uhr\n"
              "Antworten · Melden · 3 Leser stimmen zu" for k, a in enumerate(authors, 1)]
    return PROSE + "\n\nKommentare (5)\n\n" + "\n".join(blocks) + "\n"


def test_a_place_on_most_author_lines_is_the_profile_place():
    _, section = split_comment_section(_thread([
        "Heinz-Otto B. aus Gerbstedt", "Kerstin Vogler aus Hettstedt", "Früher hatten wir drei Bäder aus Sandersleben",
        "Jens aus Wimmelburg", "K. Pfau"]))
    assert [c.author for c in section.comments] == [
        "Heinz-Otto B.", "Kerstin Vogler", "Früher hatten wir drei Bäder", "Jens", "K. Pfau"]


def test_a_place_on_one_author_line_is_part_of_a_nickname():
    _, section = split_comment_section(_thread(["Heiner Kappel", "Schorsch aus Haßloch", "Gudrun Wenz", "Pit"]))
    assert [c.author for c in section.comments] == ["Heiner Kappel", "Schorsch aus Haßloch", "Gudrun Wenz", "Pit"]


def test_reply_marker_naming_the_comment():
    assert quote_target("Als Antwort auf den Kommentar von Heinz-Otto B.") == "Heinz-Otto B"


@pytest.mark.parametrize("line", [
    "Equipment Team", "Moderator · Equipment Team", "Support-Team",
    "Priti Vaswani, Oskar Brandl and 11 others like this.", "Gideon Marlowe likes this.",
    "Anna Berg und 3 anderen gefällt das", "Claire et 2 autres aiment ça", "A Pilar y 3 personas más les gusta esto",
])
def test_forum_badges_and_likes_lines_are_chrome(line):
    assert classify(0, line).kind == NOISE


def test_forum_reply_count_above_the_first_post():
    lines = classify_all(["Laser cutter downtime", "", "Announcements Equipment", "6 replies", "", "Gideon Marlowe"])
    assert _header_count(lines) == 6


def test_count_under_the_widget_policy_is_the_header_count():
    text = (PROSE + "\n\n## Comments\n\n[Ledger comment policy](https://x.example/policy)\n"
            "Be civil and stay on topic. Comments containing links are held for review.\n\n**9 Comments**\n\n"
            "Best · Newest · Oldest\n\n**[Ted Ruskin](https://disqus.com/by/ted/)** · [2 days ago](#c1)\n\n"
            "Six months is a long detour for anyone walking to the station.\n\n14 · Reply · Share ›\n\n"
            "**[Iris Pennock](https://disqus.com/by/iris/)** · [20 hours ago](#c2)\n\n"
            "Better six months now than the whole thing in the river in March.\n\n5 · Reply · Share ›\n")
    article, section = split_comment_section(text)
    assert "Be civil" not in article and "## Comments" not in article
    assert section.declared_count == 9
    assert [c.author for c in section.comments] == ["Ted Ruskin", "Iris Pennock"]


@pytest.mark.parametrize("text, stamp", [
    ("Dec. 4, 2026 5:12 p.m. PT", "2026-12-04 17:12"),
    ("Dec 4, 2026 5:12 PM ET", "2026-12-04 17:12"),
])
def test_us_time_zones(text, stamp):
    assert parse_timestamp(text).strftime("%Y-%m-%d %H:%M") == stamp


def test_dek_over_a_name_and_a_zoned_date_is_header():
    text = ("Parking app outage leaves drivers with tickets\n"
            "The city says every ticket issued during the failure will be reviewed, but drivers must apply.\n"
            "Dominic Feld\nDec. 4, 2026 5:12 p.m. PT\n"
            "Drivers who were ticketed downtown on Tuesday will be able to contest the fines online, the department said.\n")
    body = clean_body(text, "Parking app outage leaves drivers with tickets")
    assert body.startswith("Drivers who were ticketed")


def test_blockquote_repeating_the_post_is_a_quote():
    post = "Electronics is more than half of what comes in on a Saturday afternoon."
    text = (PROSE + post + "\n\n42 ▲ · 3 Kommentare\n\n"
            "[Ostwind](https://f.example/u/ostwind) @f.example · vor 8 Std.\n\nCool, I will come on the 13th.\n\n"
            "▲ 14 ▼ · [Antworten](#) · [Melden](#)\n\n"
            "> [Lotte](https://f.example/u/lotte) @f.example · vor 7 Std.\n>\n> Great, see you then.\n>\n"
            "> ▲ 6 ▼ · [Antworten](#) · [Melden](#)\n\n"
            "[Mara](https://f.example/u/mara) @f.example · vor 5 Std.\n\n> " + post + "\n\n"
            "Same in our repair café in Altona.\n\n▲ 11 ▼ · [Antworten](#) · [Melden](#)\n")
    _, section = split_comment_section(text)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Ostwind", "Cool, I will come on the 13th."), ("Lotte", "Great, see you then."),
        ("Mara", "Same in our repair café in Altona.")]


def test_blockquoted_author_line_repeating_a_name_stays_text():
    from transforms.comment_context import _mark_repeated_blockquotes
    from transforms.comment_lines import TEXT

    lines = classify_all(["**On vous l'avait bien dit**", "", "Ça fait vingt ans.", "", "> Répondre", "",
                          "> > **On vous l'avait bien dit**", "> >", "> > Une saison record sur vingt, justement."])
    _mark_repeated_blockquotes(lines, "")
    assert lines[6].kind == TEXT  # a reply's author line one level deeper: a name, not a quoted sentence


@pytest.mark.parametrize("line, noise", [
    ("Je m'inscris", True), ("Me suscribo", True), ("Ich melde mich an", True),
    ("Je m'inscris au club de foot depuis deux ans.", False),
])
def test_first_person_sign_up_button_alone_on_its_line(line, noise):
    from transforms.body_lines import is_noise_line

    assert is_noise_line(line) is noise


@pytest.mark.parametrize("line, author", [
    ("eingereicht vor 9 Std. von tinkerlotte@feddit.example in norddeutschland@feddit.example", "tinkerlotte"),
    ("submitted 5 hours ago by ferry_fan to r/harbourtown", "ferry_fan"),
    ("inskickat av [11]bergsjon_eva 3 d sedan till [12]goteborg", "bergsjon_eva"),  # round 19a: Mbin, lynx dump
    ("indsendt af cykel_lene 2 t siden til kobenhavn@feddit.dk", "cykel_lene"),
])
def test_submission_line_gives_the_poster(line, author):
    from transforms.metadata import extract_byline

    text = ("# Our repair café needs people who can solder\n\n" + line + "\n\n"
            "The council voted on Tuesday to keep the village school open for at least four more years.\n")
    assert extract_byline(text).author == author
