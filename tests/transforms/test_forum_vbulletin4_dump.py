"""Round 23a (helper lynx): a vBulletin 4 thread as a text dump prints it (lynx -dump: the posts
as a numbered list, '1. 02/12/2026, 19:04 #1'; the poster box a field name over its value; the
quote header and its 'View Post' link on one line), in the board's translations."""
import pytest

from transforms.comment_lines import TEXT, classify, quote_target
from transforms.comments import split_comment_section
from transforms.metadata import extract_byline

OPENING = ("Desde el 1 de enero la biblioteca municipal solo abrirá por las mañanas, de 9 a 14 horas, "
           "y lo aprobó ayer la junta de gobierno sin pasar por el pleno.")


def _post(number: int, name: str, rank: str, text: str) -> str:
    return "\n".join([f"{number}. 02/12/2026, 19:{number:02d} #{number}", name, f"{name} está desconectado", rank,
                      "Fecha de Ingreso", "mar 2009", "Mensajes", "2.114", "", text, "", "Responder Citando"])


def _comments(page: str) -> list[tuple[str | None, int | None, str]]:
    _, section = split_comment_section(page)
    return [(c.author, c.parent_position, c.body) for c in section.comments]


def test_rank_between_status_line_and_profile_fields_is_no_author():
    # ranks no word list knows ('Usuaria veterana', 'Recién llegado'): the box's layout says what they are
    page = "\n\n".join([
        "Tema: Cierra la biblioteca por las tardes",
        _post(1, "Merche_T", "Usuaria veterana", OPENING),
        _post(2, "Paco_Lahoz", "Recién llegado", "Se puede, pero necesitas firmas de al menos el 10 % del barrio."),
        _post(3, "Merche_T", "Usuaria veterana", "Gracias, eso es justo lo que necesitamos para la moción."),
    ])
    assert _comments(page) == [
        ("Paco_Lahoz", None, "Se puede, pero necesitas firmas de al menos el 10 % del barrio."),
        ("Merche_T", None, "Gracias, eso es justo lo que necesitamos para la moción."),
    ]


@pytest.mark.parametrize("header, name", [
    ("Cita Iniciado por Paco_Lahoz Ver Mensaje", "Paco_Lahoz"),
    ("Citation Envoyé par Mathilde R. Voir le message", "Mathilde R."),
    ("Citação Postado originalmente por ze_porto Ver Post", "ze_porto"),
    ("Citaat Oorspronkelijk geplaatst door Joris B Bekijk bericht", "Joris B"),
])
def test_vbulletin4_quote_header_with_its_view_post_link(header, name):
    assert quote_target(header) == name


def test_spanish_quote_header_names_the_parent_and_its_quote_is_dropped():
    quoted = "Se puede, pero necesitas firmas de al menos el 10 % del barrio."
    page = "\n\n".join([
        "Tema: Cierra la biblioteca por las tardes",
        _post(1, "Merche_T", "Miembro", OPENING),
        _post(2, "Paco_Lahoz", "Miembro", quoted),
        _post(3, "Luis_G", "Miembro", f"Cita Iniciado por Paco_Lahoz Ver Mensaje\n{quoted}\n\nPues yo firmo la primera."),
    ])
    assert _comments(page)[1] == ("Luis_G", 1, "Pues yo firmo la primera.")


@pytest.mark.parametrize("line", [
    # the pager with its page links and the links to the neighbouring threads
    "Página 1 de 2 1 2 Última »", "Page 1 of 3 1 2 3 Last »", "Seite 1 von 2 1 2 Letzte »",
    "« Tema Anterior | Siguiente Tema »", "« Previous Thread | Next Thread »", "« Vorheriges Thema | Nächstes Thema »",
    # the board footer in its translations
    "Todas las horas son GMT +1. La hora es 19:22.", "Alle Zeitangaben in WEZ +1. Es ist jetzt 19:22 Uhr.",
    "Alle tijden zijn GMT +1. Het is nu 19:22.", "Funciona con vBulletin® Versión 4.2.5",
    "Propulsé par vBulletin® Version 4.2.5",
])
def test_vbulletin4_pager_thread_links_and_footer(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line", ["Todas las horas son importantes para el barrio.",
                                  "Página 1 de 2 del informe municipal dice otra cosa."])
def test_prose_like_the_footer_stays_text(line):
    assert classify(0, line).kind == TEXT


def test_opening_poster_over_status_line_and_date_before_post_number():
    head = "\n".join(["Foro Ciudad de Alcañiz", "Tema: Cierra la biblioteca por las tardes",
                      "1. 02/12/2026, 19:04 #1", "Merche_T", "Merche_T está desconectado", "Usuaria veterana",
                      "Fecha de Ingreso", "mar 2009", "Cierra la biblioteca por las tardes"])
    byline = extract_byline(head + "\n" + OPENING)
    assert (byline.author, str(byline.published_date)) == ("Merche_T", "2026-12-02")
