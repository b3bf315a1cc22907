"""Round 30 (tests/eval/cleaning/holdout30, measured blind, then fixed)."""
from datetime import datetime

from transforms.body_lines import is_caption, matches
from transforms.boilerplate import clean_body
from transforms.comment_headers import explicit_author
from transforms.comments import split_comment_section
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.rules import is_noise_line


def test_the_time_after_the_name_replied_to_is_the_replys_time():
    # an Italian paper's own list through html2text: 'X risponde a Y il DATE alle HH:MM:'
    found = explicit_author("Gennaro Pastore risponde a Ninuccio63 il 06/12/2026 alle 09:30:")
    assert (found.name, found.parent_name, found.stamp) == ("Gennaro Pastore", "Ninuccio63", "06/12/2026 alle 09:30")
    bare = explicit_author("Gennaro Pastore risponde a Ninuccio63")
    assert (bare.name, bare.parent_name, bare.stamp) == ("Gennaro Pastore", "Ninuccio63", None)


THREAD = """Il consiglio comunale ha approvato la scuola di restauro nell'ex mattatoio con sette voti
favorevoli e tre contrari. I lavori partiranno in primavera e dureranno almeno diciotto mesi, ha detto il sindaco.

## I commenti dei lettori (3)

**Ninuccio63** ha scritto il 06/12/2026 alle 08:52:

Finalmente una buona notizia per il paese.

[Rispondi](#) | [Segnala](#) | Mi piace (12)

  * **Gennaro Pastore** risponde a Ninuccio63 il 06/12/2026 alle 09:30:

Nessuno è contrario alla scuola. Chiediamo solo un piano.

[Rispondi](#) | [Segnala](#) | Mi piace (4)

**Tonino** ha scritto il 06/12/2026 alle 11:47:

Bravi.

[Rispondi](#) | [Segnala](#) | Mi piace (2)
"""


def test_a_reply_header_with_its_time_after_the_parent_is_its_own_comment():
    _, section = split_comment_section(THREAD)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Ninuccio63", None), ("Gennaro Pastore", 1), ("Tonino", None)]
    assert section.comments[1].body == "Nessuno è contrario alla scuola. Chiediamo solo un piano."


HYPERCOMMENTS = """Die Stadt will prüfen, ob der Firmenparkplatz nebenan abends genutzt werden kann. Die erste
Premiere in der Zwirnerei ist für Oktober 2027 geplant, sagte die Vorsitzende am Mittwoch.

Kommentare

3 Kommentare

Sortieren: Älteste zuerst

Peter

06.12.2026 um 07:55

Und wo sollen 120 Leute parken?

Antworten   ♥ 2

→ Sabine Orthwein

06.12.2026 um 09:12

@Peter Wir sind mit der Stadt im Gespräch, siehe Artikel.

Antworten   ♥ 9

Lena K.

06.12.2026 um 10:30

Schön, dass es weitergeht.

Antworten   ♥ 1
"""


def test_an_arrow_name_under_an_action_bar_is_the_replys_author():
    # HyperComments (browser copy): '→ Name' over the reply's own time, under the action bar of
    # the comment above, is the replier; not the name replied to (Disqus's 'X' / '→ Y' / time)
    for text in (HYPERCOMMENTS, "\n".join(line for line in HYPERCOMMENTS.split("\n") if line.strip())):
        _, section = split_comment_section(text)
        assert [(c.author, c.parent_position, c.posted_at) for c in section.comments] == [
            ("Peter", None, datetime(2026, 12, 6, 7, 55)), ("Sabine Orthwein", 1, datetime(2026, 12, 6, 9, 12)),
            ("Lena K.", None, datetime(2026, 12, 6, 10, 30))]
        assert section.comments[1].body == "@Peter Wir sind mit der Stadt im Gespräch, siehe Artikel."


PROSE_PL = ("Wczoraj na sesji rady miejskiej burmistrz przedstawiła harmonogram remontu wiaduktu nad torami "
            "na ulicy Kolejowej. Prace mają ruszyć 12 stycznia i potrwać do końca sierpnia.")


def test_phpbbs_reply_button_and_search_box_on_one_line_are_no_body():
    # w3m -dump prints prosilver's action bar on one line: the 'Post Reply' button, then the box
    for bar in ("Odpowiedz  Szukaj w tym temacie…", "Post Reply  Search this topic…"):
        assert is_noise_line(bar)
        assert clean_body(f"{bar}\n\n{PROSE_PL}") == PROSE_PL


PHPBB_W3M = f"""Remont wiaduktu na Kolejowej

Post autor: Mirek W. » pt 05 gru 2026, 18:02

{PROSE_PL}

Mirek W.
Posty: 1433

Góra

Re: Remont wiaduktu na Kolejowej

Post autor: Basia z Zatorza » pt 05 gru 2026, 20:45

Ja będę jeździć rowerem, kładka wystarczy.

Basia z Zatorza
Posty: 57

Góra

Ten post został usunięty przez Moderator_Zbyszek » sob 06 gru 2026, 08:14.
Powód: obraźliwe treści.

Re: Remont wiaduktu na Kolejowej

Post autor: Jadzia » sob 06 gru 2026, 10:02

+1

Jadzia
Posty: 340

Góra
"""


def test_phpbbs_soft_deleted_post_notice_is_no_comment():
    # 'Ten post został usunięty przez X » DATE.' stands where a moderator hid a post
    _, section = split_comment_section(PHPBB_W3M)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Basia z Zatorza", "Ja będę jeździć rowerem, kładka wystarczy."), ("Jadzia", "+1")]
    assert is_noise_line("This post was deleted by Admin on Sat Dec 06, 2026 8:14 am.")


# ---------------------------------------------------------------- body boilerplate (round 30)


def test_a_caption_ending_in_photographer_and_outlet_with_an_ampersand_in_brackets():
    assert is_caption("Deckhands tie up the Pelican Point at the Bellmouth terminal on Friday. "
                      "(Devin Okafor / Harbor & Hill Courier)")
    assert is_caption("Fans outside the ground on Saturday. (Ana Ruiz/Diario de Soria)")
    # prose ending in brackets stays
    assert not is_caption("The council will vote on the fares in March (see page 4).")
    assert not is_caption("Both options stay open, the mayor said (for now / at least).")


BLANK_AFTER_EVERY_LINE = """Los vecinos han organizado una recogida de firmas en la parroquia y en los dos bares de la pedanía. Su portavoz asegura que ya llevan más de 600.

Te puede interesar

Torrevieja abrirá en febrero el nuevo paseo de Los Locos

El Orihuela CF busca entrenador tras la destitución de Rubén Sala

El Ayuntamiento de Orihuela, por su parte, ha ofrecido maquinaria municipal para los tramos urbanos. La concejala aseguró que la limpieza se hará «en cuanto haya permiso».

Qué pasa ahora

La obra empezará en abril si llega el permiso de la confederación hidrográfica, según el ayuntamiento."""


def test_each_headline_of_a_related_list_set_apart_by_blank_lines_goes():
    body = clean_body(BLANK_AFTER_EVERY_LINE)
    assert "Orihuela CF" not in body and "Torrevieja" not in body
    assert "Qué pasa ahora" in body  # a short subheading after the article's next paragraph stays
    assert body.startswith("Los vecinos") and body.endswith("según el ayuntamiento.")


def test_a_lone_subheading_right_after_a_one_item_list_stays():
    text = BLANK_AFTER_EVERY_LINE.replace("El Orihuela CF busca entrenador tras la destitución de Rubén Sala\n\n", "")
    text = text.replace("El Ayuntamiento de Orihuela", "Qué dice el ayuntamiento\n\nEl Ayuntamiento de Orihuela")
    assert "Qué dice el ayuntamiento" in clean_body(text)


def test_spanish_read_more_line_with_its_headline():
    assert matches(("related_inline",), "Leer más: La DPZ licita el arreglo de la carretera de Berdejo")
    assert not matches(("related_inline",), "Leer más despacio ayuda a entender el texto.")


def test_a_wrapped_prose_line_opening_like_a_forum_back_link_is_no_widget():
    assert is_noise_line("Volver a “Noticias y carreteras”")
    assert is_noise_line("Zurück zu „Wärmepumpen“")
    assert not is_noise_line("volver a moler trigo de la zona en dos años. «No queremos un museo.")
    assert not is_noise_line("return to the table on Monday, the union said.")


LYNX = """   El edificio, de 1887, dejó de moler en 2009, cuando murió su último
   propietario, Anselmo Gil. Sus herederos lo pusieron a la venta hace
   cuatro años y llegaron a recibir una oferta de una empresa de
   apartamentos turísticos que finalmente no se concretó.

   El presidente de la cooperativa, Fermín Aranda, explicó que la idea es
   volver a moler trigo de la zona en dos años. «No queremos un museo.
   Queremos que el pan de aquí se haga con harina de aquí», dijo a la
   salida de la asamblea. La cooperativa calcula que necesitará otros
   250.000 euros para restaurar las muelas, la turbina y el canal.

   Qué pasa ahora

   La cooperativa pedirá una ayuda del programa Leader para la
   rehabilitación y abrirá el molino a los vecinos en una jornada de
   puertas abiertas el 17 de enero.

References

   1. https://gacetaaltojalon.example/
   2. https://gacetaaltojalon.example/comarca/"""


def test_a_lynx_paragraph_wrapped_right_after_a_full_stop_is_one_paragraph():
    paragraphs = [p.strip() for p in unwrap_hard_breaks(LYNX).split("\n\n")]
    assert len(paragraphs) == 6  # and the References heading and list
    assert paragraphs[1].startswith("El presidente") and paragraphs[1].endswith("la turbina y el canal.")
    assert "\n" not in paragraphs[1]
    body = clean_body(unwrap_hard_breaks(LYNX))
    assert "la idea es volver a moler trigo de la zona en dos años. «No queremos un museo. Queremos que" in body


def test_lines_ending_sentences_in_a_block_without_blank_lines_stay_apart():
    # a save without blank lines: each paragraph's last line is short, so the block is no
    # single wrapped paragraph and a sentence end stays a line end
    text = LYNX.replace("\n\n", "\n")
    lines = unwrap_hard_breaks(text).split("\n")
    assert any(line.strip() == "Qué pasa ahora" for line in lines)
    assert any(line.rstrip().endswith("que finalmente no se concretó.") for line in lines)


def test_a_full_line_ending_a_sentence_ends_a_paragraph_outside_a_lynx_dump():
    # typed without a blank line between two paragraphs, the first one's last line as full as
    # a wrapped one (en_openweb_r6a_01): no References list, no lynx dump, the break stays
    text = """The council's transport committee said the scheme had been popular, with 1.9 million trips
taken over four years, but that it could not ignore a rise in injuries to pedestrians.
Hospital figures presented to councillors showed 41 people treated in 2023 after being hit
by an e-scooter on a pavement, up from 12 in 2021."""
    lines = unwrap_hard_breaks(text).split("\n")
    assert len(lines) == 2 and lines[0].endswith("injuries to pedestrians.")
