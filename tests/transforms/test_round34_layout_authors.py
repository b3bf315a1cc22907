"""Round 34 (helper fix34d): comment authors and article tails in the eval set's pages re-printed
as other savers print them (benchmarks/eval_cleaning.py --layout). Two general causes:
- a Facebook thread saved without blank lines ('2w' / 'Edited' / 'Ana Lucia Ferreira' / 'My son
  ...'): the name under the previous comment's time and edit mark was read as the field of a badge
  ('03.12.2026, 19:02' / 'Community-Experte' / 'Fahrrad', round 22a), so the comment lost its
  author and every author after it moved up one comment (en_facebook_04: 20 of 31 authors wrong in
  no-blank-lines, blank-after-every-line and flat-html). A badge's field follows a header's time,
  under the poster's name, never the time under a comment's action bar
  (comment_badges._header_time);
- a chrome line a wrapper broke after a sentence because the next word did not fit ('Newsletter:
  Das Wichtigste ... per Mail.' / 'Jetzt abonnieren', wrapped at 72 columns or by lynx): the pitch
  alone read as a paragraph of the article, which kept the author's bio and tag row above it out of
  the article's tail (de_facebook_r33_11, body 0.963). The rules read the joined line as chrome
  and the button alone too: the two lines are one line of the page (hard_wrap._chrome_of).
Three lines only widget chrome (or no rule's) stood where a name stands once no blank line set them
apart, and became authors: vBulletin's Spanish 'Responder Con Cita' (Reply With Quote) over the
next post's number and time, read as a guest's name (es_forum_r6c_06, es_forum_02), Facebook's
reaction summary '👍❤️ 8' (es_facebook_04) and the placeholder of a hidden comment 'Verborgen
reactie' (nl_disqus_01): per-comment chrome rules now (comment_widgets.json, r34).
A markdown save of a flat page links the commenter's name and WordPress's 'says' verb each on its
own line ('[Klaus Wiemer](.../u/klaus-wiemer)' / '[sagt:](...#sagt)'): the verb was only rejoined to
the name when the lines were plain text, so 'sagt:' became every comment's author
(de_wordpress_r10b_05 under --layout markdown-links); the words a reader sees decide now
(flat_layout.rejoin_split_attributions). Read right, vBulletin's Spanish button no longer made the
opening post's signature a comment of its own, and the signature stood in the article: its separator
set as a link ('[__________________](...)', as that saver links it) is a separator too
(body_paragraphs._is_separator).
"""
import textwrap

import pytest

from transforms.comment_lines import NOISE, classify
from transforms.boilerplate import clean_body
from transforms.comments import split_comment_section
from transforms.document import build_records
from transforms.flat_layout import rejoin_split_attributions
from transforms.hard_wrap import unwrap_hard_breaks

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _authors(thread: str) -> list[str | None]:
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return [c.author for c in section.comments]


# -- an edit mark under a comment's time, a name under it ----------------------------------------

FACEBOOK_NO_BLANK_LINES = textwrap.dedent("""\
    12 Comments
    Sharon Pugh
    Speed cameras are a cash grab.
    Like
    Reply
    2w
    Ed Kowalski
    Only if you speed, Sharon.
    Like
    Reply
    2w
    Edited
    Ana Lucia Ferreira
    My son walks that way every day. I'm relieved.
    Like
    Reply
    2w
    Greg Holloway
    Three years to build a sidewalk. Amazing.
    Like
    Reply
    2w
    """)


def test_a_name_under_an_edit_mark_after_the_time_of_the_comment_above_is_the_next_author():
    assert _authors(FACEBOOK_NO_BLANK_LINES) == ["Sharon Pugh", "Ed Kowalski", "Ana Lucia Ferreira", "Greg Holloway"]


def test_the_field_of_a_badge_under_a_posters_name_and_time_is_still_chrome():
    thread = textwrap.dedent("""\
        3 Antworten
        Kettenblatt77
        03.12.2026, 19:02
        Community-Experte
        Fahrrad
        Das ist fast immer Wasser zwischen Belag und Scheibe, das beim Bremsen anfängt zu schwingen.
        Radlerin_Ute
        03.12.2026, 19:40
        Danke, das probiere ich morgen gleich aus und melde mich dann wieder hier im Forum.
        """)
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.author for c in section.comments] == ["Kettenblatt77", "Radlerin_Ute"]
    assert "Fahrrad" not in section.comments[0].body


# -- a newsletter pitch broken from its button by the wrapper ------------------------------------

WRAPPED_TAIL = textwrap.dedent("""\
    Der Weihnachtsmarkt auf dem Kirchplatz von Kleinwelka soll im kommenden
    Jahr ein neues Gesicht bekommen. Der Gewerbeverein, der den Markt seit
    1994 ausrichtet, will die zwanzig alten Holzbuden durch sechs beheizte
    Zelte ersetzen. Darin sollen Gastronomie und Händler unter einem Dach
    stehen.
    Der diesjährige Markt findet wie gewohnt am zweiten und dritten
    Adventswochenende statt, noch mit den alten Buden.
    Annett Hübschmann ist Redakteurin im Lokalressort Görlitz.
    Schlagwörter: Kleinwelka, Weihnachtsmarkt, Gewerbeverein
    Newsletter: Das Wichtigste aus der Oberlausitz jeden Abend per Mail.
    Jetzt abonnieren
    """)


def test_a_newsletter_pitch_broken_before_its_button_is_one_line_again():
    lines = unwrap_hard_breaks(WRAPPED_TAIL).split("\n")
    assert "Newsletter: Das Wichtigste aus der Oberlausitz jeden Abend per Mail. Jetzt abonnieren" in lines
    assert "Annett Hübschmann ist Redakteurin im Lokalressort Görlitz." in lines  # a sentence's end still ends a line


def test_a_lynx_dump_s_newsletter_pitch_broken_before_its_button_is_one_line_again():
    dump = "\n".join("   " + line for line in WRAPPED_TAIL.split("\n") if line).replace(
        "Newsletter: Das", "Newsletter: [20]Das")
    lines = [line.strip() for line in unwrap_hard_breaks(dump + "\n\nReferences\n\n  20. https://example.de/nl\n").split("\n")]
    assert "Newsletter: [20]Das Wichtigste aus der Oberlausitz jeden Abend per Mail. Jetzt abonnieren" in lines


def test_a_paragraph_ending_short_of_the_width_over_a_button_stays_apart():
    text = WRAPPED_TAIL.replace("jeden Abend per Mail.", "per Mail.")
    assert "Jetzt abonnieren" in unwrap_hard_breaks(text).split("\n")


def test_the_bio_and_tag_row_over_a_wrapped_newsletter_pitch_are_no_article_text():
    page = "Weihnachtsmarkt in Kleinwelka: Holzbuden sollen weichen\n\n" + WRAPPED_TAIL
    records = build_records("page.txt", "eval", "0" * 64, page.encode("utf-8"))
    body = records.articles[0]["body"]
    assert body.endswith("noch mit den alten Buden.")
    assert "Schlagwörter" not in body and "Redakteurin" not in body


# -- per-comment chrome that stood where a name stands -------------------------------------------

@pytest.mark.parametrize("line", [
    "Responder Con Cita", "Répondre avec citation", "Rispondi con citazione",
    "Responder com citação", "👍❤️ 8", "😂👍 12", "Verborgen reactie", "Commentaire masqué", "Comentario oculto",
])
def test_per_comment_chrome_is_noise(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Cita previa", "Verborgen", "8", "Responder"])
def test_near_misses_are_no_new_chrome(line):
    from transforms.rules import rule_by_id, COMMENT_FILE
    for rule_id in ("facebook.noise.r34_reaction_summary", "generic.noise.r34_hidden_comment_placeholder",
                    "forum.noise.r34_reply_with_quote_buttons"):
        assert not rule_by_id(COMMENT_FILE, rule_id).regex.fullmatch(line.casefold())


VBULLETIN_ES = textwrap.dedent("""\
    Resultados 1 al 3 de 3
    #1
    22/05/2024, 18:44
    Xurxo_Deza
    Forero habitual
    Mensajes: 1.877
    Cierra la ITV de Lalín durante tres semanas por reformas, lo acabo de ver en el periódico.
    Responder Con Cita
    #2
    22/05/2024, 19:10
    Marisa_Golf
    Forero
    Mensajes: 204
    Justo tenía cita el 5 de junio. Pues a Silleda, qué remedio.
    Responder Con Cita
    #3
    22/05/2024, 20:32
    Tractorista
    Forero nuevo
    Mensajes: 7
    Eso lo tengo que ver. La última vez estuve dos horas con el camión en la cola.
    Responder Con Cita
    """)


def test_a_spanish_reply_with_quote_button_over_the_next_posts_time_is_no_author():
    authors = _authors(VBULLETIN_ES)
    assert "Responder Con Cita" not in authors
    assert authors[-2:] == ["Marisa_Golf", "Tractorista"]


# -- a markdown save's linked name over its linked 'says' verb ------------------------------------

def test_a_linked_says_verb_goes_back_onto_its_linked_commenter_line():
    text = ("[Klaus Wiemer](https://kurier.example/u/klaus-wiemer)\n[sagt:](https://kurier.example/a#sagt)\n"
            "2. Dezember 2026 um 19:04 Uhr\nIch bin als Kind jeden Tag unter diesen Linden zur Schule geradelt.")
    flat, joined = rejoin_split_attributions(text)
    assert flat.split("\n")[0] == "[Klaus Wiemer](https://kurier.example/u/klaus-wiemer) [sagt:](https://kurier.example/a#sagt)"
    assert joined == [0]


def test_a_plain_says_verb_still_goes_back_onto_its_commenter_line():
    flat, joined = rejoin_split_attributions("Klaus Wiemer\nsagt:\n2. Dezember 2026 um 19:04 Uhr")
    assert flat.split("\n")[0] == "Klaus Wiemer sagt:" and joined == [0]


# -- a signature separator set as a link -------------------------------------------------------

POST = ("La estación de ITV de Lalín permanecerá cerrada entre el 3 y el 24 de junio para renovar las líneas "
        "de inspección de vehículos pesados y ampliar la zona de espera.")


def test_a_signature_under_a_linked_separator_is_no_article_text():
    text = (f"{POST}\n[__________________](https://foro.example/tema#__________________)\n"
            "![](https://foro.example/images/11.jpg)\n\nUn saludo desde o Deza")
    assert clean_body(text) == POST


def test_a_line_linking_words_is_no_separator():
    closing = "Quienes prefieran cambiar de día podrán hacerlo por teléfono."
    text = f"{POST}\n[Ver la nota de la Xunta](https://foro.example/xunta)\n\n{closing}"
    assert closing in clean_body(text)
