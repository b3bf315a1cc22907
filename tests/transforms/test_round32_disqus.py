"""Round 32 (Disqus, helper fix32a): two Disqus layouts the round's pages showed the cleaner had
not read: a thread saved by html2text, whose reply header is the replier's linked name and a link
to the comment replied to, the arrow icon between them lost (de_disqus_r32_02), and Disqus's
Indonesian translation dumped by lynx (id_disqus_r32_12). Each test fails without its change."""
import pytest

from transforms.comment_lines import END, NOISE, TEXT, WIDGET, classify, with_reply_arrow
from transforms.document import build_records
from transforms.timestamps import is_timestamp


def _comments(page: str, name: str) -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- html2text: '[Replier](profile) [Replied-to](...#comment-N)' -------------------------------------

ARTICLE = "https://www.example-news.test/local/story"


def test_reply_arrow_goes_back_between_the_two_links():
    raw = ("        [wir in ober-wittau haben das seit drei jahren](https://disqus.com/by/wittau/) "
           f"[Hubert Schreiner]({ARTICLE}#comment-6298110412)")
    assert plain(with_reply_arrow(raw)) == "wir in ober-wittau haben das seit drei jahren → Hubert Schreiner"
    # the time after the replied-to name stays on the line ('... • [vor 4 Stunden](#comment-2)')
    raw = f"[Mareike S.](https://disqus.com/by/mareike_s/) [Gerd Haase]({ARTICLE}#comment-1) • [vor 4 Stunden]({ARTICLE}#comment-2)"
    assert plain(with_reply_arrow(raw)) == "Mareike S. → Gerd Haase • vor 4 Stunden"


@pytest.mark.parametrize("raw", [
    # a name and its own time: the time links to the comment itself
    f"[Heike Sommer](https://disqus.com/by/heikesommer/) [vor 5 Stunden]({ARTICLE}#comment-6114)",
    f"[Harriet Vole](https://disqus.com/by/harrietvole/) [4 hours ago](#comment-6011)",
    # two links to profiles (no comment anchor): left to the 'Name  Replied-to' readings
    "[Bernd Kowalczyk](https://disqus.com/by/berndkowa/) [Heike Sommer](https://disqus.com/by/heikesommer/)",
    # a link to a comment inside a sentence is no header
    f"As [Anna]({ARTICLE}) wrote, [see her comment]({ARTICLE}#comment-12) for more.",
])
def test_no_arrow_where_no_reply_header(raw):
    assert with_reply_arrow(raw) == raw


def plain(raw: str) -> str:
    return classify(0, raw).text


# (count line, header lines, sort lines, time words, action row, deleted notice, more, powered by)
HTML2TEXT_WORDINGS = {
    "en": ("## 9 Comments", ["[ Login ](#)", "  * [ Favorite ](#)", "  * [Tweet](#)", "  * [Share](#)"],
           "Sort by **Best**", ["hours ago", "a day ago"], "[{n}](#) [Reply](#) [Share ›](#)",
           "This comment was deleted.", "[Load more comments](#)", "Powered by Disqus"),
    "fr": ("## 9 commentaires", ["[ Connexion ](#)", "  * [ Favori ](#)", "  * [Tweet](#)", "  * [Partager](#)"],
           "Trier par **Meilleurs**", ["il y a {h} heures", "il y a un jour"], "[{n}](#) [Répondre](#) [Partager ›](#)",
           "Ce commentaire a été supprimé.", "[Charger plus de commentaires](#)", "Propulsé par Disqus"),
    "es": ("## 9 comentarios", ["[ Iniciar sesión ](#)", "  * [ Favorito ](#)", "  * [Tweet](#)", "  * [Compartir](#)"],
           "Ordenar por **Mejores**", ["hace {h} horas", "hace un día"], "[{n}](#) [Responder](#) [Compartir ›](#)",
           "Este comentario fue eliminado.", "[Cargar más comentarios](#)", "Desarrollado por Disqus"),
    "de": ("## 9 Kommentare", ["[ Anmelden ](#)", "  * [ Favorisieren ](#)", "  * [Tweet](#)", "  * [Teilen](#)"],
           "Sortieren nach **Beste**", ["vor {h} Stunden", "vor einem Tag"], "[{n}](#) [Antworten](#) [Teilen ›](#)",
           "Dieser Kommentar wurde vom Moderator entfernt.", "[Mehr Kommentare laden](#)", "Powered by Disqus"),
}

ARTICLE_TEXT = {
    "en": ["# The night buses stop at midnight from January",
           "The council voted on Thursday to end the night bus service after midnight in the outer districts. "
           "The change saves about 40,000 pounds a year, the transport committee said after the meeting.",
           "Residents who work early shifts have asked for a shuttle to the station instead, and the committee "
           "promised to look at the request again in the spring."],
    "fr": ["# Les bus de nuit s'arrêteront à minuit dès janvier",
           "Le conseil municipal a voté jeudi la fin du service de bus de nuit après minuit dans les quartiers "
           "périphériques. La mesure doit faire économiser environ 40 000 euros par an, selon la commission.",
           "Les habitants qui travaillent tôt ont demandé une navette vers la gare, et la commission a promis "
           "d'étudier la demande au printemps."],
    "es": ["# Los autobuses nocturnos pararán a medianoche desde enero",
           "El pleno municipal aprobó el jueves suprimir el servicio de autobús nocturno después de medianoche en "
           "los barrios de la periferia. La medida ahorrará unos 40.000 euros al año, según la comisión.",
           "Los vecinos que trabajan de madrugada han pedido un lanzadera hasta la estación, y la comisión prometió "
           "estudiar la petición en primavera."],
    "de": ["# Die Nachtbusse fahren ab Januar nur noch bis Mitternacht",
           "Der Gemeinderat hat am Donnerstag beschlossen, den Nachtbus in den Außenbezirken nach Mitternacht "
           "einzustellen. Die Stadt spart damit rund 40.000 Euro im Jahr, sagte der Verkehrsausschuss.",
           "Anwohner mit Frühschicht hatten stattdessen einen Pendelbus zum Bahnhof gefordert, der Ausschuss "
           "will die Bitte im Frühjahr erneut prüfen."],
}

# (author, profile slug, replied-to position or None, depth, text)
THREAD = [
    ("Harold Benning", "hbenning", None, 0, {
        "en": "I start at half past four at the depot. From January I walk, or how does the council see it?",
        "fr": "Je commence à quatre heures et demie au dépôt. Dès janvier je marche, ou comment le conseil voit-il ça ?",
        "es": "Empiezo a las cuatro y media en la cochera. Desde enero voy andando, ¿o cómo lo ve el pleno?",
        "de": "Ich fange um halb fünf im Depot an. Ab Januar laufe ich dann, oder wie stellt sich der Rat das vor?"}),
    ("we in the next village have had this for years", "nextvillage", 1, 1, {
        "en": "You get used to it. Our stops got their own solar lamps, the least they could do here too.",
        "fr": "On s'y habitue. Nos arrêts ont eu leurs propres lampes solaires, le minimum à faire ici aussi.",
        "es": "Uno se acostumbra. Nuestras paradas tienen sus propias farolas solares, lo mínimo aquí también.",
        "de": "Man gewöhnt sich dran. Unsere Haltestellen haben eigene Solarlampen, das wäre hier das Mindeste."}),
    ("Clara Whitfield", "cwhitfield", None, 0, {
        "en": "Sensible.", "fr": "Raisonnable.", "es": "Sensato.", "de": "Vernünftig."}),
    ("Dana Morrow", "danamorrow", 1, 0, {
        "en": "The stop at the depot stays served by the day line, the timetable says so on page two.",
        "fr": "L'arrêt du dépôt reste desservi par la ligne de jour, la grille horaire le dit en page deux.",
        "es": "La parada de la cochera sigue con la línea diurna, lo dice el horario en la página dos.",
        "de": "Die Haltestelle am Depot bedient weiter die Tageslinie, das steht im Fahrplan auf Seite zwei."}),
]

LONG_NAMES = {"en": "we in the next village have had this for years",
              "fr": "nous au village d'à côté on l'a depuis trois ans",
              "es": "en el pueblo de al lado lo tenemos hace años",
              "de": "wir in ober-wittau haben das seit drei jahren"}


def _html2text_page(lang: str) -> str:
    count, header, sort, times, row, deleted, more, powered = HTML2TEXT_WORDINGS[lang]
    title, *paragraphs = ARTICLE_TEXT[lang]
    lines = [title, ""] + [p + "\n" for p in paragraphs] + [count, "", "[Site](https://disqus.com/home/forums/site/)", ""]
    lines += header + ["", sort, ""]
    ids = {}
    for k, (author, slug, parent, depth, texts) in enumerate(THREAD, start=1):
        author = LONG_NAMES[lang] if slug == "nextvillage" else author
        ids[k] = 6298110000 + k
        pad = "    " * depth
        parent_link = f" [{THREAD[parent - 1][0]}]({ARTICLE}#comment-{ids[parent]})" if parent else ""
        stamp = times[0].format(h=12 - k) if "{h}" in times[0] else f"{12 - k} {times[0]}"
        lines += [f"{pad}  * [![Avatar](https://c.disquscdn.com/uploads/users/{k}/avatar92.jpg)](https://disqus.com/by/{slug}/)",
                  "", f"{pad}    [{author}](https://disqus.com/by/{slug}/){parent_link}", "",
                  f"{pad}    [{stamp}]({ARTICLE}#comment-{ids[k]})", "", f"{pad}    {texts[lang]}", "",
                  f"{pad}    {row.format(n=k + 2)}", ""]
        if k == 2:
            lines += [f"  * {deleted}", ""]
    lines += [more, "", powered, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_html2text_reply_header_names_replier_and_parent(lang):
    _, comments = _comments(_html2text_page(lang), f"{lang}_disqus.md")
    assert [(a, p) for a, p, _ in comments] == [
        ("Harold Benning", None), (LONG_NAMES[lang], 1), ("Clara Whitfield", None), ("Dana Morrow", 1)]
    assert [body for _, _, body in comments] == [t[lang] for *_, t in THREAD]


# -- Disqus's Indonesian translation, lynx -dump -----------------------------------------------------

@pytest.mark.parametrize("text", ["16 jam yang lalu", "2 menit yang lalu", "sebulan yang lalu", "3 hari yang lalu",
                                  "setahun yang lalu", "3 jam lalu", "kemarin", "baru saja"])
def test_indonesian_and_malay_relative_times(text):
    assert is_timestamp(text)


@pytest.mark.parametrize("text", ["banjir bandang Februari lalu", "jam yang lalu", "Tiga hari lalu kami ke pasar."])
def test_prose_with_lalu_is_no_time(text):
    assert not is_timestamp(text)


@pytest.mark.parametrize("line,kind", [
    ("   Masuk", WIDGET),
    ("   Urutkan berdasarkan Terbaik", WIDGET),
    ("     * Terlama", WIDGET),
    ("   Mulai diskusi…", WIDGET),
    ("   Gabung dalam diskusi…", WIDGET),
    ("   MASUK DENGAN", WIDGET),
    ("       12 • Balas • Bagikan ›", NOISE),
    ("     * Komentar ini telah dihapus.", NOISE),
    ("   Muat lebih banyak komentar", NOISE),
    ("   Berlangganan · Kebijakan Privasi · Jangan Jual Data Saya", NOISE),
    ("   Didukung oleh Disqus", END),
    ("   Dikuasakan oleh Disqus", END),
])
def test_indonesian_disqus_chrome(line, kind):  # lynx's [N] link numbers gone, as the reader leaves it
    assert classify(0, line).kind == kind


def test_indonesian_words_stay_text_in_prose():
    assert classify(0, "Masuk ke desa itu harus lewat jembatan gantung yang baru diperbaiki.").kind == TEXT


ID_ARTICLE = """\
   [1]Kabar Contoh

Jembatan Gantung Dusun Pasirjaya Akhirnya Diperbaiki

   Oleh [2]Dewi Lestari | Jumat, 4 Desember 2026 | 20:15 WIB

   Jembatan gantung di Dusun Pasirjaya akhirnya diperbaiki setelah dua
   tahun rusak. Warga kini tidak perlu lagi memutar sejauh enam kilometer
   untuk sampai ke pasar kecamatan.

   Kepala Desa, Asep Suryana, mengatakan perbaikan menghabiskan dana
   sekitar Rp 480 juta dari dana desa dan bantuan pemerintah kabupaten.

   {count}

   [3]Kabar Contoh
   [4]Kebijakan Privasi Disqus
   [5]Masuk
     * [6]Favorit
     * [7]Tweet
     * [8]Bagikan

   Urutkan berdasarkan [9]Terbaik
     * [10]Terbaik
     * [11]Terbaru
     * [12]Terlama

   {placeholder}
   MASUK DENGAN
   ATAU DAFTAR DI DISQUS

     * [13][Avatar]
       [14]Yayan Sopian • [15]{t1}
       Alhamdulillah, akhirnya. Anak-anak bisa sekolah tanpa memutar lagi.
       12 • [16]Balas • [17]Bagikan ›
          + [18][Avatar]
            [19]Dewi Lestari → [20]Yayan Sopian • [21]{t2}
            Terima kasih, Pak Yayan. Peresmiannya hari Senin.
            5 • [22]Balas • [23]Bagikan ›
     * Komentar ini telah dihapus.
     * [24][Avatar]
       [25]warga pasirjaya yang dulu tiap hari memutar • [26]{t3}
       Asep Suryana janji dari tahun lalu, baru sekarang jadi.
       9 • [27]Balas • [28]Bagikan ›
     * [29][Avatar]
       [30]Ujang • [31]{t4}
       Mantap.
       1 • [32]Balas • [33]Bagikan ›

   [34]Muat lebih banyak komentar

   [35]Berlangganan · [36]Kebijakan Privasi · [37]Jangan Jual Data Saya
   Didukung oleh [38]Disqus

   [39]Tentang Kami | [40]Redaksi | [41]Kontak

References

   1. https://kabarcontoh.test/
   2. https://kabarcontoh.test/penulis/dewi-lestari
"""


@pytest.mark.parametrize("count,placeholder,times", [
    ("4 Komentar", "Mulai diskusi…", ("4 Desember 2026 21:02", "4 Desember 2026 22:40", "16 jam yang lalu", "2 jam yang lalu")),
    ("5 Komentar", "Gabung dalam diskusi…", ("2 hari yang lalu", "sehari yang lalu", "11 jam yang lalu", "5 menit yang lalu")),
])
def test_indonesian_lynx_disqus_thread(count, placeholder, times):
    page = ID_ARTICLE.format(count=count, placeholder=placeholder, t1=times[0], t2=times[1], t3=times[2], t4=times[3])
    article, comments = _comments(page, "id_disqus.txt")
    assert article["declared_comment_count"] == int(count.split()[0])
    assert [(a, p) for a, p, _ in comments] == [
        ("Yayan Sopian", None), ("Dewi Lestari", 1), ("warga pasirjaya yang dulu tiap hari memutar", None), ("Ujang", None)]
    assert [body for _, _, body in comments] == [
        "Alhamdulillah, akhirnya. Anak-anak bisa sekolah tanpa memutar lagi.",
        "Terima kasih, Pak Yayan. Peresmiannya hari Senin.",
        "Asep Suryana janji dari tahun lalu, baru sekarang jadi.",
        "Mantap."]
    assert "Kebijakan Privasi" not in article["body"] and "Komentar" not in article["body"]


# -- the same reply header as lynx and a saved page's markup print it ---------------------------------

LYNX_THREAD = """\
   [1]The Example Post

The night buses stop at midnight from January

   The council voted on Thursday to end the night bus service after
   midnight in the outer districts. The change saves about 40,000 pounds a
   year, the transport committee said after the meeting.

   Residents who work early shifts have asked for a shuttle to the station
   instead, and the committee promised to look at the request again.

   9 Comments

   [2]The Example Post
   [3]Disqus' Privacy Policy
   [4]Login

   Sort by [5]Best

     * [6]Avatar
       [7]Harold Benning
       [8]11 hours ago
       I start at half past four at the depot. From January I walk, or how
       does the council see it?
       3 [9]Reply [10]Share ›
          + [11]Avatar
            [12]we in the next village have had this for years [13]Harold Benning
            [14]10 hours ago
            You get used to it. Our stops got their own solar lamps.
            4 [15]Reply [16]Share ›
     * [17]Avatar
       [18]Clara Whitfield
       [19]9 hours ago
       Sensible.
       5 [20]Reply [21]Share ›
     * [22]Avatar
       [23]Dana Morrow [24]Harold Benning
       [25]8 hours ago
       The stop at the depot stays served by the day line.
       6 [26]Reply [27]Share ›

   [28]Load more comments

   Powered by [29]Disqus

References

   1. https://example-post.test/
   2. https://disqus.com/home/forums/examplepost/
   3. https://help.disqus.com/privacy-policy
   4. https://disqus.com/embed/comments/#login
   5. https://disqus.com/embed/comments/#sort
   6. https://disqus.com/by/hbenning/
   7. https://disqus.com/by/hbenning/
   8. https://example-post.test/story#comment-6298110001
   9. https://disqus.com/embed/comments/#reply-6298110001
  10. https://disqus.com/embed/comments/#share-6298110001
  11. https://disqus.com/by/nextvillage/
  12. https://disqus.com/by/nextvillage/
  13. https://example-post.test/story#comment-6298110001
  14. https://example-post.test/story#comment-6298110002
  15. https://disqus.com/embed/comments/#reply-6298110002
  16. https://disqus.com/embed/comments/#share-6298110002
  17. https://disqus.com/by/cwhitfield/
  18. https://disqus.com/by/cwhitfield/
  19. https://example-post.test/story#comment-6298110003
  20. https://disqus.com/embed/comments/#reply-6298110003
  21. https://disqus.com/embed/comments/#share-6298110003
  22. https://disqus.com/by/danamorrow/
  23. https://disqus.com/by/danamorrow/
  24. https://example-post.test/story#comment-6298110001
  25. https://example-post.test/story#comment-6298110004
  26. https://disqus.com/embed/comments/#reply-6298110004
  27. https://disqus.com/embed/comments/#share-6298110004
  28. https://disqus.com/embed/comments/#load-more
  29. https://disqus.com/
"""


def test_lynx_reply_link_to_a_comment_reads_as_the_parent():
    from transforms.text_dump import strip_link_numbers
    text = strip_link_numbers(LYNX_THREAD)
    assert "we in the next village have had this for years → Harold Benning" in text
    assert "Dana Morrow → Harold Benning" in text
    assert "Harold Benning\n" in text and "→ 11 hours ago" not in text  # a name and its own time: no arrow
    _, comments = _comments(LYNX_THREAD, "en_disqus.txt")
    assert [(a, p) for a, p, _ in comments] == [
        ("Harold Benning", None), ("we in the next village have had this for years", 1), ("Clara Whitfield", None),
        ("Dana Morrow", 1)]


def test_lynx_second_link_elsewhere_gets_no_arrow():
    from transforms.text_dump import strip_link_numbers
    page = LYNX_THREAD.replace("  13. https://example-post.test/story#comment-6298110001",
                               "  13. https://disqus.com/by/hbenning/")
    assert "we in the next village have had this for years Harold Benning" in strip_link_numbers(page)


@pytest.mark.parametrize("markup,text", [
    ('<p><a href="https://disqus.com/by/nv/">we in the next village have had this for years</a> '
     '<a href="https://example-post.test/story#comment-6298110001">Harold Benning</a></p>',
     "we in the next village have had this for years → Harold Benning"),
    ('<p><a href="https://disqus.com/by/hb/">Harold Benning</a> '
     '<a href="https://example-post.test/story#comment-6298110001">11 hours ago</a></p>',
     "Harold Benning 11 hours ago"),
    ('<p>As <a href="https://example-post.test/">Anna</a> wrote, see '
     '<a href="https://example-post.test/story#comment-12">her comment</a>.</p>',
     "As Anna wrote, see her comment."),
])
def test_saved_page_reply_link_to_a_comment(markup, text):
    from lxml import html as lxml_html

    from transforms.html_text import visible_text
    assert visible_text(lxml_html.fromstring(markup)) == text


@pytest.mark.parametrize("line", ["Schreib den ersten Kommentar …", "Commencer la discussion…", "Comienza la discusión…",
                                  "Inizia la discussione…"])
def test_disqus_start_the_discussion_placeholder(line):
    assert classify(0, line).kind == WIDGET
