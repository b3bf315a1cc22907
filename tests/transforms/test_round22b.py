"""Round 22b: a page that opens with a cookie banner is an article, not a saved thread; the
Instagram embed's attribution and a newsletter teaser naming the inbox in other languages are
boilerplate; lynx's image placeholder under a share row is no wrapped word of it; avatar
initials of several letters ('MJ', 'TvL') are the avatar, not the name of a reply's parent;
a Dutch byline prints the name before a date with a two-digit year and its time."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_chrome import avatar_initials
from transforms.comments import split_comment_section
from transforms.document import build_records
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.metadata import extract_byline
from transforms.rules import is_noise_line

PROSE = ("Färjan mellan Hamnvik och Storö tas ur trafik den 23 mars och blir borta i minst tre veckor, "
         "och under den tiden går bara passagerarbåten, som inte kan ta bilar.")


def test_a_page_opening_with_a_cookie_banner_is_an_article_not_a_saved_thread():
    page = ("Vi använder cookies för att ge dig en bättre upplevelse, för statistik och för att visa annonser.\n"
            "Godkänn alla\nEndast nödvändiga\nInställningar\nSkärgårdsposten\nNyheter\nSport\n"
            "Färjan till Storö ställs in i tre veckor\nKarin Lindqvist\nPublicerad 14 mars 2026 kl. 07.30\n"
            "Dela artikeln\nFacebook\nE-post\n"
            f"{PROSE}\nFrågor i kommentarerna\n{PROSE}\nSvar från rederiet\n{PROSE}\n"
            "Mer från Skärgårdsposten\nStoröbor kräver fast förbindelse – igen\nSå blir sommarens båttider\n"
            "Ämnen i artikeln\nStorö\nFärjetrafik\n")
    records = build_records("sv.txt", "c", "h", page.encode("utf-8"))
    assert records.comments == []
    assert records.articles[0]["body"].count(PROSE) == 3


@pytest.mark.parametrize("line", [
    "Ett inlägg delat av Storö byalag (@storobyalag)",
    "Ein Beitrag geteilt von Stadtwerke Lindenau (@stadtwerke_lindenau)",
    "Une publication partagée par Bulles en Loire (@bullesenloire)",
    "Una publicación compartida por Ayuntamiento de Morenal (@aytomorenal)",
    "Visa det här inlägget på Instagram",
    "Diesen Beitrag auf Instagram ansehen",
    "Få de viktigaste nyheterna från skärgården direkt i din inkorg varje morgon.",
    "Få dagens nyheder fra Fyn i din indbakke hver morgen.",
])
def test_embed_attributions_and_inbox_teasers_are_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Få saker har väckt så starka reaktioner som beskedet om färjan.",
    "Byalaget har delat ett inlägg om färjan på Instagram.",
])
def test_prose_about_posts_and_few_things_is_not_noise(line):
    assert not is_noise_line(line)


def test_a_subheading_under_an_embed_attribution_stays_in_a_flat_save():
    text = (f"{PROSE}\n\nTre veckor utan bilfärja mitt i vårbruket.\n\n"
            f"Ett inlägg delat av Storö byalag (@storobyalag)\nSvar från rederiet\n\n{PROSE}")
    assert clean_body(text).split("\n\n") == [PROSE, "Tre veckor utan bilfärja mitt i vårbruket.",
                                              "Svar från rederiet", PROSE]


LYNX = (
    "   Partager : Facebook Twitter WhatsApp E-mail Copier le lien\n"
    "   [Photo]\n"
    "   Les bénévoles du festival lors de l'édition 2025, place du Marché.\n"
    "\n"
    "   Le festival de la bande dessinée de Vernay-sur-Loire n'aura pas lieu en\n"
    "   juin cette année. Ses organisateurs ont annoncé mercredi soir qu'il se\n"
    "   tiendrait du 15 au 17 mai, pour ne pas se retrouver au milieu du chantier\n"
    "   de la halle Saint-Roch, qui doit démarrer début juin.\n"
)


def test_an_image_placeholder_is_no_wrapped_word_of_the_share_row_above():
    lines = unwrap_hard_breaks(LYNX).split("\n")
    assert lines[:2] == ["   Partager : Facebook Twitter WhatsApp E-mail Copier le lien", "   [Photo]"]
    assert lines[4].endswith("qui doit démarrer début juin.")


@pytest.mark.parametrize("text, name, expected", [
    ("MJ", "Marieke Jansen", True),
    ("TvL", "Thijs van Leeuwen", True),
    ("WB", "Wie betaalt dit eigenlijk", True),
    ("W", "Wie betaalt dit eigenlijk", True),
    ("JD", "Marieke Jansen", False),  # not her initials
    ("Ja", "Jan Alberts", False),  # a word, not initials
    ("LT", "Thijs van Leeuwen", False),  # initials out of order
])
def test_avatar_initials(text, name, expected):
    assert avatar_initials(text, name) is expected


def test_initials_with_a_lower_case_particle_are_the_avatar_not_a_parent_name():
    thread = ("Gesprek\n4 reacties\nInloggen | Registreren\n"
              "MJ\nMarieke Jansen\n5 u\nEindelijk een grotere stalling bij het station.\nBeantwoorden\nDelen\n"
              "2 antwoorden\n"
              "RB\nRuud Bakker\n4 u\nDe vorige uitbreiding was na twee jaar alweer vol.\nBeantwoorden\nDelen\n"
              "TvL\nThijs van Leeuwen\n4 u\nKlopt.\nBeantwoorden\nDelen\n"
              "HO\nHenk Oosterhuis\n38 min\nRepareer ook de roltrap eens.\nBeantwoorden\nDelen\n")
    _, section = split_comment_section("\n\n".join([PROSE] * 4) + "\n\n" + thread)
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("Marieke Jansen", "Eindelijk een grotere stalling bij het station.", None),
        ("Ruud Bakker", "De vorige uitbreiding was na twee jaar alweer vol.", 1),
        ("Thijs van Leeuwen", "Klopt.", 1),
        ("Henk Oosterhuis", "Repareer ook de roltrap eens.", None),
    ]


@pytest.mark.parametrize("line", [
    "Daan Verhoeven 09-03-26, 05:45 Laatste update: 09-03-26, 10:12",
    "Daan Verhoeven 09-03-26, 05:45",
])
def test_a_name_before_a_short_dated_time_is_the_byline(line):
    text = f"Regio\nGemeente wil fietsenstalling onder Stationsplein verdubbelen\n{line}\n{PROSE}\n"
    assert extract_byline(text).author == "Daan Verhoeven"
