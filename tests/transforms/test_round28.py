"""Round 28 (tests/eval/cleaning/holdout28, measured blind, then fixed): news pages in the core
languages; one small case per rule."""
import datetime as dt

import pytest

from tests.transforms.html_sections import read_section, rows
from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, classify_all
from transforms.document import build_records
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


FRENCH = ("Les chalets en bois ont pris place sur le quai Pasteur. Pour sa dix-huitième édition, le marché de "
          "Noël quitte la place de l'Hôtel-de-Ville et s'étire sur près de 400 mètres le long de la rivière.")
FRENCH_MORE = ("Le marché ouvre samedi 5 décembre à 11 heures et fermera le 27 décembre. Il sera ouvert tous les "
               "jours de 11 heures à 20 heures.")


@pytest.mark.parametrize("line", [
    # cookie.r17b_similar_technologies, first person and 'ou'
    "Avec votre accord, nous et nos 142 partenaires utilisons des cookies ou technologies similaires pour "
    "stocker et accéder à des informations personnelles comme votre visite sur ce site.",
    # subscribe.r28_sign_up_consent
    "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité.",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    # subscribe.r28_unlimited_access_pitch
    "Profitez de tous nos articles en illimité, du journal numérique et de nos newsletters.",
    "Enjoy unlimited access to all our articles, the e-edition and our newsletters.",
    # footer.r28_site_links
    "Plan du site", "Gestion des cookies", "Qui sommes-nous ?",
])
def test_round28_boilerplate_line_leaves_the_body(line):
    assert clean_body(f"{FRENCH}\n\n{line}\n\n{FRENCH_MORE}\n") == f"{FRENCH}\n\n{FRENCH_MORE}"


def test_author_box_name_and_role_line_leave_the_tail():
    page = (f"{FRENCH}\n\nHugo Lemarchand\n\nJournaliste au service Villeneuve-sur-Orbe, il suit la vie "
            "municipale et le commerce local.\n")
    assert clean_body(page) == FRENCH


@pytest.mark.parametrize("prose", [
    "Les commerçants utilisons-nous assez? Le maire a dit que la ville paierait, en vous inscrivant la liste.",
    "Journaliste au service des sports depuis 1998, Paul Martin a couvert six Tours de France pour le journal.",
])
def test_round28_prose_stays(prose):
    assert prose in clean_body(f"{FRENCH}\n\n{prose}\n\n{FRENCH}\n")


@pytest.mark.parametrize("caption", ["Il lavatoio di via delle Fonti dopo il restauro (foto di Chiara Bellucci)",
                                     "Das sanierte Waschhaus an der Quellgasse (Foto von Jan Berger)"])
def test_caption_with_its_credit_by_name_in_brackets_goes(caption):
    assert clean_body(f"{FRENCH}\n\n{caption}\n\n{FRENCH_MORE}\n") == f"{FRENCH}\n\n{FRENCH_MORE}"


@pytest.mark.parametrize("line", ["7 ▲ ▼ Antworten Teilen ›", "12 ▲ ▼ Répondre Partager ›", "3 ▲ ▼ Responder Compartir ›"])
def test_vote_count_before_its_arrow_then_actions_is_noise(line):
    assert [item.kind for item in classify_all([line])] == [NOISE]


FB_ITEM = ('<div class="_3-8y{top} clearfix"><div class="UFICommentActorName"><a href="#">{name}</a>{badge}</div>'
           '<div class="_30o4"><span class="_5mdd">{text}</span></div>'
           '<div class="_2vq9"><a>Me gusta</a> · <a>Responder</a> · <abbr class="livetimestamp">3 d</abbr></div>{replies}</div>')


def test_facebook_plugin_replies_without_5nz1_and_badges_in_the_name_box():  # rules/html_comments.json facebook_plugin
    reply = FB_ITEM.format(top="", name="Ayuntamiento de Las Cuevas", badge=' <span class="_4_bh">Autor</span>',
                           text="Gracias, Rosario.", replies="")
    first = FB_ITEM.format(top=" _5nz1", name="Rosario Lázaro", badge="", text="Mi madre lo cogió el miércoles.",
                           replies=f'<div class="_44ri _2pis">{reply}</div>')
    second = FB_ITEM.format(top=" _5nz1", name="Joseba Arnal",
                            badge=' <span class="_3-8x">Trabaja en Transportes Arnal</span>', text="68.000 euros al año.",
                            replies="")
    last = FB_ITEM.format(top=" _5nz1", name="Luis Pardos", badge="", text="👏👏", replies="")
    section = ('<section class="comments"><div class="fb-comments"><div class="_3-8x _3-8y"><div class="_50f7">4 comentarios</div></div>'
               f'<div class="_4k-6">{first}{second}{last}</div></div></section>')
    assert rows(read_section(section)) == [("Rosario Lázaro", "Mi madre lo cogió el miércoles.", None),
                                           ("Ayuntamiento de Las Cuevas", "Gracias, Rosario.", 1),
                                           ("Joseba Arnal", "68.000 euros al año.", None),
                                           ("Luis Pardos", "👏👏", None)]


def test_markdownload_excerpt_goes_from_a_save_without_blank_lines():  # flat_layout sets its lines apart
    page = "\n".join(line for line in MARKDOWNLOAD.split("\n") if line.strip())
    [article] = build_records("page.md", "c", "h", page.encode("utf-8")).articles
    assert article["body"].startswith("Der Schlepplift am Kalvarienberg in Kranzach")
