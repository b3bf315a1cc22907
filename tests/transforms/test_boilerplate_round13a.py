"""Round 13a: body boilerplate a text dump, a newsletter prompt and a header without blank lines
left in the body."""
import pytest

from transforms.boilerplate import clean_body

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans.")
MORE = "The harbour master said the wall would need repairs before the winter storms, whatever the budget allowed."


def test_an_image_alt_text_repeated_as_its_caption_goes_with_the_credit():
    page = (f"Students board a bus outside the high school on Tuesday.\n"
            f"Students board a bus outside the high school on Tuesday.\nPhoto by Marcus Lee / The Valley Ledger\n\n{PROSE}")
    assert clean_body(page) == PROSE


@pytest.mark.parametrize("prompt", [
    "Sign up to our free daily newsletter for the latest news from Brackwell and the Vale.",
    "Sign up for our newsletter and get the news first.",
])
def test_newsletter_prompts_go(prompt):
    assert clean_body(f"{PROSE}\n\n{prompt}\n\n{MORE}") == f"{PROSE}\n\n{MORE}"


def test_a_dek_above_the_byline_goes_when_the_header_has_no_blank_lines():
    title = "Saint-Aubin : le marché couvert rouvre après dix-huit mois de travaux"
    dek = "Les commerçants retrouvent leurs étals ce samedi. La halle a été entièrement isolée et dispose désormais d'une verrière."
    body = ("Ce samedi, à 7 heures, les vingt-trois commerçants du marché couvert réinstalleront leurs étals sous la "
            "halle de la place du Champ-de-Foire. Le bâtiment, fermé depuis novembre 2023, a été entièrement rénové.")
    page = (f"{title}\n{dek}\nPar Claire Vasseur\nPublié le 14/05/2025 à 07h30  Mis à jour le 14/05/2025 à 09h12\n"
            "Partager sur Facebook   Partager sur X\n"
            f"La nouvelle verrière de la halle, vue depuis la rue des Tanneurs. © Ouest Matin / Thomas Le Goff\n{body}")
    assert clean_body(page, title) == body
