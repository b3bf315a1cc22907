"""Round 18b: a page without a thread says its comments are off in a wording the earlier rule
lacked, and a live blog's button loads older entries; prose about comments or older posts stays."""
import pytest

from transforms.boilerplate import clean_body
from transforms.body_lines import is_noise_line

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans.")


@pytest.mark.parametrize("line", [
    "Kommentare sind für diesen Artikel deaktiviert.",
    "Die Kommentare zu diesem Beitrag wurden geschlossen.",
    "I commenti sono chiusi per questo articolo.",
    "Reacties zijn gesloten.",
    "Komentarze są wyłączone.",
    "Kommentarerna är stängda.",
    "Ältere Beiträge laden",
    "Load earlier updates",
    "Charger les messages précédents",
    "Cargar entradas anteriores",
    "Oudere berichten laden",
])
def test_comments_off_and_load_earlier_are_noise_lines(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Die Kommentare sind für viele Leser der wichtigste Teil der Seite, sagt die Chefredakteurin.",
    "Ältere Beiträge laden langsamer, weil das Archiv auf einem anderen Server liegt.",
    "Reacties zijn gesloten voor iedereen die zich niet heeft aangemeld, zegt de redactie.",
])
def test_prose_about_comments_or_older_posts_stays(line):
    assert not is_noise_line(line)
    assert line in clean_body(f"{PROSE}\n\n{line}\n\n{PROSE}")


def test_tail_under_a_comments_off_notice_goes():
    bio = "Jonas Weber ist Redakteur im Lokalressort und berichtet seit 2019 aus dem Kreis."
    text = f"{PROSE}\n\nÄltere Beiträge laden\n\n{bio}\n\nKommentare sind für diesen Artikel deaktiviert."
    assert clean_body(text) == PROSE


@pytest.mark.parametrize("heading", ["### Newsletter", "## Sign up to our newsletter", "### Newsletter abonnieren"])
def test_one_line_blurb_under_a_markdown_newsletter_heading_goes(heading):
    blurb = "The Harbour Morning: the news of the coast every weekday at 6 a.m."
    assert clean_body(f"{PROSE}\n\n{heading}\n{blurb}\n\n{PROSE}") == f"{PROSE}\n\n{PROSE}"


@pytest.mark.parametrize("under", [
    # two sentences: article text under a subheading that happens to be a newsletter's name
    "The council sends a newsletter to every household. It was cut to four pages this year.",
    # a long paragraph
    "The council's printed newsletter, which reaches every household on the island and in the town, "
    "was cut from twelve pages to four this year after the printing contract went to a cheaper firm.",
])
def test_article_text_under_a_newsletter_subheading_stays(under):
    assert under in clean_body(f"{PROSE}\n\n### Newsletter\n{under}\n\n{PROSE}")
