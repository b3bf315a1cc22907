"""Threads whose commenters all print a name ending in an initial ('Hanne L.'), as many papers
and Facebook show them: the full stop ends no sentence, so the time under the name is a
header's, the name line is an author line, and a likes line naming such readers is chrome
(found by benchmarks/eval_names.py --shape first-initial)."""
import pytest

from transforms.comment_lines import NOISE, WIDGET, classify
from transforms.comment_names import clean_name, ends_with_initial
from transforms.comments import split_comment_section
from transforms.timestamps import split_trailing_timestamp

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


@pytest.mark.parametrize("line, initial", [
    ("Hanne L.", True), ("J. M.", True), ("Ana B. Lobato", False), ("Kim T.H.", True),
    ("Yes.", False), ("It works.", False), ("Thanks to all of you.", False),
])
def test_a_name_ending_in_an_initial(line, initial):
    assert ends_with_initial(line) is initial


def test_disqus_thread_of_names_with_initials_keeps_its_header_chrome_out():
    thread = ("Kommentare\n12 Kommentare\nSchwäbische Landpost\nAnmelden\nFavorisieren diese Diskussion\n"
              "Beste Neueste Älteste\nAvatar\nDiskussion beginnen…\n\n"
              + "".join(f"Avatar\n{name}\nvor {h} Stunden\n\n{text}\n3\nAntworten\nTeilen ›\n"
                        for name, h, text in [
                            ("Hanne L.", 9, "Gute Entscheidung, die alte Bibliothek ist im Winter zu kalt."),
                            ("Selin B.", 8, "Und die zehn Millionen für den Umbau kommen noch obendrauf."),
                            ("Maren K.", 5, "Ich war als Kind jeden Samstag im Kaufhaus, schön so."),
                            ("Gustavo A.", 4, "Hoffentlich gibt es auch Parkplätze in der Nähe."),
                            ("Bastien O.", 3, "Das Café im Erdgeschoss ist eine gute Idee."),
                            ("Ulla W.", 2, "Bitte an die Barrierefreiheit denken."),
                        ]))
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.author for c in section.comments] == ["Hanne L.", "Selin B.", "Maren K.", "Gustavo A.", "Bastien O.", "Ulla W."]


@pytest.mark.parametrize("thread, authors", [
    ("4 Kommentare\nSortieren nach Relevanteste\nKommentar hinzufügen …\n"
     "Bastien O.\nEndlich! Die Kinder zählen schon die Tage.\nGefällt mir · Antworten · 3 J.\n"
     "Ulla L.\nOnline buchen für ein Freibad ist für viele Ältere eine Hürde.\nGefällt mir · Antworten · 2 · 3 J.\n"
     "Joaquim B.\n4,50 Euro ist fair, da kann man nicht meckern.\nGefällt mir · Antworten · 3 J.\n",
     ["Bastien O.", "Ulla L.", "Joaquim B."]),
    # an initial, then the surname, under a sort menu printed on two lines
    ("9 comentarios\nOrdenar por\nMás recientes\nEscribe un comentario...\n\n"
     "Y. Achterberg\nYa era hora. Para ir a casa de mi abuela tardamos 40 minutos.\nMe gusta · Responder · 3 d\n\n"
     "A. Brandão\nFan destacado\n¿Y los residentes que no viven en el Risco?\nMe gusta · Responder · 5 · 3 d\n\n"
     "T. Lindqvist\nHasta las siete de la tarde... justo cuando la gente quiere ver la puesta de sol.\n"
     "Me gusta · Responder · 11 · 4 d\n\nCargar 4 comentarios más\n",
     ["Y. Achterberg", "A. Brandão", "T. Lindqvist"]),
])
def test_facebook_threads_of_names_with_initials(thread, authors):
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.author for c in section.comments] == authors


@pytest.mark.parametrize("line, kind", [
    ("Pilar K., Oskar A. and 11 others like this.", NOISE),  # likers, not an author line
    ("Kommentar hinzufügen …", WIDGET),  # a space before the ellipsis
    ("Diskussion beitreten …", WIDGET),
])
def test_chrome_lines_with_initials_or_a_spaced_ellipsis(line, kind):
    assert classify(0, line).kind == kind


def test_forum_header_with_an_initial_above_its_profile_fields():
    post = ("{name}\n{rank}\n  * Beiträge: {posts}\n\nRe: Wärmepumpe im Fachwerkhaus\n"
            "« Antwort #{k} am: 03. Dezember 2026, 2{k}:14:11 »\nZitieren\n" + "_" * 60 + "\n\n{text}\n\n")
    thread = "".join(post.format(k=k, name=name, rank=rank, posts=posts, text=text)
                     for k, (name, rank, posts, text) in enumerate([
                         ("Elif L.", "Stammgast", "2.318", "55 Grad schafft jede moderne Wärmepumpe, nur eben teuer."),
                         ("Hanne B.", "Neuling", "15", "Was kostet so was ungefähr? Der Berater hat nur das Haus gerechnet."),
                         ("Elif L.", "Stammgast", "2.319", "Frag beim Heizungsbauer nach, ob er die Heizlast rechnet."),
                     ], start=1))
    _, section = split_comment_section(PROSE + "\n\n« Letzte Änderung: 03. Dezember 2026, 19:58:40 von Hanne B. »\n\n" + thread)
    assert [c.author for c in section.comments] == ["Elif L.", "Hanne B.", "Elif L."]


@pytest.mark.parametrize("line, name", [
    ("oember_31 @feddit.example", "oember_31"),  # Lemmy: a handle ending in digits, then its instance
    ("Anna Schmidt @annas", "Anna Schmidt"),
])
def test_instance_or_handle_after_a_user_handle(line, name):
    assert clean_name(line) == name


@pytest.mark.parametrize("line, split", [
    ("kmaple_45 hier", ("kmaple_45 ", "hier")),  # a handle, then the day word
    ("Karim Belhadj hier", ("Karim Belhadj ", "hier")),
    ("Ich wohne seit 40 Jahren hier", None),  # a sentence-like name, no time
])
def test_day_word_after_a_handle(line, split):
    assert split_trailing_timestamp(line) == split


def test_reply_header_between_two_user_handles():
    thread = ("5 comentarios\n\ncfjord_17\nhace 3 h\nBravo por los vecinos, siempre quitan los árboles primero.\n"
              "Responder · 👍 45 · Reportar\n\niember_31\nhace 3 h\nYo paso por ahí diario y es un infierno.\n"
              "Responder · 👍 12 · Reportar\n   ↪ icobalt_52 respondió a iember_31\n   hace 2 h\n"
              "   Algo sí, pero no esto. Lee la parte del carril para el transporte público.\n"
              "   Responder · 👍 22 · Reportar\n\ndtundra_38\nhace 1 h\nEsos fresnos los plantó mi papá en 1968.\n"
              "Responder · 👍 38 · Reportar\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("cfjord_17", None), ("iember_31", None), ("icobalt_52", 2), ("dtundra_38", None)]
