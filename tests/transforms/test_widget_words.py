"""Widget lines in languages whose common strings a probe found unread (load-more buttons,
a Like button, a sort option alone on its line): widget chrome, never comment text."""
import pytest

from transforms.comment_lines import TEXT, classify


@pytest.mark.parametrize("line", [
    "Más recientes", "Más antiguos",  # es: the sort dropdown's value under 'Ordenar por'
    "Ladda fler kommentarer", "Indlæs flere kommentarer", "Last inn flere kommentarer",
    "Lataa lisää kommentteja", "Načíst další komentáře", "Pokaż 2 odpowiedzi więcej", "To se mi líbí",
])
def test_widget_line_is_not_text(line):
    assert classify(0, line).kind != TEXT

