"""Forum packages in their translations, as benchmarks/eval_forums.py prints them: Simple
Machines' '« Responder #1 Em: DATE »' / '« Reactie #1 Gepost op: DATE »' post headers are the
post's time, its 'Logged' line in German, French, Portuguese and Dutch ('Gespeichert',
'Journalisée', 'Registrado', 'Gelogd') is chrome, and 'Citação de: X em DATE' / 'Citaat van: X
op DATE' quote X's post."""
import pytest

from transforms.comment_lines import classify, explicit_author
from transforms.comment_names import quote_target
from transforms.comments import split_comment_section
from transforms.timestamps import is_timestamp

OPENING = ("A câmara aprovou ontem o novo plano de estacionamento para o centro histórico, que entra em vigor "
           "no próximo mês e prevê mais lugares para residentes e menos para visitantes. Os parques da periferia "
           "passam a ter autocarros gratuitos para o centro a cada quinze minutos, das sete da manhã à meia-noite. "
           "A oposição votou contra e diz que o plano foi feito sem ouvir os comerciantes da zona.")

SMF = {
    "pt": ("Membro", "Mensagens: {}", "« Em: 4 de dezembro de 2026, 09:12:31 »", "« Responder #{} Em: 4 de dezembro de 2026, 09:{}:31 »",
           "Citação de: {} em 4 de dezembro de 2026, 09:12:31", "Registrado"),
    "nl": ("Lid", "Berichten: {}", "« Gepost op: 4 december 2026, 09:12:31 »", "« Reactie #{} Gepost op: 4 december 2026, 09:{}:31 »",
           "Citaat van: {} op 4 december 2026, 09:12:31", "Gelogd"),
    "de": ("Mitglied", "Beiträge: {}", "« am: 4. Dezember 2026, 09:12:31 »", "« Antwort #{} am: 4. Dezember 2026, 09:{}:31 »",
           "Zitat von: {} am 4. Dezember 2026, 09:12:31", "Gespeichert"),
}
REPLIES = [  # author, words, index of the post quoted (None: no quote)
    ("Fernanda Lopes", "Finalmente! Moro na Rua Direita e nunca encontro lugar depois das sete.", None),
    ("Zé da Fruta", "E os comerciantes? Sem visitantes a rua morre, isso já se viu noutras cidades.", 0),
    ("Rui M.", "Vamos ver quanto tempo dura. O plano anterior também prometia muito.", None),
]


def _thread(lang: str) -> str:
    rank, posts, first, header, quote, logged = SMF[lang]
    lines = ["harbourwatch", rank, "***", posts.format(40), "Estacionamento no centro histórico", first, OPENING, logged, ""]
    for n, (author, words, quoted) in enumerate(REPLIES, start=1):
        lines += [author, rank, "***", posts.format(40 + n), "Re: Estacionamento no centro histórico", header.format(n, 12 + n)]
        if quoted is not None:
            lines += [quote.format(REPLIES[quoted][0]), REPLIES[quoted][1]]
        lines += [words, logged, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(SMF))
def test_smf_thread_in_its_translations(lang):
    article, section = split_comment_section(_thread(lang))
    assert OPENING in article
    assert [c.author for c in section.comments] == [author for author, _, _ in REPLIES]
    assert [c.parent_position for c in section.comments] == [None, 1, None]
    assert [c.body for c in section.comments] == [words for _, words, _ in REPLIES]


@pytest.mark.parametrize("line", ["« Responder #3 Em: 4 de dezembro de 2026, 09:51:31 »",
                                  "« Reactie #2 Gepost op: 4 december 2026, 09:38:31 »"])
def test_smf_post_header_is_a_time(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line", ["Gespeichert", "Journalisée", "Gelogd", "Registrado"])
def test_smf_logged_line_is_chrome(line):
    assert classify(0, line).kind != "text"


@pytest.mark.parametrize("line, name", [("Citação de: Rui M. em 4 de dezembro de 2026, 09:12:31", "Rui M."),
                                        ("Citaat van: Bert van Dijk op 4 december 2026, 09:12:31", "Bert van Dijk")])
def test_smf_quote_header_names_the_quoted_poster(line, name):
    assert quote_target(line) == name


VBULLETIN_POSTS = [("brian_t", "Protecting research while cutting sales staff is the right call, the data centre market is where the growth is."),
                   ("ledger_lady", "Tell that to the twelve hundred people getting the email this week. The executives never share the pain."),
                   ("Marco Ruiz", "Bought the dip at 52, let's see how this ages.")]


def test_vbulletin_time_then_post_number_then_name_keeps_the_last_post():
    # vBulletin prints each post's time, then its number, then the poster: the last post has no
    # time under it and is still a post, with its own time (not the next post's)
    lines = ["Chipmaker to cut 1,200 jobs", "", "12-04-2026, 09:12 AM", "#1", "harbourwatch", "Senior Member",
             "Join Date: Mar 2015", "Posts: 120", "", OPENING, ""]
    for n, (author, words) in enumerate(VBULLETIN_POSTS, start=2):
        lines += [f"12-04-2026, 10:{10 + n:02d} AM", f"#{n}", author, "Senior Member", "Join Date: Mar 2015",
                  f"Posts: {120 + n}", "", words, ""]
    _, section = split_comment_section("\n".join(lines))
    assert [(c.author, c.body) for c in section.comments] == VBULLETIN_POSTS
    assert [c.posted_at.minute for c in section.comments] == [12, 13, 14]


INVISION = {"fr": ("Posté(e) le 4 décembre 2026", "Citer"), "it": ("Inviato 4 dicembre 2026", "Cita"),
            "nl": ("Geplaatst 4 december 2026", "Citeren")}


@pytest.mark.parametrize("lang", sorted(INVISION))
def test_invision_copy_with_blank_lines_between_name_and_posted_line(lang):
    # Invision: name, blank, 'Posted DATE', blank, text, blank, 'Quote'; the first reply's name
    # stands a blank line above its time and still starts the thread
    posted, button = INVISION[lang]
    lines = ["Estacionamento no centro histórico", "", "harbourwatch", "", posted, "", OPENING, "", button, ""]
    for author, words, _ in REPLIES:
        lines += [author, "", posted, "", words, "", button, ""]
    article, section = split_comment_section("\n".join(lines))
    assert article.rstrip().endswith(OPENING)
    assert [(c.author, c.body) for c in section.comments] == [(author, words) for author, words, _ in REPLIES]


@pytest.mark.parametrize("line, name", [("Envoyé par Solange_53", "Solange_53"),
                                        ("Postado originalmente por Fernanda Lopes", "Fernanda Lopes")])
def test_vbulletin_quote_headers_in_french_and_portuguese(line, name):
    assert quote_target(line) == name


def test_phpbb_portuguese_post_header_names_the_poster():
    found = explicit_author("Mensagem por Zé da Fruta » Qui 04/12/2026 09:25")
    assert found is not None and found.name == "Zé da Fruta"


GUEST_WORDS = "Warum werden solche Daten überhaupt so lange gespeichert?"


def _smf_guest(subject: str) -> str:
    """SMF: a guest's post has no rank or post count, its subject line stands between name and time."""
    return _thread("de") + "\n" + "\n".join(["Gast", f"{subject} Estacionamento no centro histórico",
                                              "« Antwort #4 am: 4. Dezember 2026, 10:04:31 »", GUEST_WORDS, "Gespeichert", ""])


@pytest.mark.parametrize("thread", [
    lambda: _smf_guest("Re:"),
    lambda: _smf_guest("AW:"),  # the subject prefix in the board's language (rule forum.widget.reply_subject)
    lambda: _smf_guest("Rép :"),
    # vBulletin: the post's time, its number, then the guest
    lambda: "\n".join(["Estacionamento no centro histórico", "", OPENING, ""]
                      + [x for n, (author, words, _) in enumerate(REPLIES, start=2)
                         for x in (f"12-04-2026, 10:0{n} AM", f"#{n}", author, "Senior Member", "Posts: 12", "", words, "")]
                      + ["12-04-2026, 10:09 AM", "#5", "Gast", "", GUEST_WORDS, ""]),
], ids=["smf", "smf_aw", "smf_rep", "vbulletin"])
def test_a_guest_post_without_a_profile_is_a_post(thread):
    _, section = split_comment_section(thread())
    assert [c.author for c in section.comments] == [author for author, _, _ in REPLIES] + ["Gast"]
    assert section.comments[-1].body == GUEST_WORDS


@pytest.mark.parametrize("line, name", [("Am 4.12.2026 um 09:12 schrieb Heike_S:", "Heike_S"),  # IPS, verb first
                                        ("Op 4-12-2026 om 09:12 schreef Bert van Dijk:", "Bert van Dijk")])
def test_invision_quote_header_with_the_verb_before_the_name(line, name):
    assert quote_target(line) == name


def test_discourse_quote_header_with_a_three_word_name():
    # Discourse: 'Name:' over the quoted words, a blank line between them; the name has three words
    first = "Een tijdelijke stalling zonder bewaking voor een maand. Ik zet mijn e-bike daar echt niet neer."
    lines = ["Fietsenstalling dicht", "", "harbourwatch", "4 dec", "", OPENING, "",
             "Bert van Dijk", "4 dec", "", first, "",
             "Ik zeg niks", "4 dec", "", "Bert van Dijk:", "", first.split(". ")[0] + ".", "", "Klopt.", ""]
    _, section = split_comment_section("\n".join(lines))
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("Bert van Dijk", first, None), ("Ik zeg niks", "Klopt.", 1)]


def test_smf_thread_copied_without_blank_lines():
    # 'Registrado' (SMF's Portuguese 'Logged') right above the next poster's name and rank is no
    # profile field whose value is the name
    text = "\n".join(line for line in _thread("pt").split("\n") if line.strip())
    _, section = split_comment_section(text)
    assert [c.author for c in section.comments] == [author for author, _, _ in REPLIES]

