"""Comment-widget wordings benchmarks/eval_wordings.py found unread: load-more buttons, a Like
button, a sort option alone on its line, deleted and moderation notices and badges are chrome,
never comment text; a time in words is a time; 'X commented:' / 'Commento di X' name the
commenter; '12 комментариев' and 'Join the conversation (12)' declare the count; 'Als antwoord op X' names the parent."""
import pytest

from transforms.comment_lines import COUNT, TEXT, classify, explicit_author
from transforms.comment_names import quote_target
from transforms.timestamps import is_timestamp


@pytest.mark.parametrize("line", [
    "Más recientes", "Más antiguos",  # es: the sort dropdown's value under 'Ordenar por'
    "Ladda fler kommentarer", "Indlæs flere kommentarer", "Last inn flere kommentarer",
    "Lataa lisää kommentteja", "Načíst další komentáře", "Pokaż 2 odpowiedzi więcej", "To se mi líbí",
])
def test_widget_line_is_not_text(line):
    assert classify(0, line).kind != TEXT



@pytest.mark.parametrize("line", [
    "een dag geleden", "dzień temu", "tydzień temu", "last week",  # one unit without a number
    "πριν από 2 ώρες", "χθες",  # Greek
    "dnes v 9:12", "azi la 09:12", "ma 9:12", "сегодня в 09:12",  # today with a clock time
])
def test_comment_time_in_words(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line", ["Ma belle ville", "Dnes je krásně.", "Last weekend we went there."])
def test_words_that_only_look_like_times(line):
    assert not is_timestamp(line)


@pytest.mark.parametrize("line", [
    "Anna Berg commented:", "Anna Berg kommentierte:", "Anna Berg a commenté :", "Anna Berg comentó:",
    "Anna Berg reageerde:", "Anna Berg skriver:", "Anna Berg mówi:", "Anna Berg szerint:", "Anna Berg пишет:",
    "Commento di Anna Berg", "Comentário de Anna Berg", "Reactie van Anna Berg",
])
def test_author_line_wordings(line):
    found = explicit_author(line)
    assert found is not None and found.name == "Anna Berg"


@pytest.mark.parametrize("line, count", [
    ("Showing 12 comments", 12), ("12 Leserbriefe", 12), ("12 pensamentos sobre “Ponte”", 12),
    ("12 respostas para “Ponte”", 12), ("12 odpowiedzi na „Most”", 12), ("12 комментариев", 12),
    ("3 комментария", 3), ("Комментарии (12)", 12), ("Join the conversation (12)", 12),
])
def test_declared_count_wordings(line, count):
    found = classify(0, line)
    assert (found.kind, found.count) == (COUNT, count)


def test_russian_quote_header_names_the_quoted_reader():
    assert quote_target("Anna Berg написал(а):") == "Anna Berg"


@pytest.mark.parametrize("line", [
    "Dein Kommentar muss noch freigegeben werden.", "Seu comentário está aguardando moderação.",
    "Je reactie wacht op goedkeuring.", "Twój komentarz oczekuje na moderację.", "Kommentaren har raderats.",
    "Tento komentář byl smazán.", "Yorumunuz onay bekliyor.", "Комментарий удалён.", "Redação",
])
def test_notice_or_badge_is_not_comment_text(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line", ["Als antwoord op Anna Berg", "Odpowiedź dla Anna Berg", "Ответ для Anna Berg"])
def test_reply_marker_names_the_reader_replied_to(line):
    assert quote_target(line) == "Anna Berg"


@pytest.mark.parametrize("line", [
    "Cancelar la respuesta", "Reactie annuleren", "Avbryt svar", "Krævede felter er markeret med *",
    "Pakolliset kentät on merkitty *", "Vaše e-mailová adresa nebude zveřejněna.", "Anulează răspunsul",
    "Az e-mail címet nem tesszük közzé.", "Отменить ответ", "Ваш адрес email не будет опубликован.",
    "Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.",
])
def test_wordpress_comment_form_in_core_translations(line):
    assert classify(0, line).kind != TEXT


@pytest.mark.parametrize("line", ["Favori", "Favorito", "Favoriet", "Favorisieren"])
def test_disqus_favourite_button_in_other_languages(line):  # round 16a: 'Favori' was read as a comment
    assert classify(0, line).kind != TEXT
