"""Round 17d: badges under a commenter's name that the rules lacked (a verification badge in
twelve languages, WordPress's post-author label in Swedish and others), and a caption ending
in a bracketed file-photo note."""
import pytest

from transforms.boilerplate import clean_body
from transforms.comment_lines import TEXT, classify
from transforms.comment_names import is_badge
from transforms.comments import split_comment_section
from transforms.hard_wrap import unwrap_hard_breaks, wrap_width
from transforms.metadata import extract_title
from transforms.readers import parse_file

PROSE = ("The council met on Tuesday to discuss the new ferry timetable, the budget for next year "
         "and the repairs to the harbour wall, and the public gallery was full of residents. ") * 3


@pytest.mark.parametrize("line", [
    "Verifiziert", "Zweryfikowany", "Verified user", "Utilisateur vérifié", "Usuario verificado",
    "✔ Verificada", "Geverifieerd", "Verifierad", "Inläggsförfattare", "Autor wpisu", "Beitragsautor",
])
def test_verification_and_post_author_badges_are_chrome(line):
    assert classify(0, line).kind != TEXT
    assert is_badge(line)


def test_badge_under_a_name_and_time_header_is_not_comment_text():
    thread = ("Komentarze (3)\n"
              "Bogna z Zakopanego · 04.12.2026, 19:05\nZa tę cenę to ja pojadę na Słowację.\nOdpowiedz | Zgłoś\n"
              "Redakcja · 04.12.2026, 21:15\nZweryfikowany\nDziękujemy za uwagi, dopisaliśmy to do tekstu.\n"
              "Odpowiedz | Zgłoś\n"
              "Marek · 05.12.2026, 08:40\nDobrze.\nOdpowiedz | Zgłoś\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Bogna z Zakopanego", "Za tę cenę to ja pojadę na Słowację."),
        ("Redakcja", "Dziękujemy za uwagi, dopisaliśmy to do tekstu."),
        ("Marek", "Dobrze."),
    ]


def test_swedish_post_author_label_under_a_wordpress_header():
    thread = ("2 svar på ”Vinterturerna till Storö halveras”\n"
              "   1. Agneta Lundholm skriver:\n      4 december 2026 kl. 20:14\n"
              "      Vi som bor året runt på Storö blir alltid sist tillfrågade.\n      Svara\n"
              "         1. Erik Sandvall skriver:\n            Inläggsförfattare\n"
              "            4 december 2026 kl. 21:02\n"
              "            Trafikverket har lovat ett svar före jul.\n            Svara\n"
              "Lämna ett svar Avbryt svar\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Agneta Lundholm", None), ("Erik Sandvall", 1)]


@pytest.mark.parametrize("line", [
    "Delmont Field has been home to the Hawks since 1986. (Sentinel file photo)",
    "The old grandstand in 1994. (Staff photo)",
    "Das Freibad im Sommer 2019. (Archivfoto)",
    "La maternité de Château-Vernon. (photo d'archives)",
    "La plaza Mayor en fiestas. (Foto de archivo)",
])
def test_caption_ending_in_a_file_photo_note_leaves_the_body(line):
    assert line not in clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE)


def test_prose_that_mentions_a_file_photo_stays():
    line = "The paper printed a file photo of the stadium instead of the new one, and apologised on Friday."
    assert line in clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE)


def test_reader_mode_menu_as_list_items_is_no_headline():
    page = ("[Aller au contenu](#content)\n\n[Le Courrier du Vercors](https://courrier-vercors.example/)\n\n"
            "*   [Accueil](https://courrier-vercors.example/)\n*   [Société](https://courrier-vercors.example/societe/)\n\n"
            "# La cantine de Saint-Alban passe au 100 % local\n\n"
            "Publié le 2 décembre 2026 par [Mathilde Garnier](https://courrier-vercors.example/author/mg/)\n\n"
            + PROSE + "\n\n© 2026 Le Courrier du Vercors – Propulsé par WordPress\n")
    assert extract_title(page) == "La cantine de Saint-Alban passe au 100 % local"


def test_swedish_skip_link_is_not_the_masthead():
    page = ("Hoppa till innehåll\nNorrbyns Lokaltidning\nNyheter från skärgården sedan 2009\n  • Hem\n  • Nyheter\n"
            "Vinterturerna till Storö halveras\nPublicerat 4 december 2026 av Erik Sandvall\n" + PROSE + "\n")
    [doc] = parse_file("page.txt", page.encode("utf-8"))
    assert doc.publisher == "Norrbyns Lokaltidning"


def test_unknown_badge_over_a_reply_marker_and_its_time():
    """Coral in German: name / badge no rule knows / 'Antwort auf X' / time / text."""
    thread = ("8 Kommentare\n"
              "Ingrid Möllenbeck\n3. Dezember 2026 um 18:02\nWieder trifft es die Dörfer.\n"
              "Antworten\nTeilen\nMelden\n"
              "mo.kessler\n3. Dezember 2026 um 20:11\nDie Lösung kann nicht sein, den Zug ganz zu streichen.\n"
              "Antworten\nTeilen\nMelden\n"
              "Hanna T.\nStammleserin\nAntwort auf mo.kessler\n3. Dezember 2026 um 21:47\nRichtig.\n"
              "Antworten\nTeilen\nMelden\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.parent_position, c.body) for c in section.comments] == [
        ("Ingrid Möllenbeck", None, "Wieder trifft es die Dörfer."),
        ("mo.kessler", None, "Die Lösung kann nicht sein, den Zug ganz zu streichen."),
        ("Hanna T.", 2, "Richtig."),
    ]


def test_unknown_badge_under_a_says_header():
    """WordPress in Swedish: 'X skriver:' / a badge no rule knows / time / text."""
    thread = ("2 svar på ”Vinterturerna till Storö halveras”\n"
              "Agneta Lundholm skriver:\n4 december 2026 kl. 20:14\n"
              "Vi som bor året runt på Storö blir alltid sist tillfrågade.\nSvara\n"
              "Erik Sandvall skriver:\nStamgäst\n4 december 2026 kl. 21:02\n"
              "Trafikverket har lovat ett svar före jul.\nSvara\n"
              "Lämna ett svar Avbryt svar\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Agneta Lundholm", "Vi som bor året runt på Storö blir alltid sist tillfrågade."),
        ("Erik Sandvall", "Trafikverket har lovat ett svar före jul."),
    ]


WRAPPED_FR = (
    "Par Pauline Desforges\n"
    "Publié le 02/12/2026 à 18h05 - Mis à jour le 02/12/2026 à 19h30\n"
    "L'agence régionale de santé a confirmé mardi la fermeture du service\n"
    "d'obstétrique du centre hospitalier de Château-Vernon. Les accouchements\n"
    "seront redirigés vers Auxerre à partir du 1er février, a indiqué la\n"
    "direction, qui invoque le manque de gynécologues-obstétriciens depuis\n"
    "le printemps.\n"
)
WRAPPED_DE = (
    "Wer abends mit der Regionalbahn von Unna nach Soest fahren will, muss ab\n"
    "Juni früher los. Der Zweckverband streicht mit dem Fahrplanwechsel die\n"
    "letzte Verbindung der Linie um 22.47 Uhr, wie ein Sprecher am Mittwoch\n"
    "bestätigte; die nächste Verbindung fährt dann eine Stunde früher\n"
    "ab und endet in Soest, wo die Anschlussbusse in die Dörfer warten sollen.\n"
)


def test_a_dateline_ending_in_its_time_is_not_run_into_the_first_paragraph():
    lines = unwrap_hard_breaks(WRAPPED_FR).split("\n")
    assert "Publié le 02/12/2026 à 18h05 - Mis à jour le 02/12/2026 à 19h30" in lines


def test_a_line_a_little_longer_than_the_measured_width_runs_on_into_a_capital():
    """The width is measured on lines running into lower case; the line the wrapper broke
    before 'Juni' is a character or two longer and is a wrapped line too."""
    lines = WRAPPED_DE.split("\n")
    assert wrap_width(lines) < len(lines[0])
    assert "muss ab Juni früher los" in unwrap_hard_breaks(WRAPPED_DE)


@pytest.mark.parametrize("thread, expected", [
    # the name with its time on the same line, a badge no rule knows under it, the text under that
    ("Komentarze (3)\n"
     "Bogna z Zakopanego · 04.12.2026, 19:05\nZa tę cenę to ja pojadę na Słowację.\nOdpowiedz | Zgłoś | 👍 14 👎 2\n"
     "Redakcja · 04.12.2026, 21:15\nStały bywalec\nDziękujemy za uwagi, dopisaliśmy to do tekstu.\n"
     "Odpowiedz | Zgłoś | 👍 4 👎 1\n"
     "Marek · 05.12.2026, 08:40\nDobrze.\nOdpowiedz | Zgłoś | 👍 1 👎 0\n",
     [("Bogna z Zakopanego", "Za tę cenę to ja pojadę na Słowację."),
      ("Redakcja", "Dziękujemy za uwagi, dopisaliśmy to do tekstu."),
      ("Marek", "Dobrze.")]),
    # the time above the name (a paper's own list as a text dump)
    ("Réactions (3)\n\n"
     "03/12/2026 - 09:12\nouiouioui\nNon.\nRépondre · Signaler\n\n"
     "03/12/2026 - 10:27\nService Modération\nÉquipe modération\n"
     "Rappel : les réactions doivent rester courtoises. Un message a été retiré.\nRépondre · Signaler\n\n"
     "03/12/2026 - 11:40\nHélène Marchais-Ortiz\nQui va accueillir ces femmes à Auxerre, où l'on manque aussi de sages-femmes ?\n"
     "Répondre · Signaler\n",
     [("ouiouioui", "Non."),
      ("Service Modération", "Rappel : les réactions doivent rester courtoises. Un message a été retiré."),
      ("Hélène Marchais-Ortiz", "Qui va accueillir ces femmes à Auxerre, où l'on manque aussi de sages-femmes ?")]),
])
def test_unknown_badge_between_a_stamped_name_and_its_text(thread, expected):
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == expected


def test_short_comment_under_a_stamped_name_stays_a_comment():
    """'lol' under 'cornfed • a day ago', a blank and the action bar under it: the comment."""
    thread = ("3 comments\n\n"
              "jake_b • 2 days ago\nEvery study says teenagers learn better when school starts later.\n\n"
              "14 Reply Share ›\n\n"
              "cornfed • a day ago\nlol\n\n1 Reply Share ›\n\n"
              "Alicia Brandt • a day ago\nAthletic directors are meeting next month to move weeknight games.\n\n"
              "17 Reply Share ›\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("jake_b", "Every study says teenagers learn better when school starts later."),
        ("cornfed", "lol"),
        ("Alicia Brandt", "Athletic directors are meeting next month to move weeknight games."),
    ]


@pytest.mark.parametrize("line", [
    "Zasady komentowania", "Community-Richtlinien", "Diskussionsregeln", "Kommentarsregler",
    "Regole per i commenti", "Regras de comentários", "Reglas de la comunidad", "Règles de modération",
])
def test_house_rules_link_of_a_comment_list_is_chrome(line):
    assert classify(0, line).kind != TEXT


def test_house_rules_words_in_prose_stay():
    line = "Die Diskussionsregeln des Gemeinderats sehen vor, dass jede Fraktion zehn Minuten Redezeit hat."
    assert line in clean_body(PROSE + "\n\n" + line + "\n\n" + PROSE)


def test_stamped_headers_over_reply_markers_do_not_make_a_page_hard_wrapped():
    """Three 'Name · date, time' lines of 40+ characters over a lower-case 'odpowiedź do: X'
    looked like lines a wrapper broke; a reply marker is a line of its own."""
    thread = "".join(
        f"{name} · 04.12.2026, 19:{k}5\nodpowiedź do: {parent}\nNa Słowacji też podnieśli, tylko nikt o tym nie pisze.\n"
        "Odpowiedz | Zgłoś | 👍 3 👎 6\n"
        for k, (name, parent) in enumerate([
            ("Tomasz Moreau Brandão", "Bastien Kowalczyk Okafor"),
            ("Bastien Kowalczyk Okafor", "Tomasz Moreau Brandão"),
            ("Joaquim Achterberg Lindqvist", "Rasmus Castellano Kowalczyk"),
        ]))
    assert wrap_width(thread.split("\n")) is None
    assert unwrap_hard_breaks(thread) == thread
