"""transforms.pandoc_markdown: the fences, attributes and escapes of a pandoc html->markdown save."""
import pytest

from transforms.hard_wrap import unwrap_hard_breaks
from transforms.pandoc_markdown import drop_line_break_marks, is_pandoc_markdown, strip_pandoc_markup

SAVE = (
    "# Bus line opens in March {#bus .headline}\n\n"
    "::: {.article-body}\n"
    "The line starts on 2 March.\n"
    ":::\n\n"
    ":::::: {#comments .fb-comments}\n"
    "[12 comentarios]{._50f7}\n\n"
    "::::: {.comment}\n"
    "[Alba Lasheras](https://fb.example/alba){.UFICommentActorName}\\\n"
    "Por fin.\n\n"
    "::: {.UFIReplyList}\n"
    "[Chema Ibor](https://fb.example/chema){.UFICommentActorName}\\\n"
    "[Fan destacado]{.badge}\\\n"
    "Ya veremos\\...\n"
    ":::\n"
    ":::::\n"
    "[Par [Yannick Le Goff](https://x.example/yl){.author__link}]{.article__author}\n"
    "::::::\n"
)


def test_fences_attributes_spans_and_escapes_go():
    out = drop_line_break_marks(strip_pandoc_markup(SAVE))
    assert ":::" not in out and "{." not in out and "{#" not in out and "\\" not in out
    assert "# Bus line opens in March\n" in out
    assert "12 comentarios" in out and "[12 comentarios]" not in out
    assert "Par [Yannick Le Goff](https://x.example/yl)" in out  # a link inside a span stays a link
    assert "Ya veremos..." in out


def test_lines_inside_nested_divs_are_indented_by_depth():
    lines = strip_pandoc_markup(SAVE).split("\n")
    article = next(x for x in lines if "starts on 2 March" in x)
    alba = next(x for x in lines if x.lstrip().startswith("[Alba"))
    chema = next(x for x in lines if x.lstrip().startswith("[Chema"))
    indent = [len(x) - len(x.lstrip()) for x in (article, alba, chema)]
    assert indent[0] == 0 and indent[0] < indent[1] < indent[2]  # the reply div is nested in the comment's


@pytest.mark.parametrize("text", [
    "The set {a, b} has two members.\n\nA colon list:\n\n::: is how some write it.",
    "See [the report](https://x.org/r) and [the map](https://x.org/m).",
])
def test_pages_that_are_no_pandoc_save_are_left_alone(text):
    assert not is_pandoc_markdown(text)
    assert strip_pandoc_markup(text) == text


def test_a_hard_line_break_keeps_its_lines_apart_through_the_unwrapper():
    wrapped = "x " * 30 + "\n"  # a hard-wrapped page: long lines running on into lower case
    text = (wrapped.strip() + " one\ntwo " + wrapped.strip() + "\nthree " + wrapped.strip() + "\nfour\n"
            "[Nerea Zubiri](https://diario.example/autor/nerea-zubiri/){.author}\\\n"
            "Alcorisa de Huerva · 03/12/2026 · 08:15\n")
    out = drop_line_break_marks(unwrap_hard_breaks(strip_pandoc_markup(text + ":::\n::: {.x}\n:::\n")))
    assert "[Nerea Zubiri](https://diario.example/autor/nerea-zubiri/)\nAlcorisa de Huerva" in out
