"""Line classification for comment threads (transforms/comment_lines.py + rules/comment_widgets.json)."""
import pytest

from transforms.comment_lines import (
    COUNT, END, NOISE, NOTICE, TEXT, TIME, WIDGET, bare_candidate, classify, classify_all, clean_name, explicit_author,
    item_indent, next_non_blank, previous_non_blank, quote_target,
)
from transforms.comment_context import refine_thread
from transforms.timestamps import is_timestamp, parse_timestamp, split_trailing_timestamp


@pytest.mark.parametrize("line, count", [
    ("Komentarze (6)", 6),  # generic.count.pl
    ("12 komentarzy", 12),
    ("4 commenti su “La funivia resta chiusa”", 4),
])
def test_count_lines(line, count):
    assert (classify(0, line).kind, classify(0, line).count) == (COUNT, count)


@pytest.mark.parametrize("line", [
    "Agree (14) Disagree (2) Report",  # generic.noise.votes_counted
    "Zustimmen 3 | Ablehnen 1",
    "Page 1 of 2 | Next ›",  # generic.noise.pagination
    "Seite 1 von 3 – Weiter »",
    "Moderator: this comment was edited to remove a phone number.",  # generic.noise.moderator_note
    "Reactie verwijderd door de moderator.",
    "Komentarz usunięty przez moderatora.",
    "Abonné",  # generic.noise.subscriber_badge
    "Abonnée",
    "Miembro conocido",
    "X (Twitter)",  # generic.noise.share_menu
    "Enlace",
    "Terms and rules",  # forum.noise.footer_links
    "Nutzungsbedingungen und Regeln",
    "Termini | Privacy | Feedback",
    "Odpowiedz · Zgłoś · 👍 31 👎 2",  # generic.noise.pl
    "Góra",
    "Clique para expandir...",  # forum.quote_end / generic.noise.thread
])
def test_thread_noise_lines(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", [
    "Concordo.",  # a vote word without a count is a comment
    "Agree",
    "My comment was the best one on the page, honestly.",
])
def test_comment_lines_that_look_like_noise_stay_text(line):
    assert classify(0, line).kind == TEXT


@pytest.mark.parametrize("line", [
    "Informativa sulla privacy di Disqus",  # disqus.widget.any
    "O REGISTRATI SU DISQUS",
    "Regulamin komentowania",  # generic.widget.pl
    "Che ne pensi?",  # generic.widget.it
    "Linee guida della community",
    "Les plus récentes | Les plus appréciées",  # generic.widget.fr
    "Sortierung: Neueste zuerst",  # generic.widget.de
    "Leserdebatte",
])
def test_widget_lines(line):
    assert classify(0, line).kind in (WIDGET, COUNT)


@pytest.mark.parametrize("line", [
    "Log in or sign up to reply here.",
    "Melde dich an oder registriere dich, um hier zu antworten.",
    "Inicia sesión o regístrate para responder aquí.",
    "Você precisa fazer login ou se registrar para responder aqui.",
    "Zaloguj się, aby dodać komentarz.",
    "Vous devez être abonné pour réagir.",
    "You need to be signed in to comment. Sign in | Register",
])
def test_sign_in_to_reply_notices(line):
    assert classify(0, line).kind == NOTICE


def test_short_log_in_to_reply_button_is_not_a_notice():
    assert classify(0, "Log in to Reply").kind != NOTICE


def _kinds(text):
    return [(line.text, line.kind) for line in refine_thread(classify_all(text.split("\n"))) if line.text]


def test_notice_below_the_comments_ends_the_thread():
    lines = _kinds("Kai77\n15.01.2024, 20:15\nNa endlich.\nZitieren Melden\n\n"
                   "Log in or sign up to reply here.\n\nShare:\nHome\nSimilar threads\nMy thread title")
    assert ("Log in or sign up to reply here.", END) in lines
    assert ("My thread title", NOISE) in lines


def test_notice_above_the_comments_is_chrome_and_a_commenters_sentence_stays_text():
    top = _kinds("Zaloguj się, aby dodać komentarz.\n\nBasia\n14.02.2024, 10:40\nMapy są stare.")
    assert top[0] == ("Zaloguj się, aby dodać komentarz.", NOISE)
    inside = _kinds("Basia\n14.02.2024, 10:40\nI had to register to comment on this site today.\n\n"
                    "Tomek\n14.02.2024, 11:00\nSame.")
    assert ("I had to register to comment on this site today.", TEXT) in inside


def test_unknown_badge_between_name_and_timestamp_is_noise():
    lines = _kinds("Ramón de Tarazona\nSocio fundador\n03/10/2024\nYo subo por esa pista desde hace veinte años.")
    assert ("Socio fundador", NOISE) in lines
    assert ("Ramón de Tarazona", TEXT) in lines


def test_parent_name_between_name_and_timestamp_is_not_a_badge():
    lines = _kinds("Schorsch\nvor 2 Tagen\nEndlich.\n\nRalf\nSchorsch\nvor 2 Tagen\nUnd wo sollen die Laster fahren?")
    assert ("Schorsch", "reply_to") in lines


def test_unknown_badge_recurring_under_different_names_is_noise():
    lines = _kinds("Ana Souza\nSócia honorária\nMuito bom este texto sobre a ponte.\nCurtir · Responder\n\n"
                   "Rui Lopes\nSócia honorária\nDiscordo totalmente da prefeitura.\nCurtir · Responder")
    assert [kind for text, kind in lines if text == "Sócia honorária"] == [NOISE, NOISE]


def test_a_commenter_called_guest_but_not_a_forum_label():
    lines = _kinds("Anna\nvor 2 Std.\nGut so.\n\nGast\nvor 1 Std.\nWarum?\n\nKai77\nBeiträge: 88\n15.01.2024, 20:15\nNa endlich.")
    assert ("Gast", TEXT) in lines
    assert ("Beiträge: 88", TEXT) not in lines


@pytest.mark.parametrize("line, name, parent", [
    ("#1 – 20.05.2024, 14:12 Uhr – Manfred aus Pankow", "Manfred aus Pankow", None),  # pieces in any order
    ("Giorgio il 9 ottobre 2024 alle 18:40", "Giorgio", None),  # 'gio' inside the name is no weekday
    ("Lucia P. ➤ Marco Ferri • 2 ore fa", "Lucia P.", "Marco Ferri"),  # another reply arrow
    ("Post autor: Gburek » 12 lut 2024, 19:27", "Gburek", None),  # Polish phpBB, Polish month
    ("↳ Respuesta de Laura Ena a Javier M.", "Laura Ena", "Javier M."),  # newspaper.author.reply_from_to
    ("Reply from Ann Lee to Bob", "Ann Lee", "Bob"),
    ("Gianna di Borgo Canale - 21/02/2024 alle 13:45", "Gianna di Borgo Canale", None),  # 'di' is no byline
])
def test_explicit_author_lines(line, name, parent):
    cand = explicit_author(line)
    assert (cand.name, cand.parent_name) == (name, parent)


@pytest.mark.parametrize("raw, name", [
    ("Carmen Ruiz Mod", "Carmen Ruiz"),  # generic.name_suffix
    ("Mod", "Mod"),  # a one-word name keeps it
    ("~Zenek z Oliwy", "Zenek z Oliwy"),  # generic.name_prefix
    ("Javier M. (Huesca)", "Javier M."),  # a place in brackets
    ("Kreistagsmitglied (parteilos)", "Kreistagsmitglied (parteilos)"),  # a lower-case note stays
    ("Anna Schmidt @annas", "Anna Schmidt"),  # a display name, then the handle
    ("Carla ✓ @carla", "Carla"),
    ("Anna Schmidt ✔", "Anna Schmidt"),  # a verification tick
    ("@harbourhawk", "@harbourhawk"),  # a handle alone is the name shown
])
def test_clean_name(raw, name):
    assert clean_name(raw) == name


def test_tree_mark_is_nesting_not_name():
    line = classify(0, "└ Claire V.")
    assert (line.text, line.indent) == ("Claire V.", 4)


@pytest.mark.parametrize("line, name", [
    ("Gburek napisał(a): ↑12 lut 2024, 19:27", "Gburek"),
    ("Nelson Zanella disse:", "Nelson Zanella"),
    ("Lausitzbahner meinte:", "Lausitzbahner"),
    ("replied to Phil fan club", "Phil fan club"),  # generic.reply.in_reply_to
    ("a répondu à Odile", "Odile"),
    ("Originariamente inviato da Lorenzo da Campomorone", "Lorenzo da Campomorone"),  # forum.reply.originally
    ("Oorspronkelijk geplaatst door Marloes_B", "Marloes_B"),
])
def test_quote_headers(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("text", ["1 Tag", "30 min fa", "2 godz. temu", "wczoraj"])
def test_relative_times(text):
    assert is_timestamp(text)


def test_polish_date_parses():
    assert parse_timestamp("12 lut 2024, 19:27").isoformat() == "2024-02-12T19:27:00"
    assert split_trailing_timestamp("Gburek » 12 lut 2024, 19:27") == ("Gburek » ", "12 lut 2024, 19:27")


def test_time_kind_for_polish_date_line():
    assert classify(0, "14.02.2024, 10:12").kind == TIME


@pytest.mark.parametrize("line, kind, count", [
    ("Comentarios · 7", COUNT, 7),
    ("Antworten · 12", NOISE, None),  # an action bar with its like count
    ("Réponses : 4 | Vues : 812", COUNT, 4),
])
def test_heading_and_count_as_pieces(line, kind, count):
    assert (classify(0, line).kind, classify(0, line).count) == (kind, count)


def test_name_printed_twice_is_one_author_line():
    lines = _kinds("Marisol Vega\nMarisol Vega\n4 hours ago\nNobody rides a boat that doesn't exist.")
    assert lines[:2] == [("Marisol Vega", TEXT), ("Marisol Vega", NOISE)]


@pytest.mark.parametrize("line", [
    "Citazione:", "Data registrazione: 03/2019", "Utente senior", "Naar boven", "4 berichten • Pagina 1 van 1",
    "Wie is er online", "« Discussione precedente | Discussione successiva »", "Tutti gli orari sono GMT +1. Ora sono le 09:15.",
])
def test_forum_chrome_in_italian_and_dutch(line):
    assert classify(0, line).kind in (WIDGET, NOISE)


def test_italian_quote_and_report_bar():
    assert classify(0, "Rispondi citando Segnala").kind == NOISE


def test_profile_lines_with_a_recurring_label_are_chrome():
    lines = _kinds("Kari\nInnlegg: 57\nBra sak, endelig skjer det noe her.\n\nOla\nInnlegg: 1 204\nEnig med deg.\n"
                   "Rosa · 12/03/2024 a las 22:15\nText.\n\nRosa · 12/03/2024 a las 22:48\nMore.")
    assert [kind for text, kind in lines if text.startswith("Innlegg")] == [NOISE, NOISE]
    assert ("Rosa · 12/03/2024 a las 22:15", TEXT) in lines  # a header with a time is no profile line


def test_same_short_line_after_several_comments_is_an_action_bar():
    thread = "".join(f"User{k}\nThis is what comment number {k} says about the ferry.\nTil toppen\n\n" for k in range(3))
    lines = _kinds(thread + "User9\n+1\n\nUser8\n+1\n\nUser7\n+1")
    assert [kind for text, kind in lines if text == "Til toppen"] == [NOISE] * 3
    assert [kind for text, kind in lines if text == "+1"] == [TEXT] * 3  # under a name: a comment


def test_quote_header_shape_above_a_timestamp_is_an_author_line():
    lines = _kinds("Jan Kowalczyk napisał:\n3 kwietnia 2024 o 18:40\nW końcu.\nOdpowiedz")
    assert lines[0] == ("Jan Kowalczyk", TEXT)
    assert lines[1][1] == TIME  # 'o' joins the date and the time (Polish)


@pytest.mark.parametrize("line", ["Opublikuj komentarz", "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *"])
def test_polish_wordpress_form(line):
    assert classify(0, line).kind == "form"


def test_polish_wordpress_count_with_title():
    assert classify(0, "4 komentarze do „Kazimierz Dolny: parking”").count == 4


@pytest.mark.parametrize("line", [
    "Os comentários a este artigo estão fechados.",  # generic.end.comments_closed
    "Comments on this story are now closed.",
    "Les commentaires sur cet article sont fermés.",
    "Reageren op dit artikel is niet meer mogelijk.",
    "Hinweis: Die Kommentarfunktion ist für diesen Artikel nicht aktiviert.",
])
def test_closed_comments_notices(line):
    # round 31: the thread above (if any) is over; no thread opens here
    assert classify(0, line).kind == "end"


@pytest.mark.parametrize("line, name, stamp", [
    ("Anna Schmidt (12.03.2024, 18:40)", "Anna Schmidt", "12.03.2024, 18:40"),  # time in brackets
    ("Anna Schmidt commented 3 hours ago", "Anna Schmidt", "3 hours ago"),  # generic.author_verb
    ("Anna a commenté il y a 3 heures", "Anna", "il y a 3 heures"),
    ("Anna Schmidt (Berlin) · vor 2 Std.", "Anna Schmidt", "vor 2 Std."),
    ("Anna S. | vor 2 Stunden | Antworten", "Anna S.", "vor 2 Stunden"),  # an action piece
    ("March 12, 2024 at 6:40 pm by Anna", "Anna", "March 12, 2024 at 6:40 pm"),
    ("Comentario de Anna el 12/03/2024", "Anna", "12/03/2024"),
    ("Réponse de Anna le 12/03/2024 à 18h40", "Anna", "12/03/2024 à 18h40"),  # 'à 18h40' is no parent
    ("#4 Anna Schmidt 12.03.2024, 18:40", "Anna Schmidt", "12.03.2024, 18:40"),
    ("Christa schrieb am 4. März 2024 um 18:40:", "Christa", "4. März 2024 um 18:40"),  # wordpress.author.wrote_on_date
    ("03/02/2024 10:12 - Mario Bianchi scrive:", "Mario Bianchi", "03/02/2024 10:12"),  # time first, then 'X scrive:'
    ("12.03.2024 18:40 | Anna Schmidt schreibt:", "Anna Schmidt", "12.03.2024 18:40"),
])
def test_author_line_shapes(line, name, stamp):
    cand = explicit_author(line)
    assert (cand.name, cand.stamp, cand.parent_name) == (name, stamp, None)


@pytest.mark.parametrize("line, kind", [
    ("J’aime · Répondre · Voir la traduction · 3 sem", NOISE),  # an unknown button in an action bar
    ("Like · Reply · Share to group · 2w", NOISE),
    ("Rancher Jim • 2 hrs ago • Edited", TEXT),  # opens with a name: an author line
    ("#3 · Javier · hace 1 día", TEXT),
])
def test_action_bar_with_one_unknown_button(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line", ["Fan engagée", "un'ora fa"])
def test_more_facebook_badges_and_italian_times(line):
    assert classify(0, line).kind in (NOISE, TIME)


def test_labelled_date_field_is_not_an_author_line():
    assert explicit_author("Registado: ter 5 mar 2019 10:12") is None
    lines = _kinds("Ana\nFeira: ter 5 mar 2019 10:12\nOlá.\n\nZé\nFeira: qui 9 jun 2022 21:40\nBom dia.")
    assert [kind for text, kind in lines if text.startswith("Feira")] == [NOISE, NOISE]


def test_action_bar_with_a_helpful_count():
    assert classify(0, "Antworten | Melden | 7 Leser finden das hilfreich").kind == NOISE
    assert classify(0, "Reply | Report | I think 7 is too many, honestly, for this").kind == TEXT


def test_role_in_brackets_before_the_verb():
    cand = explicit_author("Ostfriesen-Kurier (Redaktion) schrieb am 18.09.2024 um 17:05 Uhr")
    assert (cand.name, cand.stamp) == ("Ostfriesen-Kurier", "18.09.2024 um 17:05 Uhr")


@pytest.mark.parametrize("line, kind", [
    ("Lubię to! · Odpowiedz · 2 tyg.", NOISE),  # Polish Facebook plugin
    ("Najlepszy fan", NOISE),
    ("Pracuje w Restauracja pod Giewontem", NOISE),
    ("Wtyczka komentarzy Facebooka", END),
    ("1 tydz.", TIME),
])
def test_polish_facebook_plugin(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line", ["Reageer · Meld misbruik · 9 x gewaardeerd", "Sorteer: Nieuwste eerst"])
def test_dutch_newspaper_comment_chrome(line):
    assert classify(0, line).kind in (NOISE, WIDGET)


_SPACED = classify_all(["Anna", "", "", "3 hours ago", "", "Nice piece.", "", ""])  # 0, 3, 5 have text


@pytest.mark.parametrize("i, n, window, positions", [
    (0, 1, None, [3]),  # no window: the next line with text, however far
    (0, 2, None, [3, 5]),
    (0, None, None, [3, 5]),  # n=None: all of them
    (0, 1, 2, []),  # the window ends before the time
    (0, 2, 3, [3]),
    (3, 1, 2, [5]),
    (5, 1, None, []),  # only blank lines after it
    (7, 1, None, []),  # the last line
])
def test_next_non_blank(i, n, window, positions):
    assert next_non_blank(_SPACED, i, n, window) == positions


@pytest.mark.parametrize("i, n, positions", [
    (5, 1, [3]), (5, 2, [3, 0]), (7, 1, [5]), (3, None, [0]), (0, 1, []),
])
def test_previous_non_blank(i, n, positions):
    assert previous_non_blank(_SPACED, i, n) == positions


@pytest.mark.parametrize("raw, indent", [
    ("Anna Kowalska", 0), ("*   Anna Kowalska", 4), ("2.  Anna Kowalska", 4), ("▪ Anna Kowalska", 2), ("  · Anna", 4),
])
def test_item_indent_counts_the_list_marker_plain_line_drops(raw, indent):
    assert item_indent(classify(0, raw)) == indent


@pytest.mark.parametrize("raw", ["-   Anna Kowalska  Bert_77", "▪ Anna Kowalska  Bert_77"])
def test_bare_candidate_reads_name_and_parent_behind_a_list_marker(raw):
    cand = bare_candidate(classify(0, raw))
    assert (cand.name, cand.parent_name) == ("Anna Kowalska", "Bert_77")
