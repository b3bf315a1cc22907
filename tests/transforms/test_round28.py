"""Round 28 (tests/eval/cleaning/holdout28, measured blind, then fixed): news pages in the core
languages; one small case per rule."""
import datetime as dt

import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, classify_all
from transforms.metadata import extract_byline

PROSE = ("The planning department received more than 3,100 public comments on a proposed warehouse "
         "near Bayside Road, the most for any single application, officials said Wednesday.")
MORE = "The planning commission is expected to vote on Dec. 17, the county said in a statement."


@pytest.mark.parametrize("row", ["[facebook] [twitter] [email] [print] [save]",
                                 "[Facebook] [X] [WhatsApp] [E-Mail]",
                                 "[partager] [imprimer]"])
def test_w3m_share_icon_row_leaves_the_body(row):
    assert clean_body(f"{row}\n\n{PROSE}\n\n{MORE}\n") == f"{PROSE}\n\n{MORE}"


def test_bracketed_prose_stays():
    line = "[The council later corrected the figure to 3,050 comments.] [Editor's note]"
    assert line in clean_body(f"{PROSE}\n\n{line}\n\n{MORE}\n")


def test_w3m_image_alt_over_its_caption_goes_with_it():
    page = ("[Protesters outside Marlow County offices]\nResidents rally outside the county building on "
            "Monday\nbefore the hearing. (Photo by Luis Arredondo / Marlow County Sentinel)\n\n"
            f"{PROSE}\n\n{MORE}\n")
    assert clean_body(page) == f"{PROSE}\n\n{MORE}"


def test_vote_icon_alt_in_an_action_row_is_noise():
    assert [item.kind for item in classify_all(["Reply  Share  24  [dislike]"])] == [NOISE]


@pytest.mark.parametrize("line, day", [("Dec 3, 2026 Updated Dec 4, 2026", 3),
                                       ("3. Dezember 2026 · aktualisiert 4. Dezember 2026", 3)])
def test_publication_date_with_its_update_on_one_line(line, day):
    byline = extract_byline(f"Marlow County Sentinel\n\nRecord comments flood county portal\n\nBy Dana Whitcomb\n{line}\n\n{PROSE}\n")
    assert byline.published_date == dt.date(2026, 12, day)
