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


def test_iso_date_with_a_comma_before_the_time():
    assert parse_timestamp("2024-03-04, 18:12 #2").isoformat(timespec="minutes") == "2024-03-04T18:12"


def test_post_number_beside_the_time_frames_a_short_opening_post():
    from transforms.comments import split_comment_section
    page = (
        "Town Forum\n\nNew bus times?\n\n2024-03-04, 17:40 #1\nAnna_B\n"
        "The council says buses run every ten minutes from June. Does that include the late ones on Sundays?\n\n"
        "Citera\nSvara\n\n2024-03-04, 18:12 #2\nLena_V\nYes, until midnight.\n\nCitera\nSvara\n\n"
        "2024-03-05, 07:55 #3\nPelle\nOnly on weekdays, I asked.\n\nCitera\nSvara\n"
    )
    article, section = split_comment_section(page)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Lena_V", "Yes, until midnight."), ("Pelle", "Only on weekdays, I asked.")]
    assert "ten minutes" in article


@pytest.mark.parametrize("line, kind", [
    ("Arbetar på Sandvik", "noise"),  # facebook.noise.badges.north_east
    ("Fan de top", "noise"),
    ("Najveći obožavatelj", "noise"),
    ("Citera", "noise"),  # forum.noise.north_east
    ("Medlem", "noise"),
    ("Diskusia (3)", "count"),  # generic.count.sk_hr
    ("3 komentara", "count"),
    ("Dodajte komentar...", "widget"),  # generic.widget.sk_hr
    ("Pre vstup do diskusie sa musíte prihlásiť.", "notice"),  # generic.end_notice.sk_hr
])
def test_north_east_widget_words(line, kind):
    from transforms.comment_lines import classify
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, name", [
    ("Ursprungligen postat av Tågfantast", "Tågfantast"),  # forum.reply.originally.north_east
    ("Reakcia na Jozef Mak", "Jozef Mak"),  # generic.reply.sk_hr
])
def test_north_east_reply_markers(line, name):
    from transforms.comment_lines import quote_target
    assert quote_target(line) == name


def test_stamped_name_followed_by_short_links_is_an_author_line():
    from transforms.comment_lines import explicit_author
    cand = explicit_author("Ellie Brandt 6 hours ago | parent | next [–]")
    assert (cand.name, cand.stamp) == ("Ellie Brandt", "6 hours ago")
    assert explicit_author("I was there 6 hours ago | and it was packed, honestly.") is None
