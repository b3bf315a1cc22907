"""Round 24b (tests/eval/cleaning/holdout24b): eight blind pages; one small case per rule."""
from transforms.comment_lines import quote_target
from transforms.comments import split_comment_block


def test_turkish_wpdiscuz_reply_marker():  # wpdiscuz.reply.r24b_tr_yanitla
    assert quote_target("Yanıtla  Mehmet Demir") == "Mehmet Demir"
    assert quote_target("Yanıtla") is None
    assert quote_target("Yanıtla bunu lütfen") is None


def test_turkish_wpdiscuz_replies_get_their_parent():
    thread = ("2 Yorum\nEn Eski\nMehmet Demir\n3 gün önce\nHayırlı olsun, çok güzel bir haber.\n7\nYanıtla\n"
              "Elif Kaya\nYanıtla  Mehmet Demir\n3 gün önce\nBen de çok sevindim, emeği geçenlere teşekkürler.\n"
              "2\nYanıtla\n")
    section = split_comment_block(thread)
    assert [(c.author, c.parent_position) for c in section.comments] == [
        ("Mehmet Demir", None), ("Elif Kaya", 1)]
