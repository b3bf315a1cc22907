"""Round 19a: forum threads with a short opening post (Flarum, NodeBB, Vanilla, Invision, Mbin),
whose replies start at the action row that closes the opening post."""
import pytest

from transforms.comment_lines import END, FORM, NOISE, TIME, classify
from transforms.comments import split_comment_block, split_comment_section
from transforms.timestamps import parse_timestamp


@pytest.mark.parametrize("line, kind", [
    ("Ähnliche Diskussionen", END), ("Lignende indhold", END), ("Similar discussions", END),
    ("Schreibe eine Antwort …", FORM), ("Write a reply...", FORM),
    ("Mona_L und Ilkay haben darauf geantwortet.", NOISE), ("Sam replied to this.", NOISE),  # Flarum
    ("hat einen Beitrag gelöscht 4. Dez.", NOISE), ("[raderad av moderator]", NOISE), ("[deleted by moderator]", NOISE),
    ("Moderatori", NOISE), ("Global Moderators", NOISE), ("Bestyrelse", NOISE),  # group badges
    ("Ultima risposta 3 dic 2026, 18:52", NOISE), ("Last reply 3 Dec 2026, 18:52", NOISE),  # NodeBB
    ("3 décembre 2026 à 08:27 Modifié 3 décembre 2026 à 08:31", TIME),  # Vanilla, edited
    ("1 von 8", NOISE), ("1 of 3", NOISE),  # Flarum's scrubber, not a count
    ("modificato 4 dic 2026, 08:10", TIME), ("Sendt 3. december", TIME), ("Sendt 4. december (redigeret)", TIME),
    ("Del dette indlæg", NOISE), ("Share on other sites", NOISE), ("Anbefalede indlæg", NOISE),  # Invision
    ("Populære indlæg", NOISE), ("Ulla K synes godt om dette", NOISE), ("Redigeret 4. december af Henrik Aagaard", NOISE),
    ("Side 1 af 2", NOISE), ("Næste", NOISE), ("Gå til emneoversigt", NOISE), ("1.037", NOISE),
    ("Opret en konto eller log ind for at kommentere", END),
])
def test_forum_lines(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line", ["I replied to this on Monday and nobody answered me.",
                                  "Write a reply to the council before Friday, they read them all."])
def test_sentences_stay_text(line):
    assert classify(0, line).kind not in (NOISE, FORM, END)


def test_time_with_edit_note_is_the_post_time():
    assert parse_timestamp("3 décembre 2026 à 08:27 Modifié 3 décembre 2026 à 08:31").hour == 8


FLARUM = """Radweg Bahnhofstraße: Bauzeit verlängert

Karsten_B
3. Dez.

Laut Aushang am Bauzaun wird der Radweg erst Ende März fertig. Weiß jemand, woran es hängt?

Gefällt mir
Antworten

Mona_L
3. Dez.

Die Leitungen der Stadtwerke liegen nicht dort, wo sie laut Plan liegen sollten. Das stand gestern im Protokoll
des Ortsbeirats, und die Baufirma muss jetzt neu planen, weil die Stadtwerke erst im Februar umlegen können.

Gefällt mir
Antworten

Ilkay
4. Dez.

Typisch.

Gefällt mir
Antworten

Sabine Roth
5. Dez.

@Mona_L Danke, Seite 4 des Protokolls, ich habe es gefunden.

Gefällt mir
Antworten
"""


def test_short_opening_post_is_the_article_and_replies_start_at_its_action_row():
    article, section = split_comment_section(FLARUM)
    assert "Laut Aushang" in article and "Leitungen" not in article
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Mona_L", None), ("Ilkay", None), ("Sabine Roth", 1)]


NEWS = """Harbour wall repairs start in spring

The council approved the repairs to the harbour wall on Tuesday evening after a long debate.

Share

Work starts in March and will take eight months, the harbour master said, and the ferry keeps running.
The budget is four million, paid from the reserve fund that was set up after the storm of 2019.

12 Comments

Ann Lee
3 Dec 2026, 18:40
Finally, the wall has been crumbling for years now.
Reply
Share

Bob Grant
3 Dec 2026, 19:02
Eight months is optimistic if you ask me.
Reply
Share

Cora Dunn
3 Dec 2026, 19:30
@Bob Grant They said the same about the bridge.
Reply
Share
"""


def test_a_share_line_under_an_article_paragraph_does_not_start_the_thread():
    article, section = split_comment_section(NEWS)
    assert "eight months" in article and "reserve fund" in article
    assert [c.author for c in section.comments] == ["Ann Lee", "Bob Grant", "Cora Dunn"]


INVISION = """Henrik Aagaard
Bestyrelse
412
Sendt 3. december

Vi kører fra Glostrup station kl. 9 søndag, 60 km i roligt tempo. Husk lys og skærme.

Citér

Populære indlæg
Lene P.
Sendt 3. december
Jeg er med, men kan vi tage ruten uden om Vestvolden? Stien var helt opkørt…

Lene P.
Medlem
88
Sendt 3. december

Jeg er med, men kan vi tage ruten uden om Vestvolden? Stien var helt opkørt i sidste uge og fuld af pytter.

Citér

Mogens Riis
Medlem
1.037
Sendt 4. december

Mine dæk er for smalle til grus, så jeg kører kun med hvis vi holder os til asfalten. Ellers ses vi til julefrokosten.

Citér

Henrik Aagaard
Bestyrelse
412
Sendt 4. december

Den 3.12.2026 kl. 19.02, Lene P. sagde:
Jeg er med, men kan vi tage ruten uden om Vestvolden?
Klik for at udvide

Ja, vi kører ad Roskildevej og ind over Albertslund. Ingen grus, Mogens.

Citér
"""


def test_invision_popular_posts_teaser_counts_once_and_nordic_quote_names_the_parent():
    article, section = split_comment_section(INVISION)
    assert "Glostrup" in article and "Vestvolden" not in article
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Lene P.", None), ("Mogens Riis", None), ("Henrik Aagaard", 1)]
    assert not any(c.body.endswith("…") for c in section.comments)


def test_nodebb_reply_count_of_the_opening_post_is_no_declared_count():
    thread = """50mm usato: conviene ancora?
matteo_b
3 dic 2026, 18:40
Ne ho trovato uno a 90 euro in un mercatino, vetro pulito ma ghiera un po' dura. Lo prendo?
1 Risposta
Ultima risposta 3 dic 2026, 18:52
Rispondi
Cita
giulia.v
Moderatori
3 dic 2026, 18:52
Per 90 euro prendilo. La ghiera dura di solito è solo grasso vecchio, si sistema con una revisione da trenta euro.
Rispondi
Cita
Lorenzo Pirovano
3 dic 2026, 20:15
Dipende dal corpo macchina. Su mirrorless con adattatore va benissimo, su reflex moderna a volte no.
Rispondi
Cita
SaraNobili
5 dic 2026, 11:48
Io ne ho presi due così e uno aveva la muffa tra le lenti. Guardate sempre controluce con una torcia.
Rispondi
Cita
"""
    article, section = split_comment_section(thread)
    assert "mercatino" in article and "prendilo" not in article
    assert [c.author for c in section.comments] == ["giulia.v", "Lorenzo Pirovano", "SaraNobili"]
    assert section.declared_count is None


DISCOURSE = """Zimowanie uli na działce – czy ocieplać daszki?
Pszczelarstwo
zima
marek_dz
Marek Dziedzic
3 gru
Mam dwa ule na działce przy Dolinie Służewieckiej. Sąsiad mówi, że bez styropianu na daszkach rodziny nie przetrwają mrozów. Ocieplać czy nie?
utworzony
3 gru
ostatnia odpowiedź
5 gru
6
odpowiedzi
318
wyświetleń
basia.k
Barbara Kowal
3 gru
Ocieplaj od góry, nie z boków. Wilgoć zabija szybciej niż mróz, a ciepłe powietrze ucieka przez daszek.
4
Odpowiedz
Zenon_P
3 gru
Ja od dwudziestu lat nie ocieplam i wszystkie rodziny przeżywają. Ważniejsze są zapasy i mała wylotka.
3
1 odpowiedź
Odpowiedz
(post wycofany przez autora, zostanie automatycznie usunięty w ciągu 24 godzin, jeśli nie zostanie oflagowany)
marek_dz
Marek Dziedzic
basia.k
4 gru
basia.k:
Ocieplaj od góry, nie z boków.
Czyli płyta styropianu pod daszkiem i zostawić boki? A dennica otwarta czy zamknięta?
1
Odpowiedz
basia.k
Barbara Kowal
Zenon_P
4 gru
U ciebie ule stoją w lesie, tu jest otwarte pole i wieje.
2
Odpowiedz
ola_pszczola
5 gru
Dennica siatkowa otwarta, wkładka wyjęta. Sprawdziłam w zeszłą zimę na trzech ulach.
3
Odpowiedz
"""


def test_discourse_short_opening_post_topic_map_count_and_reply_tab():
    article, section = split_comment_section(DISCOURSE)
    assert "Ocieplać czy nie?" in article and "utworzony" not in article and "Ocieplaj" not in article
    # the fourth post: 'basia.k' / 'Barbara Kowal' / 'Zenon_P' / time; the full name does not spell
    # out the user name, but the same two lines head the first post too (comment_replies.full_name_under_user)
    assert [c.author for c in section.comments] == ["basia.k", "Zenon_P", "marek_dz", "basia.k", "ola_pszczola"]
    assert [c.parent_position for c in section.comments] == [None, None, 1, 2, None]
    assert section.declared_count == 6  # '6' over 'odpowiedzi' in the topic map


NICKNAME_THREAD = """3 Replies
bobby_t
Robert Tan
2 Dec 2026, 18:40
Bring a spare inner tube, the gravel is sharp.
Reply
kate.w
2 Dec 2026, 19:02
Noted, thanks.
Reply
bobby_t
Robert Tan
kate.w
2 Dec 2026, 19:15
{last}
Reply
"""


def test_a_full_name_that_does_not_spell_the_user_name_is_known_by_its_repeat():  # comment_replies.full_name_under_user
    # user name over full name over the reply tab over the time: the same two lines head the first post
    section = split_comment_block(NICKNAME_THREAD.format(last="Any time."))
    assert [c.author for c in section.comments] == ["bobby_t", "kate.w", "bobby_t"]
    assert [c.parent_position for c in section.comments] == [None, None, 2]


DISQUS_AVATARS = """Avatar
brian_t
• 3 hours ago
Protecting R&D is the right call.
Reply
Avatar
ledger_lady
• 2 hours ago
Tell that to the people getting the email.
Reply
Avatar
brian_t
ledger_lady
• 2 hours ago
I don't disagree.
Reply
"""


def test_an_avatar_line_repeated_over_every_author_is_no_user_name():  # comment_replies.full_name_under_user
    section = split_comment_block(DISQUS_AVATARS)
    assert [(c.author, c.parent_position) for c in section.comments] == [("brian_t", None), ("ledger_lady", None), ("brian_t", 2)]


@pytest.mark.parametrize("line", ["odpowiedzi", "wyświetleń", "użytkowników", "polubień"])
def test_discourse_polish_topic_map_labels(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("line", [
    "[Buscar] [Citar] [Reportar]", "[Modo lineal] [Modo arbolado]", "[Search] [Quote] [Report]",  # MyBB in a dump
    "Páginas (2): 1 2 Siguiente »", "« Tema anterior | Tema siguiente »", "« Next Oldest | Next Newest »",
    "Desconectado", "Offline",
])
def test_mybb_dump_chrome(line):
    assert classify(0, line).kind == NOISE


W3M = """Xurde_Cangas   Desconectado                              Mensajes: 1.204
Miembro Senior                                          Temas: 33
***                                                     Registro en: Mar 2011
                                                        Reputación: 41
03-12-2026, 18:40                                                            #1
Aviso para los que subís desde Caso: el Principado corta la carretera del
puerto de Tarna entre el kilómetro 12 y el alto desde el lunes."""


def test_dump_columns_side_by_side_are_split_into_lines():
    from transforms.text_dump import split_side_columns

    assert split_side_columns(W3M).split("\n")[:9] == [
        "Xurde_Cangas", "Desconectado", "Mensajes: 1.204", "Miembro Senior", "Temas: 33", "***",
        "Registro en: Mar 2011", "Reputación: 41", "03-12-2026, 18:40"]


@pytest.mark.parametrize("text", [
    "Autor   Wiadomość\nWysłany: Czw 03 Gru, 2026 18:47    Temat postu:\tOdpowiedz z cytatem\nText here.",  # tabs
    "A line   with a gap: here\nand prose below it.",  # one such line is no column dump
])
def test_no_column_dump_stays(text):
    from transforms.text_dump import split_side_columns

    assert split_side_columns(text) == text


def test_a_table_row_is_no_evidence_of_hard_wrapping():
    from transforms.hard_wrap import wrap_width

    lines = ["Aviso para los que subís desde Caso: el Principado corta la carretera del",
             "puerto de Tarna entre el kilómetro 12 y el alto desde el lunes, de 8:00 a",
             "18:00. Nada más.",
             "La pista se puede hacer con gravel, pero el último kilómetro está muy roto",
             "después de las lluvias.",
             "Entonces el sábado la hacemos con las de gravel y bajamos por Tarna si el",
             "fin de semana no hay máquinas.",
             "Puerto de San Isidro cerrado por     Pelayo Fdez.   7           812     28-11-2026, 17:02",
             "nieve"]
    assert wrap_width(lines) == 74


def test_box_drawing_rule_is_a_signature_separator():
    import re

    from transforms.comment_lines import SIGNATURE_SEPARATOR

    assert re.match(SIGNATURE_SEPARATOR, "─" * 40, re.IGNORECASE)


def test_box_drawing_rule_is_never_part_of_a_wrapped_paragraph():
    from transforms.hard_wrap import unwrap_hard_breaks

    text = "\n".join([
        "Aviso para los que subís desde Caso: el Principado corta la carretera del",
        "puerto de Tarna entre el kilómetro 12 y el alto desde el lunes, de 8:00 a",
        "18:00, hasta mediados de febrero. ¿Alguien sabe si se puede pasar por la",
        "pista forestal de Les Felechoses, o por la de arriba, o por ninguna de las",
        "dos",
        "─" * 76,
        "Si no sufre, no es ciclismo."])
    assert "─" * 76 in unwrap_hard_breaks(text).split("\n")


PROSE_FR = ("Mes rosiers anciens ont fait des pousses en novembre\n\nIl fait encore doux en Loire-Atlantique et mes "
            "rosiers anciens ont relancé des pousses. Ma voisine me dit de tout tailler maintenant, avant les gelées. "
            "Est-ce que vous taillez avant l'hiver ou vous attendez la fin février ?")
SIGNATURE = "Potager en lasagnes depuis 2011, rosiers anciens depuis toujours."
_SIGNED_THREAD = [  # (poster, text, signature printed under the post)
    ("Odile_M", "Ta voisine a raison. Une taille en décembre fait repartir des pousses tendres.", SIGNATURE),
    ("Bernard44", "Je taille toujours en février, jamais avant les grands froids.", "Jardinier du dimanche depuis 1990."),
    ("Odile_M", "Oui, les gourmands tu peux les couper dès que tu les vois.", SIGNATURE),
]


def test_a_line_ending_two_posts_of_one_poster_is_their_signature():  # comments._drop_repeated_signatures
    page = (PROSE_FR + "\n\n3 réponses\n\n" + "\n".join(
        x for n, (who, text, sig) in enumerate(_SIGNED_THREAD)
        for x in (who, f"{n + 2} décembre 2026 à 19:12", "", text, "", sig, "", "Citer · Signaler", "")))
    _, section = split_comment_section(page)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Odile_M", _SIGNED_THREAD[0][1]), ("Bernard44", f"{_SIGNED_THREAD[1][1]}\n\n{_SIGNED_THREAD[1][2]}"),
        ("Odile_M", _SIGNED_THREAD[2][1])]  # a line under one post only stays: it may be the post's own
