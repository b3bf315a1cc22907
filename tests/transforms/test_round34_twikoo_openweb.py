"""Round 34 (helper fix35a): Twikoo's reply marker and its chrome in its other locales
(fi_wordpress_r34_10), a Finnish cookie notice above the headline, and OpenWeb's 'View N
replies' link over a reply that addresses the comment above, under a sentence-like name below an
avatar's initial (es_openweb_r34_11). The wordings are data (comment_widgets.json twikoo.*,
openweb.replies_link.*, timestamps.json, boilerplate.json). Each test fails without its rule or fix."""
import pytest

from transforms.comment_lines import COUNT, FORM, NOISE, TEXT, TIME, WIDGET, classify, quote_target
from transforms.document import build_records
from transforms.metadata import extract_title
from transforms.rules import is_noise_line


def _comments(page: str) -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records("page.txt", "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


ARTICLE = [
    "Skip to content", "Harbour Notes", "Ferry timetable changes in January", "By Ana Ruiz · December 5, 2026",
    "The ferry between the two harbours will run every forty minutes from January, the operator said on "
    "Thursday, after a year of complaints about the winter gaps in the timetable and the crowded last boat.",
    "The council will pay for the extra crossings until the spring, when the contract is put out to tender again "
    "and the new operator has to keep the same frequency.",
]


# -- Twikoo: 'Reply @Name :' over a reply's text, in its locales ------------------------------------

TWIKOO = {
    "en": dict(form=["Nickname", "Required", "Email", "Required", "Website", "Optional", "Preview", "Send"],
               count="5 comments", admin="Admin", reply="Reply", more="Load more",
               ago=["2 days ago", "2 days ago", "1 days ago", "20 hours ago", "9 hours ago"]),
    # Twikoo's fallback for a browser language it has no translation for (a Finnish reader's 'fi')
    "zh": dict(form=["昵称", "必填", "邮箱", "必填", "网址", "选填", "预览", "发送"], count="5 条评论", admin="博主",
               reply="回复", more="查看更多", ago=["2 天前", "2 天前", "1 天前", "20 小时前", "9 小时前"]),
    "zh-TW": dict(form=["暱稱", "必填", "郵箱", "必填", "網址", "選填", "預覽", "傳送"], count="5 則留言", admin="站長",
                  reply="回覆", more="檢視更多", ago=["2 天前", "2 天前", "1 天前", "20 小時前", "9 小時前"]),
}
POSTS = [
    ("Denise F.", False, "Firefox 132.0", "Windows 10", None, "Forty minutes is still too long in January when the wind comes off the water."),
    ("Ana Ruiz", True, "Chrome 131.0.0.0", "Mac OS 10.15.7", "Denise F.", "The operator says the January boats will be bigger."),
    ("someone who takes the 7:10 boat", False, "Safari 17.6", "iOS 17.6", "Ana Ruiz", "Bigger is fine, but will they leave on time?"),
    ("Marc P.", False, "Edge 131.0.0.0", "Windows 11", None, "Who pays after the spring? Nobody has said."),
    ("gilles_b", False, "Chrome 131.0.0.0", "Android 14", "someone who takes the 7:10 boat", "Same question here."),
]


def _twikoo_page(lang: dict, blank_lines: bool) -> str:
    lines = [*lang["form"], lang["count"]]
    for (name, admin, browser, system, parent, text), ago in zip(POSTS, lang["ago"]):
        lines += [name, *([lang["admin"]] if admin else []), browser, system, ago, "3", lang["reply"]]
        lines += [f"{lang['reply']} @{parent} :"] if parent else []
        lines += [text]
    lines += [lang["more"], "Powered by Twikoo v1.6.41", "© 2026 Harbour Notes · Privacy"]
    sep = "\n\n" if blank_lines else "\n"
    return sep.join(ARTICLE + lines)


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("lang", sorted(TWIKOO))
def test_twikoo_reply_marker_names_the_parent_and_is_no_text(lang, blank_lines):
    article, comments = _comments(_twikoo_page(TWIKOO[lang], blank_lines))
    assert [(a, p) for a, p, _ in comments] == [
        ("Denise F.", None), ("Ana Ruiz", 1), ("someone who takes the 7:10 boat", 2), ("Marc P.", None), ("gilles_b", 3)]
    assert [b for _, _, b in comments][4] == "Same question here."
    assert article["declared_comment_count"] == 5


@pytest.mark.parametrize("line, name", [
    ("Reply @Sari Tolvanen :", "Sari Tolvanen"), ("回复 @张伟 :", "张伟"), ("回覆 @Jerry Wong :", "Jerry Wong"),
    ("返信 @田中 :", "田中"), ("답글 @민수 :", "민수"), ("Жавоб бериш @Nomad :", "Nomad"),
])
def test_twikoo_reply_marker_in_each_locale(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("line", ["Reply @Sari if you can, the meeting is at six.", "Reply @Sari Tolvanen"])
def test_a_comment_opening_with_reply_at_name_is_no_marker(line):
    assert quote_target(line) is None


@pytest.mark.parametrize("line, kind", [
    ("Required", FORM), ("Optional", FORM), ("必填", FORM), ("选填", FORM), ("发送", FORM), ("郵箱", FORM),
    ("メールアドレス", FORM), ("送信", FORM), ("닉네임", FORM), ("필수", FORM),
    ("站長", NOISE), ("審核中", NOISE), ("Pending", NOISE), ("관리자", NOISE), ("置頂", NOISE),
    ("回覆", NOISE), ("查看更多", NOISE), ("檢視更多", NOISE), ("もっと見る", NOISE), ("展开", NOISE), ("收起", NOISE),
    ("热门", WIDGET), ("没有评论", WIDGET), ("아직 댓글이 없습니다.", WIDGET),
    ("2 天前", TIME), ("3 小时前", TIME), ("5 分钟前", TIME), ("刚刚", TIME), ("2 日前", TIME), ("3 時間前", TIME),
    ("2 일 전", TIME), ("방금 전", TIME),
])
def test_twikoo_chrome_in_its_locales(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, n", [("7 條評論", 7), ("7 則留言", 7), ("7 件のコメント", 7), ("7개의 댓글", 7)])
def test_twikoo_count_in_its_locales(line, n):
    line = classify(0, line)
    assert line.kind == COUNT and line.count == n


def test_twikoo_form_words_stay_in_a_body():
    assert not is_noise_line("Required") and not is_noise_line("Optional")


# -- a Finnish cookie notice between the menu and the headline ---------------------------------------

FI_HEAD = [
    "Siirry sisältöön", "Järvikylän Sanomat", "Uutisia Järvikylästä ja lähikylistä", "Etusivu", "Uutiset", "Kylät",
    "Ota yhteyttä", "Käytämme sivustolla evästeitä kävijämäärien seurantaan. Hyväksy evästeet", "Uutiset / Liikenne",
    "Lossi liikennöi taas jäiden lähdettyä", "Kirjoittanut Marja Koskinen · 4.12.2026",
    "Järvikylän lossi palasi liikenteeseen maanantaina, kun jäät lähtivät salmesta viikkoa tavallista aiemmin. "
    "Lossi kulkee talviaikataulun mukaan puolen tunnin välein.",
]


@pytest.mark.parametrize("line", [
    "Käytämme sivustolla evästeitä kävijämäärien seurantaan. Hyväksy evästeet",
    "Käytämme verkkosivuillamme evästeitä.", "Hyväksy evästeet",
])
def test_finnish_cookie_notice_is_noise(line):
    assert is_noise_line(line)


def test_finnish_prose_about_cookies_is_no_notice():
    assert not is_noise_line("Leipomo myy evästeitä torilla lauantaisin.")


@pytest.mark.parametrize("left_out", [(), (7,), (8,), (7, 8)])  # the cookie notice, the breadcrumb, both
def test_finnish_tagline_over_a_one_word_menu_is_no_title(left_out):
    head = [line for i, line in enumerate(FI_HEAD) if i not in left_out]
    assert extract_title("\n\n".join(head)) == "Lossi liikennöi taas jäiden lähdettyä"


@pytest.mark.parametrize("home", ["Startsida", "Forside", "Strona główna", "Főoldal", "Acasă", "Početna", "Главная"])
def test_tagline_over_the_home_menu_entry_in_other_languages_is_no_title(home):
    head = FI_HEAD[:3] + [home, "Uutiset"] + FI_HEAD[9:]
    assert extract_title("\n\n".join(head)) == "Lossi liikennöi taas jäiden lähdettyä"


# -- OpenWeb: 'View 1 reply' over a reply that addresses the comment above ---------------------------

def _openweb_page(link: str, reply: str, blank_lines: bool = True) -> str:
    lines = [
        "Conversación", "31 Comentarios", "Iniciar sesión", "¿Qué opinas?", "Ordenar por", "Mejores",
        "M", "Mario Ixtlahuaca", "hace 22 h", "Anunciaron lo mismo en 2023 y la obra nunca empezó.",
        "Responder", "24", "Compartir", link,
        "R", "Rosalba Tecuapetla", "hace 20 h", reply, "Responder", "17", "Compartir",
        "U", "una vecina de la calle Morelos de toda la vida", "hace 15 h",
        "Voy al mercado todos los sábados. A la unidad deportiva no voy a poder ir.", "Responder", "31", "Compartir",
        "J", "Jorge Tlapale", "hace 9 h",
        "@una vecina de la calle Morelos de toda la vida el camión de la ruta 4 sí pasa por ahí.",
        "Responder", "5", "Compartir",
        "P", "Paty R.", "hace 3 h", "Necesario.", "Responder", "2", "Compartir",
        "Mostrar más comentarios", "Funciona con OpenWeb", "Términos | Privacidad | Feedback",
    ]
    sep = "\n\n" if blank_lines else "\n"
    return sep.join(ARTICLE + lines)


ADDRESSED = "Mario, esta vez ya está la licitación publicada. Pedimos que nos dejen cerca del centro."


@pytest.mark.parametrize("blank_lines", [True, False])
def test_openweb_view_one_reply_over_a_reply_addressing_the_comment_above(blank_lines):
    _, comments = _comments(_openweb_page("Ver 1 respuesta", ADDRESSED, blank_lines))
    assert [(a, p) for a, p, _ in comments] == [
        ("Mario Ixtlahuaca", None), ("Rosalba Tecuapetla", 1), ("una vecina de la calle Morelos de toda la vida", None),
        ("Jorge Tlapale", 3), ("Paty R.", None)]
    assert comments[2][2].startswith("Voy al mercado")


@pytest.mark.parametrize("link, reply", [
    ("Ver 1 respuesta", "Esta vez ya está la licitación publicada. Pedimos que nos dejen cerca del centro."),  # no address
    ("Mostrar 2 respuestas más", ADDRESSED),  # follows replies already shown: the next comment is top-level
    ("Mostrar más comentarios", ADDRESSED),  # a name opening a comment alone makes no reply
])
def test_openweb_reply_needs_both_the_link_and_the_address(link, reply):
    _, comments = _comments(_openweb_page(link, reply))
    assert comments[1][:2] == ("Rosalba Tecuapetla", None)
