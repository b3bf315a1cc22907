"""transforms.text_dump: a `lynx -dump` save's link numbers and References list."""
import pytest

from transforms.text_dump import strip_link_numbers

DUMP = (
    "   [1]Home [2]News [3]Sport\n\n"
    "   The club will leave the ground at the end of the season, its chairman said.\n\n"
    "   [15]Graham Lusk\n   Sad day, right decision.\n   [16]Like · [17]Reply · 3d\n"
    "   214 points by [11]quillon | [15]87 comments | [[20]–]\n"
    "   ____________________ Add a comment...\n"
    "   [–][21]grumpy_cabbie 27 points 4 hours ago\n\n"
    "References\n\n   1. https://example.org/\n  15. https://www.facebook.com/graham\n"
)


def test_link_numbers_references_and_input_fields_go_on_a_dump():
    out = strip_link_numbers(DUMP)
    assert "   Graham Lusk\n" in out
    assert "   Like · Reply · 3d\n" in out
    assert "quillon | 87 comments | [–]" in out
    assert "   Add a comment...\n" in out
    assert "   [–]grumpy_cabbie 27 points" in out  # a toggle's bracket before the mark
    assert "References" not in out and "https://" not in out


@pytest.mark.parametrize("text", [
    "A study[1] found it.[2] Others[3] did not.[4]\n\n[1] Smith, 2020.",  # footnotes, too few
    "[58](https://x.org/c) [9](https://x.org/d) [1](a) [2](b) [3](c) [4](d)",  # markdown links
    "See [the report][1] and [the map][2] and [3] [4] [5] [6].",  # reference links, spaced marks
])
def test_pages_that_are_no_dump_are_left_alone(text):
    assert strip_link_numbers(text) == text
