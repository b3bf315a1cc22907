"""Round 7b rules (tests/eval/cleaning/README.md, "Round 7b"): non-English pages written
blind; one small case per rule entry or structural signal added for them."""
import pytest

from transforms import body_lines
from transforms.comment_lines import NOISE, TIME, classify, explicit_author, quote_target
from transforms.timestamps import is_timestamp

@pytest.mark.parametrize("line, kind", [
    ("1 giorno fa", TIME),  # timestamps.json it: singular forms
    ("1 minuto fa", TIME),
    ("Ultima modifica 4 ore fa da Mannu", NOISE),  # wpDiscuz edit line in it/nl/pt
    ("Laatst bewerkt 2 uur geleden door Piet", NOISE),
])
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("text", ["01/12/2026 06:40 hrs.", "5 de mayo de 2024 - 13:20 hs."])
def test_clock_time_with_hours_word(text):  # timestamps.json "time": 'hrs.' / 'hs.' after the clock
    assert is_timestamp(text)


@pytest.mark.parametrize("line, name, parent", [  # newspaper.author.r7b_replied_to
    ("↪ Itzel M. respondió a Ing. Ramírez", "Itzel M.", "Ing. Ramírez"),
    ("Anna K. replied to Tom", "Anna K.", "Tom"),
    ("Lucie a répondu à @Marc", "Lucie", "Marc"),
])
def test_replied_to_header_names_author_and_parent(line, name, parent):
    found = explicit_author(line)
    assert (found.name, found.parent_name.lstrip("@")) == (name, parent)


@pytest.mark.parametrize("line, name, parent, stamp", [
    # the reply's time after the name replied to, with the commas a name may not hold
    ("Anna replied to Tom on Dec 4, 2026 at 6:22 pm", "Anna", "Tom", "Dec 4, 2026 at 6:22 pm"),
    ("Anna replied to Tom, Dec 4, 2026", "Anna", "Tom", "Dec 4, 2026"),
    ("Ana respondió a Luis el 4 de diciembre, 2026", "Ana", "Luis", "el 4 de diciembre, 2026"),
])
def test_replied_to_header_with_its_time(line, name, parent, stamp):
    found = explicit_author(line)
    assert (found.name, found.parent_name, found.stamp) == (name, parent, stamp)


def test_replied_to_needs_a_capitalised_name():  # a short comment sentence stays text
    found = explicit_author("Pedro respondió a la pregunta")
    assert found is None or found.parent_name is None


def test_reply_marker_after_an_arrow():  # quote_match: '↳' before 'Reactie op X'
    assert quote_target("↳ Reactie op Wieke P.").startswith("Wieke P")


@pytest.mark.parametrize("line, kind", [
    ("Artikel hören (4 Min.)", "share"),  # share.audio_email: the length in brackets
    ("Lecture : 4 min.", "byline"),  # byline.reading_time: French space before the colon
])
def test_header_chrome_words(line, kind):
    assert body_lines.matches((kind,), line)


def test_place_and_date_is_a_dateline():  # _is_meta_line: no separator between place and date
    assert body_lines.is_meta_line("Ciudad de México 01/12/2026 06:40 hrs.")
    assert not body_lines.is_meta_line("Wir sehen uns dann wieder am 01/12/2026 06:40 hrs.")


_WOLTLAB = """Sabine K.
Anfänger
Beiträge
23
14. November 2026 um 21:05
Danke für den Bericht! Welche Heizkörper habt ihr genommen?

Bernd_W
Fortgeschrittener
Beiträge
412
Wohnort
Nordhessen
14. November 2026 um 21:20
Im Wohnzimmer Typ 33, in den Kinderzimmern Typ 22.

Mona K.
Schüler
Beiträge
7
Wohnort
Sauerland
15. November 2026 um 19:44
Und das Warmwasser?"""


def test_split_profile_fields_and_ranks_are_chrome():  # _mark_split_profile_fields
    from transforms.comments import split_comment_block
    section = split_comment_block(_WOLTLAB)
    assert [c.author for c in section.comments] == ["Sabine K.", "Bernd_W", "Mona K."]
    assert [c.body for c in section.comments][-1] == "Und das Warmwasser?"


_DISQUS_PARENT_NAMES = """Avatar
Ana_B
• 3 hours ago

Finally a bus at night.

Avatar
Lorraine Dubois
 Ana_B
• 3 hours ago

Same on the N11.

Avatar
Pete
• 2 hours ago

Who pays when the grant runs out?

Avatar
Lorraine Dubois
 Pete
• an hour ago

The council, as always."""


def test_recurring_name_over_parent_is_no_profile_field():  # _mark_split_profile_fields: no count
    from transforms.comments import split_comment_block
    section = split_comment_block(_DISQUS_PARENT_NAMES)
    assert [c.author for c in section.comments] == ["Ana_B", "Lorraine Dubois", "Pete", "Lorraine Dubois"]


_QUOTED_DISQUS = """**Ana**
hace 20 horas
La carpa es la única opción sensata.
Responder

> **Marta_S**
>
> Ana
>
> hace 19 horas
> Una carpa para 1.200 personas en marzo no es ninguna broma.
>
> Responder"""


def test_empty_quote_lines_inside_a_reply_header_are_no_break():  # comment_replies.join_quoted_headers
    from transforms.comment_replies import join_quoted_headers
    from transforms.comment_lines import classify_all
    lines = join_quoted_headers(classify_all(_QUOTED_DISQUS.split("\n")))
    assert [line.raw for line in lines][5:8] == ["> **Marta_S**", "> Ana", "> hace 19 horas"]
