"""Round 10a rules (tests/eval/cleaning/README.md, "Round 10a"): ten pages written blind in
en/de/fr/es, saved as browser copies, clipper markdown and newsletter text; one small case per
rule entry or structural signal added for them."""
import pytest

from transforms.comment_lines import COUNT, NOISE, TEXT, WIDGET, END, classify, clean_name, quote_target
from transforms.comments import split_comment_section
from transforms.timestamps import is_timestamp, parse_timestamp


@pytest.mark.parametrize("line, kind", [
    ("Link zum Beitrag", NOISE),  # forum.noise.r10a_ips_post_buttons
    ("Beitrag teilen", NOISE),
    ("Share this post", NOISE),
    ("Empfohlene Beiträge", WIDGET),  # forum.widget.r10a_ips_topic_chrome
    ("Reply to this topic", WIDGET),
    ("Erstelle ein Benutzerkonto oder melde dich an, um zu kommentieren", END),  # forum.end.r10a_ips_guest_box
    ("Go to topic listing", END),
    ("Comentarista destacado", NOISE),  # generic.noise.r10a_commenter_badges
    ("Top Commenter", NOISE),
    ("Weitere Antworten anzeigen", NOISE),  # generic.noise.r10a_more_replies_no_number
    ("Afficher plus de réponses", NOISE),
    ("Studierte an TU Dresden", NOISE),  # facebook.noise.badges.r10a_past_tense_de
    ("Más recientes\tMás antiguos\tMás populares", WIDGET),  # generic.widget.r10a_sort_tabs_row
    ("Neueste Älteste Beliebteste", WIDGET),
    ("Iniciar sesión\tRegistrarse", WIDGET),  # generic.widget.r10a_sign_in_up_pair
    ("Best of all, the bakery stays open.", TEXT),
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, count", [  # generic.count.r10a_showing_n_of_m
    ("Mostrando 7 de 11 comentarios", 11),
    ("Showing 20 of 148 comments", 148),
    ("Affichage de 5 sur 9 commentaires", 9),
])
def test_shown_of_total_count(line, count):
    found = classify(0, line)
    assert (found.kind, found.count) == (COUNT, count)


@pytest.mark.parametrize("line, name", [  # forum.reply.r10a_ips_time_name_said
    ("vor 16 Minuten, Franziska_M sagte:", "Franziska_M"),
    ("On 12/3/2026 at 7:48 PM, Jo Hart said:", "Jo Hart"),
    ("Il y a 2 heures, Marc a dit :", "Marc"),
    ("Hace 3 horas, Lucía dijo:", "Lucía"),
    ("George Pratt on April 2, 2014 at 6:45 pm said:", None),  # WordPress's author line, no quote
])
def test_time_first_quote_header(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("name, expected", [  # generic.name_suffix.r10a_moderator_forms
    ("Soraya Benali Modératrice", "Soraya Benali"),
    ("Lena Vogt Moderatorin", "Lena Vogt"),
    ("Modératrice", "Modératrice"),
])
def test_moderator_badge_after_name(name, expected):
    assert clean_name(name) == expected


@pytest.mark.parametrize("line", ["1. Dezember um 21:10", "December 1 at 9:10 PM", "3 de diciembre a las 21:10"])
def test_day_and_month_without_year(line):  # r10a_day_monthname_time, r10a_monthname_day_time
    assert is_timestamp(line) and parse_timestamp(line) is None


def test_prose_date_without_time_is_no_timestamp():
    assert not is_timestamp("am 1. Dezember um 10 Uhr trafen sich alle")


DE_PROSE = ("Die Heizung taktet seit Wochen ständig, und der Installateur hat keine Erklärung dafür gefunden. "
            "Die Heizkurve steht auf 0,4, alle Stellantriebe sind offen, und nur das Bad hat einen eigenen "
            "Raumthermostat. Im Winter läuft die Maschine ruhig durch, im Herbst dagegen startet sie alle zehn "
            "Minuten neu. Liegt das an der Heizkurve oder an der Hydraulik? Ich bitte um Rat.")
ES_PROSE = ("El pleno aprobó cerrar al tráfico la calle Mayor los sábados y domingos a partir de marzo. La prueba "
            "durará cuatro meses y el Ayuntamiento evaluará en julio el número de visitantes y las ventas de los "
            "comercios antes de decidir si la medida se hace permanente. Los residentes con garaje podrán entrar "
            "y salir con su tarjeta, y la carga y descarga se permitirá hasta las once.")

IPS_THREAD = """Empfohlene Beiträge
heizbert
Neues Mitglied
Beiträge: 12
Geschrieben 3. Dezember 2026
""" + DE_PROSE + """
Zitieren
Beitrag teilen
Link zum Beitrag

Franziska_M
Moderatorin
Beiträge: 3.412
Geschrieben 3. Dezember 2026 um 19:48
Willkommen! Wie groß ist die kleinste Leistung der Maschine? Viele 8-kW-Geräte können nicht unter 3 kW modulieren.
Zitieren
Beitrag teilen
Link zum Beitrag
Volker Reinsch
Erfahrenes Mitglied
Beiträge: 876
Geschrieben 3. Dezember 2026 um 20:05
vor 16 Minuten, Franziska_M sagte:
Viele 8-kW-Geräte können nicht unter 3 kW modulieren.
Genau das. Nimm den Raumthermostat im Bad raus.
Zitieren
Beitrag teilen
Link zum Beitrag
Erstelle ein Benutzerkonto oder melde dich an, um zu kommentieren
Gehe zu Themenliste
Ähnliche Inhalte
Pufferspeicher ja oder nein? Von SolarSusi, 14. Oktober
"""


def test_ips_thread_quote_names_the_parent_and_the_guest_box_ends_it():
    _, section = split_comment_section(IPS_THREAD)
    got = [(c.author, c.parent_position) for c in section.comments]
    assert got == [("Franziska_M", None), ("Volker Reinsch", 1)]
    assert "Viele 8-kW" not in section.comments[1].body


OPENWEB_SPANISH = ES_PROSE + """

Únete a la conversación
Iniciar sesión\tRegistrarse
¿Qué opinas?
Más recientes\tMás antiguos\tMás populares
Lorenzo Vidal
Comentarista destacado
hace 3 h
Ya era hora. Los sábados no se puede ni cruzar la calle.
Responder\tCompartir\t23\t2
Comercio Local Sí
hace 2 h
En respuesta a Lorenzo Vidal
Tú no tienes que descargar cajas a las diez de la mañana.
Responder\tCompartir\t8\t5
Mostrando 2 de 11 comentarios
Ver más comentarios
"""


def test_sort_tabs_row_is_no_name_and_badge_is_skipped():
    _, section = split_comment_section(OPENWEB_SPANISH)
    got = [(c.author, c.parent_position) for c in section.comments]
    assert got == [("Lorenzo Vidal", None), ("Comercio Local Sí", 1)]
    assert section.declared_count == 11


def test_unwrapper_never_joins_a_separator_rule():  # hard_wrap._RULE_LINE
    from transforms.hard_wrap import unwrap_hard_breaks
    wrapped = "\n".join([
        "La cooperativa San Isidro de Almendrales ha molturado este otoño",
        "2,4 millones de kilos de oliva, la cifra más alta desde 2016. La",
        "almazara trabajó en tres turnos durante seis semanas y cerró la",
        "campaña el pasado viernes, con un rendimiento medio muy alto y",
        "-----------------------------------------------------------------",
        "Enhorabuena a los socios. Mi abuelo fue de los fundadores en 1958",
        "y siempre decía que la clave era no vender la aceituna a granel.",
    ])
    lines = unwrap_hard_breaks(wrapped).split("\n")
    assert lines[1].startswith("-----") and lines[1].strip("-") == ""
    assert lines[0].endswith("muy alto y") and lines[2].endswith("a granel.")


@pytest.mark.parametrize("line, name", [  # comment_names.marker_before_stamp
    ("En respuesta a Anselmo Lacasta · 3/12/2026, 08:40 · 12 votos", "Anselmo Lacasta"),
    ("In reply to Tom Hart · Dec 3, 2026, 8:40 PM", "Tom Hart"),
    ("Tom Hart · Dec 3, 2026, 8:40 PM", None),  # an author line, no marker
])
def test_reply_marker_with_its_time_is_no_author_line(line, name):
    from transforms.comment_lines import explicit_author
    assert quote_target(line) == name
    assert (explicit_author(line) is None) == (name is not None)


@pytest.mark.parametrize("line, kind", [
    ("Los comentarios más valorados (23 comentarios en la web)", COUNT),  # generic.count.r10a_heading_then_bracketed_count
    ("Únete a la conversación en la web: inicia sesión y comenta.", "notice"),  # end_notice: 'comenta'
])
def test_newsletter_thread_lines(line, kind):
    assert classify(0, line).kind == kind


NEWSLETTER_COMMENTS = ES_PROSE + """

LO QUE OPINAN LOS LECTORES
Los comentarios más valorados (23 comentarios en la web)

Enhorabuena a los socios. Mi abuelo fue de los fundadores en 1958.
— Pilar Gracia Lanuza, Barbastro
2/12/2026, 20:47 · 64 votos

Cuatro euros con diez no cubren lo que ha subido el gasoil.
— Joaquín Bielsa, Almendrales
2/12/2026, 22:10 · 41 votos

> Joaquín Bielsa: «Cuatro euros con diez no cubren lo que ha subido el gasoil»
Joaquín, es un anticipo. La liquidación final suele pasar de cinco.
— Anselmo Lacasta, gerente de la cooperativa
3/12/2026, 08:05 · 38 votos

Gracias.
— Joaquín Bielsa, Almendrales
En respuesta a Anselmo Lacasta · 3/12/2026, 08:40 · 12 votos

Great olive oil, I buy it every year.
— Martin Hale, Leeds
3/12/2026, 09:12 · 20 votos

Únete a la conversación en la web: inicia sesión y comenta.
"""


def test_signed_comments_with_quote_and_marker_under_the_signature():
    # comment_context._quoted_reader; comment_drafts.signed_drafts: a marker under the signature
    _, section = split_comment_section(NEWSLETTER_COMMENTS)
    got = [(c.author, c.parent_position, c.body) for c in section.comments]
    assert got == [
        ("Pilar Gracia Lanuza", None, "Enhorabuena a los socios. Mi abuelo fue de los fundadores en 1958."),
        ("Joaquín Bielsa", None, "Cuatro euros con diez no cubren lo que ha subido el gasoil."),
        ("Anselmo Lacasta", 2, "Joaquín, es un anticipo. La liquidación final suele pasar de cinco."),
        ("Joaquín Bielsa", 3, "Gracias."),
        ("Martin Hale", None, "Great olive oil, I buy it every year."),
    ]
    assert section.declared_count == 23


# ---------------------------------------------------------------- body side (boilerplate.json)

POOL = ("Brackenford has one public swimming pool left, and by the end of the month the council will decide "
        "whether it stays open past March. An engineers' report puts the cost of keeping the building safe for "
        "another ten years at 4.1 million pounds.")
MEETS = "The committee meets on December 17. Readers who want to speak can register with the town clerk."


@pytest.mark.parametrize("chrome", [
    "Reply to this email and tell us what the pool means to you. We read every message.",  # subscribe.r10a_reply_to_this_email
    "Enjoying the Dispatch? Become a paying supporter for £5 a month and keep local news free for everyone.",  # subscribe.r10a_supporter_ask
    "Share this edition: Facebook | X | WhatsApp | Email",  # share.r10a_share_this_edition
    "You're receiving this email because you signed up at brackenforddispatch.co.uk.",  # footer.r10a_newsletter_mail_footer
    "Update your preferences or unsubscribe from this list.",
    "Darte de baja | Gestionar suscripciones | Política de privacidad",
    "The Brackenford Dispatch is an independent, reader-funded newsletter. Written by Owen Falkirk-Reyes. Edited by Rukhsana Bell.",  # bio.r10a_outlet_about_with_credits
])
def test_newsletter_chrome_leaves_the_body(chrome):
    from transforms.boilerplate import clean_body
    body = clean_body(f"{POOL}\n\n{MEETS}\n\n{chrome}")
    assert chrome not in body and MEETS in body


@pytest.mark.parametrize("prose", [
    "Councillors said residents could reply to the consultation until Friday, and many already had.",
    "She became a paying member of the club in 1994 and has swum there every week since.",
])
def test_prose_about_replies_and_members_stays(prose):
    from transforms.boilerplate import clean_body
    assert prose in clean_body(f"{POOL}\n\n{prose}\n\n{MEETS}")


def test_caption_closed_by_photo_credit_sentence():  # caption.r10a_photo_by_sentence
    from transforms.boilerplate import clean_body
    caption = "*The trees behind the old laundry in May. Photo by the author.*"
    body = clean_body(f"{caption}\n\n{POOL}\n\n{MEETS}")
    assert "Photo by the author" not in body and POOL in body


QUOTED_DEK = """# À Pont-Kerlaz, la dernière conserverie cherche un repreneur

L'Écho de Cornouaille · Économie · Maëlle Guivarc'h · 4 décembre 2026

> Fondée en 1921, l'usine emploie encore 46 personnes. Son propriétaire veut vendre avant l'été.

Au bout du quai de Pont-Kerlaz, l'odeur d'huile d'olive n'a pas changé depuis un siècle. La conserverie met ses sardines en boîte à la main.

Mais son propriétaire, 68 ans, n'a pas de successeur. Il espère céder l'usine avant la saison de pêche."""


def test_quoted_dek_under_the_byline_is_header():  # boilerplate._quoted_dek
    from transforms.boilerplate import clean_body
    body = clean_body(QUOTED_DEK, "À Pont-Kerlaz, la dernière conserverie cherche un repreneur")
    assert body.startswith("Au bout du quai") and "Fondée en 1921" not in body


def test_opening_quote_without_byline_above_stays():
    from transforms.boilerplate import clean_body
    text = "> « Personne ne le fera mieux que nous », dit une ouvrière.\n\n" + QUOTED_DEK.split("\n\n", 3)[3]
    assert "Personne ne le fera mieux" in clean_body(text)


# ---------------------------------------------------------------- metadata (metadata.json, metadata_bylines)

@pytest.mark.parametrize("text, author, publisher", [
    # outlet_parts_name_date; metadata_bylines._ARTICLE_START: the outlet first, the name after the section
    ("# Le port cherche un repreneur\n\nL'Écho de Cornouaille · Économie · Maëlle Guivarc'h · 4 décembre 2026\n\n"
     "Au bout du quai, l'odeur d'huile d'olive et de poisson grillé n'a pas changé depuis un siècle, dit-on.",
     "Maëlle Guivarc'h", "L'Écho de Cornouaille"),
    # _EDITION_LABEL, ad.r10a_edition_sponsor: an issue label is no author, the 'By' line under the title is
    ("View this email in your browser\nTHE BRACKENFORD DISPATCH\nFriday Edition · December 4, 2026 · Issue #212\n"
     "In today's edition:\n→ The pool\n→ Weekend events\n→ A word from our sponsor\n-----\n"
     "This edition is brought to you by Harlow & Finch Opticians. Book an eye test before December 20 and get 20% "
     "off frames.\n-----\nInside the quiet fight over the last public pool\nBy Owen Falkirk-Reyes\n6 min read\n"
     "Good morning. Brackenford has one public swimming pool left, and by the end of the month the council will "
     "decide whether it stays open past March.",
     "Owen Falkirk-Reyes", None),
])
def test_newsletter_and_outlet_first_bylines(text, author, publisher):
    from transforms.metadata import extract_byline
    byline = extract_byline(text)
    assert byline.author == author
    if publisher:
        assert byline.publisher == publisher


def test_view_in_browser_line_is_no_title():  # title_chrome r10a_newsletter_mail_header
    from transforms.metadata_title import is_title_chrome
    from transforms.metadata_rules import metadata_rules
    assert is_title_chrome("View this email in your browser", metadata_rules())
    assert is_title_chrome("¿No ves bien este correo? Ábrelo en tu navegador.", metadata_rules())


def test_masthead_under_view_in_browser_line_is_no_title():
    # metadata_title: a masthead may stand under title-chrome lines; its dated issue strip is no byline
    from transforms.metadata_publisher import find_masthead
    from transforms.metadata_rules import metadata_rules
    lines = ["¿No ves bien este correo? Ábrelo en tu navegador.", "EL HERALDO DEL SOMONTANO",
             "Boletín del jueves · 3 de diciembre de 2026",
             "La cooperativa de Almendrales cierra su mejor campaña de aceite en diez años", "Por Rubén Casamayor",
             "La cooperativa San Isidro de Almendrales ha molturado este otoño 2,4 millones de kilos de oliva, la "
             "cifra más alta desde 2016, y cerró la campaña el pasado viernes."]
    from transforms.metadata_title import title_of_lines
    assert title_of_lines(lines, metadata_rules()).startswith("La cooperativa de Almendrales")
    assert find_masthead(lines, metadata_rules()).lower() == "el heraldo del somontano"
