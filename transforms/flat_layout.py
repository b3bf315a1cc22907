"""Give blocks back to a page that was saved without them.

The cleaner reads a page as blocks: the lines between two blank lines.  A caption and its
credit, a list of related links, a newsletter box, a comment's author, time and action row
each sit in one block, and a paragraph of the article is a block of its own.  Many savers
lose that grouping, in one of two ways:

- no blank lines at all: every block on one line, separated by a single newline
  (trafilatura's text output, `BeautifulSoup.get_text("\\n")`, most scraper records);
- a blank line after every line (`get_text("\\n\\n")`, some reader-mode copies).

Either way the blank lines say nothing, and a rule written for a block either takes the
whole page as one block or sees a list as unrelated one-line paragraphs.  Such a *flat* page
is read in two steps (transforms.document):

1. the comment section is found and parsed on the page with its blank lines dropped
   (`flatten`): the comment rules read author, time and action lines by their shape and
   order, which a flat page still shows (on a page saved without blank lines, the few it
   has are kept: they part a post's paragraphs, round 16b);
2. the article part gets blocks back (`regroup`) before boilerplate is removed: every line
   of prose is a paragraph of its own, and a run of short lines that are not prose (a menu,
   a byline and its date, a caption credit, a list, a share bar) stays together as one block,
   as the page showed it.

A page is flat when it has at least FLAT_MIN_LINES lines of text and at most
FLAT_MAX_SHARE of them are followed by a blank line (no blank lines), or at most
FLAT_MAX_SHARE of them touch the next line of text (a blank after every line).  A page with
ordinary paragraphs has many of both.
"""

from __future__ import annotations

import re

from transforms.lines import is_heading, is_list_item, plain_line

FLAT_MIN_LINES = 15  # shorter pages say too little about how they were saved
FLAT_MAX_SHARE = 0.05  # at most this share of lines break the page's one layout
PROSE_MIN_CHARS = 100  # a line this long (as visible text) is a paragraph ...
PROSE_MIN_WORDS = 10  # ... and so is a line of this many words that ends a sentence
_SENTENCE_END = re.compile(r"[.!?…:。！？][\"'”’»)\]]*$")


NO_BLANKS = "no blank lines"
BLANK_AFTER_EVERY_LINE = "a blank line after every line"


def flat_layout(text: str) -> str | None:
    """NO_BLANKS or BLANK_AFTER_EVERY_LINE when the page's blank lines carry no grouping (see
    the module docstring), None for a page with ordinary paragraphs."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < FLAT_MIN_LINES:
        return None
    allowed = FLAT_MAX_SHARE * len(filled)
    if sum(1 for i in filled[:-1] if not lines[i + 1].strip()) <= allowed:
        return NO_BLANKS
    if sum(1 for i in filled[:-1] if lines[i + 1].strip()) <= allowed:
        return BLANK_AFTER_EVERY_LINE
    return None


def flatten(text: str, layout: str = BLANK_AFTER_EVERY_LINE) -> str:
    """`text` without its blank lines; on a page saved without blank lines (NO_BLANKS), the
    few blank lines it has are kept (one of a run)."""
    if layout == NO_BLANKS:
        lines = text.split("\n")
        return "\n".join(line.rstrip() for i, line in enumerate(lines)
                         if line.strip() or (0 < i and lines[i - 1].strip()))
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip())


_BARE_VERB = re.compile(r"^[^\W\d]{2,12}(?: [^\W\d]{1,8})?\s?:$")  # 'sagt:', 'dit :', 'a écrit :'
ATTRIBUTION_NAME_CHARS = 80  # a longer line above a bare verb is no name


def rejoin_split_attributions(text: str) -> tuple[str, list[int]]:
    """A flat page with each "says" verb back on its commenter's line ('Klaus Wiemer' /
    'sagt:' -> 'Klaus Wiemer sagt:'): `get_text("\\n")` puts every inline element of a page on a
    line of its own, so WordPress's `<b class="fn">Name</b> <span class="says">says:</span>`
    comes out as two lines.  A line is joined to the one above when it is a bare verb of one
    or two words and a colon, and the two together are an author line the comment rules read
    (transforms.comment_headers.explicit_author) naming exactly the line above.  Returns the
    text and the indexes (in the returned text) of the lines that took the next one in."""
    from transforms.comment_headers import explicit_author  # the comment rules need the rule files
    from transforms.comment_names import clean_name

    out: list[str] = []
    joined: list[int] = []
    for line in text.split("\n"):
        # a markdown save links both ('[Klaus Wiemer](.../u/klaus-wiemer)' / '[sagt:](...#sagt)', round 34):
        # the words a reader sees decide
        above, verb = (plain_line(out[-1]) if out else ""), plain_line(line)
        if (_BARE_VERB.match(verb) and above and len(above) <= ATTRIBUTION_NAME_CHARS
                and not above.endswith(":")):
            found = explicit_author(f"{above} {verb}")
            if found is not None and found.name == clean_name(above):
                out[-1] = f"{out[-1].rstrip()} {line.strip()}"
                joined.append(len(out) - 1)
                continue
        out.append(line)
    return "\n".join(out), joined


def leading_lines(text: str, count: int) -> str:
    """The start of `text` up to its `count`-th line of text, blank lines kept: the part of the
    page that flattened into the first `count` lines of `flatten(text)`."""
    out: list[str] = []
    for line in text.split("\n"):
        if count == 0:
            break
        out.append(line)
        count -= bool(line.strip())
    return "\n".join(out)


def is_prose(line: str) -> bool:
    """A line that reads as a paragraph: long, or a sentence of some length."""
    if is_list_item(line) or is_heading(line):
        return False
    visible = plain_line(line)
    if len(visible) >= PROSE_MIN_CHARS:
        return True
    return len(visible.split()) >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(visible))


def _same_block(previous: str, line: str) -> bool:
    if is_list_item(previous) and is_list_item(line):
        return True  # one list, whatever its items say
    if is_heading(previous) or is_heading(line):
        return False
    return not is_prose(previous) and not is_prose(line)


def article_span(flat: str, article: str) -> tuple[int, list[str]]:
    """(how many lines of text of `flat` the article part runs over, the lines among them that
    the article leaves out): the comment parser may drop a line from the middle of the opening
    post (its signature, transforms.comments._drop_shared_signature), which the page's lines
    still hold (round 25a: MyBB copied without blank lines)."""
    lines = [line.strip() for line in flat.split("\n") if line.strip()]
    wanted = [line.strip() for line in article.split("\n") if line.strip()]
    span, dropped, j = 0, [], 0
    for i, line in enumerate(lines):
        if j == len(wanted):
            break
        if line == wanted[j]:
            j += 1
            span = i + 1
        else:
            dropped.append(line)
    if j < len(wanted):
        return len(wanted), []  # the article is no plain subsequence of the page: count its lines
    return span, dropped[: span - len(wanted)]


def without_lines(text: str, dropped: list[str]) -> str:
    """`text` without the last line equal to each of `dropped` (stripped)."""
    lines = text.split("\n")
    for gone in dropped:
        at = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip() == gone), None)
        if at is not None:
            del lines[at]
    return "\n".join(lines)


def regroup(text: str, layout: str) -> str:
    """The lines of `text` in blocks: each line of prose alone, runs of other lines together.
    On a page with a blank after every line (`layout`), two lines the page did print together
    stay together: that is the grouping the saver kept."""
    out: list[str] = []
    previous: str | None = None
    touching = False
    for line in text.split("\n"):
        if not line.strip():
            touching = False
            continue
        kept = touching and layout == BLANK_AFTER_EVERY_LINE
        if previous is not None and not kept and not _same_block(previous, line):
            out.append("")
        out.append(line.rstrip())
        previous, touching = line, True
    return "\n".join(out)
