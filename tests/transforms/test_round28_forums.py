"""Round 28 (blind forum threads, helper fixxf): general rules for the XenForo and Discourse
layouts the round's pages showed the cleaner had not read. Each test fails without its rule."""
import datetime as dt

import pytest

from transforms.body_lines import is_caption
from transforms.boilerplate import clean_body
from transforms.comment_lines import END, TEXT, classify
from transforms.document import build_records
from transforms.metadata_title import extract_title
from transforms.timestamps import parse_timestamp


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- XenForo, English, browser copy (en_forum_r28_10) -----------------------------------------

@pytest.mark.parametrize("line", ["Super Moderator", "Global Moderator", "Administrator"])
def test_xenforo_staff_user_titles_are_no_text(line):
    assert classify(0, line).kind != TEXT


def test_xenforo_page_jump_closes_the_thread():
    assert classify(0, "Go to page").kind == END


@pytest.mark.parametrize("line", ["Photos attached. Any help appreciated.",
                                  "Pictures below, the worst leaf is the third one."])
def test_a_posters_words_about_attached_photos_are_no_caption(line):
    assert not is_caption(line)
    assert line in clean_body("Since Tuesday the leaves of the lower branches have curled and gone pale at the edges, "
                              "and two of the young shoots have dropped.\n\n" + line)


@pytest.mark.parametrize("line", ["Photo Jane Doe/Reuters", "Photos: Ann Smith", "Photo by Ann Smith"])
def test_credit_lines_stay_captions(line):
    assert is_caption(line)


def test_breadcrumb_printed_again_in_the_footer_is_no_title():
    page = "\n".join([
        "Harbour Anglers", "Forums", "Sea Fishing", "Shore and Pier Fishing", "",
        "Mackerel gone from the harbour wall already?", "",
        "Thread starter reel_rita Start date Sep 2, 2026", "",
        "Three evenings on the wall this week and not a single mackerel, where last September we were "
        "filling buckets. Has anyone had any luck further along the coast?", "", "Like", "Reply", "",
        "Forums", "Sea Fishing", "Shore and Pier Fishing", "", "Contact us", "Terms and rules",
    ])
    assert extract_title(page) == "Mackerel gone from the harbour wall already?"


def _xf_post(number: int, name: str, title: str, paragraphs: list[str], avatar: bool, staff: bool = False) -> list[str]:
    # a user with a picture avatar prints its alt text (the name) above the name; without one, the initial
    head = [name, "", name] if avatar else [name[0], name]
    return [*head, title, *(["Staff member"] if staff else []), "", f"Sep {2 + number // 3}, 2026", f"#{number}", "",
            *[p + "\n" for p in paragraphs], "Like", "Reply", "Report", ""]


def test_xenforo_browser_copy_with_staff_poster_and_pager_under_the_last_post():
    pager = ["1", "2", "Next", "", "1 of 2", "Go to page", "Go", "Next", "Last", ""]
    page = "\n".join([
        "Harbour Anglers", "", "Forums", "", "What's new", "", "Log in", "", "Register", "",
        "Forums", "Sea Fishing", "Shore and Pier Fishing", "",
        "Mackerel gone from the harbour wall already?", "",
        "Thread starter reel_rita Start date Sep 2, 2026", "", *pager,
        *_xf_post(1, "reel_rita", "Established Member", [
            "Three evenings on the wall this week and not a single mackerel, where last September we were "
            "filling buckets by seven o'clock. Water still looks clear and there is plenty of bait fish about.",
            "Has anyone had any luck further along the coast, or is it the same everywhere this year?"], avatar=False),
        *_xf_post(2, "Dougie Crane", "Super Moderator", [
            "Same at the breakwater. The shoals went out early after the storm, they will be back with the next spring tide."],
            avatar=True, staff=True),
        *_xf_post(3, "pier_pete", "Well-known member", [
            "Try feathers at first light off the rocks by the lifeboat station, had six there on Sunday."], avatar=False),
        *pager, "You must log in or register to reply here.", "",
        "Forums", "Sea Fishing", "Shore and Pier Fishing", "", "Contact us", "Terms and rules",
    ])
    article, comments = _records(page)
    assert article["body"].startswith("Three evenings on the wall") and "Has anyone had any luck" in article["body"]
    assert [author for author, _, _ in comments] == ["Dougie Crane", "pier_pete"]
    assert comments[-1][2].startswith("Try feathers at first light")


# -- XenForo, Indonesian, w3m -dump (id_forum_r27b_04) ----------------------------------------

@pytest.mark.parametrize("line", [
    "Pembuat utas Dimas Prasetyo", "Tanggal mulai 3 Des 2026", "Anggota", "Anggota Terkenal", "Suka Kutip Balas Laporkan",
    "Reaksi: Wulan_Hydro dan rizal.tani", "Berikutnya Terakhir", "Klik untuk memperluas...",
    "Anda harus masuk atau mendaftar untuk membalas di sini.",
])
def test_xenforo_indonesian_chrome(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line", ["1 dari 3 Ke halaman [  ] Lanjut", "1 of 2 Go to page [ ] Go", "Utas serupa"])
def test_xenforo_page_jump_on_one_line_and_similar_threads_close_the_thread(line):
    assert classify(0, line).kind == END


def test_indonesian_month_abbreviations():
    assert parse_timestamp("3 Des 2026") == dt.datetime(2026, 12, 3)
    assert parse_timestamp("17 Agu 2026") == dt.datetime(2026, 8, 17)


def test_xenforo_indonesian_w3m_thread():
    def post(number, name, title, paragraphs, signature=None):
        return ["[avatar]", name, title, "", f"{2 + number} Sep 2026 #{number}", "", *[p + "\n" for p in paragraphs],
                *([signature, ""] if signature else []), "Suka Kutip Balas Laporkan", ""]
    pager = ["  • 1", "  • 2", "  • Berikutnya", "", "1 dari 2 Ke halaman [  ] Lanjut", "", "Berikutnya Terakhir", ""]
    signature = "Rina - Kebun atap, Bekasi"
    page = "\n".join([
        "[logo] Forum Kebun Kota", "", "  • Forum", "  • Apa yang baru", "", "Masuk Daftar", "", "Cari [          ]", "",
        "  • Forum", "  • Tanaman Buah", "", "Tomat ceri pecah-pecah setelah hujan deras", "",
        "Pembuat utas Rina Kusuma", "Tanggal mulai 3 Sep 2026", "", *pager,
        *post(1, "Rina Kusuma", "Anggota", [
            "Tomat ceri di pot saya hampir semua pecah kulitnya setelah hujan deras tiga hari berturut-turut minggu lalu.",
            "Apakah ini karena kebanyakan air, atau ada yang kurang dari pupuknya? Saya pakai kompos dan sedikit NPK."],
             signature),
        *post(2, "budi_hijau", "Anggota Terkenal", ["Rina Kusuma berkata:", "",
                                                    "    Tomat ceri di pot saya hampir semua pecah kulitnya", "",
                                                    "Klik untuk memperluas...",
                                                    "Itu karena air berlebih mendadak, Mbak. Kulit buah tidak sempat mengembang."]),
        *post(3, "Rina Kusuma", "Anggota", ["Terima kasih, nanti potnya saya pindah ke bawah atap kalau hujan."], signature),
        *pager, "Anda harus masuk atau mendaftar untuk membalas di sini.", "", "Utas serupa", "",
        "  • Forum", "  • Tanaman Buah",
    ])
    article, comments = _records(page)
    assert article["title"] == "Tomat ceri pecah-pecah setelah hujan deras"
    assert article["body"].startswith("Tomat ceri di pot saya") and article["body"].endswith("sedikit NPK.")
    assert [(author, parent) for author, parent, _ in comments] == [("budi_hijau", None), ("Rina Kusuma", None)]
    assert comments[0][2] == "Itu karena air berlebih mendadak, Mbak. Kulit buah tidak sempat mengembang."
    assert comments[1][2] == "Terima kasih, nanti potnya saya pindah ke bawah atap kalau hujan."


# -- Discourse, Jina reader markdown: Slovenian (sl_forum_r27b_02), Portuguese (pt_forum_r28_11) --

@pytest.mark.parametrize("line", [
    "Ta tema je bila samodejno zaprta 30 dni po zadnjem odgovoru. Novi odgovori niso več dovoljeni.",
    "This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.",
    "Povezane teme", "Poganja Discourse, za najboljšo izkušnjo omogočite JavaScript",
    "Tópicos relacionados", "Com tecnologia Discourse, a melhor experiência com JavaScript ativado",
])
def test_discourse_thread_end_lines(line):
    assert classify(0, line).kind == END


@pytest.mark.parametrize("line", ["1 curtida", "Moderação", "(post excluído pelo autor)"])
def test_discourse_portuguese_post_chrome(line):
    assert classify(0, line).kind != TEXT


_POST_URL = "https://forum.example.com.br/t/fermento/9"


def _discourse_jina_post(number: int, name: str, day: str, paragraphs: list[str], title: str | None = None,
                         likes: str | None = None) -> list[str]:
    return [f"[![Image {number + 1}](https://forum.example.com.br/user_avatar/{name}/48/1_2.png)]"
            f"(https://forum.example.com.br/u/{name})",
            f"[{name}](https://forum.example.com.br/u/{name})", *([title] if title else []),
            f"[{day}]({_POST_URL}/{number})", *paragraphs, *([likes] if likes else [])]


def test_discourse_portuguese_jina_thread():
    # the topic map one item a paragraph ('7' / '' / 'respostas': the declared count), a moderator's
    # title under the name, a deleted post's placeholder, '1 curtida' under the last post, the
    # related topics and the footer
    topic_map = ["criado", "3 dez.", "última resposta", "6 h", "4", "respostas", "210", "visualizações"]
    page = "\n\n".join([
        "Title: Fermento natural não cresce no inverno - Dúvidas - Comunidade Forno", f"URL Source: {_POST_URL}",
        "Markdown Content:",
        f"[Fermento natural não cresce no inverno]({_POST_URL})\n" + "=" * 40,
        *_discourse_jina_post(1, "ana.souza", "3 dez.", [
            "Meu fermento natural sempre dobrava em quatro horas, mas desde que esfriou aqui em casa ele quase não "
            "cresce. A cozinha fica em torno de 16 graus de manhã.",
            "Alguém sabe se vale a pena começar outro ou se dá para recuperar esse?"]),
        *topic_map,
        *_discourse_jina_post(2, "beto_pao", "3 dez.", ["É o frio. Coloca o pote no forno desligado com a luz acesa."],
                              likes="3 curtidas"),
        f"[4 dez.]({_POST_URL}/3)", "(post excluído pelo autor)",
        *_discourse_jina_post(4, "moderacao_forno", "4 dez.", ["Movi o tópico para Dúvidas."], title="Moderação"),
        *_discourse_jina_post(5, "ana.souza", "5 dez.", ["Funcionou, obrigada! Dobrou em cinco horas."],
                              likes="1 curtida"),
        "Tópicos relacionados\n--------------------",
        "| Tópico | Respostas | Visualizações | Atividade |\n| --- | --- | --- | --- |\n"
        "| [Farinha integral deixa o pão pesado?](https://forum.example.com.br/t/farinha/3) | 12 | 1,2 mil | out. |",
        "Com tecnologia [Discourse](https://www.discourse.org/), a melhor experiência com JavaScript ativado",
    ])
    article, comments = _records(page, "page.md")
    assert article["declared_comment_count"] == 4
    assert [author for author, _, _ in comments] == ["beto_pao", "moderacao_forno", "ana.souza"]
    assert comments[-1][2] == "Funcionou, obrigada! Dobrou em cinco horas."
