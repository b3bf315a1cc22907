"""Round 32's forum pages (tests/eval/cleaning/holdout32): NodeBB saved by Jina's reader view (hr, and the
same thread in NodeBB's English, German and French words), one small case per rule."""
import hashlib

import pytest

from transforms import rules
from transforms.document import build_records
from transforms.lines import plain_line
from transforms.timestamps import is_timestamp, parse_timestamp

SITE = "https://forum.example.org"


def _records(name: str, text: str):
    raw = text.encode("utf-8")
    return build_records(name, "test", hashlib.sha256(raw).hexdigest(), raw)


# ----------------------------------------------------------------------------- NodeBB, Jina reader view

NODEBB = {  # NodeBB's words per language: topic stats, 'wrote on', a post's time, a recent time, quote header,
    # the post's buttons, the deleted post's placeholder, the navigator's links
    "hr": ("7 Objave 5 Sudionici 1.2k Pregleda", "napisao {}", ("4. pro 2026. 18:36", "4. pro 2026. 19:02",
           "4. pro 2026. 20:15"), "prije 6 sati", "je rekao u", ":", ("Odgovori", "Citiraj"),
           "Ova objava je izbrisana!", ("Prvi post", "Zadnji post")),
    "en": ("7 Posts 5 Posters 1.2k Views", "wrote on {}", ("Dec 4, 2026, 6:36 PM", "Dec 4, 2026, 7:02 PM",
           "Dec 4, 2026, 8:15 PM"), "6 hours ago", "said in", ":", ("Reply", "Quote"), "This post is deleted!",
           ("First post", "Last post")),
    "de": ("7 Beiträge 5 Kommentatoren 1.2k Aufrufe", "schrieb am {}", ("4. Dez. 2026, 18:36", "4. Dez. 2026, 19:02",
           "4. Dez. 2026, 20:15"), "vor 6 Stunden", "sagte in", ":", ("Antworten", "Zitieren"),
           "Dieser Beitrag wurde gelöscht!", ("Erster Beitrag", "Letzter Beitrag")),
    "fr": ("7 Messages 5 Participants 1.2k Vues", "a écrit le {}", ("4 déc. 2026, 18:36", "4 déc. 2026, 19:02",
           "4 déc. 2026, 20:15"), "il y a 6 heures", "a dit dans", " :", ("Répondre", "Citer"),
           "Ce message a été supprimé !", ("Premier message", "Dernier message")),
}
NODEBB_TITLE = "Novi vrtić u Gornjoj Dubravi otvara se u veljači"
OPENING = ["Novi dječji vrtić u Gornjoj Dubravi otvara se 1. veljače, a upisi počinju 15. prosinca i traju do "
           "10. siječnja. Zgrada je ona bivša zadružna kuća kod crkve, koju su obnavljali cijelu godinu.",
           "Vrtić će imati četiri skupine, ukupno 78 mjesta. Općina planira kombi koji bi ujutro skupljao djecu "
           "iz Lipovca i Brezja, ali to još nije sigurno jer ovisi o tome koliko se djece upiše."]
REPLY_1 = "Planira već treću godinu. Dok ne vidim kombi ispred kuće, ne vjerujem."
REPLY_2 = ["Ovaj put je drugačije, kombi je u proračunu za 2027., pogledajte stavku 412.",
           "Mi ćemo upisati oboje u jaslice."]
REPLY_3 = "Damir Horvatić je isto obećao i sportsku dvoranu 2022. Neka prvo otvore vrtić."


def nodebb_page(lang: str) -> str:
    """A NodeBB topic as Jina's reader view saves it (round 32's hr_forum_r32_07 shape): the avatar link, the
    name link over the post's time link, '> [@slug](…) said in [topic](…):' quotes, the buttons with the vote
    count on one line, a deleted post's placeholder, the navigator's links and the footer."""
    stats, wrote, (day1, day2, day3), recent, said, colon, (reply, quote), deleted, (first, last) = NODEBB[lang]
    posts = [("Ivana Kos", "ivana-kos", wrote.format(day1), None, OPENING),
             ("marko.p", "marko-p", wrote.format(day2), ("Ivana-Kos", 0, "Općina planira kombi koji bi ujutro "
                                                          "skupljao djecu iz Lipovca i Brezja"), [REPLY_1]),
             ("mama dvoje blizanaca iz Brezja", "mama-dvoje", wrote.format(day3),
              ("marko.p", 1, "Dok ne vidim kombi ispred kuće, ne vjerujem."), REPLY_2),
             ("Tomislav B.", "tomislav-b", wrote.format(day3), None, [REPLY_3]),
             ("ljubica", "ljubica", recent, None, ["Hvala."])]
    out = [f"Title: {NODEBB_TITLE} | Forum Zagorske Doline", "", f"URL Source: {SITE}/topic/4821/novi-vrtic", "",
           "Published Time: 2026-12-04T17:36:12.000Z", "", "Markdown Content:",
           f"[![Forum Zagorske Doline]({SITE}/logo.png)]({SITE}/)", "",
           f"1.   [Početna]({SITE}/)", f"2.   [Obitelj i škola]({SITE}/category/7)", f"3.   {NODEBB_TITLE}", "",
           NODEBB_TITLE, "=" * len(NODEBB_TITLE), "", stats, ""]
    for k, (name, slug, when, quoted, paragraphs) in enumerate(posts):
        out += [f"[![Image {k + 1}]({SITE}/avatar/{k}.png)]({SITE}/user/{slug})", "", f"[{name}]({SITE}/user/{slug})",
                "", f"[{when}]({SITE}/post/{100 + k})", ""]
        if quoted:
            user, post, words = quoted
            out += [f"> [@{user}]({SITE}/user/{user}) {said} [{NODEBB_TITLE}]({SITE}/post/{100 + post}){colon}", ">",
                    f"> {words}", ""]
        for paragraph in paragraphs:
            out += [paragraph, ""]
        out += [f"[{reply}]({SITE}/topic/4821?reply={100 + k}) [{quote}]({SITE}/topic/4821?quote={100 + k}) {12 - k}", ""]
        if k == 2:
            out += [f"_{deleted}_", ""]
    out += [f"*   [{first}]({SITE}/topic/4821/1)", f"*   [{last}]({SITE}/topic/4821/7)", "",
            "Powered by [NodeBB](https://nodebb.org/) | [Pravila foruma](https://forum.example.org/pravila)"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang", sorted(NODEBB))
def test_nodebb_thread_saved_by_a_reader_view(lang):
    records = _records(f"{lang}_forum.md", nodebb_page(lang))
    article = records.articles[0]
    assert article["author"] == "Ivana Kos"
    assert str(article["published_date"]) == "2026-12-04"
    assert article["declared_comment_count"] is None  # '7 Posts 5 Posters' counts posts, not comments
    assert article["body"] == "\n\n".join(OPENING)
    comments = records.comments
    assert [c["author"] for c in comments] == ["marko.p", "mama dvoje blizanaca iz Brezja", "Tomislav B.", "ljubica"]
    assert [c["parent_position"] for c in comments] == [None, 1, None, None]  # a quote of the opening post: none
    assert [c["body"] for c in comments] == [REPLY_1, "\n\n".join(REPLY_2), REPLY_3, "Hvala."]
    assert [str(c["posted_at"])[:16] for c in comments[:3]] == ["2026-12-04 19:02", "2026-12-04 20:15",
                                                              "2026-12-04 20:15"]
    assert comments[3]["posted_at"] is None  # a relative time gives none


@pytest.mark.parametrize("line", [
    "[Odgovori](https://f.hr/topic/1?reply=2) [Citiraj](https://f.hr/topic/1?quote=2) 12",
    "Antworten Zitieren 3", "Répondre Citer 0", "Responder Citar 5",
    "_Ova objava je izbrisana!_", "This post is deleted!",
    "*   [Prvi post](https://f.hr/topic/1/1)", "Zadnji post", "Last post",
])
def test_nodebb_post_chrome_is_noise(line):
    assert rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("line", ["Prvi post je bio bolji od ovoga.", "Odgovori mi na pitanje, molim te."])
def test_sentences_with_nodebb_words_are_no_chrome(line):
    assert not rules.is_noise_line(plain_line(line))


@pytest.mark.parametrize("text, expected", [
    ("napisao 4. pro 2026. 18:36", "2026-12-04 18:36"),  # the year's ordinal full stop before the time
    ("4. prosinca 2026. u 18:36", "2026-12-04 18:36"),
    ("napisala 5. pro 2026. 09:48", "2026-12-05 09:48"),
])
def test_croatian_post_time_with_the_year_as_an_ordinal(text, expected):
    assert str(parse_timestamp(text, require_time=True))[:16] == expected


@pytest.mark.parametrize("text", ["prije 6 sati", "prije 2 dana", "prije 3 tjedna", "prije nekoliko minuta", "jučer"])
def test_croatian_relative_times(text):
    assert is_timestamp(text)
    assert parse_timestamp(text, require_time=True) is None


def test_a_sentence_ending_in_a_date_is_no_timestamp():
    assert not is_timestamp("Sjednica je bila 4. prosinca 2026.")
    assert not is_timestamp("We met on 4 December 2026.")


# ----------------------------------------------------------------------------- Flarum, w3m -dump

FLARUM = {  # the discussion's buttons, a day, the next day, a recent time, the badge, the post's row, the likes line,
    # a deleted post, the composer
    "es": ("[Responder] [Seguir]", "5 dic 2026", "6 dic 2026", "hace 8 h", "Moderador", "Me gusta   Responder",
           "A Raquel M. y 8 más les gusta esto.", "Este mensaje fue eliminado por un moderador.", "Responder..."),
    "en": ("[Reply] [Follow]", "Dec 5, 2026", "Dec 6, 2026", "8 hours ago", "Moderator", "Like   Reply",
           "Raquel M. and 8 others liked this.", "This post was deleted by a moderator.", "Write a Reply..."),
    "de": ("[Antworten] [Folgen]", "5. Dez. 2026", "6. Dez. 2026", "vor 8 Stunden", "Moderator", "Gefällt mir   Antworten",
           "Raquel M. und 8 weitere gefällt das.", "Dieser Beitrag wurde von einem Moderator gelöscht.",
           "Schreibe eine Antwort …"),
    "fr": ("[Répondre] [Suivre]", "5 déc. 2026", "6 déc. 2026", "il y a 8 heures", "Modérateur", "J'aime   Répondre",
           "Raquel M. et 8 autres ont aimé ceci.", "Ce message a été supprimé par un modérateur.", "Écrire une réponse…"),
}
FLARUM_TITLE = "La fibra llega por fin a Las Navillas y El Robledillo"
FLARUM_OPENING = ["Buenas a todos. Ayer la operadora presentó el calendario para llevar la fibra a Las Navillas y "
                  "El Robledillo, las dos pedanías que se quedaron fuera del despliegue.",
                  "La instalación en casa será gratis durante los seis primeros meses. Después cobrarán 60 euros y las "
                  "tarifas son las mismas que en el resto de la provincia."]
FLARUM_REPLIES = ["¿Y los que ya tenemos contrato de ADSL con permanencia? ¿Nos lo van a cobrar si nos cambiamos?",
                  "Pues nada, otra vez los del camino a esperar.\n\nCon la antena pierdo la señal cada vez que hay niebla.",
                  "Depende de tu compañía, pero la operadora dice que te ayudan a reclamar.", "Gracias."]


def flarum_page(lang: str) -> str:
    """A Flarum discussion as w3m -dump prints it (round 32's es_forum_r32_11 shape): posts indented, 'Name   DATE'
    headers with the badge under some, a quote as the mention '@Name' over the quoted line, indented deeper,
    the post's row, a likes line, a deleted post, the composer and the footer row."""
    buttons, day1, day2, recent, badge, row, liked, deleted, composer = FLARUM[lang]
    posts = [("Fermín_Collado", day1, badge, None, FLARUM_OPENING),
             ("Raquel M.", day1, None, ("Fermín_Collado", "La instalación en casa será gratis durante los seis "
                                                          "primeros meses."), FLARUM_REPLIES[0].split("\n\n")),
             ("un vecino del camino de los Molinos", day1, None, None, FLARUM_REPLIES[1].split("\n\n")),
             ("Fermín_Collado", day2, badge, ("Raquel M.", "¿Nos lo van a cobrar si nos cambiamos?"), [FLARUM_REPLIES[2]]),
             ("Chema", recent, None, None, [FLARUM_REPLIES[3]])]
    out = ["Comunidad Valle del Tiétar", "[Buscar en el foro          ]   Iniciar sesión   Registrarse", "",
           "  • Todas las discusiones", "  • Etiquetas", "", "Internet y telefonía   Navillas", "", FLARUM_TITLE, "",
           buttons, ""]
    for k, (name, when, badge_line, quoted, paragraphs) in enumerate(posts):
        out += [f"    {name}   {when}", *([f"    {badge_line}"] if badge_line else []), ""]
        if quoted:
            out += [f"        @{quoted[0]}", f"        {quoted[1]}", ""]
        for paragraph in paragraphs:
            out += [f"    {paragraph}", ""]
        out += [f"    {row}", ""]
        if k == 0:
            out += [f"    {liked}", ""]
        if k == 2:
            out += [f"    {deleted}", ""]
    return "\n".join(out + [composer, "", "Flarum   Normas del foro   Aviso legal   Contacto"]) + "\n"


def _assert_flarum_thread(records):
    article = records.articles[0]
    assert (article["title"], article["author"]) == (FLARUM_TITLE, "Fermín_Collado")
    assert str(article["published_date"]) == "2026-12-05"
    assert article["body"] == "\n\n".join(FLARUM_OPENING)
    comments = records.comments
    assert [c["author"] for c in comments] == ["Raquel M.", "un vecino del camino de los Molinos", "Fermín_Collado",
                                               "Chema"]
    assert [c["body"] for c in comments] == FLARUM_REPLIES  # the quote's '@Name' and quoted line are gone
    assert [c["parent_position"] for c in comments] == [None, None, 1, None]  # quoting the opening post: none
    assert all(c["posted_at"] is None for c in comments)  # a day without a time, a relative time: none


@pytest.mark.parametrize("lang", sorted(FLARUM))
def test_flarum_thread_as_w3m_prints_it(lang):
    _assert_flarum_thread(_records(f"{lang}_forum.txt", flarum_page(lang)))


def test_flarum_thread_copied_from_the_browser():
    """The same thread without w3m's indentation, the header's columns a tab apart."""
    page = "\n".join(line.strip().replace("   ", "\t") for line in flarum_page("es").split("\n"))
    _assert_flarum_thread(_records("es_forum.txt", page))


def test_a_reply_opening_with_a_bare_mention_keeps_it():
    """'@Name' alone over the reply's own words (nothing quoted under it) is the reply's text, not a quote."""
    page = flarum_page("en").replace("        @Raquel M.\n        ¿Nos lo van a cobrar si nos cambiamos?\n",
                                     "    @Raquel M.\n")
    comments = _records("en_forum.txt", page).comments
    assert comments[2]["body"].startswith("@Raquel M.")
    assert comments[2]["parent_position"] == 1


@pytest.mark.parametrize("raw, text", [
    ("    un vecino del camino de los Molinos   5 dic 2026", "un vecino del camino de los Molinos · 5 dic 2026"),
    ("Chema\thace 3 h", "Chema · hace 3 h"),
    ("    Internet y telefonía   Navillas", "Internet y telefonía Navillas"),  # no time: the gap stays a space
    ("Buenas a todos, nos vemos el 5 dic 2026", "Buenas a todos, nos vemos el 5 dic 2026"),  # no gap
])
def test_a_wide_gap_before_a_time_separates_it(raw, text):
    from transforms.comment_lines import classify
    assert classify(0, raw).text == text


@pytest.mark.parametrize("line, author", [
    ("Fermín_Collado · 5 dic 2026", "Fermín_Collado"),
    ("kestrel_bay | Dec 5, 2026", "kestrel_bay"),
    ("Sevilla · 25/04/2023", None),  # a place before the date is no poster
])
def test_forum_handle_and_day_on_one_line_name_the_poster(line, author):
    from transforms.metadata import extract_byline
    byline = extract_byline(f"Título del hilo de prueba\n\n{line}\n\n{FLARUM_OPENING[0]}\n")
    assert byline.author == author
    assert byline.published_date is not None


def test_flarum_menu_items_over_an_untagged_discussion_are_no_title():
    """Without the tag row between them, w3m's menu items ('  • Todas las discusiones') stand right above the
    discussion's title: a bulleted item is no headline where an unbulleted line is one."""
    page = flarum_page("es").replace("Internet y telefonía   Navillas\n\n", "")
    assert _records("es_forum.txt", page).articles[0]["title"] == FLARUM_TITLE


def test_flarum_first_reply_under_an_opening_post_nobody_liked():
    """No likes line under the opening post, and the first reply over two lines: the replies' headers, name and
    time in the same columns as the opening post's, start the thread."""
    page = flarum_page("es").replace("    A Raquel M. y 8 más les gusta esto.\n\n", "").replace(
        "¿Y los que ya tenemos contrato de ADSL con permanencia? ¿Nos lo van a cobrar si nos cambiamos?",
        "¿Y los que ya tenemos contrato de ADSL con permanencia?\n    ¿Nos lo van a cobrar si nos cambiamos?")
    records = _records("es_forum.txt", page)
    assert records.articles[0]["body"] == "\n\n".join(FLARUM_OPENING)
    assert [c["author"] for c in records.comments][:2] == ["Raquel M.", "un vecino del camino de los Molinos"]


def test_a_short_quote_ends_where_the_quote_ends_without_blank_lines():
    """A copy without blank lines runs the reply on under the quote: the quoted block ends at the first line
    less indented (w3m) or outside the '>' marks (markdown), so a short quoted sentence ('Hvala.') goes too."""
    page = flarum_page("es").replace("        ¿Nos lo van a cobrar si nos cambiamos?\n", "        Vaya.\n")
    page = page.replace("    " + FLARUM_REPLIES[0], "    Vaya. " + FLARUM_REPLIES[0])
    flat = "\n".join(line for line in page.split("\n") if line.strip())
    comments = _records("es_forum.txt", flat).comments
    assert comments[2]["body"] == FLARUM_REPLIES[2]
    assert comments[2]["parent_position"] == 1
    quoted = nodebb_page("hr").replace("> Dok ne vidim kombi ispred kuće, ne vjerujem.", "> Planira.")
    quoted = quoted.replace(REPLY_1, "Planira. " + REPLY_1)
    flat = "\n".join(line for line in quoted.split("\n") if line.strip() and line.strip() != ">")
    comments = _records("hr_forum.md", flat).comments
    assert comments[1]["body"].replace("\n\n", " ") == " ".join(REPLY_2)
    assert comments[1]["parent_position"] == 1


@pytest.mark.parametrize("name", ["Janet O.", "Marie-Claire D."])
def test_nodebb_mention_spells_the_name_with_hyphens(name):
    """NodeBB's quote header writes the name's spaces as hyphens ('@Janet-O.'): still the poster's name, and a
    short quoted sentence under it is still the quote."""
    mention = name.replace(" ", "-")
    page = nodebb_page("en").replace("marko.p", name).replace(f"[@{name}]", f"[@{mention}]")
    assert f"> [@{mention}](" in page
    page = page.replace("> Dok ne vidim kombi ispred kuće, ne vjerujem.", "> Planira.").replace(
        REPLY_1, "Planira. " + REPLY_1)
    comments = _records("en_forum.md", page).comments
    assert comments[1]["parent_position"] == 1
    assert comments[1]["body"] == "\n\n".join(REPLY_2)


def test_a_mention_is_no_job_badge():
    """'@X said in <a topic naming a school>:' is NodeBB's quote header, not Facebook's job badge ('Teacher at
    X School')."""
    from transforms.comment_lines import classify
    line = classify(0, "@Marcos-Tavares disse em Prefeitura vai instalar painéis solares em 14 escolas municipais:")
    assert line.kind == "text"
    assert classify(0, "Professora em Escola Municipal Rui Barbosa").kind == "noise"
