"""Round 19b: a 'Comments (N)' button under a dated byline is no thread start, a newsletter box
above a 'Related' list is left to the body cleaner, the line under a captioned credit and a
statement above a newsletter box are article text, wpDiscuz's one-word guest label stands
between a name and its time, and Coral's 'Show all replies' button is chrome."""
import pytest

from transforms.boilerplate import clean_body
from transforms.body_lines import is_caption
from transforms.comment_lines import NOISE, classify_all
from transforms.comments import split_comment_section
from transforms.metadata import extract_byline
from transforms.metadata_outlets import spells_domain

PROSE = ("The council met on Tuesday to discuss the new ferry timetable, the budget for next year "
         "and the repairs to the harbour wall, and the public gallery was full of residents.")
ARTICLE = "\n\n".join([PROSE] * 4)
LATER = ("The operator said the second boat would be back in service in May, once its engines had been "
         "replaced, and that fares would not change before then.")

CORAL = ("Comments\nCommunity guidelines\nSign in\nRegister\n"
         "Join the conversation. Comments are moderated and must follow our community guidelines.\n"
         "All Comments 3\nSort by\nNewest\n"
         "Hilda Price\n3 hours ago\nFour boats a day is not enough for the island.\nRespect\n14\nReply\nShare\nReport\n"
         "Owen Marsh\nIn reply to Hilda Price\n2 hours ago\nBetter four than none, to be fair.\nRespect\n6\nReply\nShare\nReport\n"
         "Show all replies\n"
         "Ada Quill\n4 hours ago\nThe ferry was late again today.\nRespect\n2\nReply\nShare\nReport\n"
         "Load More\n")

HEADER = ("Harbour ferry cut to four boats a day\n"
          "The island's only ferry will run less often from January, the operator said, after a year of losses.\n"
          "By Rhona Dale\nReporter\nDecember 4, 2026 · 6:12 PM\nShare on Facebook\nShare via email\nCopy link\n"
          "Comments (3)\n")


def _thread(section):
    return [(c.author, c.body, c.parent_position) for c in section.comments]


def test_a_comments_button_under_a_dated_byline_is_not_the_thread():
    article, section = split_comment_section(HEADER + ARTICLE + "\n\n" + CORAL)
    assert article.count(PROSE) == 4
    assert _thread(section) == [
        ("Hilda Price", "Four boats a day is not enough for the island.", None),
        ("Owen Marsh", "Better four than none, to be fair.", 1),
        ("Ada Quill", "The ferry was late again today.", None),
    ]


@pytest.mark.parametrize("line", ["Show all replies", "View all replies", "Alle Antworten anzeigen",
                                  "Afficher toutes les réponses", "Ver todas las respuestas"])
def test_show_all_replies_is_chrome(line):
    assert classify_all([line])[0].kind == NOISE


def test_a_newsletter_box_above_a_related_list_stays_with_the_article():
    last = "The new rules take effect from the January meeting."
    box = ("Sign up for the Courier Briefing\nThe day's local news, in your inbox every weekday morning.\n"
           "Enter your email\nSign up\nRelated\nGuildhall repairs to cost £2.1m, report finds\n"
           "Tenants' Forum wins seat on housing panel\n")
    article, section = split_comment_section(ARTICLE + "\n" + last + "\n" + box + CORAL)
    assert article.rstrip().endswith("Tenants' Forum wins seat on housing panel")
    assert len(section.comments) == 3
    assert clean_body(article).endswith(PROSE + "\n\n" + last)


@pytest.mark.parametrize("teaser", ["Enjoyed this story?", "Stay informed."])
def test_a_question_or_a_short_line_above_a_newsletter_box_goes(teaser):
    box = "Sign up for the Courier Briefing\nThe day's local news, in your inbox every weekday morning.\nSign up"
    assert clean_body(f"{PROSE}\n\n{teaser}\n{box}\n\n{LATER}") == f"{PROSE}\n\n{LATER}"


def test_the_line_under_a_captioned_credit_is_article_text():
    first = ("Kessick's councillors voted 19 to 14 on Thursday night to limit each member of the public to "
             "three minutes at the microphone.")
    text = (f"Residents queue to speak at Thursday's full council meeting in the Guildhall.\n"
            f"Photo: Ewan Crerar / The Kessick Courier\n{first}\n\n{PROSE}")
    assert clean_body(text) == f"{first}\n\n{PROSE}"


def test_a_bare_credit_still_takes_the_caption_under_it():
    text = f"{PROSE}\n\nPhoto: Ewan Crerar / The Kessick Courier\nResidents queue to speak in the Guildhall.\n\n{LATER}"
    assert clean_body(text) == f"{PROSE}\n\n{LATER}"


def test_a_guest_label_between_the_name_and_the_reply_marker():
    thread = ("9 Kommentare\nÄlteste\nNeueste Meistbewertet\n"
              "Früher war alles besser\nGast\n3. Dezember 2026 18:42\n\n"
              "Vor zehn Jahren hat die Monatskarte 39 Euro gekostet. Nur mal so.\n\n+12\nAntworten\n"
              "Ole Petersen\nAntwort auf  Früher war alles besser\n3. Dezember 2026 19:07\n\n"
              "Und vor zehn Jahren hat der Diesel auch weniger gekostet.\n\n+4\nAntworten\n"
              "Früher war alles besser\nGast\nAntwort auf  Ole Petersen\n3. Dezember 2026 19:15\n\n"
              "Genau.\n\n-2\nAntworten\n"
              "Svenja K.\n3. Dezember 2026 20:01\n\nIch fahre jetzt halt wieder Rad.\n\n+9\nAntworten\n")
    _, section = split_comment_section(ARTICLE + "\n\n" + thread)
    assert _thread(section) == [
        ("Früher war alles besser", "Vor zehn Jahren hat die Monatskarte 39 Euro gekostet. Nur mal so.", None),
        ("Ole Petersen", "Und vor zehn Jahren hat der Diesel auch weniger gekostet.", 1),
        ("Früher war alles besser", "Genau.", 2),
        ("Svenja K.", "Ich fahre jetzt halt wieder Rad.", None),
    ]


@pytest.mark.parametrize("line", ["© DDV - Sandrine Maury", "© Photo AFP / Pierre Martin"])
def test_copyright_outlet_and_photographer_is_a_credit(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", ["© 2026 La Dépêche des Vallées", "© La Dépêche des Vallées - Tous droits réservés"])
def test_a_copyright_footer_is_no_credit(line):
    assert not is_caption(line)


def test_a_credit_takes_its_caption_and_a_discount_banner_goes():
    header = ("Lecture : 3 min\nL'abonnement à prix réduit pour les fêtes, c'est maintenant !\n"
              "Les canons à neige tournent depuis dix jours sur la piste des Isards.\n© DDV - Sandrine Maury\n")
    first = ("La station ouvrira bien samedi, malgré un manteau neigeux quasi inexistant au-dessus de 1 500 "
             "mètres. Trois pistes sur quatorze seront accessibles.")
    assert clean_body(header + first + "\n\n" + LATER) == f"{first}\n\n{LATER}"


@pytest.mark.parametrize("line", ["Le prix de l'abonnement au club de ski reste le même cette année, a précisé le trésorier.",
                                  "The subscription was discounted for members who joined before the vote, the club said."])
def test_prose_about_a_subscription_stays(line):
    assert line in clean_body(f"{PROSE}\n\n{line}\n\n{LATER}")


@pytest.mark.parametrize("dateline", ["Publié le 05/12/2026 à 07h45 , mis à jour à 09h12",
                                      "Published 4 December 2026, updated 09:12"])
def test_a_name_line_under_a_labelled_dateline_is_the_author(dateline):
    text = f"Sans neige, la station ouvre quand même\n{dateline}\nBastien Lacoste\nLecture : 3 min\n\n{PROSE}"
    assert extract_byline(text).author == "Bastien Lacoste"


def test_a_button_under_a_labelled_dateline_is_no_author_when_the_name_stands_above():
    text = ("Lake Orrin council votes to buy back its water utility\nJamie Ortiz\nThe Orrin Ledger\n"
            f"Published 6:02 a.m. CT Apr. 9, 2024\n\nView Comments\nPrint this article\n\n{PROSE}")
    assert extract_byline(text).author != "View Comments"


def test_a_prompt_under_a_video_teaser_is_no_article_text():
    # the caption rules also know a video teaser ('Guarda il video: ...'); it names no one, so the
    # line under it is not taken for article text under a photo credit
    text = (f"{PROSE}\n\nChi vuole partecipare può iscriversi alla newsletter della biblioteca o chiedere al banco.\n"
            "Guarda il video: la biblioteca di sera, la prova generale\n"
            "Ricevi le notizie del Lario Alto su WhatsApp: iscriviti al canale Giorgio Menatti, giornalista, "
            "segue la cronaca dell'Alto Lario dal 2009.\n\n" + LATER)
    assert "WhatsApp" not in clean_body(text)


@pytest.mark.parametrize("name, domain, spelled", [
    ("El Heraldo del Duero", "heraldodelduero.example", True),
    ("The Harbor Line Post", "www.harborlinepost.com", True),
    ("Adler Post", "dlerpost.de", False),  # a name's first letter is no article
])
def test_an_outlet_name_with_a_leading_article_spells_its_domain(name, domain, spelled):
    assert spells_domain(name, domain) is spelled


def test_a_date_under_byline_and_role_line_below_a_dek_pushed_down_by_a_menu():
    menu = "\n".join(["We value your privacy. We use cookies to measure our audience.", "Accept all",
                      "Skip to main content", "The Kessick Courier", "News", "Sport", "Opinion", "What's On",
                      "Subscribe", "Sign in", "LOCAL POLITICS"])
    text = (f"{menu}\nKessick council votes to cap public comment at three minutes a speaker\n"
            "Residents who packed the chamber on Thursday said the change would silence them, and councillors disagreed.\n"
            f"By Rhona Dalgleish\nLocal democracy reporter\nDecember 4, 2026 · 6:12 PM\n\n{PROSE}")
    assert str(extract_byline(text).published_date) == "2026-12-04"
