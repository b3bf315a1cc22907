"""Round 8e rules (tests/eval/cleaning/README.md, "Round 8e"): twelve pages written blind in
five languages, saved as plain text, markdown and scraper records; one small case per rule
entry or structural signal added for them."""
import pytest

from transforms import body_lines, boilerplate
from transforms.comment_lines import COUNT, END, NOISE, TEXT, WIDGET, classify, quote_target, stamp_then_post_number
from transforms.comments import split_comment_block

_BODY_KINDS = ("subscribe", "footer", "caption")


@pytest.mark.parametrize("line, kind", [
    ("Respekt 6", NOISE),  # generic.noise.r8e_reaction_count
    ("Não gosto 2", NOISE),
    ("Gosto 23", NOISE),
    ("Respekt vor dieser Leistung", TEXT),
    ("Saltar a", NOISE),  # forum.noise.r8e_jump_and_deleted
    ("(post deleted by author)", NOISE),
    ("—— Rodando desde 1998 ——", NOISE),  # forum.noise.r8e_framed_signature
    ("Conversa", WIDGET),  # newspaper.widget.r8e_pt_viafoura
    ("Os comentários são da responsabilidade dos seus autores. Respeite as regras da comunidade.", WIDGET),
    ("Desenvolvido por Viafoura", END),  # newspaper.end.r8e_powered_by_viafoura
])
def test_thread_chrome(line, kind):
    assert classify(0, line).kind == kind


@pytest.mark.parametrize("line, count", [("Kommentare 9", 9), ("Comentários 7", 7)])  # generic.count.r8e_word_then_number
def test_word_then_number_is_the_declared_count(line, count):
    found = classify(0, line)
    assert (found.kind, found.count) == (COUNT, count)


def test_portuguese_hide_replies_counts_the_replies():  # generic.reply_count.r8e_pt_hide_replies
    assert classify(0, "Ocultar 2 respostas").replies == 2
    assert classify(0, "Ver mais 1 resposta").replies is None  # hidden replies: not shown below


def test_inline_quote_names_the_reader_quoted():  # generic.reply.r8e_inline_quote
    assert quote_target("Zitat Peter K.: „für die Turnhalle ist kein Geld da“", True) == "Peter K."
    assert quote_target("Zitat: das ist mein Lieblingsspruch", True) is None


@pytest.mark.parametrize("line", [
    "Enter your email  Sign up",  # subscribe.r8e_email_sign_up
    "Email address  [ Sign up ]",
    "Hazte suscriptor desde 1 € el primer mes y accede a todas las noticias",  # subscribe.r8e_become_subscriber
    "Students leave the school on Wednesday afternoon. (Grace Lindor/The Herald)",  # caption.r8e_credit_name_outlet_in_brackets
    "Fuente: La Voz del Cantábrico, 4 de diciembre de 2026",  # caption.r8e_source_line
])
def test_body_boilerplate(line):
    assert body_lines.matches(_BODY_KINDS, line)


@pytest.mark.parametrize("line", [
    "Comments are turned off for this article.",  # generic.end.comments_closed (footer.r8e_comments_turned_off before)
    "Les commentaires sont fermés pour cet article.",
])
def test_comments_off_notice_is_a_noise_line(line):
    assert body_lines.is_noise_line(line)


@pytest.mark.parametrize("line", [
    "The speed limit drops to 30 (km/h) in the old town.",
])
def test_body_prose_stays(line):
    assert not body_lines.matches(_BODY_KINDS, line)


def test_post_number_after_the_authors_time():  # comment_headers.stamp_then_post_number
    assert stamp_then_post_number("mpatel December 3, 2026, 4:01pm 2") == ("mpatel ", "December 3, 2026, 4:01pm", 2)
    assert stamp_then_post_number("Route 9 closed since March 2024 2") == ()  # no clock time


_AVATAR_ITEMS = """-   C
    
    **Claire Dumas**
    
    il y a 5 h
    
    Deux ans sans piscine, c'est long.
    
    Répondre
    
-   P
    
    **Patrice V.**
    
    il y a 4 h
    
    Saint-Alban n'est pas loin.
    
    Répondre"""


def test_avatar_initial_as_list_item_is_not_the_author():  # comment_context: _LIST_ITEM initial
    section = split_comment_block(_AVATAR_ITEMS)
    assert [c.author for c in section.comments] == ["Claire Dumas", "Patrice V."]


def test_home_link_and_closing_credit_note_leave_the_body():  # body_paragraphs._ROOT_LINK, bio.r8e_note_with_credits
    page = ("[Millbrook Commons](https://forum.millbrookcommons.org/)\n\n"
            "The planning board approved the data center on Tuesday night after a long hearing about noise.\n\n"
            "See the [town decision](https://millbrook.gov/planning/decisions/2026) for the conditions.\n\n"
            "_Millbrook Commons is a volunteer-run community news forum. Reporting by jdoyle, editing by the team._")
    assert boilerplate.clean_body(page) == (
        "The planning board approved the data center on Tuesday night after a long hearing about noise.\n\n"
        "See the town decision for the conditions.")
