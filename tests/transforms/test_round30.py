"""Round 30 (tests/eval/cleaning/holdout30, measured blind, then fixed)."""
from datetime import datetime

from transforms.boilerplate import clean_body
from transforms.comment_headers import explicit_author
from transforms.comments import split_comment_section
from transforms.rules import is_noise_line


def test_the_time_after_the_name_replied_to_is_the_replys_time():
    # an Italian paper's own list through html2text: 'X risponde a Y il DATE alle HH:MM:'
    found = explicit_author("Gennaro Pastore risponde a Ninuccio63 il 06/12/2026 alle 09:30:")
    assert (found.name, found.parent_name, found.stamp) == ("Gennaro Pastore", "Ninuccio63", "06/12/2026 alle 09:30")
    bare = explicit_author("Gennaro Pastore risponde a Ninuccio63")
    assert (bare.name, bare.parent_name, bare.stamp) == ("Gennaro Pastore", "Ninuccio63", None)


THREAD = """Il consiglio comunale ha approvato la scuola di restauro nell'ex mattatoio con sette voti
favorevoli e tre contrari. I lavori partiranno in primavera e dureranno almeno diciotto mesi, ha detto il sindaco.

## I commenti dei lettori (3)

**Ninuccio63** ha scritto il 06/12/2026 alle 08:52:

Finalmente una buona notizia per il paese.

[Rispondi](#) | [Segnala](#) | Mi piace (12)

  * **Gennaro Pastore** risponde a Ninuccio63 il 06/12/2026 alle 09:30:

Nessuno è contrario alla scuola. Chiediamo solo un piano.

[Rispondi](#) | [Segnala](#) | Mi piace (4)

**Tonino** ha scritto il 06/12/2026 alle 11:47:

Bravi.

[Rispondi](#) | [Segnala](#) | Mi piace (2)
"""


def test_a_reply_header_with_its_time_after_the_parent_is_its_own_comment():
    _, section = split_comment_section(THREAD)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Ninuccio63", None), ("Gennaro Pastore", 1), ("Tonino", None)]
    assert section.comments[1].body == "Nessuno è contrario alla scuola. Chiediamo solo un piano."


HYPERCOMMENTS = """Die Stadt will prüfen, ob der Firmenparkplatz nebenan abends genutzt werden kann. Die erste
Premiere in der Zwirnerei ist für Oktober 2027 geplant, sagte die Vorsitzende am Mittwoch.

Kommentare

3 Kommentare

Sortieren: Älteste zuerst

Peter

06.12.2026 um 07:55

Und wo sollen 120 Leute parken?

Antworten   ♥ 2

→ Sabine Orthwein

06.12.2026 um 09:12

@Peter Wir sind mit der Stadt im Gespräch, siehe Artikel.

Antworten   ♥ 9

Lena K.

06.12.2026 um 10:30

Schön, dass es weitergeht.

Antworten   ♥ 1
"""


def test_an_arrow_name_under_an_action_bar_is_the_replys_author():
    # HyperComments (browser copy): '→ Name' over the reply's own time, under the action bar of
    # the comment above, is the replier; not the name replied to (Disqus's 'X' / '→ Y' / time)
    for text in (HYPERCOMMENTS, "\n".join(line for line in HYPERCOMMENTS.split("\n") if line.strip())):
        _, section = split_comment_section(text)
        assert [(c.author, c.parent_position, c.posted_at) for c in section.comments] == [
            ("Peter", None, datetime(2026, 12, 6, 7, 55)), ("Sabine Orthwein", 1, datetime(2026, 12, 6, 9, 12)),
            ("Lena K.", None, datetime(2026, 12, 6, 10, 30))]
        assert section.comments[1].body == "@Peter Wir sind mit der Stadt im Gespräch, siehe Artikel."


PROSE_PL = ("Wczoraj na sesji rady miejskiej burmistrz przedstawiła harmonogram remontu wiaduktu nad torami "
            "na ulicy Kolejowej. Prace mają ruszyć 12 stycznia i potrwać do końca sierpnia.")


def test_phpbbs_reply_button_and_search_box_on_one_line_are_no_body():
    # w3m -dump prints prosilver's action bar on one line: the 'Post Reply' button, then the box
    for bar in ("Odpowiedz  Szukaj w tym temacie…", "Post Reply  Search this topic…"):
        assert is_noise_line(bar)
        assert clean_body(f"{bar}\n\n{PROSE_PL}") == PROSE_PL


PHPBB_W3M = f"""Remont wiaduktu na Kolejowej

Post autor: Mirek W. » pt 05 gru 2026, 18:02

{PROSE_PL}

Mirek W.
Posty: 1433

Góra

Re: Remont wiaduktu na Kolejowej

Post autor: Basia z Zatorza » pt 05 gru 2026, 20:45

Ja będę jeździć rowerem, kładka wystarczy.

Basia z Zatorza
Posty: 57

Góra

Ten post został usunięty przez Moderator_Zbyszek » sob 06 gru 2026, 08:14.
Powód: obraźliwe treści.

Re: Remont wiaduktu na Kolejowej

Post autor: Jadzia » sob 06 gru 2026, 10:02

+1

Jadzia
Posty: 340

Góra
"""


def test_phpbbs_soft_deleted_post_notice_is_no_comment():
    # 'Ten post został usunięty przez X » DATE.' stands where a moderator hid a post
    _, section = split_comment_section(PHPBB_W3M)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Basia z Zatorza", "Ja będę jeździć rowerem, kładka wystarczy."), ("Jadzia", "+1")]
    assert is_noise_line("This post was deleted by Admin on Sat Dec 06, 2026 8:14 am.")
