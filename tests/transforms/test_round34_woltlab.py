"""Round 34's WoltLab Burning Board thread (tests/eval/cleaning/holdout34/de_forum_r34_07, w3m -dump): the post
header (name, rank, 'Beiträge N', 'Mitglied seit DATE', time), the edit note, the guest box, the buttons and the
'Zitat von X' quotes, in WoltLab's German and English words, one thread per language."""
import hashlib

import pytest

from transforms import rules
from transforms.document import build_records
from transforms.lines import plain_line

WOLTLAB = {  # navigation, thread buttons, post number, rank of the opening poster and of the others, post-count
    # label, join date, the opening post's time, a reply's time, a recent time, edit note, quote header, post
    # buttons, deleted placeholder, pager, guest box (heading, line, buttons), online list, footer
    "de": {
        "nav": ["Dashboard", "Forum", "Mitglieder", "Anmelden oder registrieren"],
        "thread_buttons": "Antworten  Thema ignorieren",
        "ranks": ("Super Moderator", "Fortgeschrittener", "Anfänger", "Profi"),
        "posts": "Beiträge", "since": "Mitglied seit 12. März 2019",
        "times": ("4. Dezember 2026 um 19:12", "4. Dezember 2026 um 20:03", "4. Dezember 2026 um 21:47",
                  "Gestern, 08:15", "vor 4 Stunden"),
        "edited": "Dieser Beitrag wurde bereits 1 Mal editiert, zuletzt von Uwe_Kramer (4. Dezember 2026 um 19:30)",
        "quote": "Zitat von {}", "buttons": "Zitieren  Melden",
        "deleted": "Dieser Beitrag wurde vom Moderator gelöscht.",
        "pager": ["Seite 1 von 2", "  • 1", "  • 2", "  • Nächste Seite"],
        "guest": ["Jetzt mitmachen!", "",
                  "Du hast noch kein Benutzerkonto auf unserer Seite? Registriere dich kostenlos und nimm an unserer "
                  "Community teil!", "", "[Benutzerkonto erstellen] [Anmelden]"],
        "online": ["Benutzer online in diesem Thema", "  • 3 Besucher"],
        "footer": "Forensoftware: Burning Board®, entwickelt von WoltLab® GmbH",
        "stamps": ("2026-12-04 19:12", "2026-12-04 20:03", "2026-12-04 21:47"),
    },
    "en": {
        "nav": ["Dashboard", "Forum", "Members", "Login or register"],
        "thread_buttons": "Reply  Ignore Thread",
        "ranks": ("Super Moderator", "Intermediate", "Beginner", "Professional"),
        "posts": "Posts", "since": "Member since Mar 12th 2019",
        "times": ("Dec 4th 2026, 7:12pm", "Dec 4th 2026, 8:03pm", "Dec 4th 2026, 9:47pm", "Yesterday, 8:15am",
                  "4 hours ago"),
        "edited": "This post has been edited 1 time, last by Uwe_Kramer (Dec 4th 2026, 7:30pm).",
        "quote": "Quote from {}", "buttons": "Quote  Report",
        "deleted": "This post has been deleted by the moderator.",
        "pager": ["Page 1 of 2", "  • 1", "  • 2", "  • Next Page"],
        "guest": ["Participate now!", "",
                  "Don’t have an account yet? Register yourself now and be a part of our community!", "",
                  "[Create Account] [Login]"],
        "online": ["Users Viewing This Thread", "  • 3 Guests"],
        "footer": "Forum Software: Burning Board®, developed by WoltLab® GmbH",
        "stamps": ("2026-12-04 19:12", "2026-12-04 20:03", "2026-12-04 21:47"),
    },
}
TITLE = "Village shop Oakridge: co-operative needs new members by February"
OPENING = [
    "Hello everyone, I am putting the news from yesterday's general meeting here because not everyone could come.",
    "The village shop on School Street has been losing money for two years. The co-operative's board said on "
    "Wednesday that the shop can only stay open if at least 60 new members join by the end of February.",
    "Chair Brigitte Hain announced two information evenings in the parish hall in January. Mayor Klaus Rettner "
    "wants to check whether the council can lower the rent for the building.",
]
QUOTED = "Mayor Klaus Rettner wants to check whether the council can lower the rent for the building."
REPLY_1 = ["Without the shop we would all have to drive to Ehringshausen. For the older people here that is no "
           "option.", "I am buying a second share, and so is my daughter."]
REPLY_2 = "Brigitte Hain has done this unpaid for eight years, and still the same people complain about the prices."
REPLY_3 = "The building belongs to the council anyway. Why is this only being checked now?"
REPLY_4 = "The lease runs until the end of 2026 and has to be renegotiated anyway. I will ask at the evening."


def woltlab_page(lang: str) -> str:
    """A WoltLab Burning Board thread as w3m -dump prints it (round 34's de_forum_r34_07 shape)."""
    w = WOLTLAB[lang]
    out = ["Community Forum Oakridge", ""] + [f"  • {item}" for item in w["nav"]] + [
        "", "Startseite › Forum › Rund ums Dorf" if lang == "de" else "Home › Forum › Village life", "", TITLE, "",
        "  • Uwe_Kramer", "  • " + w["times"][0].split(" um ")[0].split(",")[0], "", w["thread_buttons"], ""]

    def header(n: int, name: str, rank: str, posts: str, when: str, since: bool = False) -> list[str]:
        return [f"  • #{n}", "", f"    {name}", f"    {rank}", f"    {w['posts']} {posts}"] + (
            [f"    {w['since']}"] if since else []) + ["", f"    {when}", ""]

    def paras(texts: list[str]) -> list[str]:
        return [line for text in texts for line in (f"    {text}", "")]

    su, adv, beg, pro = w["ranks"]
    out += header(1, "Uwe_Kramer", su, "2.318" if lang == "de" else "2,318", w["times"][0], since=True)
    out += paras(OPENING) + [f"    {w['edited']}", "", f"    {w['buttons']}", ""]
    out += header(2, "Renate Sommerlad", adv, "241", w["times"][1]) + paras(REPLY_1) + [f"    {w['buttons']}", ""]
    out += ["  • #3", "", f"    {w['deleted']}", ""]
    out += header(4, "the one from Linden Farm", beg, "6", w["times"][2]) + paras([REPLY_2]) + [f"    {w['buttons']}", ""]
    out += header(5, "Jochen Bender", pro, "877", w["times"][3]) + paras([w["quote"].format("Uwe_Kramer"), QUOTED, REPLY_3])
    out += [f"    {w['buttons']}", ""]
    out += header(6, "Uwe_Kramer", su, "2.318" if lang == "de" else "2,318", w["times"][3], since=True)
    out += paras([w["quote"].format("Jochen Bender"), "Why is this only being checked now?", REPLY_4])
    out += [f"    {w['buttons']}", ""]
    out += header(7, "lars.w", beg, "19", w["times"][4]) + paras(["Joined."]) + [f"    {w['buttons']}", ""]
    out += w["pager"] + [""] + w["guest"] + [""] + w["online"] + ["", w["footer"], "",
                                                                  "Imprint · Privacy · © 2026 Community Forum Oakridge"]
    return "\n".join(out) + "\n"


def _records(name: str, text: str):
    raw = text.encode("utf-8")
    return build_records(name, "test", hashlib.sha256(raw).hexdigest(), raw)


@pytest.mark.parametrize("lang", sorted(WOLTLAB))
def test_woltlab_thread_saved_by_w3m(lang):
    records = _records(f"{lang}_forum.txt", woltlab_page(lang))
    article = records.articles[0]
    assert article["title"] == TITLE
    assert article["author"] == "Uwe_Kramer"
    assert article["body"] == "\n\n".join(OPENING)  # the edit note is no part of the opening post
    comments = records.comments
    assert [c["author"] for c in comments] == ["Renate Sommerlad", "the one from Linden Farm", "Jochen Bender",
                                               "Uwe_Kramer", "lars.w"]
    assert [c["body"] for c in comments] == ["\n\n".join(REPLY_1), REPLY_2, REPLY_3, REPLY_4, "Joined."]
    assert [c["parent_position"] for c in comments] == [None, None, None, 3, None]  # a quote of the opening post: none


@pytest.mark.parametrize("line", [
    WOLTLAB["de"]["edited"], WOLTLAB["en"]["edited"],
    "Dieser Beitrag wurde bereits 3 Mal bearbeitet, zuletzt von Heike (Gestern, 21:04)",
    "This post has been edited 2 times, last by lars.w (Yesterday, 9:40pm).",
    "Mitglied seit 12. März 2019", "Antworten  Thema ignorieren", "Reply  Ignore Thread",
    "[Benutzerkonto erstellen] [Anmelden]", "[Create Account] [Login]", "  • Nächste Seite", "Next Page",
    "  • 3 Besucher", "3 Guests", "Fortgeschrittener", "Anfänger", "Profi", "Erleuchteter", "Intermediate",
    "Jetzt mitmachen!", "Participate now!", "Benutzer online in diesem Thema", "Users Viewing This Thread",
    WOLTLAB["de"]["guest"][2], WOLTLAB["en"]["guest"][2], WOLTLAB["de"]["footer"], WOLTLAB["en"]["footer"],
])
def test_woltlab_chrome_is_noise(line):
    assert rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("line", [
    "Dieser Beitrag wurde bereits diskutiert, zuletzt von mir.",
    "This post has been edited to remove a phone number.",
    "Jetzt mitmachen, bevor der Laden schließt!",
    "Der Profi aus Ehringshausen hat das Dach gemacht.",
    "3 Besucher kamen zum Infoabend, mehr nicht.",
])
def test_sentences_with_woltlab_words_are_no_chrome(line):
    assert not rules.is_noise_line(plain_line(line))
