"""Forum engines benchmarks/eval_forums.py added in its second set (MyBB, Flarum, NodeBB, Vanilla,
Lemmy, Discourse with its post controls): their chrome lines in seven languages, NodeBB's quote
header, a guest's name over a user title or a score row, Vanilla's translated edit note."""
import pytest

from transforms.comment_lines import NOISE, TEXT, TIME, classify
from transforms.comment_names import quote_match
from transforms.comments import split_comment_section
from transforms.timestamps import is_timestamp

OPENING = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
           "the coming year, and residents filled the hall to hear the plans. ") * 3


def _thread(text: str) -> list[tuple[str | None, int | None, str]]:
    _, section = split_comment_section(OPENING + "\n\n" + text)
    return [(c.author, c.parent_position, c.body) for c in section.comments]


@pytest.mark.parametrize("line", [
    # MyBB's post number with its label
    "Post: #2", "Beitrag: #2", "Message : #2", "Mensaje: #2", "Messaggio: #2", "Mensagem: #2", "Bericht: #12",
    # MyBB's poster box: threads and reputation
    "Threads: 3", "Themen: 5", "Sujets : 5", "Temas: 5", "Discussioni: 5", "Tópicos: 5", "Onderwerpen: 5",
    "Bewertung: 2", "Réputation : 2", "Reputación: 2", "Reputazione: 2", "Reputação: 2", "Reputatie: -1",
    # MyBB's buttons: 'Find' alone or after 'PM', the Dutch row
    "Find", "PM Find", "Suchen", "Trouver", "Buscar", "Cerca", "Procurar", "Zoeken",
    "Beantwoorden Citeren Rapporteren",
    # a guest's user title
    "Unregistered", "Unregistriert", "Non enregistré", "No registrado", "Non registrato", "Não registrado",
    "Niet geregistreerd",
    # a score in points, alone or beside its time (Lemmy)
    "42 points", "2 Punkte", "3 puntos", "4 punti", "5 pontos", "6 punten",
    # Vanilla's buttons and reactions
    "Quote Flag Insightful Awesome LOL", "Zitieren Melden Aufschlussreich Super LOL",
    "Citer Signaler Pertinent Génial LOL", "Citar Marcar Perspicaz Genial LOL",
    "Cita Segnala Perspicace Fantastico LOL", "Citar Denunciar Perspicaz Incrível LOL",
    "Citeren Markeren Inzichtelijk Geweldig LOL", "Flag Insightful 2 Awesome LOL",
    # Discourse's Dutch topic map label, NodeBB's German edit note
    "gemaakt", "zuletzt editiert von j.weber 4. Dez. 2026, 09:51",
])
def test_forum_engine_chrome_lines(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line, stamp", [("2 Punkte · vor 8 Stunden", "vor 8 Stunden"),
                                         ("3 points · il y a 8 heures", "il y a 8 heures"),
                                         ("5 puntos · hace 7 horas", "hace 7 horas")])
def test_a_score_beside_a_time_is_the_time_line(line, stamp):
    # Lemmy's row under the name: the comment's score and its time
    found = classify(0, line)
    assert (found.kind, found.stamp) == (TIME, stamp)


def test_a_two_word_reply_over_the_next_posters_name_stays_a_reply():
    # 'Avec plaisir' under a quote, a blank line, then the next poster's name right over its time:
    # the name and time head the next post, 'Avec plaisir' is the reply's text (Discourse copy)
    thread = ("Brigitte Perret\n4 déc.\n\nEnfin ! Le samedi matin sous les barnums, c'était dur.\n\n"
              "Volailler_de_Bresse\n4 déc.\n\nPour nous aussi, merci aux clients restés fidèles.\n\n"
              "Brigitte Perret\n4 déc.\n\nVolailler_de_Bresse:\n\nPour nous aussi, merci aux clients restés fidèles.\n\n"
              "Avec plaisir\n\nBurgien de souche\n4 déc.\n\n3,2 millions pour un toit, c'est cher payé.")
    assert [(a, p) for a, p, _ in _thread(thread)] == [
        ("Brigitte Perret", None), ("Volailler_de_Bresse", None), ("Brigitte Perret", 2), ("Burgien de souche", None)]
    assert _thread(thread)[2][2] == "Avec plaisir"


@pytest.mark.parametrize("line", ["Find out what the council decided.", "Cerca di capire cosa succede.",
                                  "Threads like this one are why I read the forum.", "42 points of order."])
def test_sentences_with_chrome_words_are_text(line):
    assert classify(0, line).kind == TEXT


@pytest.mark.parametrize("line", ["editado 4 de diciembre de 2026 10:17", "editado 4 de dezembro de 2026 10:17",
                                  "modificato 4 dicembre 2026 10:17", "edited December 4, 2026 10:17"])
def test_vanilla_edit_note_is_a_time(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line, name", [
    ("@Marco Ferri said in Ferry timetable changes from March:", "Marco Ferri"),
    ("@Heike_S sagte in Brücke gesperrt, Umleitung über Nordstadt:", "Heike_S"),
    ("@Solange_53 a dit dans La piscine rouvre samedi :", "Solange_53"),
    ("@Pepe dijo en El estadio reformado, desde enero:", "Pepe"),
    ("@Marco Ferri ha detto in Como, la funicolare per Brunate chiude due mesi per lavori:", "Marco Ferri"),
    ("@Fernanda Lopes disse em Estacionamento no centro:", "Fernanda Lopes"),
    ("@Bert van Dijk zei in Enschede sluit fietsenstalling:", "Bert van Dijk"),
])
def test_nodebb_quote_header_names_the_quoted_poster(line, name):
    found = quote_match(line, with_repeat_rules=False)
    assert found is not None and found[0].lstrip("@") == name and found[1]  # the name is looked up without '@'


def test_nodebb_quote_is_not_the_replys_text():
    thread = ("Marco Ferri\nwrote on Dec 4 2026, 09:25\n\nThe ferry should run every hour in winter too.\n\n"
              "Reply Quote\n\nLucia P.\nwrote on Dec 4 2026, 09:38\n\n"
              "@Marco Ferri said in Ferry timetable changes from March:\n\n"
              "The ferry should run every hour in winter too.\n\nNobody takes it after eight anyway.\n\nReply Quote")
    assert _thread(thread) == [("Marco Ferri", None, "The ferry should run every hour in winter too."),
                               ("Lucia P.", 1, "Nobody takes it after eight anyway.")]


@pytest.mark.parametrize("guest, title", [("Guest", "Unregistered"), ("Gast", "Unregistriert")])
def test_mybb_guest_over_its_user_title_and_post_number(guest, title):
    thread = ("brian_t\nSenior Member\nPosts: 137\nThreads: 4\nJoined: Mar 2015\nReputation: 1\n\nPost: #2\n"
              "12-04-2026, 09:25 AM\n\nThe wall has needed work for years.\n\nFind\nReply Quote Report\n\n"
              f"{guest}\n{title}\n\nPost: #3\n12-04-2026, 09:38 AM\n\nLibraries are obsolete.\n\nReply Quote Report")
    assert [(a, b) for a, _, b in _thread(thread)] == [("brian_t", "The wall has needed work for years."),
                                                       (guest, "Libraries are obsolete.")]


def test_lemmy_guest_over_its_score_row():
    thread = ("42 Punkte\n2 Kommentare\n\nHeike_S\n2 Punkte · vor 8 Stunden\nDie Mauer bröckelt seit Jahren.\nantworten melden\n\n"
              "Gast\n5 Punkte · vor 7 Stunden\nWarum erst jetzt?\nantworten melden")
    assert [(a, b) for a, _, b in _thread(thread)] == [("Heike_S", "Die Mauer bröckelt seit Jahren."),
                                                       ("Gast", "Warum erst jetzt?")]


@pytest.mark.parametrize("line, name", [("Lúcia Ferraz disse:", "Lúcia Ferraz"), ("Marisa Cortés dijo:", "Marisa Cortés"),
                                        ("Bert van Dijk zei:", "Bert van Dijk")])
def test_a_quote_verb_is_not_read_into_the_name(line, name):
    # Discourse's bare 'name:' header (needs a repeated quote) comes after the rules with a verb
    assert quote_match(line, with_repeat_rules=True, long_names=True) == (name, True)


@pytest.mark.parametrize("header, quoted", [("Pepe_Blanquiverde dijo:", "Por fin."),
                                            ("Lúcia Ferraz disse:", "Finalmente."),
                                            ("Brigitte Perret a dit :", "Enfin !")])
def test_a_short_quoted_sentence_under_a_header_naming_an_earlier_poster(header, quoted):
    name = header.rsplit(" ", 2)[0] if header.endswith(" :") else header.rsplit(" ", 1)[0]
    thread = (f"{name}\nDecember 4, 2026 09:25\n\n{quoted} Nobody walks there after dark anyway.\n\n"
              "Quote Flag Insightful Awesome LOL\n\nzeca\nDecember 4, 2026 09:38\n\n"
              f"{header}\n{quoted}\n\nThe lights went out last winter too.\n\nQuote Flag Insightful Awesome LOL")
    assert _thread(thread)[1] == ("zeca", 1, "The lights went out last winter too.")


MYBB_BOX = {  # rank, posts, threads, joined, reputation, post number, find, buttons
    "nl": ("Senior lid", "Berichten: {}", "Onderwerpen: 3", "Lid sinds: mrt 2015", "Reputatie: 0", "Bericht: #{}",
           "Zoeken", "Beantwoorden Citeren Rapporteren"),
    "de": ("Erfahrenes Mitglied", "Beiträge: {}", "Themen: 3", "Registriert seit: Mar 2015", "Bewertung: 0",
           "Beitrag: #{}", "Suchen", "Antworten Zitieren Melden"),
}


@pytest.mark.parametrize("lang", sorted(MYBB_BOX))
def test_a_labelled_post_number_frames_a_short_opening_post(lang):
    # MyBB: 'Bericht: #1' over the opening post's time, then replies numbered 'Bericht: #2', ...;
    # the first reply starts at its poster's name, above the rank ('Erfahrenes Mitglied')
    rank, posts, threads, joined, reputation, number, find, buttons = MYBB_BOX[lang]

    def post(name: str, n: int, words: str) -> str:
        return (f"{name}\n{rank}\n{posts.format(40 + n)}\n{threads}\n{joined}\n{reputation}\n\n"
                f"{number.format(n)}\n04-12-2026, 09:{10 + n}\n\n{words}\n\n{find}\n{buttons}\n")
    opening = ("De weekmarkt staat vanaf 1 februari een half jaar op de parkeerplaats aan de Wiemersweg. De Markt "
               "in het centrum wordt in die periode opnieuw ingericht.")
    replies = [("Gerda", "Prima oplossing, je kunt er tenminste parkeren."), ("Henk W.", "Half jaar zeggen ze."),
               ("Marieke", "Wij staan er gewoon, kom allemaal langs!"), ("Jan Bosch", "Voor ouderen is het een eind lopen.")]
    text = "Markt verhuist tijdelijk\n\n" + "\n".join(post(n, i, w) for i, (n, w) in
                                                  enumerate([("harbourwatch", opening), *replies], start=1))
    article, section = split_comment_section(text)
    assert opening in article
    assert [(c.author, c.body) for c in section.comments] == replies


def test_smf_replies_re_the_opening_posts_subject_frame_a_short_opening_post():
    # Simple Machines: each reply's 'Re: <subject>' repeats the opening post's subject line; a
    # two-sentence opening post and one-line replies without quotes are still a thread
    subject = "Haaksbergen: markt verhuist tijdelijk naar parkeerplaats Wiemersweg"
    opening = ("De weekmarkt staat vanaf 1 februari een half jaar op de parkeerplaats aan de Wiemersweg. De Markt "
               "in het centrum wordt in die periode opnieuw ingericht.")
    replies = [("Gerda", "Prima oplossing, je kunt er tenminste parkeren."), ("Henk W.", "Half jaar zeggen ze."),
               ("Jan Bosch", "Voor ouderen is het een eind lopen.")]
    text = "\n".join(["harbourwatch", "Lid", "***", "Berichten: 40", subject,
                      "« Gepost op: 4 december 2026, 09:12:31 »", opening, "Gelogd", ""])
    for n, (name, words) in enumerate(replies, start=1):
        text += "\n" + "\n".join([name, "Lid", "***", f"Berichten: {40 + n}", f"Re: {subject}",
                                  f"« Reactie #{n} Gepost op: 4 december 2026, 09:{20 + n}:31 »", words, "Gelogd", ""])
    article, section = split_comment_section(text)
    assert opening in article
    assert [(c.author, c.body) for c in section.comments] == replies
