"""Round 18a's pages left in holdout18a: SMF's Spanish 'En línea' over a signature, a Discourse
text save (the user name over the full name, the reply tab over a quote, the topic map's reply count
split over two lines)."""
import pytest

from transforms.comment_names import same_person
from transforms.comments import split_comment_section
from transforms.metadata import extract_byline

PROSE = ("El pleno aprobó anoche el proyecto para peatonalizar las calles del casco viejo a partir de "
         "septiembre, con un presupuesto de casi dos millones de euros y un aparcamiento nuevo. ") * 3


def _section(text: str):
    return split_comment_section(PROSE + "\n" + text)[1]


def _thread(text: str) -> list[tuple[str | None, int | None, str]]:
    return [(c.author, c.parent_position, c.body) for c in _section(text).comments]


SMF_ES = """En línea
Quien madruga, encuentra todo cerrado.
Maite_R
Full Member
***
Mensajes: 388
Karma: +12/-0
Ver Perfil
Re: El casco viejo
« Respuesta #1 en: 03 de Diciembre de 2026, 18:51:37 »
Por fin. Los sábados la calle Mayor es un atasco de coches.
En línea
Anselmo Ruiz
Sr. Member
****
Mensajes: 917
Karma: +20/-14
Ver Perfil
Re: El casco viejo
« Respuesta #2 en: 03 de Diciembre de 2026, 19:30:02 »
A ti te parece por fin porque no tienes la tienda en la calle Mayor.
En línea
Ferretería Ruiz, desde 1962.
Maite_R
Full Member
***
Mensajes: 388
Karma: +12/-0
Ver Perfil
Re: El casco viejo
« Respuesta #3 en: 03 de Diciembre de 2026, 20:05:48 »
Anselmo, en Tudela pasó lo mismo. Pero tienes razón con las fechas.
En línea
Páginas: [1]   Ir Arriba
"""

DISCOURSE = """Alguém sabe se o troço do Intendente também vai ser refeito?
criado
3 dez.
6
respostas
418
visualizações
sofia.alves
Sofia Alves
3 dez.
Vai sim, está no caderno de encargos. O piso vai ser todo repavimentado.
3
Responder
toze
Tó Zé
3 dez.
180 lugares numa zona onde já ninguém consegue estacionar. Vai ser bonito.
1
Responder
sofia.alves
Sofia Alves
3 dez.
toze
toze:
180 lugares numa zona onde já ninguém consegue estacionar.
Metade desses lugares está ocupada por carros em segunda fila.
5
Responder
"""


@pytest.mark.parametrize("thread, expected", [
    # the signature under SMF's 'En línea' (the Spanish theme's 'Logged') is no post text, and
    # the next poster's box (name, rank, stars, count, karma, profile link, subject, time) ends it
    (SMF_ES, [("Maite_R", None, "Por fin. Los sábados la calle Mayor es un atasco de coches."),
              ("Anselmo Ruiz", None, "A ti te parece por fin porque no tienes la tienda en la calle Mayor."),
              ("Maite_R", None, "Anselmo, en Tudela pasó lo mismo. Pero tienes razón con las fechas.")]),
    # the full name under the user name is the poster's, not a parent; the reply tab 'toze' over
    # the quote 'toze:' names the post replied to and is no text
    (DISCOURSE, [("sofia.alves", None, "Vai sim, está no caderno de encargos. O piso vai ser todo repavimentado."),
                 ("toze", None, "180 lugares numa zona onde já ninguém consegue estacionar. Vai ser bonito."),
                 ("sofia.alves", 2, "Metade desses lugares está ocupada por carros em segunda fila.")]),
])
def test_threads(thread, expected):
    assert _thread(thread) == expected


def test_reply_count_over_its_label_is_the_declared_count():
    assert _section(DISCOURSE).declared_count == 6


@pytest.mark.parametrize("handle, full_name, same", [
    ("sofia.alves", "Sofia Alves", True), ("ricardo_m", "Ricardo Mendes", True), ("toze", "Tó Zé", True),
    ("Anna", "Anna Berg", False), ("Kevin_69", "Kevin", False), ("Ottilie Marsh", "OldBrackwarian", False),
])
def test_same_person(handle, full_name, same):
    assert same_person(handle, full_name) is same


MYBB_OPENING = """Pistes cyclables : la métropole promet 40 km de plus d'ici 2028
Mathilde R.
Membre confirmé
Messages : 1 204
Inscription : mars 2014
#1
04-12-2026, 19:14
La Métropole a présenté jeudi un nouveau plan vélo qui prévoit 40 kilomètres de pistes séparées supplémentaires d'ici 2028, dont une liaison continue entre Vaulx-en-Velin et la Part-Dieu.
Le budget annoncé est de 62 millions d'euros. Les travaux doivent commencer à l'été 2027, ce qui supprimera environ 300 places de stationnement.
Les commerçants du quartier ont déjà fait savoir qu'ils demanderaient une concertation sur le plan.
Vous en pensez quoi ? Pour ma part je prends ce cours tous les jours et c'est l'enfer.
À deux roues, tout est plus simple.
Citer
Signaler
"""

MYBB_REPLIES = """Jean-Pierre Vasseur
Modérateur
Messages : 3 877
Inscription : janvier 2009
#2
04-12-2026, 20:05
Mathilde R. a écrit : (04-12-2026, 19:14)Les commerçants du quartier ont déjà fait savoir qu'ils demanderaient une concertation
La concertation a eu lieu en 2024, j'y étais. Trois réunions publiques.
Vélotaf depuis 2009 — Lyon 3e
Citer
Signaler
Kevin_69
Membre
Messages : 142
Inscription : juin 2023
#3
04-12-2026, 20:22
Jean-Pierre Vasseur a écrit : (04-12-2026, 20:05)La concertation a eu lieu en 2024, j'y étais.
Pleins dès 7 h 30 même. J'ai fini par prendre un abonnement.
Citer
Signaler
Mathilde R.
Membre confirmé
Messages : 1 204
Inscription : mars 2014
#4
05-12-2026, 09:02
@Kevin_69 pari tenu !
À deux roues, tout est plus simple.
Citer
Signaler
"""


def test_mybb_thread_copied_from_the_browser():
    # the quote header glued to the quoted text is no reply text (the quote of the opening post
    # gives no parent); a 'piece — piece' line under the last sentence of a post is its tagline;
    # the opening post's last line that ends its poster's later post too is their signature
    article, section = split_comment_section(MYBB_OPENING + MYBB_REPLIES)
    assert [(c.author, c.parent_position, c.body) for c in section.comments] == [
        ("Jean-Pierre Vasseur", None, "La concertation a eu lieu en 2024, j'y étais. Trois réunions publiques."),
        ("Kevin_69", 1, "Pleins dès 7 h 30 même. J'ai fini par prendre un abonnement."),
        ("Mathilde R.", 2, "@Kevin_69 pari tenu !"),
    ]
    assert "deux roues" not in article and "c'est l'enfer." in article


def test_a_shared_last_line_of_another_poster_stays():
    other = MYBB_REPLIES.replace("Mathilde R.\nMembre confirmé", "Lola B.\nMembre confirmé")
    _, section = split_comment_section(MYBB_OPENING.replace("Mathilde R.\n", "Paul D.\n") + other)
    assert section.comments[-1].body.endswith("À deux roues, tout est plus simple.")


@pytest.mark.parametrize("name, header", [("Mathilde R.", True), ("Jan de W.", True),
                                          ("Il a dit oui.", False)])
def test_a_name_ending_in_an_initial_is_a_header_line(name, header):
    from transforms.body_lines import Line, is_header_line
    assert is_header_line(Line(name, name, False, False), None) is header


OPENING = "Partilho a notícia que saiu hoje no jornal, resumida, para quem não tem assinatura e quer saber o que vem aí."


@pytest.mark.parametrize("head, author, publisher", [
    # Discourse: the user name over the full name over the post's date
    ("Comunidade Lisboa a Pedalar\nEntrar\nCâmara aprova ciclovia na Avenida Almirante Reis\nricardo_m\nRicardo Mendes\n3 dez.",
     "ricardo_m", "Comunidade Lisboa a Pedalar"),
    # vBulletin 4: the name again with its online status between the name and the rank
    ("TrentinoForum\nRegistrati\nAiuto\nNuova linea del tram, via libera al tracciato nord\n#1\n04-12-2026, 19:14\n"
     "marco_tn\nmarco_tn è offline\nUtente senior", "marco_tn", "TrentinoForum"),
    # MyBB: a name ending in an initial keeps its full stop
    ("Forum Vélo Lyonnais\nPistes cyclables : la métropole promet 40 km de plus\nMathilde R.\nMembre confirmé",
     "Mathilde R.", "Forum Vélo Lyonnais"),
    # Lemmy in Dutch, reader-mode markdown
    ("# Utrecht wil parkeertarief bijna verdubbelen\n\ningezonden door [jorisvdb](https://feddit.nl/u/jorisvdb) "
     "7 uur geleden naar [utrecht@feddit.nl](https://feddit.nl/c/utrecht)", "jorisvdb", None),
])
def test_forum_opening_poster_and_site(head, author, publisher):
    byline = extract_byline(head + "\n" + OPENING)
    assert byline.author == author
    assert publisher is None or byline.publisher == publisher
