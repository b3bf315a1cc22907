"""A Q&A page (Stack Exchange) saved as text: the question is the article, answers and the
comments under each post are comments, each author read from the card or signature after the
text (transforms.qa_threads)."""
import pytest

from transforms.document import build_records
from transforms.qa_threads import read_qa_thread

PAGE = """Gardening Answers
How deep should garlic cloves be planted?
Ask Question
Asked 2 days ago
3
Planting garlic for the first time in clay soil. How deep do the cloves go?
garlic bulbs clay-soil
{menu_q}
asked Oct 2, 2026 at 9:12
Ana Lopes's user avatar
Ana Lopes
211
2 bronze badges
1
Which climate zone are you in? – Ben Ward Oct 2, 2026 at 9:40
Add a comment
2 Answers
Sorted by:
Highest score (default)
5
About two inches, pointy end up.
Mulch after the ground freezes.
{menu_a}
edited Oct 3, 2026 at 8:00
answered Oct 2, 2026 at 10:05
Cole Hart's user avatar
Cole Hart
1,204
4 silver badges
Thanks, that worked! – Ana Lopes Oct 3, 2026 at 18:02
@AnaLopes good luck with the harvest. – Cole Hart Oct 3, 2026 at 18:30
Add a comment  |  Show 1 more comment
0
In clay I go a little shallower.
{menu_a}
answered Oct 4, 2026 at 7:41
Dee Marsh's user avatar
Dee Marsh
51
Add a comment
Your Answer
Related
"""
MENUS = {"lines": ("Share\nImprove this question\nFollow", "Share\nImprove this answer\nFollow"),
         "one line": ("Share Improve this question Follow", "Share Improve this answer Follow")}


@pytest.mark.parametrize("menus", MENUS.values(), ids=MENUS.keys())
@pytest.mark.parametrize("blank_lines", [False, True])
def test_question_answers_and_comments_with_authors_after_the_text(menus, blank_lines):
    page = PAGE.format(menu_q=menus[0], menu_a=menus[1])
    if blank_lines:
        page = page.replace("\n", "\n\n")
    qa = read_qa_thread(page)
    assert qa.article.rstrip().endswith("How deep do the cloves go?")  # the tags are not the question's
    assert (qa.author, str(qa.published_date), qa.section.declared_count) == ("Ana Lopes", "2026-10-02", 2)
    assert [(c.author, c.body, c.parent_position) for c in qa.section.comments] == [
        ("Ben Ward", "Which climate zone are you in?", None),  # under the question: no parent
        ("Cole Hart", "About two inches, pointy end up.\n\nMulch after the ground freezes.", None),
        ("Ana Lopes", "Thanks, that worked!", 2),  # under the answer: the answer
        ("Cole Hart", "@AnaLopes good luck with the harvest.", 3),  # '@AnaLopes': her comment
        ("Dee Marsh", "In clay I go a little shallower.", None)]
    assert qa.section.comments[1].posted_at.isoformat() == "2026-10-02T10:05:00"  # answered, not edited


def test_a_comment_signature_wrapped_onto_the_next_line_is_read():
    page = PAGE.format(menu_q="Improve this question", menu_a="Improve this answer").replace(
        "Thanks, that worked! – Ana Lopes Oct 3, 2026 at 18:02", "Thanks, that worked! – Ana Lopes\nOct 3, 2026 at 18:02")
    assert read_qa_thread(page).section.comments[2].author == "Ana Lopes"


@pytest.mark.parametrize("page", [
    "Headline\n\nText of the article about sharing.\n\nShare\nFollow\n",  # a share bar, no post menu
    "Headline\n\nImprove this answer\nanswered Oct 2, 2026 at 10:05\nCole Hart\n",  # no question
])
def test_other_pages_are_not_qa_threads(page):
    assert read_qa_thread(page) is None


def test_build_records_keeps_the_asker_and_the_day_as_byline_facts():
    records = build_records("qa.txt", "c", "h", PAGE.format(menu_q="Improve this question", menu_a="Improve this answer").encode())
    article = records.articles[0]
    assert (article["author"], str(article["published_date"]), article["comment_count"]) == ("Ana Lopes", "2026-10-02", 5)
    assert article["body"].endswith("Planting garlic for the first time in clay soil. How deep do the cloves go?")
