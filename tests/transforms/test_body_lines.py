import pytest

from transforms.body_lines import is_pointer_line


@pytest.mark.parametrize("line", [
    "Config: git.example.org/ilse/shoebox",
    "Code: https://github.com/example/shoebox",
    "Data: ~/exports/votes.csv",
    "Script: /usr/local/bin/backup-nightly",
    "Option: Persistent=true",
])
def test_a_label_and_one_address_path_or_setting_is_a_pointer(line):
    assert is_pointer_line(line)


@pytest.mark.parametrize("line", [
    "Tags: backup, homelab, restic",  # a tag list
    "Tags: homelab",  # one tag
    "Foto: dpa/picture-alliance",  # a credit with a slash but no address
    "Share: Facebook | X | E-mail",
    "Ultimo aggiornamento: 17 gennaio 2024, 09:02",
    "Perpignan : les bus électriques arrivent en juin",  # a headline
    "The config is at git.example.org/ilse/shoebox, as promised.",  # a sentence, no label
])
def test_trailers_and_sentences_are_not_pointers(line):
    assert not is_pointer_line(line)
