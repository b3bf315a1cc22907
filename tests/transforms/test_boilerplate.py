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
        "Mots-clés : incendie, Elm Creek",
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
