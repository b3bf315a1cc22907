"""Classify the lines of a page for comment-section splitting (rules: rules/comment_widgets.json).

Every line gets one kind: blank, count (a declared comment count), anchor (a heading that
proves a thread), end (the widget is over), notice (a 'sign in to reply' sentence), widget /
form (thread chrome), noise (per-comment chrome: Reply, Like, votes, badges; it may carry a
timestamp or an 'N replies' count), time (a timestamp alone), text.  Author lines are read by
transforms/comment_headers.py (names by transforms/comment_names.py; both re-exported here);
transforms/comment_context.py then reads the lines of a thread in context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice

from transforms import rules
from transforms.comment_headers import (
    MAX_AUTHOR_CHARS, Candidate, bracketed_timestamp, explicit_author, is_chrome_piece, long_rule_name, stamp_then_post_number,
)
from transforms.comment_names import (
    NAME_WORDS, POST_NUMBER, REPLY_ARROWS, RULE_NAME_WORDS, at_names, author_handle, clean_name, is_badge, name_shaped,
    name_then_profile_line, newsroom_reply, quote_match, quote_target, split_handle, without_role_suffix,
)
from transforms.lines import (
    LIST_MARKER, SIGNATURE_SEPARATOR, indent_width, link_texts, names_replied_comment, plain_line, stamp_after_gap,
)
from transforms.timestamps import is_timestamp

# the public API: the kinds, Line and the classifier; what an author line and a name say by themselves
# (comment_headers, comment_names) is re-exported, as callers import it from here
__all__ = [
    "ANCHOR", "BLANK", "BOILER", "CHROME", "COUNT", "END", "FORM", "MAX_AUTHOR_CHARS", "MAX_CHROME_CHARS",
    "MIN_NOTICE_WORDS", "NAME_WORDS", "NOISE", "NOTICE", "QUOTE", "REPLY_ARROWS", "REPLY_TO", "RULE_NAME_WORDS",
    "SIGNATURE_SEPARATOR", "SPECIFIC", "TEXT", "TIME", "USER_TITLE_WORDS", "WIDGET", "Candidate", "Line",
    "at_names", "author_handle", "bare_candidate", "bracketed_timestamp", "classify", "classify_all", "clean_name",
    "explicit_author", "is_badge", "is_online_status", "item_indent", "is_post_number", "name_shaped", "newsroom_reply",
    "next_non_blank", "past_post_number", "previous_non_blank", "quote_match", "quote_target", "stamp_then_post_number",
    "without_role_suffix",
]

BLANK, COUNT, ANCHOR, END, WIDGET, FORM, NOISE, TIME, TEXT = (
    "blank", "count", "anchor", "end", "widget", "form", "noise", "time", "text",
)
BOILER = "boiler"  # page boilerplate (share bars, ads, footers) met among the comment lines
NOTICE = "notice"  # 'sign in to reply': refine_thread makes it END, chrome or comment text
QUOTE, REPLY_TO = "quote", "reply_to"  # set by refine_thread
CHROME = (COUNT, ANCHOR, END, WIDGET, FORM, NOISE, TIME, BOILER, NOTICE)
SPECIFIC = (COUNT, ANCHOR, END, WIDGET, FORM, TIME)  # chrome that only comment widgets print
MAX_CHROME_CHARS = 450  # longer lines are text: every rule is bounded below this
USER_TITLE_WORDS = 4  # a forum user title above profile fields has a comma or this many words
PROFILE_VALUE_WORDS = 4  # a poster-box value: a date, a number, a town ('12 mrt 2011', '1.204', 'Zutphen')
MIN_NOTICE_WORDS = 5  # a shorter 'Log in to Reply' is a per-comment button, not a notice

_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_WIDE_GAP = re.compile(r"\s{2,}|\t")  # buttons a browser copy sets apart by runs of spaces or tabs
_HAS_WORD = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_DIGIT_RE = re.compile(r"\d")
# Tree-drawing marks in front of a reply's author line ('└ Claire V.'): one nesting level each.
_TREE_MARKS = re.compile(r"^(?:[└├╰┗┣╚╠]\s*)+")


@dataclass(frozen=True)
class Line:
    index: int
    raw: str
    text: str
    kind: str
    indent: int = 0
    count: int | None = None  # declared comment count (count lines)
    stamp: str | None = None  # timestamp text the line carries
    replies: int | None = None  # 'N replies' under a comment
    hidden: int | None = None  # 'Show N more replies': replies of the comment above NOT on the page
    replies_link: bool = False  # 'View N replies' (a replies_link rule): opens the replies of the comment above
    depth: int | None = None  # nesting marker above a comment ('level 2')
    name: str | None = None  # quote header / reply-to: the name pointed at


# a line that starts with an icon followed by a link ('*   ![Image 5: Mi piace](...)[Serena Lucchesi](...)')
_ICON_THEN_LINK = re.compile(r"^\s*(?:[*+-]\s+)?!\[(?P<alt>[^\[\]]{1,40})\]\([^()\s]*\)\s?\[")


# Disqus' reply header as a reader's markdown saves it: the replier's profile link, then a link to
# the comment replied to ('[Name](https://disqus.com/by/x/) [Parent](https://site/a#comment-6298110412)').
# The page draws an arrow icon between the two, which html2text leaves out (round 32).
_REPLY_LINK_PAIR = re.compile(
    r"^(?P<head>\s*(?:[*+-]\s+)?(?:\*\*|__)?\[[^\[\]]+\]\([^()\s]+\)(?:\*\*|__)?)"
    r"\s+(?P<parent>\[(?P<name>[^\[\]]+)\]\((?P<url>[^()\s]*)\))(?P<rest>\s.*)?$")


def with_reply_arrow(raw: str) -> str:
    """`raw` with the reply arrow put back between a replier's linked name and the linked name of
    the comment replied to ('[wir in ober-wittau ...](...) [Hubert Schreiner](...#comment-6298110412)'
    -> '... → [Hubert Schreiner](...)'), so the replied-to name is read as a parent and not as the
    end of the replier's name; a link to a comment whose text is a time ('[vor 17 Stunden](...#comment-1)')
    is the comment's own permalink, not a name."""
    match = _REPLY_LINK_PAIR.match(raw) if "#comment" in raw else None
    if match is None or not names_replied_comment(match.group("url"), plain_line(match.group("name"))):
        return raw
    return f"{match.group('head')} → {match.group('parent')}{match.group('rest') or ''}"


def classify(index: int, raw: str) -> Line:
    text = plain_line(with_reply_arrow(raw))
    indent = indent_width(raw)
    if not text:
        return Line(index, raw, "", BLANK, indent)
    if _reactions_summary(raw):
        return Line(index, raw, text, NOISE, indent)
    tree = _TREE_MARKS.match(text)
    if tree and tree.end() < len(text):
        indent += 4 * len(tree.group(0).split())
        text = text[tree.end():]
    if len(text) > MAX_CHROME_CHARS:
        return Line(index, raw, text, TEXT, indent)  # no widget line is this long
    if not _HAS_WORD.search(text):
        return Line(index, raw, text, NOISE, indent)
    replies = _reply_count(text)
    if replies is not None:
        return Line(index, raw, text, NOISE, indent, replies=replies)
    hidden = _group_number(text, "hidden_replies")
    if hidden is not None:
        link = rules.kind_regex(rules.COMMENT_FILE, ("replies_link",)).fullmatch(text) is not None
        return Line(index, raw, text, NOISE, indent, hidden=hidden, replies_link=link)
    depth = _group_number(text, "depth")
    if depth is not None:
        return Line(index, raw, text, NOISE, indent, depth=depth)
    count = _count_value(text)
    if count is not None:
        return Line(index, raw, text, COUNT, indent, count=count)
    for kind in (ANCHOR, END):
        if rules.kind_regex(rules.COMMENT_FILE, (kind,)).fullmatch(text):
            return Line(index, raw, text, kind, indent)
    if len(text.split()) >= MIN_NOTICE_WORDS and rules.kind_regex(rules.COMMENT_FILE, ("end_notice",)).fullmatch(text):
        return Line(index, raw, text, NOTICE, indent)
    if rules.kind_regex(rules.BOILERPLATE_FILE, ("related_heading",)).fullmatch(text):
        return Line(index, raw, text, END, indent)  # a link list after the thread closes it
    if is_profile_label(text):
        return Line(index, raw, text, NOISE, indent)  # 'Lid geworden' alone: its value is the next line
    if rules.kind_regex(rules.COMMENT_FILE, ("post_count",)).fullmatch(text):
        return Line(index, raw, text, NOISE, indent)  # '3.411 mensajes' under a poster's name (round 21a)
    if rules.kind_regex(rules.COMMENT_FILE, ("thanks_header",)).fullmatch(text):
        return Line(index, raw, text, NOISE, indent)  # 'The following user would like to thank X ...:'
    if rules.kind_regex(rules.COMMENT_FILE, ("post_header",)).fullmatch(text):
        stamp = stamp_inside(text)  # 'Wysłany: Czw 03 Gru, 2026 18:22 Temat postu: ...': the post's time
        return Line(index, raw, text, TIME if stamp else NOISE, indent, stamp=stamp)
    if is_timestamp(text):
        return Line(index, raw, text, TIME, indent, stamp=text)
    # a quote's closing 'Click to expand...' is per-comment chrome too, in every wording its rules know
    if (rules.kind_regex(rules.COMMENT_FILE, ("noise", "quote_end")).fullmatch(text.lstrip(REPLY_ARROWS + " "))
            and not name_then_profile_line(text)):  # 'NavigaLario Lavora presso Ospedale ...': a name's line
        return Line(index, raw, text, NOISE, indent)
    pieces = _SEPARATORS.split(text.lstrip(REPLY_ARROWS + " "))
    if len(pieces) > 1 and is_timestamp(pieces[0]) and all(is_badge(p) for p in pieces[1:]):
        return Line(index, raw, text, TIME, indent, stamp=pieces[0])  # 'Nov 18 · Author': a time and a badge
    if len(pieces) == 2 and _score(pieces[0]) and is_timestamp(pieces[1]):
        return Line(index, raw, text, TIME, indent, stamp=pieces[1])  # '4 points · 7 hours ago' (Lemmy)
    if len(pieces) > 1 and all(is_chrome_piece(p) for p in pieces) and not _stats_row(pieces):
        stamp = next((p for p in pieces if p and is_timestamp(p)), None)
        return Line(index, raw, text, NOISE, indent, stamp=stamp)
    if _action_bar_with_unknown_piece(pieces):  # 'J’aime · Répondre · Voir la traduction · 3 sem'
        stamp = next((p for p in pieces if p and is_timestamp(p)), None)
        return Line(index, raw, text, NOISE, indent, stamp=stamp)
    gap_pieces = [plain_line(p) for p in _WIDE_GAP.split(raw.strip())]
    if len(gap_pieces) > 1 and all(is_chrome_piece(p) for p in gap_pieces):  # 'Antworten  Melden  👍 15'
        stamp = next((p for p in gap_pieces if p and is_timestamp(p)), None)
        return Line(index, raw, text, NOISE, indent, stamp=stamp)
    widget = rules.kind_regex(rules.COMMENT_FILE, ("widget", "form"))
    if _user_title_line(pieces, widget):
        return Line(index, raw, text, WIDGET, indent)
    if (len(pieces) > 1 and not _stats_row(pieces)
            and all(not p or widget.fullmatch(p) or is_chrome_piece(p) for p in pieces)
            and not any(p and is_timestamp(p) for p in pieces)):  # ('Guest • 8 years ago' is an author line)
        return Line(index, raw, text, WIDGET, indent)  # 'Log in | Sign up'
    for kind in (FORM, WIDGET):
        if rules.kind_regex(rules.COMMENT_FILE, (kind,)).fullmatch(text):
            return Line(index, raw, text, kind, indent)
    if rules.kind_regex(rules.BOILERPLATE_FILE, rules.LINE_NOISE_KINDS, "thread").fullmatch(text):
        return Line(index, raw, text, BOILER, indent)
    button = rules.BRACKETED_LABEL.fullmatch(text)
    inner = classify(index, button.group(1)) if button else None  # chrome in brackets is chrome
    if inner is not None and inner.kind in (NOISE, WIDGET, FORM, END, BOILER, ANCHOR):
        return replace(inner, raw=raw, indent=indent)
    # 'un vecino del camino de los Molinos   5 dic 2026' (w3m): a post header's name and time in the
    # theme's columns, the gap a separator as a dot would be, so the line reads 'name · time' (round 32)
    columns = stamp_after_gap(raw)
    return Line(index, raw, " · ".join(columns) if columns else text, TEXT, indent)


def _reactions_summary(raw: str) -> bool:
    """XenForo's reaction icon with the readers who reacted after it, as a reader converter saves
    the row under a post ('![Image 5: Mi piace](...)[Serena Lucchesi](...)', rule kind
    reaction_image): readers, not an author line (round 25a)."""
    icon = _ICON_THEN_LINK.match(raw) if "![" in raw else None
    return bool(icon) and rules.kind_regex(rules.COMMENT_FILE, ("reaction_image",)).fullmatch(icon.group("alt")) is not None


def _score(piece: str) -> bool:
    """A comment's score in points ('4 points', '2 Punkte'; rule forum.noise.f2_score_points)."""
    return rules.rule_by_id(rules.COMMENT_FILE, "forum.noise.f2_score_points").regex.fullmatch(piece) is not None


def is_profile_label(text: str) -> bool:
    """A poster-box field name alone on its line ('Joined', 'Berichten', 'Lid geworden'): a forum
    profile copied as a definition list, its value on the next line (refine_thread)."""
    return bool(rules.kind_regex(rules.COMMENT_FILE, ("profile_label",)).fullmatch(text))


def is_online_status(line: str) -> bool:
    """vBulletin 4's online status line under a poster's name ('Merche_T está desconectado', rule
    forum.noise.r18a_online_status_line)."""
    return rules.rule_by_id(rules.COMMENT_FILE, "forum.noise.r18a_online_status_line").regex.fullmatch(line) is not None


_STAT_PIECE = re.compile(r"^\d[\d.,]*k?\s+[^\W\d_][\w'’-]*$")  # '312 visualizações'


def _stats_row(pieces: list[str]) -> bool:
    """A thread's stats under its title, its reply count first ('4 respostas · 312 visualizações'):
    left to promote_count_headings as a count line, not per-comment chrome (round 17a)."""
    return _reply_count(pieces[0]) is not None and all(_STAT_PIECE.match(p) for p in pieces)


def _user_title_line(pieces: list[str], widget: rules.LineMatcher) -> bool:
    """A forum poster's title followed by two or more profile fields ('Chair, Vale Line Rail
    Users · Posts: 3102 · Joined: Sat Feb 05, 2011').  The title must not look like a display
    name (it has a comma or USER_TITLE_WORDS words), so 'Gwen Tarrant · Posts: 59 · Joined: 2022'
    stays a possible author line."""
    if len(pieces) < 3 or any(is_timestamp(p) for p in pieces if p):
        return False
    title = pieces[0]
    fields = pieces[1:]
    if not all(p and widget.fullmatch(p) and ":" in p for p in fields):
        return False
    return "," in title or len(title.split()) >= USER_TITLE_WORDS


def classify_all(raw_lines: list[str]) -> list[Line]:
    return _mark_profile_values(_mark_status_ranks([classify(i, raw) for i, raw in enumerate(raw_lines)]))


RANK_WORDS = 4  # a user title: 'Recién llegado', 'Usuaria veterana', 'Senior Member'


def _mark_status_ranks(lines: list[Line]) -> list[Line]:
    """vBulletin 4's poster box prints the poster's name, the online status line ('Merche_T está
    desconectado'), the user title and then the profile fields ('Fecha de Ingreso' / 'mar 2009'):
    a short line between a status line and a field name is the user title, whatever a forum
    calls its ranks ('Recién llegado', 'Usuaria veterana'), chrome and not the author (round 23a)."""
    out = list(lines)
    for i, line in enumerate(out):
        if line.kind != TEXT or len(line.text.split()) > RANK_WORDS:
            continue
        above, below = previous_non_blank(out, i), next_non_blank(out, i)
        if (above and below and is_online_status(out[above[0]].text)
                and out[below[0]].kind == NOISE and is_profile_label(out[below[0]].text)):
            out[i] = replace(line, kind=NOISE)
    return out


def _mark_profile_values(lines: list[Line]) -> list[Line]:
    """The line under a poster-box field name alone ('Lid geworden' / '12 mrt 2011', 'Berichten' /
    '1.204') is that field's value: chrome, not the post's time or a comment; the names under a
    thanks line ('Die folgenden 2 Benutzer sagen Danke zu X ...:' / 'Heike_O, Torsten K.') are
    readers who thanked, not a comment (round 17a). A line with a rank under it is the next
    poster's name, not a value (SMF's Portuguese 'Registrado', its 'Logged', over the next poster
    in a copy without blank lines: 'Registrado' / 'Fernanda Lopes' / 'Membro')."""
    out = list(lines)
    thanks = rules.kind_regex(rules.COMMENT_FILE, ("thanks_header",))
    for i, line in enumerate(out[:-1]):
        below = out[i + 1]
        if line.kind != NOISE or below.kind not in (TIME, TEXT):
            continue
        rank_under = i + 2 < len(out) and out[i + 2].kind == NOISE and is_badge(out[i + 2].text)
        if (len(below.text.split()) <= PROFILE_VALUE_WORDS and is_profile_label(line.text) and not rank_under
                or _name_list(below.text) and thanks.fullmatch(line.text)):
            out[i + 1] = replace(below, kind=NOISE, stamp=None)
    return out


THANKED_NAME_WORDS = 3  # each name in a thanks list ('Heike_O, Torsten K.')
_NAME_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|und|et|y|e|en|i)\s+")


def _name_list(text: str) -> bool:
    """Names separated by commas (or a final 'and'), each a few words: 'Derek Hollings, mike_in_the_loft'."""
    names = [n for n in _NAME_LIST_SPLIT.split(text.strip()) if n]
    return bool(names) and all(len(n.split()) <= THANKED_NAME_WORDS and name_shaped(n) for n in names)


STAMP_SPAN_TOKENS = 8  # a date and time inside a header line is at most this many tokens
_STAMP_END = re.compile(r"(?:\d|[ap]\.?m\.?)$", re.IGNORECASE)  # a time of day or a year ends it


def stamp_inside(text: str) -> str | None:
    """The longest run of tokens in `text` that is a timestamp ('Posted: Thu Dec 03, 2026 6:22 pm
    Post subject: ...' -> 'Thu Dec 03, 2026 6:22 pm'), None when there is none."""
    tokens = text.split()
    for size in range(min(STAMP_SPAN_TOKENS, len(tokens)), 1, -1):
        for start in range(len(tokens) - size + 1):
            piece = " ".join(tokens[start:start + size]).strip(" ,")
            if _STAMP_END.search(piece) and is_timestamp(piece):
                return piece
    return None


def next_non_blank(lines: Sequence[Line], i: int, n: int | None = 1, window: int | None = None) -> list[int]:
    """The positions of the first n lines after position i that are not blank (n=None: all of
    them), looking at most `window` lines ahead (None: to the end of the lines)."""
    end = len(lines) if window is None else min(len(lines), i + 1 + window)
    return list(islice((j for j in range(i + 1, end) if lines[j].kind != BLANK), n))


def previous_non_blank(lines: Sequence[Line], i: int, n: int | None = 1) -> list[int]:
    """The positions of the first n lines before position i that are not blank, nearest first."""
    return list(islice((j for j in range(i - 1, -1, -1) if lines[j].kind != BLANK), n))


def past_post_number(lines: Sequence[Line], i: int, step: int) -> list[int]:
    """The next line with text from i in direction step (1: below, -1: above), past a post
    number alone on its line: vBulletin prints a post's time, then its number ('#5'), then the
    poster's name (benchmarks/eval_forums.py), so the time still stands right above the name."""
    near = next_non_blank if step > 0 else previous_non_blank
    found = near(lines, i)
    if found and is_post_number(lines[found[0]]):
        return near(lines, found[0])
    return found


def is_post_number(line: Line) -> bool:
    """A forum post's number alone on its line ('#5'), read as chrome."""
    return line.kind == NOISE and POST_NUMBER.fullmatch(line.text.strip()) is not None


def _count_value(text: str) -> int | None:
    line, text = text, text.strip("() ")
    if re.search(r"\s[–—-]\s", text):  # '4 Kommentare – Kommentarfunktion geschlossen'
        text = re.split(r"\s[–—-]\s", text)[0]
    words = text.split()
    if len(words) > 30 or (text.endswith(".") and len(words) > 6):
        return None
    pieces = _SEPARATORS.split(text)
    if len(pieces) == 2 and pieces[1].isdigit() and not is_chrome_piece(pieces[0]):
        return _count_value(f"{pieces[0]} ({pieces[1]})")  # 'Comentarios · 7', not 'Antworten · 12'
    if len(pieces) > 1:  # 'Conversation · 57 Comments'
        if any(_page_of(p) for p in _SEPARATORS.split(line)):
            return None  # a forum's pager: '7 hozzászólás • 1. oldal (összesen 1)' counts posts (round 26a)
        counts = [c for c in (_count_value(p) for p in pieces if p) if c is not None]
        # No piece is a count alone: a rule may read the whole line ('Leserdebatte · 6 Beiträge',
        # where a bare '6 Beiträge' is a forum's post total, no comment count).
        return counts[0] if counts else _rule_count(text)
    if ": " in text and len(words) <= 8:  # 'Talk to us: 6 comments'
        count = _count_value(text.rsplit(": ", 1)[1])
        if count is not None:
            return count
    return _rule_count(text)


def _page_of(piece: str) -> bool:
    """'Page 1 of 3', '1. oldal (összesen 1)': a pager's place (rule generic.noise.pagination)."""
    return rules.rule_by_id(rules.COMMENT_FILE, "generic.noise.pagination").regex.fullmatch(piece) is not None


def _rule_count(text: str) -> int | None:
    """The number a count rule of `rules/comment_widgets.json` reads on the whole line."""
    for rule in rules.rules_of(rules.COMMENT_FILE, "count"):
        match = rule.regex.fullmatch(text)
        if match:
            number = next(v for k, v in match.groupdict().items() if k.startswith("n") and v).lower()
            return int(number) if number.isdigit() else rules.number_words().get(number)
    return None


def _reply_count(text: str) -> int | None:
    return _group_number(text, "reply_count")


def _group_number(text: str, kind: str) -> int | None:
    """The number a rule of `kind` reads in group n, or in n2, n3 ... where the rule's wordings
    put it in different places (round 34: 'Zobraziť ďalšie 2 odpovede' used to fail on n2)."""
    for rule in rules.rules_of(rules.COMMENT_FILE, kind):
        match = rule.regex.fullmatch(text)
        if match:
            number = next((v for k, v in match.groupdict().items() if _NUMBER_GROUP.fullmatch(k) and v), None)
            if number is not None:
                return int(number)
    return None


_NUMBER_GROUP = re.compile(r"n\d*")  # the group names a count rule puts its number in: n, n2, n3 ...


def _action_bar_with_unknown_piece(pieces: list[str]) -> bool:
    """Three or more separated pieces that open with an action word, all action words but one:
    a short one beside a timestamp (a button no rule knows), or a count ('Antworten | Melden |
    7 Leser finden das hilfreich').  'Rancher Jim • 2 hrs ago • Edited' opens with a name: an
    author line."""
    if len(pieces) < 3:
        return False
    unknown = [p for p in pieces if not is_chrome_piece(p)]
    first = pieces[0]
    opens_with_action = is_chrome_piece(first) and _HAS_LETTER.search(first) and not is_timestamp(first)
    if not opens_with_action or len(unknown) != 1:
        return False
    if any(p and is_timestamp(p) for p in pieces):
        return len(unknown[0].split()) <= 3
    return bool(_DIGIT_RE.search(unknown[0])) and len(unknown[0].split()) <= 6  # '7 Leser finden das hilfreich'


def item_indent(line: Line) -> int:
    """The column where a line's text starts: a list item's text stands right of its marker
    ('*   [Name](url)' under an unbulleted comment is a reply one level in); the markers are
    those plain_line drops (transforms.lines.LIST_MARKER), so the column is where the text is."""
    marker = LIST_MARKER.match(line.raw.strip())
    return line.indent + (len(marker.group(0)) if marker else 0)


# '[xuan](https://forum.example/u/xuan) Xuan Álvarez': a user name linked to its profile page, the
# full name after it (Discourse); the linked name is the one quotes and replies use (round 17a).
# One space: two are Disqus' gap to the replied-to name ('[brian_t](.../u/brian_t)  ledger_lady').
_PROFILE_LINK = re.compile(
    r"^\[(?P<name>[^\]\s]{1,40})\]\((?:https?://[^)\s]*)?/(?:u|users?|members?|profile)/(?P<slug>[^/)\s]+)/?\)\s\S")


def bare_candidate(line: Line) -> Candidate:
    """A plain short line as an author: 'Name' or Disqus' 'Name  Replied-to' (two spaces)."""
    raw = LIST_MARKER.sub("", line.raw.strip().replace("\u00a0", " "))  # '2.  [Name](url)': a list item
    linked = _PROFILE_LINK.match(raw)
    if linked and linked.group("name").casefold() == linked.group("slug").casefold():
        return Candidate(linked.group("name"), None, None, 0.0)  # Discourse's 'username Full Name' (round 17a)
    # a name linked to its profile keeps its gap to the replied-to name (a reader's markdown)
    raw = link_texts(raw)
    if long_name := long_rule_name(line.text):
        return Candidate(long_name, None, None, 0.0)  # 'Un gars de la laiterie qui commence à 4h30 dit :'
    source = raw if re.search(r"\S\s{2,}\S", raw) and plain_line(raw) == line.text else line.text
    name, parent = split_handle(clean_name(source) or line.text)
    return Candidate(name, None, parent, 0.0)
