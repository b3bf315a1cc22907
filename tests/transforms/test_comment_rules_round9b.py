"""Round 9b rules (tests/eval/cleaning/README.md, "Round 9b"): twelve pages written blind and
saved by different tools (lynx, w3m, html2text, pandoc, browser copy, web clippers, an app's
share-as-text); one small case per rule entry or structural signal added for them."""
import pytest

from transforms import body_lines
from transforms.comment_lines import NOISE, TEXT, classify
from transforms.comments import split_comment_section
from transforms.timestamps import is_timestamp, parse_timestamp


@pytest.mark.parametrize("line, expected", [
    ("« Antwort #1 am: 03. Dezember 2026, 20:14:11 »", "2026-12-03 20:14:11"),  # prefix (Simple Machines)
    ("« am: 03. Dezember 2026, 19:50:02 »", "2026-12-03 19:50:02"),
    ("« Reply #12 on: December 03, 2026, 08:10:02 PM »", "2026-12-03 20:10:02"),
    ("« Antwort #4 am: Heute um 08:10:02 »", None),  # a day word and a time with seconds: relative
    ("05/12 - 22:40", None),  # r9b_day_month_time: no year, no posted_at
])
def test_timestamps(line, expected):
    assert is_timestamp(line)
    found = parse_timestamp(line)
    assert (str(found) if found else None) == expected


@pytest.mark.parametrize("line", ["3/4", "am: 3", "Reply #3"])
def test_no_timestamps(line):
    assert not is_timestamp(line)


@pytest.mark.parametrize("line, kind", [
    ("« Letzte Änderung: 03. Dezember 2026, 19:58:40 von Holger_K »", NOISE),  # forum.noise.r9b_smf_last_edit
    ("« Last Edit: December 03, 2026, 07:58:40 PM by Holger_K »", NOISE),
    ("The last edit to the plan was made by the council.", TEXT),
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


def test_edit_note_under_the_opening_post_is_no_body():  # footer.r9b_smf_last_edit
    assert body_lines.matches(("footer",), "« Last Edit: December 03, 2026, 07:58:40 PM by Holger_K »")
    assert not body_lines.matches(("footer",), "The last edit to the plan was made by the council.")


OPENING = (
    "Holger_K\nNeuling\n* Beiträge: 14\n\nHeat pumps in old houses\n« am: 03. Dezember 2026, 19:50:02 »\n\n"
    "Wir haben ein Fachwerkhaus von 1911 gekauft und überlegen, eine Wärmepumpe einzubauen. Der Energieberater "
    "meint, das geht, wenn wir vorher das Dach dämmen und zwei Heizkörper tauschen. Der Heizungsbauer sagt dagegen, "
    "unter 55 Grad Vorlauf kriegen wir das Haus nicht warm. Hat jemand hier Erfahrung mit so alten Häusern? Wie hoch "
    "ist euer Verbrauch im Januar?\n\n"
)
REPLY = "{name}\n{rank}\n* Beiträge: {n}\n\nRe: Heat pumps in old houses\n« Antwort #{k} am: 03. Dezember 2026, 2{k}:14:11 »\n\n{text}\n\n"


def test_simple_machines_header_name_and_rank_above_the_profile_field():
    text = OPENING + REPLY.format(name="Energie-Elke", rank="Stammgast", n="2.318", k=1,
                                  text="Lasst euch eine Heizlastberechnung machen.") \
        + REPLY.format(name="Holger_K", rank="Neuling", n="15", k=2, text="Was kostet so was ungefähr?") \
        + REPLY.format(name="Wer billig kauft", rank="Mitglied", n="406", k=3, text="Richtig.")
    article, section = split_comment_section(text)
    assert "Energie-Elke" not in article and "Stammgast" not in article
    assert [(c.author, c.body) for c in section.comments] == [
        ("Energie-Elke", "Lasst euch eine Heizlastberechnung machen."), ("Holger_K", "Was kostet so was ungefähr?"),
        ("Wer billig kauft", "Richtig.")]


def test_emoji_comment_with_a_blank_line_before_its_action_bar():
    text = (
        "Die neue Buslinie fährt ab März viermal täglich nach Zaragoza, teilte die Regierung mit. "
        "Bisher mussten die Fahrgäste in Cariñena umsteigen, die Fahrt dauerte fast zwei Stunden.\n\n"
        "3 comentarios\n\n"
        "Alba Lasheras\nPor fin, mi hija lleva tres años cogiendo dos autobuses.\n\nMe gusta · Responder · 2 d\n\n"
        "Loli Garcés\n👏👏\n\nMe gusta · Responder · 20 h\n\n"
        "Fermín Sancho\n¿Y los fines de semana?\n\nMe gusta · Responder · 1 d\n"
    )
    _, section = split_comment_section(text)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Alba Lasheras", "Por fin, mi hija lleva tres años cogiendo dos autobuses."),
        ("Loli Garcés", "👏👏"), ("Fermín Sancho", "¿Y los fines de semana?")]
