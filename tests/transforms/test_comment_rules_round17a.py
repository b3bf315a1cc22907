"""Round 17a: forum threads saved as text (vBulletin, Simple Machines, XenForo poster boxes copied
as definition lists, member titles in seven languages)."""
import pytest

from transforms.comment_lines import NOISE, SIGNATURE_SEPARATOR, TEXT, classify, classify_all, is_badge
from transforms.comment_names import quote_target
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


def _authors_and_parents(thread: str) -> list[tuple[str | None, int | None]]:
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    return [(c.author, c.parent_position) for c in section.comments]


@pytest.mark.parametrize("line, name", [
    ("Zitat von Heike_O Beitrag anzeigen", "Heike_O"),  # vBulletin 3.8, German, 'View Post' after the name
    ("Quote from Ann Cole View Post", "Ann Cole"),
    ("Citazione da: Franco_Cuneo - 03 Dicembre 2026, 18:22:10", "Franco_Cuneo"),  # SMF, Italian, date after a dash
    ("Quote from: Dougie_McR on December 01, 2026, 07:42:15 PM", "Dougie_McR"),
])
def test_quote_headers(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("line", [
    "Registrato", "Segnala al moderatore", "Post: 2.319", "Piace a Marta_B, Luca Giordanengo",
    "Autore\tTopic: Il rifugio resta chiuso tutto l'inverno  (Letto 412 volte)",
    "Topicstarter", "Themenstarter", "Reacties: Anke de Wit, Bram_Z en 4 anderen",
    "Laatst bewerkt: Gisteren om 20:30", "Lid geworden", "Berichten", "Waarderingen", "Joined",
])
def test_forum_chrome_lines(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Réactions", "Grazie a tutti.", "Messaggi chiari, grazie"])
def test_headings_and_sentences_are_not_profile_chrome(line):
    assert classify(0, line).kind != NOISE


@pytest.mark.parametrize("title", ["Nieuw lid", "Membre actif", "Utente esperto", "Novo membro", "Stały bywalec",
                                   "Erfahrener Benutzer", "Nouveau membre"])
def test_member_titles_are_badges(title):
    assert is_badge(title)


def test_the_value_under_a_profile_field_name_is_chrome():
    lines = classify_all(["Anke de Wit", "Nieuw lid", "Lid geworden", "4 sep 2023", "Berichten", "17",
                          "3 dec 2026", "#2", "Wat een klap."])
    assert [line.kind for line in lines[2:6]] == [NOISE] * 4  # the join date is not the post's time
    assert lines[6].kind == "time" and lines[8].kind == TEXT


def test_smf_logged_in_other_languages_opens_the_signature():
    import re
    assert all(re.match(SIGNATURE_SEPARATOR, word, re.IGNORECASE) for word in ("Registrato", "Gespeichert", "Gelogd"))


def test_xenforo_poster_boxes_as_definition_lists():
    box = "{name}\n{title}\nLid geworden\n{joined}\nBerichten\n{posts}\nWaarderingen\n9\n{when}\n#{n}\n"
    thread = (
        box.format(name="Anke de Wit", title="Nieuw lid", joined="4 sep 2023", posts="17", when="3 dec 2026", n=2)
        + "Weet iemand al of er vervangende grond komt?\nMelden\nReageren\n\n"
        + box.format(name="Bram_Z", title="Actief lid", joined="30 jan 2017", posts="688", when="3 dec 2026", n=3)
        + "Anke de Wit schreef:\nWeet iemand al of er vervangende grond komt?\nKlik om te vergroten...\n"
        + "Nog niet, het bestuur praat donderdag met de wethouder.\nMelden\nReageren\n")
    assert _authors_and_parents(thread) == [("Anke de Wit", None), ("Bram_Z", 1)]


@pytest.mark.parametrize("line, stamp", [
    ("\tWysłany: Czw 03 Gru, 2026 18:22    Temat postu: Remont wiaduktu\tOdpowiedz z cytatem", "Czw 03 Gru, 2026 18:22"),
    ("Posted: Thu Dec 03, 2026 6:22 pm    Post subject: Re: Harbour dredging", "Thu Dec 03, 2026 6:22 pm"),
    ("MessageSujet: Re: Ligne Bourg–Oyonnax : les travaux repoussés   Jeu 3 Déc 2026 - 19:05", "Jeu 3 Déc 2026 - 19:05"),
])
def test_phpbb2_and_forumactif_post_headers_are_the_posts_time(line, stamp):
    found = classify(0, line)
    assert (found.kind, found.stamp) == ("time", stamp)


@pytest.mark.parametrize("line", [
    "Powrót do góry", "Zobacz profil autora Wyślij prywatną wiadomość", "Revenir en haut Aller en bas",
    "Josiane B. et Gaëlle Rivoire aiment ce message", "Skąd: Oliwa", "Age : 71", "Date d'inscription : 12/03/2009",
    "creado 2 Dic", "última respuesta 4 Dic", "312 vistas", "cerrado 4 Dic",
    "The following user would like to thank grahamw for this post:",
])
def test_more_forum_chrome_lines(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", ["Cerrado por vacaciones hasta enero", "4 respostas · 312 visualizações"])
def test_sentences_and_thread_stats_are_not_per_post_chrome(line):
    assert classify(0, line).kind == TEXT  # the stats row is left to the count-heading pass


@pytest.mark.parametrize("header, names", [
    ("The following user would like to thank grahamw for this post:", "Derek Hollings, mike_in_the_loft"),
    ("Die folgenden 2 Benutzer sagen Danke zu Uwe Brakelmann für diesen nützlichen Beitrag:", "Heike_O, Torsten K."),
])
def test_the_names_under_a_thanks_line_are_chrome(header, names):
    assert [line.kind for line in classify_all([header, names])] == [NOISE, NOISE]


def test_a_poster_box_printed_under_the_post_is_no_comment():
    post = ("Re: Winter exhibition\nPost by {name} » Tue Dec 01, 2026 {time}\n{text}\n{name}\n{rank}"
            "Posts: 412\nJoined: Wed Aug 17, 2011 9:30 pm\nTop\n")
    thread = (post.format(name="grahamw", time="8:05 pm", text="What about the old depot on Mill Lane?", rank="")
              + post.format(name="Derek Hollings", time="9:10 pm", text="Is the power still connected?",
                            rank="Club Secretary\n"))
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("grahamw", "What about the old depot on Mill Lane?"), ("Derek Hollings", "Is the power still connected?")]


def test_a_signature_repeated_under_a_posters_posts_without_a_separator():
    post = "{name}\nMembre\nMessages : 58\nMessageSujet: Re: Ligne   Jeu 3 Déc 2026 - {time}\n{text}\n{sig}Revenir en haut\n\n"
    sig = "Pierrot – cheminot retraité, 38 ans de maison\n"
    thread = (post.format(name="pierrot", time="19:31", text="Je ne crois plus à aucune date.", sig=sig)
              + post.format(name="Josiane B.", time="19:40", text="Moi non plus, hélas.", sig="")
              + post.format(name="pierrot", time="20:12", text="La réunion est le 12 décembre à Brion.", sig=sig))
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.body for c in section.comments] == [
        "Je ne crois plus à aucune date.", "Moi non plus, hélas.", "La réunion est le 12 décembre à Brion."]


def test_discourse_user_name_before_the_full_name_and_a_quote_of_markdown_in_the_article():
    article = ("# Title\n\n" + PROSE + "\n\nEl abono cuesta **40 euros al mes** y vale para autobús y tren.\n\n5 Me gusta\n\n"
               "creado 2 Dic\núltima respuesta 3 Dic\n2 respuestas\n312 vistas\n\n")
    thread = ("[xuan](https://foro.example.org/u/xuan) Xuan Álvarez\n\n[2 Dic](https://foro.example.org/t/x/1843/2)\n\n"
              "> lucia_langreo:\n>\n> El abono cuesta **40 euros al mes** y vale para autobús y tren.\n\n"
              "¿Seguro que entra el tren?\n\n2 Me gusta\n\n"
              "[marisa.g](https://foro.example.org/u/marisa.g)\n\n[3 Dic](https://foro.example.org/t/x/1843/3)\n\n"
              "> xuan:\n>\n> ¿Seguro que entra el tren?\n\nSí, entra.\n\n1 Me gusta\n")
    _, section = split_comment_section(article + thread)
    assert [(c.author, c.parent_position, c.body) for c in section.comments] == [
        ("xuan", None, "¿Seguro que entra el tren?"), ("marisa.g", 1, "Sí, entra.")]


def test_a_forum_chrome_line_is_not_joined_to_the_name_under_it_as_a_wrapped_line():
    from transforms.hard_wrap import unwrap_hard_breaks
    lines = ["Zobacz profil autora Wyślij prywatną wiadomość", "ania_oliwa",
             "A co z dziećmi ze szkoły na Wyspiańskiego? Połowa klasy mojego syna chodzi", "przez ten wiadukt."] * 3
    assert unwrap_hard_breaks("\n".join(lines)).split("\n")[:2] == lines[:2]


IPS_POST = ('<article class="cPost ipsComment"><aside class="cAuthorPane"><h3 class="cAuthorPane_author"><strong><a>{name}</a>'
            '</strong></h3><ul class="cAuthorPane_info"><li>Membro</li><li>96 posts</li></ul></aside>'
            '<div class="ipsComment_content"><div class="ipsComment_meta"><a>Postado <time datetime="x">{when}</time></a></div>'
            '<div data-role="commentContent">{quote}<p>{text}</p>{sig}</div>'
            '<div class="ipsItemControls"><p>Curtir 3</p><ul><li><a>Citar</a></li></ul></div></div></article>')


def test_invision_community_topic_first_post_is_the_article_quotes_and_signatures_are_not_text():
    from tests.transforms.html_sections import read_section, rows
    quote = ('<blockquote class="ipsQuote" data-ipsquote-username="Camila_SC"><div class="ipsQuote_citation">Em 03/12/2026 '
             'em 18:40, Camila_SC disse:</div><div class="ipsQuote_contents"><p>Dá para cadastrar a escala?</p></div></blockquote>')
    sig = '<div data-role="memberSignature"><hr><div><p>Beto – pescador artesanal desde 1979</p></div></div>'
    section = ('<div id="comments">'
               + IPS_POST.format(name="Rodrigo Tavares", when="3 de dezembro de 2026 às 18:14", quote="", text=PROSE, sig="")
               + IPS_POST.format(name="Camila_SC", when="3 de dezembro de 2026 às 18:40", quote="",
                                 text="Dá para cadastrar a escala?", sig="")
               + IPS_POST.format(name="Beto Guaraci", when="3 de dezembro de 2026 às 19:02", quote=quote,
                                 text="Pelo regulamento atual não dá.", sig=sig) + "</div>")
    assert rows(read_section(section)) == [("Camila_SC", "Dá para cadastrar a escala?", None),
                                           ("Beto Guaraci", "Pelo regulamento atual não dá.", 1)]


def test_a_place_printed_last_in_a_poster_box_is_not_the_posters_name():
    post = ("{name}\nUtente senior\n****\nPost: 811\n{place}Re: Il rifugio resta chiuso\n"
            "« Risposta #{n} il: 03 Dicembre 2026, 19:{mm}:02 »\nCita\n{text}\nRegistrato\nSegnala al moderatore\n\n")
    thread = (post.format(name="Marta_B", place="", n=1, mm="02", text="Peccato, era il posto più comodo.")
              + post.format(name="Franco_Cuneo", place="Valle Gesso\n", n=2, mm="40", text="Ci sono salito domenica."))
    assert _authors_and_parents(thread) == [("Marta_B", None), ("Franco_Cuneo", None)]


def test_the_first_item_of_a_breadcrumb_trail_is_the_sites_name():
    from transforms.metadata import extract_byline
    page = ("Le Haut-Bugey en train\nForum des usagers des lignes du Haut-Bugey\nAccueil Rechercher Connexion\n"
            "Le Haut-Bugey en train :: Actualités de la ligne\nLigne Bourg–Oyonnax : les travaux repoussés\n\n" + PROSE)
    assert extract_byline(page).publisher == "Le Haut-Bugey en train"
