"""Round 17b: body boilerplate of blind pages (captions without a credit, prompts in new wordings,
a live blog) and article prose that only mentions subscribing."""
import pytest

from transforms.body_paragraphs import split_paragraphs
from transforms.boilerplate import clean_body
from transforms.body_lines import is_noise_line, matches
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans.")
MORE = "The harbour master said the wall would need repairs before the winter storms, whatever the budget allowed."


@pytest.mark.parametrize("line", [
    "We may earn a commission when you buy through links on our site.",
    "Cet article contient des liens affiliés : si vous achetez via ces liens, nous touchons une petite commission.",
    "Ricevi le notizie del Lario Alto su WhatsApp: iscriviti al canale",
    "Únete al canal de WhatsApp de Diario del Alto Jalón y recibe las noticias más importantes de la comarca.",
    "Argomenti: Castelvento · Biblioteca · Volontariato",
    "Mira: Así ha quedado por dentro el Cine Goya tras la reforma",
    "Guarda il video: la biblioteca di sera, la prova generale",
    "Ver vídeo",
    "Video",
    "Diese Funktion wird künstlich erzeugt.",
])
def test_new_noise_wordings_are_noise_lines(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Themen: Haushalt, Schulen und Straßen",  # commas, not a tag row's dots
    "The video shows the harbour wall giving way.",
    "Residents can watch the meeting online.",
])
def test_prose_near_the_new_wordings_is_not_noise(line):
    assert not is_noise_line(line)


@pytest.mark.parametrize("prompt", [
    "Wil je op de hoogte blijven van het nieuws uit Wolderveen? Schrijf je in voor onze gratis nieuwsbrief.",
    "Local news you need, in your inbox before 7 a.m. every weekday.",
    "Dagblad Oost-Veluwe gebruikt cookies en vergelijkbare technieken. Door op 'Akkoord' te klikken ga je hiermee akkoord.",
])
def test_prompts_in_new_wordings_go(prompt):
    assert clean_body(f"{PROSE}\n\n{prompt}\n\n{MORE}") == f"{PROSE}\n\n{MORE}"


def test_a_sentence_that_reports_speech_stays_though_it_names_a_mailing_list():
    said = ("The city will seek bids in January. Residents who want construction updates can subscribe to the "
            "project's mailing list through the city's website, Oyelaran said, and a walk-through is planned.")
    assert clean_body(f"{PROSE}\n\n{said}\n\n{MORE}") == f"{PROSE}\n\n{said}\n\n{MORE}"


def test_a_prose_sentence_glued_above_a_whole_sentence_prompt_stays():
    prompt = "Wil je op de hoogte blijven van het nieuws uit Wolderveen? Schrijf je in voor onze gratis nieuwsbrief."
    last = "De werkzaamheden aan het dak beginnen in april. Het bad is dan naar verwachting vijf weken dicht."
    body = clean_body(f"{PROSE}\n{last}\n{prompt}")
    assert body.endswith(last) and "nieuwsbrief" not in body


@pytest.mark.parametrize("image", [
    "![Image 2: Students walk along the shoulder of Highway 38](https://x.example/a.jpg)",
    "![](https://x.example/a.jpg)",
])
def test_a_caption_under_an_image_goes(image):
    caption = "Students walk along the shoulder of Highway 38 after classes let out on a November afternoon."
    assert clean_body(f"{PROSE}\n\n{image}\n\n{caption}\n\n{MORE}") == f"{PROSE}\n\n{MORE}"


def test_a_line_under_an_image_with_other_alt_text_stays():
    image = "![Image 1: The Harbor Ledger logo](https://x.example/logo.svg)"
    short = "It was the coldest night in forty years."
    assert clean_body(f"{PROSE}\n\n{image}\n\n{short}\n\n{MORE}") == f"{PROSE}\n\n{short}\n\n{MORE}"


def test_a_newsletter_box_title_goes_with_its_box():
    box = ("### Get the Ledger Daybreak\n\nLocal news you need, in your inbox before 7 a.m. every weekday.\n\n"
           "Enter your email address\n\nSign me up")
    assert clean_body(f"{PROSE}\n\n{box}\n\n{MORE}") == f"{PROSE}\n\n{MORE}"


def test_a_players_zero_time_does_not_start_a_live_blog_entry():
    lines = [line for p in split_paragraphs("Ascolta l'articolo\n00:00\n\nLa sala di lettura della biblioteca\n") for line in p]
    assert not lines[-1].heading and not lines[-1].entry
    assert matches(("player_start",), "0:00 / 7:41") and not matches(("player_start",), "14:30")


LIVE = "\n\n".join(
    f"{time}\n{name}\n{heading}\n{PROSE}\nShare\nCopy link"
    for time, name, heading in [("14:30", "Owen Rudd", "Westhaven bridge closed to all traffic"),
                                ("13:48", "Priya Castell", "Schools told to close early"),
                                ("12:05", "Marcus Flint", "Trains cancelled between Northgate and the coast")]
)


def test_a_live_blogs_entries_are_not_a_comment_section():
    article, section = split_comment_section(f"{MORE}\n\n{LIVE}")
    assert not section.comments and "Marcus Flint" in article


def test_a_live_blog_entrys_reporter_name_goes_and_its_heading_stays():
    body = clean_body(f"{MORE}\n\n{LIVE}")
    assert "Owen Rudd" not in body and "Priya Castell" not in body
    assert "Westhaven bridge closed to all traffic" in body
