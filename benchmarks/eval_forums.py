"""Score the cleaner on labelled threads re-printed as sixteen forum layouts print them (issue 3).

    python benchmarks/eval_forums.py                  # one row per forum package and language
    python benchmarks/eval_forums.py --details        # plus one row per page, with what went wrong
    python benchmarks/eval_forums.py --layout smf --lang de
    python benchmarks/eval_forums.py --no-blank-lines # the same copies without their blank lines
    python benchmarks/eval_forums.py --short-opening  # an opening post of 1-2 sentences, one-sentence replies
    python benchmarks/eval_forums.py --saver lynx     # the copies as a saver prints them (eval_cleaning's --layout)
    python benchmarks/eval_forums.py --saver all      # one row per forum layout and saver (six runs, a few minutes)
    python benchmarks/eval_forums.py --keep DIR       # also write the pages and their gold to DIR
    python benchmarks/eval_forums.py --gate           # what CI runs: floors under "forums" in eval_floors.json

Forum threads are the family blind pages miss most (rounds 13c and 17a: comment counts right
on a quarter to a third of the pages before their fixes). The set's forum pages are the
layouts their writers picked. This takes labelled threads of tests/eval/cleaning/cases (the
article, its commenters, their words and who replies to whom, from the gold) and prints each
as a browser copy of phpBB, XenForo, SMF, vBulletin, Discourse and Invision would show it, in
the forum's own words for seven languages (post headers, ranks and post counts, 'X wrote:'
quotes with the quoted sentence, 'Top' / 'Logged' / 'Like Quote Reply' rows): the article is
the opening post, each comment a reply, a reply to a comment quotes that comment's first
sentence. The gold is the same article and comments (the quoted sentence is not the reply's
text). Layouts are written from knowledge of the packages, not from the rules. A low row is a
forum package or language the rules do not read; --gate holds the overall numbers at their
floors (tests/test_eval_forums.py).

Second set of layouts (session of 2026-12-06, evening), written before anything was looked at:
MyBB (profile fields 'Posts: / Threads: / Joined: / Reputation:', 'Post: #N', 'X Wrote: (DATE)'
quotes, 'Find' and 'Reply Quote Report'), Flarum (name over '3 hours ago', 'Like' / 'Reply',
'A, B and 3 others liked this.', 'X replied to this.', replies opening with '@name'), NodeBB
('wrote on DATE', 'last edited by', '@X said in TITLE:' quotes, 'N Replies', 'Reply Quote', a
vote row), Vanilla ('X said:' quotes, 'Quote Flag Insightful Awesome LOL', the 'Comments' tab,
'edited DATE'), Lemmy ('submitted AGO by X to c/NAME', 'N points · AGO', 'reply report', replies
indented under their parent) and Discourse with its post controls ('N Replies', 'Reply', like
counts, the topic map one label or value per line, the reply-to tab's user name). Their chrome
lines are the pages' noise lines (the first six layouts list none). First run, before any
cleaner change (count exact / authors / parents / pages with a leaked line; 21 pages each):

    layout          as printed                  no blank lines              --short-opening
    mybb            0.143 0.000 0.000 0.000     1.000 0.525 0.513 0.048     0.048 0.000 0.000 0.429
    flarum          1.000 1.000 1.000 0.000     1.000 1.000 1.000 0.000     1.000 1.000 1.000 0.000
    nodebb          1.000 1.000 1.000 0.143     1.000 1.000 1.000 0.143     0.857 0.842 0.923 0.143
    vanilla         1.000 1.000 0.923 1.000     0.810 0.851 0.718 0.619     1.000 1.000 0.923 1.000
    lemmy           0.905 0.238 0.974 0.000     0.905 0.238 0.974 0.000     0.905 0.238 0.974 0.000
    discourse_tabs  0.857 0.871 0.897 0.000     0.857 0.871 0.897 0.000     1.000 1.000 1.000 0.000 (body 0.571)
    the first six   0.992 0.997 0.970 0.000     0.992 0.997 0.970 0.000     0.817 0.827 0.863 0.000 (body 0.885)
    overall (252)   0.905 0.841 0.885 0.095     0.960 0.872 0.910 0.067     0.810 0.753 0.833 0.131 (body 0.885)

With --short-opening (the first six): phpBB count 0.619, SMF 0.571, Invision 0.857, XenForo
0.905 (body 0.82 / 0.68 / 0.87 / 0.94): a two-sentence opening post and one-sentence replies were
read as one block or as authors. --short-opening --no-blank-lines overall: 0.833 0.768 0.850 0.083
(body 0.910).

After the fixes (rules with tests in tests/transforms/test_forum_engines.py; main's round 19a
fixed most short opening posts meanwhile), same columns, plus --short-opening --no-blank-lines:

    layout          as printed                  no blank lines              --short-opening               short, no blank lines
    phpbb           1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    xenforo         1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    smf             1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    vbulletin       1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   0.810 0.881 0.923 0.000
    discourse       1.000 1.000 1.000 0.000   0.952 0.980 0.897 0.000   1.000 1.000 1.000 0.000   0.810 0.881 0.846 0.000 (body 0.960)
    invision        1.000 1.000 1.000 0.000   1.000 1.000 0.923 0.000   1.000 1.000 1.000 0.000   1.000 1.000 0.923 0.000
    mybb            1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   0.952 0.960 0.974 0.000
    flarum          1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    nodebb          1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    vanilla         1.000 1.000 1.000 0.000   1.000 1.000 0.923 0.000   1.000 1.000 1.000 0.000   1.000 1.000 0.923 0.000
    lemmy           1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    discourse_tabs  1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000   1.000 1.000 1.000 0.000
    overall         1.000 1.000 1.000 0.000   0.996 0.998 0.979 0.000   1.000 1.000 1.000 0.000   0.964 0.977 0.966 0.000 (body 0.997)

Savers (--saver, session of 2026-12-07): every copy re-laid out as eval_cleaning.py --layout does
(benchmarks/saver_layouts.py for lynx and markdown-links). Body / count / authors / parents / leak
over the 252 pages: as printed 1.000 1.000 1.000 1.000 0; no-blank-lines and blank-after-every-line
1.000 0.996 0.998 0.979 0 (Discourse, Invision and Vanilla parents, as above); wrapped-72, lynx and
markdown-links 1.000 1.000 1.000 1.000 0 on every layout (comment F1 0.998 under lynx: a quote
wrapped at 76 columns keeps its last line in the reply, phpBB and SMF). Nothing to fix here; floors
per saver under "forums" / "savers" in eval_floors.json (--saver NAME --gate), not run by pytest.

Round 31 (helper fix31a): XenForo 2 as html2text saves it ('xenforo_md', cs_forum_r31_07's shape:
the name a link over the member title, '[DATE](…) [#N](…)', quotes as '> [X said:](…)' blockquotes
closed by '> Click to expand...', the buttons one row of links, 'Reactions: …' under some posts;
a saver's copy already, so --saver leaves it as printed). First run: 1.000 on every metric in six
languages; German lost a quote's end ('Zum Erweitern anklicken....', four dots: a rule fixed), then
1.000 as printed, without blank lines and with --short-opening.

Round 32 (helper fix32b): NodeBB as Jina's reader view saves it ('nodebb_md', hr_forum_r32_07's shape: the
avatar and name links, '[wrote on DATE](…)', quotes as '> [@Name-With-Hyphens](…) said in [TITLE](…):'
blockquotes, the buttons as links with the vote count after them, the topic stats on one line) and Flarum as
w3m -dump prints it ('flarum_w3m', es_forum_r32_11's shape: posts indented, 'Name   TIME' headers in two
columns, a quote as the mention '@Name' over the quoted sentence indented deeper, 'Like   Reply' rows), both
savers' copies already. First run: NodeBB es 0.667 count (the stats line '7 Mensajes 6 Autores 361 Visitas'
read as the thread's count heading), quotes of 'Janet O.' ('@Janet-O.') and a Portuguese topic naming a
school (read as Facebook's job badge) left in the replies; Flarum de lost its first reply (two short lines
under the opening post's row) and the opening post's header 'harbourwatch   4. Dez.' stayed in the body;
without blank lines short quotes ('Por fin.') stayed. After the fixes: 1.000 on every metric as printed,
without blank lines and with --short-opening.

Round 33 (helper fix34a): Kunena 5/6 (Joomla) as a browser copies a topic ('kunena', ro_forum_r33_07's shape:
the poster box name / rank / 'Posts: N', the post's 'DATE TIME #id' line, 'X wrote:' over the quoted sentence,
Kunena's 'Last edit: DATE by X.' and 'The following user(s) said Thank You: A, B' lines, the row of message
buttons, 'Time to create page: ... seconds' and 'Powered by Kunena Forum'; words from Kunena's language files).
First run, with the round-33 rules for the Romanian page already in: as printed the thanks line leaked on 8 of
21 pages (names with a full stop, 'Janet O.', were not read as its tail); without blank lines a short quoted
sentence ('Enfin !', 'Por fin.') stayed in the reply, and with it French 'X a écrit :' (parent lost). After the
fixes 1.000 on every metric as printed, without blank lines and with --short-opening; the short-quote fix also
took the other layouts' parents without blank lines from 0.984 to 0.998 (Vanilla and Invision 0.927 -> 1.000,
Discourse 0.902 -> 0.976).

Left: short threads without blank lines lose replies in vBulletin, Discourse and MyBB copies; without blank
lines Discourse's two-word reply 'Avec plaisir' over the next poster's name is not read as a reply (the blank
line between them told it apart; Discourse count 0.952, parents 0.976). A short quoted sentence without blank
lines is read as the quote since round 33 only where a post above opens with it (the quotes these layouts print).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_cleaning as ev  # noqa: E402
from benchmarks.forum_words import (DISCOURSE_TABS, FLARUM, FLARUM_TAG, KUNENA, KUNENA_RANKS, LEMMY,  # noqa: E402
                                    LEMMY_COMMUNITY, MYBB, MYBB_DAY, NODEBB, RELATIVE_HOURS, THOUSANDS, VANILLA)

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
HOSTS_PER_LANGUAGE = 3
MIN_COMMENTS, MAX_COMMENTS = 3, 12
MAX_AUTHOR_WORDS = 3  # forum user names are short
QUOTE_WORDS = 14  # a reply quotes at most this many words of its parent's first sentence
OPENER = "harbourwatch"  # the opening post's poster (the article's writer is not a forum user)
_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")
# A comment widget's guest ('Guest', 'Gast'): a forum prints a guest's post without rank,
# post count or join date.
GUESTS = frozenset({"guest", "gast", "invité", "invitado", "ospite", "convidado", "visitante", "anonymous", "anonyme"})

Post = dict[str, Any]
# author, paragraphs, quote (parent author, quoted words) or None, n (0 = opening post),
# parent (the n of the post it answers) or None, depth (0 for the opening post and top-level replies)


class Noise(str):
    """A line of forum chrome (buttons, profile fields, counts): listed in the page's gold noise_lines."""

# ----------------------------------------------------------------------------- words per language

DAY = {"en": "Dec 04, 2026", "de": "04.12.2026", "fr": "04/12/2026", "es": "04/12/2026", "it": "04/12/2026",
       "pt": "04/12/2026", "nl": "04-12-2026"}
LONG_DAY = {"en": "December 4, 2026", "de": "4. Dezember 2026", "fr": "4 décembre 2026", "es": "4 de diciembre de 2026",
            "it": "4 dicembre 2026", "pt": "4 de dezembro de 2026", "nl": "4 december 2026"}
WROTE = {"en": "{} wrote:", "de": "{} hat geschrieben:", "fr": "{} a écrit :", "es": "{} escribió:",
         "it": "{} ha scritto:", "pt": "{} escreveu:", "nl": "{} schreef:"}
PHPBB = {  # post header, back to top, posts count line
    "en": ("Post by {} » Thu {} {}", "Top", "{} posts • Page 1 of 1"),
    "de": ("Beitrag von {} » Do {} {}", "Nach oben", "{} Beiträge • Seite 1 von 1"),
    "fr": ("Message par {} » jeu. {} {}", "Haut", "{} messages • Page 1 sur 1"),
    "es": ("Mensaje por {} » Jue {} {}", "Arriba", "{} mensajes • Página 1 de 1"),
    "it": ("Messaggio da {} » gio {} {}", "Torna su", "{} messaggi • Pagina 1 di 1"),
    "pt": ("Mensagem por {} » Qui {} {}", "Topo", "{} mensagens • Página 1 de 1"),
    "nl": ("Bericht door {} » do {} {}", "Naar boven", "{} berichten • Pagina 1 van 1"),
}
XENFORO = {  # rank, 'X said:', expand, buttons
    "en": ("Well-known member", "{} said:", "Click to expand...", "Like Quote Reply"),
    "de": ("Bekanntes Mitglied", "{} hat gesagt:", "Zum Erweitern anklicken....", "Gefällt mir Zitieren Antworten"),
    "fr": ("Membre", "{} a dit :", "Cliquez pour agrandir...", "J'aime Citer Répondre"),
    "es": ("Miembro", "{} dijo:", "Haz clic para expandir...", "Me gusta Citar Responder"),
    "it": ("Utente", "{} ha detto:", "Clicca per espandere...", "Mi piace Cita Rispondi"),
    "pt": ("Membro", "{} disse:", "Clique para expandir...", "Curtir Citar Responder"),
    "nl": ("Lid", "{} zei:", "Klik om uit te vouwen...", "Leuk Citeren Beantwoorden"),
}
XENFORO_MD = {  # XenForo 2 as html2text saves it: the post buttons, the reactions line ('Reactions: A, B and 3 others')
    "en": (("Like", "Quote", "Reply"), "Reactions: {} and {} others"),
    "de": (("Gefällt mir", "Zitieren", "Antworten"), "Reaktionen: {} und {} weitere Person(en)"),
    "fr": (("J'aime", "Citer", "Répondre"), "Réactions : {} et {} autres personnes"),
    "es": (("Me gusta", "Citar", "Responder"), "Reacciones: {} y {} personas más"),
    "it": (("Mi piace", "Cita", "Rispondi"), "Reazioni: {} e altri {}"),
    "pt": (("Curtir", "Citar", "Responder"), "Reações: {} e outras {} pessoas"),
    "nl": (("Leuk", "Citeren", "Beantwoorden"), "Reacties: {} en {} anderen"),
}
SITE = "https://forum.example"  # the links of a markdown save
SMF = {  # rank, posts, opening header, reply header, quote header, logged
    "en": ("Full Member", "Posts: {}", "« on: {} »", "« Reply #{} on: {} »", "Quote from: {} on {}", "Logged"),
    "de": ("Mitglied", "Beiträge: {}", "« am: {} »", "« Antwort #{} am: {} »", "Zitat von: {} am {}", "Gespeichert"),
    "fr": ("Membre", "Messages: {}", "« le: {} »", "« Réponse #{} le: {} »", "Citation de: {} le {}", "Journalisée"),
    "es": ("Miembro", "Mensajes: {}", "« en: {} »", "« Respuesta #{} en: {} »", "Cita de: {} en {}", "En línea"),
    "it": ("Utente", "Post: {}", "« il: {} »", "« Risposta #{} il: {} »", "Citazione da: {} il {}", "Registrato"),
    "pt": ("Membro", "Mensagens: {}", "« Em: {} »", "« Responder #{} Em: {} »", "Citação de: {} em {}", "Registrado"),
    "nl": ("Lid", "Berichten: {}", "« Gepost op: {} »", "« Reactie #{} Gepost op: {} »", "Citaat van: {} op {}", "Gelogd"),
}
VBULLETIN = {  # rank, join date, posts, 'Quote:', 'Originally Posted by X'
    "en": ("Senior Member", "Join Date: Mar 2015", "Posts: {}", "Quote:", "Originally Posted by {}"),
    "de": ("Erfahrener Benutzer", "Registriert seit: 03.2015", "Beiträge: {}", "Zitat:", "Zitat von {}"),
    "fr": ("Membre confirmé", "Date d'inscription: mars 2015", "Messages: {}", "Citation:", "Envoyé par {}"),
    "es": ("Miembro Senior", "Fecha de Ingreso: mar 2015", "Mensajes: {}", "Cita:", "Originalmente Escrito por {}"),
    "it": ("Utente esperto", "Data registrazione: Mar 2015", "Messaggi: {}", "Citazione:", "Originariamente inviato da {}"),
    "pt": ("Membro Sênior", "Data de Ingresso: Mar 2015", "Posts: {}", "Citação:", "Postado originalmente por {}"),
    "nl": ("Senior lid", "Geregistreerd: mrt 2015", "Berichten: {}", "Citaat:", "Oorspronkelijk geplaatst door {}"),
}
DISCOURSE = {"en": "Dec 4", "de": "4. Dez.", "fr": "4 déc.", "es": "4 dic", "it": "4 dic", "pt": "4 dez", "nl": "4 dec"}
INVISION = {  # posted, 'On DATE, X said:', quote button
    "en": ("Posted {}", "On 12/4/2026 at 9:12 AM, {} said:", "Quote"),
    "de": ("Geschrieben {}", "Am 4.12.2026 um 09:12 schrieb {}:", "Zitieren"),
    "fr": ("Posté(e) le {}", "Le 04/12/2026 à 09:12, {} a dit :", "Citer"),
    "es": ("Publicado {}", "El 4/12/2026 a las 9:12, {} dijo:", "Citar"),
    "it": ("Inviato {}", "Il 4/12/2026 alle 09:12, {} ha scritto:", "Cita"),
    "pt": ("Postado {}", "Em 04/12/2026 em 09:12, {} disse:", "Citar"),
    "nl": ("Geplaatst {}", "Op 4-12-2026 om 09:12, {} zei:", "Citeren"),
}


def _guest(post: Post) -> bool:
    return post["author"].casefold() in GUESTS


def _time(n: int) -> str:
    return f"{9 + n // 4:02d}:{(12 + 13 * n) % 60:02d}"


# ----------------------------------------------------------------------------- layouts

def phpbb(title: str, posts: list[Post], lang: str) -> list[str]:
    header, top, count = PHPBB[lang]
    out = [title, count.format(len(posts)), ""]
    for post in posts:
        if post["n"]:
            out.append(f"Re: {title}")
        out.append(header.format(post["author"], DAY[lang], _time(post["n"])))
        if post["quote"]:
            out += [WROTE[lang].format(post["quote"][0]) + f" ↑{DAY[lang]}", post["quote"][1]]
        out += ["\n\n".join(post["paragraphs"]), top, ""]
    return out


def xenforo(title: str, posts: list[Post], lang: str) -> list[str]:
    rank, said, expand, buttons = XENFORO[lang]
    out = [title, f"{posts[0]['author']} · {DAY[lang]}", ""]
    for post in posts:
        out += [post["author"], *([] if _guest(post) else [rank]), "", f"{DAY[lang]}", f"#{post['n'] + 1}", ""]
        if post["quote"]:
            out += [said.format(post["quote"][0]), post["quote"][1], expand]
        out += ["\n\n".join(post["paragraphs"]), "", buttons, ""]
    return out


def xenforo_md(title: str, posts: list[Post], lang: str) -> list[str]:
    """XenForo 2 as html2text saves it (round 31's cs_forum_r31_07 shape): the poster's name a link over
    the member title, '[DATE](post link) [#N](post link)', a quote as a markdown blockquote ('> [X said:](goto
    link)' / '>' / '> quoted' / '>' / '> Click to expand...'), the buttons one row of links, a reactions line
    naming other posters under some posts."""
    rank, said, expand, _ = XENFORO[lang]
    buttons, reactions = XENFORO_MD[lang]
    out = [f"# {title}", ""]
    for post in posts:
        link = f"{SITE}/threads/t.1/post-{100 + post['n']}"
        out += [f"[{post['author']}]({SITE}/members/{post['n']}/)", ""]
        if not _guest(post):
            out += [rank, ""]
        out += [Noise(f"[{DAY[lang]}]({link}) [#{post['n'] + 1}]({link})"), ""]
        if post["quote"]:
            goto = f"{SITE}/goto/post?id={100 + post['parent']}"
            out += [f"> [{said.format(post['quote'][0])}]({goto})", ">", f"> {post['quote'][1]}", ">",
                    Noise(f"> {expand}"), ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
        out += [Noise(" ".join(f"[{b}]({link}/{k})" for k, b in enumerate(buttons))), ""]
        others = [p["author"] for p in posts if p["author"] != post["author"] and not _guest(p)][:2]
        if post["n"] % 3 == 0 and len(others) == 2:
            names = ", ".join(f"[{name}]({SITE}/members/{name}/)" for name in others)
            out += [Noise(reactions.format(names, 2 + post["n"])), ""]
    return out


def smf(title: str, posts: list[Post], lang: str) -> list[str]:
    rank, count, first, reply, quote, logged = SMF[lang]
    out = []
    for post in posts:
        stamp = f"{LONG_DAY[lang]}, {_time(post['n'])}:31"
        out += [post["author"], *([] if _guest(post) else [rank, "***", count.format(40 + 17 * post["n"])]),
                title if not post["n"] else f"Re: {title}",
                first.format(stamp) if not post["n"] else reply.format(post["n"], stamp)]
        if post["quote"]:
            out += [quote.format(post["quote"][0], f"{LONG_DAY[lang]}, 09:12:31"), post["quote"][1]]
        out += ["\n\n".join(post["paragraphs"]), logged, ""]
    return out


def vbulletin(title: str, posts: list[Post], lang: str) -> list[str]:
    rank, joined, count, quote, by = VBULLETIN[lang]
    out = [title, ""]
    for post in posts:
        profile = [] if _guest(post) else [rank, joined, count.format(120 + 31 * post["n"])]
        out += [f"{DAY[lang]}, {_time(post['n'])}", f"#{post['n'] + 1}", post["author"], *profile, ""]
        if post["quote"]:
            out += [quote, by.format(post["quote"][0]), post["quote"][1], ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
    return out


def discourse(title: str, posts: list[Post], lang: str) -> list[str]:
    out = [title, ""]
    for post in posts:
        out += [post["author"], DISCOURSE[lang], ""]
        if post["quote"]:
            out += [f"{post['quote'][0]}:", "", post["quote"][1], ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
    return out


def invision(title: str, posts: list[Post], lang: str) -> list[str]:
    posted, said, button = INVISION[lang]
    out = [title, ""]
    for post in posts:
        out += [post["author"], "", posted.format(LONG_DAY[lang]), ""]
        if post["quote"]:
            out += [said.format(post["quote"][0]), post["quote"][1], ""]
        out += ["\n\n".join(post["paragraphs"]), "", button, ""]
    return out


def _count(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", THOUSANDS[lang])


def _children(posts: list[Post]) -> dict[int, list[Post]]:
    out: dict[int, list[Post]] = {}
    for post in posts:
        if post.get("parent"):
            out.setdefault(post["parent"], []).append(post)
    return out


def mybb(title: str, posts: list[Post], lang: str) -> list[str]:
    rank, unregistered, count, threads, joined, reputation, number, wrote, find, buttons = MYBB[lang]
    day = MYBB_DAY[lang]
    out = [title, ""]
    for post in posts:
        out.append(post["author"])
        if _guest(post):
            out.append(Noise(unregistered))
        else:
            out += [Noise(rank), Noise(count.format(_count(40 + 97 * post["n"], lang))),
                    Noise(threads.format(3 + post["n"])), Noise(joined), Noise(reputation.format(post["n"] % 4))]
        out += ["", Noise(number.format(post["n"] + 1)), day.format(_time(post["n"])), ""]
        if post["quote"]:
            out += [f"{wrote.format(post['quote'][0])} ({day.format(_time(0))})", post["quote"][1], ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
        out += [*([] if _guest(post) else [Noise(find)]), Noise(buttons), ""]
    return out


def flarum(title: str, posts: list[Post], lang: str) -> list[str]:
    """Flarum 1.x: name over a relative time, 'Like' / 'Reply' under the post, who liked it and who
    replied to it (mentions); a reply starts with its '@name' mention (see _mentions)."""
    like, reply, liked, and_word, others, replied, composer = FLARUM[lang]
    children = _children(posts)
    names = list(dict.fromkeys(p["author"] for p in posts[1:]))
    out = [title, FLARUM_TAG[lang], ""]
    for post in posts:
        out += [post["author"], RELATIVE_HOURS[lang].format(9 - post["n"] // 2 if post["n"] < 16 else 1), ""]
        out += ["\n\n".join(post["paragraphs"]), "", Noise(like), Noise(reply)]
        if post["n"] % 3 == 1:
            fans = [a for a in names if a != post["author"]][:2]
            users = f"{', '.join(fans)} {and_word} {others.format(2 + post['n'] % 4)}" if fans else others.format(3)
            out.append(Noise(liked.format(users)))
        answers = list(dict.fromkeys(c["author"] for c in children.get(post["n"], [])))
        if answers:
            who = answers[0] if len(answers) == 1 else f"{', '.join(answers[:-1])} {and_word} {answers[-1]}"
            out.append(Noise(replied.format(who)))
        out.append("")
    return out + [Noise(composer)]


def _mentions(posts: list[Post]) -> list[Post]:
    """Flarum quotes nothing: a reply opens with '@name' of the post it answers, kept in its text."""
    out = []
    for post in posts:
        if post["quote"]:
            first = f"@{post['quote'][0]} {post['paragraphs'][0]}"
            post = dict(post, quote=None, paragraphs=[first, *post["paragraphs"][1:]])
        out.append(post)
    return out


def nodebb(title: str, posts: list[Post], lang: str) -> list[str]:
    stats, wrote, edited, replies, said, buttons = NODEBB[lang]
    children = _children(posts)
    out = [title, Noise(stats.format(len(posts), len({p["author"] for p in posts}), 312 + 7 * len(posts))), ""]
    for post in posts:
        stamp = f"{DISCOURSE[lang]} 2026, {_time(post['n'])}"
        out += [post["author"], wrote.format(stamp)]
        if post["n"] % 4 == 2:
            out.append(Noise(edited.format(post["author"], f"{DISCOURSE[lang]} 2026, {_time(post['n'] + 1)}")))
        out.append("")
        if post["quote"]:
            out += [said.format(post["quote"][0], title), "", post["quote"][1], ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
        answers = len(children.get(post["n"], []))
        if answers:
            out.append(Noise(replies[0] if answers == 1 else replies[1].format(answers)))
        out += [Noise(buttons), Noise(f"▲ {post['n'] % 5} ▼"), ""]
    return out


def _slug(name: str) -> str:
    return re.sub(r"[^\w.]+", "-", name.casefold()).strip("-")


def nodebb_md(title: str, posts: list[Post], lang: str) -> list[str]:
    """NodeBB as Jina's reader view saves it (round 32's hr_forum_r32_07 shape): the preamble, the title
    underlined, the topic stats, then per post the avatar link, the name link over '[wrote on DATE](post
    link)', a quote as '> [@slug](…) said in [TITLE](…):' over '>' and '> quoted', the buttons as links with the
    vote count after them on one line; 'Powered by NodeBB' at the foot. A saver's copy already."""
    stats, wrote, _, _, said, buttons = NODEBB[lang]
    reply, quote = buttons.split()
    topic = f"{SITE}/topic/4821/t"
    out = [f"Title: {title} | Forum", "", f"URL Source: {topic}", "", "Markdown Content:", title, "=" * len(title), "",
           Noise(stats.format(len(posts), len({p["author"] for p in posts}), 312 + 7 * len(posts))), ""]
    for post in posts:
        user = f"{SITE}/user/{_slug(post['author'])}"
        stamp = f"{DISCOURSE[lang]} 2026, {_time(post['n'])}"
        out += [Noise(f"[![Image {post['n'] + 1}]({SITE}/avatar/{post['n']}.png)]({user})"), "",
                Noise(f"[{post['author']}]({user})"), "", Noise(f"[{wrote.format(stamp)}]({SITE}/post/{100 + post['n']})"), ""]
        if post["quote"]:
            name = post["quote"][0]  # NodeBB's mention: the user name, its spaces as hyphens
            handle = re.sub(r"\s+", "-", name)
            mention = said.replace("@{}", f"[@{handle}]({SITE}/user/{_slug(name)})", 1)
            header = mention.format(f"[{title}]({SITE}/post/{100 + post['parent']})")
            out += [Noise(f"> {header}"), ">", Noise(f"> {post['quote'][1]}"), ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
        link = f"{topic}?pid={100 + post['n']}"
        out += [Noise(f"[{reply}]({link}&reply) [{quote}]({link}&quote) {post['n'] % 5}"), ""]
    return out + [Noise("Powered by [NodeBB](https://nodebb.org/)")]


W3M_WIDTH = 80  # w3m -dump's page width


def _w3m_paragraph(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, W3M_WIDTH, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def flarum_w3m(title: str, posts: list[Post], lang: str) -> list[str]:
    """Flarum 1.x as w3m -dump prints it (round 32's es_forum_r32_11 shape): the posts indented, each header
    'Name   TIME' on one line (the theme's columns a run of spaces apart), a quote as the mention '@Name' over
    the quoted line, both indented deeper, the 'Like   Reply' row and some likes lines under the posts.
    A saver's copy already (the paragraphs wrapped at w3m's width)."""
    like, reply, liked, and_word, others, _, composer = FLARUM[lang]
    names = list(dict.fromkeys(p["author"] for p in posts[1:]))
    out = [title, "", Noise(FLARUM_TAG[lang]), ""]
    for post in posts:
        when = RELATIVE_HOURS[lang].format(9 - post["n"] // 2) if post["n"] % 2 and post["n"] < 16 else DISCOURSE[lang]
        out += [Noise(f"    {post['author']}   {when}"), ""]
        if post["quote"]:
            out += [Noise(f"        @{post['quote'][0]}"), *map(Noise, _w3m_paragraph(post["quote"][1], " " * 8)), ""]
        for paragraph in post["paragraphs"]:
            out += [*_w3m_paragraph(paragraph, "    "), ""]
        out += [Noise(f"    {like}   {reply}"), ""]
        if post["n"] % 3 == 1:
            fans = [a for a in names if a != post["author"]][:1]
            users = f"{fans[0]} {and_word} {others.format(2 + post['n'] % 4)}" if fans else others.format(3)
            out += [Noise(f"    {liked.format(users)}"), ""]
    return out + [Noise(composer)]


def vanilla(title: str, posts: list[Post], lang: str) -> list[str]:
    said, reactions, comments, edited = VANILLA[lang]
    out = [title, ""]
    for post in posts:
        stamp = f"{LONG_DAY[lang]} {_time(post['n'])}"
        out += [post["author"], stamp]
        if post["n"] % 4 == 3:
            out.append(Noise(edited.format(f"{LONG_DAY[lang]} {_time(post['n'] + 2)}")))
        out.append("")
        if post["quote"]:
            out += [said.format(post["quote"][0]), post["quote"][1], ""]
        out += ["\n\n".join(post["paragraphs"]), "", Noise(reactions), ""]
        if not post["n"]:
            out += [Noise(comments), ""]
    return out


def lemmy(title: str, posts: list[Post], lang: str) -> list[str]:
    """Lemmy: the post with its 'submitted ... to c/NAME' line and score, then the comment tree,
    each reply indented under the comment it answers (replies printed depth first, see _tree_order)."""
    submitted, points, comments, row = LEMMY[lang]
    opening, *replies = posts
    out = [title, submitted.format(RELATIVE_HOURS[lang].format(9), opening["author"], LEMMY_COMMUNITY[lang]), "",
           "\n\n".join(opening["paragraphs"]), "", Noise(points.format(42)), Noise(comments.format(len(replies))), ""]
    for post in replies:
        pad = "    " * post["depth"]
        text = "\n".join(pad + line if line else "" for line in "\n\n".join(post["paragraphs"]).split("\n"))
        out += [pad + post["author"], Noise(pad + f"{points.format(1 + post['n'] % 7)} · "
                                              f"{RELATIVE_HOURS[lang].format(8 - post['n'] // 3 if post['n'] < 21 else 1)}"),
                text, Noise(pad + row), ""]
    return out


def _tree_order(posts: list[Post]) -> list[Post]:
    """Replies depth first under the post they answer (as a threaded view prints them), renumbered;
    the quote goes (nesting shows the parent)."""
    children = _children(posts)
    order: list[Post] = []

    def walk(post: Post, depth: int) -> None:
        order.append(dict(post, depth=depth, quote=None))
        for child in children.get(post["n"], []):
            walk(child, depth + 1)

    for post in posts[1:]:
        if not post.get("parent"):
            walk(post, 0)
    new_n = {post["n"]: i for i, post in enumerate(order, start=1)}
    return [posts[0]] + [dict(p, n=new_n[p["n"]], parent=new_n.get(p["parent"])) for p in order]


def discourse_tabs(title: str, posts: list[Post], lang: str) -> list[str]:
    """Discourse with its post controls: 'N Replies' under a post that has replies, the 'Reply'
    button, a like count, the topic map under the first post (one label or value per line) and
    the reply-to tab (the parent's user name between poster and date) instead of a quote."""
    reply, replies, (created, last, n_replies, views, users), ago = DISCOURSE_TABS[lang]
    children = _children(posts)
    out = [title, ""]
    for post in posts:
        out += [post["author"], *([post["quote"][0]] if post["quote"] else []), DISCOURSE[lang], ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
        answers = len(children.get(post["n"], []))
        if answers:
            out.append(Noise(replies[0] if answers == 1 else replies[1].format(answers)))
        if post["n"] % 3 == 1:
            out.append(str(1 + post["n"] % 4))
        out.append(Noise(reply))
        if not post["n"]:
            out += ["", Noise(created), DISCOURSE[lang], Noise(last), ago, str(len(posts) - 1), Noise(n_replies),
                    str(300 + len(posts)), Noise(views), str(len({p["author"] for p in posts})), Noise(users)]
        out.append("")
    return out


def kunena(title: str, posts: list[Post], lang: str) -> list[str]:
    """Kunena 5/6 (Joomla) as a browser copies a topic (round 33's ro_forum_r33_07 shape): the subject, then
    per post the poster box (name, rank, 'Posts: N'; a guest's name alone), the post's 'DATE TIME #id' line, a
    quote as 'X wrote:' over the quoted sentence, the text, the edit note under some posts and the readers who
    thanked under others, the row of message buttons; the footer's page time and 'Powered by Kunena Forum'."""
    count, day, wrote, last_edit, thanked, buttons, footer = KUNENA[lang]
    names = list(dict.fromkeys(p["author"] for p in posts[1:] if not _guest(p)))
    out = [title, ""]
    for post in posts:
        rank = "Moderator" if not post["n"] else KUNENA_RANKS[post["n"] % len(KUNENA_RANKS)]
        profile = [] if _guest(post) else [Noise(rank), Noise(count.format(_count(12 + 97 * post["n"], lang)))]
        out += [post["author"], *profile, Noise(f"{day} {_time(post['n'])} #{48120 + 3 * post['n']}"), ""]
        if post["quote"]:
            out += [Noise(wrote.format(post["quote"][0])), Noise(post["quote"][1]), ""]
        out += ["\n\n".join(post["paragraphs"]), ""]
        if post["n"] % 4 == 2:
            out += [Noise(last_edit.format(f"{day} {_time(post['n'] + 1)}", post["author"])), ""]
        fans = [name for name in names if name != post["author"]][:2]
        if post["n"] % 3 == 1 and fans:
            out += [Noise(thanked.format(", ".join(fans))), ""]
        out += [Noise(buttons), ""]
    return out + [*([Noise(footer)] if footer else []), Noise("Powered by Kunena Forum")]


LAYOUTS: dict[str, Callable[[str, list[Post], str], list[str]]] = {
    "phpbb": phpbb, "xenforo": xenforo, "smf": smf, "vbulletin": vbulletin, "discourse": discourse, "invision": invision,
    "xenforo_md": xenforo_md, "mybb": mybb, "flarum": flarum, "nodebb": nodebb, "vanilla": vanilla, "lemmy": lemmy,
    "discourse_tabs": discourse_tabs, "nodebb_md": nodebb_md, "flarum_w3m": flarum_w3m, "kunena": kunena,
}
# A layout whose replies read differently from the quoted replies of posts_of: Flarum's '@name'
# is part of the reply's text, Lemmy prints the thread as a tree.
PREPARE: dict[str, Callable[[list[Post]], list[Post]]] = {"flarum": _mentions, "lemmy": _tree_order}
# A layout that is a saver's output already (html2text's markdown): --saver leaves it as printed.
SAVED_LAYOUTS = frozenset({"xenforo_md", "nodebb_md", "flarum_w3m"})

# ----------------------------------------------------------------------------- pages


def usable(case: ev.Case) -> bool:
    comments = case.gold["comments"]
    authors = [c["author"] for c in comments]
    return (
        case.gold["language"] in LANGUAGES and bool(case.gold.get("title"))
        and MIN_COMMENTS <= len(comments) <= MAX_COMMENTS
        and all(a and len(a.split()) <= MAX_AUTHOR_WORDS and a != OPENER for a in authors)
        and all(c["body"].strip() for c in comments)
    )


def hosts(cases: list[ev.Case], lang: str) -> list[ev.Case]:
    return [c for c in cases if c.gold["language"] == lang and usable(c)][:HOSTS_PER_LANGUAGE]


def _quoted(text: str) -> str:
    first = text.split("\n\n")[0]
    sentence = _SENTENCE.match(first)
    words = (sentence.group(1) if sentence else first).split()
    return " ".join(words[:QUOTE_WORDS])


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"»”’)])\s+")
SHORT_MIN_WORDS = 4  # a 'sentence' shorter than this ('Dr.', 'No.') runs on into the next


def _first_sentences(text: str, count: int) -> str:
    """The first `count` sentences of a text's first paragraph (--short-opening)."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text.split("\n\n")[0].strip()):
        if out and len(out[-1].split()) < SHORT_MIN_WORDS:
            out[-1] += " " + piece
        elif len(out) == count:
            break
        else:
            out.append(piece)
    return " ".join(out)


def posts_of(gold: dict[str, Any], short_opening: bool = False) -> list[Post]:
    """The opening post (the article) and one reply per comment; a reply to a comment quotes its
    first sentence. short_opening: the opening post is only the article's first two sentences and
    each reply only its first sentence."""
    comments = gold["comments"]
    body = _first_sentences(gold["body"], 2) if short_opening else gold["body"]
    texts = [_first_sentences(c["body"], 1) if short_opening else c["body"] for c in comments]
    posts = [{"author": OPENER, "paragraphs": body.split("\n\n"), "quote": None, "n": 0, "parent": None,
              "depth": 0}]
    for n, (c, text) in enumerate(zip(comments, texts), start=1):
        parent = c["parent_position"]
        quote = (comments[parent - 1]["author"], _quoted(texts[parent - 1])) if parent else None
        posts.append({"author": c["author"], "paragraphs": text.split("\n\n"), "quote": quote, "n": n,
                      "parent": parent, "depth": 0})
    return posts


def forum_page(case: ev.Case, layout: str, out_dir: Path, blank_lines: bool = True,
               short_opening: bool = False, saver: str | None = None) -> ev.Case:
    """The thread printed in `layout`, and its gold: the opening post is the body, the replies
    the comments (their words as printed), the layout's chrome lines the noise lines (saver: the
    copy as that saver of eval_cleaning.LAYOUT_NAMES prints it, 'lynx', 'markdown-links', ...)."""
    gold = case.gold
    posts = posts_of(gold, short_opening)
    posts = PREPARE.get(layout, lambda p: p)(posts)
    lines = LAYOUTS[layout](gold["title"], posts, gold["language"])
    text = "\n".join(lines).rstrip() + "\n"
    noise = sorted({line.strip() for line in lines if isinstance(line, Noise)})
    comments = [{"author": p["author"], "body": "\n\n".join(p["paragraphs"]), "parent_position": p["parent"],
                 "posted_at": None} for p in posts[1:]]
    new_gold = dict(gold, family="forum", author=OPENER, publisher=None, published_date=None, declared_count=None,
                    body="\n\n".join(posts[0]["paragraphs"]), noise_lines=noise, comments=comments)
    saver = None if layout in SAVED_LAYOUTS else saver
    return copy_page(f"{layout}__{case.name}", text, new_gold, out_dir, blank_lines, saver)


def copy_page(name: str, text: str, gold: dict[str, Any], out_dir: Path, blank_lines: bool = True,
              saver: str | None = None) -> ev.Case:
    """A browser copy `text` written to `out_dir` as printed, without its blank lines, or as
    `saver` prints it (which may add noise lines to the gold: a References list, image lines)."""
    if saver:
        return ev.relay_case(name, text, ".txt", gold, saver, out_dir)
    path = out_dir / f"{name}.txt"
    path.write_text(text if blank_lines else ev._no_blank_lines(text), encoding="utf-8")
    return ev.Case(name, path, gold)


def score(cases: list[ev.Case], layouts: list[str], langs: list[str], blank_lines: bool = True,
          short_opening: bool = False, keep: Path | None = None, saver: str | None = None
          ) -> dict[tuple[str, str], list[ev.CaseScore]]:
    """Scores per (layout, language): each usable thread of that language re-printed in that layout
    (keep: a folder the pages and their gold files are written to, to read them)."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for layout in layouts:
            for lang in langs:
                pages = [forum_page(c, layout, folder, blank_lines, short_opening, saver)
                         for c in hosts(cases, lang)]
                for page in pages if keep else []:
                    gold_path = page.raw_path.with_name(page.name + ".gold.json")
                    gold_path.write_text(json.dumps(page.gold, ensure_ascii=False, indent=1), encoding="utf-8")
                out[(layout, lang)] = ev.evaluate(pages)
    return out


METRICS = ("body_f1", "comment_count_exact", "author_acc", "parent_acc", "comment_f1", "noise_leak")


def _row(label: str, lang: str, scores: list[ev.CaseScore]) -> str:
    row = ev.aggregate(scores)
    return f"{label:14} {lang:4} {len(scores):>5} " + " ".join(f"{ev._fmt(row[m]):>13}" for m in METRICS)


def gate_failures(scores: dict[tuple[str, str], list[ev.CaseScore]], key: str, saver: str | None = None
                  ) -> tuple[list[ev.CaseScore], list[str]]:
    """Every page's score and the overall numbers that miss the floors under `key` in eval_floors.json
    (under its "savers" entry for `saver`, the copies as that saver prints them)."""
    every = [x for group in scores.values() for x in group]
    floors = json.loads(ev.FLOORS_FILE.read_text(encoding="utf-8"))[key]
    if saver:
        floors = floors.get("savers", {}).get(saver)
        if floors is None:
            return every, [f"no floors under {key}.savers.{saver} in {ev.FLOORS_FILE.name}"]
    return every, ev.check_floors(ev.aggregate(every), floors)[0]


SAVER_COLUMNS = ("as printed", *ev.LAYOUT_NAMES)
TABLE_METRICS = ("body_f1", "comment_count_exact", "author_acc", "parent_acc", "noise_leak")


def saver_table(run: Callable[[str | None], dict[tuple[str, str], list[ev.CaseScore]]], groups: list[str],
                key: str) -> int:
    """One row per group (forum engine, widget) and saver: body / count / authors / parents / leak
    over all languages (`--saver all`); `run(saver)` scores every page as that saver prints it."""
    print(f"{key[:-1]:14} {'saver':22} {'pages':>5} " + " ".join(f"{m[:11]:>11}" for m in TABLE_METRICS))
    rows: dict[str, list[str]] = {}
    for column in SAVER_COLUMNS:
        scores = run(None if column == "as printed" else column)
        for group in [*groups, "overall"]:
            pages = [x for (g, _), xs in scores.items() if group in (g, "overall") for x in xs]
            row = ev.aggregate(pages)
            rows.setdefault(group, []).append(f"{group:14} {column:22} {len(pages):>5} "
                                              + " ".join(f"{ev._fmt(row[m]):>11}" for m in TABLE_METRICS))
    for group in [*groups, "overall"]:
        print("\n".join(rows[group]))
    return 0


def report(scores: dict[tuple[str, str], list[ev.CaseScore]], groups: list[str], langs: list[str], key: str,
           details: bool = False, gate: bool = False, saver: str | None = None) -> int:
    """Prints one row per (group, language), each group's and the overall row; with `gate`, the floors
    under `key` in eval_floors.json that the overall row misses, and returns 1 if any."""
    print(f"{key[:-1]:14} {'lang':4} {'pages':>5} " + " ".join(f"{m[:13]:>13}" for m in METRICS))
    for group in groups:
        for lang in langs:
            print(_row(group, lang, scores[(group, lang)]))
            for s in scores[(group, lang)] if details else []:
                print(f"    {s.name:48} body {s.body_f1:.3f} comments {s.pred_comments}/{s.gold_comments}"
                      f" authors {s.author_hits} parents {s.parent_hits}/{s.parent_total} {'; '.join(s.leaks)[:120]}")
        print(_row(group, "all", [x for lang in langs for x in scores[(group, lang)]]))
    every, problems = gate_failures(scores, key, saver)
    print(_row("overall", "", every))
    if not gate:
        return 0
    print("\n".join(problems) or f"{key[:-1]} floors hold")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--layout", choices=sorted(LAYOUTS))
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--no-blank-lines", action="store_true", help="copies that lost their blank lines")
    parser.add_argument("--short-opening", action="store_true",
                        help="an opening post of one or two sentences, replies of one sentence")
    parser.add_argument("--keep", type=Path, help="write the pages and their gold to this folder")
    add_saver_argument(parser)
    parser.add_argument("--gate", action="store_true", help='exit 1 below the "forums" floors in eval_floors.json')
    args = parser.parse_args(argv)
    layouts = [args.layout] if args.layout else list(LAYOUTS)
    langs = [args.lang] if args.lang else list(LANGUAGES)
    cases = ev.load_cases()

    def run(saver: str | None) -> dict[tuple[str, str], list[ev.CaseScore]]:
        return score(cases, layouts, langs, blank_lines=not args.no_blank_lines, short_opening=args.short_opening,
                     keep=args.keep, saver=saver)

    if args.saver == "all":
        return saver_table(run, layouts, "forums")
    return report(run(args.saver), layouts, langs, "forums", args.details, args.gate, args.saver)


def add_saver_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--saver", choices=[*ev.LAYOUT_NAMES, "all"],
                        help="the copies as this saver prints them (eval_cleaning's --layout); "
                             "all: one row per group and saver")


if __name__ == "__main__":
    sys.exit(main())
