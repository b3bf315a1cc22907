"""Round 13c: forum threads and news comment threads saved as text: long display names (a name
of 7-10 words over its time, or set off from it by a dot; a quote header naming such a name)."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import END, NOISE, WIDGET, classify, explicit_author
from transforms.comment_names import clean_name, quote_target
from transforms.comments import split_comment_section
from transforms.timestamps import is_timestamp

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _authors_and_parents(thread: str) -> list[tuple[str | None, int | None]]:
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return [(c.author, c.parent_position) for c in section.comments]


def test_a_long_name_over_its_time_is_an_author_line():
    thread = ("Comments (3)\n"
              "Ann Cole\n2 December 2026 at 7:14am\nSaturday is when I bring the children.\nReply | Report\n"
              "Sick and tired of Shire Hall deciding everything\n2 December 2026 at 9:47am\n"
              "Less than the committee spent on the logo.\nReply | Report\n"
              "Dan\n2 December 2026 at 10:05am\nSame here, every week.\nReply | Report\n")
    assert _authors_and_parents(thread) == [
        ("Ann Cole", None), ("Sick and tired of Shire Hall deciding everything", None), ("Dan", None)]


def test_a_long_name_set_off_from_its_time_by_a_dot():
    thread = ("## Comentarios (2)\n\n"
              "**Vecino de toda la vida del barrio de Delicias** · 04/12/2026 - 11:02\n\n"
              "Dos años más. Lo mismo que pasó con la línea 1 en el Actur.\n\nResponder · Denunciar\n\n"
              "**Fermín** · 04/12/2026 - 12:15\n\n"
              "> **Vecino de toda la vida del barrio de Delicias escribió:**\n"
              "> Lo mismo que pasó con la línea 1 en el Actur\n\n"
              "En el Actur fueron tres años, no cuatro.\n\nResponder · Denunciar\n")
    assert _authors_and_parents(thread) == [("Vecino de toda la vida del barrio de Delicias", None), ("Fermín", 1)]


@pytest.mark.parametrize("line, long_names, name", [
    ("une commerçante de la halle depuis 1994 a écrit :", True, "une commerçante de la halle depuis 1994"),
    ("une commerçante de la halle depuis 1994 a écrit :", False, None),  # only where the caller checks the quote
    ("Jörg schrieb:", False, "Jörg"),
])
def test_quote_header_with_a_long_name(line, long_names, name):
    assert quote_target(line, with_repeat_rules=True, long_names=long_names) == name


def test_a_long_sentence_ending_in_wrote_over_new_text_stays_comment_text():
    sentence = "Mon voisin qui travaille à la mairie depuis longtemps a écrit :"
    thread = ("Réactions (2)\n"
              "Anne\nle 03/12/2026 à 12h40\nLa halle compte pour nous.\nRépondre · Signaler\n"
              f"Paul\nle 03/12/2026 à 13h15\n{sentence}\n"
              "personne n'a demandé aux écoles.\nRépondre · Signaler\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.author for c in section.comments] == ["Anne", "Paul"]
    assert sentence in section.comments[1].body


@pytest.mark.parametrize("line, name", [
    ("[–]grumpy_cabbie 27 points 4 hours ago", "grumpy_cabbie"),
    ("[–]pedal_pusher_ox[S] 15 points 4 hours ago", "pedal_pusher_ox"),
])
def test_old_reddit_author_line(line, name):
    assert explicit_author(line).name == name


@pytest.mark.parametrize("line", [
    "permalink embed save parent report reply",
    "[+]throwaway_ox_99 -3 points 2 hours ago (2 children)",
    "[–]deleted 2 points 3 hours ago",
    "load more comments (31 replies)",
    "Predefinito",  # vBulletin's post icon as its alt text
    "Sent from my iPhone using Tapatalk",
    "Inviato dal mio iPhone utilizzando Tapatalk",
])
def test_forum_chrome_lines(line):
    assert classify(0, line).kind == NOISE


def test_a_device_signature_does_not_end_the_thread_but_a_share_signature_does():
    assert classify(0, "Gesendet von meinem SM-A536B mit Tapatalk").kind == NOISE
    assert classify(0, "Enviado pelo app Gazeta do Agreste").kind == END


def test_signatures_end_at_chrome_and_at_the_next_posters_name_without_blank_lines():
    thread = ("Pages: [1]   Go Down\n"
              "Ally Fraser\nNewbie\nPosts: 9\n« Reply #1 on: December 01, 2026, 09:17:03 PM »\n"
              "The waiting list is two years according to the harbour master.\nLogged\n"
              "Westerly Centaur - slow but she gets there\n"
              "Moira Bell\nHero Member\nPosts: 1,234\n« Reply #2 on: December 02, 2026, 10:21:12 AM »\n"
              "It is nearer three now, I asked in the summer.\nLogged\n"
              "Dougie_McR\nFull Member\nPosts: 312\n« Reply #3 on: December 02, 2026, 06:40:27 PM »\n"
              "Good, I will come along too.\nLogged\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Ally Fraser", "The waiting list is two years according to the harbour master."),
        ("Moira Bell", "It is nearer three now, I asked in the summer."),
        ("Dougie_McR", "Good, I will come along too.")]


@pytest.mark.parametrize("chrome", [
    "Welcome, Guest. Please login or register.",
    "want to join? Log in or sign up in seconds.",
    "Partager sur Facebook Partager sur X Copier le lien",
    "Predefinito Valvole termostatiche e ripartizione delle spese",  # the title after vBulletin's post icon
])
def test_forum_page_chrome_is_not_article(chrome):
    title = "Valvole termostatiche e ripartizione delle spese"
    body = clean_body(f"{chrome}\n\n{PROSE}", title=title)
    assert body == PROSE.strip()


@pytest.mark.parametrize("line", [
    "schreibt am 3. Dezember:",  # a post header's second line: the verb and the date, no name
    "schreibt am 3. Dezember 2026 um 09:40:",
    "a écrit le 03/12/2026 à 14h22 :",
])
def test_verb_and_date_under_a_name_is_the_posts_time(line):
    assert is_timestamp(line)


def test_two_line_numbered_headers_with_a_profile_row_between():
    thread = ("6 Antworten · 1.904 Aufrufe\n"
              "#2 Jens\nschreibt am 3. Dezember:\nKommt auf die Satzung an.\nBeitrag melden · Zitieren · Antworten\n"
              "#3 Renate Koslowski-Hahn\nMitglied seit 03/2017 · 1.208 Beiträge\nschreibt am 3. Dezember 2026 um 09:40:\n"
              "Die Vorgabe gilt nur für Rettungswege.\nBeitrag melden · Zitieren · Antworten\n"
              "#4 Heckenschere\nschreibt am 4. Dezember 2026 um 21:47:\nZitat von Jens:\nKommt auf die Satzung an.\n"
              "Ehrlich gesagt bin ich froh über die Regel.\nBeitrag melden · Zitieren · Antworten\n")
    assert _authors_and_parents(thread) == [("Jens", None), ("Renate Koslowski-Hahn", None), ("Heckenschere", 1)]


def test_a_member_since_row_is_chrome_but_a_thread_pager_stays_a_widget():
    assert classify(0, "Mitglied seit 03/2017 · 1.208 Beiträge").kind == NOISE
    assert classify(0, "6 Beiträge • Seite 1 von 1").kind == WIDGET


def test_a_badge_word_alone_where_a_name_stands_is_the_author_but_a_badge_under_a_name_is_not():
    thread = ("Kommentare (3)\n\n"
              "Jörg\n03.12.2026, 18:11 Uhr\nNicht nur die Busfahrer.\nAntworten | Melden\n\n"
              "Redaktion\n04.12.2026, 09:05 Uhr\nWir haben beim Amt nachgefragt.\nAntworten | Melden\n\n"
              "Ute Brandt\nRedaktion\n04.12.2026, 10:32 Uhr\nWir berichten weiter.\nAntworten | Melden\n")
    assert [a for a, _ in _authors_and_parents(thread)] == ["Jörg", "Redaktion", "Ute Brandt"]


def test_a_quote_header_with_its_time_is_not_an_author_line():
    assert explicit_author("Quote from: Dougie_McR on December 01, 2026, 07:42:15 PM") is None


@pytest.mark.parametrize("name, cleaned", [
    ("Collectif Vélo Rezé – bureau", "Collectif Vélo Rezé – bureau"),  # a lower-case word after a dash stays
    ("Ray Dunn — Port Ash", "Ray Dunn"),  # a place after a dash goes, as before
    ("Anna – Abonnée", "Anna"),
])
def test_a_dash_inside_a_display_name(name, cleaned):
    assert clean_name(name) == cleaned


def test_a_markdown_escaped_signature_separator():
    thread = ("6 messages • Page **1** sur **1**\n\n"
              "par **vieux_biclou** » jeu. 3 déc. 2026 12:40\n\nTrois-Continents tous les jours depuis dix ans.\n\n"
              "\\-\\-\n_Un vélo, deux roues, zéro excuse._\n\n"
              "par **Loïc44** » jeu. 3 déc. 2026 13:22\n\nFacile à dire avec tes mollets.\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.body for c in section.comments] == [
        "Trois-Continents tous les jours depuis dix ans.", "Facile à dire avec tes mollets."]


def test_a_long_name_after_a_dash_and_a_reply_marker_naming_it():
    long_name = "Mi alzo alle cinque per colpa di questa strada"
    thread = ("## Commenti (3)\n\n"
              "**Ugo Bertolini** — 5 dicembre 2026, 09:55\n\nLa galleria la chiediamo dagli anni Novanta.\n\n"
              "Rispondi · Segnala\n\n"
              f"**{long_name}** — 5 dicembre 2026, 11:02\n\nAutobus alle 6:25 vuol dire sveglia alle 5:30.\n\n"
              "Rispondi · Segnala\n\n"
              "**Elena Scotti** — 5 dicembre 2026, 19:10\n\n"
              f"↳ *in risposta a {long_name}*\n\nAbbiamo chiesto una seconda corsa.\n\nRispondi · Segnala\n")
    assert _authors_and_parents(thread) == [("Ugo Bertolini", None), (long_name, None), ("Elena Scotti", 2)]


def test_the_line_after_a_timed_action_bar_opens_the_next_comment():
    thread = ("14 comentarios\n"
              "Pilar Cordero Vega\nMis pacientes no pueden ir a Villafranca. ¿Habrá autobús?\nMe gusta · Responder · 2 d\n❤️👍 31\n"
              "Rafael Tinoco\nFan destacado\nLo de siempre, lo estudian.\nMe gusta · Responder · 1 d\n"
              "Ver 3 respuestas más\n"
              "Lo que yo diga va a misa\nEsa depuradora ya falló en 2022.\nMe gusta · Responder · 1 d · Editado\n"
              "Manolo Gala\nVaya.\nMe gusta · Responder · 9 h\n")
    assert [a for a, _ in _authors_and_parents(thread)] == [
        "Pilar Cordero Vega", "Rafael Tinoco", "Lo que yo diga va a misa", "Manolo Gala"]



@pytest.mark.parametrize("thread", [
    # Facebook: the time is in the bar under the text, so no time stands under the role word
    ("5 Kommentare\nSortieren nach Top\n\nGerd Meiners\nEndlich!\nGefällt mir · Antworten · 11 Std.\n\n"
     "Redaktion\nDie Fahrpreise stehen noch nicht fest.\nGefällt mir · Antworten · 7 Std.\n\n"
     "Tobias K.\nDanke.\nGefällt mir · Antworten · 6 Std.\n\nFacebook-Kommentare-Plug-in\n"),
    # OpenWeb: the avatar's letter over each name, also over the role word
    ("5 Kommentare\n\nG\nGerd Meiners\n11 Std.\n\nEndlich!\n\nAntworten\nTeilen\n\n"
     "R\nRedaktion\n7 Std.\n\nDie Fahrpreise stehen noch nicht fest.\n\nAntworten\nTeilen\n\n"
     "T\nTobias K.\n6 Std.\n\nDanke.\n\nAntworten\nTeilen\n"),
])
def test_a_role_word_signing_a_comment_in_bar_and_avatar_layouts(thread):
    assert [a for a, _ in _authors_and_parents(thread)] == ["Gerd Meiners", "Redaktion", "Tobias K."]


def test_an_edited_marker_right_under_a_bar_is_no_author():
    thread = ("3 comentarios\n\nTomás Curbelo\nUn poco absurdo.\nMe gusta · Responder · 11 · 4 d\nEditado\n\n"
              "Kiko el de Máguez\nYa veremos dónde aparcan.\nMe gusta · Responder · 6 · 4 d\n\nCargar 4 comentarios más\n")
    assert [a for a, _ in _authors_and_parents(thread)] == ["Tomás Curbelo", "Kiko el de Máguez"]
