"""Round 21a (six blind forum threads): Lemmy in a text dump ('name score age' headers, the action
row with 'more', translated placeholders), Reddit's translated 'level N', Invision without blank
lines (post counts, post links, edit notes, reaction lines, a typed signature), Discourse's topic
map dates under a short opening post and its quoted German like count; in a dump wrapped at 72, a
link aggregator's byline and a forum's thanks line."""
import pytest

from transforms.body_paragraphs import split_paragraphs
from transforms.boilerplate import clean_body
from transforms.boilerplate_lines import drop_lines
from transforms.comment_headers import explicit_author
from transforms.comment_lines import TEXT, classify
from transforms.comments import split_comment_section
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.metadata_publisher import find_logo_masthead


def _comments(page: str) -> list[tuple[str | None, int | None, str]]:
    _, section = split_comment_section(page)
    return [(c.author, c.parent_position, c.body) for c in section.comments]


@pytest.mark.parametrize("line", [
    # Lemmy's action row with its 'more' menu, without the vote arrows
    "rispondi · segnala · altro", "reply · report · more", "antworten · melden · mehr", "responder · denunciar · mais",
    # a comment its author deleted (Lemmy), Reddit's bracketed placeholder
    "eliminato dal creatore", "apagado pelo criador", "eliminado por el creador", "[removido]", "[eliminato]",
    # a sort menu with its label, Reddit's post buttons and upvote ratio
    "Ordina: Migliori · Nuovi · Vecchi", "Ordenar por: melhores", "Sorteer: Beste", "Ocultar", "Seguir",
    "92% Votos positivos", "88% Upvoted",
    # Invision's poster box and post footer
    "3.411 mensajes", "402 messaggi", "1,204 posts", "Miembro nuevo", "Membro novo", "Enlace al comentario",
    "Link to comment", "Compartir en otros sitios", "Editado 1 de diciembre por Rocío_M",
    "Edited December 1, 2026 by Hal", "Rocío_M y Damián han reaccionado a esto", "Hal and 2 others reacted to this",
    "Lisa hat darauf reagiert",
    # Discourse's like count with the button's name in quotes
    "3 „Gefällt mir“", "12 « J'aime »",
])
def test_round_21a_chrome_lines(line):
    assert classify(0, line).kind != TEXT


def test_lemmy_link_to_more_replies_and_reddit_level_markers():
    assert classify(0, "1 altra risposta").hidden == 1
    assert classify(0, "3 weitere Antworten").hidden == 3
    assert classify(0, "nível 2").depth == 2
    assert classify(0, "livello 3").depth == 3


@pytest.mark.parametrize("line, name, stamp", [
    ("pino_rossi 11 3 g", "pino_rossi", "3 g"),  # name, score, age
    ("carla_v OP 4 3 g", "carla_v", "3 g"),  # with the original poster's badge
    ("ugo@lemmy.example.org 3 2 g", "ugo@lemmy.example.org", "2 g"),  # a remote user
    ("mira_k -2 5 hours ago", "mira_k", "5 hours ago"),
])
def test_lemmy_name_score_age_header(line, name, stamp):
    found = explicit_author(line)
    assert (found.name, found.stamp) == (name, stamp)


@pytest.mark.parametrize("line", ["Kapitel 11 3 Seiten", "pino_rossi 11", "Alles 3 2 mal"])
def test_a_name_and_numbers_without_an_age_is_no_lemmy_header(line):
    found = explicit_author(line)
    assert found is None or found.stamp is None


LEMMY = """   Lemmy Esempio
   Comunità · Crea post · Cerca

            Pane senza impastare con il forno a 220 gradi?

   inviato da carla_v in cucina@lemmy.example.org 2 g

   Qualcuno ha una ricetta per il pane senza impastare? Il forno di casa arriva solo a 220 gradi.

   ↑ 12 · ↓ · 6 commenti · condividi · salva

   Ordina: Migliori · Nuovi · Vecchi

   pino_rossi 11 2 g
   Farina, acqua, sale e poco lievito, poi dodici ore di riposo in frigo e una pentola di ghisa.
   rispondi · segnala · altro

      carla_v OP 4 2 g
      La pentola va messa nel forno già caldo o a freddo?
      rispondi · segnala · altro

         pino_rossi 6 2 g
         Già calda, mezz'ora prima, altrimenti la crosta non viene.
         rispondi · segnala · altro

   lia_m 9 1 g
   Con 220 gradi viene benissimo lo stesso, basta allungare la cottura di dieci minuti.
   rispondi · segnala · altro

      eliminato dal creatore

      ugo@lemmy.example.org 3 1 g
      Confermo, anche il mio arriva a 220 e il pane viene bene.
      rispondi · segnala · altro

      1 altra risposta
"""


def test_lemmy_dump_thread_reads_headers_and_nesting():
    assert [(a, p) for a, p, _ in _comments(LEMMY)] == [
        ("pino_rossi", None), ("carla_v", 1), ("pino_rossi", 2), ("lia_m", None), ("ugo@lemmy.example.org", 4)]
    assert all("eliminato" not in body and "rispondi" not in body for _, _, body in _comments(LEMMY))


REDDIT = """r/cozinha
Publicado por u/joana_p
5 h

Arroz de pato no forno: tapado ou destapado?

Faço sempre tapado com papel de alumínio, mas a minha mãe jura que o segredo é deixar destapado a última meia hora.

27
6 comentários
Partilhar
Guardar
Ocultar
Denunciar
92% Votos positivos

Ordenar por: melhores

nível 1
rui_lx
· 4 h

A tua mãe tem razão, destapado no fim é que o chouriço fica estaladiço.

15
Responder
Partilhar

nível 2
joana_p
OP
· 4 h

Vou experimentar no domingo. Obrigada!

4
Responder
Partilhar

nível 2
tio_beto
· 3 h

[removido]

nível 1
marta_sv
· 2 h

Eu faço metade do tempo tapado e metade destapado.

8
Responder
Partilhar
"""


def test_reddit_level_markers_in_portuguese_nest_and_are_no_names():
    assert [(a, p) for a, p, _ in _comments(REDDIT)] == [("rui_lx", None), ("joana_p", 1), ("marta_sv", None)]


INVISION = """Pan sin amasar con horno de 220 grados
Por Rocío_M, 1 de diciembre en Cocina
Rocío_M
Miembro
14 mensajes
Publicado 1 de diciembre
¿Alguien hace pan sin amasar? Mi horno solo llega a 220 grados y todas las recetas que encuentro piden 250. He probado dos veces y la corteza sale pálida y blanda, aunque la miga está bien.
Citar
Enlace al comentario
Compartir en otros sitios
Damián Ortega
Moderador
3.411 mensajes
Publicado 1 de diciembre (editado)
Sí, con olla de hierro y doce horas de reposo en la nevera sale muy bien.
Damián O. · Zaragoza
Horno de leña desde 2009 · Masa madre de centeno
Rocío_M y Hal han reaccionado a esto
Editado 1 de diciembre por Damián Ortega
Citar
Enlace al comentario
Compartir en otros sitios
Hal
Miembro nuevo
3 mensajes
Publicado 2 de diciembre
Yo lo hago igual y alargo diez minutos la cocción.
Consejo · Zaragoza · la olla primero
Citar
Enlace al comentario
Compartir en otros sitios
Rocío_M
Miembro
14 mensajes
Publicado 2 de diciembre
Gracias a los dos, este fin de semana lo pruebo.
Citar
Enlace al comentario
Compartir en otros sitios
Únete a la conversación
"""


def test_invision_without_blank_lines_reads_posters_and_drops_the_typed_signature():
    # the signature opens with the poster's own short name ('Damián O.'); a line of pieces that
    # does not ('Consejo · Zaragoza · ...', under Hal's post) is the post's own text
    assert _comments(INVISION) == [
        ("Damián Ortega", None, "Sí, con olla de hierro y doce horas de reposo en la nevera sale muy bien."),
        ("Hal", None, "Yo lo hago igual y alargo diez minutos la cocción. Consejo · Zaragoza · la olla primero"),
        ("Rocío_M", None, "Gracias a los dos, este fin de semana lo pruebo."),
    ]


DISCOURSE = """# Wärmepumpe taktet nachts

[lena_k](https://forum.example.org/u/lena_k)

[1. Dez.](https://forum.example.org/t/waermepumpe/88/1)

Seit dem Frost schaltet meine Wärmepumpe nachts alle zehn Minuten ein und aus. Ist das normal?

erstellt
1. Dez.
letzte Antwort
2. Dez.
5
Antworten
231
Aufrufe
"""


def test_topic_map_dates_under_a_short_opening_post_are_no_byline():
    # left in, '1. Dez.' / '2. Dez.' under the post read as its byline, and the post as a dek
    assert clean_body(DISCOURSE, "Wärmepumpe taktet nachts") == (
        "Seit dem Frost schaltet meine Wärmepumpe nachts alle zehn Minuten ein und aus. Ist das normal?")


@pytest.mark.parametrize("block, kept", [
    ("erstellt\n1. Dez.", []),  # a topic map label and its value
    ("Erstellt wurde der Plan im Rathaus.\n1. Dez.", ["Erstellt wurde der Plan im Rathaus.", "1. Dez."]),
    ("erstellt\n\n1. Dez.", ["1. Dez."]),  # not the value of a label in another block
])
def test_only_the_date_right_under_a_topic_map_label_goes_with_it(block, kept):
    assert [line.text for p in drop_lines(split_paragraphs(block), None) for line in p] == kept


WRAPPED = (
    "The ferry that has carried cars and foot passengers across the estuary since\n"
    "1934 will run on batteries from next summer, after its operator won a grant\n"
    "to replace its diesel engines, which burn about 90,000 litres of diesel in a\n"
    "year, and the Marigold, a flat-bottomed chain ferry that pulls itself across\n"
    "the water between two slipways, will be out of service for seven weeks.\n"
)


@pytest.mark.parametrize("lines, joined", [
    # a link aggregator's byline ending in the post's age, over a short opening post
    # (long enough that the next word would not have fitted: only the byline's shape ends it)
    (["inviato da carla_valentini in cucina_e_ricette@lemmy.example.org 2 g", "Qualcuno ha una ricetta?"], False),
    (["submitted 5 hours ago by alice_kowalczyk to c/ferries_and_crossings", "Anyone know when it starts?"], False),
    # a forum's thanks line broken before its last word
    (["The Following User Says Thank You to Pete_the_Pilot For This Useful", "Post:"], True),
])
def test_dump_wrapped_at_72_keeps_bylines_and_rejoins_thanks_lines(lines, joined):
    page = unwrap_hard_breaks(WRAPPED + "\n" + "\n".join(lines) + "\n")
    assert (" ".join(lines) in page) is joined


def test_a_link_aggregator_byline_is_header():
    assert clean_body("Ferry timetable\n\nsubmitted 5 hours ago by alice_k to c/ferries\n"
                      "Anyone know when the new timetable starts? The old one ends in March.") == (
        "Anyone know when the new timetable starts? The old one ends in March.")


SHORT_POST_FLAT = """Obiettivo usato: conviene ancora?
L'ho trovato a 80 euro al mercatino sotto casa, lenti pulite ma ghiera un po' dura. Lo prendo o aspetto il prossimo?
Commenti (3)
Scrivi un commento
anna.r | 04/12/2026 ore 9:25
Per 80 euro prendilo, la ghiera si sistema con poco.
Consiglia (1) | Segnala
Piero Gatti | 04/12/2026 ore 9:38
Provalo prima sul corpo macchina, con l'adattatore a volte non comunica.
Consiglia (2) | Segnala
nico_b | 04/12/2026 ore 9:51
Io ne ho presi due così e uno aveva la muffa.
Consiglia (3) | Segnala
"""


def test_two_sentences_right_above_the_count_are_the_article_not_a_thread_title():
    # a copy without blank lines of a short opening post under its title (eval_widgets' newspaper list)
    article, section = split_comment_section(SHORT_POST_FLAT)
    assert article.endswith("Lo prendo o aspetto il prossimo?")
    assert [c.author for c in section.comments] == ["anna.r", "Piero Gatti", "nico_b"]


def test_the_home_link_under_a_reader_services_header_names_the_site():
    # a Discourse page saved by a reader service: its first line of the page is the forum's home link
    page = ("Title: Wärmepumpe taktet nachts - Technik - Heizungsrunde\n\nURL Source: https://forum.example.org/t/88\n\n"
            "Markdown Content:\n[Heizungsrunde](https://forum.example.org/)\n\n# Wärmepumpe taktet nachts\n")
    assert find_logo_masthead(page) == "Heizungsrunde"
