"""Round 23b: a newsletter box straight above a numbered 'Mest läst' list is no comment thread;
the singular and Danish/Norwegian forms of the most-read heading end a widget."""
import pytest

from transforms.comments import split_comment_section
from transforms.document import build_records
from transforms.body_lines import is_caption
from transforms.boilerplate import clean_body
from transforms.comment_lines import END, classify

PROSE = ("Färjan mellan Hamnvik och Storö tas ur trafik den 23 mars och blir borta i minst tre veckor, "
         "och under den tiden går bara passagerarbåten, som inte kan ta bilar.")


def test_a_newsletter_box_above_a_numbered_most_read_list_is_no_thread():
    page = ("Skärgårdsposten\nNyheter\nFärjan till Storö ställs in i tre veckor\nKarin Lindqvist\n"
            "Publicerad 14 mars 2026 kl. 07.30\n"
            f"{PROSE}\nÄmnen i artikeln\nStorö\nFärjetrafik\n"
            "Få de viktigaste nyheterna från skärgården direkt i mejlen\n"
            "Prenumerera på vårt nyhetsbrev – det är gratis.\nDin e-postadress\nPrenumerera\n"
            "Mest läst\n1\nVårmarknaden flyttar till hamnen\n2\nNy skola på Storö kan bli verklighet\n"
            "3\nIsen går upp – här är det farligt\nDela artikeln\nFärjan till Storö ställs in i tre veckor\n"
            "Facebook\nX\nE-post\nSkärgårdsposten\nAnsvarig utgivare: Per Strand\n© 2026 Skärgårdsposten AB\n")
    records = build_records("sv.txt", "c", "h", page.encode("utf-8"))
    assert records.comments == []
    assert PROSE in records.articles[0]["body"]


@pytest.mark.parametrize("line", ["Mest läst", "Mest lästa", "Mest læste", "Mest leste", "Mest lest"])
def test_most_read_headings_end_a_widget(line):
    assert classify(0, line).kind == END


def test_a_bracketed_image_slug_above_a_caption_is_no_paragraph():
    prose = ("Les commerçants n'y croyaient plus. Le marché couvert de la rue Pasteur rouvrira au printemps, "
             "deux ans après l'incendie qui l'avait détruit.")
    text = f"[halle-chantier-2026]\nLe chantier de la halle, à la mi-novembre. (Photo Ville)\n\n{prose}\n\n{prose}"
    assert is_caption("[halle-chantier-2026]")
    assert clean_body(text).startswith(prose)


@pytest.mark.parametrize("line", ["[voir la vidéo]", "[1-2]", "[Rechercher]"])
def test_bracketed_words_and_ranges_are_no_image_slug(line):
    assert not is_caption(line)


def test_a_smaller_count_worded_like_the_heading_under_an_action_row_heads_replies():
    prose = ("De veerpont tussen Ameide en Schoonhovense Veer vaart vanaf 1 maart niet meer na zeven uur "
             "'s avonds, meldt het waterschap dat de pont exploiteert.")
    thread = ("5 reacties\n\nSorteer op\nBeste\n\n"
              "Petra Kroon\n5 u\n\nDe belpont is echt de oplossing, elders werkt dat al jaren.\n\n"
              "Beantwoorden\nDelen\n👍 21\n\n2 reacties\n\n"
              "Jan de Vries\n4 u\nEens, dat zou hier ook moeten.\n\nBeantwoorden\nDelen\n👍 6\n\n"
              "Gerrit Verhoef\n4 u\n\n@Petra Kroon hier wil niemand de rekening hebben.\n\nBeantwoorden\nDelen\n👍 9\n\n"
              "Ingrid Smit\n1 u\n\nMijn zoon rijdt nu al elke avond om via Vianen.\n\nBeantwoorden\nDelen\n👍 4\n\n"
              "1 reactie\n\nHans Giessen\n45 min\n\nIngrid, wilt u dat even mailen naar de dorpsraad?\n\n"
              "Beantwoorden\nDelen\n👍 3\n")
    _, section = split_comment_section(f"{prose}\n\n{prose}\n\n{thread}")
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Petra Kroon", None), ("Jan de Vries", 1), ("Gerrit Verhoef", 1), ("Ingrid Smit", None), ("Hans Giessen", 4)]


def test_a_polish_cookie_notice_with_the_singular_cookie_is_dropped():
    prose = ("Mieszkańcy Zabłocia na tramwaj poczekają dłużej, niż obiecywano, bo pierwsze kursy nową linią "
             "ruszą najwcześniej w drugiej połowie 2029 roku.")
    text = ("Ta strona korzysta z plików cookie. Używamy ich, aby zapewnić prawidłowe działanie serwisu.\n"
            f"Akceptuję wszystkie · Ustawienia · Odrzuć\n\n{prose}\n\n{prose}")
    assert clean_body(text).startswith(prose)
