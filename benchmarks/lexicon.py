"""Word lists and sentence templates for the synthetic benchmark corpus.

Data only (see make_corpus.py for the generator). Each language has sentence
templates whose slots are filled from its own word lists, so langdetect sees
real function words, and English sentences name people, organisations and
places the way news copy does, so spaCy's NER has work to do.

Slots: {P} person, {O} organisation, {G} place, {N} number, {D} day,
{n} noun, {a} adjective, {v} verb (past tense / participle as the template needs).
"""

# -- English ---------------------------------------------------------------
EN_FIRST = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
    "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
    "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa",
    "Anthony", "Margaret", "Mark", "Sandra", "Steven", "Ashley", "Paul", "Emily",
    "Andrew", "Donna", "Kenneth", "Michelle", "Kevin", "Carol", "Brian", "Amanda",
)
EN_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
    "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
    "Carter", "Mitchell", "Roberts", "Phillips", "Campbell", "Parker", "Evans",
)
EN_ORGS = (
    "the United Nations", "the European Union", "the World Bank", "NATO",
    "the Federal Reserve", "the Pentagon", "the State Department", "Microsoft",
    "Google", "Goldman Sachs", "the Associated Press", "Reuters", "the BBC",
    "the Supreme Court", "the Senate Intelligence Committee", "Amnesty International",
    "the International Monetary Fund", "Exxon Mobil", "Boeing", "the FBI", "the CIA",
    "the Department of Justice", "Harvard University", "the Red Cross", "Toyota",
    "the Democratic Party", "the Republican National Committee", "Pfizer", "Apple",
    "the World Health Organization", "General Motors", "the Bank of England",
)
EN_PLACES = (
    "Washington", "New York", "London", "Paris", "Berlin", "Moscow", "Beijing",
    "Tokyo", "Seoul", "Pyongyang", "Brussels", "Geneva", "Chicago", "Texas",
    "California", "Florida", "Ohio", "Syria", "Iran", "Ukraine", "China", "Russia",
    "Japan", "Canada", "Mexico", "Germany", "France", "Italy", "Spain", "Brazil",
    "India", "Israel", "Turkey", "Egypt", "Australia", "Singapore", "Boston", "Miami",
)
EN_NORP = ("American", "Russian", "Chinese", "European", "British", "French",
           "German", "Japanese", "Korean", "Iranian", "Democratic", "Republican")
EN_NOUNS = (
    "government", "economy", "election", "policy", "report", "agreement", "market",
    "investigation", "budget", "summit", "proposal", "deal", "crisis", "campaign",
    "court", "decision", "company", "program", "plan", "vote", "administration",
    "conflict", "sanctions", "treaty", "protest", "law", "committee", "survey",
    "industry", "community", "hospital", "school", "minister", "strategy", "debate",
)
EN_ADJ = (
    "new", "major", "significant", "controversial", "recent", "political", "economic",
    "public", "international", "national", "local", "serious", "official", "final",
    "strong", "weak", "unexpected", "historic", "secret", "former", "senior", "key",
)
EN_VERBS = (
    "announced", "rejected", "approved", "criticized", "supported", "delayed",
    "questioned", "defended", "reviewed", "blocked", "welcomed", "revealed",
    "challenged", "signed", "proposed", "confirmed", "denied", "investigated",
)
EN_TEMPLATES = (
    "{P} said on {D} that the {a} {n} would not change the position of {O}.",
    "According to {O}, the {n} in {G} has been {v} by officials after weeks of talks.",
    "Officials in {G} {v} the {a} {n} on {D}, a move that surprised many observers.",
    "{P}, a spokesperson for {O}, told reporters that the {n} was {a} and long overdue.",
    "The {a} {n} comes as {O} faces growing pressure from critics in {G}.",
    "It is not clear whether {P} will attend the {n} in {G} next month.",
    "{P} and {P} met in {G} to discuss the {a} {n}, according to people familiar with the matter.",
    "More than {N} people took part in the {n} in {G} on {D}.",
    "Critics argue that the {n} does little to address the concerns raised by {O}.",
    "In a statement, {O} said it had {v} the {n} and would respond in due course.",
    "The {NORP} government has {v} the {a} {n}, which analysts say could cost {N} million dollars.",
    "{P} wrote in a letter to {O} that the {n} was a mistake.",
    "Analysts at {O} expect the {n} to affect markets in {G} and {G}.",
    "When asked about the {n}, {P} declined to comment.",
    "The {n} was first reported by {O} on {D}.",
    "Supporters of the {n} say it will create jobs, while opponents warn of {a} consequences.",
    "{P} has been a vocal critic of the {n} since it was {v} last year.",
    "There is little doubt that the {a} {n} will dominate the debate in {G} for weeks.",
    "This is the {a} time that {O} has {v} such a {n}.",
    "Residents of {G} said they were worried about what the {n} would mean for their families.",
    "The {NORP} delegation, led by {P}, arrived in {G} on {D}.",
    "Nobody expected the {n} to be {v} so quickly, but the vote was {a}.",
    "Earlier this year, {P} {v} a similar {n} that would have given {O} more power.",
    "The decision by {O} drew an angry response from {P}, who called it {a}.",
)

# -- German ----------------------------------------------------------------
DE_FIRST = ("Thomas", "Anna", "Michael", "Julia", "Stefan", "Katrin", "Andreas", "Sabine",
            "Jürgen", "Petra", "Markus", "Claudia", "Wolfgang", "Ursula", "Frank", "Monika")
DE_LAST = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann")
DE_ORGS = ("die Bundesregierung", "der Bundestag", "die Europäische Union", "die Deutsche Bahn",
           "die Bundesbank", "die Gewerkschaft Verdi", "der Verfassungsschutz", "Siemens",
           "die Stadtverwaltung", "das Auswärtige Amt")
DE_PLACES = ("Berlin", "München", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Dresden",
             "Leipzig", "Brüssel", "Wien", "Zürich", "Bayern", "Sachsen")
DE_NOUNS = ("Regierung", "Entscheidung", "Wirtschaft", "Wahl", "Reform", "Einigung",
            "Untersuchung", "Haushalt", "Debatte", "Krise", "Verhandlung", "Forderung")
DE_ADJ = ("neue", "wichtige", "umstrittene", "politische", "wirtschaftliche", "große",
          "schwierige", "überraschende", "öffentliche", "lange")
DE_VERBS = ("kritisiert", "beschlossen", "abgelehnt", "angekündigt", "verschoben",
            "unterstützt", "bestätigt", "geprüft")
DE_TEMPLATES = (
    "{P} sagte am {D}, dass die {a} {n} nicht mehr aufgehalten werden könne.",
    "Nach Angaben von {O} wurde die {n} in {G} am Ende der Woche {v}.",
    "Die {a} {n} hat in {G} für viel Aufregung gesorgt, weil niemand damit gerechnet hatte.",
    "Es ist noch nicht klar, ob {P} an der Sitzung in {G} teilnehmen wird.",
    "Mehr als {N} Menschen haben sich am {D} an der Kundgebung in {G} beteiligt.",
    "Kritiker werfen {O} vor, die {n} viel zu spät {v} zu haben.",
    "Wie {P} gegenüber der Zeitung erklärte, sei die {n} auch für die Bürger von großer Bedeutung.",
    "In einer Stellungnahme hieß es, man habe die {n} sorgfältig {v} und werde bald reagieren.",
    "Die Opposition hat die {a} {n} scharf {v} und fordert nun weitere Gespräche.",
    "Bis zum Ende des Jahres soll die {n} in allen Ländern umgesetzt werden.",
    "Für viele Familien in {G} bedeutet das vor allem höhere Kosten und mehr Unsicherheit.",
    "Nach Ansicht von Experten wird die {n} noch lange für Streit sorgen.",
)

# -- French ----------------------------------------------------------------
FR_FIRST = ("Jean", "Marie", "Pierre", "Sophie", "Nicolas", "Isabelle", "François",
            "Nathalie", "Philippe", "Catherine", "Laurent", "Céline", "Olivier", "Claire")
FR_LAST = ("Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent",
           "Simon", "Michel", "Leroy", "Roux", "Fournier", "Girard", "Bonnet")
FR_ORGS = ("le gouvernement", "l'Assemblée nationale", "l'Union européenne", "la SNCF",
           "le ministère de l'Intérieur", "la mairie", "le Conseil constitutionnel",
           "la CGT", "la Banque de France")
FR_PLACES = ("Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes",
             "Strasbourg", "Bruxelles", "Genève", "la Bretagne", "la Normandie")
FR_NOUNS = ("réforme", "décision", "élection", "proposition", "enquête", "crise",
            "négociation", "manifestation", "loi", "situation", "politique", "économie")
FR_ADJ = ("nouvelle", "importante", "controversée", "politique", "économique", "grande",
          "difficile", "surprenante", "publique", "longue")
FR_VERBS = ("critiqué", "adopté", "rejeté", "annoncé", "reporté", "soutenu", "confirmé",
            "examiné")
FR_TEMPLATES = (
    "{P} a déclaré {D} que la {a} {n} ne serait pas remise en cause.",
    "Selon {O}, la {n} à {G} a été {v} après plusieurs semaines de discussions.",
    "La {a} {n} a provoqué une vive inquiétude chez les habitants de {G}.",
    "Il n'est pas encore certain que {P} participe à la réunion prévue à {G}.",
    "Plus de {N} personnes ont participé à la manifestation de {G} {D}.",
    "Les critiques reprochent au gouvernement d'avoir {v} la {n} beaucoup trop tard.",
    "Comme l'a expliqué {P} au journal, cette {n} est aussi très importante pour les citoyens.",
    "Dans un communiqué, {O} a indiqué avoir {v} la {n} avec la plus grande attention.",
    "L'opposition a vivement {v} cette {n} et demande de nouvelles discussions.",
    "D'ici la fin de l'année, la {n} devrait être appliquée dans toutes les régions.",
    "Pour beaucoup de familles de {G}, cela signifie surtout des coûts plus élevés.",
    "Selon les experts, cette {n} va encore alimenter le débat pendant longtemps.",
)

# -- Spanish ---------------------------------------------------------------
ES_FIRST = ("José", "María", "Antonio", "Carmen", "Manuel", "Ana", "Francisco", "Laura",
            "Javier", "Lucía", "Carlos", "Elena", "Miguel", "Isabel")
ES_LAST = ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
           "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz")
ES_ORGS = ("el Gobierno", "el Congreso de los Diputados", "la Unión Europea", "el Banco de España",
           "el Ayuntamiento", "el Tribunal Supremo", "el Ministerio de Sanidad", "Telefónica")
ES_PLACES = ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza",
             "Andalucía", "Cataluña", "Galicia", "Buenos Aires", "Ciudad de México")
ES_NOUNS = ("reforma", "decisión", "elección", "propuesta", "investigación", "crisis",
            "negociación", "manifestación", "ley", "situación", "política", "economía")
ES_ADJ = ("nueva", "importante", "polémica", "política", "económica", "gran", "difícil",
          "sorprendente", "pública", "larga")
ES_VERBS = ("criticado", "aprobado", "rechazado", "anunciado", "aplazado", "apoyado",
            "confirmado", "estudiado")
ES_TEMPLATES = (
    "{P} aseguró el {D} que la {a} {n} no se va a modificar.",
    "Según {O}, la {n} en {G} ha sido {v} tras varias semanas de negociaciones.",
    "La {a} {n} ha generado una gran preocupación entre los vecinos de {G}.",
    "Todavía no está claro si {P} asistirá a la reunión prevista en {G}.",
    "Más de {N} personas participaron el {D} en la manifestación de {G}.",
    "Los críticos acusan al Gobierno de haber {v} la {n} demasiado tarde.",
    "Como explicó {P} a este periódico, la {n} también es muy importante para los ciudadanos.",
    "En un comunicado, {O} indicó que había {v} la {n} con la máxima atención.",
    "La oposición ha {v} duramente esta {n} y pide nuevas conversaciones.",
    "Antes de que termine el año, la {n} deberá aplicarse en todas las comunidades.",
    "Para muchas familias de {G}, esto significa sobre todo unos costes más altos.",
    "Según los expertos, esta {n} seguirá alimentando el debate durante mucho tiempo.",
)

# -- Italian ---------------------------------------------------------------
IT_FIRST = ("Giuseppe", "Maria", "Giovanni", "Anna", "Luca", "Francesca", "Marco", "Giulia",
            "Alessandro", "Chiara", "Andrea", "Paola", "Roberto", "Elena")
IT_LAST = ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca")
IT_ORGS = ("il governo", "il Parlamento", "l'Unione europea", "la Banca d'Italia",
           "il Comune", "la Corte costituzionale", "il ministero della Salute", "la Fiat")
IT_PLACES = ("Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna",
             "Firenze", "Venezia", "la Sicilia", "la Lombardia", "la Toscana")
IT_NOUNS = ("riforma", "decisione", "elezione", "proposta", "inchiesta", "crisi",
            "trattativa", "manifestazione", "legge", "situazione", "politica", "economia")
IT_ADJ = ("nuova", "importante", "controversa", "politica", "economica", "grande",
          "difficile", "sorprendente", "pubblica", "lunga")
IT_VERBS = ("criticato", "approvato", "respinto", "annunciato", "rinviato", "sostenuto",
            "confermato", "esaminato")
IT_TEMPLATES = (
    "{P} ha dichiarato {D} che la {a} {n} non sarà modificata.",
    "Secondo {O}, la {n} a {G} è stata {v} dopo diverse settimane di discussioni.",
    "La {a} {n} ha suscitato una forte preoccupazione tra gli abitanti di {G}.",
    "Non è ancora chiaro se {P} parteciperà alla riunione prevista a {G}.",
    "Più di {N} persone hanno partecipato {D} alla manifestazione di {G}.",
    "I critici accusano il governo di aver {v} la {n} troppo tardi.",
    "Come ha spiegato {P} al nostro giornale, la {n} è molto importante anche per i cittadini.",
    "In una nota, {O} ha fatto sapere di aver {v} la {n} con la massima attenzione.",
    "L'opposizione ha duramente {v} questa {n} e chiede nuovi incontri.",
    "Entro la fine dell'anno la {n} dovrà essere applicata in tutte le regioni.",
    "Per molte famiglie di {G} questo significa soprattutto costi più alti.",
    "Secondo gli esperti, questa {n} continuerà ad alimentare il dibattito a lungo.",
)

DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}

LANGUAGES = {
    "en": dict(first=EN_FIRST, last=EN_LAST, orgs=EN_ORGS, places=EN_PLACES, nouns=EN_NOUNS,
               adj=EN_ADJ, verbs=EN_VERBS, templates=EN_TEMPLATES, norp=EN_NORP),
    "de": dict(first=DE_FIRST, last=DE_LAST, orgs=DE_ORGS, places=DE_PLACES, nouns=DE_NOUNS,
               adj=DE_ADJ, verbs=DE_VERBS, templates=DE_TEMPLATES, norp=()),
    "fr": dict(first=FR_FIRST, last=FR_LAST, orgs=FR_ORGS, places=FR_PLACES, nouns=FR_NOUNS,
               adj=FR_ADJ, verbs=FR_VERBS, templates=FR_TEMPLATES, norp=()),
    "es": dict(first=ES_FIRST, last=ES_LAST, orgs=ES_ORGS, places=ES_PLACES, nouns=ES_NOUNS,
               adj=ES_ADJ, verbs=ES_VERBS, templates=ES_TEMPLATES, norp=()),
    "it": dict(first=IT_FIRST, last=IT_LAST, orgs=IT_ORGS, places=IT_PLACES, nouns=IT_NOUNS,
               adj=IT_ADJ, verbs=IT_VERBS, templates=IT_TEMPLATES, norp=()),
}

# Share of articles per language: an English-language outlet's year, with foreign copy.
LANGUAGE_WEIGHTS = (("en", 70), ("de", 8), ("fr", 8), ("es", 7), ("it", 7))

# Reader comments (English: what the comment sections of the seeds look like).
COMMENT_SENTENCES = (
    "I don't think this will change anything.",
    "Great article, thanks for writing it.",
    "So haters, what now?",
    "This is exactly what I said last week.",
    "Who is paying for all of this?",
    "The media never tells the whole story.",
    "Did anyone actually read the report?",
    "I agree with the author, but the conclusion is too optimistic.",
    "Typical politicians, all talk and no action.",
    "Source please.",
    "This has been going on for years and nobody cares.",
    "Exactly, they will never admit it.",
    "I apologise, I misunderstood your point.",
    "First, the goals are not important. Second, nobody will enforce it.",
    "Let's wait and see what happens next month.",
    "Well said.",
    "The same thing happened in my town.",
    "You are completely wrong about the numbers.",
)
COMMENT_HANDLES = (
    "velociraptor", "this name is better", "IOLANTOH", "paul ( original )", "The Latin Mass",
    "RichardD", "truthseeker99", "Anonymous", "Guest", "mike_from_ohio", "Sandra K.",
    "oldschool", "J. Walker", "realist", "NoMoreWars", "kate_b",
)

PUBLISHERS = (
    ("Palmer Report", "palmerreport.com"), ("World Socialist Web Site", "wsws.org"),
    ("The Slatest", "slate.com"), ("Strategic Culture", "strategic-culture.org"),
    ("Daily Dispatch", "dailydispatch.example"), ("The Herald Tribune", "heraldtribune.example"),
    ("Morning Ledger", "morningledger.example"), ("Northern Post", "northernpost.example"),
    ("Rheinische Rundschau", "rundschau.example.de"), ("Le Quotidien", "lequotidien.example.fr"),
    ("El Diario Central", "diariocentral.example.es"), ("Il Corriere Civico", "corrierecivico.example.it"),
)

# Noise lines scrapers keep around the article body.
BOILERPLATE = (
    "Share this:", "Click to share on Twitter (Opens in new window)",
    "Click to share on Facebook (Opens in new window)", "Subscribe to our newsletter",
    "Advertisement", "Related: {title}", "Photo: AP", "Image credit: Getty Images",
    "Follow us on Twitter", "We use cookies to improve your experience. Accept",
    "© 2018 {publisher}. All rights reserved.", "Read more:", "Tags: politics, world",
)
