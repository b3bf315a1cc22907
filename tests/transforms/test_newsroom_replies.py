"""Disqus prints 'Name  Replied-to' on the author line. When one of the two names is a newsroom's
own account ('Redaktion', 'Redazione'), the line also reads as a role badge beside a name; the
thread decides: a reply where the second name is an earlier commenter's."""
from transforms.comments import split_comment_section

ARTICLE = ("Der Gemeinderat hat den Bau des Parkhauses am Seeufer am Dienstagabend mit elf zu vier "
           "Stimmen abgelehnt. Stattdessen sollen im Sommer Shuttlebusse vom Bahnhof fahren.\n\n"
           "Die Anwohner hatten seit dem Frühjahr Unterschriften gegen das Projekt gesammelt, "
           "die Gastronomen am Hafen hatten es dagegen unterstützt.\n\n")


def _thread(rows: list[tuple[str, str]]) -> str:
    head = "4 Kommentare\nAnmelden\nSortieren nach Beste\nDiskutiere mit…\n\n"
    return ARTICLE + head + "".join(
        f"{who}\n• vor {n + 2} Stunden\n{text}\n1\nAntworten\nTeilen ›\n\n" for n, (who, text) in enumerate(rows))


def _authors_parents(text: str) -> list[tuple[str, int | None]]:
    _, section = split_comment_section(text)
    return [(c.author, c.parent_position) for c in section.comments]


def test_newsroom_replying_to_an_earlier_commenter_and_a_reply_to_the_newsroom():
    text = _thread([
        ("Petra Lang", "Endlich eine vernünftige Entscheidung für den See."),
        ("Jonas Wirth", "Wann fahren die Busse morgens los? Das steht nirgends."),
        ("Redaktion  Jonas Wirth", "Die Gemeinde nennt bisher keine Zeiten, wir fragen nach und ergänzen den Artikel."),
        ("Jonas Wirth  Redaktion", "Danke, das wäre hilfreich."),
    ])
    assert _authors_parents(text) == [("Petra Lang", None), ("Jonas Wirth", None), ("Redaktion", 2), ("Jonas Wirth", 3)]


def test_role_word_before_a_name_nobody_wrote_before_stays_a_badge():
    # no earlier comment by 'Mara Feld': 'Redaktion' is her badge, she is the author
    text = _thread([
        ("Petra Lang", "Endlich eine vernünftige Entscheidung für den See."),
        ("Redaktion  Mara Feld", "Wir haben die Fahrzeiten beim Landratsamt angefragt."),
        ("Jonas Wirth", "Wann fahren die Busse morgens los? Das steht nirgends."),
    ])
    assert [a for a, _ in _authors_parents(text)] == ["Petra Lang", "Mara Feld", "Jonas Wirth"]
