"""What MyBB, Flarum, NodeBB, Vanilla, Lemmy and Discourse's post controls print, per language,
for benchmarks/eval_forums.py (its tables for phpBB, XenForo, SMF, vBulletin, Discourse quotes
and Invision stand in that file). Written from the packages' default themes and language packs
as a browser copy shows them; data only."""

RELATIVE_HOURS = {  # '3 hours ago' as Flarum, Lemmy and NodeBB print a recent time
    "en": "{} hours ago", "de": "vor {} Stunden", "fr": "il y a {} heures", "es": "hace {} horas",
    "it": "{} ore fa", "pt": "há {} horas", "nl": "{} uur geleden",
}
THOUSANDS = {"en": ",", "de": ".", "fr": "\u202f", "es": ".", "it": ".", "pt": ".", "nl": "."}

MYBB = {  # rank, guest title, posts, threads, joined, reputation, post number, 'X Wrote:', find, buttons
    "en": ("Senior Member", "Unregistered", "Posts: {}", "Threads: {}", "Joined: Mar 2015", "Reputation: {}",
           "Post: #{}", "{} Wrote:", "Find", "Reply Quote Report"),
    "de": ("Erfahrenes Mitglied", "Unregistriert", "Beiträge: {}", "Themen: {}", "Registriert seit: Mar 2015",
           "Bewertung: {}", "Beitrag: #{}", "{} schrieb:", "Suchen", "Antworten Zitieren Melden"),
    "fr": ("Membre confirmé", "Non enregistré", "Messages : {}", "Sujets : {}", "Inscription : mars 2015",
           "Réputation : {}", "Message : #{}", "{} a écrit :", "Trouver", "Répondre Citer Signaler"),
    "es": ("Miembro Senior", "No registrado", "Mensajes: {}", "Temas: {}", "Registro en: mar 2015",
           "Reputación: {}", "Mensaje: #{}", "{} escribió:", "Buscar", "Responder Citar Reportar"),
    "it": ("Utente Senior", "Non registrato", "Messaggi: {}", "Discussioni: {}", "Registrato: Mar 2015",
           "Reputazione: {}", "Messaggio: #{}", "{} ha scritto:", "Cerca", "Rispondi Cita Segnala"),
    "pt": ("Membro Sênior", "Não registrado", "Mensagens: {}", "Tópicos: {}", "Registrado em: Mar 2015",
           "Reputação: {}", "Mensagem: #{}", "{} escreveu:", "Procurar", "Responder Citar Denunciar"),
    "nl": ("Senior lid", "Niet geregistreerd", "Berichten: {}", "Onderwerpen: {}", "Lid sinds: mrt 2015",
           "Reputatie: {}", "Bericht: #{}", "{} schreef:", "Zoeken", "Beantwoorden Citeren Rapporteren"),
}
MYBB_DAY = {"en": "12-04-2026, {} AM", "de": "04.12.2026, {}", "fr": "04-12-2026, {}", "es": "04-12-2026, {}",
            "it": "04-12-2026, {}", "pt": "04-12-2026, {}", "nl": "04-12-2026, {}"}

FLARUM = {  # like, reply, '{users} liked this.', 'and', '{n} others', '{user} replied to this.', composer
    "en": ("Like", "Reply", "{} liked this.", "and", "{} others", "{} replied to this.", "Write a Reply..."),
    "de": ("Gefällt mir", "Antworten", "{} gefällt das.", "und", "{} anderen", "{} hat darauf geantwortet.",
           "Schreibe eine Antwort..."),
    "fr": ("J'aime", "Répondre", "{} ont aimé ceci.", "et", "{} autres", "{} a répondu à ceci.",
           "Écrire une réponse..."),
    "es": ("Me gusta", "Responder", "A {} les gusta esto.", "y", "{} más", "{} respondió a esto.",
           "Escribe una respuesta..."),
    "it": ("Mi piace", "Rispondi", "A {} piace questo.", "e", "altri {}", "{} ha risposto a questo.",
           "Scrivi una risposta..."),
    "pt": ("Curtir", "Responder", "{} curtiram isto.", "e", "{} outros", "{} respondeu a isto.",
           "Escreva uma resposta..."),
    "nl": ("Vind ik leuk", "Beantwoorden", "{} vinden dit leuk.", "en", "{} anderen", "{} reageerde hierop.",
           "Schrijf een reactie..."),
}
FLARUM_TAG = {"en": "General", "de": "Allgemein", "fr": "Général", "es": "General", "it": "Generale",
              "pt": "Geral", "nl": "Algemeen"}

NODEBB = {  # topic stats, 'wrote on', 'last edited by', ('1 Reply', 'N Replies'), quote header, buttons
    "en": ("{} Posts {} Posters {} Views", "wrote on {}", "last edited by {} {}", ("1 Reply", "{} Replies"),
           "@{} said in {}:", "Reply Quote"),
    "de": ("{} Beiträge {} Kommentatoren {} Aufrufe", "schrieb am {}", "zuletzt editiert von {} {}",
           ("1 Antwort", "{} Antworten"), "@{} sagte in {}:", "Antworten Zitieren"),
    "fr": ("{} Messages {} Participants {} Vues", "a écrit le {}", "dernière modification par {} {}",
           ("1 réponse", "{} réponses"), "@{} a dit dans {} :", "Répondre Citer"),
    "es": ("{} Mensajes {} Autores {} Visitas", "escribió el {}", "editado por última vez por {} {}",
           ("1 respuesta", "{} respuestas"), "@{} dijo en {}:", "Responder Citar"),
    "it": ("{} Post {} Autori {} Visualizzazioni", "ha scritto il {}", "ultima modifica di {} {}",
           ("1 risposta", "{} risposte"), "@{} ha detto in {}:", "Rispondi Cita"),
    "pt": ("{} Posts {} Autores {} Visualizações", "escreveu em {}", "última edição por {} {}",
           ("1 resposta", "{} respostas"), "@{} disse em {}:", "Responder Citar"),
    "nl": ("{} Berichten {} Schrijvers {} Weergaven", "schreef op {}", "laatst bewerkt door {} {}",
           ("1 antwoord", "{} antwoorden"), "@{} zei in {}:", "Antwoorden Citeren"),
}

VANILLA = {  # 'X said:', reactions row, comments tab, 'edited'
    "en": ("{} said:", "Quote Flag Insightful Awesome LOL", "Comments", "edited {}"),
    "de": ("{} sagte:", "Zitieren Melden Aufschlussreich Super LOL", "Kommentare", "bearbeitet {}"),
    "fr": ("{} a dit :", "Citer Signaler Pertinent Génial LOL", "Commentaires", "modifié {}"),
    "es": ("{} dijo:", "Citar Marcar Perspicaz Genial LOL", "Comentarios", "editado {}"),
    "it": ("{} ha detto:", "Cita Segnala Perspicace Fantastico LOL", "Commenti", "modificato {}"),
    "pt": ("{} disse:", "Citar Denunciar Perspicaz Incrível LOL", "Comentários", "editado {}"),
    "nl": ("{} zei:", "Citeren Markeren Inzichtelijk Geweldig LOL", "Reacties", "bewerkt {}"),
}

LEMMY = {  # 'submitted AGO by X to c/NAME', 'N points', 'N comments', reply / report row
    "en": ("submitted {} by {} to c/{}", "{} points", "{} comments", "reply report"),
    "de": ("eingereicht {} von {} in c/{}", "{} Punkte", "{} Kommentare", "antworten melden"),
    "fr": ("soumis {} par {} dans c/{}", "{} points", "{} commentaires", "répondre signaler"),
    "es": ("enviado {} por {} a c/{}", "{} puntos", "{} comentarios", "responder reportar"),
    "it": ("inviato {} da {} in c/{}", "{} punti", "{} commenti", "rispondi segnala"),
    "pt": ("enviado {} por {} para c/{}", "{} pontos", "{} comentários", "responder denunciar"),
    "nl": ("ingediend {} door {} in c/{}", "{} punten", "{} reacties", "antwoorden rapporteren"),
}
LEMMY_COMMUNITY = {"en": "news", "de": "nachrichten", "fr": "actualites", "es": "noticias", "it": "notizie",
                   "pt": "noticias", "nl": "nieuws"}

DISCOURSE_TABS = {  # reply button, ('1 Reply', 'N Replies'), topic map labels, last reply value
    "en": ("Reply", ("1 Reply", "{} Replies"), ("created", "last reply", "replies", "views", "users"), "3h"),
    "de": ("Antworten", ("1 Antwort", "{} Antworten"), ("erstellt", "letzte Antwort", "Antworten", "Aufrufe",
                                                      "Benutzer"), "3 Std."),
    "fr": ("Répondre", ("1 réponse", "{} réponses"), ("créé", "dernière réponse", "réponses", "vues",
                                                     "utilisateurs"), "3 h"),
    "es": ("Responder", ("1 respuesta", "{} respuestas"), ("creado", "última respuesta", "respuestas", "vistas",
                                                          "usuarios"), "3 h"),
    "it": ("Rispondi", ("1 risposta", "{} risposte"), ("creato", "ultima risposta", "risposte",
                                                      "visualizzazioni", "utenti"), "3 h"),
    "pt": ("Responder", ("1 resposta", "{} respostas"), ("criado", "última resposta", "respostas",
                                                        "visualizações", "utilizadores"), "3 h"),
    "nl": ("Beantwoorden", ("1 antwoord", "{} antwoorden"), ("gemaakt", "laatste reactie", "reacties",
                                                            "weergaven", "gebruikers"), "3 u"),
}

KUNENA = {  # Kunena 5/6 (Joomla): 'Posts: {}', the post's day, 'X wrote:', 'Last edit: %s by %s.', the readers
    # who thanked, the message buttons as a browser copy sets them apart, the footer's page time (None: not
    # printed). From Kunena's language files (COM_KUNENA_POSTS, COM_KUNENA_EDITING_LASTEDIT_ON_BY,
    # COM_KUNENA_THANKYOU, COM_KUNENA_BUTTON_MESSAGE_*, COM_KUNENA_VIEW_COMMON_FOOTER_TIME) where they were read
    # (en, de, fr, es; the buttons and thanks line of it, pt, nl too); the rest as the packages' usual wording.
    "en": ("Posts: {}", "04 Dec 2026", "{} wrote:", "Last edit: {} by {}.", "The following user(s) said Thank You: {}",
           "Reply  Quote  Thank You  Report This", "Time to create page: 0.318 seconds"),
    "de": ("Beiträge: {}", "04 Dez 2026", "{} schrieb:", "Letzte Änderung: {} von {}.",
           "Folgende Benutzer bedankten sich: {}", "Antwort  Zitieren  Danke!  Melden",
           "Ladezeit der Seite: 0.318 Sekunden"),
    "fr": ("Messages : {}", "04 déc. 2026", "{} a écrit :", "Dernière édition: {} par {}.",
           "Les utilisateur(s) suivant ont remercié: {}", "Répondre  Citer  Remercier  Signaler", None),
    "es": ("Mensajes: {}", "04 Dic 2026", "{} escribió:", "Última Edición: {} por {}.",
           "El siguiente usuario dijo gracias: {}", "Responder  Citar  Gracias  Reportar esto", None),
    "it": ("Messaggi: {}", "04 Dic 2026", "{} ha scritto:", "Ultima modifica: {} da {}.",
           "I seguenti utenti hanno detto grazie: {}", "Rispondi  Cita  Grazie  Segnala", None),
    "pt": ("Mensagens: {}", "04 Dez 2026", "{} escreveu:", "Última edição: {} por {}.",
           "Os seguintes usuário(s) disseram Obrigado: {}", "Responder  Citar  Agradecimentos  Relatar Isso", None),
    "nl": ("Berichten: {}", "04 dec 2026", "{} schreef:", "Laatst bewerkt: {} door {}.",
           "De volgende gebruiker (s) zei dank u: {}", "Antwoord  Citaat  Dank u  Rapporteer dit", None),
}
# Kunena's default ranks by post count (COM_KUNENA_SAMPLEDATA_RANK1..6; its translations keep them in English)
KUNENA_RANKS = ("New Member", "Junior Member", "Senior Member", "Premium Member", "Elite Member", "Platinum Member")
