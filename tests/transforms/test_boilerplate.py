import re

import pandas as pd
import pytest

from transforms import rules
from transforms.boilerplate import clean_body

PROSE = (
    "Just months after threatening North Korea with nuclear annihilation, the president confirmed "
    "that the director had visited Pyongyang over Easter."
)
PROSE2 = "Nearly 50 years after the Nixon-Mao meeting, the US regards China as the chief obstacle to its hegemony."


def test_rejoins_paragraph_broken_mid_sentence():
    text = PROSE + "\n\nNearly 50 years after the meeting, the US\n\nregards China as the chief obstacle.\n"
    assert clean_body(text) == PROSE + "\n\nNearly 50 years after the meeting, the US regards China as the chief obstacle."


def test_seed_002_footer_and_byline_removed():
    text = (
        "# Secret diplomacy\n\nPeter Symonds  \n19 April 2018\n\n" + PROSE + "\n\n\n\n"
        "To contact the WSWS and the  \nSocialist Equality Party visit:\n\n**[wsws.org/contact](https://wsws.org/contact)**"
    )
    assert clean_body(text, "Secret diplomacy") == PROSE


@pytest.mark.parametrize(
    "noise",
    [
        "Share on Facebook | Tweet | Email",
        "Sign up for our daily newsletter to get the news delivered to your inbox.",
        "ADVERTISEMENT",
        "We use cookies to improve your experience. Accept all cookies",
        "— Donald J. Trump (@realDonaldTrump) April 18, 2018",
        "Photo: Reuters/Jonathan Ernst",
        "READ MORE: Trump and Kim meet in Singapore",
        "*The comet over the hills on Saturday night. (Image credit: Rhian Davies)*",
        "Unser Newsletter",
        "Jeden Freitag das Wichtigste aus der Stadt.",
        "Newsletter",
        "Das Wichtigste des Tages, jeden Morgen.\nJetzt kostenlos anmelden",
        "Recibe cada mañana lo más importante.\nSuscríbete gratis",
        "Reporting by Jane Doe; Editing by Bob Roe",
        "Mit Material von dpa",
        "Avec AFP",
        "Listen to this article",
        "Écouter cet article",
        "Mots-clés : incendie, Elm Creek",
        "Facebook | Twittern | E-Mail",
        "Tweeter",
        "Jetzt die Lahntal-Post digital lesen – 4 Wochen für 0 Euro. Jetzt testen",
        # trial offers and promo lines (round 4)
        "Start your free trial: get unlimited access for $1 a week.",
        "Essayez l'accès illimité gratuitement pendant 30 jours.",
        "Prueba 1 mes gratis y accede a todo el contenido.",
        "Prova gratis per 30 giorni, poi 4,99 € al mese.",
        "Probeer 1 maand gratis en lees onbeperkt.",
        "Experimente grátis durante 30 dias.",
        "Wypróbuj za darmo przez 30 dni.",
        "Enjoying our journalism? Unlock every story for 50 cents a week.",
        "Offre spéciale : 1 € le premier mois, sans engagement",
        "Digital lesen: 9,90 € im Monat, jederzeit kündbar",
        "Jetzt auf WhatsApp folgen",
        "[Image: Kelderby fire station on Market Lane]",  # a text dump's image (round 6a)
    ],
)
def test_noise_line_dropped(noise):
    assert clean_body(PROSE + "\n\n" + noise + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


def test_caption_pair_and_title_removed():
    caption = "The president gestures as he arrives for a signing ceremony in Singapore on June 12, 2018."
    text = f"The Slatest\n\nWhy They Flatter\n\n{caption}\n{caption} SAUL LOEB/Getty Images\n\n{PROSE}"
    assert clean_body(text, "Why They Flatter") == PROSE


def test_author_bio_at_end_removed():
    text = PROSE + "\n\nBill Palmer is the publisher of the political news outlet Palmer Report"
    assert clean_body(text) == PROSE


def test_markdown_reduced_to_text():
    text = "The **summit** was [planned](http://x.org) by *both* sides after the talks in the capital this week."
    assert clean_body(text) == "The summit was planned by both sides after the talks in the capital this week."


def test_related_list_removed():
    text = PROSE + "\n\nRelated Articles\n\n- Kim visits Beijing\n- Trump meets Moon\n\n" + PROSE2
    assert clean_body(text) == PROSE + "\n\n" + PROSE2


def test_prose_kept():
    text = PROSE + "\n\nReaders left many comments, and the share price fell after the report."
    assert clean_body(text) == text


def test_noise_pattern_matches_widget_lines_and_not_prose():
    pattern = re.compile(rules.noise_line_pattern())
    for line in ["16 Comments", "Newest Most Voted", "Share this:", "Reply", "Load more comments"]:
        assert pattern.search(f"{PROSE}\n{line}\n{PROSE}")
    assert not pattern.search(PROSE + "\n\n" + PROSE)


def test_noise_pattern_works_in_pandas():
    frame = pd.DataFrame({"body": [PROSE, PROSE + "\nNotify of\n" + PROSE2]})
    assert frame["body"].str.contains(rules.noise_line_pattern()).to_list() == [False, True]


@pytest.mark.parametrize("name", [rules.COMMENT_FILE, rules.BOILERPLATE_FILE])
def test_every_rule_documents_and_matches_its_example(name):
    for rule in rules.rules(name):
        assert rule.comment and rule.example
        matcher = rule.regex.match if rule.prefix else rule.regex.fullmatch
        assert matcher(rule.example), rule.id


def test_dek_before_byline_removed():
    dek = "Food prices have risen 11 percent in a year and economists say relief is coming slowly."
    text = f"# Why bills rise\n\n{dek}\n\nBy Olivia Grant · February 2, 2023 · 6 min read\n\n{PROSE}\n\n{PROSE2}"
    assert clean_body(text) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize("byline, dateline", [
    ("[Von Carla Weinholt](https://example.de/autor/carla-weinholt)", "[04.12.2026 – 17:35 Uhr](https://example.de/a#t)"),
    ("[By Olivia Grant](https://example.com/people/olivia-grant)", "[February 2, 2023](https://example.com/2023/02/02/)"),
])
def test_dek_over_a_byline_set_as_links_removed(byline, dateline):
    # a reader's markdown links the byline and the dateline, each a line of its own: no related-links list,
    # the header pass reads them, with the dek above them
    dek = "Food prices have risen 11 percent in a year and economists say relief is coming slowly."
    text = f"Why bills rise\n==============\n{dek}\n{byline}\n{dateline}\n\n{PROSE}\n\n{PROSE2}"
    assert clean_body(text, title="Why bills rise") == PROSE + "\n\n" + PROSE2


def test_byline_row_of_links_over_a_share_row_is_no_list_heading():
    dek = "Der Stadt fehlen Rettungsschwimmer, und der Förderverein will jetzt mit eigenen Leuten aushelfen."
    byline = "[Von Katrin Vogt](https://example.de/autor/kv) | [12.06.2025, 16:40 Uhr](https://example.de/a#t)"
    share = "[Teilen](https://example.de/a#t)\n[Facebook](https://example.de/a#f)\n[E-Mail](https://example.de/a#m)"
    text = f"Freibad bleibt zu\n=================\n{dek}\n{byline}\n{share}\n\n{PROSE}\n\n{PROSE2}"
    assert clean_body(text, title="Freibad bleibt zu") == PROSE + "\n\n" + PROSE2


def test_caption_over_photo_credits_set_as_links_removed():
    caption = "President Donald Trump and North Korean leader Kim Jong Un walk together at the hotel in Hanoi."
    credits = "[(AP Photo/Evan Vucci)](https://example.com/a#p)\n[SAUL LOEB/AFP/Getty Images](https://example.com/a#g)"
    assert clean_body(f"{PROSE}\n\n{caption}\n{credits}\n\n{PROSE2}") == PROSE + "\n\n" + PROSE2


def test_two_link_lines_of_headlines_stay_a_related_list():
    links = "[Council approves budget](https://example.com/a)\n[Bridge closed for repairs](https://example.com/b)"
    assert clean_body(f"{PROSE}\n\n{links}\n\n{PROSE2}") == PROSE + "\n\n" + PROSE2


def test_inline_tweet_link_cut_from_prose_line():
    text = PROSE + "\n\n“It is a trend,” said Andrea Keller, a glaciologist who leads the network. pic.twitter.com/Ab12\n— Ice Watch (@icewatch) September 28, 2022"
    assert clean_body(text) == PROSE + "\n\n“It is a trend,” said Andrea Keller, a glaciologist who leads the network."


def test_german_date_line_is_not_a_list_item():
    from transforms.lines import plain_line

    assert plain_line("6. Mai 2022 um 10:14 Uhr") == "6. Mai 2022 um 10:14 Uhr"
    assert plain_line("1. Route 4 repaving") == "Route 4 repaving"


def test_newsletter_teaser_goes_with_its_button():
    text = PROSE + "\n\nRecevez chaque matin l'essentiel de l'actualité régionale.\nJe m'abonne\n\n" + PROSE2
    assert clean_body(text) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize("comment", ["ok", "+1", "lol", "F", "This.", "Agreed", "Thanks!", "Same here", "No"])
def test_short_comment_bodies_are_not_noise_lines(comment):
    # the Great Expectations suite checks comment bodies with the same pattern
    assert not re.search(rules.noise_line_pattern(), comment)


def test_cookie_buttons_go_only_with_their_notice():
    notice = "We use cookies to improve your experience on our site. Learn more\nAccept\nManage preferences"
    assert clean_body(notice + "\n\n" + PROSE) == PROSE
    assert clean_body(PROSE + "\n\nOK") == PROSE + "\n\nOK" or clean_body(PROSE + "\n\nOK") == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter was sent to 4,000 readers on Monday, the company said in a statement.",
        "Reporting by the local paper showed that the council had known about the problem for years.",
        "Avec son frère, il a fondé une entreprise qui emploie aujourd’hui cent personnes.",
    ],
)
def test_prose_that_starts_like_chrome_is_kept(line):
    assert clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE2) == PROSE + "\n\n" + line + "\n\n" + PROSE2


# --- round 3: boilerplate layouts of unseen sites (tests/eval/cleaning README, third round) ---


@pytest.mark.parametrize(
    "noise",
    [
        "Download the Evening Post app for iPhone and Android",
        "Get the Courier app: read the e-edition and get alerts. Download on the App Store | Get it on Google Play",
        "Hol dir die Landbote-App: Eilmeldungen, E-Paper und alle Artikel auch offline lesen.",
        "Téléchargez l'application L'Écho : toute l'actualité locale et les alertes.",
        "Le Progrès, partout avec vous. Téléchargez notre application gratuite.",
        "Descarga la app del Heraldo y recibe las alertas de última hora.",
        "Scarica l'app della Gazzetta per leggere il giornale sfogliabile.",
        "Download de Vechtdal Nieuws-app en mis niets.",
        "Descarregue a nossa aplicação e receba os alertas de última hora.",
        "When you login first time using a Social Login button, we collect your account public profile information.",
        "Wenn Sie sich zum ersten Mal über einen Social-Login-Button anmelden, erheben wir Ihre Profilinformationen.",
        "Anmelden mit Google | Anmelden mit Apple",
        "You've read 3 of 5 free articles this month",
        "Déjà abonné ? Se connecter",
        "¿Ya tienes cuenta? Inicia sesión para seguir leyendo sin límites.",
        "Sign up to The Morning Run",
        "Newsletter Agriculture",
        "Lahn-Echo am Morgen – der Newsletter",
        "Chaque jeudi, l'essentiel de l'actualité agricole de la région. Je m'inscris",
        "Boletín diario: las noticias de la comarca en tu correo cada mañana. Apúntate gratis",
        "Subscreva a newsletter do Correio do Sotavento",
        "Dieser Artikel erschien zuerst in der Printausgabe des Lahn-Echos.",
        "Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um Inhalte zu personalisieren.",
        "Écouter · Partager · Commenter",
        "Compartir en:\nFacebook\nX\nWhatsApp",
        "Partager sur :\nFacebook\nX (ex-Twitter)\nLinkedIn",
        "Vecinos trabajando en el huerto, la semana pasada. | Foto: M. O. R.",
        "Elio e Marisa Ferrero nel loro negozio (foto Bellomo)",
        "Council leader Mags Hollander on the bridge on Thursday. Image: Ashbury Borough Council",
        "Des vignes hachées par la grêle à Chiroubles, dimanche. Photo Progrès/Mathieu PERRICHON",
        "About the author\nCallum Breck is a retired maths teacher who restores old machine tools in Cumbria.",
    ],
)
def test_round3_noise_dropped(noise):
    assert clean_body(PROSE + "\n\n" + noise + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize(
    "heading, items",
    [
        ("More from the region", ["Harbour wall repairs to close Eskel promenade", "Two candidates confirmed for Tamsin ward",
                                  "School bus contract goes back out to tender"]),
        ("Aus der Nachbarschaft", ["Wattwanderer vor Neuwerk gerettet", "Fähre nach Helgoland fährt wieder täglich",
                                   "Neue Fahrradstraße an der Weser eröffnet"]),
        ("### Mais lidas", ["1. [Incêndio em Cachopo já está dominado](/a)", "2. [Festival de Verão anuncia cartaz](/b)",
                            "3. [Pescadores contestam novas quotas](/c)"]),
    ],
    ids=["en-any-heading", "de-unknown-heading", "pt-md-heading-numbered-links"],
)
def test_headline_list_under_any_heading_dropped(heading, items):
    text = PROSE + "\n\n" + heading + "\n" + "\n".join(items) + "\n\n" + PROSE2
    if heading.startswith("#"):
        text = PROSE + "\n\n" + heading + "\n\n" + "\n".join(items) + "\n\n" + PROSE2
    assert clean_body(text) == PROSE + "\n\n" + PROSE2


def test_markdown_link_rows_and_runs_dropped():
    links = "[Apples](/tag/apples) [Bees](/tag/bees) [Farming](/tag/farming)\n[Council delays decision on bay wind farm](/a)\n[The rock pools of Hollin Point, photographed](/b)"
    assert clean_body(PROSE + "\n\n" + links + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2
    one_link = "The full report is [on the council's website](https://example.org/report)."
    assert clean_body(PROSE + "\n\n" + one_link) == PROSE + "\n\nThe full report is on the council's website."


@pytest.mark.parametrize(
    "kept",
    [
        "The increase means:\n- a family of four will pay £48 for a day trip\n- the last sailing moves to 21:45\n- the discount card stays at £15",
        "What changes on Monday:\n1. The bridge reopens to cars.\n2. A weight limit applies.\n3. The speed limit is 20 mph.",
        "The shortlist:\nThe Quiet Valley by Ann Lee\nSalt and Iron by Tom Frey\nA Year of Rain by Meg Orr",
        "Key facts\n- Population about 4,000 people\n- Founded in the year 1887\n- Mayor since 2019 Ann Lee",
        "Yes.",
        "Nobody is talking about the nurses.",
        "Correction: An earlier version of this article gave the fare as £12.80. It is £12.40.",
        "Residents can download the council's app to report potholes, the mayor said.",
        "Sign up to vote by Friday, the council urged residents.",
        "The bakery sells cookies and bread from a stall on the market square every Saturday.",
        "Very proud of our weather club today! Their station is officially part of the national network.",
    ],
    ids=["lowercase-facts", "numbered-sentences", "shortlist-after-colon", "bulleted-fact-box", "one-word-answer",
         "one-line-quote", "correction", "app-in-prose", "sign-up-in-prose", "cookies-in-prose",
         "part-of-a-network-in-prose"],
)
def test_round3_article_text_kept(kept):
    expected = "\n".join(line.lstrip("- ") for line in kept.split("\n"))
    got = clean_body(PROSE + "\n\n" + kept + "\n\n" + PROSE2)
    assert got.replace("\n", " ") == (PROSE + "\n\n" + expected + "\n\n" + PROSE2).replace("\n", " ")


def test_dek_and_dateline_of_parts_removed():
    dek = "Für einen Vier-Personen-Haushalt wird es im Jahr rund 230 Euro teurer. Die Stadtwerke verweisen auf höhere Netzentgelte."
    text = f"Wirtschaft\nStadtwerke erhöhen den Gaspreis\n{dek}\n\nHollfeld | 14.08.2024 | Lesedauer: 3 Min.\nMiriam Obermaier\n\n{PROSE}\n\n{PROSE2}"
    assert clean_body(text, "Stadtwerke erhöhen den Gaspreis") == PROSE + "\n\n" + PROSE2


def test_related_list_stops_at_the_next_block():
    text = PROSE + "\n\n**À lire aussi**\n- [Vendanges 2023](/a)\n- [Le gel d'avril](/b)\n\n## Que peuvent faire les viticulteurs ?\n\n" + PROSE2
    assert clean_body(text) == PROSE + "\n\nQue peuvent faire les viticulteurs ?\n\n" + PROSE2


def test_related_cards_of_the_same_shape_go_with_the_list():
    cards = "".join(f"\n\n[{title}](/p/{k})\nJune {k}, 2023\nIn \"Bookshops\"" for k, title in enumerate(
        ["A night at the Harbour Book Fair", "Ten slow sellers worth waiting for", "The flood, one year on"], 1))
    assert clean_body(PROSE + "\n\n### Related" + cards + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


def test_german_closing_quote_ends_a_paragraph():
    quote = "Geschäftsführer Bernd Raithel sagte, man habe die Erhöhung so lange wie möglich hinausgezögert. „Wir geben nur weiter.“"
    text = quote + "\n\nWas Kunden jetzt wissen sollten: Wer nicht einverstanden ist, kann kündigen."
    assert clean_body(text).count("\n\n") == 1


@pytest.mark.parametrize(
    "block",
    [
        "Show caption\nHide caption\nResidents fill the council chamber for Monday's vote. Jamie Ortiz/The Orrin Ledger",
        "Nächster Artikel\nLawinengefahr in den Allgäuer Alpen bleibt erheblich",
        "SPONSORED CONTENT\nThese 5 kitchen gadgets are selling out fast\nBy TrendHub",
        "Mehr lesen über\nDeutsche Bahn   Kempten   Immenstadt   Pendler",
        "**Potrebbe interessarti anche:** [Affitti, a Trento una stanza costa 480 euro](#)",
        "**À découvrir**\n- [Nîmes : le centre-ville devient piéton](/a)\n- [Sète : la navette prolongée](/b)",
        "> Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. [Gérer mes choix](#)",
        "Deze inhoud kan helaas niet worden getoond omdat je geen toestemming hebt gegeven voor het plaatsen van cookies.",
        "Teilen auf Facebook | Teilen auf X | Per E-Mail versenden",
        "Thanks for reading The Stacks! Subscribe for free to receive new posts and support my work.",
        "Sanierte Altbauten in der Görlitzer Altstadt Foto: Imago",
        "Dieser Beitrag wurde am 09.05.2024 um 08:10 Uhr aktualisiert.",
        "Join the Wessex Echo WhatsApp community for the biggest stories first",
        "Sigue a Extremadura al Día en WhatsApp y recibe las noticias más importantes del día.",
        "Got a story? Email newsdesk@wessexecho.example or call 01202 555 0123.",
        "For the latest breaking news and stories from across the county, follow us on Facebook.",
        "Vidéo : visite de l'épicerie avec ses bénévoles",
        "Cet article vous a été utile ?\nOui\nNon",
        "Gostou deste artigo? Partilhe com os seus amigos.",
        "## Written by Rafael Oyelaran\n\n212 Followers\nCivil engineer, amateur map-maker, Mardle resident.",
        "North Coast Press, part of Highland News Group. Registered in Scotland.",
        "red, tt.com/Agenturen",
        "Seguir leyendo",
        "TEMAS RELACIONADOS\nMovilidad · Rosario · Bicicletas",
        "Recibí las noticias de El Litoral Hoy en tu email todas las mañanas.\nSuscribite",
        "Fotogallery: il cantiere sul lungomare (12 foto)",
        "Dieses Thema im Programm:\nNDR Info | Regional Lüneburg | 12.04.2024 | 18:00 Uhr",
        "### Support our nonprofit newsroom\nStories like this depend on readers like you. Donate today to keep rural news free.",
        "Il y a 2 heures",
        "Ces articles peuvent vous intéresser\n\nNos newsletters\nRecevez gratuitement l'essentiel de l'actu namuroise chaque matin.",
        "Gesponsord\nOntdek de nieuwe elektrische SUV met 500 km rijbereik",
        "Western Tide is published by Atlantic Print & Media. All content copyright.",
        "Publicidade\nContinua após a publicidade",
        "Receba as notícias da Gazeta do Iguaçu no seu WhatsApp",
    ],
    ids=["caption-buttons", "next-article", "sponsored-teaser", "tag-row", "labelled-link", "heading-above-links",
         "fr-blocked-embed", "nl-blocked-embed", "share-service-items", "platform-subscribe-box",
         "caption-foto-name", "updated-note", "whatsapp-community", "es-whatsapp", "got-a-story", "follow-us-sentence",
         "fr-video-caption", "feedback-widget", "pt-feedback", "written-by-box",
         "group-footer", "agency-credit", "read-on-button", "es-related-topics", "rioplatense-newsletter", "it-gallery",
         "programme-line", "nonprofit-donate", "relative-time", "newsletter-after-related",
         "nl-sponsored", "published-by-footer", "pt-ad-continues", "pt-whatsapp"],
)
def test_round3_unseen_site_chrome_dropped(block):
    # two paragraphs first: a byline-like line right under the first one would make it a dek
    last = "The talks are expected to resume in the spring, officials on both sides said on Friday."
    text = PROSE + "\n\n" + PROSE2 + "\n\n" + block + "\n\n" + last
    assert clean_body(text) == PROSE + "\n\n" + PROSE2 + "\n\n" + last


def test_verse_introduced_by_a_colon_is_kept():
    verse = "Water in the lake\nWater in the tap\nWater that we own\nAnd we want it back"
    text = PROSE + "\n\nRetired engineer Tom Kessler read out the chorus of a song for the campaign:\n\n" + verse + "\n\n" + PROSE2
    assert verse.replace("\n", " ") in clean_body(text)


@pytest.mark.parametrize(
    "kept",
    [
        "This story has been updated to correct the length of the bond. It is 25 years, not 30.",
        "Written by Jane Doe",
    ],
    ids=["correction-note", "plain-written-by-keeps-next-paragraph"],
)
def test_round3c_article_text_kept(kept):
    text = PROSE + "\n\n" + kept + "\n\n" + PROSE2
    got = clean_body(text)
    assert PROSE2 in got and (kept in got or kept.startswith("Written by"))


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("Join our WhatsApp channel for breaking news from the county", True),
        ("Turn on notifications to get breaking news first", True),
        ("Aktivieren Sie Push-Mitteilungen, um nichts zu verpassen", True),
        ("Rejoignez notre chaîne Telegram pour ne rien manquer", True),
        ("Activa las notificaciones para no perderte nada", True),
        ("Seguici sul nostro canale WhatsApp", True),
        ("Zet meldingen aan voor het laatste nieuws", True),
        ("Follow the river path for two miles and you reach the farm, whose owners sell honey through an app.", False),
        ("Like other apps, the service collects the location of its users every few minutes.", False),
        ("Follow-up tests on the app showed that the problem had been fixed by the developers.", False),
    ],
)
def test_promo_line_needs_imperative_and_channel(line, dropped):
    got = clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE2)
    assert (line not in got) == dropped


def test_glued_caption_keeps_the_prose_line_above_it():
    prose = "Police asked drivers to avoid all but essential journeys on the A9 north of Inverness last night."
    caption = "A fallen tree on the A836 near Tongue during the last storm. Picture: North Coast Press"
    assert clean_body(PROSE + "\n\n" + prose + "\n" + caption + "\n" + PROSE2) == PROSE + "\n\n" + prose + "\n\n" + PROSE2


def test_dropped_line_inside_a_block_splits_it():
    assert clean_body(PROSE + "\nAdvertisement\n" + PROSE2) == PROSE + "\n\n" + PROSE2


def test_reading_time_in_the_header_dropped():
    text = "Namur : un marché de Noël\n\nPar Belga\nPublié le 14/11/2024 à 10:21\nLecture 2 min.\n\n" + PROSE
    assert clean_body(text, "Namur : un marché de Noël") == PROSE


def test_italian_dateline_with_minutes_mark_dropped_in_header():
    text = "# Titolo\n\ndi *Sara Ferrarini*\nArticolo pubblicato il 16 gennaio 2024 · Tempo di lettura 2'\n\n" + PROSE
    assert clean_body(text, "Titolo") == PROSE


# --- round 4 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "Key dates\nMarch 3 council vote on the fares\nMarch 20 new timetable published\nApril 1 new fares take effect",
        "Fechas clave\n17 de marzo cierre del mercado\n7 de abril reapertura prevista",
        "Die wichtigsten Zahlen\n1,8 Millionen Euro kostet die Sanierung\n3 Becken werden erneuert\n1974 wurde das Bad eröffnet",
        "What it costs\n40 euros for a season ticket\n12 euros for a day pass",  # unknown heading, numbered lines
    ],
)
def test_plain_text_fact_box_is_article_text(box):
    out = clean_body(PROSE + "\n\n" + box + "\n\n" + PROSE2)
    assert out.split("\n\n")[1].split() == box.split()


def test_headline_list_under_a_heading_still_cut():
    links = "More from the region\nHarbour festival moves to August\nNew ferry timetable for the islands\nSchool roof repairs start in May"
    assert clean_body(PROSE + "\n\n" + links + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


def test_prose_about_a_free_trial_stays():
    prose = "The council said the free trial of the night bus would run until the end of June."
    assert clean_body(PROSE + "\n\n" + prose) == PROSE + "\n\n" + prose



def test_swiss_bio_at_the_tail_dropped():
    bio = "Daniel Brunner ist Redaktor im Ressort Region. Mehr Infos"
    assert clean_body(PROSE + "\n\n" + PROSE2 + "\n\n" + bio) == PROSE + "\n\n" + PROSE2


def test_dek_above_a_bare_name_and_swiss_date_label_dropped():
    text = ("Seeuferweg: Gemeinde kauft Grundstück\n\nDer Weg soll ab 2027 durchgehend begehbar sein.\n\n"
            "Daniel Brunner\nPubliziert: 03.06.2025, 14:20\n\n" + PROSE)
    assert clean_body(text, "Seeuferweg: Gemeinde kauft Grundstück") == PROSE


# --- round 5c ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "noise",
    [
        "Advertisement – scroll to continue",  # ad word + dash + short tail
        "Anzeige – Weiterlesen nach der Anzeige",
        "Annons",
        "This story originally appeared in the Gulf Coast Ledger and is republished here through a content-sharing agreement.",
        "Dieser Artikel erschien zuerst im Oberhessen-Anzeiger.",
        "Steun onafhankelijke regionale journalistiek. Doneer vanaf 5 euro.",  # donation appeal
        "Soutenez une information locale et indépendante : faites un don à L'Écho du Bocage.",
        "Republish this article for free under a Creative Commons license.",
        "Your browser does not support the video tag.",  # HTML-to-text artefact
        "Följ oss på Instagram och Facebook",
        "📲 Descarga la app de Diario Costa Sur y recibe las noticias de tu ciudad al momento.",  # emoji before the prompt
    ],
)
def test_round5c_noise_dropped(noise):
    assert clean_body(PROSE + "\n\n" + noise + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize(
    "kept",
    [
        "Staff said residents could donate blood at the clinic on Saturday, and 40 people did.",
        "The advertisement – a full page in the Sunday paper – cost the campaign $40,000.",
        "Correction: An earlier version of this story misstated the number of new stations.",
        "Update, Feb. 27: After this story was published, the county agreed to discuss funding.",
    ],
)
def test_round5c_article_text_kept(kept):
    assert clean_body(PROSE + "\n\n" + kept + "\n\n" + PROSE2) == PROSE + "\n\n" + kept + "\n\n" + PROSE2


def test_gallery_zoom_button_and_counter_dropped():
    text = PROSE + "\n\n1 / 12\nEnlarge\n\n" + PROSE2
    assert clean_body(text) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize(
    "box",
    [
        "At a glance\nCost: $412 million, about half from federal grants\nLength: 3.1 miles, four new stations",
        "Schwimmbad Auental\nBaujahr: 1974\nBecken: 25 Meter, vier Bahnen\nBesucher 2022: rund 61.000",
        "Presupuesto: 9,6 millones de euros\nPuestos: 42\nApertura prevista: primavera de 2027",  # no heading
    ],
)
def test_fact_box_of_label_value_lines_is_article_text(box):
    out = clean_body(PROSE + "\n\n" + box + "\n\n" + PROSE2)
    assert out.split("\n\n")[1].split() == box.split()


def test_label_value_lines_at_the_foot_or_as_teasers_still_go():
    contact = "Kontakt\nTelefon: 0641 12345\nE-Mail: redaktion@example.de"  # no prose after it
    assert clean_body(PROSE + "\n\n" + PROSE2 + "\n\n" + contact) == PROSE + "\n\n" + PROSE2
    teasers = ("Weitere Informationen\nBüchereien im Land: Viele kämpfen mit knappen Budgets\n"
               "Bad Bevensen: Kurhaus wird zum Bürgerhaus")  # values are headlines, not facts
    assert clean_body(PROSE + "\n\n" + teasers + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


def test_table_of_contents_repeating_the_subheadings_dropped():
    text = ("Inhaltsverzeichnis\nWas ist passiert?\nWie geht es weiter?\n\n" + PROSE + "\n\nWas ist passiert?\n\n"
            + PROSE2 + "\n\nWie geht es weiter?\n\n" + PROSE)
    assert clean_body(text) == "\n\n".join([PROSE, "Was ist passiert?", PROSE2, "Wie geht es weiter?", PROSE])


def test_subheading_right_above_the_first_prose_line_is_kept():
    text = "# Grève à Lyon\n\nPar **Nathan Boyer** · Publié le 12/06/2025 à 07h02\n\n## Les annulations\n\n" + PROSE
    assert clean_body(text, "Grève à Lyon") == "Les annulations\n\n" + PROSE


def test_standfirst_heading_above_the_byline_still_goes():
    text = "# Grève à Lyon\n\n### Des centaines de vols annulés\n\nPar **Nathan Boyer** · 12/06/2025\n\n" + PROSE
    assert clean_body(text, "Grève à Lyon") == PROSE


@pytest.mark.parametrize(
    "byline",
    ["Piše: Ivana Perić | 22. svibnja 2024.", "Av Karin Lindqvist", "Publicerad 12 mars 2025 kl. 06.00",
     "Szerző: Kovács Réka | 2024. május 21."],
)
def test_round5c_nordic_and_central_european_bylines_dropped_in_the_header(byline):
    assert clean_body("Skolan räddas\n\n" + byline + "\n\n" + PROSE, "Skolan räddas") == PROSE


def test_round5c_reader_question_pitch_dropped_but_a_prose_question_stays():
    pitch = "Want more stories like this? Get The Corner Dispatch free every Friday."
    assert clean_body(PROSE + "\n\n" + PROSE2 + "\n\n" + pitch) == PROSE + "\n\n" + PROSE2
    prose = "Want to know why the pharmacy closed? The owner says the wholesaler cut him off in March."
    assert clean_body(PROSE + "\n\n" + prose) == PROSE + "\n\n" + prose


PROSE_A = "The council voted on Tuesday to rebuild the fountain in the park before the summer season."
PROSE_B = "Residents had collected signatures for two years and held a charity concert for the first funds."


def test_a_share_label_over_dropped_buttons_goes_in_any_language():
    text = f"{PROSE_A}\n\nBagikan ini:\nFacebook\nWhatsApp\n\n{PROSE_B}\n"
    assert clean_body(text) == f"{PROSE_A}\n\n{PROSE_B}"


def test_a_dangling_label_at_the_end_of_the_body_goes():
    assert clean_body(f"{PROSE_A}\n\n{PROSE_B}\n\nDalīties:\n") == f"{PROSE_A}\n\n{PROSE_B}"


def test_a_label_over_kept_lines_stays():
    text = f"{PROSE_A}\n\nWhat changes:\nthe fountain is rebuilt in stone\nthe benches are replaced\n\n{PROSE_B}\n"
    assert "What changes:" in clean_body(text)


# --- round 6c ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "noise",
    [
        '[Imagen: fotograma de "El faro apagado"]',  # caption.credit_prefix: a bracketed placeholder
        "[Image: the bridge at night]",
        "Buscar…",  # footer.search_box
        "Search...",
        "Fai clic per condividere su Facebook (Si apre in una nuova finestra)",  # share.sentence
        "Mi piace Caricamento...",
        "Clique para compartilhar no WhatsApp (abre em nova janela)",
    ],
)
def test_round6c_noise_dropped(noise):
    assert clean_body(noise + "\n\n" + PROSE + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize("heading", ["Czytaj także:", "Läs också", "Les også:"])
def test_round6c_polish_and_nordic_related_headings_take_their_list(heading):
    items = "Nowy rozkład jazdy autobusów powiatowych od grudnia\nPowiat dostanie 4 mln zł na drogi lokalne\n"
    assert clean_body(PROSE + "\n\n" + PROSE2 + "\n\n" + heading + "\n" + items) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize("kept", ["Search for the missing hiker resumed at dawn... and ended by noon.",
                                  "[Editor's note: this story was updated on Friday.]"])
def test_round6c_prose_like_lines_kept(kept):
    assert kept in clean_body(PROSE + "\n\n" + kept + "\n\n" + PROSE2)


# --- round 7c ----------------------------------------------------------------------------


@pytest.mark.parametrize("line, kept", [
    ("Quelle place pour la concertation ?", True),  # a French question subheading, not a credit
    ("Quelle: YouTube/Stadt Hollfeld", False),  # caption.credit_prefix: German 'Quelle' with its colon
])
def test_round7c_quelle_is_a_credit_only_with_its_colon(line, kept):
    assert (line in clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE2)) is kept


# --- round 8c: a writer's pointer at the tail is not a trailer ------------------------------


@pytest.mark.parametrize("tail, kept", [
    ("Config: git.example.org/ilse/shoebox", True),  # body_lines.is_pointer_line: address with a path
    ("Config: [git.example.org/ilse/shoebox](https://git.example.org/ilse/shoebox)", True),  # as markdown
    ("Kategorier: Kommunfullmäktige, Skola och fritid", False),  # a tag trailer still goes
    ("Fotografía: Diego Arranz", False),  # a credit still goes
])
def test_a_pointer_line_at_the_tail_stays_and_a_trailer_goes(tail, kept):
    body = clean_body(f"{PROSE_A}\n\n{PROSE_B}\n\n{tail}\n")
    assert body.startswith(f"{PROSE_A}\n\n{PROSE_B}")
    assert body.endswith("Config: git.example.org/ilse/shoebox") is kept


def test_a_pointer_line_glued_under_the_last_sentence_stays():
    assert clean_body(f"{PROSE_A}\n\n{PROSE_B}\nConfig: git.example.org/ilse/shoebox\n").endswith("shoebox")


def test_fact_box_with_one_headline_like_value_is_kept_without_blank_lines():
    # 'Recorrido: Villanueva de Valdegovía -- Espejo -- Vitoria' reads like a teaser on its own;
    # the other values (lower case, a figure) make the box facts, not a link list
    box = ("Ficha de la línea\nRecorrido: Villanueva de Valdegovía -- Espejo -- Vitoria\n"
           "Frecuencia: tres servicios diarios de lunes a sábado\nPrecio: 2,10 euros; 0,60 con la tarjeta BAT")
    body = clean_body(PROSE + "\n" + box + "\n" + PROSE2)
    assert "Recorrido: Villanueva de Valdegovía" in body and "Precio: 2,10 euros" in body


def test_teaser_list_of_place_and_headline_lines_still_dropped():
    teasers = ("Mehr aus der Region\nBad Bevensen: Kurhaus wird zum neuen Bürgerhaus\n"
               "Uelzen: Stadtrat streitet über den neuen Busbahnhof\nEbstorf: Klosterführung fällt im Winter aus")
    assert clean_body(PROSE + "\n" + teasers + "\n" + PROSE2) == PROSE + "\n\n" + PROSE2
