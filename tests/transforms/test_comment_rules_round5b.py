"""Round 5b: language-free comment rules (tests/eval/cleaning/README.md, 'Round 5b')."""
import pytest

from transforms.comment_drafts import _Draft, finish
from transforms.timestamps import is_timestamp, parse_timestamp


@pytest.mark.parametrize("line, iso", [
    ("19.08.2024 klo 17:20", "2024-08-19T17:20"),  # Finnish 'klo'
    ("17.04.2024 saat 09:14", "2024-04-17T09:14"),  # Turkish 'saat'
])
def test_any_short_word_joins_a_date_and_its_time(line, iso):
    assert is_timestamp(line)
    assert parse_timestamp(line).isoformat(timespec="minutes") == iso


@pytest.mark.parametrize("line", ["12.03.2024 and so", "3.4.2024 nr 5", "12.03.2024 lorem 17:20"])
def test_a_word_without_a_clock_time_or_a_long_word_is_no_joiner(line):
    assert not is_timestamp(line)


def _drafts(*authors):
    out = []
    for k, name in enumerate(authors):
        draft = _Draft(name, None, 0)
        draft.add(f"Comment number {k} about the bridge.", True)
        out.append(draft)
    return out


def test_lower_case_words_every_author_line_shares_are_the_widgets_verb():
    after = finish(_drafts("Tóth Gábor szerint", "Szabó Márta szerint", "hajnalka szerint"))
    assert [c.author for c in after] == ["Tóth Gábor", "Szabó Márta", "hajnalka"]
    before = finish(_drafts("posted by Ray Okafor", "posted by J. Penhaligon", "posted by Sue from Fenwick"))
    assert [c.author for c in before] == ["Ray Okafor", "J. Penhaligon", "Sue from Fenwick"]


def test_shared_capitalised_words_and_short_threads_keep_their_names():
    assert [c.author for c in finish(_drafts("Anna Müller", "Hans Müller", "Eva Müller"))] == [
        "Anna Müller", "Hans Müller", "Eva Müller"]
    assert [c.author for c in finish(_drafts("Anna says", "Ben says"))] == ["Anna says", "Ben says"]
