"""Rounds 27b and 28 (blind forum threads, helper fixphpbb): general rules for the phpBB and
vBulletin layouts the rounds' pages showed the cleaner had not read (phpBB prosilver in Spanish
saved by html2text, ...). Each test fails without its rule."""
import pytest

from transforms.comment_lines import TEXT, classify
from transforms.document import build_records


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["posted_at"] and c["posted_at"].isoformat(timespec="minutes"), c["body"]) for c in comments]


# -- phpBB prosilver in Spanish saved by html2text (es_forum_r28_09) ---------------------------

@pytest.mark.parametrize("line", [
    "8 mensajes • Página 1 de 2 • 1 2 Siguiente",
    "Mostrar mensajes anteriores: Todos los mensajes 1 día 7 días 2 semanas 1 mes 3 meses 6 meses 1 año "
    "Ordenar por Autor Fecha Asunto Ascendente Descendente",
    "meses 6 meses 1 año  Ordenar por Autor Fecha Asunto  Ascendente Descendente",
])
def test_phpbb_spanish_pager_and_display_row_are_chrome(line):
    assert classify(0, line).kind != TEXT
    assert classify(0, line).count is None


def _es_post(n: int, name: str, stamp: str, paragraphs: list[str], quote: list[str] | None = None) -> list[str]:
    subject = "Bomba de calor en una casa de piedra" if n == 1 else "Re: Bomba de calor en una casa de piedra"
    lines = [f"### [{subject}](./viewtopic.php?p={n}#p{n})", "", f"[Citar](./posting.php?mode=quote&p={n})", "",
             f"por [**{name}**](./memberlist.php?mode=viewprofile&u={n}) » {stamp}", ""]
    if quote:
        lines += [f"> {q}" for q in quote] + [""]
    for p in paragraphs:
        lines += [p, ""]
    return lines + [f"[**{name}**](./memberlist.php?mode=viewprofile&u={n})", "", f"**Mensajes:** {n * 7}", "",
                    "**Registrado:** Lun 10 Mar 2025 09:40", ""]


def test_phpbb_html2text_quote_header_whose_time_wraps_to_the_next_line():
    # html2text wraps the quote header 'X escribió: ↑DATE' at 78 columns: the quoted post's clock
    # time alone on the next quote line still belongs to the header, and the quote under it goes
    page = "\n".join([
        "# Foro Casas de Pueblo", "", "# [Bomba de calor en una casa de piedra](./viewtopic.php?t=6120)", "",
        "8 mensajes • [Página **1** de **2**](javascript:void\\(0\\);) • **1** [2](./viewtopic.php?t=6120&start=6) "
        "[Siguiente](./viewtopic.php?t=6120&start=6)", "",
        *_es_post(1, "Nieves_Arbués", "Vie 04 Dic 2026 21:15", [
            "Tenemos una casa de piedra en la sierra y calentamos con una estufa de leña.",
            "Mi duda es si con estos muros, que tardan días en calentarse, la bomba va a rendir\nalgo en enero."]),
        *_es_post(2, "termotecnico_zgz", "Sáb 05 Dic 2026 09:37", [
            "Rendir, rinde. La clave con muros de mucha inercia es no apagarla nunca."],
            quote=["[Nieves_Arbués escribió: ↑](./viewtopic.php?p=1#p1)Vie 04 Dic 2026", "21:15",
                   "Mi duda es si con estos muros, que tardan días en calentarse, la bomba va a", "rendir algo en enero"]),
        *_es_post(3, "Pilarica", "Sáb 05 Dic 2026 13:05", ["+1 a lo de no apagarla."]),
        "Mostrar mensajes anteriores: Todos los mensajes 1 día 7 días 2 semanas 1 mes 3",
        "meses 6 meses 1 año  Ordenar por Autor Fecha Asunto  Ascendente Descendente", "",
        "8 mensajes • [Página **1** de **2**](javascript:void\\(0\\);) • **1** [2](./viewtopic.php?t=6120&start=6) "
        "[Siguiente](./viewtopic.php?t=6120&start=6)", "",
        "[Volver a “Calefacción y aislamiento”](./viewforum.php?f=19)", "",
    ])
    article, comments = _records(page)
    assert article["body"].startswith("Tenemos una casa")
    assert comments == [
        ("termotecnico_zgz", None, "2026-12-05T09:37", "Rendir, rinde. La clave con muros de mucha inercia es no apagarla nunca."),
        ("Pilarica", None, "2026-12-05T13:05", "+1 a lo de no apagarla."),
    ]
