"""A Catalan paper's own comment list (round 34's ca_newspaper_r34_05, a .jsonl record's text): 'Comentaris (N)',
the comment box and log-in notice, each comment as name / 'DD/MM/YYYY a les HH:MM' (or 'fa 5 hores') / optional
'En resposta a X' / text / 'M'agrada (N) | No m'agrada (N)' / 'Respon | Denuncia', and the moderator's
placeholder. Written by hand (another town, other readers), with and without blank lines, and with only two
comments, so that no line is chrome only because it repeats."""
import hashlib

import pytest

from transforms import rules
from transforms.comment_lines import NOISE, TIME, classify
from transforms.document import build_records
from transforms.lines import plain_line
from transforms.timestamps import is_timestamp, parse_timestamp

ARTICLE = [
    "Vés al contingut", "", "La Veu del Lluçanès", "", "Portada", "Comarca", "Esports", "",
    "COMARCA", "",
    "Prats de Lluçanès tancarà la biblioteca els dissabtes a partir del gener", "",
    "L'Ajuntament diu que no troba personal per cobrir el torn del cap de setmana", "",
    "La biblioteca municipal de Prats de Lluçanès deixarà d'obrir els dissabtes al matí a partir del gener. "
    "L'Ajuntament ho atribueix a la baixa d'una de les dues bibliotecàries i a la falta de candidats.", "",
    "L'alcaldessa, Roser Vilalta, assegura que és una mesura provisional i que el servei es recuperarà "
    "quan es cobreixi la plaça.", "",
]
HEAD = ["Comentaris (7)", "", "Deixa el teu comentari", "",
        "Per comentar cal estar registrat. Inicia la sessió | Registra't", "",
        "Ordena per: Més recents | Més antics | Més valorats", ""]
COMMENTS = [  # name, time, parent named by 'En resposta a', text lines
    ("Jaume Serrat", "05/12/2026 a les 19:22", None,
     ["Roser Vilalta va prometre ampliar horaris a la campanya. Ara els retalla."]),
    ("Montse Prat", "05/12/2026 a les 20:05", "Jaume Serrat",
     ["Sense personal no es pot obrir, per molt que es prometi."]),
    ("un estudiant que hi va a estudiar", "6 de desembre de 2026 a les 08:41", None,
     ["El dissabte és l'únic dia que hi puc anar amb calma.", "Podrien obrir amb voluntaris, com fan a Olost."]),
    ("Biel Costa", "fa 3 hores", "un estudiant que hi va a estudiar",
     ["A Olost ho porta l'associació de veïns, no l'Ajuntament."]),
]
STAMPS = ["2026-12-05T19:22:00", "2026-12-05T20:05:00", "2026-12-06T08:41:00", None]
REMOVED = "Comentari eliminat pel moderador per incomplir les normes de participació."
TAIL = ["Mostra més comentaris", "", "© 2026 La Veu del Lluçanès SL | Avís legal | Privacitat"]


def _comment_block(name, time, parent, text, likes):
    lines = [name, time] + ([f"En resposta a {parent}"] if parent else [])
    paragraphs = [line for paragraph in text for line in ("", paragraph)][1:]  # a blank line between paragraphs
    return lines + paragraphs + [f"M'agrada ({likes}) | No m'agrada (0)", "Respon | Denuncia", ""]


def catalan_page(comments=COMMENTS, blank_lines=True) -> str:
    lines = list(ARTICLE) + list(HEAD)
    for i, (name, time, parent, text) in enumerate(comments):
        lines += _comment_block(name, time, parent, text, 10 - i)
        if i == 1:
            lines += [REMOVED, ""]
    lines += TAIL
    if not blank_lines:
        lines = [line for line in lines if line]
    return "\n".join(lines) + "\n"


def _records(name: str, text: str):
    raw = text.encode("utf-8")
    return build_records(name, "test", hashlib.sha256(raw).hexdigest(), raw)


@pytest.mark.parametrize("blank_lines", [True, False])
def test_catalan_newspaper_list(blank_lines):
    comments = _records("ca_page.txt", catalan_page(blank_lines=blank_lines)).comments
    assert [c["author"] for c in comments] == [name for name, *_ in COMMENTS]
    joiner = "\n\n" if blank_lines else " "
    assert [c["body"] for c in comments] == [joiner.join(text) for *_, text in COMMENTS]
    assert [c["parent_position"] for c in comments] == [None, 1, None, 3]
    posted = [c["posted_at"].isoformat() if c["posted_at"] else None for c in comments]
    assert posted == STAMPS  # 'DD/MM/YYYY a les HH:MM' is the time; 'fa 3 hores' gives none


def test_two_catalan_comments_keep_no_chrome():
    """With two comments no button row repeats often enough to be chrome by repetition: the rules name it."""
    two = [COMMENTS[0], ("Laia R.", "fa 2 hores", None, ["Lamentable."])]
    comments = _records("ca_two.txt", catalan_page(two)).comments
    assert [(c["author"], c["body"]) for c in comments] == [("Jaume Serrat", COMMENTS[0][3][0]),
                                                            ("Laia R.", "Lamentable.")]


@pytest.mark.parametrize("stamp, expected", [
    ("06/12/2026 a les 09:40", "2026-12-06T09:40:00"),
    ("6/12/2026 a les 9:05", "2026-12-06T09:05:00"),
    ("2026-12-06 a les 09:40", "2026-12-06T09:40:00"),
    ("6 de desembre de 2026 a les 09:40", "2026-12-06T09:40:00"),  # Catalan months, the month after d'
    ("6 d'octubre de 2026 a les 18:05", "2026-10-06T18:05:00"),
    ("dissabte, 6 d’abril del 2026", "2026-04-06T00:00:00"),
    ("6 des. 2026 a les 9:40", "2026-12-06T09:40:00"),
])
def test_catalan_a_les_time_is_a_timestamp(stamp, expected):
    assert is_timestamp(stamp)
    assert parse_timestamp(stamp).isoformat() == expected
    assert classify(0, stamp).kind == TIME


@pytest.mark.parametrize("line", [
    "Deixa el teu comentari", "Per comentar cal estar registrat. Inicia la sessió | Registra't",
    "Per comentar cal iniciar sessió.", "M'agrada (24) | No m'agrada (3)", "M’agrada 3 · No m’agrada 1 · Respon · Denuncia",
    "Respon | Denuncia", REMOVED, "Aquest comentari ha estat eliminat per la moderació.",
])
def test_catalan_list_chrome_is_noise(line):
    assert rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("line", ["Denuncia", "M'agrada", "No m'agrada"])
def test_catalan_buttons_alone_are_thread_chrome(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", [
    "M'agrada molt la proposta de l'Ajuntament.",
    "Denuncia que ningú no l'ha avisat.",
    "Per comentar cal llegir primer l'article sencer, i molts no ho fan.",
    "El comentari eliminat pel moderador deia la veritat, i ho sap tothom al poble.",
    "Respon a la pregunta, si us plau.",
    "Dimarts fan aquagym a les 9:40 i a les 10:15.",
])
def test_catalan_sentences_with_those_words_are_no_chrome(line):
    assert not rules.is_noise_line(plain_line(line))
    assert classify(0, line).kind != NOISE
