"""Round 25a (blind forum threads, helper fix25a): general rules for layouts the round's pages
showed the cleaner had not read (vBulletin 4's Turkish theme copied with a blank line after every
line, ...). Each test fails without its rule."""
import pytest

from transforms.comment_lines import TEXT, classify
from transforms.comment_names import quote_target
from transforms.document import build_records
from transforms.metadata import extract_byline, extract_title
from transforms.qa_threads import read_qa_thread
from transforms.text_dump import strip_link_numbers


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["posted_at"] and c["posted_at"].isoformat(timespec="minutes"), c["body"]) for c in comments]


@pytest.mark.parametrize("line", [
    # vBulletin 4's Turkish theme: post button, poster box, toolbar, thread links, footer
    "Alıntı ile Cevapla", "Çevrimdışı", "Çevrimiçi", "Kıdemli Üye", "Yeni Üye", "Üye", "Moderatör",
    "Üyelik tarihi: Mar 2013", "Konum: Mustafakemalpaşa", "Mesajlar: 1.408", "Alıntı:",
    "Konu Araçları", "Görünüm Modları", "« Önceki Konu | Sonraki Konu »",
    "Konuyu Toplam 2 Üye okuyor. (0 Kayıtlı üye ve 2 Misafir)", "Mesaj Yetkileriniz",
    "Yeni Mesaj yazma yetkiniz Aktif değil dir.", "Mesajlara Cevap verme yetkiniz aktif değil dir.",
    "Tüm Zamanlar GMT +3 Olarak Ayarlanmış. Şuanki Zaman: 12:04.",
    "kerem_olta tarafından 03-12-2026 saat 20:26 değiştirilmiştir.",
    "Aşağıdaki 3 Üye Hüseyin Usta Mesajına Teşekkür Etti.",
])
def test_round_25a_vbulletin4_turkish_chrome(line):
    assert classify(0, line).kind != TEXT


def test_vbulletin4_turkish_quote_header_names_the_poster():
    assert quote_target("kerem_olta Nickli Üyeden Alıntı Mesajı Göster", with_repeat_rules=True) == "kerem_olta"


def _vb4_tr_post(time: str, number: int, name: str, paragraphs: list[str], quote: tuple[str, str] | None = None) -> list[str]:
    box = [f"{time}   #{number}", name, "Çevrimdışı", "Üye", "Üyelik tarihi: Haz 2018", "Mesajlar: 322"]
    quoted = ["Alıntı:", f"{quote[0]} Nickli Üyeden Alıntı Mesajı Göster", quote[1]] if quote else []
    return [*box, *quoted, *paragraphs, "Alıntı ile Cevapla"]


def test_vbulletin4_turkish_thread_with_a_blank_line_after_every_line():
    # A browser copy puts a blank line after every line, and vBulletin 4 prints the post number
    # on the time's line: that line stands right under the previous post's text and was read as
    # its footer (every comment took the next post's time), the reply button as the next author.
    page = "\n\n".join([
        "Bursa Olta Forumu", "Uluabat'ta sazan yasağı uzatıldı mı?", "Konu Araçları", "Görünüm Modları",
        *_vb4_tr_post("03-12-2026, 18:44", 1, "kerem_olta", [
            "Arkadaşlar, İl Tarım Müdürlüğü sazan av yasağını bu yıl 1 Mart'ta başlatacakmış ve yasak 30 Haziran'a kadar sürecekmiş.",
            "Resmi bir yazı gören var mı? Müdürlüğün sitesinde henüz bir şey yok, boşuna yer ayırtmayalım."]),
        *_vb4_tr_post("03-12-2026, 19:02", 2, "balıkçı_nuri", [
            "Doğru, ben de duydum. Resmi tebliğ bu hafta Resmî Gazete'de çıkacakmış, olta için istisna yok."]),
        *_vb4_tr_post("03-12-2026, 19:30", 3, "Selin A.", [
            "Şubat sonunda kamp mı? Geçen yıl aynı tarihte gittik, gece eksi dört oldu."],
            quote=("balıkçı_nuri", "Resmi tebliğ bu hafta Resmî Gazete'de çıkacakmış")),
        *_vb4_tr_post("04-12-2026, 09:15", 4, "Hüseyin Usta", [
            "Tebliğ yayımlandı, 2026/41 sayılı. Olta dahil, amatör avcılar için de geçerli."]),
        "« Önceki Konu | Sonraki Konu »", "Powered by vBulletin® Version 4.2.5",
    ])
    article, comments = _records(page)
    assert article["body"].startswith("Arkadaşlar") and article["body"].endswith("ayırtmayalım.")
    assert [(author, parent, at) for author, parent, at, _ in comments] == [
        ("balıkçı_nuri", None, "2026-12-03T19:02"), ("Selin A.", 1, "2026-12-03T19:30"),
        ("Hüseyin Usta", None, "2026-12-04T09:15")]
    assert comments[1][3] == "Şubat sonunda kamp mı? Geçen yıl aynı tarihte gittik, gece eksi dört oldu."


def test_vbulletin4_turkish_poster_over_a_bare_online_status_is_the_author():
    # 'Çevrimdışı' (offline) alone under the name, the rank under it: the name is the poster,
    # not the status line over the rank
    text = "\n".join(["Uluabat'ta sazan yasağı uzatıldı mı?", "03-12-2026, 18:44   #1", "kerem_olta", "Çevrimdışı",
                      "Kıdemli Üye", "Üyelik tarihi: Mar 2013", "Mesajlar: 1.408", "",
                      "Arkadaşlar, bugün kooperatifte duydum: yasak bu yıl iki hafta daha erken başlıyormuş."])
    assert extract_byline(text).author == "kerem_olta"


@pytest.mark.parametrize("line", [
    # MyBB's German thread chrome and post buttons, links reduced to text
    "Suchen Zitieren", "PN Suchen Zitieren Melden", "Trouver Citer", "« Nächstältere | Nächstneuere »",
    "« Ein Thema zurück | Ein Thema vor »", "Druckversion anzeigen", "Thema abonnieren", "Ansicht-Modi",
    "Hallo, Gast! Anmelden Registrieren", "Benutzer, die gerade dieses Thema anschauen: 1 Gast/Gäste",
])
def test_round_25a_mybb_translated_chrome(line):
    assert classify(0, line).kind != TEXT


def test_mybb_quote_header_with_the_time_glued_before_the_name():
    assert quote_target("(03.12.2026, 19:24)Rolf_Haug schrieb:", with_repeat_rules=True) == "Rolf_Haug"


def _mybb_md_post(uid: int, name: str, title: str, number: int, time: str, paragraphs: list[str]) -> list[str]:
    box = f"[**{name}**](https://forum.example.de/member.php?uid={uid})\n{title}\n\nBeiträge: 611\nThemen: 20"
    buttons = f"[Suchen](https://forum.example.de/search.php?action=finduser&uid={uid}) [Zitieren](https://forum.example.de/newreply.php?tid=4&replyto={number})"
    return [box, f"#{number}", time, *paragraphs, buttons]


def test_mybb_html2text_thread_with_titles_quotes_and_a_signature_under_a_rule():
    # html2text wraps the posts at 78 columns: the poster's bold name link, as long as a wrapped
    # line, ran on into the user title under it ('Rolf_Haug Vorsitzender'); the quote header
    # carries the quoted post's time before the name; a '* * *' rule over the signature
    page = "\n\n".join([
        "**Gemeinschaftsanlage: Neuer Standort nach der Kündigung?**",
        *_mybb_md_post(12, "Rolf_Haug", "Vorsitzender", 1, "03.12.2026, 19:24", [
            "Liebe Vereinskameraden, jetzt ist es offiziell: Die Stadt hat uns den\nMietvertrag für den alten "
            "Güterschuppen zum 31. März gekündigt. Der Schuppen\nsoll ab dem Sommer zur Fahrradstation umgebaut "
            "werden, der Bauantrag ist schon\ngestellt.",
            "Das heißt, dass die Gemeinschaftsanlage mit ihren gut 14 Metern bis dahin\nabgebaut sein muss."]),
        *_mybb_md_post(31, "Uwe Brenner", "Mitglied", 2, "03.12.2026, 20:10", [
            "Das ist bitter, aber nicht überraschend. Die Anlage ist ja in Modulen gebaut,\nwir können sie "
            "zerlegen und in Kisten einlagern, bis wir etwas Dauerhaftes\nhaben.",
            "* * *", "Gruß Uwe – H0, Epoche III, Württemberg"]),
        *_mybb_md_post(12, "Rolf_Haug", "Vorsitzender", 3, "03.12.2026, 21:30", [
            "> (03.12.2026, 20:10)Uwe Brenner schrieb: [![](https://forum.example.de/images/post.gif)]"
            "(https://forum.example.de/showthread.php?pid=2203#pid2203)\n>\n> wir können sie zerlegen und in Kisten einlagern",
            "Die Spedition Kübler hat uns 180 Euro im Monat für einen Container genannt.\nDas können wir ein "
            "halbes Jahr aus der Rücklage zahlen, länger nicht."]),
        "Benutzer, die gerade dieses Thema anschauen: 1 Gast/Gäste",
    ])
    article, comments = _records(page, "page.md")
    assert [(author, parent) for author, parent, _, _ in comments] == [("Uwe Brenner", None), ("Rolf_Haug", 1)]
    assert comments[0][3].endswith("bis wir etwas Dauerhaftes haben.")
    assert comments[1][3].startswith("Die Spedition Kübler")


def test_mybb_poster_over_a_custom_user_title_and_the_profile_fields_is_the_author():
    text = "\n".join(["Gemeinschaftsanlage: Neuer Standort nach der Kündigung?", "Rolf_Haug", "Vorsitzender",
                      "Beiträge: 2.318", "Themen: 144", "03.12.2026, 19:24", "",
                      "Liebe Vereinskameraden, jetzt ist es offiziell: Die Stadt hat uns den Mietvertrag gekündigt."])
    assert extract_byline(text).author == "Rolf_Haug"


@pytest.mark.parametrize("line", [
    # XenForo's Italian translation: badges, thread info, and the reactions row as Jina saves it
    "Membro dello staff", "Membro attivo", "Autore discussione Serena Lucchesi", "Data di inizio 3 Dic 2026",
    "*   ![Image 5: Mi piace](https://forum.example.it/styles/default/xenforo/reactions/like.png)"
    "[Serena Lucchesi](https://forum.example.it/members/serena-lucchesi.812/)",
])
def test_round_25a_xenforo_italian_chrome(line):
    assert classify(0, line).kind != TEXT


def _xf_jina_post(number: int, name: str, title: str, paragraphs: list[str], reactions: str | None = None,
                  staff: bool = False) -> list[str]:
    member = f"https://forum.example.it/members/{name.lower().replace(' ', '-')}.{number}/"
    header = [f"[![Image {number}: {name}](https://forum.example.it/data/avatars/m/0/{number}.jpg)]({member})",
              f"#### [{name}]({member})", f"##### {title}", *(["Membro dello staff"] if staff else []),
              f"*   [{3 + number // 4} Dic 2026](https://forum.example.it/threads/t.1/post-{number})\n"
              f"*   [Aggiungi segnalibro](https://forum.example.it/posts/{number}/bookmark)\n"
              f"*   [#{number}](https://forum.example.it/threads/t.1/post-{number})"]
    bar = [f"[Segnala](https://forum.example.it/posts/{number}/report)",
           f"[Mi piace](https://forum.example.it/posts/{number}/react) [Citazione](https://forum.example.it/t/reply) "
           f"[Rispondi](https://forum.example.it/t/reply)"]
    liked = [f"*   ![Image 9{number}: Mi piace](https://forum.example.it/styles/default/xenforo/reactions/like.png){reactions}"] \
        if reactions else []
    return [*header, *paragraphs, *bar, *liked]


def test_xenforo_italian_jina_thread_with_staff_badge_and_reaction_rows():
    # Jina's preamble over the thread; a reactions row naming one reader over the next poster's
    # avatar and name heading; a moderator's 'Membro dello staff' badge over the post's time
    page = "\n\n".join([
        "Title: Parco eolico sul Monte Calvello: cosa ne pensate? | Forum Valle del Serchio",
        "URL Source: https://forum.example.it/threads/t.1/", "Markdown Content:",
        "Parco eolico sul Monte Calvello: cosa ne pensate?\n=================================================",
        "*   Autore discussione [Serena Lucchesi](https://forum.example.it/members/serena-lucchesi.1/)\n"
        "*   Data di inizio [3 Dic 2026](https://forum.example.it/threads/t.1/)",
        *_xf_jina_post(1, "Serena Lucchesi", "Membro attivo", [
            "Ieri sera in consiglio comunale è stato presentato il progetto di un parco eolico sul crinale del Monte Calvello.",
            "Io non sono contraria all'eolico in sé, ma sette pale lì sopra mi sembrano tante. Voi cosa ne pensate?"]),
        *_xf_jina_post(2, "Aldo Nardini", "Moderatore", [
            "Ho chiesto in Comune: la convenzione non c'è ancora, ci sono solo le linee guida regionali."],
            reactions="[Serena Lucchesi](https://forum.example.it/members/serena-lucchesi.1/)", staff=True),
        *_xf_jina_post(3, "rifugista_calvello", "Nuovo utente", [
            "Gestisco il rifugio da undici anni. Nessuno della società è mai salito a parlare con noi."]),
        "Devi accedere o registrarti per rispondere qui.\n------------------------------------------------",
    ])
    article, comments = _records(page, "page.md")
    assert article["body"].startswith("Ieri sera in consiglio comunale")
    assert [author for author, _, _, _ in comments] == ["Aldo Nardini", "rifugista_calvello"]


_SE_W3M = """Skip to main content
Spokewise
Questions Tags Users Unanswered
Log in Sign up

Why does my hub dynamo light flicker only below 10 km/h?

Asked 3 days ago Modified 1 day ago Viewed 412 times

5

I fitted a new front wheel with a hub dynamo last month. Below 10 km/h the
light visibly flickers, about two or three times per second.

Is this a fault in the hub, the light or the wiring?

  • lighting
  • dynamo-hub
  • electrical

Share Improve this question Follow

asked Dec 3, 2026 at 18:12
Ines Harrow
131 ●5

  • 4 Does the light have a standlight capacitor? – Tobias Wren Dec 3, 2026 at 18:40
  • @TobiasWren It says "standlight" on the box, so yes. – Ines Harrow Dec 3, 2026 at 19:02
Add a comment

1 Answer

Sorted by: Highest score (default) Date modified (newest first) Date created (oldest first)

7

What you see is normal for most LED dynamo lights.

Share Improve this answer Follow

answered Dec 3, 2026 at 20:15
Olu Barnes
8,204 ●3 ●29 ●51

Your Answer
"""


def test_stack_exchange_w3m_dump_tag_list_bullets_and_one_line_sort_menu():
    # w3m prints the tags one '•' item each, each comment as a '•' item with its score, and the
    # sort menu's label with every option on one line
    qa = read_qa_thread(_SE_W3M)
    assert qa.article.rstrip().endswith("the light or the wiring?")
    comments = [(c.author, c.parent_position, c.body) for c in qa.section.comments]
    assert comments[1] == ("Ines Harrow", 1, '@TobiasWren It says "standlight" on the box, so yes.')
    assert comments[2] == ("Olu Barnes", None, "What you see is normal for most LED dynamo lights.")


def test_stack_exchange_site_bar_in_a_text_dump_is_no_title():
    assert extract_title(_SE_W3M) == "Why does my hub dynamo light flicker only below 10 km/h?"


_MYBB_DA_FLAT = "\n".join([
    "Velkommen, Gæst! Du skal logge ind eller registrere dig for at skrive indlæg.",
    "Medlemsliste Kalender Hjælp Søg",
    "Himmerlandsnettet › Forum › Lokalsamfund › Trafik & kollektiv trafik",
    "Busrute 58 nedlægges fra januar – hvad gør vi nu?",
    "Birthe_Aars", "Offline", "Moderator", "Indlæg: 2.316", "Tilmeldt: Mar 2011", "#1", "03-12-2026, 18:47",
    "Region Nordjylland har i dag bekræftet, at rute 58 mellem Aars og Løgstør kører sidste gang den 9. januar, "
    "og det er ikke til at forstå for os på landet.",
    "Det hjælper ikke de skoleelever fra Ranum, der i dag tager bussen til gymnasiet i Aars, og det er en skam.",
    "Kommunen holder borgermøde den 15. december kl. 19. Jeg foreslår, at vi samler vores erfaringer her i tråden.",
    "Himmerlandsnettet – lokalt siden 2004. Husk at læse forumreglerne.",
    "Find", "Svar", "Citer", "Rapportér",
    "Ranum_mor", "Junior medlem", "Indlæg: 37", "Tilmeldt: Aug 2022", "#2", "03-12-2026, 19:04",
    "Vores datter tager netop den bus hver morgen, og flextur koster 25 kroner pr. tur for hende.",
    "Find", "Svar", "Citer", "Rapportér",
    "Birthe_Aars", "Offline", "Moderator", "Indlæg: 2.316", "Tilmeldt: Mar 2011", "#3", "04-12-2026, 08:15",
    "Godt input allesammen. Jeg har skrevet til regionens trafikudvalg og bedt om passagertallene.",
    "Himmerlandsnettet – lokalt siden 2004. Husk at læse forumreglerne.",
    "Find", "Svar", "Citer", "Rapportér",
    "Brugere der læser denne tråd: 2 gæst(er)",
])


def test_mybb_copy_without_blank_lines_drops_the_opening_posts_signature():
    # the later post's copy of the signature left that post as a quote of the opening post, and on
    # a page without blank lines the article is cut from the page's own lines: the signature, in
    # the middle of the opening post's lines, stayed in the body; the guest greeting is chrome
    article, comments = _records(_MYBB_DA_FLAT)
    assert article["body"].startswith("Region Nordjylland")
    assert article["body"].endswith("samler vores erfaringer her i tråden.")
    assert [author for author, _, _, _ in comments] == ["Ranum_mor", "Birthe_Aars"]


def test_mybb_danish_header_byline():
    # the guest greeting is no title, 'Offline' under the name is the status image's alt text,
    # and the Danish text settles '03-12-2026' as the 3rd of December
    byline = extract_byline(_MYBB_DA_FLAT)
    assert (byline.author, str(byline.published_date)) == ("Birthe_Aars", "2026-12-03")
    assert extract_title(_MYBB_DA_FLAT) == "Busrute 58 nedlægges fra januar – hvad gør vi nu?"
    assert byline.publisher != "Medlemsliste Kalender Hjælp Søg"  # the board's menu, one line of words


def test_forum_name_over_its_login_and_signup_buttons_is_the_publisher():
    text = "\n".join(["Pedalar na Margem Sul", "Entrar", "Inscrever-se",
                      "Ponte pedonal do Alfeite fechada até março: alternativas de bicicleta?", "carla_m", "3 dez.", "",
                      "A câmara afixou ontem os avisos: a ponte pedonal do Alfeite fecha na segunda-feira."])
    assert extract_byline(text).publisher == "Pedalar na Margem Sul"


def test_lynx_rule_under_smf_online_word_stays_a_signature_separator():
    # lynx prints SMF's signature <hr> as a run of underscores under 'En línea'; dropped as a
    # form's text box, it left a blank line that ended the signature before its text
    dump = "\n".join([
        "   [1]Foro de Vecinos", "   [2]el_de_la_panadería", "",
        "   Para los que no tengáis coche: la panadería va a repartir a domicilio.", "",
        "   [3]En línea", "     ______________________________________________________________________",
        "   Pan de leña desde 1961. Calle Real, 14.", "",
        "   Notify of", "   [4]guest", "   ____________________________________________________________",
        "   [5]Post Comment", "",
        "References", "", "   1. https://foro.example.es/", "   2. https://foro.example.es/u/1",
    ])
    lines = strip_link_numbers(dump).split("\n")
    assert lines[6].strip() == "_" * 70 and lines[11].strip() == ""
