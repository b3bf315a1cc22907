"""Widget lines, comment times and author lines whose common wordings a probe (187 widget
strings in 16 languages, 102 comment times in 19, 63 author lines in 17) found unread:
load-more buttons, a Like button, a sort option alone on its line are chrome, never comment
text; a time in words is a time; 'X commented:' / 'Commento di X' name the commenter."""
import pytest

from transforms.comment_lines import TEXT, classify, explicit_author
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
