"""Undo the markup pandoc adds when it converts an HTML page to markdown.

`pandoc -f html -t markdown` keeps the page's element structure as its own markdown
extensions: a `div` becomes a fenced div (`::: {.comment}` ... `:::`, outer divs with longer
fences), a `span` with a class a bracketed span (`[Alba Lasheras]{.UFICommentActorName}`),
classes and ids follow links, images and headings (`[Reply](#){.btn}`, `# Title {#id}`), a
`<br>` is a trailing backslash (kept for the unwrapper, which joins no line across it, and
dropped after it by drop_line_break_marks) and punctuation is escaped (`\\...`, `\\>`). None of that is
words of the page: left in, "[12 comentarios]{._50f7}" is no count line the rules know,
"Alba Lasheras{.UFICommentActorName}\\" no author line, and the fences glue the comments into
the article.

On a page that shows pandoc's shape (MIN_FENCES fence lines or MIN_ATTRIBUTES attribute
blocks), the fences become blank lines (a div is a block of its own), the attribute blocks,
span brackets and escapes go, and each line inside divs is indented
by INDENT spaces per div level below the outermost one, so a reply div nested in its
comment's div reads as an indented reply (the nesting the page shows), as in a text dump.
Braces in prose ("{a, b}") and a page without fences stay as they are.
"""

from __future__ import annotations

import re

MIN_FENCES = 2  # fence lines that make a page a pandoc save ("::: {.x}" and its closing ":::")
MIN_ATTRIBUTES = 3  # or this many "]{.class}" / ")]{#id}" attribute blocks
INDENT = 2  # spaces per div level below the outermost div

_FENCE = re.compile(r"^\s*(:{3,})\s*(\{[^{}]*\}|[\w-]+)?\s*:*\s*$")
# an attribute block: "{.class}", "{#id .a .b}", "{.a key=value}" right after "]" (a span) or
# ")" (a link or image)
_ATTRIBUTES = re.compile(r"(?<=[\])])\{[#.][^{}\n]*\}")
_ATTR_AFTER = re.compile(r"(?<=\))\{[#.][^{}\n]*\}")
_HEADING_ATTR = re.compile(r"^(\s*#{1,6}\s.*?)\s*\{[#.][^{}\n]*\}\s*$")
# a bracketed span, its text may hold one level of brackets ("[Par [Name](url)]{.author}")
_SPAN = re.compile(r"(?<![!\]\\])\[((?:[^\[\]\n]|\[[^\[\]\n]*\](?:\([^()\n]*\))?)*)\]\{[#.][^{}\n]*\}")
_LINE_BREAK = re.compile(r"\\$")
_TRAILING_BREAK = re.compile(r"(?<=[^\\\s])\\[ \t]*$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def is_pandoc_markdown(text: str) -> bool:
    """True when the text shows pandoc's markdown extensions (fenced divs or attribute blocks)."""
    fences = sum(1 for line in text.split("\n") if _FENCE.match(line))
    return fences >= MIN_FENCES or len(_ATTRIBUTES.findall(text)) >= MIN_ATTRIBUTES


def strip_pandoc_markup(text: str) -> str:
    """`text` without pandoc's fences, attributes, span brackets, escapes and line-break
    backslashes, lines inside nested divs indented by their depth (unchanged when the text
    is no pandoc save)."""
    if not is_pandoc_markdown(text):
        return text
    out: list[str] = []
    stack: list[int] = []  # fence lengths of the open divs
    for line in text.split("\n"):
        fence = _FENCE.match(line)
        if fence:
            if fence.group(2) is not None:
                stack.append(len(fence.group(1)))
            elif stack:  # a fence without attributes closes the innermost open div
                stack.pop()
            out.append("")
            continue
        out.append(" " * (INDENT * max(len(stack) - 1, 0)) + _clean_line(line) if line.strip() else "")
    return "\n".join(out)


def _clean_line(line: str) -> str:
    line = _HEADING_ATTR.sub(r"\1", line)
    previous = None
    while previous != line:  # spans inside spans
        previous, line = line, _SPAN.sub(r"\1", _ATTR_AFTER.sub("", line))
    line = line.rstrip()
    if _LINE_BREAK.search(line):  # the '<br>' stays until the unwrapper has seen it
        return _ESCAPE.sub(r"\1", line[:-1]) + "\\"
    return _ESCAPE.sub(r"\1", line)


def drop_line_break_marks(text: str) -> str:
    """`text` without the backslash that ends a line at a markdown hard line break ('Name\\'):
    run after the unwrapper, which joins no line across one."""
    return _TRAILING_BREAK.sub("", text)
