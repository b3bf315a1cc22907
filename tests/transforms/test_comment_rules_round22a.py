"""Round 22a (eight blind forum threads): Turkish XenForo chrome, Nordic and Polish member
titles, phpBB's Polish edit note and topic search box, vBulletin 5's 'Ver Publicación' quote
link, a bare 'Citat:' quote label, a quote of the opening post by a poster who has replied since,
and old Reddit's count on the opening post's comments button."""
import pytest

from transforms.comment_lines import TEXT, classify, quote_target
from transforms.comments import split_comment_section
from transforms.readers import parse_file


@pytest.mark.parametrize("line", [
    "Beğen Alıntı Cevapla", "Cevapla",  # XenForo's Turkish post buttons, one row
    "Tepkiler: deniz_moda, selin.ak ve 4 kişi daha",  # reactions, a user name with a dot
    "Reactions: anna.k and 2 others",
    "Son düzenleme: 3 Aralık 2026",
    "Klarsynt medlem", "Aktiv medlem",  # Swedish member titles
    "Weteran", "Zasłużony forumowicz",  # Polish phpBB ranks
    "Ostatnio zmieniony czw, 3 gru 2026, 21:02 przez Kasia_z_Tomaszowa, łącznie zmieniany 1 raz.",
    "Szukaj w tym temacie…", "Search this topic…",
])
def test_round_22a_post_chrome_is_no_text(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line, name", [
    ("deniz_moda dedi:", "deniz_moda"),  # XenForo tr
    ("Publicado originalmente por Ferran_600 Ver Publicación", "Ferran_600"),  # vBulletin 5 es
    ("Originally Posted by harbour_ed View Post", "harbour_ed"),
])
def test_round_22a_quote_headers(line, name):
    assert quote_target(line, with_repeat_rules=True) == name


def _flashback(quote_label_only: bool) -> str:
    posts = [
        ("Eldtornet", "2026-12-03, 18:57", [], "Det slår alltid fel för dem som bor utanför stan. Samtidigt är Kungsgatan igenkorkad varje morgon."),
        ("gammal_bilist", "2026-12-03, 20:15",
         ["Citat:", *([] if quote_label_only else ["Ursprungligen postat av Stigfinnaren"]),
          "Avgiften blir 25 kronor i rusningstid"],
         "25 kronor två gånger om dagen blir över tusen i månaden. Det är mycket pengar för många."),
        ("Eldtornet", "2026-12-03, 21:02", ["Citat:", "Ursprungligen postat av gammal_bilist",
                                           "25 kronor två gånger om dagen blir över tusen i månaden."],
         "Därför finns det undantag för nattskift i förslaget, i alla fall enligt tidningen."),
    ]
    head = ("Trängselskatt i Uppsala från 2027\n\n2026-12-03, 18:40\n#1\nStigfinnaren\nKlarsynt medlem\nInlägg: 1 204\n\n"
            "Kommunfullmäktige röstade i går igenom att Uppsala ska införa trängselskatt vid infarterna från hösten "
            "2027. Avgiften blir 25 kronor i rusningstid, och pengarna ska gå till fler bussar.\n\nCitera\nSvara\n\n")
    return head + "".join(
        f"{stamp}\n#{n}\n{who}\nKlarsynt medlem\nInlägg: 311\n\n" + ("\n".join(quote) + "\n\n" if quote else "")
        + f"{text}\n\nCitera\nSvara\n\n" for n, (who, stamp, quote, text) in enumerate(posts, 2))


@pytest.mark.parametrize("quote_label_only", [True, False])
def test_bare_quote_label_and_quote_of_the_opening_post(quote_label_only):
    # comment_replies.mark_unnamed_quote; a quote of the opening post names no parent
    _, section = split_comment_section(_flashback(quote_label_only))
    assert [c.author for c in section.comments] == ["Eldtornet", "gammal_bilist", "Eldtornet"]
    assert [c.parent_position for c in section.comments] == [None, None, 2]
    assert section.comments[1].body.startswith("25 kronor")


def test_quote_of_the_opening_post_by_a_poster_who_replied_since_has_no_parent():
    # mark_quote: the quoted sentence is the article's, not the poster's later reply
    posts = [("Ferran_600", "Primero los bajos, siempre. La chapa podrida es lo que se come el presupuesto."),
             ("Manolo_Ribera", "Tengo un amigo con taller en Alcañiz, el sábado lo subimos y cuelgo las fotos."),
             ("lucia.carbonell", "Entonces no desmontes todo a la vez, por partes y con bolsas etiquetadas.")]
    text = ("Restaurar un Seat 600\n\n#1\nManolo_Ribera\nMiembro Senior\nMensajes: 1204\n02-12-2026, 18:40\n\n"
            "Heredé el 600 de mi abuelo, un 600 E de 1971 que lleva quince años parado en un garaje de Teruel. "
            "No quiero gastarme una fortuna, solo que vuelva a andar y pase la ITV.\n\nCompartir\n\n")
    for n, (who, body) in enumerate(posts, 2):
        quote = ("Publicado originalmente por Manolo_Ribera Ver Publicación\n"
                 "No quiero gastarme una fortuna, solo que vuelva a andar y pase la ITV.\n\n") if n == 4 else ""
        text += f"#{n}\n{who}\nMiembro\nMensajes: 86\n02-12-2026, 1{n}:05\n\n{quote}{body}\n\nMe gusta 2\nComentario\n\n"
    _, section = split_comment_section(text)
    assert [c.author for c in section.comments] == [who for who, _ in posts]
    assert section.comments[2].parent_position is None
    assert section.comments[2].body == posts[2][1]


OLD_REDDIT = """<html><body><div class="content"><div class="sitetable linklisting"><div class="thing link self">
<p class="title"><a class="title">Fietsenstalling dicht</a></p><p class="tagline">submitted 5 hours ago by
<a class="author">hanna</a></p><div class="expando"><div class="usertext-body"><div class="md"><p>De stalling aan de
Jaarbeurszijde gaat dicht voor renovatie, ruim zesduizend plekken minder in de spits. Waar komen de tijdelijke
plekken?</p></div></div></div><ul class="flat-list buttons"><li><a class="bylink comments">58 comments</a></li>
<li><a>share</a></li></ul></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">top 200 comments</span> <a>show all 58</a></div>
<div class="sitetable nestedlisting">
<div class="thing comment"><div class="entry"><p class="tagline"><a class="author">kees</a> <span class="score">8 points</span>
<time>4 hours ago</time></p><div class="usertext-body"><div class="md"><p>Er komt een tijdelijke stalling achter de Jaarbeurs.</p></div></div></div>
<div class="child"></div></div>
<div class="thing comment"><div class="entry"><p class="tagline"><a class="author">mvdberg</a> <span class="score">6 points</span>
<time>3 hours ago</time></p><div class="usertext-body"><div class="md"><p>Ik ga gewoon eerder fietsen.</p></div></div></div>
<div class="child"></div></div></div></div></div></body></html>"""


def test_old_reddit_count_on_the_opening_posts_comments_button():
    doc = parse_file("thread.html", OLD_REDDIT.encode())[0]
    assert doc.comment_section is not None
    assert [c.author for c in doc.comment_section.comments] == ["kees", "mvdberg"]
    assert doc.comment_section.declared_count == 58


def _phpbb33(signature: str) -> str:
    """phpBB 3.3 prosilver copied without blank lines: the poster box, the post's subject, its
    'Cytuj' button above the text, 'Post autor: X » DATE', the text, 'Góra'."""
    title = "Green Velo zimą – czy ktoś jechał odcinek przez Roztocze w grudniu?"
    posts = [("bartek_rz", "czw, 3 gru 2026, 18:40", title,
              ["Planuję przejechać w święta odcinek z Zamościa do Narola, jakieś 90 km w dwa dni. Czy szlak jest "
               "zimą odśnieżany?"]),
             ("Wojtek_Sakwy", "czw, 3 gru 2026, 19:12", "Re: " + title,
              ["Nikt go nie odśnieża, to są w dużej części drogi polne i leśne.",
               "Agroturystyki w grudniu są otwarte, ale dzwoń wcześniej.", signature]),
             ("Kasia_z_Tomaszowa", "czw, 3 gru 2026, 20:55", "Re: " + title,
              ["Mieszkam przy szlaku. W grudniu ruch jest mały, gorzej z tirami na drodze do Bełżca."]),
             ("Wojtek_Sakwy", "czw, 3 gru 2026, 21:30", "Re: " + title,
              ["Kamizelka odblaskowa i dwie lampy z tyłu, jedna migająca.", signature])]
    out = ["Strona główna forum ‹ Rowery ‹ Turystyka rowerowa", title, "Odpowiedz", "Szukaj w tym temacie…",
           "4 posty • Strona 1 z 1"]
    for who, stamp, subject, text in posts:
        out += [who, "Posty: 812", "Rejestracja: 14 maja 2015, 20:11", subject, "Cytuj",
                f"Post autor: {who} » {stamp}", *text, "Góra"]
    return "\n".join(out + ["Wróć do „Turystyka rowerowa”"]) + "\n"


def test_phpbb3_buttons_above_a_short_opening_posts_text_do_not_close_it():
    # comment_section_starts._repeated_subject: the title repeated as the post's subject is no prose
    article, section = split_comment_section(_phpbb33("Sakwy, namiot i kawa z kuchenki – od 2009 roku."))
    assert "Planuję przejechać" in article
    assert [c.author for c in section.comments] == ["Wojtek_Sakwy", "Kasia_z_Tomaszowa", "Wojtek_Sakwy"]


@pytest.mark.parametrize("signature, dropped", [
    ("Sakwy, namiot i kawa z kuchenki – od 2009 roku.", True),  # run on into the post's last paragraph
    ("Sakwy, namiot i kawa z kuchenki", True),
])
def test_signature_ending_two_posts_of_a_poster_in_a_save_without_blank_lines(signature, dropped):
    # comments._signature_endings: trailing sentences of signature length, not only the last line
    _, section = split_comment_section(_phpbb33(signature))
    wojtek = [c.body for c in section.comments if c.author == "Wojtek_Sakwy"]
    assert all(body.endswith(signature) is not dropped for body in wojtek)
    assert wojtek[1].startswith("Kamizelka odblaskowa")


def test_a_single_posts_last_sentence_is_no_signature():
    # comments._signature_endings: the last line and the same trailing sentence count once
    text = _phpbb33("Sakwy, namiot i kawa z kuchenki – od 2009 roku.").replace(
        "Mieszkam przy szlaku. W grudniu ruch jest mały, gorzej z tirami na drodze do Bełżca.",
        "Mieszkam przy szlaku. W grudniu ruch jest mały.\nGorzej z tirami na drodze do Bełżca, tam uważaj.")
    _, section = split_comment_section(text)
    assert section.comments[1].body.endswith("Gorzej z tirami na drodze do Bełżca, tam uważaj.")


def _qa_page(field: str) -> str:
    return ("Warum quietscht meine Scheibenbremse nur bei Nässe?\n\n"
            "Seit dem Belagwechsel quietscht die Hinterradbremse, sobald es feucht ist. Bei trockenem Wetter ist sie ruhig.\n\n"
            "Frage von Radlerin_Ute, 03.12.2026, 18:40\n\n4 Antworten\n\nSortiert nach: Hilfreichste\n\n"
            "Beste Antwort\n\nKettenblatt77\n03.12.2026, 19:02\nCommunity-Experte\n" + field + "\n\n"
            "Das ist fast immer Wasser zwischen Belag und Scheibe. Neue Beläge müssen erst eingefahren werden.\n\n"
            "Hilfreich (14)\nKommentar\nMelden\n\nKommentar von Radlerin_Ute\n03.12.2026, 19:15\n\n"
            "Danke! Einfahren habe ich tatsächlich nicht gemacht.\n\n"
            "Kommentar von Kettenblatt77\n03.12.2026, 19:21\n\nGerade bei Fahrrädern, weil die Scheiben so dünn sind.\n\n"
            "Speichenschmied\n03.12.2026, 20:07\n\nPrüf auch, ob Fett oder Kettenöl auf die Scheibe gekommen ist.\n\n"
            "Hilfreich (6)\nKommentar\nMelden\n\nKommentar von Radlerin_Ute\n04.12.2026, 10:12\n\n"
            "Den Sattel schaue ich mir am Wochenende an.\n\nÄhnliche Fragen\n\nScheibenbremse schleift – was tun?\n")


def test_qa_page_question_answers_and_comments_on_answers():
    # section_starts' bylined_first, boilerplate's dek without prose under it, comment_on_answer,
    # mark_badge_fields, the 'Ähnliche Fragen' end
    article, section = split_comment_section(_qa_page("Fahrrad"))
    assert "Seit dem Belagwechsel" in article
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Kettenblatt77", None), ("Radlerin_Ute", 1), ("Kettenblatt77", 1), ("Speichenschmied", None), ("Radlerin_Ute", 4)]
    assert section.comments[0].body.startswith("Das ist fast immer")
    assert section.comments[-1].body == "Den Sattel schaue ich mir am Wochenende an."
    assert section.declared_count == 4


@pytest.mark.parametrize("text, title", [
    ("Foros\nMotor\nClásicos españoles\n\nRestaurar un Seat 600 sin arruinarse: ¿por dónde empiezo?\n\nContraer\n"
     "Publicaciones\nÚltima actividad\nBuscar\nPágina 1 de 2\nSiguiente\n\n#1\nManolo_Ribera\n02-12-2026, 18:40\n\n"
     "Heredé el 600 de mi abuelo, un 600 E de 1971 que lleva quince años parado en un garaje de Teruel.\n",
     "Restaurar un Seat 600 sin arruinarse: ¿por dónde empiezo?"),  # a headline above the menu and thread tabs
    ("Flashnytt Forum\nForum\nNyheter\nSök\nLogga in\nFlashnytt Forum › Samhälle › Trafik\n\n"
     "Trängselskatt i Uppsala från 2027 – vad tycker ni?\n\nSidan 1 av 3\n< 1 2 3 >\n\n2026-12-03, 18:40\n#1\n"
     "Stigfinnaren\n\nKommunfullmäktige röstade i går igenom att Uppsala ska införa trängselskatt vid infarterna.\n\n"
     "Sidan 1 av 3\n", "Trängselskatt i Uppsala från 2027 – vad tycker ni?"),  # the pager printed twice is no title
])
def test_forum_thread_question_titles(text, title):
    from transforms.metadata import extract_title
    assert extract_title(text) == title


@pytest.mark.parametrize("line, author", [
    ("Frage von Radlerin_Ute, 03.12.2026, 18:40", "Radlerin_Ute"),  # a Q&A question's signature
    ("Konuyu başlatan deniz_moda", "deniz_moda"),  # XenForo tr thread starter
    ("authored by [12]marit_e 7 hours ago | [13]archive | 8 comments", "marit_e"),  # Lobsters-style, lynx
])
def test_round_22a_bylines(line, author):
    from transforms.metadata import extract_byline
    assert extract_byline(line).author == author


def test_old_reddit_opening_post_is_the_article_and_its_poster_the_author():
    # html_comments.json reddit_old 'article' / 'title'; a site name equal to the headline is none
    html = OLD_REDDIT.replace("<html>", "<html><head><title>Fietsenstalling dicht : utrecht</title></head>")
    doc = parse_file("thread.html", html.encode())[0]
    assert doc.author == "hanna" and doc.title == "Fietsenstalling dicht"
    assert doc.text.startswith("De stalling aan de")
    assert doc.publisher != "Fietsenstalling dicht"


def test_poster_over_a_one_line_poster_card_is_the_author():
    # metadata_bylines._poster_card: the card between the poster's name and the post's date
    text = ("Imprimante qui se met hors ligne toute seule après la mise à jour\n\nSignaler\n\nAmandine_59\n"
            "Messages postés 14 Date d'inscription mercredi 3 mars 2021 Statut Membre Dernière intervention 4 décembre 2026\n"
            "- 3 déc. 2026 à 18:40\n\nDepuis la dernière mise à jour de Windows 11, mon imprimante Wi-Fi passe hors ligne "
            "au bout d'une heure environ. Le pilote est à jour.\n")
    doc = parse_file("thread.txt", text.encode())[0]
    assert doc.author == "Amandine_59"


def test_qa_site_menu_item_is_no_publisher_and_its_footer_names_it():
    # rules/metadata.json: not_publishers 'Themen'; r14b_name_then_copyright_footer with the footer's links
    doc = parse_file("thread.txt", _qa_page("Fahrrad").replace(
        "Warum quietscht", "Startseite\nThemen\nFrage stellen\nAnmelden\n\nWarum quietscht", 1).encode()
        + "\nFragwerk © 2026 · Impressum · Datenschutz · Nutzungsbedingungen\n".encode())[0]
    assert doc.publisher == "Fragwerk"


def test_badge_field_without_blank_lines():
    # comment_badges.mark_badge_fields: the post's first sentence right under the field
    flat = "\n".join(line for line in _qa_page("Fahrrad").split("\n") if line.strip())
    _, section = split_comment_section(flat)
    assert section.comments[0].body.startswith("Das ist fast immer")


def test_signature_after_a_sign_off_run_on_into_the_paragraph():
    # comments._signature_endings: a capitalised start after a sign-off without punctuation
    posts = [("jpdu38", "Donnez-lui une adresse fixe dans la box. Cordialement La connaissance s'accroît quand on la partage."),
             ("Amandine_59", "Je ne trouve pas ce menu sur ma box, il est où exactement ?"),
             ("jpdu38", "Dans Freebox OS, onglet Baux statiques. La connaissance s'accroît quand on la partage.")]
    text = ("Imprimante hors ligne\n\nAmandine_59\n3 déc. 2026 à 18:40\n\nDepuis la dernière mise à jour de Windows 11, "
            "mon imprimante passe hors ligne au bout d'une heure. Le pilote est à jour et la box est à deux mètres.\n\n"
            "3 réponses\n\n" + "".join(f"{who}\n3 déc. 2026 à 19:{n}5\n\n{body}\n\nRépondre\n\n"
                                       for n, (who, body) in enumerate(posts)))
    _, section = split_comment_section(text)
    assert [c.body for c in section.comments if c.author == "jpdu38"] == [
        "Donnez-lui une adresse fixe dans la box. Cordialement", "Dans Freebox OS, onglet Baux statiques."]
