"""Round 34 (helper fix34c): the article body under different savers.

- holdout33 en_wpdiscuz_r33_01 (lynx -dump): a wrapped paragraph's second line opening with a
  lower-case 'from' ('from January, after the operator Tidewater Links confirmed on Thursday') read
  as Facebook's hometown badge 'From X' (comment_widgets.json facebook.noise.badges), so the first
  line did not run on into it and, left alone without a sentence end, went with the page header.
  The badges that take a place or an employer after them are printed capitalised: only so are
  they badges.
"""
from transforms.boilerplate import clean_body
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.rules import is_noise_line

# -- the Facebook badges with a place or an employer after them --------------------------------


def test_capitalised_facebook_badges_stay_noise():
    for line in ("From Leeds, United Kingdom", "Works at Pennock Harbour Council", "Lives in Skerrow",
                 "Went to Pennock High School", "Arbeitet bei Stadtwerke Markdorf", "Trabaja en Polígono Las Eras",
                 "Habite à Lyon", "Vive a Bologna", "Trabalha na Prefeitura de Campinas", "Werkt bij Gemeente Ede"):
        assert is_noise_line(line), line


def test_a_wrapped_line_opening_with_a_badge_word_in_lower_case_is_prose():
    for line in ("from January, after the operator Tidewater Links confirmed on Thursday",
                 "went to the council meeting on Thursday and nobody there could say",
                 "lives in a caravan behind the pier since the landlord sold the house",
                 "arbeitet bei der Feuerwehr seit zwanzig Jahren und kennt die Brücke"):
        assert not is_noise_line(line), line


_LYNX_PAGE = """\
   [17][ferry-pier.jpg]
   The Skerrow ferry at Pennock pier on Thursday morning. Photo: Alison
   Farraday / Gazette

   Islanders on Skerrow will lose two of their four daily ferry crossings
   from January, after the operator Tidewater Links confirmed on Thursday
   that its winter timetable would run with a single vessel.

   The company said the second boat, the Margaret Ruane, needs a new
   gearbox and will be out of service until at least March. "We looked at
   chartering a replacement, but nothing suitable was available at a price
   the contract allows," said operations manager Colin Bestwick.

   The island's 240 residents learned of the change through a notice pinned
   to the pier gate, said the chair of the community council on Thursday.

References

   17. https://www.pennockgazette.co.uk/wp-content/uploads/ferry-pier.jpg
"""


def test_a_paragraph_line_runs_on_into_a_line_opening_with_from():
    unwrapped = unwrap_hard_breaks(_LYNX_PAGE)
    assert ("Islanders on Skerrow will lose two of their four daily ferry crossings from January, after the "
            "operator Tidewater Links confirmed on Thursday that its winter timetable") in unwrapped


def test_the_paragraphs_first_line_stays_in_the_body():
    body = clean_body(unwrap_hard_breaks(_LYNX_PAGE), "Ferry operator cuts winter crossings to Skerrow Island",
                      "Alison Farraday")
    assert body.startswith("Islanders on Skerrow will lose two of their four daily ferry crossings from January")


# -- MarkDownload's excerpt as a text dump prints it (cases/fr_disqus_r31_09 under lynx) --------
# lynx prints the save's '> ## Excerpt' heading as a line of its own and the quote under it indented
# deeper than the page's text, without the quote marks: the saver's copy of the dek, and no first prose
# line that would end the page header above the menu (body 0.881 -> 1.000).

_EXCERPT_DUMP = """\
Herbeumont : la cantine scolaire passe aux producteurs locaux | L'Écho de la Semois

Excerpt
      Dès janvier, les 140 repas servis chaque midi à l'école communale viendront en grande partie de fermes situées à moins de trente kilomètres.

   Aller au contenu

   L'Écho de la Semois

   Actualité | Sports | Agenda | Nécrologie

Herbeumont : la cantine scolaire passe aux producteurs locaux

   Publié le 5 décembre 2026 à 16:30 par Olivier Lambotte

   À partir du 5 janvier, les quelque 140 repas servis chaque midi à l'école communale d'Herbeumont seront préparés en grande partie avec des produits venant de fermes situées à moins de trente kilomètres.

   Le prix du repas passera de 3,80 à 4,20 euros pour les familles, et la commune prend à sa charge la moitié du surcoût.
"""


def test_a_dumped_markdownload_excerpt_is_no_body():
    from transforms.body_lines import clipper_excerpt_rows
    lines = _EXCERPT_DUMP.split("\n")
    assert clipper_excerpt_rows(lines) == {2, 3}
    body = clean_body(_EXCERPT_DUMP, "Herbeumont : la cantine scolaire passe aux producteurs locaux", "Olivier Lambotte")
    assert body.startswith("À partir du 5 janvier")
    assert "Dès janvier" not in body and "Aller au contenu" not in body and "Nécrologie" not in body


def test_an_excerpt_heading_over_an_indented_quote_further_down_stays():
    lines = ["Title of the page", "", "   First paragraph of the article, which ends here.", "",
             "   Second paragraph.", "", "Excerpt", "      From the book the article reviews, a quoted page.", ""]
    from transforms.body_lines import clipper_excerpt_rows
    assert clipper_excerpt_rows(lines) == set()


# -- a link dump's row of links over a line opening with a link (sk_newspaper_r32_06 under lynx) ---
# the sort row '[25]Zoradiť: Najstaršie | [26]Najnovšie | [27]Najlepšie hodnotené' (a line a wrapper could
# have broken before '[28]Ján' at 76 columns) ran on into the first commenter's name: 0/6 authors.

_SORT_ROW_DUMP = [
    "   Hovorkyňa železníc Veronika Lacková uviedla, že pri rozhodovaní zohral",
    "   úlohu aj počet nových domov v obci. Podhorany majú dnes takmer 1 900",
    "   obyvateľov, o tretinu viac ako pred desiatimi rokmi, keď",
    "   sa do nich začali sťahovať rodiny zo Zvolena.",
    "   Cestovné poriadky budú od pondelka vyvesené na zastávke aj na obecnom",
    "   úrade. Lístky si cestujúci kúpia vo vlaku alebo v mobilnej aplikácii,",
    "   pokladnica na zastávke nebude. Obec zároveň rokuje s dopravcom o tom, aby",
    "   autobusy z okolitých osád zastavovali pri zastávke v čase príchodu",
    "   ranných vlakov. Prvé zmeny v autobusových linkách by mohli platiť od",
    "   marca.",
    "   [23]Diskusia (11)",
    "   Pre pridanie komentára sa musíte prihlásiť.",
    "   [25]Zoradiť: Najstaršie | [26]Najnovšie | [27]Najlepšie hodnotené",
    "   [28]Ján Beňo",
    "   05.12.2026 15:02",
    "   Konečne. Osem rokov som chodil na vlak do Lieskovca cez pole.",
    "",
    "References",
    "",
    "   23. https://example.sk/a#diskusia",
]


def test_a_separated_link_row_does_not_run_on_into_a_link_line():
    assert "   [28]Ján Beňo" in unwrap_hard_breaks("\n".join(_SORT_ROW_DUMP)).split("\n")


def test_a_link_row_broken_after_a_separator_runs_on():
    page = list(_SORT_ROW_DUMP)
    page[12:14] = ["   [25]Zoradiť: Najstaršie | [26]Najnovšie | [27]Najlepšie hodnotené |", "   [28]Najdiskutovanejšie"]
    assert "hodnotené | [28]Najdiskutovanejšie" in unwrap_hard_breaks("\n".join(page))


# -- open-tailed noise rules read a wrapped paragraph's next line as chrome -------------------------
# Under lynx (76 columns) and wrapped-72, a paragraph's line ran on into no line that opens with a word some
# rule takes for chrome in any case: 'via' (footer.contact: 'viaduct at Mill Lane is re-decked.', 'via del
# Porto.', 'viagem até ...'), a sign-up heading (subscribe.heading_en: 'register to vote, update their
# addresses ...'), the Portuguese form label 'Site' ('... team eyes fairgrounds' / 'site'); the line above,
# left without its end, went with the header (en_forum_r8d_04, en_newspaper_06 lynx 0.890/0.893 -> 1.000).

def test_wrapped_prose_lines_are_no_chrome():
    for line in ("viaduct at Mill Lane is re-decked.", "via del Porto.", "viagem até mover o veículo.",
                 "viaje. Buenísima noticia.", "register to vote, update their addresses or request absentee ballots,",
                 "site"):
        assert not is_noise_line(line), line


def test_the_chrome_those_rules_were_written_for_stays_noise():
    for line in ("via Reuters", "Via: The Pennock Gazette", "via @PennockGazette", "Sign up to The Morning Run",
                 "Subscribe to The Lakeshore Times — $1 for 6 months", "Register for our weekly briefing",
                 "Site"):
        assert is_noise_line(line), line


def test_a_paragraph_runs_on_into_a_line_opening_with_via():
    page = "\n".join([
        "   [1]Network Rail has confirmed that the line between Ashby Junction and",
        "   Carrow will close on Sundays from January 10 to February 14 while the",
        "   viaduct at Mill Lane is re-decked.",
        "",
        "   Replacement buses will run every thirty minutes from the station forecourt",
        "   and the ticket office will stay open, a spokesman said on Thursday, while",
        "   the works on the viaduct are carried out by a contractor from Leeds, who",
        "   expects to finish before the timetable changes in the spring, he added.",
        "",
        "References",
        "",
        "   1. https://example.org/",
    ])
    assert "while the viaduct at Mill Lane is re-decked." in unwrap_hard_breaks(page)


# -- a fact box glued over other short lines in one block (de_none_12 in the flat layouts) ---------
# A save without blank lines (or with one after every line; a plain HTML page read line by line) puts
# 'Fakten zum Projekt' and its numbered lines in one block with the subscription prompt, the follow line
# and the author's bio under them: the block read as a list of headlines, and the prompt's sticky run took
# the box line by line (body 0.837 -> 1.000 in no-blank-lines, blank-after-every-line and flat-html).

_FACT_BOX_PAGE = """\
Die Gemeinde Meilen hat das letzte fehlende Grundstück für den Seeuferweg gekauft. Der Gemeinderat hat dem Kauf für 2,4 Millionen Franken zugestimmt.

«Das ist ein Meilenstein für die ganze Region», sagte Gemeindepräsidentin Ursula Frei am Dienstagabend vor den Medien.

Fakten zum Projekt
2,4 km lang ist der neue Abschnitt
2026 beginnen die Bauarbeiten
2027 soll der Weg eröffnet werden
Digital-Abo: Alle Artikel lesen, 1 Monat für CHF 1.–
Jetzt auf WhatsApp folgen
Daniel Brunner ist Redaktor im Ressort Region. Mehr Infos
© Zürichsee-Anzeiger AG
"""


def test_a_fact_box_glued_over_a_subscription_prompt_stays():
    body = clean_body(_FACT_BOX_PAGE, "Seeuferweg in Meilen: Gemeinde kauft letztes Grundstück", "Daniel Brunner")
    assert "Fakten zum Projekt" in body and "2027 soll der Weg eröffnet werden" in body
    assert "Digital-Abo" not in body and "WhatsApp" not in body


def test_a_headline_list_glued_over_a_subscription_prompt_still_goes():
    page = _FACT_BOX_PAGE.replace("Fakten zum Projekt", "Mehr aus der Region").replace(
        "2,4 km lang ist der neue Abschnitt", "Küsnacht plant ein neues Hallenbad").replace(
        "2026 beginnen die Bauarbeiten", "Erlenbach erhält einen Dorfladen").replace(
        "2027 soll der Weg eröffnet werden", "Herrliberg sucht einen neuen Gemeindeschreiber")
    body = clean_body(page, "Seeuferweg in Meilen: Gemeinde kauft letztes Grundstück", "Daniel Brunner")
    assert "Hallenbad" not in body and "Dorfladen" not in body
