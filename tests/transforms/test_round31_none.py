"""Round 31, pages without a thread: a notice that the comments are closed or switched off
('Die Kommentarfunktion ist für diesen Artikel deaktiviert.') opened a comment section, and the
tag list under it ('Schlagwörter' / three tags) became a comment. Such a notice says there is no
thread here (rule generic.end.comments_closed, kind end): it opens none, ends one above it, and
is chrome in the body."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import ANCHOR, END, classify
from transforms.comments import split_comment_section
from transforms.rules import is_noise_line

PROSE_DE = ("Der Gemeinderat von Oberfeldkirchen hat am Dienstagabend beschlossen, die alte Turnhalle der "
            "Volksschule abzureißen. Die Sanierung hätte nach einem Gutachten rund drei Millionen Euro gekostet.\n\n"
            "Bürgermeisterin Ingrid Pfandl sagte, man habe lange nach einer anderen Lösung gesucht. An gleicher "
            "Stelle soll bis 2029 ein kleinerer Neubau für Schule und Vereine entstehen.")
PROSE_EN = ("The harbour board voted on Monday to close the old ferry slip at Penrock for good. Repairs would "
            "have cost more than the board spends on the whole waterfront in a year.\n\n"
            "Board chair Nadia Okoro said the slip had been unsafe since the storm two winters ago, and that a "
            "floating pontoon would be built a little further along the quay next spring.")

NOTICES = [
    "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
    "Die Kommentarfunktion ist geschlossen.",
    "Kommentare sind für diesen Beitrag geschlossen.",
    "Comments are disabled for this article.",
    "Commenting has been turned off for this story.",
    "Comments are closed.",
    "Les commentaires sont désactivés.",
    "Les commentaires sont fermés pour cet article.",
    "Los comentarios están desactivados.",
    "Los comentarios de esta noticia están cerrados.",
    "I commenti sono disattivati per questo articolo.",
    "Reacties zijn gesloten.",
    "Reageren op dit artikel is niet meer mogelijk.",
    "Os comentários estão desativados.",
    "Os comentários a este artigo estão fechados.",
    "Hinweis: Die Kommentarfunktion ist für diesen Artikel nicht aktiviert.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_comments_off_notice_ends_a_thread_and_opens_none(line):
    assert classify(0, line).kind == END
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Die Kommentarfunktion ist für viele Leser der wichtigste Grund, die Seite zu besuchen.",
    "Comments are closed on Sundays because nobody is there to moderate them, the editor said.",
    "Los comentarios están cerrados desde que el foro recibió amenazas en marzo, explicó la directora.",
])
def test_prose_about_closed_comments_is_no_notice(line):
    assert classify(0, line).kind != END
    assert not is_noise_line(line)


def test_a_comment_function_closing_at_a_set_time_still_heads_its_thread():
    assert classify(0, "Die Kommentarfunktion wird um 22 Uhr geschlossen.").kind == ANCHOR


@pytest.mark.parametrize("prose, notice, tags", [
    (PROSE_DE, "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
     "Schlagwörter\n\nOberfeldkirchen\n\nVolksschule\n\nGemeinderat"),
    (PROSE_EN, "Comments are disabled for this article.", "Tags\n\nPenrock\n\nFerries\n\nHarbour board"),
    (PROSE_EN, "Les commentaires sont désactivés.", "Mots-clés\n\nPenrock\n\nFerries"),
    (PROSE_EN, "Los comentarios están cerrados.", "Etiquetas\n\nPenrock\n\nTransporte"),
])
def test_the_tag_list_under_a_comments_off_notice_is_no_comment(prose, notice, tags):
    page = f"{prose}\n\n{notice}\n\n{tags}\n\n© 2026 Example Media"
    article, section = split_comment_section(page)
    assert section.comments == ()
    assert clean_body(article) == prose


def test_a_thread_above_a_comments_closed_notice_keeps_its_comments():
    page = (f"{PROSE_EN}\n\n2 thoughts on “Penrock ferry slip to close”\n\nMaggie Trewin says:\n\n"
            "December 4, 2026 at 6:12 pm\n\nAbout time. The slip has been a hazard for years.\n\nReply\n\n"
            "Col Penhale says:\n\nDecember 4, 2026 at 7:40 pm\n\nA pontoon will be much better for the kayaks.\n\n"
            "Reply\n\nComments are closed.\n\nTags\n\nPenrock\n\nFerries")
    article, section = split_comment_section(page)
    assert [c.author for c in section.comments] == ["Maggie Trewin", "Col Penhale"]
    assert section.comments[-1].body == "A pontoon will be much better for the kayaks."
    assert clean_body(article) == PROSE_EN


@pytest.mark.parametrize("heading, tags", [
    ("Schlagwörter", "Oberfeldkirchen\n\nVolksschule\n\nAbriss"),
    ("Tags", "Penrock\n\nFerries"),
    ("Parole chiave", "Penrock\n\nTraghetti"),
    ("Trefwoorden", "Penrock\n\nVeerdienst"),
])
def test_a_tag_list_under_its_heading_is_no_article_text(heading, tags):
    assert clean_body(f"{PROSE_EN}\n\n{heading}\n\n{tags}\n\n© 2026 Example Media") == PROSE_EN
