"""Round 12a: a paper's numbered header in the present tense and a reply naming the post number, a
role with its place in brackets after a name, MyBB's quote header and post buttons, and an English
news-tip prompt under the article."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, classify
from transforms.comment_names import clean_name, quote_target
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def test_numbered_present_tense_headers_and_a_reply_to_a_post_number():
    thread = (PROSE + "\n\nDiskussion (4 Beiträge)\n"
              "#1 Gerda Pohl schreibt am 03.12.2026 um 17:20 Uhr:\nZwei Tage vorher, das ist zu spät.\n"
              "Zustimmen (31) | Beitrag melden\n"
              "#2 Uwe Seifert schreibt am 03.12.2026 um 17:52 Uhr:\nSicherheit geht vor, finde ich.\n"
              "Zustimmen (12) | Beitrag melden\n"
              "#3 Dieser Beitrag wurde von der Redaktion entfernt.\n"
              "#4 Ein Händler vom Anger schreibt am 03.12.2026 um 18:30 Uhr:\nAntwort auf Beitrag #2\n"
              "Die Blöcke hat die Stadt selbst vorgeschlagen.\nZustimmen (27) | Beitrag melden\n"
              "#5 Gerda Pohl schreibt am 03.12.2026 um 20:11 Uhr:\nAntwort auf Beitrag #4\n"
              "Bekommen Sie das Geld zurück?\nZustimmen (4) | Beitrag melden\n")
    _, section = split_comment_section(thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Gerda Pohl", None), ("Uwe Seifert", None), ("Ein Händler vom Anger", 2), ("Gerda Pohl", 3)]


@pytest.mark.parametrize("line, name", [
    ("Elena Scotti (Sindaca di Corte Brugnatella)", "Elena Scotti"),  # a role with its place
    ("Ray Dunn (Mayor of Port Ash)", "Ray Dunn"),
    ("Javier M. (Huesca)", "Javier M."),  # a place alone, as before
    ("Kreistagsmitglied (parteilos)", "Kreistagsmitglied (parteilos)"),  # a lower-case note stays
])
def test_role_or_place_in_brackets_after_a_name(line, name):
    assert clean_name(line) == name


def test_mybb_quote_header_with_the_time_in_brackets():
    assert quote_target("Hollis Crane Wrote: (12-03-2026, 08:15 PM)") == "Hollis Crane"


@pytest.mark.parametrize("line", ["Find Reply Quote", "PM Find Reply Quote Report", "Reputation: 3"])
def test_mybb_post_buttons_and_reputation_are_chrome(line):
    assert classify(0, line).kind == NOISE


def test_english_news_tip_prompt_goes_but_prose_stays():
    tip = "Do you have a story for us? Email newsdesk@harwickledger.co.uk"
    prose = "Do you have a story for us? That is what the editor asked every caller on the phone-in."
    body = clean_body(f"{PROSE}\n\n{prose}\n\n{tip}")
    assert tip not in body and prose in body


@pytest.mark.parametrize("chrome", [
    "This article is part of our series [Running Dry](https://example.org/series), on water in the Pennines.",
    "Dieser Artikel ist Teil unserer Serie „Wasser im Dorf“.",
    "**Poll: Should water companies pay customers for every day of a ban?**\nYes\nNo\nNot sure\n[Vote](https://example.org/poll/8)",
])
def test_series_note_and_reader_poll_are_not_article(chrome):
    second = "Northvale said it would lift the ban once the reservoir passed 45 per cent and stayed there for a month."
    body = clean_body(f"# Coldbeck on a hosepipe ban\n\n{chrome}\n\n{PROSE}\n\n{second}")
    assert body.split("\n\n") == [PROSE.strip(), second]
