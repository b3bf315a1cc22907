"""Round 32 (helper fix32d): Waline, a self-hosted JS comment widget (fr_disqus_r32_10), and a w3m
page whose masthead tagline was read as the title (en_wpdiscuz_r32_01). Waline prints the
browser and operating system it reads from the commenter's user agent as two badge lines under
the name ('Firefox 132.0' / 'Windows 10'), as Twikoo, Valine and Artalk do; its form, sort tabs
and 'Powered by Waline' credit are data (comment_widgets.json waline.*, generic.noise.badges.
r32_user_agent). Each test fails without its rule or fix."""
import datetime as dt

import pytest

from transforms.comment_lines import END, FORM, NOISE, TEXT, WIDGET, classify, is_badge
from transforms.document import build_records
from transforms.metadata import extract_byline, extract_title
from transforms.rules import is_noise_line


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- the user-agent badges ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Firefox 132.0", "Chrome 131.0.0.0", "Safari 18.1", "Edge 131.0.0.0", "Windows 10", "Windows 11",
    "Mac OS 10.15.7", "macOS", "iOS 18.1", "Android 14", "Linux", "Chrome 131.0.0.0 · Windows 10",
])
def test_user_agent_badges_are_chrome_and_badges(line):
    assert classify(0, line).kind == NOISE
    assert is_badge(line)


@pytest.mark.parametrize("line", [
    "Chrome", "Safari", "Windows 10 is finally gone from the library computers.",
    "I use Firefox 132.0 and it still breaks.", "Edge",
])
def test_a_browser_without_its_version_or_a_sentence_naming_one_is_text(line):
    assert classify(0, line).kind == TEXT


def test_user_agent_badges_stay_in_a_body():
    assert not is_noise_line("Windows 11")  # in_body false: only read inside a thread


# -- Waline's chrome in its languages -------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("Propulsé par Waline v3.3.2", END), ("Powered by Waline v3.3.2", END), ("Powered by Twikoo v1.6.39", END),
    ("Pseudo", FORM), ("Laissez un commentaire…", FORM), ("Aperçu", FORM), ("Commentez ici...", FORM),
    ("NickName", FORM), ("Comment here...", FORM), ("Benutzername", FORM), ("Vorschau", FORM),
    ("Nombre de usuario", FORM), ("Comenta aquí...", FORM), ("昵称", FORM),
    ("Le plus chaud", WIDGET), ("Hottest", WIDGET), ("Am beliebtesten", WIDGET), ("Más vistos", WIDGET),
    ("No comment yet.", WIDGET), ("按热度", WIDGET),
    ("Charger plus...", NOISE), ("Mehr laden...", NOISE), ("Cargar Más...", NOISE), ("回复", NOISE),
    ("博主", NOISE), ("Épinglé", NOISE),
])
def test_waline_chrome(line, kind):
    assert classify(0, line).kind == kind


def test_waline_count_in_chinese():
    assert classify(0, "3 条评论").count == 3


# -- a Waline thread, browser copy ------------------------------------------------------------------

ARTICLE = [
    "Harbour Notes", "", "Ferry timetable changes in January", "",
    "By Ana Ruiz · December 5, 2026", "",
    "The ferry between the two harbours will run every forty minutes from January, the operator said on "
    "Thursday, after a year of complaints about the winter gaps in the timetable and the crowded last boat.", "",
    "The council will pay for the extra crossings until the spring, when the contract is put out to tender again "
    "and the new operator has to keep the same frequency.", "",
]


def _waline_thread(lang: dict) -> str:
    posts = [
        ("Denise F.", [], "Firefox 132.0", "Windows 10", "2026-12-05 19:42", lang["first"]),
        ("Marc P.", [], "Chrome 131.0.0.0", "Android 14", "2026-12-05 20:15", lang["second"]),
        ("Ana Ruiz", [lang["admin"]], "Chrome 131.0.0.0", "Mac OS 10.15.7", "2026-12-05 21:03", "@Marc P. " + lang["answer"]),
        ("gilles_b", [], "Edge 131.0.0.0", "Windows 11", lang["ago"], "@Denise F. " + lang["short"]),
    ]
    lines = [lang["heading"], "", *lang["form"], "", f"4 {lang['heading']}", "", *lang["sort"], ""]
    for name, badges, browser, system, stamp, text in posts:
        for line in (name, *badges, browser, system, stamp, text, lang["reply"]):
            lines += [line, ""]
    lines += [lang["more"], "", lang["powered"], "", "About · Privacy · Contact"]
    return "\n".join(ARTICLE + lines)


LANGS = {
    "en": {
        "heading": "Comments", "form": ["NickName", "", "E-Mail", "", "Website", "", "Comment here...", "", "Preview",
                                        "", "Login", "", "Submit"],
        "sort": ["Latest", "", "Oldest", "", "Hottest"], "admin": "Admin", "reply": "Reply", "more": "Load More...",
        "powered": "Powered by Waline v3.3.2", "ago": "9 hours ago",
        "first": "Forty minutes is still too long in January when the wind comes off the water.",
        "second": "Who pays after the spring? Nobody has said.", "answer": "The council says the tender will require it.",
        "short": "same here.",
    },
    "de": {
        "heading": "Kommentare", "form": ["Benutzername", "", "E-Mail", "", "Webseite", "", "Kommentieren Sie hier...",
                                          "", "Vorschau", "", "Anmelden", "", "Senden"],
        "sort": ["Neueste", "", "Älteste", "", "Am beliebtesten"], "admin": "Admin", "reply": "Antworten",
        "more": "Mehr laden...", "powered": "Powered by Waline v3.3.2", "ago": "vor 9 Stunden",
        "first": "Vierzig Minuten sind im Januar immer noch zu lang, wenn der Wind vom Wasser kommt.",
        "second": "Wer zahlt nach dem Frühjahr? Das hat niemand gesagt.",
        "answer": "Laut Rat schreibt die Ausschreibung das vor.", "short": "geht mir genauso.",
    },
}


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_waline_thread_authors_parents_and_no_badge_left(lang):
    article, comments = _records(_waline_thread(LANGS[lang]))
    assert [(a, p) for a, p, _ in comments] == [("Denise F.", None), ("Marc P.", None), ("Ana Ruiz", 2), ("gilles_b", 1)]
    assert article["declared_comment_count"] == 4
    bodies = "\n".join(b for _, _, b in comments)
    for chrome in ("Firefox", "Chrome", "Windows", "Android", "Mac OS", "Waline", "Privacy", "Admin"):
        assert chrome not in bodies


# -- a Québec cookie banner above the headline ------------------------------------------------------

def test_quebec_cookie_notice_is_noise():
    assert is_noise_line("Nous utilisons des témoins (cookies) pour mesurer l'audience. Vous pouvez les refuser en tout temps.")
    assert not is_noise_line("Les policiers ont rencontré des témoins de l'accident.")


def test_byline_under_a_quebec_cookie_banner_and_a_menu_is_read():
    page = "\n\n".join([
        "L'Écho du Lac", "Le média communautaire des environs", "Accueil", "Municipal", "Culture", "Plein air",
        "Archives", "Faire un don",
        "Nous utilisons des témoins (cookies) pour mesurer l'audience. Vous pouvez les refuser en tout temps.",
        "J'accepte", "Je refuse", "MUNICIPAL", "L'église deviendra une bibliothèque et une salle communautaire",
        "Par Mathieu Gagnon-Lévesque · 5 décembre 2026 · Lecture de 4 minutes", "Partager",
        "La municipalité achètera l'église du village pour un dollar symbolique et la transformera en bibliothèque "
        "et en salle communautaire, a décidé le conseil municipal lundi soir après deux ans de discussions.",
    ])
    byline = extract_byline(page)
    assert byline.author == "Mathieu Gagnon-Lévesque"
    assert byline.published_date == dt.date(2026, 12, 5)


# -- the masthead's tagline under a skip link is no headline (w3m) -------------------------------------

W3M_HEAD = """Skip to content
The Quillmere Sentinel
News for Quillmere and the Upper Tarn Valley since 1911

  • Local
  • Schools
  • Sports
  • Obituaries

We use cookies to keep this site working and to count visits. [Accept all] [Cookie
settings]

Home » Community » Libraries

COMMUNITY

Quillmere library stays open until 9 p.m. after volunteers fill the evening desk

Forty-two residents signed up for shifts through the end of March

By Harriet Oyelaran | December 5, 2026 | 4 min read

The Quillmere Public Library will keep its doors open until 9 p.m. on weekdays
starting Monday, undoing a cut the town made in April when it trimmed $210,000
from the library's budget and moved closing time to 5:30.
"""


def test_masthead_tagline_under_a_skip_link_is_no_title():
    assert extract_title(W3M_HEAD) == "Quillmere library stays open until 9 p.m. after volunteers fill the evening desk"


def test_a_site_name_under_a_skip_link_over_the_headline_and_its_dek_leaves_the_headline():
    # no menu under the line below the site's name: that line is the headline, not a tagline
    page = ("Skip to content\n\nThe Quillmere Sentinel\n\n"
            "Quillmere library stays open until 9 p.m. after volunteers fill the evening desk\n\n"
            "Forty-two residents signed up for shifts through the end of March\n\n"
            "By Harriet Oyelaran | December 5, 2026\n\n" + ARTICLE[6])
    assert extract_title(page) == "Quillmere library stays open until 9 p.m. after volunteers fill the evening desk"
