"""Quotes and replies in a comment thread, read in context (after transforms/comment_lines.py
classified each line alone): the lines of a quoted reply's header joined, a quote header ('X
wrote:') with the quoted block under it that repeats earlier text, a reply marker ending with an
earlier author's name ('Atsakymas Ieva K.'), and a name between an author line and its time:
the name replied to (Disqus).
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms import rules
from transforms.comment_lines import (
    BLANK, NOISE, QUOTE, REPLY_TO, TEXT, TIME, Line, explicit_author, is_badge, name_shaped, next_non_blank,
    quote_match, quote_target,
)
from transforms.comment_names import AUTHOR_MAX_WORDS, USER_NAME_MIN_CHARS, user_over_full_name
from transforms.lines import comparable, quote_depth
from transforms.timestamps import is_timestamp

MIN_QUOTE_CHARS = 12  # a quoted line this long that repeats earlier text is a quote
_QUOTE_ONLY = re.compile(r"^\s*>[>\s]*$")

QUOTE_BACKLINK = "↑"  # phpBB 3 prints it after "X wrote:", linking to the quoted post


def join_quoted_headers(out: list[Line]) -> list[Line]:
    """A markdown converter saves each line of a quoted (nested) reply's header as its own
    paragraph: '> **Name**' / '>' / '> Parent' / '>' / '> 2 hours ago'. An empty quote line
    between two short name lines, or between a name line and its time, is no paragraph break
    (round 7b); between lines of comment text it still is."""
    def header_line(line: Line) -> bool:
        return line.kind == TIME or (
            line.kind == TEXT and name_shaped(line.text) and len(line.text.split()) <= AUTHOR_MAX_WORDS)
    keep = [
        not (0 < i < len(out) - 1 and line.kind == BLANK and _QUOTE_ONLY.match(line.raw)
             and out[i - 1].kind == TEXT and header_line(out[i - 1]) and header_line(out[i + 1]))
        for i, line in enumerate(out)
    ]
    return [line for line, kept in zip(out, keep) if kept]


REPLY_HEADER_WORDS = 3  # 'Atsakymas Ieva K.', 'Απάντηση σε Ελένη': a few words, then a name


def mark_reply_headers(out: list[Line]) -> None:
    """A line above an author line (a name right above its timestamp) that ends with the name
    of an earlier such author is the reply marker, in any language ('Atsakymas Ieva K.' over
    'kaunietis_1987' over '2024-04-11 11:15')."""
    authors: list[str] = []
    for i, line in enumerate(out):
        after = next_non_blank(out, i, 2, window=3)
        if line.kind != TEXT or len(after) < 2:
            continue
        if out[after[0]].kind == TIME and name_shaped(line.text):
            authors.append(line.text)
            continue
        under_author = out[after[0]].kind == TEXT and name_shaped(out[after[0]].text) and out[after[1]].kind == TIME
        if not under_author:
            continue
        for name in sorted(set(authors), key=len, reverse=True):
            head = line.text[: -len(name)].strip() if line.text.endswith(" " + name) else None
            if head and len(head.split()) <= REPLY_HEADER_WORDS:
                out[i] = replace(line, kind=REPLY_TO, name=name)
                break


def mark_quote(out: list[Line], i: int, seen_before: str, article: str = "") -> None:
    """Line i is a quote header ('X wrote:') when the block under it repeats earlier text: the
    header and the block become QUOTE lines naming X. A block that repeats only the article
    (`article`, a prefix of `seen_before`) quotes the opening post, which is no comment: the
    header names no parent then (round 22a: 'Publicado originalmente por X' over a sentence of
    X's opening post, while X has replied in the thread since)."""
    line = out[i]
    found = quote_match(line.text, with_repeat_rules=True)
    long_name = found is None
    if long_name:  # 'Vecino de toda la vida del barrio de Delicias escribió:': only over a repeated quote
        found = quote_match(line.text, with_repeat_rules=True, long_names=True)
    if found is None:
        return
    target, heads_quote = found
    if long_name and not heads_quote and comparable(target) not in seen_before:
        return  # a long name in a reply marker only when it is printed above (its author line)
    if not heads_quote:  # 'Reactie op Marieke': a reply marker, the next line is not a quote
        out[i] = replace(line, kind=QUOTE, name=target)
        return
    first = i + 1
    if first < len(out) and _quoted_time_below(line.text, out[first]):
        first += 1  # phpBB 'X schreef: ↑' with the quoted post's time (or its end) on the next line
    while first < len(out) and out[first].kind == NOISE and _view_post_link(out[first].text):
        first += 1  # vBulletin 4: the 'View Post' link alone under 'Originally Posted by X' (round 18a)
    block, closed = _quoted_block(out, first, line)
    if not block:  # Discourse: a blank line between the header and the quote
        start = (next_non_blank(out, i) or [len(out)])[0]
        block, closed = _quoted_block(out, start, line)
    closed = closed or _indented_quote(out, i, block)
    repeated = []  # the leading lines of the block that repeat earlier text of the page
    for j in block:
        if _unquoted(out[j].text) not in seen_before:
            break
        if len(out[j].text) < MIN_QUOTE_CHARS and not (
                _named_above(target, seen_before) and (len(block) == 1 or j == block[0] and _opens_line_above(out, i, j))):
            break  # a short line ('Por fin.') is a quote alone under a header naming a poster seen above,
            # or, where no blank line ends the quote (a copy without blank lines, round 33: Kunena's 'X wrote:'
            # / 'Enfin !' / the reply), the first line under it when a post above opens with those words
        repeated.append(j)
    if long_name and not repeated:
        return  # a long name over text that repeats nothing: a sentence ending in 'said:', not a quote
    if not (repeated or closed):
        if quote_target(line.text) is None or explicit_author(line.text) is not None:
            return  # 'John says:' heading his own comment; 'Update:' with new text under it
    quoted = block if closed else repeated
    if quoted and article and _only_in_article([_unquoted(out[j].text) for j in quoted], seen_before, article):
        target = None
    out[i] = replace(line, kind=QUOTE, name=target)
    for j in range(i + 1, first):
        out[j] = replace(out[j], kind=QUOTE)  # the quoted post's time belongs to the quote header
    for j in quoted:
        out[j] = replace(out[j], kind=QUOTE)


def _opens_line_above(out: list[Line], i: int, j: int) -> bool:
    """Line j's words open a text line above line i: a post's first sentence, as a quote repeats it."""
    words = _unquoted(out[j].text)
    return bool(words) and any(x.kind == TEXT and comparable(x.text).startswith(words) for x in out[:i])


def _named_above(name: str, seen_before: str) -> bool:
    """The poster a quote header names is printed above: as named, or with the hyphens of a mention
    for spaces (NodeBB's '@Marie-Claire-D.' for 'Marie-Claire D.', round 32: either hyphen may be one)."""
    if comparable(name) in seen_before:
        return True
    parts = name.split("-")
    return any(comparable("-".join(parts[:k]) + " " + "-".join(parts[k:])) in seen_before for k in range(1, len(parts)))


def _quoted_time_below(header: str, below: Line) -> bool:
    """The line under a phpBB quote header ('X schreef: ↑') is the quoted post's time (round
    15a), or the end of it that a saver's wrap cut from the header ('X escribió: ↑Vie 04 Dic
    2026' over '21:15', html2text at 78 columns; round 28): the header's text after the arrow
    and that line read as one timestamp."""
    if QUOTE_BACKLINK not in header:
        return False
    if header.rstrip().endswith(QUOTE_BACKLINK) and below.kind == TIME:
        return True
    head = header.rsplit(QUOTE_BACKLINK, 1)[1].strip()
    return bool(head) and below.kind in (TIME, NOISE) and is_timestamp(f"{head} {below.text.strip()}")


def _indented_quote(out: list[Line], i: int, block: list[int]) -> bool:
    """A text dump (lynx, w3m) prints a blockquote indented deeper than the reply under it: the
    header at i and its block, all indented alike, over a blank line and less indented text, are
    the quote whole, even where the poster trimmed the quoted sentence (round 26a: phpBB's
    'X írta: ↑DATE' over 'Most levágjam ..., vagy várjak tavaszig?')."""
    if not block or any(out[j].indent != out[i].indent for j in block):
        return False
    end = block[-1] + 1
    after = next_non_blank(out, block[-1]) if end < len(out) and out[end].kind == BLANK else []
    return bool(after) and out[after[0]].kind == TEXT and out[after[0]].indent < out[i].indent


def _only_in_article(quoted: list[str], seen_before: str, article: str) -> bool:
    """Every quoted line is the article's text and none the thread's above the quote."""
    thread = seen_before[len(article):] if seen_before.startswith(article) else seen_before
    return all(text and text in article and text not in thread for text in quoted)


def mark_unnamed_quote(out: list[Line], i: int, seen_before: str) -> None:
    """Line i is a quote box's bare label ('Citat:', 'Quote:'; rule kind quote_label) and the
    text lines right under it (up to a blank line or a 'Click to expand') repeat earlier text
    of the page: they are quoted text naming no poster, not the reply's words, nor its author
    line (round 22a, Flashback's quote of the opening post without 'Ursprungligen postat av').
    Under the label, a header that names the poster is left to mark_quote."""
    below = i + 1
    if below >= len(out) or out[below].kind != TEXT or quote_target(out[below].text, with_repeat_rules=True) is not None:
        return
    block, closed = _quoted_block(out, below)
    repeated = [j for j in block if len(_unquoted(out[j].text)) >= MIN_QUOTE_CHARS and _unquoted(out[j].text) in seen_before]
    if not block or len(repeated) < len(block):
        return
    out[i] = replace(out[i], kind=QUOTE, name=None)
    for j in block:
        out[j] = replace(out[j], kind=QUOTE, name=None)


def quote_label(text: str) -> bool:
    """A quote box's label alone on its line (rule kind quote_label: 'Citat:', 'Quote:')."""
    return rules.kind_regex(rules.COMMENT_FILE, ("quote_label",)).fullmatch(text.strip()) is not None


# a quote header with the quoted text glued to it on one line ('X a écrit : (04-12-2026, 19:14)Les
# commerçants ...': MyBB's cite line and its quote, as a browser copies them)
_GLUED_QUOTE = re.compile(r"^(?P<head>[^:()]{1,80}:\s*(?:\((?P<stamp>[^()]{4,40})\))?)\s*(?P<quoted>\S.*)$")


def glued_quote(text: str) -> tuple[str, str] | None:
    """(name, quoted text) of a line that is a quote header with the quoted text glued to it: the
    header is one the reply rules know, with the quoted post's time in brackets, if any (round
    18a). The caller checks that the quoted text repeats earlier text of the page word for word."""
    match = _GLUED_QUOTE.match(text)
    if not match or (match.group("stamp") and not is_timestamp(match.group("stamp"))):
        return None
    found = quote_match(match.group("head").strip(), with_repeat_rules=True)
    quoted = _unquoted(match.group("quoted"))
    if not found or not found[1] or len(quoted) < MIN_QUOTE_CHARS:
        return None
    return found[0], quoted


def _view_post_link(text: str) -> bool:
    """vBulletin 4's 'View Post' link alone under a quote header (rule forum.noise.r18a_view_post_link_alone)."""
    view_post = rules.rule_by_id(rules.COMMENT_FILE, "forum.noise.r18a_view_post_link_alone")
    return view_post.regex.fullmatch(text) is not None


def _quoted_block(out: list[Line], start: int, header: Line | None = None) -> tuple[list[int], bool]:
    """Text lines from start up to a blank line or a 'Click to expand' line (closed=True); under a
    `header` inside a blockquote, also up to the first line outside it: less indented (a text dump's
    quote, w3m) or less deep in '>' marks (markdown), where a copy without blank lines runs the reply
    on under the quote (round 32)."""
    block = []
    for j in range(start, len(out)):
        if out[j].kind == BLANK:
            break
        if header is not None and (out[j].indent < header.indent or quote_depth(out[j].raw) < quote_depth(header.raw)):
            break
        if out[j].kind == NOISE and rules.kind_regex(rules.COMMENT_FILE, ("quote_end",)).fullmatch(out[j].text):
            return block, True
        if out[j].kind != TEXT:
            break
        block.append(j)
    return block, False


def _unquoted(text: str) -> str:
    return comparable(text).strip("\"'«»„“” ")


REPLY_NAME_WORDS = 6  # a recurring name under an author line, over its time: the parent (sentence-like
# names included: 'Ingrid doesn't drive a bus' under 'yes', round 6a)


def is_reply_to(out: list[Line], i: int) -> bool:
    """A name line between an author line and its time. A badge line may stand between the
    author and that name ('Ottilie Marsh' / 'Staff' / 'OldBrackwarian' / time, round 8), and so
    may the poster's full name under the user name (Discourse: 'marek_dz' / 'Marek Dziedzic' /
    'basia.k' / time, the reply tab last, round 19a)."""
    k = i - 1
    if k > 0 and out[k].kind == NOISE and (is_badge(out[k].text) or full_name_under_user(out, k)):
        k -= 1
    if k < 0 or out[k].kind != TEXT:
        return False
    previous, line = out[k], out[i]
    if not (name_shaped(previous.text) and name_shaped(line.text)) or len(line.text.split()) > REPLY_NAME_WORDS:
        return False
    return any(out[j].kind == TIME for j in next_non_blank(out, i))


def full_name_under_user(out: list[Line], i: int) -> bool:
    """Line i is the poster's full name under the user name above it (Discourse copied from the
    browser, round 19a): it spells the user name out ('marek_dz' / 'Marek Dziedzic'), or the same
    two lines stand stacked over another post's time in the thread (a nickname no spelling links to
    its name: the same user name over the same second line at two posts is one person's header,
    where a reply tab would have to name the same parent each time). The line above must be a name
    line: Disqus's 'Avatar' over the author is no user name."""
    if i < 1:
        return False
    user, name = out[i - 1].text, out[i].text
    if user_over_full_name(user, name):
        return True
    return (out[i - 1].kind == TEXT and len(user.strip()) >= USER_NAME_MIN_CHARS and name_shaped(user) and name_shaped(name)
            and any(j != i and out[j - 1].text == user and out[j].text == name and _over_time(out, j)
                    for j in range(1, len(out))))


def _over_time(out: list[Line], j: int) -> bool:
    """Line j stands over a post's time, right above it or above a reply tab's name over it."""
    below = next_non_blank(out, j, 2)
    return bool(below) and (out[below[0]].kind == TIME or (
        len(below) == 2 and out[below[1]].kind == TIME and name_shaped(out[below[0]].text)))
