"""Rounds 27b and 28 (blind forum threads, helper fixphpbb): general rules for the phpBB and
vBulletin layouts the rounds' pages showed the cleaner had not read (phpBB prosilver in Spanish
saved by html2text, phpBB's Croatian translation saved by lynx -dump, ...). Each test fails
without its rule."""
import datetime as dt

import pytest

from transforms.comment_lines import COUNT, TEXT, classify, quote_target
from transforms.document import build_records
from transforms.metadata import extract_byline
from transforms.text_dump import strip_link_numbers
from transforms.timestamps import parse_timestamp


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


# -- phpBB's Croatian translation saved by lynx -dump (hr_forum_r27b_01) ------------------------

@pytest.mark.parametrize("line", [
    "Odgovori", "Pretraži ovu temu... Traži", "Postovi: 2 047", "Pridružen/a: Sri Ožu 12, 2014 20:41",
    "Lokacija: Đakovo", "Vrh", "Ovaj post je obrisao moderator.", "Povratak na „Zimovanje i prihrana”",
    "Prijeđi na [Zimovanje i prihrana___]", "Tko je online",
    "Korisnici koji su na ovom forumu: Nema registriranih korisnika i 3 gosta",
    "Prikaži postove od prethodnih: [Svi postovi__]", "Početna ‹ Pčelarenje ‹ Zimovanje i prihrana",
    "Brze poveznice", "ČPP", "Obriši kolačiće",
])
def test_phpbb_croatian_chrome(line):
    assert classify(0, line).kind not in (TEXT, COUNT)


def test_phpbb_croatian_pager_counts_replies():
    # 'odgovora' counts replies: the declared count (a post total, '7 posts • Page 1 of 1', is none)
    assert classify(0, "4 odgovora • Stranica 1 od 1").count == 4


@pytest.mark.parametrize("stamp, expected", [
    ("Pet Pro 04, 2026 19:12", dt.datetime(2026, 12, 4, 19, 12)),
    ("Sri Ožu 12, 2014 20:41", dt.datetime(2014, 3, 12, 20, 41)),
    ("Uto Sij 20, 2009 17:02", dt.datetime(2009, 1, 20, 17, 2)),
])
def test_phpbb_croatian_date(stamp, expected):
    assert parse_timestamp(stamp) == expected


def test_phpbb_croatian_quote_header_and_numbered_byline():
    assert quote_target("Mato_Đakovo je napisao/la: ↑ Pet Pro 04, 2026 19:12") == "Mato_Đakovo"
    byline = extract_byline("Gubitak zajednica\n\n#1 Post od Mato_Đakovo » Pet Pro 04, 2026 19:12\n\n"
                            "Pozdrav svima, ovo mi je dvadeset i druga godina s pčelama.")
    assert (byline.author, byline.published_date) == ("Mato_Đakovo", dt.date(2026, 12, 4))


def test_lynx_rule_between_a_post_and_its_signature_is_kept():
    # a run of underscores between two lines of text is the rule over a signature; a form's box
    # beside its label, or under a label ending in a colon, still goes
    page = "\n".join(["   Kako je kod vas?", "   ____________________", "   38 košnica, LR, Đakovo", "",
                      "   Ime:", "   ____________________", "   Lozinka", "",
                      "   [1]Pretraži ovu temu... ____________________ [2]Traži", "",
                      "References", "", "   1. https://forum.example.hr/a", "   2. https://forum.example.hr/b"])
    assert strip_link_numbers(page).split("\n")[:8] == [
        "   Kako je kod vas?", "   ____________________", "   38 košnica, LR, Đakovo", "",
        "   Ime:", "   ", "   Lozinka", ""]


def _hr_post(n: int, number: int, name: str, stamp: str, paragraphs: list[str], box: list[str],
             quote: list[str] | None = None, signature: str | None = None) -> list[str]:
    lines = [f"   [{n}]#{number} Post od [{n + 1}]{name} » {stamp}", ""]
    if quote:
        lines += [f"     {q}" for q in quote] + [""]
    for p in paragraphs[:-1]:
        lines += [f"   {p}", ""]
    lines += [f"   {paragraphs[-1]}"]
    if signature:
        lines += ["   " + "_" * 20, f"   {signature}"]
    lines += ["", f"   [{n + 2}]{name}", *[f"   {b}" for b in box]]
    return lines + ["", f"   [{n + 3}]Vrh", ""]


def test_phpbb_croatian_lynx_thread_with_signatures_and_a_deleted_post():
    box_a = ["Postovi: 612", "Pridružen/a: Sri Ožu 12, 2014 20:41", "Lokacija: Đakovo"]
    box_b = ["Postovi: 148", "Pridružen/a: Pon Tra 03, 2023 09:15"]
    page = "\n".join([
        "   [1]Forum Pčelari Slavonije", "   Udruga pčelara osječko-baranjske županije", "",
        "   [2]Preskoči na sadržaj", "     * [3]Brze poveznice", "     * [4]Prijava", "",
        "     * [5]Početna ‹ [6]Pčelarenje ‹ [7]Zimovanje i prihrana", "", "Gubitak zajednica ove zime", "",
        "   [8]Odgovori", "   [9]Pretraži ovu temu... ____________________ [10]Traži", "   4 odgovora • Stranica 1 od 1", "",
        *_hr_post(11, 1, "Mato_Đakovo", "Pet Pro 04, 2026 19:12", [
            "Pozdrav svima,", "ovo mi je dvadeset i druga godina s pčelama i ovakvu jesen ne pamtim. Od\n"
            "   38 zajednica koje sam uzimio, kod prve kontrole u studenom njih sedam je\n   bilo prazno ili s šakom pčela. "
            "Tretirao sam oksalnom kiselinom krajem\n   kolovoza, kao i svake godine.",
            "Susjed u Levanjskoj Varoši ima isto, a kaže da je tretirao dva puta. Sumnjam\n"
            "   da je varoa postala otporna ili da je duga topla jesen produžila leglo pa\n   tretman nije uhvatio sve.",
            "Kako je kod vas? Tretirate li još jednom sad u bezlegnom razdoblju?"], box_a, signature="38 košnica, LR, Đakovo"),
        *_hr_post(20, 2, "Ivana K.", "Pet Pro 04, 2026 20:05", [
            "Da, svake godine u prosincu kapanjem oksalne, čim matica prestane nesti."], box_b,
            quote=["Mato_Đakovo je napisao/la: [25]↑ Pet Pro 04, 2026 19:12",
                   "Tretirate li još jednom sad u bezlegnom razdoblju?"]),
        *_hr_post(24, 3, "stari_pcelar", "Sub Pro 05, 2026 07:48", [
            "Nije varoa kriva za sve, zajednice su ušle u zimu slabe."], ["Postovi: 2 047", "Pridružen/a: Uto Sij 20, 2009 17:02"],
            signature="Pčelarim od 1979. - Valpovo"),
        "   Ovaj post je obrisao moderator.", "",
        *_hr_post(30, 4, "Mato_Đakovo", "Sub Pro 05, 2026 10:30", [
            "Hvala svima na odgovorima, prihranit ću ove koje su ostale."], box_a, signature="38 košnica, LR, Đakovo"),
        "   4 odgovora • Stranica 1 od 1", "", "   [40]Povratak na „Zimovanje i prihrana”", "",
        "   Tko je online", "", "References", "", "   1. https://forum.example.hr/index.php",
    ])
    article, comments = _records(page)
    assert article["body"] == ("Pozdrav svima,\n\novo mi je dvadeset i druga godina s pčelama i ovakvu jesen ne pamtim. Od "
                               "38 zajednica koje sam uzimio, kod prve kontrole u studenom njih sedam je bilo prazno ili "
                               "s šakom pčela. Tretirao sam oksalnom kiselinom krajem kolovoza, kao i svake godine.\n\n"
                               "Susjed u Levanjskoj Varoši ima isto, a kaže da je tretirao dva puta. Sumnjam da je "
                               "varoa postala otporna ili da je duga topla jesen produžila leglo pa tretman nije uhvatio sve.\n\n"
                               "Kako je kod vas? Tretirate li još jednom sad u bezlegnom razdoblju?")
    assert (article["author"], article["declared_comment_count"]) == ("Mato_Đakovo", 4)
    assert comments == [
        ("Ivana K.", None, "2026-12-04T20:05", "Da, svake godine u prosincu kapanjem oksalne, čim matica prestane nesti."),
        ("stari_pcelar", None, "2026-12-05T07:48", "Nije varoa kriva za sve, zajednice su ušle u zimu slabe."),
        ("Mato_Đakovo", None, "2026-12-05T10:30", "Hvala svima na odgovorima, prihranit ću ove koje su ostale."),
    ]


# -- phpBB 3.3's Polish translation saved by lynx -dump (pl_forum_r28_12) -----------------------

@pytest.mark.parametrize("line", [
    "Przejdź do zawartości", "Szukaj w tym temacie... Szukaj Wyszukiwanie zaawansowane", "Na górę",
    "Rejestracja: 17 sty 2011, o 21:15", "Lokalizacja: Nowy Sącz", "Powód: reklama.",
    "Wyświetl posty nie starsze niż: [Wszystkie posty] Sortuj według", "[Czas wysłania] [Rosnąco] Idź",
    "Przejdź do [Silniki diesla] Idź", "Kto jest online", "Usuń ciasteczka witryny", "Kontakt z nami",
    "Strefa czasowa: UTC+01:00", "Prywatność | Warunki",
])
def test_phpbb_polish_chrome(line):
    assert classify(0, line).kind not in (TEXT, COUNT)


def test_lynx_link_mark_after_an_empty_links_mark_goes_too():
    page = "\n".join(["   [1]Wojtek_Sz", "   [2]Cytuj", "   [3]Odpowiedz", "   [4]Forum", "   [34][36]Na górę", ""])
    assert strip_link_numbers(page).split("\n")[4] == "   Na górę"


def test_lynx_hr_under_a_post_over_its_signature_and_poster_box_is_kept():
    # the <hr> right under the post's last line, over a one-line paragraph and a poster box, is the
    # rule over the signature; the blank line lynx prints under it goes
    page = "\n".join([
        "   [1]Cytuj", "   Post autor: [2]mechanik_z_Bochni » 4 gru 2026, o 20:03", "",
        "   Sprawdź, czy na przewodach przy filtrze nie ma", "   bąbelków.", "     " + "_" * 66, "",
        "   Warsztat w Bochni od 1998. Doradzam za darmo.", "", "   [3]mechanik_z_Bochni", "   Posty: 4310",
        "   Rejestracja: 17 sty 2011, o 21:15", "", "   [4]Na górę", "", "   [5]Forum", "   [6]FAQ", ""])
    assert strip_link_numbers(page).split("\n")[5:8] == ["     " + "_" * 66, "   Warsztat w Bochni od 1998. Doradzam za darmo.", ""]


# -- vBulletin 4's Catalan translation copied from the browser (ca_forum_r27b_03) ----------------

@pytest.mark.parametrize("line", [
    "Benvingut, convidat. Inicia la sessió o registra't.", "Nom d'usuari", "Contrasenya", "Recorda'm",
    "Pàgina 1 de 2 1 2 Següent › Última »", "Eines del tema", "Membre", "Membre sènior", "Usuari nou",
    "Data d'ingrés: març 2016", "Ubicació: Prats de Lluçanès", "Missatges: 1.214", "Respon amb cita",
    "L'usuari següent ha agraït a Carme R. aquest missatge:", "« Tema anterior | Tema següent »",
    "Normes de publicació", "No pots publicar temes nous", "Totes les hores són GMT +1. Ara són les 02:18.",
    "Funciona amb vBulletin® Versió 4.2.5", "Copyright © 2026 vBulletin Solutions, Inc. Tots els drets reservats.",
    "Contacta'ns - Fòrum Muntanyencs del Lluçanès - Arxiu - Principi",
])
def test_vbulletin4_catalan_chrome(line):
    assert classify(0, line).kind not in (TEXT, COUNT)


def _ca_post(stamp: str, number: int, name: str, box: list[str], lines: list[str]) -> list[str]:
    return [f"{stamp} #{number}", name, *box, *lines, "Respon amb cita"]


def test_vbulletin4_catalan_browser_copy_thread():
    # a browser copy keeps no blank lines: the poster box, the quote 'Cita de X' and the thanks
    # line with the names under it are chrome between the posts
    box = ["Membre", "Data d'ingrés: març 2016", "Missatges: 1.214"]
    page = "\n".join([
        "Fòrum Muntanyencs del Lluçanès", "Benvingut, convidat. Inicia la sessió o registra't.", "Nom d'usuari", "Contrasenya",
        "Recorda'm", "Inicia la sessió", "Inici", "Fòrums", "Calendari", "Cerca",
        "Fòrum Muntanyencs del Lluçanès › Excursions i rutes › Refugis i cabanes", "Tanquen el refugi del Pla de la Garga tot l'hivern?",
        "Pàgina 1 de 2 1 2 Següent › Última »", "Eines del tema",
        *_ca_post("04-12-2026, 18:37", 1, "Núria_Prats", box, [
            "Tanquen el refugi del Pla de la Garga tot l'hivern?", "Bon vespre a tothom.",
            "He vist un cartell a la porta del refugi que diu que quedarà tancat fins a l'abril per obres.",
            "Si tanca, la cabana del Serrat em sembla massa petita per a catorze persones."]),
        *_ca_post("04-12-2026, 19:05", 2, "Pere Vilaró", ["Membre sènior", "Data d'ingrés: gener 2011", "Missatges: 3.870"], [
            "Sí, és cert. Ho va explicar l'Ajuntament al butlletí de novembre."]),
        *_ca_post("04-12-2026, 20:12", 3, "Carme R.", ["Membre", "Data d'ingrés: juny 2020", "Missatges: 287"], [
            "Cita de Núria_Prats", "La cabana del Serrat em sembla massa petita per a catorze persones.",
            "Ho és. Per a catorze us recomano la casa de colònies de Sant Martí."]),
        "L'usuari següent ha agraït a Carme R. aquest missatge:", "Núria_Prats",
        *_ca_post("05-12-2026, 08:44", 4, "Jaume_bcn", ["Usuari nou", "Data d'ingrés: novembre 2026", "Missatges: 4"], [
            "Quina llàstima, el Pla de la Garga és el millor refugi de la comarca."]),
        "Pàgina 1 de 2 1 2 Següent › Última »", "« Tema anterior | Tema següent »", "Normes de publicació",
        "No pots publicar temes nous", "Totes les hores són GMT +1. Ara són les 02:18.",
        "Funciona amb vBulletin® Versió 4.2.5",
    ])
    article, comments = _records(page)
    assert article["body"].startswith("Bon vespre a tothom.") and article["body"].endswith("catorze persones.")
    assert comments == [
        ("Pere Vilaró", None, "2026-12-04T19:05", "Sí, és cert. Ho va explicar l'Ajuntament al butlletí de novembre."),
        ("Carme R.", None, "2026-12-04T20:12", "Ho és. Per a catorze us recomano la casa de colònies de Sant Martí."),
        ("Jaume_bcn", None, "2026-12-05T08:44", "Quina llàstima, el Pla de la Garga és el millor refugi de la comarca."),
    ]
