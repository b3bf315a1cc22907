"""Round 29 (blind pages, helper fix29eu): general rules for the European layouts the round's
pages showed the cleaner had not read (vBulletin 4 without blank lines, a newspaper's own
reader comments in w3m, the Facebook comments plugin, Hyvor Talk in Jina reader markdown).
Each test fails without its rule."""
from transforms.document import build_records


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- vBulletin 4, German, browser copy without blank lines (de_forum_r29_11) -------------------

def _vb4_post(stamp: str, number: int, name: str, fields: list[str], text: list[str]) -> list[str]:
    return [f"{stamp}\t#{number}", name, "Benutzer", *fields, *text, "Antwort mit Zitat"]


def test_vbulletin4_short_post_over_the_next_posts_time_is_the_post():
    # the post's time stands over the poster's name: the time under the box is the next post's,
    # so the one short line between the box and it is the post ('Sehe ich auch so.'), no place
    # or personal text printed last in the box (Simple Machines' layout, round 17a)
    page = "\n".join([
        "Aquarienfreunde Nord - Forum",
        "Thema: Neues Becken trübt nach einer Woche ein",
        *_vb4_post("03.12.2026, 17:05", 1, "fischkopp_kiel", ["Registriert seit: 04.2018", "Beiträge: 210"],
                   ["Seit einer Woche läuft mein neues Becken mit 120 Litern, und seit gestern ist das Wasser "
                    "milchig trüb, obwohl ich nur einmal am Tag ganz sparsam füttere. Hat jemand eine Idee?"]),
        *_vb4_post("03.12.2026, 18:20", 2, "Welsfreundin", ["Registriert seit: 09.2012", "Ort: Husum",
                                                          "Beiträge: 4.311"],
                   ["Das ist die Bakterienblüte, die geht nach ein paar Tagen von allein weg. Nicht mehr "
                    "Wasser wechseln als sonst und weiter sparsam füttern."]),
        *_vb4_post("Gestern, 09:41", 3, "Jens P.", ["Registriert seit: 02.2025", "Beiträge: 12"],
                   ["Sehe ich auch so."]),
        *_vb4_post("Gestern, 11:02", 4, "fischkopp_kiel", ["Registriert seit: 04.2018", "Beiträge: 210"],
                   ["Danke euch, ich warte dann ab und berichte, wie es sich entwickelt."]),
        "« Vorheriges Thema | Nächstes Thema »",
        "Powered by vBulletin® Version 4.2.5",
    ])
    _, comments = _records(page)
    assert [(author, body) for author, _, body in comments] == [
        ("Welsfreundin", "Das ist die Bakterienblüte, die geht nach ein paar Tagen von allein weg. Nicht mehr "
                         "Wasser wechseln als sonst und weiter sparsam füttern."),
        ("Jens P.", "Sehe ich auch so."),
        ("fischkopp_kiel", "Danke euch, ich warte dann ab und berichte, wie es sich entwickelt."),
    ]

