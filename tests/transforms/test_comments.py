from datetime import datetime

import pytest

from transforms.comments import CommentSection, split_comment_block, split_comment_section

PROSE = (
    "The summit between the two leaders was planned for June, officials said on Tuesday, "
    "and the talks were expected to cover sanctions, troops and a formal peace treaty.\n\n"
    "Critics said the plan left many questions open and that nobody knew how long it would last.\n"
)


def test_no_section_returns_text_unchanged():
    assert split_comment_section(PROSE) == (PROSE, CommentSection(None, ()))


def test_prose_about_comments_does_not_cut_body():
    text = PROSE + "\nIn comments to reporters, he said the replies would come later.\n\nComments\n\nHe added more.\n"
    article, section = split_comment_section(text)
    assert article == text
    assert section.comments == ()


def test_wpdiscuz_seed_shape():
    text = PROSE + (
        "\nSubscribe\nNotify of\nguest\n3 Comments\nOldest\nNewest Most Voted\nInline Feedbacks\n"
        "View all comments\nRichardD\n\nGreat, I hope a treaty is signed.\n\n"
        "this name is better\n\nvery interesting\n\nvelociraptor\n\nSo haters, what now?\n\n"
        "this name is better\n\nOk.\n"
    )
    article, section = split_comment_section(text)
    assert article.endswith("how long it would last.")
    assert section.declared_count == 3
    assert [c.author for c in section.comments] == ["RichardD", "this name is better", "velociraptor", "this name is better"]
    assert section.comments[1].body == "very interesting"


def test_comment_starting_with_author_name_stays_one_comment():
    text = PROSE + (
        "\n2 Comments\nAlice\n\nI disagree.\n\nBob\n\nAlice, you are wrong here.\n\nSecond paragraph of it.\n\nAlice\n\nNo.\n"
    )
    _, section = split_comment_section(text)
    assert [c.author for c in section.comments] == ["Alice", "Bob", "Alice"]
    assert section.comments[1].body == "Alice, you are wrong here.\n\nSecond paragraph of it."


@pytest.mark.parametrize(
    "thread",
    [
        "Leave a Reply\n\nJohn Smith says:\nApril 19, 2018 at 3:45 pm\nGreat piece.\nReply\n",
        "12 Kommentare\nJohn Smith\nvor 3 Stunden\nGreat piece.\nAntworten\n",
        "Reader comments (12)\nJohn Smith | 19 April 2018 15:45\nGreat piece.\nReport abuse\n",
    ],
)
def test_author_line_and_noise_are_not_comment_text(thread):
    _, section = split_comment_section(PROSE + "\n" + thread)
    assert [(c.author, c.body) for c in section.comments] == [("John Smith", "Great piece.")]


def test_posted_at_from_absolute_timestamp():
    _, section = split_comment_section(
        PROSE + "\nLeave a Reply\n\nJohn says:\nApril 19, 2018 at 3:45 pm\nGreat piece.\nReply\n"
    )
    assert section.comments[0].posted_at == datetime(2018, 4, 19, 15, 45)


def test_at_name_reply_sets_parent():
    _, section = split_comment_section(
        PROSE + "\n3 Comments\nAnna\n2 hours ago\nFirst!\nReply\nBen\n1 hour ago\nI like it.\nReply\n"
        "Carl\n1 hour ago\n@Anna not really\nReply\n"
    )
    assert [c.parent_position for c in section.comments] == [None, None, 1]


def test_declared_count_word_number():
    _, section = split_comment_section(PROSE + "\nOne thought on “The summit”\n\nAnna says:\nNice.\n")
    assert section.declared_count == 1
    assert section.comments[0].author == "Anna"


def test_block_without_authors_gives_one_comment_per_paragraph():
    section = split_comment_block("First comment here.\n\nSecond one, longer text.\n")
    assert [(c.author, c.body) for c in section.comments] == [
        (None, "First comment here."),
        (None, "Second one, longer text."),
    ]


def test_forum_quote_is_not_reply_text_and_sets_parent():
    _, section = split_comment_section(
        PROSE + "\nTop\nRe: Summit\nPost by anna » Tue Feb 12, 2019 8:20 pm\n\nAbout time they met.\n\n"
        "Top\nRe: Summit\nPost by ben » Tue Feb 12, 2019 9:02 pm\n\nanna wrote:\nAbout time they met.\n\n"
        "Too late, if you ask me.\n"
    )
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("anna", "About time they met.", None),
        ("ben", "Too late, if you ask me.", 1),
    ]
    assert section.comments[1].posted_at == datetime(2019, 2, 12, 21, 2)


def test_disqus_parent_name_beside_author():
    _, section = split_comment_section(
        PROSE + "\n2 comments\nSort by Best\nAvatar\nanna\n• 3 hours ago\n\nGood.\n1\n•\nReply\n"
        "Avatar\nben\nanna\n• 2 hours ago\n\nNot really.\n•\nReply\n"
    )
    assert [(c.author, c.parent_position) for c in section.comments] == [("anna", None), ("ben", 1)]


def test_reddit_levels_give_parents():
    _, section = split_comment_section(
        PROSE + "\n412 comments\nSort by: best\n\nlevel 1\nanna\n· 5h\nFirst one here.\nReply\n\n"
        "level 2\nu/ben\n· 4h\nA reply to it.\nReply\n\nlevel 1\ncarl\n· 3h\nAnother top comment.\nReply\n"
    )
    assert [(c.author, c.parent_position) for c in section.comments] == [("anna", None), ("ben", 1), ("carl", None)]


def test_timestamp_above_author_belongs_to_that_author():
    _, section = split_comment_section(
        PROSE + "\nComments (2)\n\n10 Nov 2022 15:04\nanna\nFirst comment here.\nReply | Report\n\n"
        "10 Nov 2022 15:20\nben\nSecond comment here.\nReply | Report\n"
    )
    assert [(c.author, c.posted_at) for c in section.comments] == [
        ("anna", datetime(2022, 11, 10, 15, 4)),
        ("ben", datetime(2022, 11, 10, 15, 20)),
    ]


def test_deleted_placeholder_is_not_a_comment():
    _, section = split_comment_section(
        PROSE + "\n3 comments\nanna\n• 3 hours ago\n\nGood.\nReply\nThis comment was deleted.\nben\n• 1 hour ago\n\nBad.\nReply\n"
    )
    assert [c.author for c in section.comments] == ["anna", "ben"]


def test_short_lines_in_a_bare_block_are_comments_not_authors():
    section = split_comment_block("Great article\n\nI disagree with the author about taxes.\n\nThanks")
    assert [c.author for c in section.comments] == [None, None, None]
    assert len(section.comments) == 3


def test_letters_page_signed_under_the_text():
    _, section = split_comment_section(
        PROSE + "\nYour comments (2)\nThe aire is the right idea. Open it this summer.\n— C. Hocking, Penrose · 👍 39\n"
        "Nobody is entitled to a sea view for free.\n— Morwenna T., Marlow Bay · 👍 74\n"
    )
    assert [(c.author, c.body) for c in section.comments] == [
        ("C. Hocking", "The aire is the right idea. Open it this summer."),
        ("Morwenna T.", "Nobody is entitled to a sea view for free."),
    ]


def test_header_leave_a_comment_link_does_not_cut_the_article():
    text = "Leave a comment\n\n" + PROSE + "\n" + PROSE + "\n" + PROSE + "\n0 Comments\nLeave a Reply\nName *\n"
    article, section = split_comment_section(text)
    assert article.count("summit") == 3 and section.declared_count == 0


def test_newspaper_list_with_saying_heading_and_posted_by_authors():
    text = PROSE + (
        "\nWhat readers are saying (2)\n\nJoin the conversation. Comments are reviewed before they appear.\n\n"
        "Posted 2 hours ago by Lyle V.\nCould see the smoke from town.\nThumbs up 11 · Flag\n\n"
        "Posted an hour ago by EC_mom\nThanks to the firefighters.\nThumbs up 6 · Flag\n"
    )
    article, section = split_comment_section(text)
    assert article.endswith("how long it would last.")
    assert section.declared_count == 2
    assert [(c.author, c.body) for c in section.comments] == [
        ("Lyle V.", "Could see the smoke from town."), ("EC_mom", "Thanks to the firefighters.")
    ]


def test_disqus_header_chrome_and_closed_line_are_not_comments():
    text = PROSE + (
        "\n2 Comments\nDisqus' Privacy Policy\n1 Login\nFavorite\nTweet\nShare\nNewest\n"
        "Avatar\nFrank D\n6 hours ago\n\nNine dollars is too much.\n•\nReply\n"
        "Avatar\ncommuter2011\n4 hours ago\n\nTime to look at the ferry again.\n•\nReply\n"
        "Comments for this thread are now closed\n"
    )
    article, section = split_comment_section(text)
    assert article.endswith("how long it would last.")
    assert [(c.author, c.body) for c in section.comments] == [
        ("Frank D", "Nine dollars is too much."), ("commuter2011", "Time to look at the ferry again.")
    ]


def test_count_heading_in_unknown_wording_starts_the_thread():
    text = PROSE + (
        "\nReader reactions (2)\n\n"
        "Posted 2 hours ago by Lyle V.\nCould see the smoke from town.\n\n"
        "Posted an hour ago by EC_mom\nThanks to the firefighters.\n"
    )
    article, section = split_comment_section(text)
    assert article.endswith("how long it would last.")
    assert section.declared_count == 2
    assert [c.author for c in section.comments] == ["Lyle V.", "EC_mom"]


def test_bracketed_number_heading_without_thread_stays_in_body():
    text = PROSE + "\nPhotos (12)\n\nThe rest of the article continues here with more prose about the summit.\n"
    assert split_comment_section(text)[0] == text


def test_thread_header_count_above_a_forum_first_post():
    text = (
        "Pont Wilson fermé trois semaines\n\nCréé 4 mars · Dernière réponse 6 mars · 5 réponses · 412 vues\n\n"
        "gone_du_69\n4 mars\n" + PROSE + "Répondre\n\nBiclou\n5 mars\nÉtroite, c'est gentil.\nRépondre\n\n"
        "Elodie R.\n5 mars\nPareil pour moi.\nRépondre\n"
    )
    article, section = split_comment_section(text)
    assert section.declared_count == 5
    assert [c.author for c in section.comments] == ["Biclou", "Elodie R."]
    assert "how long it would last." in article


def test_count_of_a_teaser_below_the_thread_is_not_the_declared_count():
    text = PROSE + (
        "\nComments\nKai77\n15.01.2024, 20:15\nNa endlich.\nZitieren Melden\n\nTanja\n16.01.2024, 08:40\nDanke.\n"
        "Zitieren Melden\n\nLog in or sign up to reply here.\n\nSimilar threads\nStarted by Kes · Replies: 14\n"
    )
    _, section = split_comment_section(text)
    assert section.declared_count is None
    assert [c.author for c in section.comments] == ["Kai77", "Tanja"]


def test_headline_lines_are_not_prose_before_a_count():
    text = (
        "Rennes : la rocade passe à 70 km/h la nuit\n\nSujet : Rennes : la rocade passe à 70 km/h la nuit\n"
        "Réponses : 4 | Vues : 812\n\nPosté le 04/09/2024 à 21:17:45\nAuteur : Kerbiquet35\n\n" + PROSE
    )
    article, section = split_comment_section(text)
    assert section.comments == ()
    assert article == text


def test_markdown_heading_is_not_an_author_line():
    text = PROSE + (
        "\nThanks for reading! Subscribe for free to receive new posts.\nSubscribe\n\n"
        "## What other branches asked us\n\n**Did people just keep the books?** A few did. Most did not.\n"
    )
    _, section = split_comment_section(text)
    assert all(c.author != "What other branches asked us" for c in section.comments)


def test_text_under_a_leave_a_comment_link_without_names_or_times_is_no_comment():
    text = PROSE + "\n[Leave a comment](https://x.example/comments)\n\nNotes from a public library.\n\nStart writing\n"
    _, section = split_comment_section(text)
    assert section.comments == ()


@pytest.mark.parametrize("thread", [
    "\nReader comments (3)\n\nAnna Schmidt: I think the council got this one right.\nBob Lee: No they did not.\nCarla: Ok\n",
    "\n### Comments (3)\n\n- **Anna Schmidt** (2 hours ago): I think the council got this one right.\n"
    "  - **Bob Lee** (1 hour ago): No they did not.\n- **Carla** (30 minutes ago): Ok\n",
])
def test_name_colon_text_threads(thread):
    _, section = split_comment_section(PROSE + thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Anna Schmidt", "I think the council got this one right."), ("Bob Lee", "No they did not."), ("Carla", "Ok")]


def test_nested_list_of_name_colon_text_gives_parents():
    thread = ("\n### Comments (3)\n\n- **Anna Schmidt** (2 hours ago): I think the council got this one right.\n"
              "  - **Bob Lee** (1 hour ago): No they did not.\n- **Carla** (30 minutes ago): Ok\n")
    _, section = split_comment_section(PROSE + thread)
    assert [c.parent_position for c in section.comments] == [None, 1, None]


def test_vote_count_above_the_author_line_is_not_an_author():
    thread = "\n3 comments\n\n+12\nAnna Schmidt\n2 hours ago\nRight call.\nReply\n\n+1\nBob Lee\n1 hour ago\nNo.\nReply\n"
    _, section = split_comment_section(PROSE + thread)
    assert [c.author for c in section.comments] == ["Anna Schmidt", "Bob Lee"]


def test_letters_signed_with_a_time_keep_it():
    thread = ("\n2 Comments\n\nThe council got this one right.\n— Anna Schmidt, 12.03.2024 18:40\n\n"
              "No they did not.\n— Bob Lee, 12.03.2024 19:02\n")
    _, section = split_comment_section(PROSE + thread)
    assert [(c.author, c.posted_at) for c in section.comments] == [
        ("Anna Schmidt", datetime(2024, 3, 12, 18, 40)), ("Bob Lee", datetime(2024, 3, 12, 19, 2))]


def test_unframed_chrome_before_the_first_stamped_comment_is_no_comment():
    thread = "\nCommentaires (4)\nRéagir à cet article\nConnectez-vous pour commenter.\n\n" + "".join(
        f"Lecteur{k}\nLe 02/05/2024 à 0{k}:12\nCommentaire numéro {k} sur la piscine.\nSignaler un abus | Répondre\n\n"
        for k in range(1, 5))
    _, section = split_comment_section(PROSE + thread)
    assert [c.author for c in section.comments] == ["Lecteur1", "Lecteur2", "Lecteur3", "Lecteur4"]


def test_count_heading_in_an_unknown_wording_above_name_and_time_lines():
    thread = ("\nPraat mee (2)\n\nAnneke uit Huizum\n12 jan. 2024, 11:02\nDrie maanden, dat wordt weer vier.\n\n"
              "Tjitse\n12 jan. 2024, 11:40\nZaailand is nu al vol.\n")
    _, section = split_comment_section(PROSE + thread)
    assert section.declared_count == 2
    assert [c.author for c in section.comments] == ["Anneke uit Huizum", "Tjitse"]


def test_disqus_share_buttons_and_comment_box_placeholder_make_no_comment():
    thread = ("\nDiskussion\n2 Kommentare\nAnmelden\nEmpfehlen 2\nTwittern\nTeilen\nSortieren nach Neueste\n"
              "Avatar\nSchreib deinen Kommentar...\n"
              "Avatar\nSepp Huber\n• vor 5 Stunden\n\nDas Bad wird zu teuer.\n5 △ ▽\n• Antworten\n• Teilen ›\n"
              "Avatar\nRalf  Sepp Huber\n• vor 4 Stunden\n\nTrotzdem brauchen wir es.\n1 △ ▽\n• Antworten\n• Teilen ›\n")
    _, section = split_comment_section(PROSE + thread)
    assert [(c.author, c.body, c.parent_position) for c in section.comments] == [
        ("Sepp Huber", "Das Bad wird zu teuer.", None), ("Ralf", "Trotzdem brauchen wir es.", 1)]


@pytest.mark.parametrize("guest, ago, reply_to", [("Guest", "11 hours ago", "Reply to"),
                                                  ("Invitado", "hace 11 horas", "Responder a")])
def test_first_commenter_called_guest_under_the_wpdiscuz_form(guest, ago, reply_to):
    # the form's own 'guest' placeholder stays chrome; the same word over a time is the first commenter
    text = PROSE + (
        f"\n\nSubscribe\nNotify of\n{guest.lower()}\n\n2 Comments\nOldest\nNewest Most Voted\nInline Feedbacks\n"
        f"View all comments\n\n{guest}\n{ago}\n\nSame thing happened to me in Seville.\n\n1\nReply\n\n"
        f"josete\n{reply_to}  {guest}\n{ago}\n\nThe easy way.\n\n2\nReply\n"
    )
    _, section = split_comment_section(text)
    assert [(c.author, c.parent_position, c.body) for c in section.comments] == [
        (guest, None, "Same thing happened to me in Seville."), ("josete", 1, "The easy way.")]
