"""Round 13d: widget chrome, author lines and body boilerplate in Turkish, Swedish, Polish, Dutch and
Brazilian Portuguese, a like/dislike row with bare counts, phpBB's reply button and jump menu."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import COUNT, NOISE, classify
from transforms.comment_names import clean_name
from transforms.comments import split_comment_section
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
