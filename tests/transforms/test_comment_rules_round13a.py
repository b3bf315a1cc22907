"""Round 13a: badges printed after a name on its author line, a forum's poster box between the
name and the time (badges, member titles, a row of profile fields) in a markdown save, ..."""
import pytest

from transforms.comment_lines import NOISE, classify
from transforms.comment_names import clean_name, is_badge, split_handle
from transforms.comments import split_comment_section

PROSE = ("The council met on Tuesday to discuss the harbour wall, the ferry timetable and the budget for "
         "the coming year, and residents filled the hall to hear the plans. ") * 3


@pytest.mark.parametrize("line, name", [
    ("Lorraine Okafor Top Commenter", "Lorraine Okafor"),  # a badge after a two-word name
    ("pennylane77 Verified subscriber", "pennylane77"),  # ... after a user handle
    ("GrumpyOldMedic ★ Top commenter", "GrumpyOldMedic"),  # ... set off by a symbol
    ("Carmen Mod", "Carmen Mod"),  # one capitalised word: the badge may be the name's end
    ("Gast  Top commenter", "Gast"),  # ... unless two spaces set the badge off
    ("Alan Pryce from Swindon", "Alan Pryce from Swindon"),  # a typed place is part of a nickname
])
def test_badge_after_a_name_on_its_line(line, name):
    assert clean_name(line) == name


def test_a_badge_two_spaces_after_a_name_is_not_the_parent():
    assert split_handle("pennylane77  Verified subscriber") == ("pennylane77", None)
    assert split_handle("jake_b  Lorraine Okafor") == ("jake_b", "Lorraine Okafor")


@pytest.mark.parametrize("line", [
    "Messages: 14,902  Reaction score: 6,311  Points: 113",  # a poster box on one line
    "Beiträge: 2.311 Reaktionspunkte: 1.204",
    "Like Reactions: mrs_h and tommo",  # XenForo's reaction summary
    "Reaktionen: Anna und 3 weitere",
    "Veteran",  # a member title
])
def test_forum_poster_box_and_reactions_are_chrome(line):
    assert classify(0, line).kind == NOISE


@pytest.mark.parametrize("title", ["Well-known member", "Staff member", "Senior Member", "Veteran"])
def test_member_titles_are_badges(title):
    assert is_badge(title)


def _xenforo_post(name: str, title: str, stats: str, date: str, text: str) -> str:
    header = f"#### [{name}](https://forum.example/members/{name})\n\n##### {title}\n\n"
    header += f"{stats}\n\n" if stats else ""
    return header + f"* [{date}](https://forum.example/t/1)\n* [#2](https://forum.example/t/1)\n\n{text}\n\n* * *\n\n"


def test_markdown_forum_posts_with_badges_and_profile_rows_between_name_and_time():
    thread = (PROSE + "\n\n* * *\n\n"
              + _xenforo_post("Daisy Chain", "Moderator", "Messages: 14,902  Reaction score: 6,311", "Feb 18, 2025",
                              "Ours went up 70% last year, and we got the rise phased.")
              + _xenforo_post("old git", "Veteran", "Messages: 3,877  Reaction score: 1,204", "Feb 18, 2025",
                              "That's the bit that'll empty the sites.")
              + _xenforo_post("mrs_h", "Well-known member", "", "Feb 19, 2025", "This."))
    _, section = split_comment_section(thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Daisy Chain", "Ours went up 70% last year, and we got the rise phased."),
        ("old git", "That's the bit that'll empty the sites."), ("mrs_h", "This.")]


def test_reply_to_a_name_with_its_badge_finds_the_author_stored_without_it():
    thread = (PROSE + "\n\n3 Comments\n\nSandra Pike\n\nMarch 4, 2025 9:12 am\n\nWhat about the bus stop?\n\nReply\n\n"
              "H. Ostrowski (Courier)\n\nReply to  Sandra Pike\n\nMarch 4, 2025 10:05 am\n\nWe asked.\n\nReply\n\n"
              "mags_w\n\nReply to  H. Ostrowski (Courier)\n\nMarch 4, 2025 12:47 pm\n\nThanks for answering.\n\nReply\n")
    _, section = split_comment_section(thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Sandra Pike", None), ("H. Ostrowski", 1), ("mags_w", 2)]


def test_avatar_initials_over_names_are_no_comments():
    thread = (PROSE + "\n\n6 Comentarios\n\nP\n\n**pepe_gz**\n\nhace 5 h\n\nDos euros no es nada.\n\nResponder\n\n"
              "R\n\n**Rocío M.**\n\nhace 3 h\n\n¿Y los que vivimos aquí?\n\nResponder\n\n"
              "M\n\n**marinero1962**\n\nhace 2 h\n\nBien hecho.\n\nResponder\n")
    _, section = split_comment_section(thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("pepe_gz", "Dos euros no es nada."), ("Rocío M.", "¿Y los que vivimos aquí?"), ("marinero1962", "Bien hecho.")]


def test_a_one_letter_comment_stays_a_comment():
    thread = (PROSE + "\n\n3 comments\n\ngreg_t\n\n3 hours ago\n\nF\n\nReply\n\n"
              "Fiona\n\n2 hours ago\n\nWhy F?\n\nReply\n")
    _, section = split_comment_section(thread)
    assert [(c.author, c.body) for c in section.comments] == [("greg_t", "F"), ("Fiona", "Why F?")]


def test_phpbb_profile_box_after_the_post_is_not_the_posters_words():
    post = ("Re: ITV\nMensaje por {name} » Mar 04 Mar 2025 {time}\n{text}\n{name}\nForero habitual\n"
            "Mensajes: 1204\nArriba\n")
    thread = ("Foro\n" + PROSE + "\n" + post.format(name="Manolo_GS", time="11:05", text="Pide por escrito la medición.")
              + post.format(name="josete", time="12:30", text="Lo fácil. Pero así no cambia nada.")
              + "Mostrar mensajes previos: Todos los mensajes\nIr a\n")
    _, section = split_comment_section(thread)
    assert [(c.author, c.body) for c in section.comments] == [
        ("Manolo_GS", "Pide por escrito la medición."), ("josete", "Lo fácil. Pero así no cambia nada.")]


_SIGNED_POST = ("Re: ITV\nMensaje por {name} » Mar 04 Mar 2025 {time}\nPide por escrito la medición.\n"
                "Y reclama, que para eso está la hoja.\n{last}\n{name}\nModerador\nMensajes: 8741\nArriba\n")


@pytest.mark.parametrize("last, kept", [
    ("BMW R1200GS Adventure — 210.000 km y subiendo", False),  # no sentence: the signature
    ("Un saludo a todos y suerte con la reclamación.", True),  # a sentence: the poster's words
])
def test_one_line_signature_over_the_phpbb_profile_box(last, kept):
    """The follow-up fix of es_forum_r13a_08: a line that ends no sentence, between the post's last
    sentence and the poster's name again over the profile box (prosilver), is a signature."""
    thread = ("Foro\n" + PROSE + "\n" + _SIGNED_POST.format(name="Manolo_GS", time="11:05", last=last)
              + "Mostrar mensajes previos: Todos los mensajes\nIr a\n")
    _, section = split_comment_section(thread)
    assert [c.author for c in section.comments] == ["Manolo_GS"]
    assert (last in section.comments[0].body) == kept
    assert section.comments[0].body.startswith("Pide por escrito la medición. Y reclama")
