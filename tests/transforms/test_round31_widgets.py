"""Round 31 (tests/eval/cleaning/holdout31, measured blind, then fixed): Commentics' words and
layout, a long 'X dit :' name over its time (w3m), an italic bio naming the byline's author."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import END, FORM, NOISE, WIDGET, classify, clean_name
from transforms.comments import split_comment_section


@pytest.mark.parametrize("line, kind", [
    # commentics.noise.r31_action_row: the links under each comment, as a saver prints their titles
    ("J'aime (9) Je n'aime pas (0) Signaler Répondre Partager Permalien", NOISE),
    ("Like (9) Dislike (0) Report Reply Share Permalink", NOISE),
    ("Flag Permalink Reply", NOISE),  # the 2.x language packs
    ("Berichten Permalink Antworten", NOISE),
    ("Resaltar Permalink Responder", NOISE),
    ("Signaler Permalink Réponse", NOISE),
    # commentics.end.r31_powered_by
    ("Propulsé par Commentics", END),
    ("Powered by Commentics", END),
    # commentics.form.r31_fields_and_buttons
    ("Nom \\* E-mail \\* Ville Pays", FORM),
    ("Name * Email * Town Country", FORM),
    ("Envoyer Aperçu", FORM),
    ("Add Comment Preview", FORM),
    # commentics.widget.r31_toolbar
    ("Recherche Notifier RSS", WIDGET),
    ("Trier les commentaires Récent Ancien Utiles Inutiles Positive Critique", WIDGET),
])
def test_commentics_lines(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line", ["I dislike this.", "Signaler Répondre, c'est tout ce qu'on peut faire ?"])
def test_a_comment_with_an_action_word_stays_text(line):
    assert classify(0, line).kind not in (NOISE, END, FORM, WIDGET)


def test_the_town_and_country_after_a_commentics_name_are_no_part_of_it():
    assert clean_name("Martine Collignon (Cugnon, Belgique)") == "Martine Collignon"
    assert clean_name("papa de Léa et Hugo (Herbeumont, Belgique)") == "papa de Léa et Hugo"
    assert clean_name("Kreistagsmitglied (parteilos)") == "Kreistagsmitglied (parteilos)"


COMMENTICS = """La commune prend à sa charge la moitié du surcoût, a rappelé l'échevine jeudi soir devant le conseil.

Une aide reste prévue pour les familles qui bénéficient du tarif social, a-t-elle ajouté.

## Commentaires (3)

**Martine Collignon** (Cugnon, Belgique)

06/12/2026 08:14

Bravo à la commune. Mon mari fournit déjà la boucherie du village.

[J'aime](#) (9) [Je n'aime pas](#) (0) [Signaler](#) [Répondre](#) [Partager](#) [Permalien](#)

-   **papa de Léa et Hugo** (Herbeumont, Belgique)
    
    06/12/2026 08:52
    
    @Martine Collignon et les enfants végétariens ?
    
    [J'aime](#) (3) [Je n'aime pas](#) (0) [Signaler](#) [Répondre](#) [Partager](#) [Permalien](#)
    

**Anne-So** (Belgique)

06/12/2026 10:05

Enfin !

[J'aime](#) (4) [Je n'aime pas](#) (0) [Signaler](#) [Répondre](#) [Partager](#) [Permalien](#)

Page 1 de 1

Propulsé par [Commentics](https://commentics.com)

**Ajouter un commentaire**

Nom \\* E-mail \\* Ville Pays

[Envoyer](#) [Aperçu](#)
"""


def test_a_commentics_thread_saved_as_markdown():
    _, section = split_comment_section(COMMENTICS)
    assert [(c.author, c.parent_position, c.body) for c in section.comments] == [
        ("Martine Collignon", None, "Bravo à la commune. Mon mari fournit déjà la boucherie du village."),
        ("papa de Léa et Hugo", 1, "@Martine Collignon et les enfants végétariens ?"),
        ("Anne-So", None, "Enfin !"),
    ]


W3M_WORDPRESS = """Le conseil municipal a adopté la mesure jeudi soir par 11 voix contre 4, après plus de deux heures de débat.

Le conseil a voté jeudi soir la mesure, après un long débat dans la salle des fêtes du village.

3 réflexions sur « Le village éteint ses lampadaires »

  1. Josiane Marty dit :
      5 décembre 2026 à 19 h 04 min

      Enfin ! On va pouvoir revoir les étoiles.

      Répondre

  2. Un gars de la laiterie qui commence à 4h30 dit :
      5 décembre 2026 à 21 h 48 min

      Nadège avait raison pour la rue principale.

      Répondre

  3. k.delpech dit :
      Votre commentaire est en attente de modération.
      6 décembre 2026 à 8 h 02 min

      D'accord.

      Répondre
"""


def test_a_nine_word_name_before_dit_over_its_time_loses_the_verb():
    # over RULE_NAME_WORDS the line is no author line by the rule alone; its time under it makes
    # it one, and its name is the rule's, without 'dit :'
    _, section = split_comment_section(W3M_WORDPRESS)
    assert [c.author for c in section.comments] == [
        "Josiane Marty", "Un gars de la laiterie qui commence à 4h30", "k.delpech"]


ARTICLE = """# Funicolare ferma fino a marzo

di [Marta Zanardelli](https://www.example.it/autori/marta-zanardelli)

5 dicembre 2026, 17:45

La funicolare che collega il centro al borgo alto resterà ferma almeno fino alla metà di marzo, ha comunicato l'azienda.

La presidente dei commercianti ha annunciato un incontro con la Provincia la prossima settimana.
"""
BODY = ("La funicolare che collega il centro al borgo alto resterà ferma almeno fino alla metà di marzo, ha comunicato l'azienda."
        "\n\nLa presidente dei commercianti ha annunciato un incontro con la Provincia la prossima settimana.")


def test_an_italic_line_naming_the_bylines_author_at_the_tail_is_their_bio():
    text = ARTICLE + "\n_Marta Zanardelli segue la cronaca della Valmarena dal 2019._\n"
    assert clean_body(text, "Funicolare ferma fino a marzo", "Marta Zanardelli") == BODY
    glued = ARTICLE.rstrip() + "\n*Marta Zanardelli segue la cronaca della Valmarena dal 2019.*\n"  # no blank line
    assert clean_body(glued, "Funicolare ferma fino a marzo", "Marta Zanardelli") == BODY


@pytest.mark.parametrize("line", [
    "_Il servizio riprenderà il 16 marzo, salvo imprevisti._",  # italic, names no one
    "Marta Zanardelli segue la cronaca della Valmarena dal 2019.",  # names the author, not italic
])
def test_an_italic_article_line_or_a_plain_one_stays(line):
    text = ARTICLE + "\n" + line + "\n"
    kept = clean_body(text, "Funicolare ferma fino a marzo", "Marta Zanardelli")
    assert kept.endswith(line.strip("_"))
    assert clean_body(ARTICLE + "\n_Marta Zanardelli segue la cronaca._\n", "Funicolare ferma fino a marzo").endswith(
        "segue la cronaca.")  # no byline author given: nothing to name
