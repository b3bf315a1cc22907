"""Round 14a: reader lists saved as text and markdown: a reply connector on the author line
('X en respuesta a Y · time', 'X · time · in risposta a Y', 'Antwort von X · time'), the
newsroom signing with a role word ('Redaktion · time'), a tab's count on the line under its
label ('All Comments' / '9'), Hacker News replies whose nesting a copy lost ('| parent |'),
the letters page's 'write a letter' link, and pull quotes in the article."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_headers import explicit_author, link_depth
from transforms.comment_lines import WIDGET, classify
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _thread(thread: str):
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return section


def _authors_and_parents(thread: str) -> list[tuple[str | None, int | None]]:
    return [(c.author, c.parent_position) for c in _thread(thread).comments]


@pytest.mark.parametrize("line, name, parent", [
    ("Iñaki R. en respuesta a Maite_Bilbao · 02/12/2026 - 22:03", "Iñaki R.", "Maite_Bilbao"),
    ("Anna Berg in reply to Tom · 3 December 2026, 18:40", "Anna Berg", "Tom"),
    ("Antwort von Gerd Meiners · 25.11.2026, 08:30 Uhr", "Gerd Meiners", None),
    ("Marco_Bo · 3 dic 2026, 19:05 · in risposta a Giulia Ferraresi", "Marco_Bo", "Giulia Ferraresi"),
    ("Redazione · Team · 4 dic 2026, 09:30 · in risposta a lucia.p", "Redazione", "lucia.p"),
])
def test_reply_connector_on_the_author_line(line, name, parent):
    cand = explicit_author(line)
    assert (cand.name, cand.parent_name) == (name, parent)


def test_in_reply_to_in_prose_without_a_time_is_no_author_line():
    assert explicit_author("I wrote this in reply to the mayor's letter last week") is None


def test_newsroom_signing_with_its_role_word_among_named_headers():
    thread = ("## Leserbriefe (3)\n\n"
              "**Gerd Meiners** · 24.11.2026, 19:40 Uhr\n\nEndlich wieder eine Fähre.\n\n"
              "**Tobias K.** · 25.11.2026, 07:12 Uhr\n\nWer zahlt das auf Dauer?\n\n"
              "**Redaktion** · 25.11.2026, 09:15 Uhr\n\nDie Fahrpreise stehen noch nicht fest.\n\n"
              "[Leserbrief schreiben](https://example.org/leserbrief)\n")
    section = _thread(thread)
    assert [c.author for c in section.comments] == ["Gerd Meiners", "Tobias K.", "Redaktion"]
    assert section.comments[2].body == "Die Fahrpreise stehen noch nicht fest."


@pytest.mark.parametrize("line", ["Leserbrief schreiben", "Écrire un courrier des lecteurs",
                                  "Escribir una carta al director", "Write a letter to the editor"])
def test_write_a_letter_link_is_widget_chrome(line):
    assert classify(0, line).kind == WIDGET


def test_tab_count_on_the_line_under_its_label():
    thread = ("Comments\nSign in to comment\nAll Comments\n9\nFeatured Comments\n1\nSort by\nNewest\n"
              "lakeview_lou\n4 hours ago\nWe bought in 2019 and the assessment went up by a quarter.\n"
              "Reply\nShare\nReport\n"
              "Deb W.\n3 hours ago\nSame here. Ours went up 19%.\nReply\nShare\nReport\n")
    section = _thread(thread)
    assert section.declared_count == 9
    assert [c.author for c in section.comments] == ["lakeview_lou", "Deb W."]


@pytest.mark.parametrize("line, depth", [
    ("kestrel_dev 4 hours ago | next [–]", 0),
    ("tormod_h 4 hours ago | parent | next [–]", 1),
    ("kestrel_dev 3 hours ago | root | parent | next [–]", 2),
    ("The parent company | said | no", 0),
])
def test_hacker_news_link_depth(line, depth):
    assert link_depth(line) == depth


def test_hacker_news_replies_after_a_copy_lost_the_indentation():
    thread = ("63 comments\n\n"
              "▲\nkestrel_dev 4 hours ago | next [–]\nA single file beats most APIs.\nreply\n\n"
              "▲\ntormod_h 4 hours ago | parent | next [–]\nGood idea, I'll add a checksum.\nreply\n\n"
              "▲\nkestrel_dev 3 hours ago | root | parent | next [–]\nPut it in the README too.\nreply\n\n"
              "▲\npgrund 4 hours ago | prev | next [–]\nNeat.\nreply\n\n"
              "▲\nquietmike 1 hour ago | parent | next [–]\n+1 for school routes.\nreply\n")
    assert _authors_and_parents(thread) == [
        ("kestrel_dev", None), ("tormod_h", 1), ("kestrel_dev", 2), ("pgrund", None), ("quietmike", 4)]


QUOTE_PARAGRAPH = ("“We are not closing the door on a neighborhood that uses this building every single day,” "
                   "said Councillor Marta Hale, who proposed the funding. “The report counted dollars.”")


@pytest.mark.parametrize("pull_quote", [
    "“We are not closing the door on a neighborhood that uses this building every single day.”",
    "> «We are not closing the door on a neighborhood that uses this building every single day»",
])
def test_pull_quote_repeating_the_article_goes(pull_quote):
    text = f"{PROSE}\n\n{pull_quote}\n\n{QUOTE_PARAGRAPH}\n\n{PROSE}"
    assert "every single day." not in clean_body(text)
    assert QUOTE_PARAGRAPH in clean_body(text)


def test_pull_quote_line_in_a_copy_without_blank_lines_goes():
    quote = "“I didn't want the last months to be a funeral. I wanted them to be Thursdays.”"
    said = "“I didn't want the last months to be a funeral,” she said. “I wanted them to be Thursdays.”"
    body = clean_body(f"{PROSE}\n{said}\n{quote}\n{PROSE}")
    assert quote not in body and said in body


@pytest.mark.parametrize("line", [
    "“Nobody is talking about the nurses.”",  # a one-line quote the article does not repeat stays
    "“Thursdays.”",
])
def test_a_quote_paragraph_said_once_stays(line):
    assert line in clean_body(f"{PROSE}\n\n{line}\n\n{PROSE}")


def test_front_matter_values_a_wrapper_broke_over_lines():
    from transforms.readers import _split_front_matter
    text = ('---\ntitle: "Neue Fährverbindung: Ab Mai pendelt die Fähre zwischen Brake\nund Sandstedt"\n'
            'source:\n"https://example.org/faehre-4711"\nauthor:\n  - "[[Hanna Oltmanns]]"\n'
            'description: "Nach drei Jahren Pause gibt es wieder eine Fähre.\nDer Kreistag hat bewilligt."\n'
            'tags:\n  - "clippings"\n---\n\nBody\n')
    body, fields = _split_front_matter(text)
    assert body == "\nBody\n"
    assert fields["title"] == "Neue Fährverbindung: Ab Mai pendelt die Fähre zwischen Brake und Sandstedt"
    assert fields["source"] == "https://example.org/faehre-4711"
    assert fields["author"] == ["Hanna Oltmanns"]
    assert fields["description"] == "Nach drei Jahren Pause gibt es wieder eine Fähre. Der Kreistag hat bewilligt."


@pytest.mark.parametrize("line, title", [
    ("Show HN: I turned my town's bus timetable PDFs into one SQLite file (github.com/tormodh)",
     "Show HN: I turned my town's bus timetable PDFs into one SQLite file"),
    ("Why the ferry stopped running (harbourlights.example)", "Why the ferry stopped running"),
    ("Budget 2027 (draft)", "Budget 2027 (draft)"),  # a word in brackets is no domain
])
def test_aggregator_domain_after_a_title_goes(line, title):
    from transforms.metadata_rules import metadata_rules
    from transforms.metadata_title import _strip_title_prefix
    assert _strip_title_prefix(line, metadata_rules()) == title


def test_count_heading_a_wrapper_broke_in_two():
    thread = ("4 Responses to “Library branch on Orchard Street will stay open, council\ndecides”\n"
              "Comment by Greg Tillman on November 18, 2026 at 9:47 pm\nGood. Glad the council listened.\nReply\n"
              "Comment by Sheila on November 19, 2026 at 7:02 am\nAgreed.\nReply\n")
    section = _thread(thread)
    assert section.declared_count == 4
    assert [c.author for c in section.comments] == ["Greg Tillman", "Sheila"]


def test_a_stamped_author_line_does_not_run_on_into_the_comment():
    from transforms.hard_wrap import unwrap_hard_breaks
    prose = ("The council met on Tuesday to discuss the harbour wall, the ferry\n"
             "timetable and the budget for the coming year, and residents filled\n"
             "the hall to hear the plans, which were presented by the clerk and\n"
             "discussed for more than two hours before a vote was taken.\n\n")
    comment = ("Comment by R. Pruitt-Oyelaran on November 19, 2026 at 8:15 am\n"
               "glad for you, but $2.3 million for a roof is a lot of money.\n")
    out = unwrap_hard_breaks(prose + comment)
    assert "Comment by R. Pruitt-Oyelaran on November 19, 2026 at 8:15 am\nglad for you" in out
    assert "the ferry timetable and the budget" in out
