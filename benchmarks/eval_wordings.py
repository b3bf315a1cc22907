"""How many common comment-widget wordings the line rules read, per language (issue 3).

    python benchmarks/eval_wordings.py            # coverage per kind, the misses listed

Blind pages in a new language mostly fail on a wording no rule has ('Ladda fler kommentarer',
'een dag geleden', 'Anna Berg skriver:'). These lists are the strings real widgets print in
each language (Disqus, Facebook, WordPress, wpDiscuz and forum translations, written from
knowledge of those widgets, not from the rules), one line each: a widget or action line must
not be read as comment text, a comment time must be a timestamp, an author line must give
the name 'Anna Berg', a count line must give its number, a deleted or awaiting-moderation
notice, a comment form's line and a badge must not be comment text, a reply marker must name 'Anna Berg'. Not a gate: a miss is a rule to add
(with a test in tests/transforms/test_widget_words.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from transforms.comment_lines import COUNT, TEXT, classify, explicit_author  # noqa: E402
from transforms.comment_names import quote_target  # noqa: E402
from transforms.timestamps import is_timestamp  # noqa: E402

NAME = "Anna Berg"

WIDGET_LINES = {
 "en": ["Reply", "Like", "Share", "Report", "Load more comments", "12 Comments", "Sort by Newest", "3 hours ago", "Show 2 more replies", "Leave a Reply", "Log in to comment", "Newest", "Oldest", "Most liked"],
 "de": ["Antworten", "Gefällt mir", "Teilen", "Melden", "Weitere Kommentare laden", "12 Kommentare", "Sortieren nach Neueste", "vor 3 Stunden", "2 weitere Antworten anzeigen", "Schreibe einen Kommentar", "Neueste", "Älteste"],
 "fr": ["Répondre", "J'aime", "Partager", "Signaler", "Charger plus de commentaires", "12 commentaires", "Trier par Plus récents", "il y a 3 heures", "Afficher 2 réponses de plus", "Laisser un commentaire", "Plus récents", "Plus anciens"],
 "es": ["Responder", "Me gusta", "Compartir", "Denunciar", "Cargar más comentarios", "12 comentarios", "Ordenar por Más recientes", "hace 3 horas", "Ver 2 respuestas más", "Deja una respuesta", "Más recientes", "Más antiguos"],
 "it": ["Rispondi", "Mi piace", "Condividi", "Segnala", "Carica altri commenti", "12 commenti", "Ordina per Più recenti", "3 ore fa", "Mostra altre 2 risposte", "Lascia un commento", "Più recenti", "Meno recenti"],
 "pt": ["Responder", "Curtir", "Compartilhar", "Denunciar", "Carregar mais comentários", "12 comentários", "Ordenar por Mais recentes", "há 3 horas", "Ver mais 2 respostas", "Deixe um comentário", "Mais recentes", "Mais antigos"],
 "nl": ["Reageren", "Vind ik leuk", "Delen", "Melden", "Meer reacties laden", "12 reacties", "Sorteren op Nieuwste", "3 uur geleden", "Nog 2 antwoorden bekijken", "Laat een reactie achter", "Nieuwste", "Oudste"],
 "pl": ["Odpowiedz", "Lubię to", "Udostępnij", "Zgłoś", "Załaduj więcej komentarzy", "12 komentarzy", "Sortuj według Najnowsze", "3 godziny temu", "Pokaż 2 odpowiedzi więcej", "Dodaj komentarz", "Najnowsze", "Najstarsze"],
 "sv": ["Svara", "Gilla", "Dela", "Anmäl", "Ladda fler kommentarer", "12 kommentarer", "Sortera efter Nyaste", "för 3 timmar sedan", "Visa 2 svar till", "Lämna en kommentar", "Nyaste", "Äldsta"],
 "da": ["Svar", "Synes godt om", "Del", "Anmeld", "Indlæs flere kommentarer", "12 kommentarer", "Sortér efter Nyeste", "for 3 timer siden", "Skriv en kommentar", "Nyeste", "Ældste"],
 "no": ["Svar", "Liker", "Del", "Rapporter", "Last inn flere kommentarer", "12 kommentarer", "Sorter etter Nyeste", "for 3 timer siden", "Legg igjen en kommentar", "Nyeste", "Eldste"],
 "fi": ["Vastaa", "Tykkää", "Jaa", "Ilmoita", "Lataa lisää kommentteja", "12 kommenttia", "Lajittele Uusimmat", "3 tuntia sitten", "Jätä kommentti", "Uusimmat", "Vanhimmat"],
 "cs": ["Odpovědět", "To se mi líbí", "Sdílet", "Nahlásit", "Načíst další komentáře", "12 komentářů", "Seřadit podle Nejnovější", "před 3 hodinami", "Napsat komentář", "Nejnovější", "Nejstarší"],
 "tr": ["Yanıtla", "Beğen", "Paylaş", "Şikayet et", "Daha fazla yorum yükle", "12 yorum", "Sırala En yeni", "3 saat önce", "Yorum yap", "En yeni", "En eski"],
 "ro": ["Răspunde", "Îmi place", "Distribuie", "Raportează", "Încarcă mai multe comentarii", "12 comentarii", "Sortează după Cele mai noi", "acum 3 ore", "Lasă un comentariu", "Cele mai noi", "Cele mai vechi"],
 "hu": ["Válasz", "Tetszik", "Megosztás", "Jelentés", "További hozzászólások betöltése", "12 hozzászólás", "Rendezés Legújabb", "3 órája", "Szólj hozzá", "Legújabb", "Legrégebbi"],
}


COMMENT_TIMES = {
 "en": ["2 hours ago", "yesterday", "Dec 3, 2026 at 2:05 pm", "3 December 2026 at 14:05", "12/03/2026 2:05 PM", "2h", "5 min ago", "a day ago", "last week", "Just now", "Edited 3 hours ago"],
 "de": ["vor 2 Stunden", "gestern", "3. Dezember 2026 um 14:05 Uhr", "03.12.2026, 14:05", "vor einer Minute", "heute, 09:12", "am 3.12.2026", "Gestern um 18:30"],
 "fr": ["il y a 2 heures", "hier", "3 décembre 2026 à 14 h 05", "le 03/12/2026 à 14:05", "il y a un jour", "Aujourd'hui à 09:12", "hier à 18h30"],
 "es": ["hace 2 horas", "ayer", "3 de diciembre de 2026 a las 14:05", "03/12/2026 14:05", "hace un día", "hoy a las 09:12", "ayer a las 18:30"],
 "it": ["2 ore fa", "ieri", "3 dicembre 2026 alle 14:05", "03/12/2026 alle 14:05", "un giorno fa", "oggi alle 09:12"],
 "pt": ["há 2 horas", "ontem", "3 de dezembro de 2026 às 14:05", "03/12/2026 às 14h05", "há um dia", "hoje às 09:12"],
 "nl": ["2 uur geleden", "gisteren", "3 december 2026 om 14:05", "03-12-2026 14:05", "een dag geleden", "vandaag om 09:12"],
 "pl": ["2 godziny temu", "wczoraj", "3 grudnia 2026 o 14:05", "03.12.2026, 14:05", "dzień temu", "dzisiaj o 09:12"],
 "sv": ["för 2 timmar sedan", "igår", "3 december 2026 kl. 14:05", "2026-12-03 14:05", "för en dag sedan", "idag 09:12"],
 "da": ["for 2 timer siden", "i går", "3. december 2026 kl. 14.05", "for en dag siden", "i dag kl. 09.12"],
 "no": ["for 2 timer siden", "i går", "3. desember 2026 kl. 14:05", "i dag kl. 09:12"],
 "fi": ["2 tuntia sitten", "eilen", "3.12.2026 klo 14.05", "tänään klo 9.12"],
 "cs": ["před 2 hodinami", "včera", "3. prosince 2026 v 14:05", "dnes v 9:12"],
 "tr": ["2 saat önce", "dün", "3 Aralık 2026 14:05", "bugün 09:12"],
 "ro": ["acum 2 ore", "ieri", "3 decembrie 2026 la 14:05", "azi la 09:12"],
 "hu": ["2 órája", "tegnap", "2026. december 3. 14:05", "ma 9:12"],
 "ru": ["2 часа назад", "вчера", "3 декабря 2026 в 14:05", "сегодня в 09:12"],
 "uk": ["2 години тому", "вчора", "3 грудня 2026 о 14:05"],
 "el": ["πριν από 2 ώρες", "χθες", "3 Δεκεμβρίου 2026, 14:05"],
}


AUTHOR_LINES = {
 "en": ["Anna Berg says:", "Anna Berg said:", "Anna Berg wrote:", "Anna Berg on December 3, 2026 at 2:05 pm said:", "Comment by Anna Berg", "Anna Berg commented:", "Anna Berg replied:"],
 "de": ["Anna Berg sagt:", "Anna Berg meint:", "Anna Berg schreibt:", "Anna Berg schrieb:", "Kommentar von Anna Berg", "Anna Berg kommentierte:"],
 "fr": ["Anna Berg dit :", "Anna Berg a dit :", "Anna Berg a écrit :", "Commentaire de Anna Berg", "Anna Berg a commenté :"],
 "es": ["Anna Berg dice:", "Anna Berg dijo:", "Anna Berg escribió:", "Comentario de Anna Berg", "Anna Berg comentó:"],
 "it": ["Anna Berg dice:", "Anna Berg ha detto:", "Anna Berg ha scritto:", "Commento di Anna Berg", "Anna Berg scrive:"],
 "pt": ["Anna Berg disse:", "Anna Berg diz:", "Anna Berg escreveu:", "Comentário de Anna Berg"],
 "nl": ["Anna Berg schreef:", "Anna Berg zegt:", "Anna Berg reageerde:", "Reactie van Anna Berg"],
 "pl": ["Anna Berg napisał(a):", "Anna Berg napisała:", "Anna Berg pisze:", "Anna Berg mówi:"],
 "sv": ["Anna Berg skriver:", "Anna Berg skrev:", "Anna Berg säger:"],
 "da": ["Anna Berg skriver:", "Anna Berg skrev:", "Anna Berg siger:"],
 "no": ["Anna Berg skriver:", "Anna Berg skrev:", "Anna Berg sier:"],
 "fi": ["Anna Berg kirjoitti:", "Anna Berg sanoo:"],
 "cs": ["Anna Berg napsal:", "Anna Berg napsala:", "Anna Berg říká:"],
 "tr": ["Anna Berg dedi ki:", "Anna Berg yazdı:"],
 "ro": ["Anna Berg spune:", "Anna Berg a scris:"],
 "hu": ["Anna Berg szerint:", "Anna Berg írta:"],
 "ru": ["Anna Berg пишет:", "Anna Berg написал(а):", "Anna Berg говорит:"],
}


COUNT_LINES = {
 "en": ["12 Comments", "12 comments", "Comments (12)", "12 thoughts on “Bridge reopens”", "12 Responses to “Bridge reopens”", "Reader comments (12)", "Showing 12 comments", "View 12 comments", "Join the conversation (12)", "Discussion (12)"],
 "de": ["12 Kommentare", "Kommentare (12)", "12 Gedanken zu „Brücke“", "12 Antworten auf „Brücke“", "Leserkommentare (12)", "12 Leserbriefe", "Diskussion (12)"],
 "fr": ["12 commentaires", "Commentaires (12)", "12 réflexions sur « Pont »", "12 réponses à « Pont »", "12 réactions", "Réactions (12)"],
 "es": ["12 comentarios", "Comentarios (12)", "12 pensamientos sobre “Puente”", "12 respuestas a “Puente”", "12 opiniones"],
 "it": ["12 commenti", "Commenti (12)", "12 pensieri su “Ponte”", "12 risposte a “Ponte”"],
 "pt": ["12 comentários", "Comentários (12)", "12 pensamentos sobre “Ponte”", "12 respostas para “Ponte”"],
 "nl": ["12 reacties", "Reacties (12)", "12 gedachten over “Brug”", "12 reacties op “Brug”"],
 "pl": ["12 komentarzy", "Komentarze (12)", "12 odpowiedzi na „Most”", "3 komentarze"],
 "sv": ["12 kommentarer", "Kommentarer (12)", "12 svar på ”Bron”"],
 "da": ["12 kommentarer", "12 svar til “Broen”"],
 "fi": ["12 kommenttia", "Kommentit (12)"],
 "cs": ["12 komentářů", "Komentáře (12)", "3 komentáře"],
 "tr": ["12 yorum", "Yorumlar (12)"],
 "ro": ["12 comentarii", "Comentarii (12)"],
 "hu": ["12 hozzászólás", "12 komment"],
 "ru": ["12 комментариев", "Комментарии (12)", "3 комментария"],
 "el": ["12 σχόλια", "Σχόλια (12)"],
}


NOTICE_LINES = {
 "en": ["This comment was deleted.", "This comment has been removed by a moderator.", "Your comment is awaiting moderation.", "This comment is hidden."],
 "de": ["Dieser Kommentar wurde gelöscht.", "Dieser Kommentar wurde vom Moderator entfernt.", "Dein Kommentar muss noch freigegeben werden.", "Ihr Kommentar wartet auf Freischaltung."],
 "fr": ["Ce commentaire a été supprimé.", "Ce commentaire a été supprimé par un modérateur.", "Votre commentaire est en attente de modération."],
 "es": ["Este comentario fue eliminado.", "Este comentario ha sido eliminado por un moderador.", "Tu comentario está pendiente de moderación.", "Tu comentario está esperando moderación."],
 "it": ["Questo commento è stato eliminato.", "Questo commento è stato rimosso dal moderatore.", "Il tuo commento è in attesa di moderazione."],
 "pt": ["Este comentário foi removido.", "Este comentário foi excluído.", "Seu comentário está aguardando moderação.", "O seu comentário aguarda moderação."],
 "nl": ["Deze reactie is verwijderd.", "Deze reactie is verwijderd door de moderator.", "Je reactie wacht op goedkeuring.", "Uw reactie wacht op moderatie."],
 "pl": ["Ten komentarz został usunięty.", "Komentarz usunięty przez moderatora.", "Twój komentarz oczekuje na moderację."],
 "sv": ["Den här kommentaren har tagits bort.", "Kommentaren har raderats.", "Din kommentar väntar på granskning."],
 "da": ["Denne kommentar er blevet slettet.", "Din kommentar afventer godkendelse."],
 "no": ["Denne kommentaren er slettet.", "Kommentaren din venter på godkjenning."],
 "fi": ["Tämä kommentti on poistettu.", "Kommenttisi odottaa hyväksyntää."],
 "cs": ["Tento komentář byl smazán.", "Váš komentář čeká na schválení."],
 "tr": ["Bu yorum silindi.", "Yorumunuz onay bekliyor."],
 "ro": ["Acest comentariu a fost șters.", "Comentariul tău așteaptă moderarea."],
 "ru": ["Комментарий удалён.", "Ваш комментарий ожидает проверки."],
}


BADGE_LINES = {"many": ["Top Fan", "Top-Fan", "Fan destacado", "Super fan", "Verified", "Author", "Autor", "Auteur", "Autore", "Moderator", "Modérateur", "Moderador", "Moderatore", "Redaktion", "Rédaction", "Redacción", "Redazione", "Redactie", "Redação", "Staff", "Abonnent", "Abonné", "Suscriptor", "Abbonato", "Assinante", "Abonnee"]}
REPLIES = {
 "all": ["In reply to Anna Berg", "Antwort an Anna Berg", "Als Antwort auf Anna Berg", "En réponse à Anna Berg", "Réponse à Anna Berg", "En respuesta a Anna Berg", "Respuesta a Anna Berg", "In risposta a Anna Berg", "Risposta a Anna Berg", "Em resposta a Anna Berg", "Resposta para Anna Berg", "Als antwoord op Anna Berg", "Reactie op Anna Berg", "W odpowiedzi na Anna Berg", "Odpowiedź dla Anna Berg", "Svar till Anna Berg", "Svar til Anna Berg", "Vastaus käyttäjälle Anna Berg", "Odpověď pro Anna Berg", "Yanıt: Anna Berg", "Răspuns pentru Anna Berg", "Ответ для Anna Berg", "Replying to @Anna Berg"],
}


REPLY_MARKERS = {
 "many": ["In reply to Anna Berg", "Antwort an Anna Berg", "Als Antwort auf Anna Berg", "En réponse à Anna Berg", "Réponse à Anna Berg", "En respuesta a Anna Berg", "Respuesta a Anna Berg", "In risposta a Anna Berg", "Risposta a Anna Berg", "Em resposta a Anna Berg", "Resposta para Anna Berg", "Als antwoord op Anna Berg", "Reactie op Anna Berg", "W odpowiedzi na Anna Berg", "Odpowiedź dla Anna Berg", "Svar till Anna Berg", "Svar til Anna Berg", "Vastaus käyttäjälle Anna Berg", "Odpověď pro Anna Berg", "Yanıt: Anna Berg", "Răspuns pentru Anna Berg", "Ответ для Anna Berg", "Replying to @Anna Berg"],
}


FORM_LINES = {
 "en": ["Leave a Reply", "Cancel reply", "Your email address will not be published.", "Required fields are marked *", "Comment *", "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"],
 "de": ["Schreibe einen Kommentar", "Antworten abbrechen", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Erforderliche Felder sind mit * markiert", "Kommentar *", "Name *", "E-Mail *", "Website", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.", "Kommentar abschicken"],
 "fr": ["Laisser un commentaire", "Annuler la réponse", "Votre adresse e-mail ne sera pas publiée.", "Les champs obligatoires sont indiqués avec *", "Commentaire *", "Nom *", "E-mail *", "Site web", "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.", "Laisser un commentaire"],
 "es": ["Deja una respuesta", "Cancelar la respuesta", "Tu dirección de correo electrónico no será publicada.", "Los campos obligatorios están marcados con *", "Comentario *", "Nombre *", "Correo electrónico *", "Web", "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.", "Publicar el comentario"],
 "it": ["Lascia un commento", "Annulla risposta", "Il tuo indirizzo email non sarà pubblicato.", "I campi obbligatori sono contrassegnati *", "Commento *", "Nome *", "Email *", "Sito web", "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.", "Pubblica il commento"],
 "pt": ["Deixe um comentário", "Cancelar resposta", "O seu endereço de email não será publicado.", "Campos obrigatórios são marcados com *", "Comentário *", "Nome *", "Email *", "Site", "Guardar o meu nome, email e site neste navegador para a próxima vez que eu comentar.", "Publicar comentário"],
 "nl": ["Geef een reactie", "Reactie annuleren", "Je e-mailadres wordt niet gepubliceerd.", "Vereiste velden zijn gemarkeerd met *", "Reactie *", "Naam *", "E-mail *", "Site", "Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats.", "Reactie plaatsen"],
 "pl": ["Dodaj komentarz", "Anuluj pisanie odpowiedzi", "Twój adres e-mail nie zostanie opublikowany.", "Wymagane pola są oznaczone *", "Komentarz *", "Nazwa *", "E-mail *", "Witryna internetowa", "Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.", "Opublikuj komentarz"],
 "sv": ["Lämna ett svar", "Avbryt svar", "Din e-postadress kommer inte publiceras.", "Obligatoriska fält är märkta *", "Kommentar *", "Namn *", "E-postadress *", "Webbplats", "Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.", "Publicera kommentar"],
 "da": ["Skriv et svar", "Annuller svar", "Din e-mailadresse vil ikke blive publiceret.", "Krævede felter er markeret med *", "Kommentar *", "Navn *", "E-mail *", "Websted", "Gem mit navn, mail og websted i denne browser til næste gang jeg kommenterer.", "Send kommentar"],
 "fi": ["Peruuta vastaus", "Sähköpostiosoitettasi ei julkaista.", "Pakolliset kentät on merkitty *", "Kommentti *", "Nimi *", "Sähköposti *", "Kotisivu", "Tallenna nimeni, sähköpostiosoitteeni ja kotisivuni tähän selaimeen seuraavaa kommenttiani varten.", "Lähetä kommentti"],
 "cs": ["Napsat komentář", "Zrušit odpověď na komentář", "Vaše e-mailová adresa nebude zveřejněna.", "Vyžadované informace jsou označeny *", "Komentář *", "Jméno *", "E-mail *", "Webová stránka", "Uložit do prohlížeče jméno, e-mail a webovou stránku pro budoucí komentáře.", "Odeslat komentář"],
 "ro": ["Lasă un răspuns", "Anulează răspunsul", "Adresa ta de email nu va fi publicată.", "Câmpurile obligatorii sunt marcate cu *", "Comentariu *", "Nume *", "Email *", "Site web", "Salvează-mi numele, emailul și site-ul web în acest navigator pentru data viitoare când o să comentez.", "Publică comentariul"],
 "tr": ["Bir yanıt yazın", "Yanıtı iptal et", "E-posta adresiniz yayınlanmayacak.", "Gerekli alanlar * ile işaretlenmişlerdir", "Yorum *", "Ad *", "E-posta *", "İnternet sitesi", "Bir dahaki sefere yorum yaptığımda kullanılmak üzere adımı, e-posta adresimi ve web site adresimi bu tarayıcıya kaydet.", "Yorum gönder"],
 "hu": ["Válasz megszakítása", "Az e-mail címet nem tesszük közzé.", "A kötelező mezőket * karakterrel jelöltük", "Hozzászólás *", "Név *", "E-mail cím *", "Honlap", "A nevem, e-mail címem, és weboldalcímem mentése a következő hozzászólásomhoz.", "Hozzászólás küldése"],
 "ru": ["Добавить комментарий", "Отменить ответ", "Ваш адрес email не будет опубликован.", "Обязательные поля помечены *", "Комментарий *", "Имя *", "Email *", "Сайт", "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.", "Отправить комментарий"],
}


def widget_ok(line: str) -> bool:
    return classify(0, line).kind != TEXT or is_timestamp(line)


def author_ok(line: str) -> bool:
    found = explicit_author(line)
    return (found is not None and found.name == NAME) or quote_target(line) == NAME


def reply_ok(line: str) -> bool:
    return (quote_target(line) or "").lstrip("@") == NAME


def count_ok(line: str) -> bool:
    found = classify(0, line)
    return found.kind == COUNT and found.count in (3, 12)


CHECKS = {
    "widget lines": (WIDGET_LINES, widget_ok),
    "comment times": (COMMENT_TIMES, is_timestamp),
    "author lines": (AUTHOR_LINES, author_ok),
    "count lines": (COUNT_LINES, count_ok),
    "comment form": (FORM_LINES, widget_ok),  # WordPress core's form in its own translations
    "notices": (NOTICE_LINES, widget_ok),  # deleted / awaiting moderation
    "badges": (BADGE_LINES, widget_ok),
    "reply markers": (REPLY_MARKERS, reply_ok),
}


def main() -> int:
    total = read = 0
    for kind, (lists, ok) in CHECKS.items():
        misses = {lang: [line for line in lines if not ok(line)] for lang, lines in lists.items()}
        n = sum(map(len, lists.values()))
        missed = sum(map(len, misses.values()))
        total, read = total + n, read + n - missed
        where = f"{len(lists)} languages" if len(lists) > 1 else "many languages in one list"
        print(f"{kind:14} {n - missed:4d} of {n:4d} read ({where})")
        for lang, lines in misses.items():
            if lines:
                print(f"    {lang}: " + "; ".join(lines))
    print(f"{'all':14} {read:4d} of {total:4d} read")
    return 0


if __name__ == "__main__":
    sys.exit(main())
