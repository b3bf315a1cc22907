"""Round 10d rules (tests/eval/cleaning/README.md, "Round 10d"): ten pages written blind in
seven languages, saved by a browser's select-all, a phone's share-as-text, reader-mode markdown
and a flat one-block-per-line text; one small case per rule entry or structural signal added."""
import pytest

from transforms.comment_lines import END, NOISE, TEXT, WIDGET, classify
from transforms.comment_names import quote_match
from transforms.metadata import extract_byline
from transforms.metadata_title import extract_title


@pytest.mark.parametrize("line, kind", [
    ("Upvote9\tFunny\tLove1\tSurprised2\tAngry1\tSad1", WIDGET),  # disqus.widget.r10d_reactions_row
    ("Upvote 3 Funny Sad 1", WIDGET),
    ("4 1 ReplyShare ›", NOISE),  # generic.noise.r10d_glued_actions
    ("LikeReply", NOISE),
    ("+14 -2 Responder", NOISE),  # generic.noise.r10d_votes_then_reply
    ("👍 8 👎 1 Antworten Melden", NOISE),
    ("3 −1 Rispondi", NOISE),
    ("Enviado pelo app Jornal do Sertão", END),  # generic.end.r10d_sent_from_app
    ("Partagé depuis l'application La Voix du Causse", END),
    ("Sent from my iPhone", END),
    ("Dieser Beitrag wurde von Admin gelöscht. Grund: Spam", NOISE),  # forum.noise.r10d_vbulletin_deleted_thanks
    ("This message has been deleted by Moderator. Reason: duplicate", NOISE),
    ("I seguenti 3 utenti hanno detto Grazie a Pino per questo utile messaggio:", NOISE),
    ("The following 2 users say Thank You to Tess for this useful post:", NOISE),
    ("Risultati da 1 a 12 di 12", WIDGET),  # forum.widget.r10d_vbulletin_results
    ("Strumenti Discussione", WIDGET),
    ("Enfermero en Hospital Comarcal de Barbastro", NOISE),  # facebook.noise.badges.r10d_job_at_institution
    ("Registrar at University of Harlow", NOISE),
    ("Lehrerin bei Schule am Deich", NOISE),
    ("Trabajo en el hospital desde 2010 y nunca vi algo así.", TEXT),  # a sentence is no badge
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, expected", [
    # a reply marker with the reply's own time after it, a tab apart (browser copy)
    ("Antwort an  Greta Lindholm\t2. Dezember 2026 18:07", ("Greta Lindholm", False)),
    ("Antwort an  Warum fragt keiner die Anwohner\tvor 4 Stunden", ("Warum fragt keiner die Anwohner", False)),
    ("Responder para  Joana Prado", ("Joana Prado", False)),  # wpdiscuz.reply.r10d_pt_br
    ("Responder para  Joana Prado\thá 2 horas", ("Joana Prado", False)),
    # vBulletin's quote header with its 'View Post' link on the same line (forum.reply.r10d_view_post)
    ("Citazione Originariamente Scritto da pendolare_77 Visualizza Messaggio", ("pendolare_77", True)),
    ("Quote Originally Posted by Ray Dunmore View Post", ("Ray Dunmore", True)),
])
def test_reply_markers(line, expected):
    assert quote_match(line, with_repeat_rules=True) == expected


def test_reply_marker_without_time_is_unchanged():
    assert quote_match("Antwort an  Greta Lindholm", with_repeat_rules=False) == ("Greta Lindholm", False)


def test_vbulletin_thread_title_prefix_and_counter():
    page = "\n".join([
        "Forum Treni del Nord\tRegistrati\tAccedi",
        "Risultati da 1 a 4 di 4",
        "Discussione: Orari invernali della linea del Sempione",
        "Strumenti Discussione\tVisualizzazione",
        "03-12-2026, 09:12\t#1",
        "Carla Ponti",
        "Le nuove tabelle orarie sono uscite ieri e i treni del mattino partono dieci minuti prima.",
    ])
    assert extract_title(page) == "Orari invernali della linea del Sempione"


@pytest.mark.parametrize("text, publisher", [
    # byline shape outlets_role_bio
    ("Headline about the harbour wall\n\nThe wall was rebuilt in 1890 and has been patched since.\n\n"
     "Ruth Ambler is The Saltmarsh Courier's environment correspondent.", "The Saltmarsh Courier"),
    # share_app_signature
    ("Le marché couvert rouvre ses portes\n\nLes commerçants sont revenus mardi matin.\n\n"
     "Partagé depuis l'application La Voix du Causse", "La Voix du Causse"),
    ("Ferry timetable cut\n\nThe last crossing now leaves at six.\n\nShared from The Tidewater Post app for iOS",
     "The Tidewater Post"),
    # site_name_over_url: headline, site name, address (a phone's share-as-text)
    ("Feira do livro volta à praça central\nFolha do Sertão Online\nhttps://folhadosertao.com.br/cultura/feira\n\n"
     "A feira reúne quarenta editoras até domingo.", "Folha do Sertão Online"),
    # reader_view_domain: reader-mode markdown opens with the site's domain
    ("[kustkrant.nl](https://www.kustkrant.nl/regio/dijk)\n\n# Dijkversterking begint in maart\n\n"
     "De werkzaamheden duren twee jaar.", "kustkrant.nl"),
])
def test_publisher_shapes(text, publisher):
    assert extract_byline(text).publisher == publisher

