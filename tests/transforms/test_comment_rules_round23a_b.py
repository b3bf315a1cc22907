"""Round 23a (blind forum threads, second helper): a newspaper's own Czech forum (the
'Celý článek: <headline>' link under the opening post, the 'ověřený účet' badge)."""
import pytest

from transforms.body_lines import is_noise_line
from transforms.comment_lines import TEXT, classify


@pytest.mark.parametrize("line", [
    "Celý článek: Most v Lipnici bude zavřený déle, než kraj sliboval",
    "Full article: Council delays the bridge repair again",
    "Lire l'article complet : Le pont restera fermé jusqu'en octobre",
])
def test_round_23a_full_article_link_is_noise(line):
    assert is_noise_line(line)


def test_round_23a_full_article_words_in_prose_stay():
    assert not is_noise_line("The full article was never published, and nobody at the paper explained why.")


@pytest.mark.parametrize("line", ["ověřený účet", "Ověřený profil", "overený účet"])
def test_round_23a_verified_badge_is_no_text(line):
    # a badge under the poster's name; read as a reply marker it named the reply's parent
    assert classify(0, line).kind != TEXT
