"""Round 32: hard-wrapped lines rejoined on a page a program wrapped (eval_cleaning.py --layout
wrapped-72 and lynx: es_newspaper_r27a_04, da_wordpress_r31_12, nl_newspaper_r31_06).

textwrap, html2text and a text dump break a line only where the next word does not fit, so a
headline, a dek or a caption a few characters short of the width ended its line even when the
line under it starts with a capitalised word; and a caption with its credit or a 'Read also'
line does not run on into a paragraph whose own first line the wrapper broke."""
import textwrap

from transforms.hard_wrap import unwrap_hard_breaks

WRAP = textwrap.TextWrapper(72, break_long_words=False, break_on_hyphens=False)


def _wrapped(*lines: str) -> str:
    """The lines of a page without blank lines as a saver wrapping at 72 columns prints them."""
    return "\n".join("\n".join(WRAP.wrap(line)) if len(line) > 72 else line for line in lines)


ES_PARAGRAPHS = (
    "La empresa que explota la línea entre Zaragoza y Calatayud dejará de parar en Ateca en el último "
    "servicio de los domingos a partir del 11 de enero. Así lo comunicó la concesionaria al Ayuntamiento "
    "en una carta fechada el pasado lunes, a la que ha tenido acceso este periódico.",
    "Según la empresa, en ese servicio, que sale de Zaragoza a las 21.15 horas, suben o bajan en Ateca una "
    "media de cuatro viajeros. Parar en el pueblo obliga a salir de la autovía y añade once minutos al "
    "trayecto, lo que a su juicio perjudica al resto de pasajeros que siguen hasta Calatayud.",
    "El Ayuntamiento ha pedido al Departamento de Vertebración del Territorio que exija a la concesionaria "
    "mantener la parada, como establece, según el consistorio, el contrato de servicio público firmado en "
    "2019. Fuentes del departamento confirmaron que estudian la carta y que responderán pronto.",
)
HEADLINE = "El último autobús a Calatayud dejará de parar en Ateca los domingos"  # 67 columns
DEK = ("La concesionaria alega que apenas viajan cuatro personas; el Ayuntamiento pide al Gobierno de "
       "Aragón que mantenga la parada")  # 'el' / 'Ayuntamiento pide ... la parada' (62 columns)
BYLINE = "Marta Lahoz Ateca | 04/12/2026 - 19:40 h"
CAPTION = "La parada de autobús de la avenida de Madrid, en Ateca. FOTO: M. LAHOZ"  # 70 columns


def test_a_headline_short_of_the_width_is_no_line_of_the_dek_under_it():
    out = unwrap_hard_breaks(_wrapped(HEADLINE, DEK, BYLINE, *ES_PARAGRAPHS)).split("\n")
    assert out[0] == HEADLINE  # 'La' would have fitted after 'domingos' at 72 columns
    assert out[1] == DEK  # 'el' / 'Ayuntamiento' did not fit: one line
    assert out[2] == BYLINE  # 'Marta' would have fitted after 'la parada'
    assert out[3:] == list(ES_PARAGRAPHS)


def test_a_caption_with_its_credit_is_no_line_of_the_paragraph_under_it():
    # 'La' did not fit after 'LAHOZ' either, but the line under the caption was broken in turn: a paragraph
    out = unwrap_hard_breaks(_wrapped(BYLINE, CAPTION, *ES_PARAGRAPHS)).split("\n")
    assert out == [BYLINE, CAPTION, *ES_PARAGRAPHS]


def test_a_read_also_line_is_no_line_of_the_paragraph_under_it():
    read_also = "Lees ook: Buurtbus Heukelveen zoekt nieuwe vrijwillige chauffeurs"  # 65 columns, 'Geldmaat' did not fit
    paragraphs = (
        "Dorpsraad Heukelveen is een petitie gestart om de geldautomaat te behouden. Volgens voorzitter "
        "Hennie Blokland zijn vooral ouderen en mensen zonder auto de dupe, omdat de dichtstbijzijnde "
        "automaat straks in Geldermalsen staat, op ruim acht kilometer afstand.",
        read_also,
        "Geldmaat laat in een reactie weten dat het de zorgen begrijpt en met de gemeente West Betuwe kijkt "
        "naar alternatieven, zoals een storting- en opnamepunt in de supermarkt. Een woordvoerder benadrukt "
        "dat het bedrijf wettelijk moet zorgen dat 99,7 procent van de Nederlanders binnen vijf kilometer "
        "van een geldautomaat woont.",
    )
    assert unwrap_hard_breaks(_wrapped(*paragraphs)).split("\n") == list(paragraphs)


def test_a_caption_broken_before_the_rest_of_its_credit_is_still_one_line():
    # the credit's last word alone under the caption runs on into nothing: the caption's own rest
    caption = "Færgen Egholmeren ved lejet i Glyngøre en kold morgen. Foto: Mette"  # 66 columns
    page = "\n".join([caption, "Kjærsgaard", *(WRAP.wrap(ES_PARAGRAPHS[0]) + WRAP.wrap(ES_PARAGRAPHS[1]))])
    out = unwrap_hard_breaks(page).split("\n")
    assert out[0] == f"{caption} Kjærsgaard"


def test_a_hand_wrapped_page_still_runs_on_into_a_capitalised_word_short_of_the_width():
    # lines ended with room left for the next word (a hand's or an editor's wrapping): the wider tolerance
    page = "\n".join([
        "The ferry between the two villages will sail only every second hour in",
        "winter, the council decided on Tuesday, to save about a million crowns",
        "on next year's budget. The harbour master said the crossing to",
        "Egholm would still run at night on request, by telephone, for those",
        "who work late shifts in the town and have no other way to get",
        "home; the council will look at the numbers again before the",
        "Easter holidays.",
    ])
    assert unwrap_hard_breaks(page).count("\n") == 0  # 'crossing to' / 'Egholm': 'Egholm' would have fitted


def test_a_dump_wrapped_with_room_left_keeps_its_wider_tolerance():
    # lynx (its References list under the page) leaves a column or two now and then: '... shoal on' /
    # 'Saturday ...' (en_disqus_r29_02) is one paragraph although 'Saturday' would have fitted at the width
    page = "\n".join([
        "   A fishing trawler that ran aground on the Skerry Point shoal on",
        "   Saturday was refloated early Monday, two days after its crew of six was",
        "   lifted off by a coast guard helicopter in gale-force winds.",
        "",
        "   The 24-metre Margaret Lowrie, based in Port Kellan, lost engine power",
        "   about two nautical miles off the point shortly after 4 a.m. on",
        "   Saturday, according to the regional coast guard. The skipper dropped",
        "   both anchors, but they dragged, and the vessel was pushed onto the",
        "   rocks within the hour. The coast guard said the crew were in good",
        "   health and were taken to the hospital in the town for a check.",
        "",
        "References",
        "",
        "   1. https://coldwater.example/",
    ])
    out = unwrap_hard_breaks(page).split("\n")
    assert out[0].endswith("shoal on Saturday was refloated early Monday, two days after its crew of six was "
                           "lifted off by a coast guard helicopter in gale-force winds.")
    assert "4 a.m. on Saturday, according" in out[2]


def test_a_markdown_link_left_open_runs_on_into_a_capitalised_word():
    # html2text broke the link's text itself ('[' / 'Libraries are not a luxury](...)'); the layout wrapped that
    # line again: the link's text goes on below, whatever the width says (en_disqus_r9b_12)
    page = _wrapped(*ES_PARAGRAPHS, "[Wendell Okafor](https://disqus.com/by/wendellokafor/) [",
                    "Libraries are not a luxury](https://ashgrovepost.example/local/libraries-mondays/#comment-6315)")
    assert unwrap_hard_breaks(page).split("\n")[-1] == (
        "[Wendell Okafor](https://disqus.com/by/wendellokafor/) [ Libraries are not a "
        "luxury](https://ashgrovepost.example/local/libraries-mondays/#comment-6315)")


def test_a_line_the_rules_read_as_noise_only_when_cut_short_still_runs_on():
    # 'assinar o boletim' is a newsletter line's wording, but this line is a paragraph's first: only captions and
    # related-article lines end where the rules read them whole
    paragraph = ("Quem quiser acompanhar a implantação pode assinar o boletim da Secretaria de Mobilidade, que "
                 "publica todas as semanas os números de passageiros, segundo a prefeitura.")
    page = _wrapped(*ES_PARAGRAPHS, paragraph)
    assert unwrap_hard_breaks(page).split("\n")[-1] == paragraph


def _lynx(*blocks: str) -> str:
    """Blocks as lynx -dump prints them: indented three spaces, wrapped at 76 columns, a blank line
    between blocks (a block given as a tuple keeps its lines), a References list under the page."""
    out = []
    for block in blocks:
        lines = block if isinstance(block, tuple) else (block,)
        out.extend(out_line for line in lines for out_line in textwrap.wrap(
            line, 76, initial_indent="   ", subsequent_indent="   ", break_long_words=False, break_on_hyphens=False))
        out.append("")
    return "\n".join([*out, "References", "", "   1. https://example.org/"])


def test_a_comment_header_in_a_program_wrapped_dump_is_no_line_of_the_comment():
    # de_facebook_02 as lynx prints it: 'Die' would have fitted after the header; and the action row under the
    # comment's last sentence is no sentence of the comment either
    header = "[20]Sigrid Peters-Möller · Arbeitet bei Stadtarchiv Bad Sülzfeld"
    comment = ("Die Saline war bis 1980 in Betrieb – viele Sülzfelder haben dort noch gearbeitet. Hoffentlich "
               "kommen auch Zeitzeugen zu Wort.")
    actions = "[21]Gefällt mir · [22]Antworten · 11 · [23]3 Wochen"
    out = unwrap_hard_breaks(_lynx(*ES_PARAGRAPHS, (header, comment, actions))).split("\n")
    assert [line.strip() for line in out[6:9]] == [header, comment, actions]
