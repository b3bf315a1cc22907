"""Layout leftovers (helper fix32d): a reply button with its heart count as one link or cell
('Antworten ♥ 9', de_openweb_r30_10 under --layout markdown-links and flat-html), and a donation
appeal the wrapper broke after its first words (fr_disqus_r32_10 under --layout wrapped-72 and lynx).
Each test fails without its rule or fix."""
import textwrap

import pytest

from transforms.comment_lines import NOISE, TEXT, classify
from transforms.document import build_records
from transforms.hard_wrap import unwrap_hard_breaks


@pytest.mark.parametrize("line", [
    "Antworten ♥ 9", "[Antworten ♥ 9](https://example.org/artikel#antworten-9)", "Reply ♥ 3", "Répondre ♥ 12",
    "Responder ❤ 1",
])
def test_reply_word_with_its_heart_count_is_chrome(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Antworten 9", "Antworten ♥ Gudrun", "Ich antworte ♥ 9 Mal"])
def test_reply_word_without_a_heart_count_is_no_button(line):
    assert classify(0, line).kind == TEXT


def test_thread_of_reply_links_with_heart_counts():
    lines = ["# Kellertheater findet neue Bühne", "",
             "Das Kellertheater zieht in die alte Zwirnerei, hat der Verein am Freitag mitgeteilt. Die erste "
             "Vorstellung ist für März geplant, die Abos laufen weiter.", "", "Kommentare", "", "3 Kommentare", ""]
    posts = [("Gudrun Fessler", "05.12.2026 um 21:14", "Endlich! Wir haben das Kellertheater so vermisst.", 7),
             ("Peter", "06.12.2026 um 07:55", "Und wo sollen 120 Leute parken?", 2),
             ("Lena K.", "06.12.2026 um 10:30", "Schön für die Stadt.", 1)]
    for name, stamp, text, hearts in posts:
        lines += [f"[{name}](https://example.org/u/{name.split()[0].lower()})", "", stamp, "", text, "",
                  f"[Antworten ♥ {hearts}](https://example.org/artikel#antworten-{hearts})", ""]
    records = build_records("page.md", "test", "0" * 64, "\n".join(lines).encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    assert [(c["author"], c["body"]) for c in comments] == [(name, text) for name, _, text, _ in posts]


WRAPPED = textwrap.fill(
    "La municipalité de Sainte-Aurèle achètera l'église du village pour un dollar symbolique et la "
    "transformera en bibliothèque et en salle communautaire, après deux ans de discussions avec la fabrique, "
    "qui n'arrivait plus à payer le chauffage du bâtiment ni les réparations du clocher.", 72)


def test_a_donation_appeal_broken_by_the_wrapper_is_one_line():
    page = WRAPPED + "\n\nL'Écho du Lac-Brûlé est un média sans but lucratif financé par ses\nlecteurs. Faites un don\n"
    assert "L'Écho du Lac-Brûlé est un média sans but lucratif financé par ses lecteurs. Faites un don" in unwrap_hard_breaks(page)


def test_a_wrapped_paragraph_does_not_run_on_into_a_chrome_line():
    page = WRAPPED + "\n\nLes travaux doivent commencer au printemps, et l'ouverture est prévue pour\nPublicité\n"
    assert "pour Publicité" not in unwrap_hard_breaks(page)
