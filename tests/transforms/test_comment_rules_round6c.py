"""Round 6c: comment rules from twelve unseen es/it/pt/nl/pl/sv pages (tests/eval/cleaning/README.md, 'Round 6c')."""
import pytest

from transforms.comment_lines import classify, quote_target
from transforms.comments import split_comment_section
from transforms.timestamps import is_timestamp, parse_timestamp

_PROSE = (
    "The council voted on Monday to reopen the old fountain in the park next spring. "
    "Repairs will cost about 380 thousand euros, and the residents' association raised the "
    "first ten thousand itself with a concert and two years of signatures at the market.\n"
)


@pytest.mark.parametrize("line, iso", [
    ("21-nov-2026, 22:14", "2026-11-21T22:14"),  # vBulletin's default date
    ("Antiguo 21-nov-2026, 22:14", "2026-11-21T22:14"),  # ... with the post icon's alt text
    ("Old 12-Mar-2024, 10:14 PM", "2024-03-12T22:14"),
])
def test_vbulletin_dates_with_a_month_between_hyphens(line, iso):
    assert is_timestamp(line)
    assert parse_timestamp(line).isoformat(timespec="minutes") == iso


def test_spanish_vbulletin_quote_header():
    assert quote_target("Originalmente Escrito por Paco_B") == "Paco_B"


def test_vbulletin_thread_with_the_date_above_the_poster():
    posts = [("Membrillo", "Junta extraordinaria y que conste en acta.", ""),
             ("abogado de guardia", "Pide una copia de la licencia, que es pública.", ""),
             ("Xixona", "Esto, y fotos.", "Cita:\nOriginalmente Escrito por abogado de guardia\n"
                                               "Pide una copia de la licencia, que es pública.\n")]
    thread = "".join(
        f"#{k}\nAntiguo 2{k}-nov-2026, 22:1{k}\n{name}\nForero\nMensajes: 81{k}\n\n{quote}{text}\n"
        f"Citar\nResponder Con Cita\n\n" for k, (name, text, quote) in enumerate(posts, start=2))
    _, section = split_comment_section(_PROSE + "Citar\nResponder Con Cita\n\n" + thread)
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("Membrillo", "Junta extraordinaria y que conste en acta.", None),
        ("abogado de guardia", "Pide una copia de la licencia, que es pública.", None),
        ("Xixona", "Esto, y fotos.", 2)]
    assert section.comments[0].posted_at.isoformat(timespec="minutes") == "2026-11-22T22:12"


ROUND_6C_WIDGET_WORDS = [
    ("Lämna ett svar Avbryt svar", "anchor"),  # wordpress.anchor.nordic
    ("Legg igjen et svar", "anchor"),
    ("E-postadress *", "form"),  # wordpress.form.nordic
    ("Webbplats", "form"),
    ("Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.",
     "form"),
    ("Nimi *", "form"),  # generic.form.required_label: any language
    ("Sähköposti *", "form"),
    ("Föregående inlägg", "noise"),  # generic.noise.post_navigation
    ("Entrada anterior", "noise"),
    # second sample (holdout6c2)
    ("Inicia sesión para comentar", "widget"),  # generic.widget.login_to_reply.it_pt_nl_pl
    ("Lo más nuevo  |  Lo más antiguo  |  Lo más popular", "widget"),  # sort tabs, generic.widget.policy
    ("Mais recentes · Mais antigos", "widget"),
    ("¿Qué te parece?", "widget"),
    ("Sorprendido", "widget"),  # disqus.widget.reactions_intl
    ("Me encanta 3", "widget"),
    ("Principais fãs", "noise"),  # facebook.noise.badges
]


@pytest.mark.parametrize("line, kind", ROUND_6C_WIDGET_WORDS)
def test_widget_words(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line", ["Namn", "Webbplatsen", "The total is 5 * 3"])
def test_words_without_the_star_or_a_sentence_are_no_form_label(line):
    assert classify(0, line).kind != "form"


def test_swedish_wordpress_form_under_the_thread_is_not_a_comment():
    thread = "".join(
        f"{name}\n1{k} november 2026 kl. 19:4{k}\n{text}\nSvara\n\n"
        for k, (name, text) in enumerate([("Olle Berg", "Tack för att du förklarar."),
                                          ("Stina från Östra", "Bra att någon tar upp det."),
                                          ("Läktare behövs", "Olle Berg, utan läktare går det inte.")], start=1))
    form = ("Lämna ett svar Avbryt svar\nKommentar *\nNamn *\nE-postadress *\nWebbplats\n"
            "Publicera kommentar\n\nFöregående inlägg\nBudgeten 2027: mina tre viktigaste frågor\n")
    _, section = split_comment_section(_PROSE + "\n3 svar på ”Sporthallen”\n\n" + thread + form)
    assert [c.author for c in section.comments] == ["Olle Berg", "Stina från Östra", "Läktare behövs"]
    assert section.comments[-1].body == "Olle Berg, utan läktare går det inte."


@pytest.mark.parametrize("line, name", [
    ("Antwoord aan  Henk Verschoor", "Henk Verschoor"),  # wpDiscuz in Dutch
    ("Odpowiedź do: Zbyszek z Olszowa", "Zbyszek z Olszowa"),  # a colon after the marker, any language
    ("Respuesta a: Laura", "Laura"),
    ("Antwort an: Heinz", "Heinz"),
])
def test_reply_markers(line, name):
    assert quote_target(line) == name


def test_markdown_quoted_wpdiscuz_reply_with_a_dutch_marker():
    thread = ("**Henk**\n5 uur geleden\n\nDoodzonde voor het dorp.\n\n14\nBeantwoorden\n\n"
              "> **Marloes**\n> Antwoord aan  Henk\n> 4 uur geleden\n>\n> Bij ons ook.\n>\n> 5\n> Beantwoorden\n\n"
              "**Piet**\n1 uur geleden\n\nTop.\n\n1\nBeantwoorden\n")
    _, section = split_comment_section(_PROSE + "\n3 Reacties\nOudste\n\n" + thread)
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("Henk", "Doodzonde voor het dorp.", None), ("Marloes", "Bij ons ook.", 1), ("Piet", "Top.", None)]


def test_spanish_disqus_reaction_bar_above_the_thread_is_not_a_comment():
    bar = "¿Qué te parece?\n0 Respuestas\nMe gusta\nGracioso\nMe encanta\nSorprendido\nEnfadado\nTriste\n\n3 Comentarios\n\n"
    thread = "".join(f"{name}\nhace {k} horas\n{text}\nVoto positivo {k}\nVoto negativo\nResponder\nCompartir ›\n\n"
                     for k, (name, text) in enumerate([("Jesús Marín", "Lo que hay que leer."),
                                                       ("M.ª Carmen", "En mi pueblo eso tiene un nombre."),
                                                       ("Ecce", "Muy bien dicho.")], start=1))
    article, section = split_comment_section(_PROSE + "\n" + bar + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Jesús Marín", "Lo que hay que leer."), ("M.ª Carmen", "En mi pueblo eso tiene un nombre."),
        ("Ecce", "Muy bien dicho.")]
    assert "Sorprendido" not in article and "te parece" not in article
