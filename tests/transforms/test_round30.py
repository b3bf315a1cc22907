"""Round 30 (tests/eval/cleaning/holdout30, measured blind, then fixed)."""
from transforms.comment_headers import explicit_author
from transforms.comments import split_comment_section


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
