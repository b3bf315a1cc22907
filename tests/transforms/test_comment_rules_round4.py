"""Round 4 comment rules: eight more languages (sv/da/no/fi/cs/ro/hu/tr) and @handle replies.
One small case per rule entry of rules/comment_widgets.json and timestamps.json added in round 4."""
from datetime import datetime

import pytest

from transforms import rules
from transforms.comment_lines import (
    ANCHOR, COUNT, END, FORM, NOISE, NOTICE, TIME, WIDGET, classify, explicit_author, quote_target,
)
from transforms.comments import split_comment_block
from transforms.timestamps import is_timestamp, parse_timestamp


@pytest.mark.parametrize("line, count", [
    ("Innlegg fra lesere (3)", 3),  # generic.count.nordic
    ("4 kommentarer", 4),
    ("Kommentteja 4", 4),  # generic.count.fi
    ("Diskuse (4)", 4),  # generic.count.cs
    ("3 gânduri despre „Clujul introduce taxă”", 3),  # generic.count.ro
    ("4 hozzászólás", 4),  # generic.count.hu
    ("12 yorum", 12),  # generic.count.tr
])
def test_count_headers(line, count):
    got = classify(0, line)
    assert (got.kind, got.count) == (COUNT, count)


@pytest.mark.parametrize("line, kind", [
    ("Lasă un răspuns", ANCHOR),  # generic.anchor.north_east
    ("Skriv ditt innlegg", ANCHOR),
    ("Delta i diskussionen…", WIDGET),  # generic.widget.nordic
    ("Sortér efter Ældste", WIDGET),
    ("Lajittele: Uusimmat", WIDGET),  # generic.widget.fi
    ("Řadit: Nejnovější | Nejstarší", WIDGET),  # generic.widget.cs
    ("Sortează după: cele mai noi", WIDGET),  # generic.widget.ro
    ("Inline visszajelzések", WIDGET),  # wpdiscuz.widget.hu
    ("Ana Sayfa › Forumlar › Elektrikli Araçlar", WIDGET),  # generic.widget.tr
    ("Husk å holde en saklig tone. Innlegg som bryter reglene våre, blir fjernet.", WIDGET),  # policy
    ("Publică comentariul", FORM),  # wordpress.form.north_east
    ("Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *", FORM),
    ("Odpovědět | Nahlásit | 👍 14 👎 2", NOISE),  # generic.noise.north_east
    ("Vastaa · 👍 12 · Ilmoita", NOISE),
    ("Svar · Rapporter · Liker (8)", NOISE),
    ("Den här kommentaren har tagits bort.", NOISE),  # generic.noise.thread_north_east
    ("Příspěvek byl smazán moderátorem.", NOISE),
    ("Topfan", NOISE),
    ("Tanınmış Üye", NOISE),
    ("OCKSÅ PÅ VÄSTKUSTENS TIDNING", END),  # generic.end.north_east
    ("Facebook-kommentarplugin", END),
    ("Benzer konular", END),
    ("Cevap yazmak için giriş yapmalı veya kayıt olmalısınız.", NOTICE),  # generic.end_notice.north_east
    ("Pro vstup do diskuse se musíte přihlásit.", NOTICE),
])
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


def test_romanian_says_author_line():  # wordpress.author.north_east
    assert explicit_author("Mihai Rus spune:").name == "Mihai Rus"


@pytest.mark.parametrize("line, name", [
    ("Svar til Kari Nordmann", "Kari Nordmann"),  # generic.reply.north_east
    ("Válasz  Szabó Gábor", "Szabó Gábor"),
    ("Mert Aydın dedi ki:", "Mert Aydın"),  # forum.reply.quote_north_east
])
def test_reply_markers(line, name):
    assert quote_target(line) == name


def test_click_to_expand_in_turkish():  # forum.quote_end.north_east
    regexes = [rule.regex for rule in rules.rules_of(rules.COMMENT_FILE, "quote_end")]
    assert any(r.fullmatch("Genişletmek için tıkla...") for r in regexes)


@pytest.mark.parametrize("text, expected", [
    ("18. 6. 2024 19:05", datetime(2024, 6, 18, 19, 5)),  # numeric_spaced (cs)
    ("2024. május 21. 10:14", datetime(2024, 5, 21, 10, 14)),  # year_month_day_hu
    ("9 mai 2024 la 14:22", datetime(2024, 5, 9, 14, 22)),  # joiner 'la', Romanian months
    ("14.03.2024 kl. 09:15", datetime(2024, 3, 14, 9, 15)),  # joiner 'kl.'
    ("12 Ocak 2024", datetime(2024, 1, 12)),  # Turkish months
    ("12 mars 2024", datetime(2024, 3, 12)),  # Swedish months
])
def test_absolute_timestamps(text, expected):
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize("text", [
    "för 3 timmar sedan", "för en timme sedan",  # sv
    "for 2 timer siden",  # da/no
    "3 t", "2 tuntia sitten",  # fi
    "před 3 hodinami",  # cs
    "acum 2 ore",  # ro
    "3 órája",  # hu
    "2 saat önce",  # tr
])
def test_relative_timestamps(text):
    assert is_timestamp(text) and parse_timestamp(text) is None


def test_at_handle_reply_finds_the_display_name():
    thread = (
        "Pekka Hiltunen @pekkah · 3 t\nHyvä uutinen, vihdoin.\nVastaa · Ilmoita\n\n"
        "Sanna Leino @sannal · 2 t\n@pekkah Miksi kesällä?\nVastaa · Ilmoita\n\n"
        "Pekka Hiltunen @pekkah · 1 t\n@sannal Asfaltti kuivuu.\nVastaa · Ilmoita\n"
    )
    comments = split_comment_block(thread).comments
    assert [(c.author, c.parent_position) for c in comments] == [
        ("Pekka Hiltunen", None), ("Sanna Leino", 1), ("Pekka Hiltunen", 2)]


@pytest.mark.parametrize("line", ["Bağlantı", "Paylaş:", "Genişletmek için tıkla..."])
def test_share_menu_and_click_to_expand_are_noise(line):  # generic.noise.share_menu_north_east
    assert classify(0, line).kind == NOISE


def test_forum_thread_with_a_short_numbered_opening_post():
    from transforms.comments import split_comment_section
    page = (
        "Otomobil Forumu\n\nTogg kış menzili?\n\nMert Aydın\nYeni Üye\n12 Ocak 2024\n#1\n"
        "Ankara'da eksi on derecede menzil düştü. Sizde durum nasıl?\n\nCevapla\n\n"
        "Selin K.\nÜye\n12 Ocak 2024\n#2\nIsı pompası açıkken 320 civarı.\n\nCevapla\n\n"
        "Burak_06\nÜye\n13 Ocak 2024\n#3\nLastik basıncını kontrol et.\n\nCevapla\n"
    )
    article, section = split_comment_section(page)
    assert "Ankara'da eksi on derecede" in article and "Selin K." not in article
    assert [(c.author, c.body) for c in section.comments] == [
        ("Selin K.", "Isı pompası açıkken 320 civarı."), ("Burak_06", "Lastik basıncını kontrol et.")]


def test_short_article_without_numbered_posts_is_not_cut():
    from transforms.comments import split_comment_section
    page = "Kurze Meldung über die neue Brücke in Ulm.\n\nAnna\n12.03.2024 18:40\nSchön.\nAntworten\n"
    article, _ = split_comment_section(page)
    assert article.startswith("Kurze Meldung")


def test_run_of_stamped_author_lines_is_a_thread_in_any_language():
    from transforms.comments import split_comment_section
    page = (
        "Od júna bude z Košíc lietať spoj do Viedne trikrát týždenne, oznámilo letisko v stredu.\n\n"
        "Lety budú v pondelok, stredu a piatok ráno, spiatočné lety večer.\n\n"
        "Jozef M. | 3. 4. 2024 18:20\nKonečne.\nOdpovedať\n\n"
        "Zuzana K. | 3. 4. 2024 19:02\nDo Budapešti je to bližšie.\nOdpovedať\n\n"
        "Peter | 3. 4. 2024 21:45\nHlavne nech to nezrušia.\nOdpovedať\n"
    )
    article, section = split_comment_section(page)
    assert article.rstrip().endswith("spiatočné lety večer.")
    assert [c.author for c in section.comments] == ["Jozef M.", "Zuzana K.", "Peter"]


def test_forum_opening_post_under_a_question_headline_is_not_cut():
    from transforms.comments import split_comment_section
    page = (
        "Windpark auf dem Kandel – eure Meinung? Was denkt ihr im Elztal darüber?\n\n"
        "von Bauer » Sa 9. Mär 2024, 14:03\n\nHab heute in der Zeitung gelesen, dass es ernst wird mit sechs Windrädern.\n\n"
        "von Elztäler » Sa 9. Mär 2024, 14:30\n\nIch finde es richtig.\n\n"
        "von Anna » Sa 9. Mär 2024, 15:10\n\nIch nicht.\n"
    )
    article, section = split_comment_section(page)
    assert "Hab heute in der Zeitung gelesen" in article  # the opening post is never a comment
    assert "Bauer" not in [c.author for c in section.comments]


def test_footer_bar_of_unknown_buttons_with_a_changing_time_is_not_an_author():
    from transforms.comments import split_comment_section
    page = (
        "Grad Split od srpnja naplaćuje ulaz u podrume palače pet eura, a građani ulaze besplatno.\n\n"
        "Novac će se koristiti za obnovu podruma i za čuvare.\n\n"
        "Ante Babić\nPet eura je previše za obitelj.\nSviđa mi se · Odgovori · 2 d\n\n"
        "Marija Šimić\nU Dubrovniku se plaća više.\nSviđa mi se · Odgovori · 1 d\n\n"
        "Ivo\nDubrovnik nije mjerilo.\nSviđa mi se · Odgovori · 1 d\n"
    )
    article, section = split_comment_section(page)
    assert article.rstrip().endswith("za čuvare.")
    assert [(c.author, c.body) for c in section.comments] == [
        ("Ante Babić", "Pet eura je previše za obitelj."), ("Marija Šimić", "U Dubrovniku se plaća više."),
        ("Ivo", "Dubrovnik nije mjerilo.")]
