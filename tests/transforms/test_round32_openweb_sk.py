"""Round 32 (helper fix32c): OpenWeb's conversation in Catalan (ca_openweb_r32_05) and a Slovak
newspaper's own thread copied without blank lines (sk_newspaper_r32_06). The words are rules data
(comment_widgets.json, boilerplate.json, timestamps.json, metadata.json); each test below names a
behaviour the cleaner lacked for these languages, with the neighbouring languages beside it."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import CHROME, classify, quote_target
from transforms.document import build_records
from transforms.metadata import extract_byline
from transforms.rules import is_noise_line
from transforms.timestamps import is_timestamp


def _records(page: str, name: str = "page.txt"):
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- OpenWeb in Catalan ------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Inicia sessió | Registra't",
    "Què en penses?",
    "Ordena per",
    "Els millors",
    "Més recents",
    "Més antics",
    "Comparteix",  # Disqus's 'Comparteix ›' was known, OpenWeb's bare button not
    "Aquest comentari s'ha suprimit.",
    "Aquest comentari ha estat eliminat pel moderador.",
    "Mostra més comentaris",
    "Amb la tecnologia d'OpenWeb",
    "2 respostes",
    "Més llegides",
])
def test_openweb_catalan_chrome_is_no_comment_text(line):
    assert classify(0, line).kind in CHROME


@pytest.mark.parametrize("line", [  # the same widget in the languages that had it: still chrome
    "Impulsado por OpenWeb",
    "Propulsé par OpenWeb",
    "2 respuestas",
    "2 respostas",
    "Mostrar mais comentários",
    "Más leídas",
])
def test_openweb_chrome_in_other_languages_stays_chrome(line):
    assert classify(0, line).kind in CHROME


@pytest.mark.parametrize("line", [
    "PUBLICITAT",
    "LLEGIU TAMBÉ: El mercat del dissabte canvia de plaça",
    "Vegeu també: Les obres de la riera acabaran al març",
    "#festamajor #cultura #Vilanova",
    "Rep cada dia les notícies del poble. Subscriu-te al butlletí",
    "La Veu del Ter · Avís legal · Política de galetes · Contacte",
    "Condicions d'ús | Privadesa",
])
def test_catalan_page_chrome_is_body_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "#1 a la llista dels més venuts",  # a ranking, not a hashtag
    "La campanya es va fer viral amb les etiquetes #festamajor i #Vilanova.",  # a sentence
    "Els veïns llegeixen també el butlletí municipal, que arriba cada mes.",
])
def test_hashtags_and_newsletter_words_inside_prose_stay(line):
    assert not is_noise_line(line)


CA_PROSE = ("L'Ajuntament de Vilanova del Ter ampliarà l'horari de la biblioteca municipal a partir del gener. "
            "La mesura, aprovada en el ple de dimarts, permetrà obrir també els dissabtes al matí.")
CA_MORE = ("La regidora de Cultura, Montse Pujol, va explicar que la decisió respon a les peticions dels "
           "estudiants, que ara han de desplaçar-se fins a la capital de comarca per estudiar el cap de setmana.")
CA_LAST = ("El consistori contractarà una persona més a mitja jornada i revisarà l'horari a l'estiu, quan "
           "la biblioteca acostuma a tenir menys usuaris.")

CA_PAGE = f"""Vés al contingut
La Veu del Ter
Notícies
Comarca
Esports
Inicia sessió

CULTURA

La biblioteca de Vilanova del Ter obrirà els dissabtes

{CA_PROSE}

PUBLICITAT

{CA_MORE}

LLEGIU TAMBÉ: El mercat del dissabte canvia de plaça

{CA_LAST}

#biblioteca #cultura #VilanovadelTer

Rep cada dia les notícies del poble. Subscriu-te al butlletí

Conversa
5 Comentaris
Inicia sessió | Registra't
Què en penses?
Ordena per
Els millors
Més recents
Més antics

Laia Soler
fa 5 hores
Per fi! Els dissabtes no hi havia cap lloc tranquil per estudiar.
Respon
Comparteix
12
2 respostes

Montse Pujol
fa 4 hores
@Laia Soler gràcies, ho estàvem esperant tots.
Respon
Comparteix
4

un veí del carrer Major
fa 3 hores
@Montse Pujol i els diumenges, per a quan?
Respon
Comparteix
2

Aquest comentari s'ha suprimit.

jordi_v
fa 2 hores
Bé.
Respon
Comparteix
1

Mostra més comentaris
Amb la tecnologia d'OpenWeb
Condicions d'ús | Privadesa

Més llegides
1. El Ter baixa amb més cabal que mai
2. La festa major tanca amb rècord de públic

La Veu del Ter · Avís legal · Política de galetes · Contacte
© 2026 Edicions del Ter SL
"""


def test_openweb_catalan_thread_reads_its_comments_and_replies():
    article, comments = _records(CA_PAGE)
    assert comments == [
        ("Laia Soler", None, "Per fi! Els dissabtes no hi havia cap lloc tranquil per estudiar."),
        ("Montse Pujol", 1, "@Laia Soler gràcies, ho estàvem esperant tots."),
        ("un veí del carrer Major", 2, "@Montse Pujol i els diumenges, per a quan?"),
        ("jordi_v", None, "Bé."),
    ]
    assert article["declared_comment_count"] == 5


def test_catalan_article_body_loses_ad_cross_link_hashtags_and_newsletter():
    article, _ = _records(CA_PAGE)
    assert article["body"] == "\n\n".join([CA_PROSE, CA_MORE, CA_LAST])


def test_catalan_masthead_under_skip_link_and_menu_is_the_publisher():
    # the site's name, printed again in the footer, was read as the headline over an unknown menu
    assert extract_byline(CA_PAGE).publisher == "La Veu del Ter"


# -- a Slovak newspaper's own thread, copied without blank lines --------------------------------

@pytest.mark.parametrize("text", [
    "pred 20 hodinami", "pred hodinou", "pred 3 dňami", "včera o 15:02",  # sk
    "před 20 hodinami", "včera v 15:02",  # cs, the neighbour that had them
    "20 godzin temu", "2 godz. temu",  # pl
])
def test_central_european_relative_times_are_timestamps(text):
    assert is_timestamp(text)


@pytest.mark.parametrize("text", ["pred desiatimi rokmi", "Pred rokom sme tu nemali ani chodník."])
def test_slovak_prose_with_pred_is_no_timestamp(text):
    assert not is_timestamp(text)


@pytest.mark.parametrize("line, name", [
    ("↳ Odpoveď pre Ján Beňo", "Ján Beňo"),
    ("Odpoveď pre peter_zv", "peter_zv"),
    ("↳ Odpověď pro Jana Nováková", "Jana Nováková"),  # cs
    ("Odpowiedź dla Marek_K", "Marek_K"),  # pl
])
def test_reply_marker_names_the_parent(line, name):
    assert quote_target(line) == name


@pytest.mark.parametrize("line", [
    "Odpovedať", "Nahlásiť",
    "Komentár bol odstránený pre porušenie pravidiel diskusie.",
    "Zobraziť ďalšie komentáre (5)",
    "Zoradiť: Najstaršie | Najnovšie | Najlepšie hodnotené",
])
def test_slovak_thread_chrome_is_no_comment_text(line):
    assert classify(0, line).kind in CHROME


SK_PAGE = """Preskočiť na obsah
Horehronské listy
Správy
Región
Šport
Prihlásiť sa
Domov > Región > Školstvo
REGIÓN
Škola v Polomke dostane novú telocvičňu
Obec získala dotáciu z programu obnovy, stavať sa začne na jar
Peter Kováč
4. decembra 2026, 10:15
Základná škola v Polomke dostane novú telocvičňu. Obec na ňu získala dotáciu 900-tisíc eur z programu obnovy a stavať sa začne v apríli.
Starostka Jana Hrušková povedala, že deti doteraz cvičili v kultúrnom dome, kde nie sú ani šatne.
Nová telocvičňa bude mať aj posilňovňu, ktorú budú môcť večer využívať obyvatelia obce.
Peter Kováč je redaktor regionálnej rubriky, píše o školstve a samospráve.
Témy: Polomka, školstvo
Diskusia (6)
Pridať komentár
Zoradiť: Najstaršie | Najnovšie | Najlepšie hodnotené
Mária Sliacka
04.12.2026 11:02
Konečne, deti sa v kultúrnom dome nemali ani kde prezliecť.
Odpovedať
Nahlásiť
+12 / −0
Jana Hrušková
04.12.2026 11:40
↳ Odpoveď pre Mária Sliacka
Šatne budú hotové spolu s telocvičňou, pani Sliacka.
Odpovedať
Nahlásiť
+8 / −0
Komentár bol odstránený pre porušenie pravidiel diskusie.
Ondrej B.
04.12.2026 13:15
A kto bude platiť kúrenie?
Odpovedať
Nahlásiť
+3 / −2
miro_p
pred 20 hodinami
↳ Odpoveď pre Ondrej B.
Obec, ako doteraz za kultúrny dom.
Odpovedať
Nahlásiť
+4 / −0
Lenka Z.
pred 3 hodinami
Výborne.
Odpovedať
Nahlásiť
+1 / −0
Zobraziť ďalšie komentáre (2)
Najčítanejšie
Na hlavnej ceste pribudne nový priechod
© 2026 Horehronské listy s.r.o. Všetky práva vyhradené.
"""


def test_slovak_thread_without_blank_lines_keeps_parents_and_drops_relative_times():
    _, comments = _records(SK_PAGE)
    assert comments == [
        ("Mária Sliacka", None, "Konečne, deti sa v kultúrnom dome nemali ani kde prezliecť."),
        ("Jana Hrušková", 1, "Šatne budú hotové spolu s telocvičňou, pani Sliacka."),
        ("Ondrej B.", None, "A kto bude platiť kúrenie?"),
        ("miro_p", 3, "Obec, ako doteraz za kultúrny dom."),
        ("Lenka Z.", None, "Výborne."),
    ]


def test_slovak_article_loses_the_author_bio_and_names_its_paper():
    article, _ = _records(SK_PAGE)
    assert article["body"].endswith("ktorú budú môcť večer využívať obyvatelia obce.")
    assert extract_byline(SK_PAGE).publisher == "Horehronské listy"


PROSE_SK = ("Obec získala dotáciu z programu obnovy a stavať sa začne v apríli. Starostka povedala, že deti "
            "doteraz cvičili v kultúrnom dome, kde nie sú ani šatne, a rodičia sa sťažovali roky.")
MORE_SK = ("Nová telocvičňa bude mať aj posilňovňu, ktorú budú môcť večer využívať obyvatelia obce. Projekt "
           "pripravil architekt z Brezna a stavbu povedie firma, ktorá vyhrala verejnú súťaž v októbri.")


@pytest.mark.parametrize("bio", [
    "Peter Kováč je redaktor regionálnej rubriky, píše o školstve a samospráve.",
    "Lucia Mikušová je redaktorka regionálnej rubriky.",
    "Jan Novák je redaktorem zpravodajství Deníku Podbrdsko.",  # cs
    "Anna Kowalska jest dziennikarką działu miejskiego.",  # pl
    "Petra Vondráčková se věnuje dění na Klatovsku a Sušicku.",  # the shape that was known
])
def test_central_european_author_bio_at_the_tail_goes(bio):
    assert clean_body(f"{PROSE_SK}\n\n{MORE_SK}\n\n{bio}") == f"{PROSE_SK}\n\n{MORE_SK}"


def test_reporter_sentence_inside_the_article_stays():
    line = "Peter Kováč je redaktor, ktorý o dotácii písal ako prvý, a starostka mu poďakovala."
    text = f"{PROSE_SK}\n\n{line}\n\n{MORE_SK}"
    assert clean_body(text) == text


# -- more Catalan words where the other languages' words live ------------------------------------

@pytest.mark.parametrize("line", [
    "Amaga 2 respostes",  # like 'Ocultar 2 respuestas': a reply count
    "Deixa un comentari",
    "Deixa una resposta Cancel·la la resposta",
    "Cancel·la la resposta",
    "L'adreça electrònica no es publicarà. Els camps necessaris estan marcats amb *",
    "Correu electrònic *",
    "Lloc web",
    "Publica el comentari",
    "Encara no hi ha comentaris",
    "Sigues el primer a comentar",
])
def test_catalan_thread_and_form_chrome(line):
    assert classify(0, line).kind in CHROME


@pytest.mark.parametrize("line", [
    "Comparteix a Facebook · Comparteix a X",
    "Anunci",
    "Etiquetes: Vilanova · Biblioteca · Cultura",
    "Segueix-nos a Instagram",
    "© Edicions del Ter. Tots els drets reservats.",
])
def test_more_catalan_page_chrome_is_body_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("text", ["Ahir a les 21:14", "avui a les 9:05", "Ayer a las 21:14"])
def test_day_word_and_clock_time_is_a_timestamp(text):
    assert is_timestamp(text)
