"""Round 5a comment rules (tests/eval/cleaning/README.md, "Round 5a"): one small case per
rule entry of rules/comment_widgets.json added for the newer Disqus UI in fr/de/es, German
wpDiscuz wordings, newspaper lists in big papers' own words and role/verification badges."""
import pytest

from transforms.comment_lines import COUNT, END, NOISE, WIDGET, classify, clean_name, quote_target


@pytest.mark.parametrize("line, kind", [
    ("Participer à la discussion…", WIDGET),  # disqus.widget.r5a_reactions_intl
    ("Qu'en pensez-vous ?", WIDGET),
    ("CONNEXION AVEC", WIDGET),
    ("Vote positif 8", NOISE),  # disqus.noise.r5a_votes_intl
    ("Vote négatif", NOISE),
    ("neuen Antworten auf meine Kommentare", WIDGET),  # wpdiscuz.widget.r5a_de
    ("Beteilige dich an der Diskussion!", WIDGET),
    ("Zuletzt bearbeitet vor 38 Minuten von Kalle", NOISE),  # wpdiscuz.noise.r5a_edited
    ("[Kommentar schreiben …]", WIDGET),  # facebook.widget.r5a_de
    ("Facebook-Kommentare-Plug-in", END),  # facebook.end.r5a_plugin_spellings
    ("Normas de participación", WIDGET),  # newspaper.widget.r5a_policies
    ("Les commentaires sont réservés aux abonnés. Déjà abonné ? Se connecter", WIDGET),
    ("Redaktion", NOISE),  # generic.noise.r5a_role_badge
    ("Autrice de l'article", NOISE),
    ("Post author", NOISE),
])
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


def test_contributions_count():  # newspaper.count.r5a_contributions
    got = classify(0, "Voir les 7 contributions")
    assert (got.kind, got.count) == (COUNT, 7)


@pytest.mark.parametrize("line, name", [  # newspaper.reply.r5a_comment_of, before 'Antwort auf X'
    ("Antwort auf den Kommentar von Georg Feldhaus", "Georg Feldhaus"),
    ("In reply to the comment by Ann Lee", "Ann Lee"),
    ("Antwort auf Georg Feldhaus", "Georg Feldhaus"),
])
def test_reply_to_comment_of(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("raw, name", [  # generic.name_suffix.r5a_verified_team
    ("Elena Sanz ✔ Verificada", "Elena Sanz"),
    ("Crónica Atlántica Equipo", "Crónica Atlántica"),
    ("Team", "Team"),  # a one-word name keeps its word
])
def test_badge_after_name(raw, name):
    assert clean_name(raw) == name


def test_emoji_only_comment_between_name_and_bar():
    from transforms.comments import split_comment_block
    block = ("3 Kommentare\n\nGesche Thomsen\nTraurig.\nGefällt mir · Antworten · 2 Std.\n👍 2\n\n"
             "Marret Hansen\n👍\nGefällt mir · Antworten · 44 Min.\n")
    comments = split_comment_block(block).comments
    assert [(c.author, c.body) for c in comments] == [("Gesche Thomsen", "Traurig."), ("Marret Hansen", "👍")]


def test_reaction_count_and_vote_arrows_stay_chrome():
    from transforms.comments import split_comment_block
    block = ("3 Kommentare\n\nGesche Thomsen\nTraurig.\nGefällt mir · Antworten · 2 Std.\n👍 2\n\n"
             "Ole Hansen\nStimmt.\n▲ ▼\nGefällt mir · Antworten · 1 Std.\n")
    comments = split_comment_block(block).comments
    assert [c.body for c in comments] == ["Traurig.", "Stimmt."]
