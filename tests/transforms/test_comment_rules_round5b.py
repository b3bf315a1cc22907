"""Round 5b: language-free comment rules (tests/eval/cleaning/README.md, 'Round 5b')."""
import pytest

from transforms.comment_drafts import _Draft
from transforms.comment_finish import finish
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


NORTH_EAST_WIDGET_WORDS = [
    ("Arbetar på Sandvik", "noise"),  # facebook.noise.badges.north_east
    ("Fan de top", "noise"),
    ("Najveći obožavatelj", "noise"),
    ("Citera", "noise"),  # forum.noise.north_east
    ("Medlem", "noise"),
    ("Diskusia (3)", "count"),  # generic.count.sk_hr
    ("3 komentara", "count"),
    ("Dodajte komentar...", "widget"),  # generic.widget.sk_hr
    ("Pre vstup do diskusie sa musíte prihlásiť.", "notice"),  # generic.end_notice.sk_hr
]


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


# Second sample (el/sl/et/lv): the widget words below are invented, so only the layout speaks.
_PROSE = (
    "The city council voted on Monday to reopen the old fountain in the park next spring. "
    "Repairs will cost about 380 thousand euros, and the residents' association raised the "
    "first ten thousand itself with a concert and two years of signatures at the market.\n"
)


def _pairs(thread: str) -> list[tuple[str | None, str]]:
    """(author, body) of each comment found in _PROSE followed by the thread."""
    from transforms.comments import split_comment_section
    return [(c.author, c.body) for c in split_comment_section(_PROSE + "\n" + thread)[1].comments]


def test_any_locale_date_time_shape():
    assert is_timestamp("2024. gada 2. jūlijs plkst. 10:14")
    assert is_timestamp("14 zorbu 2024 o 10:14")
    assert not is_timestamp("2024 10:14")
    assert not is_timestamp("The vote is 5 March 2024 at 10:30 today")


def test_name_with_an_unknown_verb_above_its_time_and_a_count_line_before_the_thread():
    from transforms.comments import split_comment_section
    thread = "".join(
        f"{name} blorpa:\n2024. gada {d}. zorbs plkst. 1{d}:14\n{text}\nKlikt\n\n"
        for d, (name, text) in enumerate([("Jānis Ozols", "Finally, good news."),
                                          ("Inese K.", "Thanks to all who signed."),
                                          ("Pēteris", "Too expensive for a fountain.")], start=1)
    )
    article, section = split_comment_section(_PROSE + "\n3 zorbiki par “Fountain”\n\n" + thread)
    assert section.declared_count == 3
    assert [(c.author, c.body) for c in section.comments] == [
        ("Jānis Ozols", "Finally, good news."), ("Inese K.", "Thanks to all who signed."),
        ("Pēteris", "Too expensive for a fountain.")]
    assert "zorbiki" not in article


def test_forum_headers_with_a_profile_line_and_button_rows():
    from transforms.comments import split_comment_section
    posts = [("Toomas_T", "Plostitusi: 12", "I rode it this morning, no change needed.", ""),
             ("kalamaja_kati", "Plostitusi: 319", "Thanks, I will try it tomorrow.",
              "Toomas_T plarvas:\nI rode it this morning, no change needed.\n"),
             ("Mari-Liis", "Plostitusi: 45", "In the evening the tram was empty.", "")]
    thread = "".join(
        f"{name}\n{profile}\n0{k}.04.2024 kell 20:0{k}\n{quote}{text}\n\nZitteri\nVastu\n\n"
        for k, (name, profile, text, quote) in enumerate(posts, start=1)
    )
    page = "Forum\n\nkati\n\n" + _PROSE + "\nZitteri\nVastu\n\n" + thread
    _, section = split_comment_section(page)
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("Toomas_T", "I rode it this morning, no change needed.", None),
        ("kalamaja_kati", "Thanks, I will try it tomorrow.", 1),
        ("Mari-Liis", "In the evening the tram was empty.", None)]


def test_footer_bars_with_changing_counts_and_a_dated_byline_above_the_prose():
    from transforms.comments import split_comment_section
    people = [("Tina Zupan", "Great news for the children."), ("Janez Novak", "Who carries the shopping home?"),
              ("Matej K.", "Ten an hour for bikes is optimistic.")]
    fb = "".join(f"{n}\n{t}\nBlik mi je · Zdovori · {k} d\n\n" for k, (n, t) in enumerate(people, start=1))
    _, section = split_comment_section("Avtorica: Urška Kovač, 14. maj 2024\n\n" + _PROSE + "\n" + fb)
    assert [(c.author, c.body) for c in section.comments] == people
    bars = "".join(f"{n}\n2{k}.06.2024 10:0{k}\n{t}\nGlorp | Snarf | 👍 {k}0\n\n" for k, (n, t) in enumerate(people, start=1))
    _, section = split_comment_section(_PROSE + "\n" + bars)
    assert [(c.author, c.body) for c in section.comments] == people


EL_SL_ET_LV_BG_LT_CA_WIDGET_WORDS = [
    ("5 komentarjev", "count"),  # generic.count.el_sl_et_lv
    ("Σχόλια αναγνωστών (4)", "count"),
    ("Dodaj komentar ...", "widget"),  # generic.widget.el_sl_et_lv
    ("Najbolj zvest oboževalec", "noise"),  # generic.noise.el_sl_et_lv
    ("Vtičnik za komentarje na Facebooku", "end"),  # generic.end.el_sl_et_lv
    ("Συνδεθείτε για να σχολιάσετε το άρθρο.", "notice"),  # generic.end_notice.el_sl_et_lv
    ("5 коментара", "count"),  # generic.count.bg_lt_ca
    ("Добави коментар...", "widget"),  # generic.widget.bg_lt_ca
    ("Топ фен", "noise"),  # generic.noise.bg_lt_ca
    ("Плъгин за коментари на Facebook", "end"),  # generic.end.bg_lt_ca
]


def test_el_reply_marker():
    from transforms.comment_lines import quote_target
    assert quote_target("Απάντηση σε Ελένη") == "Ελένη"  # generic.reply.el_sl_et_lv


# Third sample (ca/lt/bg/is).
def test_compact_relative_time_after_a_separator_in_any_language():
    from transforms.timestamps import split_trailing_timestamp
    assert split_trailing_timestamp("Харесвам · Отговор · 3 д") == ("Харесвам · Отговор · ", "3 д")
    assert split_trailing_timestamp("Sandviken 3 d") is None  # no separator: a name and a number
    assert split_trailing_timestamp("Reply · Share · 12") is None  # a count, no unit


def test_line_ending_in_an_earlier_authors_name_above_an_author_line_is_a_reply_marker():
    from transforms.comments import split_comment_section
    rows = [("Darius", "2024-04-11 09:02", "Finally, the fountains.", ""),
            ("Ieva K.", "2024-04-11 10:40", "Fix the pavements first.", ""),
            ("kaunietis_1987", "2024-04-11 11:15", "Different budget, as always.", "Zorbakas Ieva K.\n")]
    thread = "".join(f"{marker}{name}\n{ts}\n{text}\nKlik · Blip · Plonk 3\n\n" for name, ts, text, marker in rows)
    _, section = split_comment_section(_PROSE + "\n" + thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Darius", None), ("Ieva K.", None), ("kaunietis_1987", 2)]


def test_catalan_relative_time():
    assert is_timestamp("• fa una hora") and is_timestamp("fa 3 hores")


# Fourth sample (pt/nl/pl/it in new layouts).
def test_heading_dot_count_arrow_replies_and_like_counters():
    from transforms.comments import split_comment_section
    rows = [("Giorgio Nardelli", "Great news.", ""), ("Silvia", "More runs are promised.", "↳ "),
            ("Franco B.", "And if the battery runs out?", "")]
    thread = "".join(
        f"{arrow}{name} – 0{k}/02/2024 alle 09:1{k}\n{text}\nZrisp · Zegn · Zmip (5)\n\n"
        for k, (name, text, arrow) in enumerate(rows, start=1)
    )
    _, section = split_comment_section(_PROSE + "\nI zorbi dei lettori · 3\n\n" + thread)
    assert section.declared_count == 3
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Giorgio Nardelli", None), ("Silvia", 1), ("Franco B.", None)]


def test_a_number_with_the_same_word_after_several_posts_is_a_like_counter_not_the_count():
    from transforms.comments import split_comment_section
    posts = [("martafonseca", "I pass there every morning, they are fitting the escalators."),
             ("Ana_Bessa", "The square is the problem, nothing opens before the hoardings go."),
             ("joaopmoreira", "Realistic it is not, but it was worse.")]
    thread = "".join(f"{n}\nnov. 1{k}\n{t}\n\n{k} gostos\n\n" for k, (n, t) in enumerate(posts, start=1))
    _, section = split_comment_section(_PROSE + "\n1 gosto\n\n" + thread)
    assert section.declared_count is None
    assert [c.author for c in section.comments] == ["martafonseca", "Ana_Bessa", "joaopmoreira"]


IT_PT_NL_PL_THREAD_WORDS = [
    ("Tópicos sugeridos", "end"),  # forum.end.suggested.it_pt_nl_pl
    ("Inicie sessão para responder", "widget"),  # generic.widget.login_to_reply.it_pt_nl_pl
]


# Fifth sample (id/uk/sq/gl).
def test_any_locale_stamp_with_a_dotted_clock_and_east_slavic_relative_times():
    assert is_timestamp("12 Maret 2024 pukul 10.14")  # 'pukul' is too long for a joiner
    assert is_timestamp("• 3 години тому") and is_timestamp("годину тому")


ID_UK_SQ_GL_WIDGET_WORDS = [
    ("Punon në Hotel Rogner", "noise"),  # generic.words.id_uk_sq_gl
    ("Shto një koment...", "widget"),  # generic.widget.id_uk_sq_gl
    ("4 коментарі", "count"),  # generic.count.id_uk_sq_gl
    ("Shtojca e komenteve në Facebook", "end"),  # generic.end.sq_uk
]


def test_galician_reply_marker():
    from transforms.comment_lines import quote_target
    assert quote_target("En resposta a Iria Lago") == "Iria Lago"  # generic.reply.gl_id_sq


def test_disqus_bullet_time_in_an_unknown_language_frames_the_author():
    people = [("Jordi Vilà", "Too many tourists in July."), ("Núria C.", "A temporary footbridge, then."),
              ("Pere", "Better now than when it falls.")]
    thread = "".join(f"{n}\n• zork {k} blarps\n{t}\nPlonk\nGlorp ›\n\n" for k, (n, t) in enumerate(people, start=1))
    assert _pairs(thread) == people


# Sixth sample (hr/ms/sr).
def test_dotted_date_with_a_dot_after_the_year():
    assert parse_timestamp("23.04.2024. 09:15").isoformat(timespec="minutes") == "2024-04-23T09:15"


def test_button_rows_after_a_vote_count_are_chrome_but_a_returning_name_is_not():
    from transforms.comments import split_comment_section
    people = [("Milan S.", "The quay is too crowded for bikes."), ("Ivana", "Just do not cut the trees."),
              ("Dragan", "Who will look after the green strip?")]
    thread = "".join(f"{n}\n2{k}.04.2024. 09:1{k}\n\n{t}\n\n{k}\nZodgovori\n\n" for k, (n, t) in enumerate(people, start=1))
    assert _pairs(thread) == people
    again = [("Anna", "First point."), ("Ben", "Second point."), ("Anna", "Third point."), ("Ben", "Fourth."),
             ("Anna", "Fifth point.")]
    thread = "".join(f"{n}\n2{k}.04.2024. 09:1{k}\n{t}\nZodgovori\n\n" for k, (n, t) in enumerate(again, start=1))
    _, section = split_comment_section(_PROSE + "\n" + thread)
    assert [c.author for c in section.comments] == ["Anna", "Ben", "Anna", "Ben", "Anna"]


MALAY_PLUGIN_WORDS = [("Tambah komen...", "widget"), ("4 komen", "count")]  # generic.*.ms


@pytest.mark.parametrize("line, kind", NORTH_EAST_WIDGET_WORDS + EL_SL_ET_LV_BG_LT_CA_WIDGET_WORDS
                         + IT_PT_NL_PL_THREAD_WORDS + ID_UK_SQ_GL_WIDGET_WORDS + MALAY_PLUGIN_WORDS)
def test_widget_words(line, kind):
    from transforms.comment_lines import classify
    assert classify(0, line).kind == kind
