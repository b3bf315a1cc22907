"""Round 8d rules (tests/eval/cleaning/README.md, "Round 8d"): twelve pages written blind in
six languages; one small case per rule entry or structural signal added for them."""
import pytest

from transforms import body_lines
from transforms.comment_lines import NOISE, TEXT, WIDGET, classify, quote_target
from transforms.comments import split_comment_block


@pytest.mark.parametrize("line, kind", [
    ("Antworten  Melden  👍 15", NOISE),  # _WIDE_GAP: buttons set apart by runs of spaces
    ("Répondre  J'aime (18)  Signaler", NOISE),
    ("Reply\tShare\t12", NOISE),
    ("Agreed.  Really, I do.", TEXT),  # two spaces after a full stop in a comment stay text
    ("Chair, Vale Line Rail Users · Posts: 3102 · Joined: Sat Feb 05, 2011", WIDGET),  # _user_title_line
    ("Gwen Tarrant · Posts: 59 · Joined: Tue Jun 14, 2022", TEXT),  # a display name: maybe an author line
    ("Pulsa para expandir...", NOISE),  # forum.quote_end.r8d_tap, a quote end is per-comment chrome
    ("Click to expand...", NOISE),
    ("Réagir à cet article", WIDGET),  # newspaper.widget.r8d_react_to_article
    ("Kommentare werden von der Redaktion moderiert. Es gilt unsere Netiquette.", WIDGET),
    ("Les réactions sont modérées a posteriori. Consultez notre charte.", WIDGET),
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


def test_dutch_wpdiscuz_reply_marker():  # wpdiscuz.reply.r8d_nl_antwoord_op
    assert quote_target("Antwoord op  Trijntje Visser") == "Trijntje Visser"
    assert quote_target("Antwoord op je vraag: ja") is None


@pytest.mark.parametrize("line", [
    "Tema en 'Transporte y movilidad' iniciado por trenero_mad, 29 Nov 2026.",  # byline.r8d_thread_in_forum
    "Discussion in 'Local news' started by harbourfan, Nov 29, 2026.",
    "Markdown Content:",  # byline.r8d_reader_header
    "URL Source: https://example.org/threads/18234/",
])
def test_header_bylines(line):
    assert body_lines.matches(("byline",), line)


_NUMBERED_POSTS = """1.  [Marisa](https://forum.example/members/marisa.2/)
    Miembro

    [29 Nov 2026](https://forum.example/post-2) [#2](https://forum.example/post-2)

    Seis años sin tren. Es de risa.

    [Me gusta](#) [Citar](#) [Responder](#)

2.  [Nacho](https://forum.example/members/nacho.5/)
    Miembro

    [29 Nov 2026](https://forum.example/post-3) [#3](https://forum.example/post-3)

    @Marisa totalmente.

    [Me gusta](#) [Citar](#) [Responder](#)"""


def test_list_marker_is_not_the_author():  # bare_candidate: '2.  [Name](url)' is a list item
    section = split_comment_block(_NUMBERED_POSTS)
    assert [(c.author, c.parent_position) for c in section.comments] == [("Marisa", None), ("Nacho", 1)]


_FACEBOOK_MARKDOWN = """9 Kommentare

[Sandra Ölmez](https://www.facebook.com/sandra)

Und wo sollen die Kinder jetzt schwimmen lernen?

Gefällt mir · Antworten · 4 Std.

*   [Helga Baumgart](https://www.facebook.com/helga)

    Liebe Frau Ölmez, wir sprechen mit den Schulen.

    Gefällt mir · Antworten · 3 Std.

[Jürgen Wack](https://www.facebook.com/juergen)

Sehe ich auch so.

Gefällt mir · Antworten · 4 Std."""


def test_bulleted_author_under_unbulleted_comment_is_a_reply():  # item_indent
    section = split_comment_block(_FACEBOOK_MARKDOWN)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Sandra Ölmez", None), ("Helga Baumgart", 1), ("Jürgen Wack", None)]
