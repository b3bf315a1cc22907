"""Score the cleaner on labelled threads re-printed as eight news comment widgets print them (issue 3).

    python benchmarks/eval_widgets.py                   # one row per widget and language
    python benchmarks/eval_widgets.py --details         # plus one row per page, with what went wrong
    python benchmarks/eval_widgets.py --widget coral --lang de
    python benchmarks/eval_widgets.py --no-blank-lines  # the same copies without their blank lines
    python benchmarks/eval_widgets.py --saver lynx      # the copies as a saver prints them (eval_cleaning's --layout)
    python benchmarks/eval_widgets.py --saver all       # one row per widget and saver (six runs, a few minutes)
    python benchmarks/eval_widgets.py --gate            # what CI runs: floors under "widgets" in eval_floors.json

Each page of the set shows one widget in the layout its writer picked; a site seen later shows
the same thread in another widget, language or order of lines. This takes labelled threads of
tests/eval/cleaning/cases (the article, its commenters, their words and who replies to whom,
from the gold) and prints each under its article as a browser copy of wpDiscuz, Disqus,
WordPress's own comments, the Facebook comments plugin, OpenWeb, Coral, Viafoura and a
paper's own reader-comment list would show it, in the widget's words for seven languages
(count line, sort tabs, login prompts, relative times, 'Reply' / 'Like' / 'Report' rows,
'Reply to X' / 'In reply to X' markers, vote counts). Widgets that show a reply's parent
(wpDiscuz, Disqus, Coral, the paper's list, WordPress by indentation) keep the gold's parents;
the others print replies flat and the gold has no parents there. The declared count is the
number of comments. Layouts are written from knowledge of the widgets, not from the rules.
A low row is a widget or language the rules do not read; --gate holds the overall numbers at
their floors (tests/test_eval_widgets.py).

Facebook's badges (round 34): the plugin prints a top-fan badge or a profile line ('Works at ...',
'Arbeitet bei ...', 'Trabaja en ...') under some names, and in a copy of saved markup the inline
badge stands on the name's line ('Maite Casares Trabaja en Polígono Las Eras'); the copies do both
(FACEBOOK_BADGES). On the code before round 34's fixes the Facebook rows fell to count 0.262 /
authors 0.491 (no blank lines 0.143 / 0.449); after them 1.000 both ways.

Savers (--saver, session of 2026-12-07): every copy re-laid out as eval_cleaning.py --layout does
(benchmarks/saver_layouts.py for lynx and markdown-links: names linked to profiles, the widget's
own lines linked, a References list). Under a saver the widget's own lines with a letter in them
(count, tabs, buttons, times, 'Reply to X') are the page's noise lines (chrome()); as printed they
are none, as before. Body / count / authors / parents / leak over the 336 pages, before -> after
this session's fixes (each with a test under tests/transforms/):

    saver                   before                              after
    as printed              0.995 0.994 0.993 0.984 0.000       the same
    no-blank-lines          0.984 0.976 0.973 0.964 0.009       the same
    blank-after-every-line  0.984 0.976 0.973 0.964 0.009       the same
    wrapped-72              0.995 0.994 0.993 0.984 0.003       the same
    lynx                    0.994 0.994 0.993 0.984 0.003       the same
    markdown-links          0.995 0.994 0.993 0.923 0.000       0.995 0.994 0.992 0.981 0.000

The one fault a saver alone showed: Disqus through a reader's markdown (parents 0.699): a user name
that is its profile's slug ('[brian_t](https://.../u/brian_t)  ledger_lady') was read as
Discourse's 'username Full Name' and lost the replied-to name (parents 1.000 now; one page left,
a commenter named 'Redazione', a newsroom word). Left in every layout: the Dutch Coral thread of
nl_forum_r20a_08 (its first comment stays in the article, 'Alle reacties' leaks) and the French
paper's list over fr_newspaper_r14b_05 (a subheading ending in a date, 'Une mobilisation prévue le
13 décembre', in an article printed without blank lines is read as the first comment's header).
Without blank lines Facebook, WordPress, Viafoura and the paper's list lose a comment on one or two
pages each (known from the first run). Floors per saver under "widgets" / "savers" in
eval_floors.json (--saver NAME --gate); pytest does not run them (about a minute each).
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_cleaning as ev  # noqa: E402
from benchmarks import eval_forums as ef  # noqa: E402

LANGUAGES = ef.LANGUAGES
HOSTS_PER_LANGUAGE = 6  # threads per language, spread over the set's usable pages (see hosts)
Comment = dict[str, Any]  # author, paragraphs, parent (author or None), depth, n (1-based)

# ----------------------------------------------------------------------------- words per language

AGO = {  # a comment's relative time, hours ago
    "en": "{} hours ago", "de": "vor {} Stunden", "fr": "il y a {} heures", "es": "hace {} horas",
    "it": "{} ore fa", "pt": "há {} horas", "nl": "{} uur geleden",
}
SHORT_AGO = {"en": "{}h", "de": "{} Std.", "fr": "{} h", "es": "{} h", "it": "{} h", "pt": "{} h", "nl": "{} u"}
REPLY = {"en": "Reply", "de": "Antworten", "fr": "Répondre", "es": "Responder", "it": "Rispondi", "pt": "Responder",
         "nl": "Beantwoorden"}
SHARE = {"en": "Share", "de": "Teilen", "fr": "Partager", "es": "Compartir", "it": "Condividi", "pt": "Compartilhar",
         "nl": "Delen"}
REPORT = {"en": "Report", "de": "Melden", "fr": "Signaler", "es": "Denunciar", "it": "Segnala", "pt": "Denunciar",
          "nl": "Melden"}
WPDISCUZ = {  # header lines ({} = count), 'Reply to  X' (two spaces, as wpDiscuz prints it)
    "en": (["Subscribe", "Notify of", "guest", "", "{} Comments", "Oldest", "Newest Most Voted", "Inline Feedbacks",
            "View all comments"], "Reply to  {}"),
    "de": (["Abonnieren", "Benachrichtige mich bei", "Gast", "", "{} Kommentare", "Älteste", "Neueste Am meisten bewertet",
            "Inline Feedbacks", "Alle Kommentare anzeigen"], "Antwort auf  {}"),
    "fr": (["S'abonner", "Notifier de", "invité", "", "{} Commentaires", "Le plus ancien", "Le plus récent Le plus voté",
            "Commentaires en ligne", "Afficher tous les commentaires"], "Répondre à  {}"),
    "es": (["Suscribirse", "Notificar de", "invitado", "", "{} Comentarios", "Más antiguo", "Más nuevo Más votado",
            "Comentarios en línea", "Ver todos los comentarios"], "Responder a  {}"),
    "it": (["Iscriviti", "Notificami", "ospite", "", "{} Commenti", "Più vecchio", "Più recente Più votato",
            "Feedback in linea", "Visualizza tutti i commenti"], "Rispondi a  {}"),
    "pt": (["Subscrever", "Notificar de", "convidado", "", "{} Comentários", "Mais antigo", "Mais recente Mais votado",
            "Feedbacks embutidos", "Ver todos os comentários"], "Responder a  {}"),
    "nl": (["Abonneren", "Melden van", "gast", "", "{} Reacties", "Oudste", "Nieuwste Meest gestemd",
            "Inline feedbacks", "Bekijk alle reacties"], "Antwoord op  {}"),
}
DISQUS = {  # count, login, sort, join prompt, 'Share ›'
    "en": ("{} Comments", "Login", "Sort by Best", "Join the discussion…", "Share ›"),
    "de": ("{} Kommentare", "Anmelden", "Sortieren nach Beste", "Diskutiere mit…", "Teilen ›"),
    "fr": ("{} commentaires", "Connexion", "Trier par Meilleur", "Rejoindre la discussion…", "Partager ›"),
    "es": ("{} comentarios", "Iniciar sesión", "Ordenar por Mejor", "Únete a la conversación…", "Compartir ›"),
    "it": ("{} commenti", "Accedi", "Ordina per Migliori", "Partecipa alla discussione…", "Condividi ›"),
    "pt": ("{} comentários", "Entrar", "Ordenar por Melhores", "Participe da discussão…", "Compartilhar ›"),
    "nl": ("{} reacties", "Inloggen", "Sorteer op Beste", "Neem deel aan de discussie…", "Delen ›"),
}
WORDPRESS = {  # count heading, 'X says:', date + time, form heading
    "en": ("{} thoughts on “{}”", "{} says:", "December 4, 2026 at {} am", "Leave a Reply"),
    "de": ("{} Gedanken zu „{}“", "{} sagt:", "4. Dezember 2026 um {} Uhr", "Schreibe einen Kommentar"),
    "fr": ("{} réflexions sur « {} »", "{} dit :", "4 décembre 2026 à {}", "Laisser un commentaire"),
    "es": ("{} comentarios en «{}»", "{} dice:", "4 de diciembre de 2026 a las {}", "Deja una respuesta"),
    "it": ("{} commenti su “{}”", "{} ha detto:", "4 Dicembre 2026 alle {}", "Lascia un commento"),
    "pt": ("{} comentários em “{}”", "{} disse:", "4 de dezembro de 2026 às {}", "Deixe um comentário"),
    "nl": ("{} reacties op “{}”", "{} schreef:", "4 december 2026 om {}", "Geef een reactie"),
}
FACEBOOK = {  # count, sort, add prompt, action row, plugin footer
    "en": ("{} comments", "Sort by Top", "Add a comment...", "Like · Reply · {}", "Facebook Comments Plugin"),
    "de": ("{} Kommentare", "Sortieren nach Top", "Kommentar hinzufügen…", "Gefällt mir · Antworten · {}",
           "Facebook-Kommentare-Plug-in"),
    "fr": ("{} commentaires", "Trier par Pertinence", "Ajouter un commentaire…", "J’aime · Répondre · {}",
           "Plug-in Commentaires Facebook"),
    "es": ("{} comentarios", "Ordenar por Destacados", "Agrega un comentario...", "Me gusta · Responder · {}",
           "Plugin de comentarios de Facebook"),
    "it": ("{} commenti", "Ordina per Più pertinenti", "Aggiungi un commento...", "Mi piace · Rispondi · {}",
           "Plug-in Commenti di Facebook"),
    "pt": ("{} comentários", "Classificar por Principais", "Adicione um comentário...", "Curtir · Responder · {}",
           "Plugin de comentários do Facebook"),
    "nl": ("{} reacties", "Sorteren op Top", "Voeg een reactie toe...", "Vind ik leuk · Beantwoorden · {}",
           "Facebook-plug-in voor reacties"),
}
FACEBOOK_BADGES = {  # the plugin's top-fan badge and a profile line (workplace), beside or under a name
    "en": ("Top fan", "Works at Port Ash Harbour Trust"),
    "de": ("Top-Fan", "Arbeitet bei Stadtwerke Bad Lindenau"),
    "fr": ("Fan assidu", "Travaille chez Crédit Agricole Val de Loire"),
    "es": ("Fan destacado", "Trabaja en Polígono Industrial Las Eras"),
    "it": ("Fan più attivo", "Lavora presso Ospedale San Giovanni Bosco"),
    "pt": ("Fã destacado", "Trabalha na Prefeitura de Campo Alegre"),
    "nl": ("Topfan", "Werkt bij Gemeente Oude IJsselstreek"),
}
OPENWEB = {  # conversation, count, login, sort, 'N replies'
    "en": ("Conversation", "{} Comments", "Log in | Sign up", "Sort by Best", "1 reply"),
    "de": ("Unterhaltung", "{} Kommentare", "Anmelden | Registrieren", "Sortieren nach Beste", "1 Antwort"),
    "fr": ("Conversation", "{} commentaires", "Connexion | S'inscrire", "Trier par Meilleurs", "1 réponse"),
    "es": ("Conversación", "{} comentarios", "Iniciar sesión | Registrarse", "Ordenar por Mejores", "1 respuesta"),
    "it": ("Conversazione", "{} commenti", "Accedi | Registrati", "Ordina per Migliori", "1 risposta"),
    "pt": ("Conversa", "{} comentários", "Entrar | Cadastrar", "Ordenar por Melhores", "1 resposta"),
    "nl": ("Gesprek", "{} reacties", "Inloggen | Registreren", "Sorteren op Beste", "1 reactie"),
}
CORAL = {  # heading, count tab, sort, respect, 'In reply to X'
    "en": ("Comments", "All Comments", "Sort by: Newest", "Respect", "In reply to {}"),
    "de": ("Kommentare", "Alle Kommentare", "Sortieren nach: Neueste", "Respekt", "Als Antwort auf {}"),
    "fr": ("Commentaires", "Tous les commentaires", "Trier par : Plus récents", "Respect", "En réponse à {}"),
    "es": ("Comentarios", "Todos los comentarios", "Ordenar por: Más recientes", "Respeto", "En respuesta a {}"),
    "it": ("Commenti", "Tutti i commenti", "Ordina per: Più recenti", "Rispetto", "In risposta a {}"),
    "pt": ("Comentários", "Todos os comentários", "Ordenar por: Mais recentes", "Respeito", "Em resposta a {}"),
    "nl": ("Reacties", "Alle reacties", "Sorteren op: Nieuwste", "Respect", "Als antwoord op {}"),
}
VIAFOURA = {  # count heading, prompt, sort, like / dislike row, 'Load more'
    "en": ("{} Comments", "Write a comment...", "Newest", "Like {} · Dislike 0 · Reply", "Load More"),
    "de": ("{} Kommentare", "Schreiben Sie einen Kommentar...", "Neueste", "Gefällt mir {} · Gefällt mir nicht 0 · Antworten",
           "Mehr laden"),
    "fr": ("{} commentaires", "Écrire un commentaire...", "Plus récents", "J'aime {} · Je n'aime pas 0 · Répondre",
           "Charger plus"),
    "es": ("{} comentarios", "Escribe un comentario...", "Más recientes", "Me gusta {} · No me gusta 0 · Responder",
           "Cargar más"),
    "it": ("{} commenti", "Scrivi un commento...", "Più recenti", "Mi piace {} · Non mi piace 0 · Rispondi", "Carica altri"),
    "pt": ("{} comentários", "Escreva um comentário...", "Mais recentes", "Curtir {} · Não curtir 0 · Responder",
           "Carregar mais"),
    "nl": ("{} reacties", "Schrijf een reactie...", "Nieuwste", "Vind ik leuk {} · Vind ik niet leuk 0 · Beantwoorden",
           "Meer laden"),
}
NEWSPAPER = {  # list heading, write link, 'Reply to X', recommend row, date
    "en": ("Reader comments ({})", "Write a comment", "In reply to {}", "Recommend ({}) | Report", "04 Dec 2026, {}"),
    "de": ("Leserkommentare ({})", "Kommentar schreiben", "Antwort auf {}", "Empfehlen ({}) | Melden", "04.12.2026, {} Uhr"),
    "fr": ("Réactions ({})", "Réagir", "Réponse à {}", "Recommander ({}) | Signaler", "04/12/2026 à {}"),
    "es": ("Comentarios ({})", "Escribe un comentario", "Respuesta a {}", "Recomendar ({}) | Denunciar", "04/12/2026 - {}"),
    "it": ("Commenti ({})", "Scrivi un commento", "Risposta a {}", "Consiglia ({}) | Segnala", "04/12/2026 ore {}"),
    "pt": ("Comentários ({})", "Escreva um comentário", "Resposta a {}", "Recomendar ({}) | Denunciar", "04/12/2026 às {}"),
    "nl": ("Reacties ({})", "Schrijf een reactie", "Reactie op {}", "Aanbevelen ({}) | Melden", "04-12-2026 om {}"),
}


def _hours(c: Comment) -> int:
    return 12 - c["n"] if c["n"] < 11 else 1


def _time(c: Comment) -> str:
    return f"{9 + c['n'] // 4}:{(12 + 13 * c['n']) % 60:02d}"


def _text(c: Comment) -> list[str]:
    return ["\n\n".join(c["paragraphs"])]


# ----------------------------------------------------------------------------- widgets

def wpdiscuz(title: str, comments: list[Comment], lang: str) -> list[str]:
    header, reply_to = WPDISCUZ[lang]
    out = [line.format(len(comments)) for line in header] + [""]
    for c in comments:
        out += [c["author"], *([reply_to.format(c["parent"])] if c["parent"] else []), AGO[lang].format(_hours(c)), ""]
        out += _text(c) + ["", str(c["n"] % 3), REPLY[lang], ""]
    return out


def disqus(title: str, comments: list[Comment], lang: str) -> list[str]:
    count, login, sort, join, share = DISQUS[lang]
    out = [count.format(len(comments)), login, sort, join, ""]
    for c in comments:
        out += [f"{c['author']}  {c['parent']}" if c["parent"] else c["author"], f"• {AGO[lang].format(_hours(c))}"]
        out += _text(c) + [f"{c['n'] % 4}", REPLY[lang], share, ""]
    return out


def wordpress(title: str, comments: list[Comment], lang: str) -> list[str]:
    heading, says, stamp, form = WORDPRESS[lang]
    out = [heading.format(len(comments), title), ""]
    for c in comments:
        pad = "    " * c["depth"]
        lines = [says.format(c["author"]), stamp.format(_time(c)), "", *_text(c), "", REPLY[lang], ""]
        out += [pad + line if line else "" for line in "\n".join(lines).split("\n")]
    return out + [form]


def facebook(title: str, comments: list[Comment], lang: str) -> list[str]:
    count, sort, add, row, plugin = FACEBOOK[lang]
    top_fan, works_at = FACEBOOK_BADGES[lang]
    out = [count.format(len(comments)), sort, "", add, ""]
    for c in comments:
        # badges: under the name (2nd, 4th of every four), or beside it on its line as a copy of
        # the saved markup joins the plugin's inline badge to the name (3rd; round 34)
        badge = {2: [top_fan], 0: [works_at]}.get(c["n"] % 4, [])
        name = f"{c['author']} {works_at}" if c["n"] % 4 == 3 else c["author"]
        out += [name, *badge, *_text(c), row.format(SHORT_AGO[lang].format(_hours(c))), ""]
    return out + [plugin]


def openweb(title: str, comments: list[Comment], lang: str) -> list[str]:
    conversation, count, login, sort, one_reply = OPENWEB[lang]
    out = [conversation, count.format(len(comments)), login, sort, ""]
    for c in comments:
        replied = any(o["parent"] == c["author"] and o["n"] > c["n"] for o in comments)
        out += [c["author"][:1].upper(), c["author"], SHORT_AGO[lang].format(_hours(c)), "", *_text(c), "",
                REPLY[lang], SHARE[lang], *([one_reply] if replied else []), ""]
    return out


def coral(title: str, comments: list[Comment], lang: str) -> list[str]:
    heading, tab, sort, respect, in_reply = CORAL[lang]
    out = [heading, tab, str(len(comments)), sort, ""]
    for c in comments:
        out += [c["author"], AGO[lang].format(_hours(c)), *([in_reply.format(c["parent"])] if c["parent"] else [])]
        out += _text(c) + [respect, REPLY[lang], SHARE[lang], REPORT[lang], ""]
    return out


def viafoura(title: str, comments: list[Comment], lang: str) -> list[str]:
    count, prompt, sort, row, more = VIAFOURA[lang]
    out = [count.format(len(comments)), prompt, sort, ""]
    for c in comments:
        out += [c["author"], SHORT_AGO[lang].format(_hours(c)), *_text(c), row.format(c["n"] % 5), ""]
    return out + [more]


def newspaper(title: str, comments: list[Comment], lang: str) -> list[str]:
    heading, write, reply_to, recommend, stamp = NEWSPAPER[lang]
    out = [heading.format(len(comments)), write, ""]
    for c in comments:
        out += [f"{c['author']} | {stamp.format(_time(c))}", *([reply_to.format(c["parent"])] if c["parent"] else [])]
        out += _text(c) + [recommend.format(c["n"] % 7), ""]
    return out


WIDGETS: dict[str, Callable[[str, list[Comment], str], list[str]]] = {
    "wpdiscuz": wpdiscuz, "disqus": disqus, "wordpress": wordpress, "facebook": facebook, "openweb": openweb,
    "coral": coral, "viafoura": viafoura, "newspaper": newspaper,
}
SHOWS_PARENTS = frozenset({"wpdiscuz", "disqus", "wordpress", "coral", "newspaper"})
# Widgets where one must sign in (Facebook, OpenWeb, Coral, Viafoura) have no 'Guest' commenter:
# a guest of the source page comments there as 'reader<N>'.
TAKES_GUESTS = frozenset({"wpdiscuz", "disqus", "wordpress", "newspaper"})

# ----------------------------------------------------------------------------- pages


def threaded(comments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold's comments in the order a threaded widget shows them: each reply under its
    parent (after the parent's earlier replies), parent positions renumbered to that order."""
    children: dict[int | None, list[int]] = {}
    for n, c in enumerate(comments, start=1):
        children.setdefault(c["parent_position"], []).append(n)
    order: list[int] = []

    def visit(n: int) -> None:
        order.append(n)
        for child in children.get(n, []):
            visit(child)

    for root in children.get(None, []):
        visit(root)
    position = {old: new for new, old in enumerate(order, start=1)}
    return [dict(comments[n - 1], parent_position=position.get(comments[n - 1]["parent_position"])) for n in order]


def comments_of(gold: dict[str, Any], parents: bool) -> list[Comment]:
    """The comments as a widget prints them (author, paragraphs, parent's name, depth, n)."""
    out: list[Comment] = []
    for n, c in enumerate(gold["comments"], start=1):
        parent = c["parent_position"] if parents else None
        out.append({"author": c["author"], "paragraphs": c["body"].split("\n\n"), "n": n,
                    "parent": out[parent - 1]["author"] if parent else None,
                    "depth": out[parent - 1]["depth"] + 1 if parent else 0})
    return out


def hosts(cases: list[ev.Case], lang: str) -> list[ev.Case]:
    """HOSTS_PER_LANGUAGE usable threads of `lang` (eval_forums' rule: 3-12 comments, short
    names), evenly spread over the set rather than its first pages (one family's pages)."""
    usable = [c for c in cases if c.gold["language"] == lang and ef.usable(c)]
    step = max(1, len(usable) // HOSTS_PER_LANGUAGE)
    return usable[::step][:HOSTS_PER_LANGUAGE]


def widget_page(case: ev.Case, widget: str, out_dir: Path, blank_lines: bool = True,
                saver: str | None = None) -> ev.Case:
    parents = widget in SHOWS_PARENTS
    gold = dict(case.gold, comments=threaded(case.gold["comments"])) if parents else case.gold
    if widget not in TAKES_GUESTS:
        gold = dict(gold, comments=[dict(c, author=f"reader{n}") if c["author"].casefold() in ef.GUESTS else c
                                    for n, c in enumerate(gold["comments"], start=1)])
    comments = comments_of(gold, parents)
    thread = WIDGETS[widget](gold["title"], comments, gold["language"])
    lines = [gold["title"], "", *gold["body"].split("\n\n"), "", *thread]
    text = "\n".join(lines).rstrip() + "\n"
    new_gold = dict(gold, family=widget, declared_count=len(comments), noise_lines=chrome(thread, comments) if saver else [],
                    comments=[dict(c, posted_at=None, parent_position=c["parent_position"] if parents else None)
                              for c in gold["comments"]])
    return ef.copy_page(f"{widget}__{case.name}", text, new_gold, out_dir, blank_lines, saver)


def chrome(thread: list[str], comments: list[Comment]) -> list[str]:
    """The widget's own lines with a letter in them (count line, buttons, times, 'Reply to X'), not
    a commenter's name line nor comment text: under a saver (--saver) a link-printing one links
    them, and they are the page's noise lines."""
    text = {p.strip() for c in comments for p in c["paragraphs"]}
    names = {c["author"] for c in comments}
    return sorted({line.strip() for line in thread
                   if re.search(r"[^\W\d]", line) and line.strip() not in text
                   and not any(name in line for name in names if line.strip().startswith(name))})


def score(cases: list[ev.Case], widgets: list[str], langs: list[str], blank_lines: bool = True,
          saver: str | None = None) -> dict[tuple[str, str], list[ev.CaseScore]]:
    """Scores per (widget, language): each usable thread of that language re-printed in that widget."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for widget in widgets:
            for lang in langs:
                pages = [widget_page(c, widget, Path(tmp), blank_lines, saver) for c in hosts(cases, lang)]
                out[(widget, lang)] = ev.evaluate(pages)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--widget", choices=sorted(WIDGETS))
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--no-blank-lines", action="store_true", help="copies that lost their blank lines")
    ef.add_saver_argument(parser)
    parser.add_argument("--gate", action="store_true", help='exit 1 below the "widgets" floors in eval_floors.json')
    args = parser.parse_args(argv)
    widgets = [args.widget] if args.widget else list(WIDGETS)
    langs = [args.lang] if args.lang else list(LANGUAGES)
    cases = ev.load_cases()

    def run(saver: str | None) -> dict[tuple[str, str], list[ev.CaseScore]]:
        return score(cases, widgets, langs, blank_lines=not args.no_blank_lines, saver=saver)

    if args.saver == "all":
        return ef.saver_table(run, widgets, "widgets")
    return ef.report(run(args.saver), widgets, langs, "widgets", args.details, args.gate, args.saver)


if __name__ == "__main__":
    sys.exit(main())
