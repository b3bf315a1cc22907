"""Round 18a: forum threads copied from the browser (XenForo 2 reactions, SMF 2.0 profile links,
vBulletin 4 poster boxes and quote headers, Discourse topic maps with numbers over their labels)."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import NOISE, classify
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _thread(text: str) -> list[tuple[str | None, int | None, str]]:
    _, section = split_comment_section(PROSE + "\n\n" + text)
    return [(c.author, c.parent_position, c.body) for c in section.comments]


@pytest.mark.parametrize("line", [
    "Ver Perfil", "View Profile", "Visualizza Messaggio", "View Post",  # SMF profile link, vBulletin 4 quote link
    "marco_tn è offline", "Giulia Ferrante is online now", "Kalle ist offline",  # vBulletin 4 status line
    "Data Registrazione", "Join Date",  # vBulletin 4 field label alone
    "Reactions:",  # XenForo label alone, readers on the next line
    "visualizações", "utilizadores", "gostos", "respostas", "views",  # Discourse topic map, split lines
    "A 2 utenti piace questo messaggio.",
    "▲ 24 ▼ · antwoorden · meer", "*verwijderd door moderator*", "*removed by mod*",  # Lemmy reader markdown
    "(bewerkt 2 uur geleden)", "(edited 3 hours ago)",
    "(Modification du message : 04-12-2026, 21:30 par Mathilde R..)",  # MyBB edit note
    "(This post was last modified: 04-12-2026, 21:30 by Mathilde R..)",
])
def test_forum_chrome_lines(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Online now, finally.", "Visualizza tutto il messaggio di Marta, è giusto",
                                  "(edited to add: the bridge opens in May, see the council's page)"])
def test_sentences_are_not_chrome(line):
    assert classify(0, line).kind != NOISE


VB4 = """#2
04-12-2026, 19:40
Giulia Ferrante
Giulia Ferrante è offline
Utente
Data Registrazione
Set 2018
Messaggi
640
Finalmente qualcosa si muove, chi abita a Gardolo lo sa bene da anni.
Rispondi Citando
#3
04-12-2026, 20:12
Pier Luigi B.
Pier Luigi B. è offline
Moderatore
Data Registrazione
Gen 2007
Messaggi
9.412
Originariamente Scritto da Giulia Ferrante
Visualizza Messaggio
Finalmente qualcosa si muove, chi abita a Gardolo lo sa bene da anni.
Vero, ma quattro anni di cantiere significano quattro anni di code.
Rispondi Citando
"""

XENFORO = """Ian_the_Builder
Member
Joined
Jun 17, 2019
Messages
311
Dec 4, 2026
#2
Not announced yet. It goes out to tender in January, so spring is optimistic.
Report
Like
Quote
Reply
Reactions:
GrahamP, Sal Okafor and 4 others
Sal Okafor
Active member
Joined
Sep 2, 2015
Messages
1,077
Dec 4, 2026
#3
@Ian_the_Builder tender or not, I'll believe it when I can ride across it.
Report
Like
Quote
Reply
Reactions:
GrahamP
"""


@pytest.mark.parametrize("thread, expected", [
    # vBulletin 4: the status line is chrome, the field label's value is no time, and the quote
    # header with its 'View Post' link on the next line heads the quoted text
    (VB4, [("Giulia Ferrante", None, "Finalmente qualcosa si muove, chi abita a Gardolo lo sa bene da anni."),
           ("Pier Luigi B.", 1, "Vero, ma quattro anni di cantiere significano quattro anni di code.")]),
    # XenForo: the readers under 'Reactions:' are no comment
    (XENFORO, [("Ian_the_Builder", None, "Not announced yet. It goes out to tender in January, so spring is optimistic."),
               ("Sal Okafor", 1, "@Ian_the_Builder tender or not, I'll believe it when I can ride across it.")]),
])
def test_threads(thread, expected):
    assert _thread(thread) == expected


PARAS = ("La giunta provinciale ha approvato il tracciato definitivo della linea nord del tram, che collegherà "
         "la stazione a Gardolo passando per via Brennero.\n\nI lavori dovrebbero partire nel 2028 e durare "
         "quattro anni, con via Brennero a senso unico per lunghi tratti.")


@pytest.mark.parametrize("tail, kept", [
    # the opening post's signature under '____' at the end, a blank line between (a page saved with
    # no blank lines, laid out one block per line): not article text
    ("\n\n__________________\n\nChi va piano va sano e va lontano. Ma arriva tardi.", None),
    ("\n\n-- \n\nDeb. Wharfedale Ramblers, Tuesdays and Saturdays.", None),
    # more than two lines under a separator: the article goes on
    ("\n\n__________________\n\nLa seconda parte.\n\nIl sindaco ha detto che la linea servirà ventimila persone al giorno.\n\n"
     "Le prime corse sono previste per la fine del 2032.", "Le prime corse sono previste per la fine del 2032."),
])
def test_signature_closing_the_opening_post(tail, kept):
    body = clean_body(PARAS + tail)
    assert body.startswith(PARAS.split("\n\n")[0])
    assert ("Chi va piano" not in body and "Ramblers" not in body) if kept is None else kept in body
