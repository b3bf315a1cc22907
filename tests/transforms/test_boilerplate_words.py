"""Boilerplate wordings benchmarks/eval_boilerplate.py found kept in the middle of an article
(share labels, 'the article continues below the ad', a newsletter box's field and button,
paywall lines, cross links, promo and app lines, photo credits, legal links in languages the
rules had fewer wordings for, video and gallery buttons, 'Mira:' video labels, an agency
in brackets) go from the body; prose using the same words stays."""
import pytest

from transforms.boilerplate import clean_body
from transforms.rules import is_noise_line

ARTICLE = [
    "The council met on Tuesday evening to discuss the new cycle lanes planned for the centre.",
    "Residents on both sides of the river had sent more than two hundred letters about the plan.",
    "The mayor said the first lanes would open in the spring, weather permitting, and others later.",
    "A second vote on the budget for the scheme is expected before the end of the year.",
]


def _body_with(line: str) -> str:
    return clean_body("\n\n".join([*ARTICLE[:2], line, *ARTICLE[2:]]), title=None)


@pytest.mark.parametrize("line", [
    "Partager sur Facebook Partager sur X Envoyer par e-mail",
    "Compartir en Facebook Compartir en X Enviar por correo",
    "Condividi su Facebook Condividi su X Invia per email",
    "Partilhar no Facebook Partilhar no X Enviar por e-mail",
    "Facebook Twitter WhatsApp Email Stampa",
    "Partager cet article", "Condividi questo articolo", "Compartilhe esta notícia",
    "Artikel wird unter der Anzeige fortgesetzt", "L'article continue après la publicité",
    "Sigue leyendo después del anuncio", "Het artikel gaat verder onder de advertentie", "Anuncio",
    "E-Mail-Adresse eingeben Anmelden", "Votre adresse e-mail S'inscrire", "Introduce tu correo electrónico Suscribirme",
    "Inserisci la tua email Iscriviti", "Digite seu e-mail Cadastrar", "Vul je e-mailadres in Aanmelden",
    "Este contenido es exclusivo para suscriptores", "Este conteúdo é exclusivo para assinantes",
    "Dit artikel is alleen voor abonnees", "Neem een abonnement om verder te lezen", "Assine para continuar lendo",
    "Sur le même sujet : Les crues reviennent dans la vallée", "Potrebbe interessarti: Perché il ponte è stato chiuso",
    "Leggi di più",
    "Retrouvez-nous sur Google Actualités", "Iscriviti al nostro canale WhatsApp", "Baixe nosso aplicativo",
    "Jetzt unsere App herunterladen und keine Nachricht mehr verpassen",
    "Fotografía: Anna Berg / Reuters",
    "Termos de uso | Política de privacidade | Contato",
    "Play video", "Zur Bildergalerie", "Lire la vidéo", "Voir la galerie", "Reproducir vídeo", "Guarda le foto",
    "Ver galeria", "Bekijk de fotoserie",
    "Mira: Así quedó el valle tras las lluvias", "Guarda il video: la valle dopo la pioggia",
    "Assista: Como ficou o vale depois da chuva", "Bekijk: Zo ziet de vallei er nu uit",
    "(EFE)", "(ANSA)", "(Lusa)", "(ANP)",
])
def test_boilerplate_line_in_the_middle_goes_and_the_article_stays(line):
    assert _body_with(line) == "\n\n".join(ARTICLE)


@pytest.mark.parametrize("line", [
    "Retrouvez-nous sur Google Actualités", "Dit artikel is alleen voor abonnees", "Inserisci la tua email Iscriviti",
    "L'article continue après la publicité", "Partager cet article",
])
def test_new_wordings_are_in_the_noise_line_pattern(line):  # the expectation suites check bodies with it
    assert is_noise_line(line.lower())


@pytest.mark.parametrize("line", [
    "Readers can share this article with friends, the editor said, but not copy it whole.",
    "Ver más allá de la frontera era imposible para los vecinos del pueblo aquel invierno.",
    "Fotografía: una pasión que empezó en la escuela. Hoy expone en tres países y enseña en Madrid.",
    "Anuncio de la alcaldesa: las obras empiezan el lunes y durarán seis semanas, dijo ayer.",
    "Dit artikel is alleen voor abonnees, zei de hoofdredacteur, maar de rest van de site blijft gratis.",
    "Saiba mais sobre o projeto, disse a vereadora, quem visitar a biblioteca municipal esta semana.",
    "Kijk: dat is precies het probleem van deze stad, zei de wethouder op de vergadering.",
    "Mira: no es la primera vez que pasa. Ya en 2019 el río se desbordó dos veces en un mes.",
    "Ver la galería llena de gente el día de la inauguración fue la mejor recompensa para el museo.",
])
def test_prose_with_the_same_words_stays(line):
    assert line in _body_with(line)
