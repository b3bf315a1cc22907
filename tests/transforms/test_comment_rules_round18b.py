"""Round 18b: a site's news-list heading under a paper's own comment list ends the thread, so
the headlines under it are not read as a last comment and its author."""
import pytest

from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the new ferry timetable, the budget for next year "
         "and the repairs to the harbour wall, and the public gallery was full of residents. ") * 3

THREAD = ("Reader comments (3)\n\n"
          "Hilda from the quay\n02/12/2026 08:12\nFour boats a day is not enough for the island.\n"
          "Reply · Report · 👍 18\n\n"
          "Owen Price\n02/12/2026 08:40\nBetter four than none, to be fair.\nReply · Report · 👍 4\n\n"
          "Load more comments\n\n")


@pytest.mark.parametrize("heading", ["Latest news", "Most read", "Ultime notizie", "Meistgelesen",
                                     "Últimas noticias", "Les plus lus", "Mais lidas", "Mest lästa"])
def test_news_list_heading_under_the_thread_ends_it(heading):
    tail = (f"{heading}\n"
            "Harbour car park to open in spring 2027\n"
            "Ski lifts to open on 20 December\n"
            "Chestnut fair ends the year in profit\n")
    _, section = split_comment_section(PROSE + "\n\n" + THREAD + tail)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Hilda from the quay", "Four boats a day is not enough for the island."),
        ("Owen Price", "Better four than none, to be fair."),
    ]


def test_a_comment_that_says_latest_news_in_prose_stays():
    thread = ("Reader comments (1)\n\n"
              "Hilda from the quay\n02/12/2026 08:12\nThe latest news from the trust is that the boat is fixed.\n"
              "Reply · Report\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [c.body for c in section.comments] == ["The latest news from the trust is that the boat is fixed."]


@pytest.mark.parametrize("newsroom, badge", [("Redazione", "Staff"), ("Redaktion", "Team"), ("Rédaction", "Staff")])
def test_newsroom_name_over_a_badge_is_the_author(newsroom, badge):
    # the newsroom's answer signed with its name, a badge line under it, then the reply marker and
    # the time: the name is the author, the badge is no name
    thread = ("Reader comments (2)\n\n"
              "Giuseppina Rota\n01/12/2026 13:30\nAnd the ambulances? The detour adds fifteen minutes.\n"
              "Reply · Report · 👍 31\n\n"
              f"{newsroom}\n{badge}\nIn reply to Giuseppina Rota\n01/12/2026 14:02\n"
              "Dear reader, the province confirmed a lane reserved for ambulances during the works.\n"
              "Reply · Report · 👍 9\n\n")
    _, section = split_comment_section(PROSE + "\n\n" + thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [("Giuseppina Rota", None), (newsroom, 1)]
