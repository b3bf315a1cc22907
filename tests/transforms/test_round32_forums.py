"""Round 32's forum pages (tests/eval/cleaning/holdout32): NodeBB saved by Jina's reader view (hr, and the
same thread in NodeBB's English, German and French words), one small case per rule."""
import hashlib

import pytest

from transforms import rules
from transforms.document import build_records
from transforms.lines import plain_line
from transforms.timestamps import is_timestamp, parse_timestamp

SITE = "https://forum.example.org"


def _records(name: str, text: str):
    raw = text.encode("utf-8")
    return build_records(name, "test", hashlib.sha256(raw).hexdigest(), raw)


# ----------------------------------------------------------------------------- NodeBB, Jina reader view

NODEBB = {  # NodeBB's words per language: topic stats, 'wrote on', a post's time, a recent time, quote header,
    # the post's buttons, the deleted post's placeholder, the navigator's links
    "hr": ("7 Objave 5 Sudionici 1.2k Pregleda", "napisao {}", ("4. pro 2026. 18:36", "4. pro 2026. 19:02",
           "4. pro 2026. 20:15"), "prije 6 sati", "je rekao u", ":", ("Odgovori", "Citiraj"),
           "Ova objava je izbrisana!", ("Prvi post", "Zadnji post")),
    "en": ("7 Posts 5 Posters 1.2k Views", "wrote on {}", ("Dec 4, 2026, 6:36 PM", "Dec 4, 2026, 7:02 PM",
           "Dec 4, 2026, 8:15 PM"), "6 hours ago", "said in", ":", ("Reply", "Quote"), "This post is deleted!",
           ("First post", "Last post")),
    "de": ("7 Beiträge 5 Kommentatoren 1.2k Aufrufe", "schrieb am {}", ("4. Dez. 2026, 18:36", "4. Dez. 2026, 19:02",
           "4. Dez. 2026, 20:15"), "vor 6 Stunden", "sagte in", ":", ("Antworten", "Zitieren"),
           "Dieser Beitrag wurde gelöscht!", ("Erster Beitrag", "Letzter Beitrag")),
    "fr": ("7 Messages 5 Participants 1.2k Vues", "a écrit le {}", ("4 déc. 2026, 18:36", "4 déc. 2026, 19:02",
           "4 déc. 2026, 20:15"), "il y a 6 heures", "a dit dans", " :", ("Répondre", "Citer"),
           "Ce message a été supprimé !", ("Premier message", "Dernier message")),
}
NODEBB_TITLE = "Novi vrtić u Gornjoj Dubravi otvara se u veljači"
OPENING = ["Novi dječji vrtić u Gornjoj Dubravi otvara se 1. veljače, a upisi počinju 15. prosinca i traju do "
           "10. siječnja. Zgrada je ona bivša zadružna kuća kod crkve, koju su obnavljali cijelu godinu.",
           "Vrtić će imati četiri skupine, ukupno 78 mjesta. Općina planira kombi koji bi ujutro skupljao djecu "
           "iz Lipovca i Brezja, ali to još nije sigurno jer ovisi o tome koliko se djece upiše."]
REPLY_1 = "Planira već treću godinu. Dok ne vidim kombi ispred kuće, ne vjerujem."
REPLY_2 = ["Ovaj put je drugačije, kombi je u proračunu za 2027., pogledajte stavku 412.",
           "Mi ćemo upisati oboje u jaslice."]
REPLY_3 = "Damir Horvatić je isto obećao i sportsku dvoranu 2022. Neka prvo otvore vrtić."


def nodebb_page(lang: str) -> str:
    """A NodeBB topic as Jina's reader view saves it (round 32's hr_forum_r32_07 shape): the avatar link, the
    name link over the post's time link, '> [@slug](…) said in [topic](…):' quotes, the buttons with the vote
    count on one line, a deleted post's placeholder, the navigator's links and the footer."""
    stats, wrote, (day1, day2, day3), recent, said, colon, (reply, quote), deleted, (first, last) = NODEBB[lang]
    posts = [("Ivana Kos", "ivana-kos", wrote.format(day1), None, OPENING),
             ("marko.p", "marko-p", wrote.format(day2), ("Ivana-Kos", 0, "Općina planira kombi koji bi ujutro "
                                                          "skupljao djecu iz Lipovca i Brezja"), [REPLY_1]),
             ("mama dvoje blizanaca iz Brezja", "mama-dvoje", wrote.format(day3),
              ("marko.p", 1, "Dok ne vidim kombi ispred kuće, ne vjerujem."), REPLY_2),
             ("Tomislav B.", "tomislav-b", wrote.format(day3), None, [REPLY_3]),
             ("ljubica", "ljubica", recent, None, ["Hvala."])]
    out = [f"Title: {NODEBB_TITLE} | Forum Zagorske Doline", "", f"URL Source: {SITE}/topic/4821/novi-vrtic", "",
           "Published Time: 2026-12-04T17:36:12.000Z", "", "Markdown Content:",
           f"[![Forum Zagorske Doline]({SITE}/logo.png)]({SITE}/)", "",
           f"1.   [Početna]({SITE}/)", f"2.   [Obitelj i škola]({SITE}/category/7)", f"3.   {NODEBB_TITLE}", "",
           NODEBB_TITLE, "=" * len(NODEBB_TITLE), "", stats, ""]
    for k, (name, slug, when, quoted, paragraphs) in enumerate(posts):
        out += [f"[![Image {k + 1}]({SITE}/avatar/{k}.png)]({SITE}/user/{slug})", "", f"[{name}]({SITE}/user/{slug})",
                "", f"[{when}]({SITE}/post/{100 + k})", ""]
        if quoted:
            user, post, words = quoted
            out += [f"> [@{user}]({SITE}/user/{user}) {said} [{NODEBB_TITLE}]({SITE}/post/{100 + post}){colon}", ">",
                    f"> {words}", ""]
        for paragraph in paragraphs:
            out += [paragraph, ""]
        out += [f"[{reply}]({SITE}/topic/4821?reply={100 + k}) [{quote}]({SITE}/topic/4821?quote={100 + k}) {12 - k}", ""]
        if k == 2:
            out += [f"_{deleted}_", ""]
    out += [f"*   [{first}]({SITE}/topic/4821/1)", f"*   [{last}]({SITE}/topic/4821/7)", "",
            "Powered by [NodeBB](https://nodebb.org/) | [Pravila foruma](https://forum.example.org/pravila)"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang", sorted(NODEBB))
def test_nodebb_thread_saved_by_a_reader_view(lang):
    records = _records(f"{lang}_forum.md", nodebb_page(lang))
    article = records.articles[0]
    assert article["author"] == "Ivana Kos"
    assert str(article["published_date"]) == "2026-12-04"
    assert article["declared_comment_count"] is None  # '7 Posts 5 Posters' counts posts, not comments
    assert article["body"] == "\n\n".join(OPENING)
    comments = records.comments
    assert [c["author"] for c in comments] == ["marko.p", "mama dvoje blizanaca iz Brezja", "Tomislav B.", "ljubica"]
    assert [c["parent_position"] for c in comments] == [None, 1, None, None]  # a quote of the opening post: none
    assert [c["body"] for c in comments] == [REPLY_1, "\n\n".join(REPLY_2), REPLY_3, "Hvala."]
    assert [str(c["posted_at"])[:16] for c in comments[:3]] == ["2026-12-04 19:02", "2026-12-04 20:15",
                                                              "2026-12-04 20:15"]
    assert comments[3]["posted_at"] is None  # a relative time gives none


@pytest.mark.parametrize("line", [
    "[Odgovori](https://f.hr/topic/1?reply=2) [Citiraj](https://f.hr/topic/1?quote=2) 12",
    "Antworten Zitieren 3", "Répondre Citer 0", "Responder Citar 5",
    "_Ova objava je izbrisana!_", "This post is deleted!",
    "*   [Prvi post](https://f.hr/topic/1/1)", "Zadnji post", "Last post",
])
def test_nodebb_post_chrome_is_noise(line):
    assert rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("line", ["Prvi post je bio bolji od ovoga.", "Odgovori mi na pitanje, molim te."])
def test_sentences_with_nodebb_words_are_no_chrome(line):
    assert not rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("text, expected", [
    ("napisao 4. pro 2026. 18:36", "2026-12-04 18:36"),  # the year's ordinal full stop before the time
    ("4. prosinca 2026. u 18:36", "2026-12-04 18:36"),
    ("napisala 5. pro 2026. 09:48", "2026-12-05 09:48"),
])
def test_croatian_post_time_with_the_year_as_an_ordinal(text, expected):
    assert str(parse_timestamp(text, require_time=True))[:16] == expected


@pytest.mark.parametrize("text", ["prije 6 sati", "prije 2 dana", "prije 3 tjedna", "prije nekoliko minuta", "jučer"])
def test_croatian_relative_times(text):
    assert is_timestamp(text)
    assert parse_timestamp(text, require_time=True) is None


def test_a_sentence_ending_in_a_date_is_no_timestamp():
    assert not is_timestamp("Sjednica je bila 4. prosinca 2026.")
    assert not is_timestamp("We met on 4 December 2026.")
