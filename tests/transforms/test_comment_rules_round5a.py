"""Round 5a comment rules (tests/eval/cleaning/README.md, "Round 5a"): one small case per
rule entry of rules/comment_widgets.json added for the newer Disqus UI in fr/de/es, German
wpDiscuz wordings, newspaper lists in big papers' own words and role/verification badges."""
import pytest

from transforms.comment_lines import ANCHOR, COUNT, END, NOISE, WIDGET, classify, clean_name, quote_target


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


def test_forum_rank_badge_above_profile_lines_is_not_comment_text():
    from transforms.comments import split_comment_block
    posts = []
    for n, (name, rank, text) in enumerate([
        ("MarPerez_83", "Miembro", "A mí también, llevo toda la semana llegando tarde."),
        ("Cotos2000", "Miembro", "Lo de las obras es verdad, terminan en enero."),
        ("ferroviario_jubilado", "Miembro veterano", "Ojalá sea enero."),
    ], start=2):
        posts.append(f"#{n}\n{name}\n{rank}\nRegistrado: mar 2015\nMensajes: {n * 100}\n"
                     f"09/11/2026 a las 1{n}:15\n{text}\nMe gusta · Citar · Responder\n")
    comments = split_comment_block("3 respuestas\n\n" + "\n".join(posts)).comments
    assert [(c.author, c.body) for c in comments][2] == ("ferroviario_jubilado", "Ojalá sea enero.")


# ---------------------------------------------------------------- body side (rules/boilerplate.json)

PROSE = ("The county board approved the new ferry schedule on Monday after a long debate about costs, "
         "and the first late sailing will leave the mainland dock in June.")
PROSE2 = "Island business owners had asked for the extra sailings for three years, the board said."


@pytest.mark.parametrize("noise", [
    "Upcountry Dispatch is nonprofit news. Your donation keeps stories like this free to read. Give today",  # subscribe.r5a_donate_button
    "Sie haben Hinweise zu diesem Thema? Schreiben Sie uns an redaktion@example.de",  # footer.r5a_news_tip
    "Article réservé aux abonnés",  # paywall.r5a_marker
])
def test_body_chrome_dropped(noise):
    from transforms.boilerplate import clean_body
    assert clean_body(PROSE + "\n\n" + noise + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


def test_prose_ending_in_donate_kept():
    from transforms.boilerplate import clean_body
    text = PROSE + "\n\nThe mayor asked residents who can spare a coat to donate."
    assert clean_body(text) == text


@pytest.mark.parametrize("tail", [
    "Élodie Ravanel (Rennes, correspondante)",  # byline.r5a_correspondent
    "Tomasz Greer is a Report for America corps member covering rural infrastructure.",  # bio.r5a_covering
])
def test_signature_under_the_text_dropped(tail):
    from transforms.boilerplate import clean_body
    assert clean_body(PROSE + "\n\n" + PROSE2 + "\n\n" + tail) == PROSE + "\n\n" + PROSE2


def test_dek_above_dash_separated_dateline_dropped():  # body_lines._META_SEPARATOR: spaced dashes
    from transforms.boilerplate import clean_body
    dek = "La medida afecta a once calles del centro. Los hosteleros piden un aparcamiento disuasorio."
    text = f"{dek}\n\nLucía Montenegro\nVillanueva del Jarama - 16 nov 2026 - 07:30 CET\n\n{PROSE}\n\n{PROSE2}"
    assert clean_body(text) == PROSE + "\n\n" + PROSE2


def test_reading_time_with_full_stop_dropped():  # byline.r5a_reading_time_dot
    from transforms.boilerplate import clean_body
    assert clean_body("Par Élodie Ravanel\nTemps de lecture : 3 min.\n\n" + PROSE) == PROSE


def test_discourse_full_topic_link_ends_the_thread():  # forum.end.r5a_full_topic
    assert classify(0, "Read the full topic · Powered by Discourse").kind == END
    assert classify(0, "Continue Discussion · 6 replies").kind != END


def test_forum_thread_starter_line_is_a_byline():  # byline.r5a_thread_starter
    from transforms.boilerplate import clean_body
    text = ("Nuevo horario del Cercanías C-9\n\nIniciado por ferroviario_jubilado, 09/11/2026 · 7 respuestas\n\n"
            "09/11/2026 a las 07:58\n" + PROSE)
    assert clean_body(text) == PROSE
    tail = "Started by two teachers in 1998, the club now has 400 members and its own boathouse."
    assert clean_body(PROSE + "\n\n" + tail) == PROSE + "\n\n" + tail


# ---------------------------------------------------------------- round 5a2

@pytest.mark.parametrize("line, kind", [
    ("nuevas respuestas a mis comentarios", WIDGET),  # wpdiscuz.widget.r5a_es_fr
    ("Más votado", WIDGET),
    ("Comentarios en línea", WIDGET),
    ("♡ Like (31) · Reply · Share", NOISE),  # generic.noise.r5a_heart_bar
    ("Discussion about this post", ANCHOR),  # an anchor since round 8a (newspaper.anchor.r8a_substack_discussion)
    ("Comments | Restacks", WIDGET),
])
def test_widget_words_5a2(line, kind):
    assert classify(0, line).kind == kind


def test_time_and_badge_is_a_time_line():  # comment_lines: a timestamp then badges only
    from transforms.comment_lines import TIME
    got = classify(0, "Nov 18 · Author")
    assert (got.kind, got.stamp) == (TIME, "Nov 18")
    assert classify(0, "3 hours ago · Reply").kind == NOISE  # an action is no badge


def test_reply_under_a_time_and_badge_header_is_kept():
    from transforms.comments import split_comment_block
    block = ("Comments\n\n**Dan Kessler**\nNov 18\nTwo thirds occupancy is a big ask.\n♡ Like (8) · Reply · Share\n\n"
             "> **Mirela Oakes**\n> Nov 18 · Author\n> Dan, fair challenge, we assume 62% on weekdays.\n"
             "> ♡ Like (19) · Reply · Share\n>\n> > **Dan Kessler**\n> > Nov 19\n> > Will book one.\n"
             "> > ♡ Like (2) · Reply · Share\n\n**Ola**\nNov 19\nBreakfast on board sold me.\n♡ Like (4) · Reply · Share\n")
    got = [(c.author, c.parent_position) for c in split_comment_block(block).comments]
    assert got == [("Dan Kessler", None), ("Mirela Oakes", 1), ("Dan Kessler", 2), ("Ola", None)]


def test_want_more_teaser_dropped():  # subscribe.r5a_want_more
    from transforms.boilerplate import clean_body
    noise = "Want more stories like this? Get The Corner Dispatch free every Friday."
    assert clean_body(PROSE + "\n\n" + noise + "\n\n" + PROSE2) == PROSE + "\n\n" + PROSE2


@pytest.mark.parametrize("raw, name", [  # comment_names._PLACE_AFTER_COMMA: the 'Name, Place' decision
    ("Ailsa, Stornoway", "Ailsa"),
    ("Ove T., Åsane", "Ove T."),
    ("Jo, from the bakery", "Jo, from the bakery"),  # lower-case words are no place
])
def test_place_after_comma_is_not_part_of_the_author(raw, name):
    assert clean_name(raw) == name


# ---------------------------------------------------------------- round 5a3

def test_arrow_name_opening_a_block_is_the_reply_author():  # comment_context: arrow line above its time
    from transforms.comments import split_comment_block
    block = ("Reader comments (3)\n\nCarla Jennings · Harlow\nNov 19, 2026 7:14am\nWho will watch my kids on Fridays?\n"
             "👍 22 | Reply | Report\n\nMr. T · Big Cedar\nNov 19, 2026 8:02am\nTeacher here, this will help hiring.\n"
             "👍 31 | Reply | Report\n\n    ↪ Carla Jennings · Harlow\n    Nov 19, 2026 8:26am\n"
             "    I don't blame teachers.\n    👍 9 | Reply | Report\n")
    got = [(c.author, c.parent_position) for c in split_comment_block(block).comments]
    assert got == [("Carla Jennings", None), ("Mr. T", None), ("Carla Jennings", 2)]


def test_thread_title_above_its_count_is_not_prose():  # comment_section_starts._is_prose
    from transforms.comment_lines import classify_all
    from transforms.comment_section_starts import _is_prose
    lines = classify_all(["Forum Pays de Retz • Transports • Fermeture de la ligne : quelles alternatives ?", "",
                          "Fermeture de la ligne Nantes-Pornic en janvier : quelles alternatives ?", "5 réponses • 231 vues"])
    assert not _is_prose(lines, 0, 14) and not _is_prose(lines, 2, 10)
    prose = classify_all(["The board met on Monday and voted to close the line for two months.", ""])
    assert _is_prose(prose, 0, 14)


def test_spanish_top_follower_badge():  # generic.noise.r5a_role_badge
    assert classify(0, "Seguidor destacado").kind == NOISE


def test_emoji_only_comment_under_a_badge_line():
    from transforms.comments import split_comment_block
    block = ("2 comentarios\n\nEsther\n¿Y los conquenses también?\nMe gusta · Responder · 20 h\n\n"
             "Rafa M.\nSeguidor destacado\n👏👏\nMe gusta · Responder · 10 h\n")
    assert [(c.author, c.body) for c in split_comment_block(block).comments][1] == ("Rafa M.", "👏👏")


def test_phpbb_post_header_makes_the_lines_above_header():  # byline.r5a_forum_post_header
    from transforms.boilerplate import clean_body
    text = ("Forum Pays de Retz • Transports • Fermeture de la ligne\n\n5 réponses • 231 vues\n\n"
            "Message de Gwenaelle44 » mer. 12 nov. 2026 08:41\n" + PROSE)
    assert clean_body(text) == PROSE
