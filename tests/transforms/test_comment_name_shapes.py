"""Threads whose commenters all print a name ending in an initial ('Hanne L.'), as many papers
and Facebook show them: the full stop ends no sentence, so the time under the name is a
header's, the name line is an author line, and a likes line naming such readers is chrome
(found by benchmarks/eval_names.py --shape first-initial)."""
import pytest

from transforms.comment_lines import NOISE, WIDGET, classify
from transforms.comment_names import ends_with_initial
from transforms.comments import split_comment_section

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


def test_facebook_thread_of_names_with_initials():
    thread = ("4 Kommentare\nSortieren nach Relevanteste\nKommentar hinzufügen …\n"
              "Bastien O.\nEndlich! Die Kinder zählen schon die Tage.\nGefällt mir · Antworten · 3 J.\n"
              "Ulla L.\nOnline buchen für ein Freibad ist für viele Ältere eine Hürde.\nGefällt mir · Antworten · 2 · 3 J.\n"
              "Joaquim B.\n4,50 Euro ist fair, da kann man nicht meckern.\nGefällt mir · Antworten · 3 J.\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.author for c in section.comments] == ["Bastien O.", "Ulla L.", "Joaquim B."]


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
