"""Round 13a: badges printed after a name on its author line, ..."""
import pytest

from transforms.comment_names import clean_name, split_handle


@pytest.mark.parametrize("line, name", [
    ("Lorraine Okafor Top Commenter", "Lorraine Okafor"),  # a badge after a two-word name
    ("pennylane77 Verified subscriber", "pennylane77"),  # ... after a user handle
    ("GrumpyOldMedic ★ Top commenter", "GrumpyOldMedic"),  # ... set off by a symbol
    ("Carmen Mod", "Carmen Mod"),  # one capitalised word: the badge may be the name's end
    ("Alan Pryce from Swindon", "Alan Pryce from Swindon"),  # a typed place is part of a nickname
])
def test_badge_after_a_name_on_its_line(line, name):
    assert clean_name(line) == name


def test_a_badge_two_spaces_after_a_name_is_not_the_parent():
    assert split_handle("pennylane77  Verified subscriber") == ("pennylane77", None)
    assert split_handle("jake_b  Lorraine Okafor") == ("jake_b", "Lorraine Okafor")
