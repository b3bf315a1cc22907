"""Round 10c: sites' own comment lists named in their own words (no item word known), counts in
buttons, tabs and Blogger's 'N Kommentare:' heading, and German / newsletter-platform deks."""
import pytest

from transforms.comment_lines import COUNT, classify
from tests.transforms.html_sections import read_section as _read, rows as _rows
from transforms.html_page import read_html


# a German paper's list: 'lk-eintrag' items (no item word), the name in 'lk-verfasser', a removed
# comment (same class plus a state) whose reply stays nested in it
LK_ITEM = ('<li class="lk-eintrag"><div class="lk-kopf"><span class="lk-verfasser">{user}</span> <time>13.11.2026, 21:14 Uhr</time></div>'
           '<div class="lk-text"><p>{text}</p></div><div class="lk-aktionen"><a>Antworten</a> <a>Melden</a></div>{replies}</li>')
LESERKOMMENTARE = (
    '<section id="kommentare" class="leserkommentare"><h2>Kommentare (4)</h2><ol class="lk-liste">'
    + LK_ITEM.format(user="Karin W.", text="Wir waren jeden Sommer dort.", replies=(
        '<ol class="lk-antworten">' + LK_ITEM.format(user="R. Biedermann", text="Danke für den Bericht.", replies="") + "</ol>"))
    + '<li class="lk-eintrag lk-entfernt"><div class="lk-text"><p>Dieser Kommentar wurde von der Redaktion entfernt.</p></div>'
    + '<ol class="lk-antworten">' + LK_ITEM.format(user="Torsten A.", text="Die Rettungsschwimmer fehlen.", replies="") + "</ol></li>"
    + "</ol></section>")

# a French paper's 'Réactions': article.reaction, signed in 'reaction__signature', text in 'reaction__contenu'
REACTION = ('<article class="reaction"><div class="reaction__entete"><strong class="reaction__signature">{user}</strong>'
            ' <span class="pastille">Abonné</span></div><p class="reaction__date">Le 17/11/2026 à 08h12</p>'
            '<div class="reaction__contenu"><p>{text}</p></div><ul class="reaction__outils"><li><button>Répondre</button></li></ul>{replies}</article>')
REACTIONS = ('<section class="reactions" id="reactions"><h2>Réactions (3)</h2><div class="reactions__liste">'
             + REACTION.format(user="Gilles R.", text="Enfin une bonne idée.", replies="")
             + REACTION.format(user="Bastien V.", text="Pas sans concertation.", replies=(
                 '<div class="reaction__reponses">' + REACTION.format(user="Marinette", text="On peut marcher un peu.", replies="") + "</div>"))
             + "</div></section>")

# a Spanish list: div.opinion, the user in 'opinion-usuario', text in 'opinion-txt', votes in buttons;
# the count only on the button that opens the list
OPINION = ('<div class="opinion"><div class="opinion-cab"><a class="opinion-usuario" href="/usuarios/1">{user}</a>'
           ' <span class="opinion-hora">hace 5 horas</span></div><div class="opinion-txt"><p>{text}</p></div>'
           '<div class="opinion-pie"><a>Responder</a> <button>▲ 11</button> <button>▼ 2</button></div>{replies}</div>')
OPINIONES = ('<div class="zona-comentarios" id="comentarios"><button class="abrir">Comentarios <span>9</span></button>'
             '<div class="lista">' + OPINION.format(user="Pilar_Ejea", text="Por fin.", replies="")
             + OPINION.format(user="Anselmo G.", text="Ya veremos.", replies=(
                 '<div class="opinion-respuestas">' + OPINION.format(user="Remedios L.", text="Nueve puestos.", replies="") + "</div>"))
             + "</div></div>")

# a members' platform: thread-node items, the name in a profile-chip link, the author's badge a
# 'chip--author' beside it, text in 'thread-node__prose'; the count in a span under 'Discussion'
NODE = ('<div class="thread-node"><div class="thread-node__card"><a class="profile-chip__avatar"><img alt=""></a>'
        '<div class="thread-node__who"><a class="profile-chip">{user}</a> {badge}</div><div class="thread-node__when">18 nov.</div>'
        '<div class="thread-node__prose"><p>{text}</p></div><div class="thread-node__bar"><button>Répondre</button></div></div>{replies}</div>')
MEMBERS = ('<section class="member-discussion" id="discussion"><h2>Discussion</h2><span>12 commentaires</span>'
           + NODE.format(user="Jeanne R.", badge="", text="Lesquelles refusent ?", replies=(
               '<div class="thread-node__children">'
               + NODE.format(user="Camille O.", badge='<span class="chip chip--author">Autrice</span>', text="Pas les plus grosses.", replies="")
               + "</div>"))
           + NODE.format(user="Théo M.", badge='<span class="chip chip--founding">Membre fondateur</span>', text="Trois fois, pas deux.", replies="")
           + "</section>")

# a Coral-like stream with invented class names: the count on the first tab only
TALK = ('<section class="talk-embed"><div class="talk-tabbar"><button class="talk-tab">All Comments <span>11</span></button>'
        ' <button class="talk-tab">Featured <span>2</span></button></div><div class="talk-stream">'
        '<div class="talk-comment"><div class="talk-comment__byline"><span class="talk-username">saltings_sue</span></div>'
        '<div class="talk-comment__content"><p>Good news for the dunes.</p></div></div>'
        '<div class="talk-comment"><div class="talk-comment__byline"><span class="talk-username">deckhand_dan</span></div>'
        '<div class="talk-comment__content"><p>They took out twice that in 2009.</p></div></div></div></section>')


@pytest.mark.parametrize("section, declared, rows", [
    # the reply nested in a removed comment answers no comment on the page
    (LESERKOMMENTARE, 4, [("Karin W.", "Wir waren jeden Sommer dort.", None), ("R. Biedermann", "Danke für den Bericht.", 1),
                          ("Torsten A.", "Die Rettungsschwimmer fehlen.", None)]),
    (REACTIONS, 3, [("Gilles R.", "Enfin une bonne idée.", None), ("Bastien V.", "Pas sans concertation.", None),
                    ("Marinette", "On peut marcher un peu.", 2)]),
    (OPINIONES, 9, [("Pilar_Ejea", "Por fin.", None), ("Anselmo G.", "Ya veremos.", None), ("Remedios L.", "Nueve puestos.", 2)]),
    (MEMBERS, 12, [("Jeanne R.", "Lesquelles refusent ?", None), ("Camille O.", "Pas les plus grosses.", 1),
                   ("Théo M.", "Trois fois, pas deux.", None)]),
    (TALK, 11, [("saltings_sue", "Good news for the dunes.", None), ("deckhand_dan", "They took out twice that in 2009.", None)]),
])
def test_a_sites_own_list_in_its_own_words(section, declared, rows):
    found = _read(section)
    assert (found.widget, found.section.declared_count, _rows(found)) == ("generic", declared, rows)


def test_a_repeated_class_outside_a_comment_section_is_no_thread():
    teasers = ('<aside class="more-stories">' + OPINION.format(user="Ana", text="Uno.", replies="")
               + OPINION.format(user="Bea", text="Dos.", replies="") + "</aside>")
    assert _read(teasers) is None


@pytest.mark.parametrize("line, count", [
    ("7 Kommentare:", 7), ("3 commentaires :", 3), ("5 comentarios:", 5),  # Blogger's heading
    ("All Comments 11", 11), ("Alle Kommentare 4", 4),  # a widget's first tab
])
def test_count_lines_of_round_10c(line, count):
    found = classify(0, line)
    assert (found.kind, found.count) == (COUNT, count)


@pytest.mark.parametrize("dek", [
    '<p class="vorspann">Sanieren oder schließen? Der Rat will erst im Januar abstimmen.</p>',
    '<h3 class="post-subtitle">Trois étés secs et une question qui fâche.</h3>',
])
def test_german_and_newsletter_platform_deks_are_chrome(dek):
    page = (f"<html><body><article><h1>Headline</h1>{dek}"
            f"<p>{'Prose about the pool and its pumps in the valley. ' * 6}</p></article></body></html>")
    text = read_html(page.encode()).text
    assert "Prose about the pool" in text
    assert "Rat will erst" not in text and "Trois étés" not in text


def test_a_blog_caption_in_italics_under_an_image_is_chrome():
    prose = "Die Welle liegt noch im Radhaus, und im Erdgeschoss stehen zwei Walkhämmer. " * 4
    page = ("<html><body><article><h1>Die Walkmühle</h1>"
            f"<div>{prose}</div><div class=\"separator\"><a href=\"w.jpg\"><img src=\"w.jpg\"></a></div>"
            "<div style=\"text-align: center;\"><i>Einer der beiden Walkhämmer im Erdgeschoss</i></div>"
            f"<div>{prose.replace('Welle', 'Tafel')}</div>"
            "<div><i>Ein kursiver Absatz ohne Bild davor bleibt Text des Beitrags.</i></div></article></body></html>")
    text = read_html(page.encode()).text
    assert "Einer der beiden Walkhämmer" not in text
    assert "Die Tafel liegt" in text and "Ein kursiver Absatz" in text


@pytest.mark.parametrize("ld, author", [
    ('{"@type":"NewsArticle","author":{"name":"Franziska Ulbricht"}}', "Franziska Ulbricht"),  # no "@context"
    ('{"@type":"NewsArticle","author":[{"@type":"Person","name":"Marta Sancho"}]}', "Marta Sancho"),
    ('{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["BlogPosting"],"author":"Ana Ruiz"}]}', "Ana Ruiz"),
    ('{"@type":"WebSite","author":{"name":"Not The Writer"}}', None),  # not an article object
])
def test_a_json_ld_article_author_without_context(ld, author):
    page = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><article><h1>Headline</h1>'
            f"<p>{'Prose about the pool and its pumps in the valley. ' * 6}</p></article></body></html>")
    assert read_html(page.encode()).author == author


def test_a_json_ld_publisher_without_context_and_a_blogger_title():
    prose = f"<p>{'Prose about the pool and its pumps in the valley. ' * 6}</p>"
    page = ('<html><head><title>Mercado abierto por la tarde | Heraldo del Jalón</title><script type="application/ld+json">'
            '{"@type":"NewsArticle","publisher":{"name":"Heraldo del Jalón"}}</script></head>'
            f"<body><article><h1>El mercado abrirá también por las tardes</h1>{prose}</article></body></html>")
    assert read_html(page.encode()).publisher == "Heraldo del Jalón"
    blog = ('<html><head><meta content="blogger" name="generator"><title>Mühlenbach-Chronik: Die Walkmühle</title></head>'
            '<body><h1 class="title"><a href="/">Mühlenbach-Chronik</a></h1><div class="post"><h3 class="post-title">Die Walkmühle</h3>'
            f'<div class="post-body">{prose}</div></div></body></html>')
    found = read_html(blog.encode())
    assert (found.title, found.publisher) == ("Die Walkmühle", "Mühlenbach-Chronik")
