"""How many common boilerplate lines the body cleaning drops, per language, wherever they stand (issue 3).

    python benchmarks/eval_boilerplate.py            # per language and kind, the misses listed
    python benchmarks/eval_boilerplate.py --lang de  # one language

Blind pages leak mostly boilerplate in a wording no rule has ('Artikel anhören', 'Lesezeit: 4
Minuten', 'Suivez-nous sur WhatsApp'). These lists are lines real news sites print between or
after the paragraphs of an article (share bars, newsletter and app prompts, 'Read more' links,
advertisement markers, photo credits, listen/reading-time lines, paywall and cookie notices,
corrections of the page furniture), written from knowledge of such sites, not from the rules.
Each line is put as its own paragraph into labelled articles of its language from
tests/eval/cleaning/cases (their gold title and body, saved as a plain text page) after the
first paragraph, in the middle and at the end (a head line such as 'Lesezeit: 4 Minuten' under
the title, a footer at the end), and the page goes through the whole pipeline
(transforms.document.build_records). A line is read when it is gone from the body and the
article around it is kept (body token F1 against the gold body at least BODY_F1_KEPT). Not a
gate: a miss is a rule to add (with a test in tests/transforms/test_boilerplate_words.py).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_cleaning as ev  # noqa: E402
from transforms.document import build_records  # noqa: E402
from transforms.lines import comparable  # noqa: E402

HOSTS_PER_LANGUAGE = 2  # articles each line is put into
MIN_HOST_PARAGRAPHS = 4  # an article this long has a head, a middle and an end
BODY_F1_KEPT = 0.99  # below this the line took article text with it
POSITIONS = ("after first", "middle", "end")
# Lines a page prints only in its head (under the title, before the first paragraph: a line
# there after the first paragraph makes that paragraph a standfirst, which is not body) or
# only at its foot.
POSITIONS_OF_KIND = {"listen and time": ("top",), "cookie": ("top", "end"), "more cookie": ("top", "end"), "footer": ("end",),
                     "reporting credits": ("end",), "tags": ("end",), "affiliate": ("top", "end")}

# kind -> language -> lines. Names and outlets are invented; the shapes are the sites'.
LINES: dict[str, dict[str, list[str]]] = {
    "share": {
        "en": ["Share this article", "Share on Facebook Share on X Share on WhatsApp Email", "Share via Email", "Copy link", "Facebook Twitter LinkedIn Email Print"],
        "de": ["Artikel teilen", "Teilen auf Facebook Teilen auf X Per E-Mail teilen", "Link kopieren", "Diesen Artikel teilen", "Facebook Twitter WhatsApp E-Mail Drucken"],
        "fr": ["Partager cet article", "Partager sur Facebook Partager sur X Envoyer par e-mail", "Copier le lien", "Facebook Twitter WhatsApp E-mail Imprimer"],
        "es": ["Compartir este artículo", "Compartir en Facebook Compartir en X Enviar por correo", "Copiar enlace", "Facebook Twitter WhatsApp Correo Imprimir"],
        "it": ["Condividi questo articolo", "Condividi su Facebook Condividi su X Invia per email", "Copia link", "Facebook Twitter WhatsApp Email Stampa"],
        "pt": ["Compartilhe esta notícia", "Partilhar no Facebook Partilhar no X Enviar por e-mail", "Copiar link", "Facebook Twitter WhatsApp E-mail Imprimir"],
        "nl": ["Deel dit artikel", "Delen via Facebook Delen via X Delen via e-mail", "Kopieer link", "Facebook Twitter WhatsApp E-mail Print"],
    },
    "newsletter": {
        "en": ["Sign up for our daily newsletter", "Get the best of our journalism in your inbox every morning. Sign up now.", "Subscribe to our newsletter", "Enter your email address Sign up"],
        "de": ["Melden Sie sich für unseren Newsletter an", "Jetzt den Newsletter abonnieren", "Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach. Jetzt anmelden!", "E-Mail-Adresse eingeben Anmelden"],
        "fr": ["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité. Je m'inscris", "Abonnez-vous à notre lettre d'information", "Votre adresse e-mail S'inscrire"],
        "es": ["Suscríbete a nuestra newsletter", "Recibe cada mañana las noticias más importantes en tu correo. Suscríbete aquí", "Apúntate a nuestro boletín", "Introduce tu correo electrónico Suscribirme"],
        "it": ["Iscriviti alla nostra newsletter", "Ricevi ogni mattina le notizie più importanti nella tua casella di posta. Iscriviti", "Inserisci la tua email Iscriviti"],
        "pt": ["Assine nossa newsletter", "Receba as principais notícias do dia no seu e-mail. Inscreva-se", "Subscreva a nossa newsletter", "Digite seu e-mail Cadastrar"],
        "nl": ["Schrijf je in voor onze nieuwsbrief", "Ontvang elke ochtend het belangrijkste nieuws in je mailbox. Meld je aan", "Vul je e-mailadres in Aanmelden"],
    },
    "read more": {
        "en": ["Read more: Council approves new cycle lanes for the city centre", "Related: Why the harbour bridge closed for a week", "Also read: Floods hit the valley again", "READ MORE", "Recommended for you"],
        "de": ["Lesen Sie auch: Stadtrat beschließt neue Radwege", "Mehr zum Thema: Warum die Brücke gesperrt wurde", "Auch interessant: Hochwasser im Tal", "Weiterlesen", "Das könnte Sie auch interessieren"],
        "fr": ["Lire aussi : Le conseil adopte de nouvelles pistes cyclables", "À lire aussi : Pourquoi le pont a été fermé", "Sur le même sujet : Les crues reviennent dans la vallée", "Lire la suite", "Vous aimerez aussi"],
        "es": ["Lee también: El ayuntamiento aprueba nuevos carriles bici", "Te puede interesar: Por qué se cerró el puente", "Más información: Las inundaciones vuelven al valle", "Leer más", "Noticias relacionadas"],
        "it": ["Leggi anche: Il consiglio approva nuove piste ciclabili", "Potrebbe interessarti: Perché il ponte è stato chiuso", "Leggi di più", "Articoli correlati"],
        "pt": ["Leia também: Câmara aprova novas ciclovias", "Veja também: Por que a ponte foi fechada", "Leia mais", "Notícias relacionadas"],
        "nl": ["Lees ook: Gemeenteraad keurt nieuwe fietspaden goed", "Meer over dit onderwerp: Waarom de brug dichtging", "Lees meer", "Gerelateerde artikelen"],
    },
    "advertisement": {
        "en": ["Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement", "Article continues below this ad"],
        "de": ["Anzeige", "Werbung", "ANZEIGE", "Artikel wird unter der Anzeige fortgesetzt"],
        "fr": ["Publicité", "PUBLICITÉ", "L'article continue après la publicité", "Sponsorisé"],
        "es": ["Publicidad", "PUBLICIDAD", "Anuncio", "Sigue leyendo después del anuncio"],
        "it": ["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato"],
        "pt": ["Publicidade", "PUBLICIDADE", "Continua após a publicidade"],
        "nl": ["Advertentie", "ADVERTENTIE", "Het artikel gaat verder onder de advertentie"],
    },
    "credit": {
        "en": ["Photo: Anna Berg/Reuters", "(Photo by Anna Berg/Getty Images)", "Image: AFP", "Credit: Anna Berg for The Harbour Post", "© Anna Berg / AP"],
        "de": ["Foto: dpa", "Bild: Anna Berg/Reuters", "Foto: picture alliance / dpa | Anna Berg", "© Anna Berg / AFP"],
        "fr": ["Photo : AFP", "Crédit photo : Anna Berg / Reuters", "© Anna Berg / AFP", "(Photo Anna Berg/AFP)"],
        "es": ["Foto: EFE", "Fotografía: Anna Berg / Reuters", "Imagen: Europa Press", "© Anna Berg / AFP"],
        "it": ["Foto: Ansa", "Foto di Anna Berg / Reuters", "Credit: LaPresse"],
        "pt": ["Foto: Agência Brasil", "Fotografia: Anna Berg / Lusa", "Imagem: Reuters"],
        "nl": ["Foto: ANP", "Beeld: Anna Berg / Reuters", "Foto ANP / Anna Berg"],
    },
    "listen and time": {
        "en": ["Listen to this article", "4 min read", "Reading time: 4 minutes", "Updated 3 hours ago", "Listen · 5:12 min"],
        "de": ["Artikel anhören", "Lesezeit: 4 Minuten", "4 Min. Lesezeit", "Aktualisiert am 05.12.2026, 14:20 Uhr", "Vorlesen"],
        "fr": ["Écouter cet article", "Temps de lecture : 4 min", "Lecture 4 min.", "Mis à jour le 5 décembre 2026 à 14h20"],
        "es": ["Escuchar este artículo", "Tiempo de lectura: 4 min", "Actualizado el 5 de diciembre de 2026 a las 14:20", "Escuchar"],
        "it": ["Ascolta l'articolo", "Tempo di lettura: 4 minuti", "Aggiornato il 5 dicembre 2026 alle 14:20"],
        "pt": ["Ouvir esta notícia", "Tempo de leitura: 4 min", "Atualizado em 5 de dezembro de 2026 às 14:20"],
        "nl": ["Luister naar dit artikel", "Leestijd: 4 minuten", "Bijgewerkt op 5 december 2026 om 14:20"],
    },
    "follow and apps": {
        "en": ["Follow us on Facebook, X and Instagram", "Download our app for the latest news", "Get breaking news alerts on WhatsApp", "Follow The Harbour Post on Google News"],
        "de": ["Folgen Sie uns auf Facebook, X und Instagram", "Laden Sie unsere App herunter", "Folgen Sie uns auf WhatsApp", "Jetzt unsere App herunterladen und keine Nachricht mehr verpassen"],
        "fr": ["Suivez-nous sur Facebook, X et Instagram", "Téléchargez notre application", "Suivez-nous sur WhatsApp", "Retrouvez-nous sur Google Actualités"],
        "es": ["Síguenos en Facebook, X e Instagram", "Descarga nuestra app", "Únete a nuestro canal de WhatsApp", "Síguenos en Google News"],
        "it": ["Seguici su Facebook, X e Instagram", "Scarica la nostra app", "Iscriviti al nostro canale WhatsApp"],
        "pt": ["Siga-nos no Facebook, X e Instagram", "Baixe nosso aplicativo", "Siga o nosso canal no WhatsApp"],
        "nl": ["Volg ons op Facebook, X en Instagram", "Download onze app", "Volg ons op WhatsApp"],
    },
    "paywall": {
        "en": ["Subscribe to continue reading", "This article is for subscribers only", "You have 2 free articles left this month", "Already a subscriber? Log in"],
        "de": ["Jetzt weiterlesen mit Abo", "Dieser Artikel ist nur für Abonnenten", "Sie haben bereits ein Abo? Hier anmelden", "Weiterlesen mit Plus"],
        "fr": ["Cet article est réservé aux abonnés", "Déjà abonné ? Se connecter", "Abonnez-vous pour lire la suite"],
        "es": ["Este contenido es exclusivo para suscriptores", "¿Ya eres suscriptor? Inicia sesión", "Suscríbete para seguir leyendo"],
        "it": ["Questo articolo è riservato agli abbonati", "Sei già abbonato? Accedi", "Abbonati per continuare a leggere"],
        "pt": ["Este conteúdo é exclusivo para assinantes", "Já é assinante? Entre", "Assine para continuar lendo"],
        "nl": ["Dit artikel is alleen voor abonnees", "Al abonnee? Log in", "Neem een abonnement om verder te lezen"],
    },
    "cookie": {
        "en": ["We use cookies to improve your experience on our site. By continuing you agree to our use of cookies. Accept"],
        "de": ["Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Alle akzeptieren"],
        "fr": ["Nous utilisons des cookies pour améliorer votre expérience sur notre site. Tout accepter"],
        "es": ["Utilizamos cookies para mejorar tu experiencia en nuestra web. Aceptar todas"],
        "it": ["Utilizziamo i cookie per migliorare la tua esperienza sul nostro sito. Accetta tutti"],
        "pt": ["Utilizamos cookies para melhorar a sua experiência no nosso site. Aceitar todos"],
        "nl": ["Wij gebruiken cookies om je ervaring op onze site te verbeteren. Alles accepteren"],
    },
    "video and gallery": {
        "en": ["Watch: Drone footage shows the flooded valley", "Video: Drone footage shows the flooded valley", "Image 1 of 5", "Show caption", "Enlarge this image", "View gallery", "Play video"],
        "de": ["Video: Drohnenaufnahmen zeigen das überflutete Tal", "Bild 1 von 5", "Bildergalerie ansehen", "Video abspielen", "Bildunterschrift anzeigen", "Zur Bildergalerie"],
        "fr": ["Vidéo : Les images du drone montrent la vallée inondée", "Photo 1 sur 5", "Voir la galerie", "Lire la vidéo", "Voir la vidéo"],
        "es": ["Vídeo: Las imágenes del dron muestran el valle inundado", "Mira: Así quedó el valle tras las lluvias", "Foto 1 de 5", "Ver galería", "Reproducir vídeo"],
        "it": ["Video: Le immagini del drone mostrano la valle allagata", "Guarda il video: la valle dopo la pioggia", "Foto 1 di 5", "Guarda la gallery", "Guarda le foto"],
        "pt": ["Vídeo: Imagens de drone mostram o vale alagado", "Assista: Como ficou o vale depois da chuva", "Foto 1 de 5", "Ver galeria"],
        "nl": ["Video: Dronebeelden tonen de overstroomde vallei", "Bekijk: Zo ziet de vallei er nu uit", "Foto 1 van 5", "Bekijk de fotoserie"],
    },
    "reporting credits": {
        "en": ["Editing by Anna Berg", "Reporting by Anna Berg; Editing by Tom Hale", "Additional reporting by Anna Berg in Lisbon", "With reporting by Anna Berg"],
        "de": ["Mit Material von dpa", "Mitarbeit: Anna Berg", "(dpa/AFP)", "Mit Agenturmaterial"],
        "fr": ["Avec AFP", "(avec AFP)", "Avec Anna Berg à Lyon"],
        "es": ["Con información de EFE", "(EFE)", "Con información de agencias"],
        "it": ["Con informazioni di Ansa", "(ANSA)", "Ha collaborato Anna Berg"],
        "pt": ["Com informações da Agência Brasil", "(Lusa)", "Com agências"],
        "nl": ["(ANP)", "Met medewerking van Anna Berg", "Bron: ANP"],
    },
    "tags": {
        "en": ["Tags: Transport, Cycling, City council", "Topics: Transport · Cycling · City council"],
        "de": ["Themen: Verkehr, Radwege, Stadtrat", "Schlagworte: Verkehr, Radwege"],
        "fr": ["Mots-clés : transports, vélo, conseil municipal", "Sujets : Transports · Vélo"],
        "es": ["Etiquetas: Transporte, Bicicleta, Ayuntamiento", "Temas: Transporte · Bicicleta"],
        "it": ["Argomenti: trasporti, bicicletta, consiglio comunale", "Tag: trasporti, bicicletta"],
        "pt": ["Tags: transporte, bicicleta, câmara municipal", "Tópicos: Transporte · Bicicleta"],
        "nl": ["Onderwerpen: verkeer, fietsen, gemeenteraad", "Tags: verkeer, fietsen"],
    },
    "affiliate": {
        "en": ["This article contains affiliate links. We may earn a commission if you buy through them."],
        "de": ["Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber einkaufen, erhalten wir eine Provision."],
        "fr": ["Cet article contient des liens affiliés : si vous achetez via ces liens, nous touchons une commission."],
        "es": ["Este artículo contiene enlaces de afiliados. Si compras a través de ellos, recibimos una comisión."],
        "it": ["Questo articolo contiene link di affiliazione: se acquisti tramite questi link riceviamo una commissione."],
        "pt": ["Este artigo contém links de afiliados. Se você comprar por meio deles, recebemos uma comissão."],
        "nl": ["Dit artikel bevat affiliate links. Als je via deze links iets koopt, ontvangen wij een commissie."],
    },
    "more cookie": {
        "en": ["This site uses cookies. Find out more in our cookie policy. OK", "Manage cookies Accept all Reject all"],
        "de": ["Diese Website verwendet Cookies. Mehr erfahren Akzeptieren", "Einstellungen Alle akzeptieren Alle ablehnen"],
        "fr": ["Ce site utilise des cookies. En savoir plus J'accepte", "Paramétrer les cookies Tout accepter Tout refuser"],
        "es": ["Este sitio utiliza cookies. Más información Aceptar", "Configurar cookies Aceptar todas Rechazar todas"],
        "it": ["Questo sito utilizza cookie. Maggiori informazioni Accetto", "Gestisci i cookie Accetta tutti Rifiuta tutti"],
        "pt": ["Este site utiliza cookies. Saiba mais Aceitar", "Gerir cookies Aceitar todos Rejeitar todos"],
        "nl": ["Deze site gebruikt cookies. Meer informatie Akkoord", "Cookie-instellingen Alles accepteren Alles weigeren"],
    },
    "footer": {
        "en": ["© 2026 The Harbour Post. All rights reserved.", "Terms of Use | Privacy Policy | Contact us"],
        "de": ["© 2026 Harzer Tageblatt. Alle Rechte vorbehalten.", "Impressum | Datenschutz | Kontakt"],
        "fr": ["© 2026 Le Courrier du Lac. Tous droits réservés.", "Mentions légales | Politique de confidentialité | Contact"],
        "es": ["© 2026 Diario del Valle. Todos los derechos reservados.", "Aviso legal | Política de privacidad | Contacto"],
        "it": ["© 2026 Gazzetta del Lago. Tutti i diritti riservati.", "Note legali | Privacy | Contatti"],
        "pt": ["© 2026 Jornal do Vale. Todos os direitos reservados.", "Termos de uso | Política de privacidade | Contato"],
        "nl": ["© 2026 Dagblad van het Noorden. Alle rechten voorbehouden.", "Colofon | Privacy | Contact"],
    },
}


def _hosts(lang: str) -> list[ev.Case]:
    found = [c for c in ev.load_cases() if c.gold["language"] == lang
             and len(c.gold["body"].split("\n\n")) >= MIN_HOST_PARAGRAPHS and c.gold.get("title")]
    return found[:HOSTS_PER_LANGUAGE]


def _page(case: ev.Case, line: str, position: str) -> tuple[bytes, str]:
    paragraphs = case.gold["body"].split("\n\n")
    at = {"top": 0, "after first": 1, "middle": len(paragraphs) // 2, "end": len(paragraphs)}[position]
    text = "\n\n".join([case.gold["title"], *paragraphs[:at], line, *paragraphs[at:]]) + "\n"
    return text.encode("utf-8"), case.gold["body"]


def read_line(case: ev.Case, line: str, position: str) -> str | None:
    """None when the line is dropped and the article kept, else what went wrong."""
    raw, gold_body = _page(case, line, position)
    records = build_records(f"{case.name}.txt", "eval", hashlib.sha256(raw).hexdigest(), raw)
    body = records.articles[0]["body"] if records.articles else ""
    if comparable(line) in comparable(body):
        return "kept"
    f1 = ev.token_f1(body, gold_body)
    return None if f1 >= BODY_F1_KEPT else f"article cut (body F1 {f1:.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", help="only this language")
    args = parser.parse_args(argv)
    langs = sorted({lang for by_lang in LINES.values() for lang in by_lang if not args.lang or lang == args.lang})
    hosts = {lang: _hosts(lang) for lang in langs}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for kind, by_lang in LINES.items():
        for lang in langs:
            for line in by_lang.get(lang, []):
                for case in hosts[lang]:
                    for position in POSITIONS_OF_KIND.get(kind, POSITIONS):
                        problem = read_line(case, line, position)
                        for key in (kind, lang, "all"):
                            totals[key][1] += 1
                            totals[key][0] += problem is None
                        if problem:
                            misses.append(f"  {lang} {kind}: {line!r} {position} in {case.name}: {problem}")
    for key in [*LINES, *langs, "all"]:
        if totals[key][1]:
            read, total = totals[key]
            print(f"{key:<16} {read:5} of {total:5} read ({read / total:.3f})")
    print("\n".join(["misses:", *misses] if misses else ["no misses"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
