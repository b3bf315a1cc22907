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


# -- Facebook comments plugin, French, saved HTML (fr_facebook_r29_04) --------------------------

def _fb_row(name: str, text: str, badge: str = "", replies: str = "", reply: bool = False) -> str:
    badge_box = f'<div class="_3-8y">{badge}</div>' if badge else ""
    return (f'<div class="{"_44ri _2pis" if reply else "_2pis"}"><div class="UFICommentActorName">'
            f'<a class="_6qw4" href="https://www.facebook.com/profile.php">{name}</a>{badge_box}</div>'
            f'<div class="_3-8m"><span class="_5mdd">{text}</span></div>'
            f'<div class="_3-8n"><a>J’aime</a> · <a>Répondre</a> · <span>3 · 2 j</span></div>'
            + (f'<div class="_44ri">{replies}</div>' if replies else "") + "</div>")


def test_facebook_plugin_rows_nest_replies_and_drop_the_badge_box():
    # comments as ._2pis rows, replies as ._2pis rows inside the comment's ._44ri block, a badge
    # box ('Page officielle') inside the name's box: the reply's parent is the row it sits in,
    # and the badge is neither the name nor the comment's words
    article = "".join(f"<p>{p}</p>" for p in [
        "Le conseil municipal de Vallon-sur-Orne a voté jeudi soir la fermeture de la piscine "
        "Jean-Moulin pendant toute la saison d’hiver, faute de budget pour le chauffage.",
        "L’opposition dénonce une décision prise sans concertation avec les clubs de natation, "
        "qui devront s’entraîner à Argentan jusqu’au mois de mars.",
    ])
    thread = (
        _fb_row("Sophie Lemaire", "Nos enfants vont encore faire quarante minutes de car pour nager.",
                replies=_fb_row("Bastien Roux", "Et le club a déjà payé les licences de la saison.", reply=True))
        + _fb_row("Ville de Vallon-sur-Orne", "Une navette gratuite sera mise en place dès janvier.",
                  badge="Page officielle")
    )
    page = (
        "<html><head><title>Vallon-sur-Orne : la piscine fermée tout l’hiver | Le Courrier de l’Orne</title></head>"
        f"<body><article><h1>Vallon-sur-Orne : la piscine fermée tout l’hiver</h1>{article}</article>"
        '<section><div class="fb-comments"><div class="_50f7">3 commentaires</div>'
        f"{thread}</div></section></body></html>"
    )
    article_row, comments = _records(page, "page.html")
    assert comments == [
        ("Sophie Lemaire", None, "Nos enfants vont encore faire quarante minutes de car pour nager."),
        ("Bastien Roux", 1, "Et le club a déjà payé les licences de la saison."),
        ("Ville de Vallon-sur-Orne", None, "Une navette gratuite sera mise en place dès janvier."),
    ]
    assert "Page officielle" not in article_row["body"]


# -- Hyvor Talk under a Dutch paper, Jina reader markdown (nl_openweb_r29_09) --------------------

_NL_PROSE = ("De gemeente sluit het zwembad in Oosterbroek vanaf januari op maandag en dinsdag. Volgens "
             "de wethouder scheelt dat ruim tachtigduizend euro per jaar aan energie en personeel.")


def test_membership_pitch_opening_with_the_join_imperative_is_no_body():
    from transforms.boilerplate import clean_body

    pitch = "Steun lokale journalistiek. Word lid van het Oosterbroeks Dagblad vanaf € 4 per maand. Word lid"
    assert clean_body(_NL_PROSE + "\n\n" + pitch) == _NL_PROSE


def test_prose_about_joining_stays():
    from transforms.boilerplate import clean_body

    prose = ("Wie lid wordt van de zwemclub, mag volgens het bestuur voorlopig gratis in het bad van "
             "Haarsloot trainen. Ruim veertig leden hebben zich al aangemeld.")
    assert clean_body(_NL_PROSE + "\n\n" + prose) == _NL_PROSE + "\n\n" + prose
