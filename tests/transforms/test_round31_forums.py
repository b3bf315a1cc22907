"""Round 31 (forum threads, helper fix31a): general rules for two forum layouts the round's pages
showed the cleaner had not read: XenForo's Czech translation saved by html2text (cs_forum_r31_07)
and a Simple Machines 2.1 browser copy with a poster's name longer than a display name
(es_forum_r31_11). Each test fails without its rule."""
import datetime as dt

import pytest

from transforms.comment_lines import END, NOISE, TEXT, classify, is_badge, quote_target
from transforms.document import build_records
from transforms.metadata import extract_byline


def _records(page: str, name: str = "page.md") -> tuple[dict, list[tuple[str | None, int | None, str | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["posted_at"] and c["posted_at"].isoformat(timespec="minutes"), c["body"]) for c in comments]


# -- XenForo's Czech translation saved by html2text (cs_forum_r31_07) ---------------------------

SITE = "https://forum.podbrdsko.example"


@pytest.mark.parametrize("line", [
    f"[Líbí se]({SITE}/posts/1/react?reaction_id=1) [Odpovědět]({SITE}/threads/x.1/reply?quote=1) [Nahlásit]({SITE}/posts/1/report)",
    "> Kliknutím rozbalíte...",
    "Příspěvek smazal moderátor Honza_M. Důvod: spam",
])
def test_xenforo_czech_post_chrome_is_no_text(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Aktivní člen", "Nový člen", "Člen", "Člen týmu"])
def test_xenforo_czech_member_titles_are_badges(line):
    assert is_badge(line)


def test_xenforo_czech_guest_notice_ends_the_thread():
    line = f"Musíte se [přihlásit]({SITE}/login/) nebo [zaregistrovat]({SITE}/register/) pro odpověď."
    assert classify(0, line).kind == END


def test_xenforo_czech_quote_header_names_the_quoted_poster():
    assert quote_target("Marie Veselá řekl(a):") == "Marie Veselá"
    assert quote_target("Starosta řekl:") is None  # prose: no '(a)' of the translation


def _cs_post(n: int, name: str, title: str, stamp: str, paragraphs: list[str], quote: tuple[str, str] | None = None,
             reactions: str | None = None) -> list[str]:
    link = f"{SITE}/threads/most-horovice.5120/post-{700 + n}"
    lines = [f"[{name}]({SITE}/members/{n}/)", "", title, "", f"[{stamp}]({link}) [#{n}]({link})", ""]
    if quote:
        lines += [f"> [{quote[0]} řekl(a):]({SITE}/goto/post?id={700 + n - 1})", ">", f"> {quote[1]}", ">",
                  "> Kliknutím rozbalíte...", ""]
    for p in paragraphs:
        lines += [p, ""]
    lines += [f"[Líbí se]({SITE}/posts/{700 + n}/react?reaction_id=1) [Odpovědět]({link}/reply) "
              f"[Nahlásit]({SITE}/posts/{700 + n}/report)", ""]
    if reactions:
        lines += [f"Reakce: {reactions}", ""]
    return lines


CS_THREAD = "\n".join([
    f"[![Fórum Podbrdsko]({SITE}/styles/logo.png)]({SITE}/)", "",
    f"  * [Fóra]({SITE}/)", f"  * [Nové příspěvky]({SITE}/whats-new/)", f"  * [Členové]({SITE}/members/)",
    f"  * [Přihlásit se]({SITE}/login/)", f"  * [Registrace]({SITE}/register/)", "",
    f"[Fóra]({SITE}/) > [Region]({SITE}/#region) > [Doprava]({SITE}/forums/doprava.3/)", "",
    "# Most v Hořovicích bude od ledna zavřený", "",
    f"Diskuse v '[Doprava]({SITE}/forums/doprava.3/)' zahájil uživatel [Marie Veselá]({SITE}/members/1/), 2. 12. 2026.", "",
    *_cs_post(1, "Marie Veselá", "Aktivní člen", "2. 12. 2026 v 17:40", [
        "Na včerejší schůzi rady zaznělo, že most přes Červený potok v Hořovicích se od ledna na čtyři "
        "měsíce zavře. Objížďka povede přes Velkou Víska a autobusy pojedou o deset minut déle.",
        "Oprava bude stát devět milionů korun a většinu zaplatí kraj. Pěší lávka vedle mostu zůstane otevřená.",
    ], reactions="Petr_Z, lesnik a 2 další"),
    *_cs_post(2, "Petr_Z", "Nový člen", "2. 12. 2026 v 18:05", ["A školní autobus pojede taky objížďkou?"],
              quote=("Marie Veselá", "Objížďka povede přes Velkou Víska a autobusy pojedou o deset minut déle.")),
    "Příspěvek smazal moderátor Honza_M. Důvod: spam", "",
    *_cs_post(4, "lesnik", "Člen", "3. 12. 2026 v 7:15", ["Pojede, ale o čtvrt hodiny dřív.", "Rozpis bude na webu obce."],
              quote=("Petr_Z", "A školní autobus pojede taky objížďkou?")),
    f"Musíte se [přihlásit]({SITE}/login/) nebo [zaregistrovat]({SITE}/register/) pro odpověď.", "",
    "Sdílet:", "",
    f"[Kontaktujte nás]({SITE}/misc/contact) | [Podmínky a pravidla]({SITE}/help/terms/)", "",
    "Community platform by XenForo® © 2010-2026 XenForo Ltd.", "",
])


def test_xenforo_czech_html2text_thread():
    # the post buttons, 'Kliknutím rozbalíte...' and the member titles were read as authors, the
    # quote header as text, the deleted post's placeholder and the guest notice as posts
    article, comments = _records(CS_THREAD)
    assert article["body"].startswith("Na včerejší schůzi rady zaznělo")
    assert article["body"].endswith("Pěší lávka vedle mostu zůstane otevřená.")
    assert comments == [
        ("Petr_Z", None, "2026-12-02T18:05", "A školní autobus pojede taky objížďkou?"),
        ("lesnik", 1, "2026-12-03T07:15", "Pojede, ale o čtvrt hodiny dřív.\n\nRozpis bude na webu obce."),
    ]


def test_xenforo_czech_thread_starter_line_is_byline_not_body():
    article, _ = _records(CS_THREAD)
    assert "zahájil" not in article["body"]
    assert article["author"] == "Marie Veselá"
    assert article["published_date"] == dt.date(2026, 12, 2)


def test_xenforo_czech_forums_tab_is_no_publisher():
    # 'Fóra' (Forums) opens the menu and the breadcrumb: the logo's alt text names the site
    assert extract_byline(CS_THREAD).publisher == "Fórum Podbrdsko"


# -- Simple Machines 2.1, browser copy with a blank line after every line (es_forum_r31_11) -------

def _smf_post(n: int, name: str, rank: str, posts: int, stamp: str, paragraphs: list[str],
              quote: tuple[str, str, str] | None = None) -> list[str]:
    header = f"« Respuesta #{n} en: {stamp} »" if n else f"« en: {stamp} »"
    subject = "Re: Cierran el mercado de abastos por obras" if n else "Cierran el mercado de abastos por obras"
    lines = [name, rank, f"Mensajes: {posts}", subject, header, "Citar"]
    if quote:
        lines += [f"Cita de: {quote[0]} en {quote[1]}", quote[2]]
    return lines + paragraphs + ["En línea"]


SMF_THREAD = "\n\n".join([
    "Foro de Vecinos de Campillo", "Bienvenido(a), Visitante. Por favor, ingresa o regístrate.",
    "Inicio", "Ayuda", "Buscar", "Ingresar", "Registrarse",
    "Foro de Vecinos de Campillo » Vida municipal » Cierran el mercado de abastos por obras",
    "Páginas: [1]   Ir Abajo", "Autor Tema: Cierran el mercado de abastos por obras  (Leído 311 veces)",
    "0 Usuarios y 1 Visitante están viendo este tema.",
    *_smf_post(0, "Maribel_C", "Sr. Member", 512, "03 Diciembre 2026, 18:02:11", [
        "El ayuntamiento ha aprobado cerrar el mercado de abastos desde febrero hasta el verano para cambiar "
        "la cubierta y las instalaciones eléctricas, que son de los años setenta.",
        "Los puestos se irán a unas carpas en la plaza de la Iglesia mientras duren las obras, y el "
        "aparcamiento de la plaza se cierra esos meses.",
    ]),
    *_smf_post(1, "Chema", "Jr. Member", 61, "03 Diciembre 2026, 19:10:40", [
        "¿Y la carnicería de Luisa también se va a la carpa? Con el frío que hace allí en febrero.",
    ]),
    *_smf_post(2, "una vecina de la calle del Horno de siempre", "Full Member", 140, "04 Diciembre 2026, 09:12:30", [
        "Sí, van todos. Lo dijeron en el pleno.",
    ], quote=("Chema", "03 Diciembre 2026, 19:10:40", "¿Y la carnicería de Luisa también se va a la carpa?")),
    *_smf_post(3, "Rafa M.", "Jr. Member", 33, "04 Diciembre 2026, 10:20:05", ["Ya era hora de arreglarlo."]),
    "Páginas: [1]   Ir Arriba", "Ir a:", "SMF 2.1.4 © 2023, Simple Machines", "",
])


def test_smf_poster_box_makes_a_long_name_the_author():
    # 'una vecina de la calle del Horno de siempre' over 'Full Member' / 'Mensajes: 140': a
    # name over a poster box, not the end of the signature under the post above ('En línea')
    # nor a line of that post's words
    article, comments = _records(SMF_THREAD, "page.txt")
    assert article["body"].startswith("El ayuntamiento ha aprobado")
    assert comments == [
        ("Chema", None, "2026-12-03T19:10", "¿Y la carnicería de Luisa también se va a la carpa? Con el frío que hace allí en febrero."),
        ("una vecina de la calle del Horno de siempre", 1, "2026-12-04T09:12", "Sí, van todos. Lo dijeron en el pleno."),
        ("Rafa M.", None, "2026-12-04T10:20", "Ya era hora de arreglarlo."),
    ]


def test_smf_poster_box_without_blank_lines():
    article, comments = _records(SMF_THREAD.replace("\n\n", "\n"), "page.txt")
    assert [c[0] for c in comments] == ["Chema", "una vecina de la calle del Horno de siempre", "Rafa M."]


# -- XenForo's German 'Click to expand' with four dots (benchmarks/eval_forums.py xenforo_md) -------

@pytest.mark.parametrize("line", ["Zum Erweitern anklicken....", "> Zum Erweitern anklicken...."])
def test_xenforo_german_quote_end_with_four_dots(line):
    assert classify(0, line).kind == NOISE
