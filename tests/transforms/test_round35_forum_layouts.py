"""Round 35 (helper fix35c): forum threads in the eval set's pages re-printed as other savers
print them (benchmarks/eval_cleaning.py --layout).
- A forum signature right over the post's 'Reply with quote' button was read as the next
  poster's name: the button, then the next post's number and time, look like a poster box under
  a name (comment_context._ends_signature). A line right over that button is the post's last
  line; German phpBB/vBulletin 'Mit Zitat antworten' and English 'Reply with quote' join the
  button rule (comment_widgets.json, forum.noise.r34_reply_with_quote_buttons).
"""
import textwrap

import pytest

from transforms.comment_lines import NOISE, classify
from transforms.comments import split_comment_section

PROSE = ("Der Gemeinderat hat am Dienstag über die neue Wärmeplanung beraten, und viele Bürger kamen in den "
         "Saal, um die Pläne für das Nahwärmenetz und die Förderung zu hören. ") * 3


def _comments(thread: str):
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return section.comments


# -- a signature over the post's 'Mit Zitat antworten' button ----------------------------------

VBULLETIN_DE_NO_BLANK_LINES = textwrap.dedent("""\
    #2
    03.12.2026, 21:02
    Kältemittel-Kai
    Erfahrener Benutzer
    Registriert seit: 11.2014
    Beiträge: 3.412
    Probier zuerst den Test mit der Vorlauftemperatur: Stell den Kessel einen Winter lang auf 50 Grad.
    Mit Zitat antworten
    #3
    Gestern, 07:48
    Sonnenseite
    Benutzer
    Registriert seit: 05.2019
    Beiträge: 214
    Wir haben ein Haus von 1958, nur die Heizkörper im Wohnzimmer und im Bad getauscht.
    __________________
    PV 9,8 kWp, WP seit 2022
    Mit Zitat antworten
    #4
    Gestern, 12:30
    HausbauerNRW
    Benutzer
    Registriert seit: 02.2021
    Beiträge: 87
    @Sonnenseite Danke, das macht Mut. Welche Heizkörper habt ihr genommen?
    Mit Zitat antworten
    """)


def test_a_signature_over_the_quote_reply_button_ends_the_post():
    comments = _comments(VBULLETIN_DE_NO_BLANK_LINES)
    assert [c.author for c in comments] == ["Kältemittel-Kai", "Sonnenseite", "HausbauerNRW"]
    assert all("PV 9,8 kWp" not in c.body and "Mit Zitat" not in c.body for c in comments)


@pytest.mark.parametrize("line", ["Mit Zitat antworten", "Reply with quote", "Répondre en citant",
                                  "Responder citando", "Rispondi citando"])
def test_quote_reply_buttons_are_post_chrome(line):
    assert classify(0, line).kind == NOISE


def test_a_short_name_over_a_poster_box_still_ends_a_signature():
    thread = textwrap.dedent("""\
        #1
        03.12.2026, 20:14
        Sonnenseite
        Benutzer
        Beiträge: 214
        Wir haben ein Haus von 1958, nur die Heizkörper im Wohnzimmer und im Bad getauscht.
        __________________
        PV 9,8 kWp, WP seit 2022
        #2
        03.12.2026, 21:02
        Kältemittel-Kai
        Erfahrener Benutzer
        Beiträge: 3.412
        Probier zuerst den Test mit der Vorlauftemperatur, das sagt mehr als jedes Angebot.
        """)
    assert [c.author for c in _comments(thread)] == ["Sonnenseite", "Kältemittel-Kai"]
