"""Rounds 26a/26b (tests/eval/cleaning/holdout26a and holdout26b, measured blind, then fixed by helper
fix26b): Invision in Polish, Discourse in Romanian, NodeBB in Swedish, the Facebook plugin in Czech and a
Hungarian paper's own list. Each test fails without its rule."""
import pytest

from transforms.comment_lines import END, NOISE, WIDGET, classify
from transforms.comment_names import quote_target
from transforms.comments import split_comment_section
from transforms.document import build_records
from transforms.metadata import extract_byline
from transforms.metadata_publisher import find_logo_masthead
from transforms.readers import parse_file
from transforms.timestamps import is_timestamp


def _records(page: str, name: str = "page.txt") -> tuple[str, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0]["body"], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# --- timestamps: post verbs and edit notes around a post's time --------------------------------------

@pytest.mark.parametrize("line", [
    "skrev för 2 dagar sedan",  # NodeBB, Swedish
    "skrev för 2 dagar sedan senast redigerad av Linnea_P för 2 dagar sedan",  # with its edit note
    "wrote 2 days ago last edited by Sam 2 days ago",
    "Napisano 2 grudnia",  # Invision, Polish
    "Napisano 2 grudnia (edytowane)",
])
def test_post_verbs_and_edit_notes_around_a_time_are_a_timestamp(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line", ["skrev en bok om skärgården", "Napisano wiele o tym pociągu"])
def test_the_post_verbs_alone_make_no_timestamp(line):
    assert not is_timestamp(line)


# --- quote headers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("@Linnea_P skrev i Stängd sjösättningsramp i Ekerö – var lägger ni i kajaken i vinter?:", "Linnea_P"),  # NodeBB sv
    ("1 godzinę temu, kolejarz_61 napisał:", "kolejarz_61"),  # Invision pl: the time is no part of the name
    ("2 godziny temu, Tomek_Zamość napisał:", "Tomek_Zamość"),
    ("Válasz neki: Szalai Ildikó", "Szalai Ildikó"),  # a Hungarian paper's reply marker
])
def test_quote_header_names_the_poster(line, name):
    assert quote_target(line) == name


# --- chrome lines -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Odnośnik do komentarza", "Udostępnij na innych stronach", "Polecane posty", "Obserwujący 3",  # Invision pl
    "Ania Rybka i kolejarz_61 zareagowali na to", "Odpowiedz w tym temacie...", "Przejdź do listy tematów",
    "Edytowane 2 grudnia przez kolejarz_61",
    "creat", "ultimul răspuns", "vizualizări", "utilizatori", "aprecieri",  # Discourse ro topic map
    "Pracuje v: Zbrojovka Vsetín",  # Facebook cs badge with its colon
])
def test_widget_chrome_is_noise(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", [
    "Możesz dodać zawartość już teraz a zarejestrować się później. Jeśli posiadasz już konto, zaloguj się.",
    "Podobna zawartość",
    "Föreslagna ämnen", "Subiecte sugerate",  # Discourse / NodeBB suggested topics
    "Tema va fi închisă automat la 30 de zile după ultimul răspuns.",
])
def test_what_follows_a_thread_ends_it(line):
    assert classify(0, line).kind == END


@pytest.mark.parametrize("line", ["Legújabb elöl | Legrégebbi elöl", "Cele mai noi | Cele mai vechi"])
def test_sort_tabs_row_is_widget(line):
    assert classify(0, line).kind == WIDGET


def test_show_more_replies_czech_is_hidden_replies():
    line = classify(0, "Zobrazit další 2 odpovědi")
    assert (line.kind, line.hidden) == (NOISE, 2)


def test_discourse_reply_button_count_romanian():
    line = classify(0, "1 răspuns")
    assert (line.kind, line.replies) == (NOISE, 1)


# --- threads --------------------------------------------------------------------------------------

NODEBB_SV = "\n".join([
    "Stängd ramp i Ekerö", "", "6", "Inlägg", "5", "Skribenter", "311", "Visningar", "", "Äldst till nyast", "",
    "L", "Linnea_P", "skrev för 2 dagar sedan senast redigerad av Linnea_P för 2 dagar sedan", "",
    "Kommunen har satt upp bommar vid rampen i Ekerö hamn, och skylten säger att den är stängd till 15 april.", "",
    "Vet någon var man annars kan bära ner en havskajak utan att klättra över stenar?", "",
    "3", "1 Svar", "Senaste svar för 2 dagar sedan", "Svara", "Citera", "",
    "J", "johan.edlund", "skrev för 2 dagar sedan", "",
    "Vid Ekebyhovs slott finns en liten sandstrand nedanför allén, parkeringen ligger 80 meter bort.", "",
    "5", "Svara", "Citera", "",
    "M", "mikaela_b", "skrev för 1 dag sedan", "",
    "@johan.edlund skrev i Stängd ramp i Ekerö:",
    "Vid Ekebyhovs slott finns en liten sandstrand nedanför allén", "",
    "Tack, den visste jag inte om.", "",
    "1", "Svara", "Citera", "",
    "Föreslagna ämnen", "Isläget på Mälaren vecka 49", "Utrustning", "12",
])


def test_nodebb_swedish_thread():
    _, section = split_comment_section(NODEBB_SV)
    assert [(c.author, c.parent_position) for c in section.comments] == [("johan.edlund", None), ("mikaela_b", 1)]
    assert section.declared_count is None  # '6' / 'Inlägg' counts the opening post


def test_nodebb_poster_over_a_relative_time_is_the_author():
    [doc] = parse_file("page.txt", NODEBB_SV.encode("utf-8"))
    assert doc.author == "Linnea_P"


INVISION_PL = "\n".join([
    "Nowy rozkład: znika poranny pociąg", "", "Przez Tomek_Z, 2 grudnia w Rozkłady jazdy", "",
    "Udostępnij", "Obserwujący 3", "", "Polecane posty", "",
    "Tomek_Z", "Tomek_Z", "", "Użytkownik", "312", "Napisano 2 grudnia", "",
    "W projekcie rozkładu, który obowiązuje od 14 grudnia, nie ma już pociągu o 5:48 z Zamościa do Lublina.", "",
    "Jeżdżę nim codziennie do pracy. Do kogo pisać, do marszałka czy do przewoźnika?", "",
    "Cytuj", "Odnośnik do komentarza", "Udostępnij na innych stronach", "",
    "Ania Rybka", "Ania Rybka", "", "Użytkownik", "57", "Napisano 2 grudnia", "",
    "2 godziny temu, Tomek_Z napisał:", "Do kogo pisać, do marszałka czy do przewoźnika?", "",
    "Do marszałka. Pociągi regionalne zamawia województwo, Intercity ma tylko to, co samo uruchamia.", "",
    "Cytuj", "Odnośnik do komentarza", "Udostępnij na innych stronach", "",
    "kolejarz_61", "kolejarz_61", "", "Moderatorzy", "4 806", "Napisano 2 grudnia (edytowane)", "",
    "Ten o 5:48 nie zniknął, tylko przesunięto go na 5:31 i jedzie przez Rejowiec z przesiadką.", "",
    "Edytowane 2 grudnia przez kolejarz_61", "literówka", "",
    "Cytuj", "Odnośnik do komentarza", "Udostępnij na innych stronach", "",
    "Tomek_Z", "Tomek_Z", "", "Użytkownik", "312", "Napisano 2 grudnia", "",
    "1 godzinę temu, kolejarz_61 napisał:", "przesunięto go na 5:31 i jedzie przez Rejowiec z przesiadką", "",
    "Przesiadka w Rejowcu to 24 minuty na peronie w grudniu.", "",
    "Ania Rybka i kolejarz_61 zareagowali na to", "",
    "Cytuj", "Odnośnik do komentarza", "Udostępnij na innych stronach", "",
    "Dołącz do dyskusji", "",
    "Możesz dodać zawartość już teraz a zarejestrować się później. Jeśli posiadasz już konto, zaloguj się.", "",
    "Podobna zawartość", "", "Remont stacji Zamość Starówka", "Przez Jurek_P, 20 listopada", "8 odpowiedzi",
])


def test_invision_polish_thread():
    body, comments = _records(INVISION_PL)
    assert body.startswith("W projekcie rozkładu")
    assert [(author, parent) for author, parent, _ in comments] == [
        ("Ania Rybka", None), ("kolejarz_61", None), ("Tomek_Z", 2)]  # a quote of the opening post: no parent
    assert comments[1][2].endswith("z przesiadką.")  # no edit note, no edit reason
    assert comments[2][2] == "Przesiadka w Rejowcu to 24 minuty na peronie w grudniu."


# --- metadata -----------------------------------------------------------------------------------------

def test_romanian_skip_link_with_its_article_is_no_title():
    page = ("Sari la conținutul principal\nForumul Astroclubului Brașov\nÎnregistrare\nAutentificare\n"
            "Geminidele din 13–14 decembrie: unde mergem?\nObservații\nandrei.stoica\n3 dec.\n"
            "Anul acesta maximul Geminidelor cade în noaptea de 13 spre 14 decembrie, iar Luna e aproape nouă.\n")
    [doc] = parse_file("page.txt", page.encode("utf-8"))
    assert doc.title != "Sari la conținutul principal"


def test_logo_alt_text_spelling_the_host_is_the_site_name_in_sentence_case():
    page = ("[![Image 1: Valašský posel](https://www.valasskyposel.cz/img/logo.svg)](https://www.valasskyposel.cz/)\n\n"
            "# Ve Vsetíně skončí noční autobus\n")
    assert find_logo_masthead(page) == "Valašský posel"
    other = page.replace("Valašský posel", "Hlavní stránka")  # a lower-case alt text naming no host: none
    assert find_logo_masthead(other) is None
