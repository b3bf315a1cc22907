"""Round 13d: widget chrome, author lines and body boilerplate in Turkish, Swedish, Polish, Dutch and
Brazilian Portuguese, a like/dislike row with bare counts, phpBB's reply button and jump menu."""
import datetime as dt
import json
import textwrap

import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import COUNT, NOISE, classify
from transforms.comment_names import clean_name
from transforms.comments import split_comment_section
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.lines import plain_line
from transforms.metadata import extract_byline
from transforms.readers import parse_file
from transforms.timestamps import is_timestamp

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


@pytest.mark.parametrize("line, kind", [
    ("Participe da discussão…", "widget"),  # Brazilian Disqus
    ("FAZER LOGIN COM", "widget"),
    ("Não venda meus dados", "widget"),
    ("Melhores  Mais recentes  Mais antigos", "widget"),  # sort tabs as one row
    ("Najlepsze · Najnowsze · Najstarsze", "widget"),
    ("Me gusta 14 · No me gusta 2 · Responder · Denunciar", NOISE),  # counts without brackets
    ("Mi piace 3 · Non mi piace 0 · Rispondi", NOISE),
    ("Bekijk nog 3 antwoorden", NOISE),  # replies not shown
    ("Visa 2 svar", NOISE),
    ("Studeerde aan Hogeschool Rivierland", NOISE),  # Dutch Facebook badge
    ("Antwort erstellen", NOISE),  # phpBB's reply button and jump menu
    ("Gehe zu", NOISE),
    ("Ad *", "form"),  # Turkish WordPress form
    ("E-posta adresiniz yayınlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir", "form"),
    ("Me gusta el pan de pueblo.", "text"),  # prose stays
])
def test_chrome_lines(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, count", [
    ("“Bozcaada’da yaz öncesi su alarmı” için 6 yorum", 6),  # the post named before the count
    ("12 yorum", 12),
])
def test_turkish_count_headers(line, count):
    found = classify(0, line)
    assert (found.kind, found.count) == (COUNT, count)


def test_turkish_wordpress_thread_with_a_role_badge_in_brackets():
    thread = (PROSE + "\n\n“Su alarmı” için 3 yorum\n\n"
              "Mehmet Yılmaz dedi ki:\n2 Aralık 2026, 21:14\nİki yıldır aynı haberi okuyoruz.\nYanıtla\n\n"
              "Selin Aksoy (Yazı yazarı) dedi ki:\n3 Aralık 2026, 09:30\nŞartnameyi biz de inceledik.\nYanıtla\n\n"
              "Ayşe T. dedi ki:\n3 Aralık 2026, 10:12\nBizim sokakta dört gün su yoktu.\nYanıtla\n\n"
              "Bir yanıt yazın\nYorum *\nAd *\nE-posta *\nİnternet sitesi\nYorum gönder\n")
    article, section = split_comment_section(thread)
    assert article.strip() == PROSE.strip()
    assert section.declared_count == 3
    assert [(c.author, c.body) for c in section.comments] == [
        ("Mehmet Yılmaz", "İki yıldır aynı haberi okuyoruz."),
        ("Selin Aksoy", "Şartnameyi biz de inceledik."),
        ("Ayşe T.", "Bizim sokakta dört gün su yoktu.")]


@pytest.mark.parametrize("line, name", [
    ("Selin Aksoy (Yazı yazarı)", "Selin Aksoy"),
    ("Marisol Vega (Post author)", "Marisol Vega"),
    ("Lena Holm (Norrvik)", "Lena Holm"),  # a place, as before
])
def test_role_badge_in_brackets_after_a_name(line, name):
    assert clean_name(line) == name


@pytest.mark.parametrize("line", ["igår 22.47", "i dag kl. 08.15", "dün 21:14"])
def test_nordic_and_turkish_day_word_with_a_time_is_a_timestamp(line):
    assert is_timestamp(line)


def test_short_swedish_comment_under_a_day_word_time():
    thread = (PROSE + "\n\nKommentarer (2)\n\n"
              "M.L.\n3 december 2026 kl. 09.15\nTvå år utan simhall är för länge.\nGilla (21)  Svara  Anmäl\n\n"
              "Bengt-Åke\nigår 22.47\nTypiskt.\nGilla (1)  Svara  Anmäl\n")
    _, section = split_comment_section(thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("M.L.", "Två år utan simhall är för länge."), ("Bengt-Åke", "Typiskt.")]


@pytest.mark.parametrize("chrome", [
    "Bunu paylaş:\n\nBunu beğen:\n\nBeğen Yükleniyor...",  # Jetpack in Turkish
    "**Udostępnij:** [Facebook](https://x.example/s) · [X](https://x.example/t) · [Kopiuj link](#)",
    "*Adaya su getiren tankerler yazın iskelede sıraya giriyor. (Fotoğraf: Ada Postası arşivi)*",
    "*Tymczasowa pętla autobusowa przy ul. Wiosennej. Fot. Tomasz Wilczek*",
    "Vi använder kakor (cookies) för att webbplatsen ska fungera och för att analysera trafiken.\n"
    "Godkänn alla  Endast nödvändiga  Inställningar",
    "Få det viktigaste från Norrvik direkt i mejlen – prenumerera på vårt nyhetsbrev!\nDin e-postadress\nPrenumerera",
])
def test_boilerplate_in_more_languages_is_not_article(chrome):
    second = "Udostępnij: the word also opens this sentence, which is prose and stays with the article."
    body = clean_body(f"{PROSE}\n\n{chrome}\n\n{second}")
    assert body.split("\n\n") == [PROSE.strip(), second]


def test_widget_line_one_prose_paragraph_above_the_thread_does_not_start_it():
    last = ("The savings will go toward a food-scrap pilot in three neighborhoods next summer, the director said, "
            "and the county site on Mill Road takes glass on Saturdays.")
    record = "\n".join([
        PROSE.strip(), "Sign up for The Morning Line, our free daily newsletter.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.", last,
        "Conversation", "12 Comments", "Log in | Sign up", "Marge Holloway", "7h",
        "Nobody is going to drive twenty miles with their jars.", "Reply", "Share",
        "kevin_b", "6h", "The county site is only open Saturdays.", "Reply", "Share"])
    article, section = split_comment_section(record)
    assert last in article
    assert [c.author for c in section.comments] == ["Marge Holloway", "kevin_b"]


def test_show_more_replies_closes_the_announced_reply_group():
    thread = "\n".join([
        PROSE.strip(), "", "Conversation", "43 Comments", "Sort by Best",
        "Marge Holloway", "7h", "Nobody is going to drive twenty miles with their jars.", "Reply", "Share", "3 replies",
        "kevin_b", "6h", "And the county site is only open Saturdays.", "Reply", "Share", "Show 2 more replies",
        "D.T.", "6h", "The mayor is right about the numbers.", "Reply", "Share",
        "lakeside_lou", "4h", "Good riddance.", "Reply", "Share"])
    _, section = split_comment_section(thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Marge Holloway", None), ("kevin_b", 1), ("D.T.", None), ("lakeside_lou", None)]


@pytest.mark.parametrize("dek, kept", [
    ("*Construction was due to start in spring, but the tender was cancelled.*", False),  # italic dek
    ("Construction was due to start in spring, but the tender was cancelled.", True),  # upright: article
])
def test_italic_standfirst_under_the_byline_is_header(dek, kept):
    text = f"# Tram line delayed to 2029\n\nBy Tomas Wilk · December 3, 2026\n\n{dek}\n\n{PROSE}"
    assert (dek.strip("*") in clean_body(text)) is kept


_POST = ("Moin zusammen, ab März ist das Übernachten auf dem Parkplatz Seewiese verboten, tagsüber darf man "
         "weiter parken, nachts nur noch mit dem Pkw. Begründet wird das mit Beschwerden der Anwohner über "
         "Generatoren und zugeparkte Zufahrten im letzten Sommer. Wie seht ihr das?")


def _phpbb(signature: str, top: str) -> str:
    def post(name: str, time: str, text: str, signed: bool) -> list[str]:
        return ([f"### [Re: Parkplatz Seewiese](#p{len(name)})", f"**Beitrag** von [{name}](u/{len(name)}) » {time}", text]
                + ([signature] if signed else []) + [top, f"**{name}**\nBeiträge: 412\nRegistriert: Di 3. Mai 2022, 08:30"])
    return "\n\n".join(
        ["# Parkplatz Seewiese", "7 Beiträge • Seite 1 von 1", "**Beitrag** von [Womo-Karl](u/1) » Mi 3. Dez 2026, 19:42",
         _POST, signature, top, "**Womo-Karl**\nBeiträge: 1843\nRegistriert: So 12. Apr 2015, 10:11"]
        + post("Heidi aus Ulm", "Mi 3. Dez 2026, 20:15", "Kann ich verstehen, nachts lief dort ein Generator.", False)
        + post("ducato_fan", "Mi 3. Dez 2026, 21:02", "Wasserburg hat einen kleinen Platz am Sportgelände.", False)
        + post("Thomas_K", "Mi 3. Dez 2026, 22:17", "Genau so ist es.", True))


def test_italic_signature_above_a_posts_top_link_is_dropped():
    article, section = split_comment_section(_phpbb("*Unterwegs mit Knaus und Hund Bruno*", "[Nach oben](#wrap)"))
    assert "Bruno" not in article and _POST in article
    assert [(c.author, c.body) for c in section.comments] == [
        ("Heidi aus Ulm", "Kann ich verstehen, nachts lief dort ein Generator."),
        ("ducato_fan", "Wasserburg hat einen kleinen Platz am Sportgelände."), ("Thomas_K", "Genau so ist es.")]


def test_italic_last_line_without_a_top_link_stays_post_text():
    _, section = split_comment_section(_phpbb("*Gute Fahrt euch allen!*", "[Zitieren](#q)"))
    assert "Gute Fahrt euch allen!" in section.comments[-1].body



@pytest.mark.parametrize("text, author, date, publisher", [
    ("# Su alarmı\n\nSelin Aksoy tarafından 2 Aralık 2026 tarihinde yayınlandı | Haberler\n\n" + PROSE,
     "Selin Aksoy", dt.date(2026, 12, 2), None),  # Turkish: the author first, the date before 'tarihinde'
    ("Simhallen stänger\n\nErik Lundqvist\nerik.lundqvist@norrviksposten.se\nPublicerad 3 december 2026 kl. 07.15\n\n"
     + PROSE, "Erik Lundqvist", dt.date(2026, 12, 3), None),  # the reporter's address between name and date
    (PROSE + "\n\n© 2026 Gazeta Jarowska Sp. z o.o. Wszelkie prawa zastrzeżone.", None, None, "Gazeta Jarowska"),
])
def test_bylines_and_footers_of_round_13d(text, author, date, publisher):
    byline = extract_byline(text)
    assert (byline.author, byline.published_date, byline.publisher) == (author, date, publisher)


@pytest.mark.parametrize("fields, publisher", [
    ({"site": "The Kettle Creek Ledger"}, "The Kettle Creek Ledger"),  # a Scrapy item's outlet name
    ({"source_domain": "www.harborlinepost.com"}, "Harbor Line Post"),  # the page spells out the domain
    ({"source_domain": "www.otherpaper.com"}, "otherpaper.com"),  # a different name: the record's field stands
])
def test_record_publisher_from_its_fields_or_the_name_the_page_spells(fields, publisher):
    record = {"title": "Glass pickup ends", "body": PROSE + "\n\n© 2026 Harbor Line Post. All rights reserved.", **fields}
    [doc] = parse_file("items.jsonl", json.dumps(record).encode())
    assert doc.publisher == publisher


_PARAGRAPH = ("The pilot would run for two years in the three neighbourhoods, with collection every week in "
              "summer and every second week in winter, the council said in its report on Tuesday. Residents who "
              "already compost at home would be able to opt out of the scheme and keep their old bins, and the "
              "city would publish the first figures after six months.")
_WRAP = textwrap.TextWrapper(72, break_long_words=False, break_on_hyphens=False)  # as html2text or lynx


def _wrapped(text: str) -> str:
    return "\n".join("\n".join(_WRAP.wrap(line)) if len(line) > 72 else line for line in text.split("\n"))


@pytest.mark.parametrize("line", [
    # an indented block's continuation lines lose their indentation (a lazy continuation in markdown)
    "   İki yıldır aynı haberi okuyoruz. Tek teklif geldiyse şartnamede bir sorun var demektir, bunu da kimse sormuyor.",
    # ... or their quote marker
    "> Kennt jemand Alternativen direkt am See, die nicht gleich 40 Euro oder mehr pro Nacht kosten?",
    # a heading runs on into a lower-case word
    "## “Bozcaada’da yaz öncesi su alarmı: Sarnıç projesi yine ertelendi” için 6 yorum",
])
def test_wrapped_continuations_are_joined(line):
    assert line in unwrap_hard_breaks(_wrapped(f"{_PARAGRAPH}\n\n{line}\n\n{_PARAGRAPH}")).split("\n")


def test_quote_header_does_not_run_on_into_the_quote():
    block = "> **Womo-Karl hat geschrieben:** [↑](#p402117) Mi 3. Dez 2026, 19:42\n> Kennt jemand Alternativen?"
    assert block in unwrap_hard_breaks(_wrapped(f"{_PARAGRAPH}\n\n{block}\n\n{_PARAGRAPH}"))


@pytest.mark.parametrize("line, plain", [
    ("*Dieser Beitrag wurde von Mod_Bernd am Mi 3. Dez 2026, 21:30 gelöscht.", "Dieser Beitrag wurde von Mod_Bernd am Mi 3. Dez 2026, 21:30 gelöscht."),
    ("Grund: Werbung.*", "Grund: Werbung."),  # the two halves of an emphasis a wrapper broke
    ("Name*", "Name*"),  # a required field keeps its star
    ("*Gute Fahrt!*", "Gute Fahrt!"),
])
def test_half_of_a_broken_emphasis_is_no_text(line, plain):
    assert plain_line(line) == plain
