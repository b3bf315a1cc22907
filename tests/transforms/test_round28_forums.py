"""Round 28 (blind forum threads, helper fixxf): general rules for the XenForo and Discourse
layouts the round's pages showed the cleaner had not read. Each test fails without its rule."""
import pytest

from transforms.body_lines import is_caption
from transforms.boilerplate import clean_body
from transforms.comment_lines import END, TEXT, classify
from transforms.document import build_records
from transforms.metadata_title import extract_title


def _records(page: str, name: str = "page.txt") -> tuple[dict, list[tuple[str | None, int | None, str]]]:
    records = build_records(name, "test", "0" * 64, page.encode("utf-8"))
    comments = sorted(records.comments, key=lambda c: c["position"])
    return records.articles[0], [(c["author"], c["parent_position"], c["body"]) for c in comments]


# -- XenForo, English, browser copy (en_forum_r28_10) -----------------------------------------

@pytest.mark.parametrize("line", ["Super Moderator", "Global Moderator", "Administrator"])
def test_xenforo_staff_user_titles_are_no_text(line):
    assert classify(0, line).kind != TEXT


def test_xenforo_page_jump_closes_the_thread():
    assert classify(0, "Go to page").kind == END


@pytest.mark.parametrize("line", ["Photos attached. Any help appreciated.",
                                  "Pictures below, the worst leaf is the third one."])
def test_a_posters_words_about_attached_photos_are_no_caption(line):
    assert not is_caption(line)
    assert line in clean_body("Since Tuesday the leaves of the lower branches have curled and gone pale at the edges, "
                              "and two of the young shoots have dropped.\n\n" + line)


@pytest.mark.parametrize("line", ["Photo Jane Doe/Reuters", "Photos: Ann Smith", "Photo by Ann Smith"])
def test_credit_lines_stay_captions(line):
    assert is_caption(line)


def test_breadcrumb_printed_again_in_the_footer_is_no_title():
    page = "\n".join([
        "Harbour Anglers", "Forums", "Sea Fishing", "Shore and Pier Fishing", "",
        "Mackerel gone from the harbour wall already?", "",
        "Thread starter reel_rita Start date Sep 2, 2026", "",
        "Three evenings on the wall this week and not a single mackerel, where last September we were "
        "filling buckets. Has anyone had any luck further along the coast?", "", "Like", "Reply", "",
        "Forums", "Sea Fishing", "Shore and Pier Fishing", "", "Contact us", "Terms and rules",
    ])
    assert extract_title(page) == "Mackerel gone from the harbour wall already?"


def _xf_post(number: int, name: str, title: str, paragraphs: list[str], avatar: bool, staff: bool = False) -> list[str]:
    # a user with a picture avatar prints its alt text (the name) above the name; without one, the initial
    head = [name, "", name] if avatar else [name[0], name]
    return [*head, title, *(["Staff member"] if staff else []), "", f"Sep {2 + number // 3}, 2026", f"#{number}", "",
            *[p + "\n" for p in paragraphs], "Like", "Reply", "Report", ""]


def test_xenforo_browser_copy_with_staff_poster_and_pager_under_the_last_post():
    pager = ["1", "2", "Next", "", "1 of 2", "Go to page", "Go", "Next", "Last", ""]
    page = "\n".join([
        "Harbour Anglers", "", "Forums", "", "What's new", "", "Log in", "", "Register", "",
        "Forums", "Sea Fishing", "Shore and Pier Fishing", "",
        "Mackerel gone from the harbour wall already?", "",
        "Thread starter reel_rita Start date Sep 2, 2026", "", *pager,
        *_xf_post(1, "reel_rita", "Established Member", [
            "Three evenings on the wall this week and not a single mackerel, where last September we were "
            "filling buckets by seven o'clock. Water still looks clear and there is plenty of bait fish about.",
            "Has anyone had any luck further along the coast, or is it the same everywhere this year?"], avatar=False),
        *_xf_post(2, "Dougie Crane", "Super Moderator", [
            "Same at the breakwater. The shoals went out early after the storm, they will be back with the next spring tide."],
            avatar=True, staff=True),
        *_xf_post(3, "pier_pete", "Well-known member", [
            "Try feathers at first light off the rocks by the lifeboat station, had six there on Sunday."], avatar=False),
        *pager, "You must log in or register to reply here.", "",
        "Forums", "Sea Fishing", "Shore and Pier Fishing", "", "Contact us", "Terms and rules",
    ])
    article, comments = _records(page)
    assert article["body"].startswith("Three evenings on the wall") and "Has anyone had any luck" in article["body"]
    assert [author for author, _, _ in comments] == ["Dougie Crane", "pier_pete"]
    assert comments[-1][2].startswith("Try feathers at first light")
