"""Kunena (the Joomla forum) threads as a browser copies them without blank lines (round 33's
ro_forum_r33_07): the poster box (name / rank / 'Posts: N'), the 'DATE #postid' line, the row of message
buttons, 'X wrote:' quotes, 'Last edit: ... by X.' notes, a deleted post's placeholder, the reply count over
the thread, its pager and footer. The thread is written by hand in English and German; the same thread
carries Kunena's Romanian, French, Spanish, Italian and Portuguese chrome (words from Kunena's language
files, COM_KUNENA_BUTTON_MESSAGE_*, COM_KUNENA_POSTS, COM_KUNENA_EDITING_LASTEDIT_ON_BY)."""
import hashlib

import pytest


from transforms import rules
from transforms.comment_lines import classify, is_badge
from transforms.document import build_records
from transforms.lines import plain_line


def _records(name: str, text: str):
    raw = text.encode("utf-8")
    return build_records(name, "test", hashlib.sha256(raw).hexdigest(), raw)


TITLE = {"en": "Night bus to Eastfield stops running in January",
         "de": "Nachtbus nach Ostfeld fährt ab Januar nicht mehr"}
OPENING = {
    "en": ["The county confirmed on Thursday that the N14 night bus to Eastfield will stop running on 6 January. "
           "The operator says fewer than twenty people use the last two journeys on a weeknight.",
           "Councillor Priya Nandakumar told the transport committee that a taxi voucher scheme is being looked "
           "at for shift workers, but nothing has been agreed. Post your questions here and I will pass them on "
           "before the committee meets again."],
    "de": ["Der Landkreis hat am Donnerstag bestätigt, dass der Nachtbus N14 nach Ostfeld ab dem 6. Januar nicht "
           "mehr fährt. Laut Betreiber nutzen unter der Woche weniger als zwanzig Leute die letzten zwei Fahrten.",
           "Kreisrätin Priya Nandakumar sagte im Verkehrsausschuss, man prüfe Taxigutscheine für Schichtarbeiter, "
           "beschlossen sei aber nichts. Stellt eure Fragen hier, ich gebe sie vor der nächsten Sitzung weiter."],
}
REPLIES = {  # (poster, rank, posts, text lines, quote: (quoted poster, quoted words) or None)
    "en": [("nightshift nurse from Eastfield", "new", 3, ["I finish at the hospital at half past eleven.",
                                                          "Without the N14 it is a forty minute walk in the dark."], None),
           ("Dev Okafor", "member", 211, ["Twenty people a night is still twenty people."], None),
           ("tom_b", "member", 57, ["Shameful."], None),
           ("Alison Reid", "member", 89, ["Please ask whether the voucher scheme covers weekends too."],
            ("kestrel.admin", "Post your questions here and I will pass them on")),
           ("kestrel.admin", "moderator", 1932, ["Noted, it is on the list. We have fourteen questions so far."],
            ("Alison Reid", "Please ask whether the voucher scheme covers weekends too."))],
    "de": [("Pflegerin aus Ostfeld mit Spätschicht", "new", 3, ["Ich habe im Klinikum um halb zwölf Feierabend.",
                                                                "Ohne den N14 laufe ich vierzig Minuten im Dunkeln."],
            None),
           ("Dev Okafor", "member", 211, ["Zwanzig Leute pro Nacht sind immer noch zwanzig Leute."], None),
           ("tom_b", "member", 57, ["Schande."], None),
           ("Alison Reid", "member", 89, ["Bitte fragt nach, ob die Gutscheine auch am Wochenende gelten."],
            ("kestrel.admin", "Stellt eure Fragen hier, ich gebe sie vor der nächsten Sitzung weiter")),
           ("kestrel.admin", "moderator", 1932, ["Notiert, steht auf der Liste. Bisher sind es vierzehn Fragen."],
            ("Alison Reid", "Bitte fragt nach, ob die Gutscheine auch am Wochenende gelten."))],
}
DAYS = ["04 Dec 2026 20:14", "04 Dec 2026 21:02", "04 Dec 2026 21:40", "05 Dec 2026 08:15", "05 Dec 2026 09:47",
        "05 Dec 2026 10:20"]

KUNENA = {  # Kunena's chrome per language: reply count, pager, ranks (moderator, new, member), 'Posts: {}',
    # months, the message buttons, 'X wrote:', 'Last edit: %s by %s.', a deleted post, the guest notice, the
    # footer's page time
    "en": ("Replies: 7 · Views: 1,284", "Page 1 of 2  1 2 Next »", ("Moderator", "New Member", "Elite Member"),
           "Posts: {}", {"Dec": "Dec"}, "Reply  Quote  Thank You  Report This", "{} wrote:", "Last edit: {} by {}.",
           "This message has been deleted by a moderator.", "Time to create page: 0.318 seconds"),
    "de": ("Antworten: 7 · Aufrufe: 1.284", "Seite 1 von 2  1 2 Weiter »", ("Moderator", "Fresh Boarder", "Gold Boarder"),
           "Beiträge: {}", {"Dec": "Dez"}, "Antwort  Zitieren  Danke!  Melden", "{} schrieb:",
           "Letzte Bearbeitung: {} von {}.", "Dieser Beitrag wurde von einem Moderator gelöscht.",
           "Ladezeit der Seite: 0.318 Sekunden"),
    "ro": ("Răspunsuri: 7 · Vizualizări: 1.284", "Pagina 1 din 2  1 2 Următor »", ("Moderator", "Membru nou", "Membru"),
           "Mesaje: {}", {"Dec": "Dec"}, "Răpunde  Citat  Mulțumesc  Raportează Asta", "{} a scris:",
           "Ultima editare: {} de către {}.", "Acest mesaj a fost șters de un moderator.",
           "Timp creare pagină: 0.318 secunde"),
    "fr": ("Réponses : 7 · Vues : 1 284", "Page 1 sur 2  1 2 Suivant »", ("Modérateur", "Nouveau membre", "Membre"),
           "Messages : {}", {"Dec": "déc."}, "Répondre  Citer  Remercier  Signaler", "{} a écrit :",
           "Dernière édition: {} par {}.", "Ce message a été supprimé par un modérateur.",
           "Temps de création de la page : 0.318 secondes"),
    "es": ("Respuestas: 7 · Visitas: 1.284", "Página 1 de 2  1 2 Siguiente »", ("Moderador", "Miembro nuevo", "Miembro"),
           "Mensajes: {}", {"Dec": "Dic"}, "Responder  Citar  Gracias  Reportar esto", "{} escribió:",
           "Última edición: {} por {}.", "Este mensaje ha sido eliminado por un moderador.",
           "Tiempo de creación de la página: 0.318 segundos"),
}
MODERATOR, NEW, MEMBER = 0, 1, 2
SITE = "https://forum.example.org"


def kunena_page(lang: str, buttons: str = "copy") -> str:
    """A Kunena topic copied from a browser without blank lines: menu, breadcrumb, title, reply count, pager,
    the opening post and five replies in poster boxes, a deleted post's placeholder between two of them, an
    edit note under the moderator's reply, the pager again and the footer. With buttons="links" the row of
    message buttons is saved as a reader view saves it, one markdown link each on one line (one space apart
    once the links are read)."""
    count, pager, ranks, posts, months, actions, wrote, last_edit, deleted, footer_time = KUNENA[lang]
    if buttons == "links":
        actions = " ".join(f"[{word}]({SITE}/topic/48120?do={k})" for k, word in enumerate(actions.split("  ")))
    text = "de" if lang == "de" else "en"
    rank = {"moderator": ranks[MODERATOR], "new": ranks[NEW], "member": ranks[MEMBER]}

    def day(k: int) -> str:
        stamp = DAYS[k]
        for english, local in months.items():
            stamp = stamp.replace(english, local)
        return stamp

    out = ["Eastfield Community Forum", "Home", "Forum", "Rules", "Log in", "Register",
           "Forum » Local news » Transport", TITLE[text], count, pager,
           "kestrel.admin", rank["moderator"], posts.format("1.932" if lang in ("de", "ro", "es") else "1932"),
           f"{day(0)} #48120"]
    out += OPENING[text]
    out.append(actions)
    for k, (poster, level, count_of_posts, lines, quote) in enumerate(REPLIES[text], start=1):
        out += [poster, rank[level], posts.format(count_of_posts), f"{day(k)} #{48120 + 3 * k}"]
        if quote:
            out += [wrote.format(quote[0]), quote[1]]
        out += lines
        if level == "moderator":
            out.append(last_edit.format(day(k).replace("10:20", "10:24"), poster))
        out.append(actions)
        if k == 2:
            out.append(deleted)
    out += [pager, footer_time, "Powered by Kunena Forum", "© 2026 Eastfield Community Forum · Contact · Privacy"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("buttons", ["copy", "links"])
@pytest.mark.parametrize("lang", sorted(KUNENA))
def test_kunena_thread_copied_without_blank_lines(lang, buttons):
    text = "de" if lang == "de" else "en"
    records = _records(f"{lang}_forum.txt", kunena_page(lang, buttons))
    article = records.articles[0]
    assert article["title"] == TITLE[text]
    assert article["author"] == "kestrel.admin"
    assert str(article["published_date"]) == "2026-12-04"
    assert article["declared_comment_count"] == 7  # 'Replies: 7' counts replies, not the opening post
    assert article["body"] == "\n\n".join(OPENING[text])  # no button row, no poster's name after it
    comments = records.comments
    assert [c["author"] for c in comments] == [r[0] for r in REPLIES[text]]  # no rank read as a name
    # a quote of the opening post names no parent; a quote of a reply names that reply
    assert [c["parent_position"] for c in comments] == [None, None, None, None, 4]
    assert [c["body"].split() for c in comments] == [" ".join(r[3]).split() for r in REPLIES[text]]
    assert [str(c["posted_at"])[:16] for c in comments] == ["2026-12-04 21:02", "2026-12-04 21:40",
                                                          "2026-12-05 08:15", "2026-12-05 09:47", "2026-12-05 10:20"]


@pytest.mark.parametrize("line", [
    "Reply  Quote  Thank You  Report This", "Reply Quote Thank you Report", "Quote | Reply | Edit | Delete",
    "Răspunde  Citează  Mulțumesc  Raportează", "Răpunde Citat Mulțumesc Raportează Asta",
    "Antwort  Zitieren  Danke!  Melden", "Antworten Zitieren Danke Melden",
    "Répondre  Citer  Remercier  Signaler", "Répondre Citer Merci Signaler",
    "Responder  Citar  Gracias  Reportar esto", "Rispondi  Cita  Grazie  Segnala",
    "Responder  Citar  Agradecimentos  Relatar Isso",
    "Mesaje: 1.932", "Postări: 12", "Mulțumiri primite: 4",
    "Ultima editare: 5 Dec 2026 10:24 de radu.ciortea.", "Ultima editare: 5 Dec 2026 10:24 de către radu.ciortea.",
    "Acest mesaj a fost șters de un moderator.",
])
def test_kunena_post_chrome_is_noise(line):
    assert rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("line", ["Membru nou", "Membru", "Moderator Global", "Elite Member", "Platinum Boarder",
                                  "Fresh Boarder", "Gebannt"])
def test_kunena_ranks_are_badges(line):
    assert is_badge(line)


@pytest.mark.parametrize("line", [
    "Danke!", "Merci merci", "Grazie grazie", "Thank you thank you",  # a reply that only thanks stays a reply
    "Reply to the council before Monday.", "Citez-moi une seule ligne du budget.",
    "Membrii consiliului au votat ieri.", "Mesaje de la primărie: niciunul.",
])
def test_sentences_and_thanks_are_no_kunena_chrome(line):
    assert not rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("line, count", [("Răspunsuri: 9 · Vizualizări: 1.284", 9), ("Risposte: 4", 4),
                                         ("Respostas: 12", 12)])
def test_a_labelled_reply_count_is_the_declared_count(line, count):
    assert classify(0, line).count == count


SHORT_QUOTE = """Nachtbus nach Ostfeld fährt ab Januar nicht mehr
kestrel.admin
Moderator
Beiträge: 1.932
04 Dez 2026 20:14 #48120
Der Landkreis hat am Donnerstag bestätigt, dass der Nachtbus N14 nach Ostfeld ab dem 6. Januar nicht mehr fährt.
Antwort  Zitieren  Danke!  Melden
Pflegerin aus Ostfeld
Fresh Boarder
Beiträge: 3
04 Dez 2026 20:40 #48121
Ich habe im Klinikum um halb zwölf Feierabend und laufe dann vierzig Minuten im Dunkeln.
Antwort  Zitieren  Danke!  Melden
tom_b
Gold Boarder
Beiträge: 57
04 Dez 2026 21:02 #48123
Schande. Das trifft wieder die Schichtarbeiter.
Antwort  Zitieren  Danke!  Melden
Dev Okafor
Elite Member
Beiträge: 211
04 Dez 2026 21:40 #48126
tom_b schrieb:
Schande.
Sehe ich auch so, aber zwanzig Leute pro Nacht füllen keinen Bus.
Antwort  Zitieren  Danke!  Melden
Alison Reid
Senior Member
Beiträge: 89
05 Dez 2026 09:47 #48129
Bitte fragt nach, ob es Taxigutscheine auch am Wochenende gibt.
Antwort  Zitieren  Danke!  Melden
Powered by Kunena Forum
"""


def test_a_short_quoted_sentence_without_blank_lines_is_the_quote():
    """'tom_b schrieb:' over 'Schande.' and the reply on the next line, no blank line between them: the
    short line opens tom_b's post above, so it is the quote, not the reply's first words."""
    comments = _records("de_forum.txt", SHORT_QUOTE).comments
    assert [c["author"] for c in comments] == ["Pflegerin aus Ostfeld", "tom_b", "Dev Okafor", "Alison Reid"]
    assert comments[2]["body"] == "Sehe ich auch so, aber zwanzig Leute pro Nacht füllen keinen Bus."
    assert [c["parent_position"] for c in comments] == [None, None, 2, None]


def test_a_short_reply_under_a_quote_stays_the_reply():
    """The quote's own line is long; the short reply under it ('Schande.') repeats words of the page
    but is the replier's: only the first line under the header can be the short quote."""
    page = SHORT_QUOTE.replace("tom_b schrieb:\nSchande.\nSehe ich auch so, aber zwanzig Leute pro Nacht füllen keinen Bus.",
                               "tom_b schrieb:\nSchande. Das trifft wieder die Schichtarbeiter.\nSchande.")
    comments = _records("de_forum.txt", page).comments
    assert comments[2]["body"] == "Schande."
    assert comments[2]["parent_position"] == 2


@pytest.mark.parametrize("line", ["Pagina 1 din 2  1 2 Următor »", "Seite 1 von 2  1 2 Weiter »",
                                  "Page 1 sur 2  1 2 Suivant »"])
def test_kunena_pager_is_noise(line):
    assert classify(0, line).kind == "noise"


def test_romanian_guest_notice_ends_the_thread():
    line = "Vă rugăm să vă autentificați sau să creați un cont pentru a participa la discuție."
    assert classify(0, line).kind == "end"


@pytest.mark.parametrize("line", ["Seite 1 von 2 Weiter ist nichts passiert.", "Pagina 1 din 2 a fost ruptă."])
def test_prose_opening_like_a_pager_stays_text(line):
    assert classify(0, line).kind == "text"
