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


MARKDOWNLOAD = """# Skilift am Kalvarienberg: Verein rettet die Saison | Oberland-Bote

> ## Excerpt
> Nach dem Rückzug des Betreibers übernimmt ein Förderverein den kleinen Schlepplift in Kranzach. Ehrenamtliche sitzen an der Kasse.

---
[Zum Inhalt](#main) [Zur Navigation](#nav)

-   [Lokales](https://www.oberland-bote.de/lokales/)
-   [Bayern](https://www.oberland-bote.de/bayern/)
-   [Sport](https://www.oberland-bote.de/sport/)
-   [Freizeit](https://www.oberland-bote.de/freizeit/)
-   [ePaper](https://epaper.oberland-bote.de/)

[Abo](https://abo.oberland-bote.de/) | [Login](https://www.oberland-bote.de/login/)

[Lokales](https://www.oberland-bote.de/lokales/) > [Kranzach](https://www.oberland-bote.de/lokales/kranzach/)

KRANZACH

## Skilift am Kalvarienberg: Verein rettet die Saison

**Nach dem Rückzug des Betreibers übernimmt ein Förderverein den kleinen Schlepplift in Kranzach. Ehrenamtliche sitzen an der Kasse.**

Von [Miriam Schaller](https://www.oberland-bote.de/autoren/miriam-schaller/)

05.12.2026 | 17:45 Uhr

Der Schlepplift am Kalvarienberg in Kranzach läuft auch in diesem Winter. Der neu gegründete Förderverein hat den Lift von der Gemeinde gepachtet, nachdem der bisherige Betreiber im Sommer aufgehört hatte.

Der Lift ist 420 Meter lang und gilt als klassischer Übungshang, sagt Vereinsvorsitzender Korbinian Staudacher.
"""


def test_markdownload_excerpt_quote_and_the_header_under_it_leave_the_body():
    body = clean_body(MARKDOWNLOAD, "Skilift am Kalvarienberg: Verein rettet die Saison")
    assert body.startswith("Der Schlepplift am Kalvarienberg in Kranzach") and "Miriam Schaller" not in body


def test_markdownload_excerpt_does_not_end_the_header_region_of_the_byline():
    byline = extract_byline(MARKDOWNLOAD)
    assert (byline.author, byline.published_date) == ("Miriam Schaller", dt.date(2026, 12, 5))
