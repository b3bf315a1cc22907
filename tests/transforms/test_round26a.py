"""Round 26a (blind forum threads in thinner languages, helper fix26a): general rules for the
layouts the round's pages showed the cleaner had not read (phpBB's Hungarian translation saved by
lynx -dump, ...). Each test fails without its rule."""
import datetime as dt
import json

import pytest

from transforms.comment_lines import COUNT, TEXT, TIME, classify, quote_target
from transforms.document import build_records
from transforms.metadata import extract_byline
from transforms.text_dump import drop_image_placeholders, strip_link_numbers, unbox_tables
from transforms.timestamps import parse_timestamp


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["posted_at"] and c["posted_at"].isoformat(timespec="minutes"), c["body"]) for c in comments]


# -- phpBB's Hungarian translation (hu_forum_r26a_01) -----------------------------------------

@pytest.mark.parametrize("line", [
    "Válasz küldése", "Keresés ebben a témában… Keresés", "7 hozzászólás • 1. oldal (összesen 1)", "Idézet",
    "Hozzászólások: 412", "Csatlakozott: 2019. márc. 2., szomb. 10:14", "Tartózkodási hely: Eger", "Moderátor",
    "Vissza a tetejére", "Vissza: Gyümölcsös", "Ugrás", "Ki van itt",
    "A fórumot böngésző felhasználók: nincs regisztrált felhasználó és 4 vendég", "Időzóna: UTC+01:00",
    "A fórum által használt sütik törlése", "Magyar fordítás © Magyar phpBB Közösség",
    "Legutóbb módosította: Tóth Gizella 2026. dec. 3., csüt. 20:11-kor, összesen 1 alkalommal.",
])
def test_phpbb_hungarian_chrome(line):
    assert classify(0, line).kind not in (TEXT, COUNT)


@pytest.mark.parametrize("line", ["7 hozzászólás • 1. oldal (összesen 1)", "Hozzászólások: 412"])
def test_phpbb_hungarian_post_totals_are_no_comment_count(line):
    # the pager's post total and the poster box's post count; the count header stays a count
    assert classify(0, line).count is None
    assert classify(0, "Hozzászólások (4)").count == 4


@pytest.mark.parametrize("stamp, expected", [
    ("2026. dec. 3., csüt. 18:47", dt.datetime(2026, 12, 3, 18, 47)),
    ("2019. márc. 2., szomb. 10:14", dt.datetime(2019, 3, 2, 10, 14)),
    ("2011. jan. 4., kedd 12:00", dt.datetime(2011, 1, 4, 12, 0)),
])
def test_phpbb_hungarian_date(stamp, expected):
    assert parse_timestamp(stamp) == expected


def test_phpbb_hungarian_quote_header_and_byline():
    assert quote_target("Tóth Gizella írta: ↑ 2026. dec. 3., csüt. 18:47") == "Tóth Gizella"
    byline = extract_byline("Elfagytak a fügék\n\nHozzászólás Szerző: Tóth Gizella » 2026. dec. 3., csüt. 18:47\n\n"
                            "A múlt heti mínusz kilenc fokos éjszaka után a fügefám levelei megfeketedtek.")
    assert (byline.author, byline.published_date) == ("Tóth Gizella", dt.date(2026, 12, 3))


def test_lynx_feed_titles_line_keeps_its_titles_apart():
    page = "   #[1]Egri Kertbarát Fórum [2]Egri Kertbarát Fórum - Gyümölcsös\n\n" + "\n".join(
        f"   [{n}]Link {n}" for n in range(3, 9)) + "\n"
    assert strip_link_numbers(page).split("\n")[0] == "   #Egri Kertbarát Fórum · Egri Kertbarát Fórum - Gyümölcsös"


def _hu_post(n: int, name: str, stamp: str, paragraphs: list[str], box: list[str], quote: list[str] | None = None,
             signature: str | None = None) -> list[str]:
    lines = [f"   [{n}]Re: Fagyott fügék", "", f"   [{n + 1}]Idézet", "",
             f"   Hozzászólás Szerző: [{n + 2}]{name} » {stamp}", ""]
    if quote:
        lines += [f"     {q}" for q in quote] + [""]
    for p in paragraphs:
        lines += [f"   {p}", ""]
    lines += [f"   [{n + 3}]{name}", *[f"   {b}" for b in box]]
    if signature:
        lines += ["   " + "_" * 62, "", f"   {signature}"]
    return lines + ["", f"   [{n + 4}]Vissza a tetejére", ""]


def test_phpbb_hungarian_lynx_thread_with_a_trimmed_quote_and_a_signature_under_the_poster_box():
    # lynx indents the quote deeper than the reply: the whole block is the quote even where the
    # poster trimmed the quoted sentence; the <hr> under the poster box heads the signature
    box_a = ["Hozzászólások: 412", "Csatlakozott: 2019. márc. 2., szomb. 10:14", "Tartózkodási hely: Eger"]
    box_b = ["Hozzászólások: 1873", "Csatlakozott: 2014. jún. 11., szer. 21:02", "Tartózkodási hely: Felsőtárkány"]
    page = "\n".join([
        "   [1]Kertbarát Fórum", "", "Fagyott fügék", "", "   7 hozzászólás • 1. oldal (összesen 1)", "",
        *_hu_post(10, "Tóth Gizella", "2026. dec. 3., csüt. 18:47", [
            "A múlt heti mínusz kilenc fokos éjszaka után a két fügefám levelei egy nap alatt megfeketedtek.",
            "Most levágjam tőből a fagyott részeket, vagy várjak tavaszig, amíg kiderül, mi hajt ki?"], box_a),
        *_hu_post(20, "Kovács Bálint", "2026. dec. 3., csüt. 19:20", [
            "Semmiképp ne vágd most! A fagyott vessző is véd valamennyit a tő körül."], box_b,
            quote=["Tóth Gizella írta: [25]↑ 2026. dec. 3., csüt. 18:47",
                   "Most levágjam tőből a fagyott részeket, vagy várjak tavaszig?"],
            signature="Aki fát ültet, az hisz a jövőben."),
        *_hu_post(30, "Tóth Gizella", "2026. dec. 3., csüt. 20:04", [
            "Köszönöm! Szalma van a pajtában, holnap délelőtt be is takarom mindkettőt."], box_a),
        *_hu_post(40, "Kovács Bálint", "2026. dec. 3., csüt. 20:26", [
            "@Tóth Gizella a fátyol nem árt, de a hat éves fa a kerítés mellett ennél jobban bírja."], box_b,
            signature="Aki fát ültet, az hisz a jövőben."),
        "   7 hozzászólás • 1. oldal (összesen 1)", "", "   [50]Válasz küldése", "",
        "References", "", "   1. https://forum.example.hu/index.php",
    ])
    article, comments = _records(page)
    assert article["body"].startswith("A múlt heti") and article["body"].endswith("mi hajt ki?")
    assert article["declared_comment_count"] is None
    assert comments == [
        ("Kovács Bálint", None, "2026-12-03T19:20", "Semmiképp ne vágd most! A fagyott vessző is véd valamennyit a tő körül."),
        ("Tóth Gizella", None, "2026-12-03T20:04", "Köszönöm! Szalma van a pajtában, holnap délelőtt be is takarom mindkettőt."),
        ("Kovács Bálint", 2, "2026-12-03T20:26", "@Tóth Gizella a fátyol nem árt, de a hat éves fa a kerítés mellett ennél jobban bírja."),
    ]


# -- vBulletin 4's Slovak translation saved by w3m -dump (sk_forum_r26a_03) ----------------------

@pytest.mark.parametrize("line", [
    "Výsledky 1 až 7 z 7", "Nástroje témy Zobrazenie", "Citácia:", "Odpovedať s citáciou", "Stály člen", "Začiatočník",
    "Registrovaný: 09.2016", "Bydlisko: Košice", "Príspevky: 1 214", "Avatar pre Marek_Hudák",
    "Naposledy upravil Marek_Hudák; 03.12.2026 o 20:24.", "« Predchádzajúca téma | Nasledujúca téma »",
    "Pravidlá písania", "Nemôžete zakladať nové témy", "Všetky časy sú GMT +1. Teraz je 02:14.",
    "Registrácia Pomoc Užívatelia Kalendár Dnešné príspevky Hľadať",
])
def test_vbulletin4_slovak_chrome(line):
    assert classify(0, line).kind not in (TEXT, COUNT)


def test_w3m_table_box_is_reduced_to_its_lines():
    box = "\n".join(["Citácia:", "┌" + "─" * 30 + "┐", "│Pôvodne odoslal Marek_Hudák [Zobraziť príspevok]│",
                     "│Vraj kvôli pytliakom.          │", "└" + "─" * 30 + "┘", "To je pravda."])
    assert unbox_tables(box) == ("Citácia:\nPôvodne odoslal Marek_Hudák [Zobraziť príspevok]\nVraj kvôli pytliakom.\n\n"
                                 "To je pravda.")


def test_w3m_logo_placeholder_leaves_the_masthead_line():
    assert drop_image_placeholders("[logo] Rybárske fórum Východ\n\n[image]\nText") == "Rybárske fórum Východ\n\n\nText"
    # a markdown link whose text is a placeholder word stays whole (Disqus's avatar link)
    assert drop_image_placeholders("[avatar](https://disqus.com/by/anna/) Anna") == "[avatar](https://disqus.com/by/anna/) Anna"


def test_vbulletin4_slovak_quote_header_names_the_poster():
    assert quote_target("Pôvodne odoslal Marek_Hudák [Zobraziť príspevok]") == "Marek_Hudák"


def _sk_post(stamp: str, number: int, name: str, rank: str, paragraphs: list[str], quote: tuple[str, str] | None = None) -> list[str]:
    lines = ["━" * 78, f"{stamp}{' ' * 50}#{number}", "", f"{name} [{name} je offline]", rank, f"[Avatar pre {name}]", "",
             "Registrovaný: 09.2016", "Príspevky: 1 214", ""]
    if quote:
        lines += ["Citácia:", "┌" + "─" * 74 + "┐", f"│Pôvodne odoslal {quote[0]} [Zobraziť príspevok]".ljust(75) + "│",
                  f"│{quote[1]}".ljust(75) + "│", "└" + "─" * 74 + "┘"]
    for p in paragraphs:
        lines += [p, ""]
    return lines + ["[Odpovedať s citáciou]"]


def test_vbulletin4_slovak_w3m_thread():
    # the poster's name with the status image's alt text on its line, the rank and the avatar's
    # alt text under it, the quote in a box w3m draws, the reply right under the box
    page = "\n".join([
        "[logo] Rybárske fórum Východ", "", "Rybárske fórum Východ > Fóra > Nádrže", "", "Meno  [                    ] [ ] Zapamätať?", "Heslo [                    ] [Prihlásiť]",
        "", "Téma: Zákaz nočného lovu na Ružíne?", "", "Výsledky 1 až 3 z 3", "Nástroje témy   Zobrazenie", "",
        *_sk_post("03.12.2026, 18:32", 1, "Marek_Hudák", "Stály člen", [
            "Zákaz nočného lovu na Ružíne?",
            "Kamarát mi vravel, že zväz od januára zakáže na Ružíne lov v noci. Vraj kvôli pytliakom, ktorí tam chodili so sieťami."]),
        *_sk_post("03.12.2026, 19:05", 2, "Ondrej Lacko", "Člen", [
            "Zatiaľ je to len návrh. Rada zväzu o tom má hlasovať 12. decembra."]),
        *_sk_post("03.12.2026, 19:41", 3, "Zuzana Petríková", "Začiatočník", [
            "Ale kvôli pár zlodejom trestať všetkých je hlúposť. Stačilo by viac kontrol."],
            quote=("Ondrej Lacko", "Rada zväzu o tom má hlasovať 12. decembra")),
        "━" * 78, "", "« Predchádzajúca téma | Nasledujúca téma »", "", "Powered by vBulletin® Verzia 4.2.5",
    ])
    article, comments = _records(page)
    assert (article["title"], article["author"], article["publisher"]) == (
        "Zákaz nočného lovu na Ružíne?", "Marek_Hudák", "Rybárske fórum Východ")
    assert article["body"].startswith("Kamarát mi vravel") and article["body"].endswith("so sieťami.")
    assert comments == [
        ("Ondrej Lacko", None, "2026-12-03T19:05", "Zatiaľ je to len návrh. Rada zväzu o tom má hlasovať 12. decembra."),
        ("Zuzana Petríková", 1, "2026-12-03T19:41", "Ale kvôli pár zlodejom trestať všetkých je hlúposť. Stačilo by viac kontrol."),
    ]


# -- XenForo's Norwegian translation in a crawler's .jsonl record (no_forum_r26a_04) -------------

@pytest.mark.parametrize("line", [
    "Trådstarter Sivert_H", "Startdato torsdag kl. 18:40", "torsdag kl. 19:02", "Reaksjoner: Sivert_H, Ole Martin Rye og 2 andre",
    "Sitat", "Sist redigert: torsdag kl. 19:34", "Du må logge inn eller registrere deg for å svare her.", "Svar: 12",
    "Forumprogramvare av XenForo® © 2010-2026 XenForo Ltd.",
])
def test_xenforo_norwegian_chrome(line):
    assert classify(0, line).kind not in (TEXT, COUNT)


def test_nordic_weekday_and_clock_time_is_a_relative_time():
    assert classify(0, "fredag kl. 08:20").kind == TIME and parse_timestamp("fredag kl. 08:20") is None


def test_xenforo_norwegian_quote_header_names_the_poster():
    assert quote_target("Sivert_H sa:") == "Sivert_H"


def _no_post(name: str, rank: str, stamp: str, number: int, paragraphs: list[str], quote: tuple[str, str] | None = None) -> list[str]:
    quoted = [f"{quote[0]} sa:", quote[1], "Klikk for å utvide..."] if quote else []
    return [name, rank, stamp, f"#{number}", *quoted, "\n\n".join(paragraphs), "",
            "Reaksjoner: Kari_N og Trond Vik", "Svar", "Rapporter", "Liker", "Sitat", ""]


def test_xenforo_norwegian_jsonl_record():
    text = "\n".join([
        "Meny", "Logg inn", "Forum", "Dekk og felger", "Piggdekkgebyret dobles – lønner det seg med piggfritt nå?",
        "Trådstarter Sivert_H", "Startdato torsdag kl. 18:40", "",
        *_no_post("Sivert_H", "Medlem", "torsdag kl. 18:40", 1, [
            "Kommunen har vedtatt at piggdekkgebyret for personbil går fra 1 200 til 2 400 kroner for hele sesongen.",
            "Jeg har et sett piggdekk fra 2023 med 9 mm igjen. Kjøper jeg piggfritt nå, eller betaler jeg gebyret?"]),
        *_no_post("Kari_N", "Moderator", "torsdag kl. 19:02", 2, ["På Byåsen ville jeg beholdt piggene, 2 400 kroner er billigere enn en bulk."]),
        *_no_post("Ole Martin Rye", "Medlem", "torsdag kl. 19:30", 3, ["9 mm er nesten nytt. Kjør dem ut."],
                  quote=("Kari_N", "På Byåsen ville jeg beholdt piggene")),
        "Du må logge inn eller registrere deg for å svare her.", "", "Lignende tråder", "Vinterdekk til elbil?",
        "Startet av Mia.Lund", "Svar: 38",
    ])
    record = {"url": "https://www.bilforum.example.no/threads/piggdekk.48812/",
              "title": "Piggdekkgebyret dobles – lønner det seg med piggfritt nå? | Bilforum Midt",
              "site": "Bilforum Midt", "published": "2026-12-03T18:40:00+01:00", "text": text}
    article, comments = _records(json.dumps(record, ensure_ascii=False), "page.jsonl")
    assert article["title"] == "Piggdekkgebyret dobles – lønner det seg med piggfritt nå?"
    assert article["body"].startswith("Kommunen har vedtatt") and article["body"].endswith("betaler jeg gebyret?")
    assert comments == [
        ("Kari_N", None, None, "På Byåsen ville jeg beholdt piggene, 2 400 kroner er billigere enn en bulk."),
        ("Ole Martin Rye", 1, None, "9 mm er nesten nytt. Kjør dem ut."),
    ]
