"""Round 26a (blind forum threads in thinner languages, helper fix26a): general rules for the
layouts the round's pages showed the cleaner had not read (phpBB's Hungarian translation saved by
lynx -dump, ...). Each test fails without its rule."""
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
