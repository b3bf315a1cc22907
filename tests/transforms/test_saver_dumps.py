"""Pages as link-printing savers write them (benchmarks/eval_cleaning.py --layout lynx /
markdown-links, session of 2026-12-07): what those layouts showed the cleaner missing."""
import pytest

from transforms.comment_lines import TEXT, bare_candidate, classify


@pytest.mark.parametrize("line", ["User's avatar", "User’s avatar"])
def test_substack_avatar_alt_text_is_no_comment_text(line):
    # lynx prints the alt text of Substack's commenter picture as a line of its own, over the name
    assert classify(0, line).kind != TEXT


def test_a_users_avatar_in_prose_stays_text():
    assert classify(0, "The user's avatar was a photo of her dog, which everyone on the forum knew.").kind == TEXT


@pytest.mark.parametrize("line, name, parent", [
    # Jina reader / html2text: Disqus' 'Name  Replied-to' with the name linked to its profile
    ("[Felix Arnault](https://www.vale.example/u/felix-arnault)  Lettice Moorcroft", "Felix Arnault",
     "Lettice Moorcroft"),
    # a paper's numbered comment, '#1  Name' with the name linked
    ("#1  [Kinogänger_1979](https://www.wb.example/u/kinogaenger_1979)", "Kinogänger_1979", None),
])
def test_a_linked_name_keeps_its_gap_to_the_replied_to_name(line, name, parent):
    candidate = bare_candidate(classify(0, line))
    assert (candidate.name, candidate.parent_name) == (name, parent)
