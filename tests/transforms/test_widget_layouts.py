"""Widget layouts that benchmarks/eval_widgets.py found unread (issue 3): the strings of eight
news widgets in seven languages, an emoji-only comment, a thread whose only times are in its
action bars, and an article's last paragraph right over the count line."""
import pytest

from transforms.comment_lines import TEXT, classify
from transforms.comments import split_comment_section

ARTICLE = ("Brücke gesperrt\n\nDie Stadt hat die alte Brücke über die Alz am Montag für den gesamten Verkehr gesperrt, "
           "nachdem Prüfer Risse in zwei Pfeilern gefunden hatten. Eine Umleitung führt über die Bundesstraße.\n\n"
           "Wie lange die Sperrung dauert, ist offen. Ein Gutachten soll bis Ende Januar vorliegen, sagte der "
           "Bürgermeister am Abend vor dem Stadtrat.\n")


@pytest.mark.parametrize("line", [
    "Notifier de", "Afficher tous les commentaires", "Melden van", "Bekijk alle reacties", "Nieuwste Meest gestemd",
    "Più vecchio", "Feedback in linea", "Mais recente Mais votado", "Feedbacks embutidos",  # wpDiscuz
    "Diskutiere mit…", "Entrar",  # Disqus
    "Classificar por Principais", "Facebook-plug-in voor reacties",  # Facebook
    "Unterhaltung", "Gesprek", "Conversation",  # OpenWeb
    "Alle Kommentare", "Tous les commentaires", "Tutti i commenti", "Respekt", "Respeto",  # Coral
    "Gefällt mir 3 · Gefällt mir nicht 0 · Antworten", "Vind ik leuk 2 · Vind ik niet leuk 0 · Beantwoorden",
    "Mehr laden", "Carica altri",  # Viafoura
    "Consiglia (3) | Segnala", "Aanbevelen (12) | Melden",  # a paper's list
])
def test_widget_line_is_no_comment_text(line):
    assert classify(0, line).kind != TEXT


def _authors_and_bodies(page: str) -> list[tuple[str | None, str]]:
    _, section = split_comment_section(page)
    return [(c.author, c.body) for c in section.comments]


THREAD = [("Heike_S", "Das war doch klar, die Brücke bröckelt seit Jahren."), ("Oskar", "👍")]


@pytest.mark.parametrize("layout", [
    # a paper's list: the name with its time on one line, the bar under the emoji
    lambda: [x for a, t in THREAD for x in (f"{a} | 04.12.2026, 10:30 Uhr", t, "Empfehlen (2) | Melden", "")],
    # wpDiscuz: a blank line between the time and the text
    lambda: [x for a, t in THREAD for x in (a, "vor 3 Stunden", "", t, "", "0", "Antworten", "")],
    # the Facebook plugin without blank lines: the previous comment's bar right over the name
    lambda: [x for a, t in THREAD for x in (a, t, "Gefällt mir · Antworten · 3 Std.")],
], ids=["stamped-header", "blank-line", "no-blank-lines"])
def test_emoji_only_comment_is_a_comment(layout):
    page = ARTICLE + "\n2 Kommentare\n\n" + "\n".join(layout()) + "\n"
    assert _authors_and_bodies(page) == THREAD


def test_thread_whose_times_are_in_its_action_bars_is_no_article():
    # long comments and no time line of their own: the bars' '11h' say it is a thread, so a later
    # start (the plugin's footer) does not make this block the article (article_follows)
    words = "We had exactly the same after the lane was resurfaced and the council did nothing for a year."
    comments = [(f"reader_{n}", f"{words} Then we got the drainage engineer out on site in the rain.") for n in range(4)]
    page = (ARTICLE + "\n4 comments\nSort by Top\n\nAdd a comment...\n\n"
            + "\n".join(x for a, t in comments for x in (a, t, f"Like · Reply · {11 - len(a)}h", ""))
            + "\nFacebook Comments Plugin\n")
    assert _authors_and_bodies(page) == comments


def test_paragraph_right_over_the_count_line_is_article_prose():
    # a copy without blank lines: a one-paragraph article's only paragraph stands on the count line
    article = ("Metro: a linha Rosa abre mesmo em 2025?\nA Metro voltou a dizer esta semana que a linha Rosa, entre São "
               "Bento e a Casa da Música, abre no final de 2025. As obras na praça parecem longe de terminar e a "
               "estação ainda é um buraco enorme. Alguém que passe por lá todos os dias acha que o prazo é realista?")
    comments = [("martafonseca", "Passo lá todas as manhãs. Já estão a montar as escadas, portanto talvez."),
                ("joaopmoreira", "Realista não é, mas já foi pior."), ("Ana_Bessa", "O problema é a praça.")]
    page = article + "\nComentários (3)\nEscreva um comentário\n" + "\n".join(
        x for n, (a, t) in enumerate(comments) for x in (f"{a} | 04/12/2026 às 9:{25 + n}", t, "Recomendar (1) | Denunciar"))
    assert _authors_and_bodies(page) == comments
