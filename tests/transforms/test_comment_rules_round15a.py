"""Round 15a: a Dutch phpBB thread copied as text: 'Bericht door X » di 1 dec 2026, 21:04'
post headers, the poster box after each post ('Berichten: 1288', 'Woonplaats: Vianen'),
'Omhoog' and 'Ga naar', and 'X schreef: ↑' quote headers with the quoted post's time on the
next line (the quote belongs to that post, not to the reply)."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import TEXT, classify
from transforms.comments import split_comment_section

PROSE = ("De gemeenteraad sprak dinsdag over de nieuwe fietsbrug, de dienstregeling van de pont en de "
         "begroting voor volgend jaar, en de tribune zat vol met bewoners die de plannen wilden horen. ") * 3

POSTER_BOX = "{name}\nBerichten: 342\nLid geworden op: wo 02 mrt 2022, 18:02\nWoonplaats: Vianen\nOmhoog\n"


def _post(name: str, stamp: str, text: str, quote: tuple[str, str, str] | None = None) -> str:
    head = f"Bericht door {name} » {stamp}\n"
    if quote:
        head += f"{quote[0]} schreef: ↑\n{quote[1]}\n{quote[2]}\n"
    return head + text + "\n" + POSTER_BOX.format(name=name)


def test_dutch_phpbb_thread_with_quotes_under_their_own_time():
    thread = (_post("Wouter_V", "di 1 dec 2026, 21:04", PROSE)
              + _post("fietsfanaat", "di 1 dec 2026, 21:37", "Weet iemand of de brug 's nachts open is?")
              + _post("Wouter_V", "di 1 dec 2026, 22:05", "Ja, 24 uur per dag.",
                      ("fietsfanaat", "di 1 dec 2026, 21:37", "Weet iemand of de brug 's nachts open is?"))
              + "Ga naar\nPowered by phpBB® Forum Software © phpBB Limited\n")
    _, section = split_comment_section(thread)
    got = [(c.author, c.parent_position, c.body) for c in section.comments]
    assert got == [("fietsfanaat", None, "Weet iemand of de brug 's nachts open is?"),
                   ("Wouter_V", 1, "Ja, 24 uur per dag.")]


@pytest.mark.parametrize("line", ["Omhoog", "Ga naar", "Berichten: 1288", "Woonplaats: Vianen"])
def test_dutch_phpbb_chrome(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line", ["Diskussion abonnieren", "Subscribe to discussion", "S'abonner à la discussion"])
def test_disqus_subscribe_link_is_chrome(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line", [
    "Teilen auf Facebook Teilen auf WhatsApp Per E-Mail teilen",
    "Newsletter L'Écho du Bocage – Recevez chaque matin l'essentiel de l'actualité de votre territoire.",
])
def test_share_bar_and_newsletter_pitch_leave_the_body(line):
    text = PROSE + "\n\n" + line + "\n\n" + PROSE
    assert line not in clean_body(text)


def test_newsletter_in_prose_stays():
    line = "La coopérative envoie aussi une newsletter mensuelle à ses 340 adhérents, avec les prix du lait."
    assert line in clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE)


def test_newsroom_role_word_over_a_reply_marker_and_its_time():
    thread = ("Commenti (3)\n"
              "Roberta Zambelli\n04/12/2026 21:47\nE la corsa serale delle 19.40?\nRispondi | Segnala | Piace a 9\n"
              "Il Gardesano\n05/12/2026 07:15\nTre minuti prima, dopo quattro mesi.\nRispondi | Segnala | Piace a 21\n"
              "Redazione\nin risposta a Roberta Zambelli\n05/12/2026 10:02\nNe daremo conto sul giornale.\n"
              "Rispondi | Segnala\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Roberta Zambelli", None), ("Il Gardesano", None), ("Redazione", 1)]


def test_reply_nested_deeper_inside_a_counted_reply_group():
    thread = ("## Conversation\n\n**3 Comments**\n\n"
              "**BleacherBum77**\n\n14h\n\nBest news this town has had all year.\n\nReply\n\nShare\n\n2 Replies\n\n"
              "> **Wendy S.**\n>\n> 12h\n>\n> Hope they keep the ticket prices where they are.\n>\n> Reply\n\n"
              ">> **BleacherBum77**\n>>\n>> 12h\n>>\n>> The hotel tax is paid by visitors, not us.\n>>\n>> Reply\n")
    assert [(c.author, c.parent_position) for c in split_comment_section(PROSE + "\n\n" + thread)[1].comments] == [
        ("BleacherBum77", None), ("Wendy S.", 1), ("BleacherBum77", 2)]
