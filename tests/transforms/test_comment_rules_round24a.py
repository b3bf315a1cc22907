"""Round 24a (blind forum threads, helper r24a): general rules for layouts the round's pages
showed the cleaner had not read (a w3m dump of a Hacker News item, NodeBB's per-post reply
count, ...). Each test fails without its rule."""
import datetime as dt
import textwrap

import pytest

from transforms.comment_lines import END, TEXT, classify, is_profile_label, quote_target
from transforms.comments import split_comment_section
from transforms.document import build_records
from transforms.readers import parse_file
from transforms.timestamps import is_timestamp


def _records(page: str, name: str = "page.txt") -> tuple[str, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0]["body"], [(c["author"], c["parent_position"], c["body"]) for c in comments]


def _comments(page: str) -> list[tuple[str | None, int | None, str]]:
    _, section = split_comment_section(page)
    return [(c.author, c.parent_position, c.body) for c in section.comments]


def test_w3m_hacker_news_form_button_in_brackets_starts_the_thread():
    # w3m prints the comment form's button as '[add comment]': the first top-level comment
    # ('name 5 hours ago | next [–]', no 'parent') stayed in the opening post
    page = "\n".join([
        "  Ask HN: Should our club move its mailing list to a forum?",
        "  48 points by ferro_k 3 hours ago | hide | past | favorite | 12 comments", "",
        "  We run a mailing list for 400 members of a rowing club and the archive is a mess: nobody",
        "  can find last year's regatta rules, and every thread about boat bookings splits in three.", "",
        "  Two of us would host a forum on a small server. Is it worth it, or do members never log in?", "",
        "  [                                                  ]",
        "  [add comment]", "",
        "  pellinor 2 hours ago | next [–]", "",
        "  Keep the list. People read email, and in my experience nobody logs in to a forum",
        "  twice unless something forces them to, like the booking calendar living there.", "",
        "  Fix the archive instead: a search page over the list costs an evening.", "",
        "  reply", "",
        "      ferro_k 2 hours ago | parent | next [–]", "",
        "      The archive is the problem, not the reading.", "",
        "      reply", "",
        "  [deleted] 2 hours ago | prev | next [–]", "",
        "      rowan_t 2 hours ago | parent | next [–]", "",
        "      Whatever was said here, a forum needs moderators and a list does not.", "",
        "      reply", "",
        "  dunmore 1 hour ago | prev | next [–]", "",
        "  A searchable archive can sit on top of the list.", "",
        "  reply", "",
        "  ------------------------------------------------------------------", "",
        "  Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact", "",
        "  Search: [                    ]",
    ])
    article, comments = _records(page)
    assert "pellinor" not in article
    assert [author for author, _, _ in comments] == ["pellinor", "ferro_k", "rowan_t", "dunmore"]
    assert comments[1][1] == 1


def test_nodebb_reply_count_of_a_post_is_no_declared_count():
    # NodeBB under a post: its votes, how many replies answer it and when the newest came
    page = "\n".join([
        "Ligne de bus supprimée", "L", "lucie_b", "a écrit le 3 déc. 2026, 18:47",
        "Le département a confirmé hier que la ligne express ne circulera plus à partir du 5 janvier.",
        "Depuis Gujan il faut déjà 25 minutes en voiture pour aller à la gare, et une heure de plus par jour.",
        "Vous avez trouvé des solutions ? Covoiturage, vélo jusqu'à la gare, autre chose ?",
        "Répondre", "Citer", "4", "2 Réponses", "Dernière réponse 3 déc. 2026, 20:15",
        "M", "marc_dufau", "a écrit le 3 déc. 2026, 19:18",
        "Je fais le trajet tous les jours et sans la ligne je ne vois que la voiture.",
        "Répondre", "Citer", "1",
        "S", "sandrine_l", "a écrit le 3 déc. 2026, 20:15",
        "Il y a un groupe de covoiturage dans la catégorie Entraide.",
        "Répondre", "Citer", "2",
    ])
    _, section = split_comment_section(page)
    assert [c.author for c in section.comments] == ["marc_dufau", "sandrine_l"]
    assert section.declared_count is None


def _flarum_post(name: str, number: int, paragraphs: list[str], extra: list[str] = ()) -> list[str]:
    base = "https://forum.example-community.de"
    return [f"[![Image {number}: {name}]({base}/assets/avatars/{number}.png)]({base}/u/{name})",
            f"[{name}]({base}/u/{name})", f"[3. Dez.]({base}/d/77-parken-am-bahnhof/{number})",
            *paragraphs, "Antworten", *extra]


def test_flarum_markdown_quote_by_mention_link_and_scrubber_under_the_thread():
    base = "https://forum.example-community.de/d/77-parken-am-bahnhof"
    page = "\n\n".join([
        "Parken am Bahnhof kostet ab Januar 3 Euro", "====",
        *_flarum_post("Gerda_W", 1, [
            "Laut Amtsblatt kostet das Parken am P+R-Platz ab Januar drei Euro pro Tag, bisher war er kostenlos.",
            "Für Pendler sind das im Monat gut 60 Euro zusätzlich. Wie macht ihr das ab Januar?"]),
        *_flarum_post("Tobi_R", 2, [
            "Ich fahre seit Sommer mit dem Rad, aber im Winter wird der Radweg nie geräumt.",
            "Das eigentliche Problem ist der Bus: die Linie fährt morgens nur zweimal."]),
        *_flarum_post("Hanne Seidl", 3, [
            f"> [Tobi_R]({base}/2) Das eigentliche Problem ist der Bus: die Linie fährt morgens nur zweimal.",
            "Und der erste Bus ist um 6.40 am Bahnhof, da ist der Zug schon weg."]),
        *_flarum_post("Paul Strobl", 4, ["Drei Euro finde ich ehrlich gesagt nicht viel."]),
        "Original-Beitrag", "3. Dez.", "4 von 4", "Jetzt", "Schreibe eine Antwort...",
        "[Powered by Flarum](https://flarum.org/)",
    ])
    _, comments = _records(page, "page.md")
    # every line of this page stands alone between blank lines, so the paragraphs of a post are not told apart
    assert [(author, parent, " ".join(body.split())) for author, parent, body in comments] == [
        ("Tobi_R", None, "Ich fahre seit Sommer mit dem Rad, aber im Winter wird der Radweg nie geräumt. "
                         "Das eigentliche Problem ist der Bus: die Linie fährt morgens nur zweimal."),
        ("Hanne Seidl", 1, "Und der erste Bus ist um 6.40 am Bahnhof, da ist der Zug schon weg."),
        ("Paul Strobl", None, "Drei Euro finde ich ehrlich gesagt nicht viel."),
    ]


@pytest.mark.parametrize("line", [
    "Powered by Flarum", "Drevet af MyBB, © 2002-2026 MyBB Group.", "Invision Community tarafından desteklenmektedir",
    "Musisz się zalogować lub zarejestrować, aby tutaj odpowiedzieć.", "Sohbete katılın",
    "Brugere der læser denne tråd: 2 gæst(er)", "Podobne wątki", "Benzer içerik", "Lignende tråde",
])
def test_round_24a_thread_ends(line):
    assert classify(0, line).kind == END


def test_xenforo_polish_reaction_score_label_is_a_profile_field():
    # XenForo's poster box as a lynx dump: 'Punkty reakcji' / its value indented under it
    assert is_profile_label("Punkty reakcji")


@pytest.mark.parametrize("line", [
    # Invision in Turkish: post links, thread chrome, reactions line, member groups, post count
    "Bu gönderiye bağlantı", "Diğer sitelerde paylaş", "Önerilen Gönderiler", "Bu konuyu takip et 4",
    "Selin_K, bayraklı_mert ve 3 diğer bu gönderiye tepki verdi", "Üyeler", "Moderatör", "Yazar", "1.482 gönderi",
    # w3m's image without alt text
    "[image]",
])
def test_round_24a_chrome_lines(line):
    assert classify(0, line).kind != TEXT


def test_turkish_post_time_with_the_verb_after_the_date():
    assert is_timestamp("3 Aralık 2026 tarihinde gönderildi")
    assert is_timestamp("4 Aralık 2026 tarihinde gönderildi (düzenlendi)")
    assert not is_timestamp("gönderildi")


def test_turkish_invision_quote_header_names_the_poster():
    assert quote_target("3.12.2026 tarihinde saat 21:05'te, bayraklı_mert dedi ki:") == "bayraklı_mert"
    assert quote_target("1 saat önce, Selin_K dedi ki:") == "Selin_K"


def _invision_tr_post(name: str, day: int, paragraphs: list[str]) -> list[str]:
    # w3m wraps the post's text at 79 columns
    return [name, "[image]", "Üyeler\n236 gönderi", f"{day} Aralık 2026 tarihinde gönderildi",
            *(textwrap.fill(p, 79) for p in paragraphs), "Alıntı\nBu gönderiye bağlantı\nDiğer sitelerde paylaş"]


def test_w3m_invision_thread_with_image_placeholders_and_a_dash_signature():
    signature = "Kerem – Bostanlı, 1998'den beri vapurla"
    page = "\n\n".join([
        "Vapur seferleri ocakta yarıya iniyor", "Kerem_Y tarafından, 3 Aralık içinde Ulaşım", "Önerilen Gönderiler",
        *_invision_tr_post("Kerem_Y", 3, [
            "Belediyenin deniz ulaşımı şirketi, 5 Ocak'tan itibaren Bostanlı–Konak hattında hafta içi sefer "
            "sayısının 42'den 22'ye düşürüleceğini açıkladı. Gerekçe olarak iki geminin bakıma alınması ve yakıt "
            "maliyetleri gösterilmiş.",
            "Sabah 07.00 ile 09.00 arası şu an her 15 dakikada bir vapur var, yeni tarifede bu 30 dakikaya "
            "çıkıyor. Metro zaten dolu, otobüs ise köprüde en az 50 dakika.",
            "Her gün karşıya geçenler, siz ne yapmayı düşünüyorsunuz?", signature]),
        "Selin_K, bayraklı_mert ve 3 diğer bu gönderiye tepki verdi",
        *_invision_tr_post("Selin_K", 3, ["Ben Alsancak'ta çalışıyorum, yarım saat erken çıkmak zorundayım."]),
        *_invision_tr_post("bayraklı_mert", 3, ["Bakım bahanesi her kış tekrarlanıyor, asıl sebep yedek gemi."]),
        *_invision_tr_post("Kerem_Y", 4, ["3.12.2026 tarihinde saat 21:05'te, bayraklı_mert dedi ki:",
                                          "Bakım bahanesi her kış tekrarlanıyor, asıl sebep yedek gemi.",
                                          "Bunu bilmiyordum, kaynak var mı?", signature]),
        "Sohbete katılın", "Benzer içerik",
    ])
    article, comments = _records(page)
    assert signature not in article
    assert comments == [
        ("Selin_K", None, "Ben Alsancak'ta çalışıyorum, yarım saat erken çıkmak zorundayım."),
        ("bayraklı_mert", None, "Bakım bahanesi her kış tekrarlanıyor, asıl sebep yedek gemi."),
        ("Kerem_Y", 2, "Bunu bilmiyordum, kaynak var mı?"),
    ]


@pytest.mark.parametrize("line", [
    # MyBB's poster box and thanks add-on in Danish and Swedish
    "Indlæg: 2.316", "Tråde: 148", "Tilmeldt: Mar 2011", "Omdømme: 41", "Inlägg: 37", "Registrerad: Aug 2022",
    "Følgende 3 brugere siger tak til Birthe_Aars for dette indlæg:",
])
def test_round_24a_mybb_nordic_chrome(line):
    assert classify(0, line).kind != TEXT


def test_mybb_post_time_with_its_edit_note_is_the_posts_time():
    line = classify(0, "03-12-2026, 19:31 (Denne besked blev sidst ændret: 03-12-2026, 19:40 af Poul Kjærsgaard.)")
    assert line.stamp == "03-12-2026, 19:31"


def test_mybb_quote_header_with_bracketed_time_in_danish():
    assert quote_target("Ranum_mor skrev: (03-12-2026, 19:04)", with_repeat_rules=True) == "Ranum_mor"


def _mybb_da_post(name: str, number: int, time: str, paragraphs: list[str], tail: list[str] = ()) -> list[str]:
    return [f"{name}\nMedlem\nIndlæg: 211\nTråde: 7\nTilmeldt: Okt 2019\nOmdømme: 3", f"#{number}\n{time}",
            *paragraphs, "Find\nSvar\nCiter\nRapportér", *tail]


def test_mybb_signature_over_a_thanks_line_leaves_the_opening_post_and_the_posters_reply():
    signature = "Himmerlandsnettet – lokalt siden 2004. Husk at læse forumreglerne."
    page = "\n\n".join([
        "Busrute 58 nedlægges fra januar",
        *_mybb_da_post("Birthe_Aars", 1, "03-12-2026, 18:47", [
            "Region Nordjylland har i dag bekræftet, at rute 58 mellem Aars og Løgstør kører sidste gang den 9. januar.",
            "Kommunen holder borgermøde den 15. december kl. 19. Lad os samle vores erfaringer her i tråden.", signature],
            ["Følgende 2 brugere siger tak til Birthe_Aars for dette indlæg:\nRanum_mor, jens.ole"]),
        *_mybb_da_post("Ranum_mor", 2, "03-12-2026, 19:04", ["Vores datter tager netop den bus hver morgen."]),
        *_mybb_da_post("jens.ole", 3, "03-12-2026, 20:12", ["De 31 passagerer er talt i sommerferien."]),
        *_mybb_da_post("Birthe_Aars", 4, "04-12-2026, 08:15", ["Godt input allesammen. Vi ses den 15.", signature]),
        "« Forrige tråd | Næste tråd »", "Brugere der læser denne tråd: 2 gæst(er)",
    ])
    article, comments = _records(page)
    assert signature not in article and "siger tak" not in article
    assert comments == [
        ("Ranum_mor", None, "Vores datter tager netop den bus hver morgen."),
        ("jens.ole", None, "De 31 passagerer er talt i sommerferien."),
        ("Birthe_Aars", None, "Godt input allesammen. Vi ses den 15."),
    ]


def _smf_post(mid: int, name: str, header: str, body: str, rank: str = "Miembro") -> str:
    return (f'<div class="windowbg" id="msg{mid}"><div class="post_wrapper">'
            f'<div class="poster"><h4><a href="/index.php?action=profile;u={mid}">{name}</a></h4>'
            f'<ul class="user_info"><li class="postgroup">{rank}</li><li class="postcount">Mensajes: 64</li></ul></div>'
            f'<div class="postarea"><div class="keyinfo"><div class="subject_title"><a href="#msg{mid}">Re: Sin pediatra</a></div>'
            f'<div class="postinfo"><a href="#msg{mid}" class="smalltext">{header}</a></div></div>'
            f'<div class="post"><div class="inner" id="msg_{mid}">{body}</div></div>'
            f'<div class="under_message"><ul class="quickbuttons"><li><a href="#">Citar</a></li></ul></div></div>'
            f'<div class="moderatorbar"><div class="signature">Serranía de Cuenca</div></div></div></div>')


def test_smf_saved_html_thread_with_a_cite_naming_the_quoted_poster():
    quote = ('<blockquote class="bbc_standard_quote"><cite><a href="#msg2">Cita de: Chelo_Alcantud en 02 de Diciembre '
             'de 2026, 19:05:33</a></cite>Solo las revisiones del niño sano son seis visitas al año.</blockquote>')
    page = ('<html><head><title>Sin pediatra desde enero</title></head><body>'
            '<div class="navigate_section"><ul><li><a href="/">Foro Serranía</a> »</li><li>Sanidad</li></ul></div>'
            '<h2 class="display_title"><span id="top_subject">Sin pediatra desde enero</span></h2>'
            '<div id="forumposts"><form>'
            + _smf_post(1, "Remedios_P", "« en: 02 de Diciembre de 2026, 18:42:10 »",
                        "Nos lo han confirmado hoy en el centro de salud: la pediatra se jubila el 31 de diciembre "
                        "y no hay nadie para sustituirla.<br><br>El lunes lo llevamos al pleno.", "Moderador Global")
            + _smf_post(2, "Chelo_Alcantud", "« Respuesta #1 en: 02 de Diciembre de 2026, 19:05:33 »",
                        "Tengo mellizos de dos años. Solo las revisiones del niño sano son seis visitas al año.")
            + _smf_post(3, "dr_ibanez", "« Respuesta #2 en: 02 de Diciembre de 2026, 22:31:15 »",
                        quote + "<br>Las revisiones las puede hacer la enfermería pediátrica.", "Recién llegado")
            + '</form></div><div id="footer">SMF 2.1.4 © 2023, Simple Machines</div></body></html>')
    article, comments = _records(page, "page.html")
    assert "Remedios_P" not in article and "Chelo_Alcantud" not in article
    assert comments == [
        ("Chelo_Alcantud", None, "Tengo mellizos de dos años. Solo las revisiones del niño sano son seis visitas al año."),
        ("dr_ibanez", 1, "Las revisiones las puede hacer la enfermería pediátrica."),
    ]


QA_BASE = "https://obra.example.com.br"


def test_qa_page_saved_as_markdown_by_html2text():
    page = "\n\n".join([
        f"# [Posso tirar uma parede de tijolo sem engenheiro?]({QA_BASE}/perguntas/8812)",
        "Perguntada 2/12/2026 Modificada hoje Vista 1.318 vezes", "7",
        "Moro num sobrado de 1978 e queremos abrir a parede entre a cozinha e a sala, mais ou\n"
        "menos 3,20 m de largura. No andar de cima fica o banheiro.",
        "Alguém sabe como descobrir se essa parede é estrutural antes de quebrar?",
        f"  * [reforma]({QA_BASE}/marcadores/reforma)",
        f"[Compartilhar]({QA_BASE}/q/8812) [Melhore esta pergunta]({QA_BASE}/posts/8812/editar) Seguir",
        "perguntada 2/12/2026 às 18:52", f"[Juliana Prates]({QA_BASE}/usuarios/3391)", "41 ● 1 ● 4",
        f"  * Tem laje em cima ou é forro de madeira?\n– [Renato Vilela]({QA_BASE}/usuarios/118) 2/12/2026 às 19:10\n"
        f"  * @Renato Vilela é laje, dá para ver pelo alçapão.\n– [Juliana Prates]({QA_BASE}/usuarios/3391) 2/12/2026 às 19:34",
        f"[Adicionar um comentário]({QA_BASE}/perguntas/8812#comentar)",
        "## 2 Respostas", f"Ordenado por: [ Maior pontuação (padrão) ]({QA_BASE}/perguntas/8812?ordem=votos)",
        "12", "✓",
        "Com laje em cima e banheiro no andar superior, trate a parede como estrutural.",
        f"[Compartilhar]({QA_BASE}/a/8815) [Melhore esta resposta]({QA_BASE}/posts/8815/editar) Seguir",
        "respondida 2/12/2026 às 20:05", f"[Eng. Sílvia Okada]({QA_BASE}/usuarios/77)", "9.870 ● 3 ● 29 ● 61",
        f"  * Obrigada! Vou procurar um engenheiro.\n– [Juliana Prates]({QA_BASE}/usuarios/3391) 2/12/2026 às 20:31",
        f"[Adicionar um comentário]({QA_BASE}/a/8815#comentar)",
        "-2", "Parede de 15 cm raramente é estrutural.",
        f"[Compartilhar]({QA_BASE}/a/8824) [Melhore esta resposta]({QA_BASE}/posts/8824/editar) Seguir",
        "respondida 3/12/2026 às 10:02", f"[zeca_obras]({QA_BASE}/usuarios/5120)", "11 ● 1",
        f"[Adicionar um comentário]({QA_BASE}/a/8824#comentar)",
        "## Sua resposta",
    ])
    records = build_records("page.md", "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    assert [(c["author"], c["parent_position"], c["body"]) for c in comments] == [
        ("Renato Vilela", None, "Tem laje em cima ou é forro de madeira?"),
        ("Juliana Prates", 1, "@Renato Vilela é laje, dá para ver pelo alçapão."),
        ("Eng. Sílvia Okada", None, "Com laje em cima e banheiro no andar superior, trate a parede como estrutural."),
        ("Juliana Prates", 3, "Obrigada! Vou procurar um engenheiro."),
        ("zeca_obras", None, "Parede de 15 cm raramente é estrutural."),
    ]
    assert records.articles[0]["declared_comment_count"] == 2


def _doc(page: str, name: str = "page.txt"):
    [doc] = parse_file(name, page.encode("utf-8"))
    return doc


def test_smf_html_date_is_the_opening_posts_not_the_user_bars_time():
    page = ('<html><head><title>Sin pediatra desde enero</title></head><body>'
            '<div class="user"><time datetime="2026-12-04T09:02:11Z">04 de Diciembre de 2026, 10:02:11</time></div>'
            '<h2 class="display_title"><span id="top_subject">Sin pediatra desde enero</span></h2><div id="forumposts"><form>'
            + _smf_post(1, "Remedios_P", "« en: 02 de Diciembre de 2026, 18:42:10 »",
                        "Nos lo han confirmado hoy en el centro de salud: la pediatra se jubila el 31 de diciembre.")
            + _smf_post(2, "Chelo_Alcantud", "« Respuesta #1 en: 02 de Diciembre de 2026, 19:05:33 »", "Tengo mellizos.")
            + '</form></div></body></html>')
    assert _doc(page, "page.html").published_date == dt.date(2026, 12, 2)


def test_forum_thread_headers_give_the_starter_and_the_day():
    # XenForo's start date on its own line in Polish (under 'Autor wątku X')
    xenforo = "\n".join(["Remont mostu", "", "  * Autor wątku Kuba_Wr", "  * Data rozpoczęcia 3 Gru 2026", "",
                         "Kuba_Wr", "", "Dołączył(a)", "       14 Maj 2013", "",
                         "Zarząd Dróg ogłosił dziś, że od 12 stycznia most zostanie zamknięty na osiem miesięcy."])
    assert _doc(xenforo).published_date == dt.date(2026, 12, 3)
    # Invision's topic line in Turkish and its post time with the verb after the date
    invision = "\n\n".join(["Vapur seferleri yarıya iniyor", "Kerem_Y tarafından, 3 Aralık içinde Ulaşım ve trafik",
                            "Kerem_Y", "Üyeler\n1.482 gönderi", "3 Aralık 2026 tarihinde gönderildi (düzenlendi)",
                            "Belediyenin deniz ulaşımı şirketi sefer sayısının yarıya düşürüleceğini açıkladı."])
    doc = _doc(invision)
    assert (doc.author, doc.published_date) == ("Kerem_Y", dt.date(2026, 12, 3))
    # NodeBB's header under the poster's name: the verb, the date and an edit note
    nodebb = "\n".join(["Ligne 610 supprimée en janvier", "Transports", "L", "lucie_b",
                        "a écrit le 3 déc. 2026, 18:47 dernière édition par lucie_b 3 déc. 2026, 19:02",
                        "Le département a confirmé hier que la ligne express 610 ne circulera plus à partir du 5 janvier."])
    doc = _doc(nodebb)
    assert (doc.author, doc.published_date) == ("lucie_b", dt.date(2026, 12, 3))
