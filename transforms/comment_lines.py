"""Classify the lines of a page for comment-section splitting (rules: rules/comment_widgets.json).

Every line gets one kind: blank, count (a declared comment count), anchor (a heading that
proves a thread), end (the widget is over), notice (a 'sign in to reply' sentence), widget /
form (thread chrome), noise (per-comment chrome: Reply, Like, votes, badges; it may carry a
timestamp or an 'N replies' count), time (a timestamp alone), text.  Author-line shapes and
quote headers are read here too.  transforms/comment_context.py then reads the lines of a
thread in context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms import rules
from transforms.lines import indent_width, plain_line
from transforms.timestamps import LINE_CACHE_SIZE, is_timestamp, split_trailing_timestamp

BLANK, COUNT, ANCHOR, END, WIDGET, FORM, NOISE, TIME, TEXT = (
    "blank", "count", "anchor", "end", "widget", "form", "noise", "time", "text",
)
BOILER = "boiler"  # page boilerplate (share bars, ads, footers) met among the comment lines
NOTICE = "notice"  # 'sign in to reply': refine_thread makes it END, chrome or comment text
QUOTE, REPLY_TO = "quote", "reply_to"  # set by refine_thread
CHROME = (COUNT, ANCHOR, END, WIDGET, FORM, NOISE, TIME, BOILER, NOTICE)
SPECIFIC = (COUNT, ANCHOR, END, WIDGET, FORM, TIME)  # chrome that only comment widgets print
MAX_CHROME_CHARS = 450  # longer lines are text: every rule is bounded below this
MAX_AUTHOR_CHARS = 200  # longer lines are never author lines
NAME_WORDS = 6  # a display name has at most this many words ...
RULE_NAME_WORDS = 8  # ... or this many before 'says:' / 'dit :' ('Un voisin de la rue des Tanneurs dit :')
USER_TITLE_WORDS = 4  # a forum user title above profile fields has a comma or this many words
MIN_NOTICE_WORDS = 5  # a shorter 'Log in to Reply' is a per-comment button, not a notice

_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_WIDE_GAP = re.compile(r"\s{2,}|\t")  # buttons a browser copy sets apart by runs of spaces or tabs
_HAS_WORD = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_DIGIT_RE = re.compile(r"\d")
_NAME_END = tuple(".!?…:;,\"”»")
_BADGE_SPLIT = re.compile(r"\s+[·•|»—–]\s+|\s+[·•|»—–]$")
REPLY_ARROWS = "→➞►➦↪↩⤷➥➔➜⇒↳➤➢▶⮕⇨➡"
# Tree-drawing marks in front of a reply's author line ('└ Claire V.'): one nesting level each.
_TREE_MARKS = re.compile(r"^(?:[└├╰┗┣╚╠]\s*)+")
_HANDLE_SPLIT = re.compile(rf"\s{{2,}}|\s*(?:[{REPLY_ARROWS}]|->)\s*")
_JOINER_END = re.compile(r"(?:\s+|^)(?:on|at|am|um|le|el|posted|publié|publicado)\s*$", re.IGNORECASE)
_ROLE_BADGE = re.compile(
    r"\s*\((?:verified|author|staff|moderator|mod|admin|editor|op|autor|auteur|redaktion|rédaction|redacción)\)\s*$",
    re.IGNORECASE,
)
SIGNATURE_SEPARATOR = r"^\s*(?:_{5,}|--\s?|logged)\s*$"  # 'Logged': SMF prints it above the signature
# A place after a name ('Javier M. (Huesca)', 'Pieter (Den Bosch)'): capitalised words in brackets.
# Lower-case notes stay part of the name ('Kreistagsmitglied (parteilos)').
_PLACE_IN_BRACKETS = re.compile(r"\s*\((?:[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*)(?:[ -][A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*){0,2}\)\s*$")
# ... or after a comma ('Ailsa, Stornoway', 'Ove T., Åsane'): a capitalised place of one or two words
_PLACE_AFTER_COMMA = re.compile(r"(?<=\w|\.),\s+(?:[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*)(?:[ -][A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ][\w'.-]*)?\s*$")
_LIST_MARKER = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")  # a markdown list item's marker and its gap
_POST_NUMBER = re.compile(r"#\d{1,6}(?:\.\d{1,4})*")  # '#4', and a reply's '#1.2'
_LEADING_POST_NUMBER = re.compile(r"^#\d{1,6}(?:\.\d{1,4})*\s+")
_TRAILING_HANDLE = re.compile(r"(?<=[^\W\d_]|[✓✔☑✅])\s+@[\w.]{2,30}$")  # a display name, then the @handle
_BY_PREFIX = re.compile(r"^(?:by|von|par|por)\s+", re.IGNORECASE)
# the @handle after a display name on an author line ('Sanna Leino @sannal · 2 t')
_HANDLE_ON_LINE = re.compile(r"(?<=[^\W\d_]|[✓✔☑✅])\s+@(?P<handle>[\w.]{2,30})(?=\s*(?:[|•·–—,-]|$))")


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
    depth: int | None = None  # nesting marker above a comment ('level 2')
    name: str | None = None  # quote header / reply-to: the name pointed at


@dataclass(frozen=True)
class Candidate:
    """What an author line says by itself."""

    name: str
    stamp: str | None
    parent_name: str | None
    strength: float  # evidence from the line's own shape: 0 for a bare short line


def classify(index: int, raw: str) -> Line:
    text = plain_line(raw)
    indent = indent_width(raw)
    if not text:
        return Line(index, raw, "", BLANK, indent)
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
    if is_timestamp(text):
        return Line(index, raw, text, TIME, indent, stamp=text)
    # a quote's closing 'Click to expand...' is per-comment chrome too, in every wording its rules know
    if rules.kind_regex(rules.COMMENT_FILE, ("noise", "quote_end")).fullmatch(text.lstrip(REPLY_ARROWS + " ")):
        return Line(index, raw, text, NOISE, indent)
    pieces = _SEPARATORS.split(text.lstrip(REPLY_ARROWS + " "))
    if len(pieces) > 1 and is_timestamp(pieces[0]) and all(is_badge(p) for p in pieces[1:]):
        return Line(index, raw, text, TIME, indent, stamp=pieces[0])  # 'Nov 18 · Author': a time and a badge
    if len(pieces) > 1 and all(_is_chrome_piece(p) for p in pieces):
        stamp = next((p for p in pieces if p and is_timestamp(p)), None)
        return Line(index, raw, text, NOISE, indent, stamp=stamp)
    if _action_bar_with_unknown_piece(pieces):  # 'J’aime · Répondre · Voir la traduction · 3 sem'
        stamp = next((p for p in pieces if p and is_timestamp(p)), None)
        return Line(index, raw, text, NOISE, indent, stamp=stamp)
    gap_pieces = [plain_line(p) for p in _WIDE_GAP.split(raw.strip())]
    if len(gap_pieces) > 1 and all(_is_chrome_piece(p) for p in gap_pieces):  # 'Antworten  Melden  👍 15'
        stamp = next((p for p in gap_pieces if p and is_timestamp(p)), None)
        return Line(index, raw, text, NOISE, indent, stamp=stamp)
    widget = rules.kind_regex(rules.COMMENT_FILE, ("widget", "form"))
    if _user_title_line(pieces, widget):
        return Line(index, raw, text, WIDGET, indent)
    if len(pieces) > 1 and all(not p or widget.fullmatch(p) or _is_chrome_piece(p) for p in pieces) and not any(
        p and is_timestamp(p) for p in pieces
    ):  # ('Guest • 8 years ago' is an author line)
        return Line(index, raw, text, WIDGET, indent)  # 'Log in | Sign up'
    for kind in (FORM, WIDGET):
        if rules.kind_regex(rules.COMMENT_FILE, (kind,)).fullmatch(text):
            return Line(index, raw, text, kind, indent)
    if rules.kind_regex(rules.BOILERPLATE_FILE, rules.LINE_NOISE_KINDS, "thread").fullmatch(text):
        return Line(index, raw, text, BOILER, indent)
    return Line(index, raw, text, TEXT, indent)


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
    return [classify(i, raw) for i, raw in enumerate(raw_lines)]


def _count_value(text: str) -> int | None:
    text = text.strip("() ")
    if re.search(r"\s[–—-]\s", text):  # '4 Kommentare – Kommentarfunktion geschlossen'
        text = re.split(r"\s[–—-]\s", text)[0]
    words = text.split()
    if len(words) > 30 or (text.endswith(".") and len(words) > 6):
        return None
    pieces = _SEPARATORS.split(text)
    if len(pieces) == 2 and pieces[1].isdigit() and not _is_chrome_piece(pieces[0]):
        return _count_value(f"{pieces[0]} ({pieces[1]})")  # 'Comentarios · 7', not 'Antworten · 12'
    if len(pieces) > 1:  # 'Conversation · 57 Comments'
        counts = [c for c in (_count_value(p) for p in pieces if p) if c is not None]
        return counts[0] if counts else None
    if ": " in text and len(words) <= 8:  # 'Talk to us: 6 comments'
        count = _count_value(text.rsplit(": ", 1)[1])
        if count is not None:
            return count
    for rule in rules.rules_of(rules.COMMENT_FILE, "count"):
        match = rule.regex.fullmatch(text)
        if match:
            number = next(v for k, v in match.groupdict().items() if k.startswith("n") and v).lower()
            return int(number) if number.isdigit() else rules.number_words().get(number)
    return None


def _reply_count(text: str) -> int | None:
    return _group_number(text, "reply_count")


def _group_number(text: str, kind: str) -> int | None:
    for rule in rules.rules_of(rules.COMMENT_FILE, kind):
        match = rule.regex.fullmatch(text)
        if match:
            return int(match.group("n"))
    return None


def _action_bar_with_unknown_piece(pieces: list[str]) -> bool:
    """Three or more separated pieces that open with an action word, all action words but one:
    a short one beside a timestamp (a button no rule knows), or a count ('Antworten | Melden |
    7 Leser finden das hilfreich').  'Rancher Jim • 2 hrs ago • Edited' opens with a name: an
    author line."""
    if len(pieces) < 3:
        return False
    unknown = [p for p in pieces if not _is_chrome_piece(p)]
    first = pieces[0]
    opens_with_action = _is_chrome_piece(first) and _HAS_LETTER.search(first) and not is_timestamp(first)
    if not opens_with_action or len(unknown) != 1:
        return False
    if any(p and is_timestamp(p) for p in pieces):
        return len(unknown[0].split()) <= 3
    return bool(_DIGIT_RE.search(unknown[0])) and len(unknown[0].split()) <= 6  # '7 Leser finden das hilfreich'


@cache
def _badge_regex() -> re.Pattern:
    """The badge rules of comment_widgets.json (ids with 'badge'): role and member labels."""
    badges = tuple(rule for rule in rules.rules(rules.COMMENT_FILE) if "badge" in rule.id)
    return re.compile(rf"\s*(?:{rules._alternation(badges)})\s*", rules.FLAGS)


def is_badge(text: str) -> bool:
    """A role or member badge line ('Staff', 'Abonné', 'Top Fan') as the badge rules know it."""
    return _badge_regex().fullmatch(text) is not None


def _is_chrome_piece(piece: str) -> bool:
    return bool(
        not piece
        or rules.kind_regex(rules.COMMENT_FILE, ("noise",)).fullmatch(piece)
        or is_timestamp(piece)
    )


# ---------------------------------------------------------------- author lines


def name_shaped(name: str, strict: bool = True) -> bool:
    """Could be a display name: short, few words, no sentence end (unless an initial or an
    abbreviation: 'Bill R.', 'Förster_a.D.').  strict=False (a rule already matched the line
    as an author line): length and word count only."""
    words = name.split()
    if not strict:  # a rule matched the line: a sentence-like name may be longer
        return 0 < len(name) <= 60 and 0 < len(words) <= RULE_NAME_WORDS
    if not (0 < len(name) <= 60 and 0 < len(words) <= NAME_WORDS):
        return False
    last = words[-1]
    if last.endswith(".") and (len(last) <= 4 or "." in last[:-1]):
        return True  # 'Bill R.', 'J. Smith Jr.', 'Förster_a.D.'
    return not name.endswith(_NAME_END)


def clean_name(name: str) -> str:
    name = _ROLE_BADGE.sub("", name)
    name = _PLACE_IN_BRACKETS.sub("", name) or name
    pieces = [p for p in _BADGE_SPLIT.split(name.strip()) if p.strip()]
    # the first piece that is a name, not a post number or a timestamp ('#3 · Javier · hace 1 día')
    name = next((p for p in pieces if not _POST_NUMBER.fullmatch(p.strip()) and not is_timestamp(p)), name)
    name = _JOINER_END.sub("", name.strip(" ,|•·:–—-»«›‹" + REPLY_ARROWS))
    name = _BY_PREFIX.sub("", name.strip(" ,|•·:–—-»«›‹" + REPLY_ARROWS)).strip()
    name = _LEADING_POST_NUMBER.sub("", name) or name  # '#4 Anna Schmidt'
    name = _TRAILING_HANDLE.sub("", name) or name  # 'Anna Schmidt @annas', 'Carla ✓ @carla'
    name = _without_trailing_symbols(name)  # 'Carla ✓', 'Anna Schmidt ✔'
    name = _PLACE_IN_BRACKETS.sub("", name) or name  # 'Anna Schmidt (Berlin) · ' after the strip
    name = _PLACE_AFTER_COMMA.sub("", name) or name  # 'Ailsa, Stornoway'
    for rule in rules.rules_of(rules.COMMENT_FILE, "name_prefix"):
        match = rule.regex.match(name)
        if match and match.end() < len(name):
            name = name[match.end():]
    match = _name_end_regex("author_verb").search(name)
    if match and match.start() > 0:
        name = name[: match.start()]  # 'Anna a commenté (il y a 3 heures)'
        name = _PLACE_IN_BRACKETS.sub("", _ROLE_BADGE.sub("", name)) or name  # 'X (Redaktion) schrieb am'
    return without_role_suffix(name)


def _without_trailing_symbols(name: str) -> str:
    """Verification ticks and emoji after a name are not part of it."""
    end = len(name)
    while end > 0 and (unicodedata.category(name[end - 1]) in ("So", "Sk", "Mn") or name[end - 1] in " \ufe0f"):
        end -= 1
    return name[:end] if end > 0 else name


def without_role_suffix(name: str) -> str:
    """'Carmen Ruiz Mod' -> 'Carmen Ruiz': a role badge after a name of two words or more."""
    match = _name_end_regex("name_suffix").search(name)
    if match and len(name[: match.start()].split()) >= 2:
        return name[: match.start()].strip()
    return name


@cache
def _name_end_regex(kind: str) -> re.Pattern:
    """The rules of `kind` (name_suffix, author_verb) as one regex anchored at a name's end."""
    alternation = "|".join(f"(?:{rule.pattern})" for rule in rules.rules_of(rules.COMMENT_FILE, kind))
    return re.compile(rf"\s*(?:{alternation})$" if kind == "name_suffix" else rf"\s+(?:{alternation})$", rules.FLAGS)


def _split_handle(name: str) -> tuple[str, str | None]:
    parts = [p for p in _HANDLE_SPLIT.split(name) if p]
    if len(parts) == 2:
        return without_role_suffix(parts[0]), parts[1]
    return name, None


@lru_cache(maxsize=LINE_CACHE_SIZE)  # pure, and asked of the same line by several passes
def explicit_author(text: str) -> Candidate | None:
    """An author line recognisable from the line alone: a rule of comment_widgets.json
    ('X says:', 'Post by X » date', 'Jane → John • 2 hours ago') or a name followed by a
    timestamp ('John Smith • 3 hours ago', 'Ailsa, Stornoway 27 March 2019 08:12')."""
    if len(text) > MAX_AUTHOR_CHARS:
        return None
    bare = text.lstrip(REPLY_ARROWS + " ")  # '↳ Respuesta de Laura a Javier': a reply's header
    for rule in rules.rules_of(rules.COMMENT_FILE, "author"):
        match = rule.regex.fullmatch(bare)
        if not match:
            continue
        groups = match.groupdict()
        raw_name = _first_group(groups, "author")
        stamp = (groups.get("ts") or "").strip() or None
        if stamp and not is_timestamp(stamp):
            if rule.needs_ts:
                continue  # the text where the rule wants a time is not one ('Gianna di Borgo ...')
            stamp = None
        split = None if stamp else split_trailing_timestamp(raw_name) or _leading_timestamp(raw_name)
        if split:
            raw_name, stamp = split
        if rule.needs_ts and not stamp:
            continue
        name = clean_name(raw_name)
        parent_text = _first_group(groups, "parent")
        if parent_text and (is_timestamp(parent_text) or _CLOCK.match(parent_text)):
            continue  # 'Réponse de Anna le 12/03/2024 à 18h40': 'à 18h40' names no one
        if name_shaped(name, strict=False):
            parent = clean_name(parent_text) or None
            if parent is None:
                name, parent = _split_handle(name)
            return Candidate(name, stamp, parent, 8.0)
    split = split_trailing_timestamp(text) or bracketed_timestamp(text) or stamp_then_post_number(text)[:2]
    if split and split[0].rstrip().endswith(":"):
        split = None  # 'Registado: ter 5 mar 2019 10:12' is a labelled field, not a name
    if split:
        head, stamp = split
        separated = bool(re.search(r"[|•·,–—»-]\s*$|\s(?:on|at|am|le|el|il|op|em|om|o)\s*$", head))
        name = clean_name(head)
        if name_shaped(name):
            name, parent = _split_handle(name)
            return Candidate(name, stamp, parent, 5.0 if separated else 3.5)
    return _stamped_pieces(text) or _stamped_with_links(text)


_CLOCK = re.compile(r"^\d{1,2}\s?[:h.]\s?\d{2}\b")
_TRAILING_POST_NUMBER = re.compile(r"\s+#?(?P<n>\d{1,5})$")
_CLOCK_IN_STAMP = re.compile(r"\d[:.h]\d\d|\d\s?[ap]\.?m\b", re.IGNORECASE)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def stamp_then_post_number(text: str) -> tuple[str, str, int] | tuple[()]:
    """(name, timestamp, post number) for 'mpatel December 3, 2026, 4:01pm 2': a forum's crawler
    view (Discourse) prints the post's number after its time on the author line. The time must
    carry a clock time, so a name ending in a date and a number is not read this way."""
    match = _TRAILING_POST_NUMBER.search(text)
    split = split_trailing_timestamp(text[: match.start()]) if match else None
    if not split or not _CLOCK_IN_STAMP.search(split[1]):
        return ()
    return split[0], split[1], int(match.group("n"))


_BRACKETED_END = re.compile(r"^(?P<head>.+?)\s*\((?P<ts>[^()]{4,60})\)$")


def bracketed_timestamp(text: str) -> tuple[str, str] | None:
    """'Anna Schmidt (12.03.2024, 18:40)': a timestamp in brackets after the name."""
    match = _BRACKETED_END.match(text)
    if match and is_timestamp(match.group("ts")):
        return match.group("head") + " ", match.group("ts")
    return None


def _leading_timestamp(text: str) -> tuple[str, str] | None:
    """(rest, timestamp) for '03/02/2024 10:12 - Mario Bianchi': the time first, then a separator."""
    pieces = _PIECE_SPLIT.split(text, maxsplit=1)
    if len(pieces) == 2 and is_timestamp(pieces[0].strip()):
        return pieces[1], pieces[0].strip()
    return None


def _first_group(groups: dict[str, str | None], prefix: str) -> str:
    """The first non-empty group named prefix, prefix2, prefix3... (one per wording of a rule)."""
    return next((v for k, v in groups.items() if k.startswith(prefix) and v), "")


_PIECE_SPLIT = re.compile(r"\s+[|•·–—-]\s+")


def _stamped_pieces(text: str) -> Candidate | None:
    """A header made of separated pieces, one a timestamp and one a name, in any order
    ('#1 – 20.05.2024, 14:12 Uhr – Manfred aus Pankow', '14:12 | Manfred | #1')."""
    pieces = [p.strip() for p in _PIECE_SPLIT.split(text) if p.strip()]
    if not 2 <= len(pieces) <= 4:
        return None
    stamps = [p for p in pieces if is_timestamp(p)]
    names = [p for p in pieces if p not in stamps and not _POST_NUMBER.fullmatch(p) and not _is_chrome_piece(p)]
    if len(stamps) != 1 or len(names) != 1 or not name_shaped(clean_name(names[0])):
        return None
    return Candidate(clean_name(names[0]), stamps[0], None, 5.0)


_BAR_SPLIT = re.compile(r"\s+\|\s+")
LINK_PIECE_WORDS = 2  # 'parent', 'next [–]', 'flag': the links after a stamped name are this short
LINK_PIECE_CHARS = 16


def _stamped_with_links(text: str) -> Candidate | None:
    """A name and its time followed by short links ('marram_grass 8 hours ago | parent |
    next [–]'): the links are the widget's, in any language, so the head is the author line."""
    pieces = _BAR_SPLIT.split(text.strip())
    if len(pieces) < 2 or not all(_link_piece(p) for p in pieces[1:]):
        return None
    split = split_trailing_timestamp(pieces[0])
    if not split:
        return None
    name = clean_name(split[0])
    return Candidate(name, split[1], None, 5.0) if name_shaped(name) else None


def _link_piece(piece: str) -> bool:
    return (
        len(piece.split()) <= LINK_PIECE_WORDS and len(piece) <= LINK_PIECE_CHARS
        and not piece.rstrip().endswith((".", "!", "?", ":")) and not is_timestamp(piece)
    )


def item_indent(line: Line) -> int:
    """The column where a line's text starts: a markdown list item's text stands right of
    its marker ('*   [Name](url)' under an unbulleted comment is a reply one level in)."""
    marker = _LIST_MARKER.match(line.raw.strip())
    return line.indent + (len(marker.group(0)) if marker else 0)


def bare_candidate(line: Line) -> Candidate:
    """A plain short line as an author: 'Name' or Disqus' 'Name  Replied-to' (two spaces)."""
    raw = _LIST_MARKER.sub("", line.raw.strip().replace("\u00a0", " "))  # '2.  [Name](url)': a list item
    source = raw if re.search(r"\S\s{2,}\S", raw) and plain_line(raw) == line.text else line.text
    name, parent = _split_handle(clean_name(source) or line.text)
    return Candidate(name, None, parent, 0.0)


def quote_target(text: str, with_repeat_rules: bool = False) -> str | None:
    """The name a quote header or reply marker points at ('X wrote:', 'In reply to X').
    with_repeat_rules: also headers that count only above a repeated quote ('X:')."""
    found = quote_match(text, with_repeat_rules)
    return found[0] if found else None


def quote_match(text: str, with_repeat_rules: bool) -> tuple[str, bool] | None:
    """(name, heads a quoted block): 'X wrote:' heads quoted text, 'In reply to X' does not
    (a rule's name2 group and rules without quote_header are plain reply markers). A reply
    arrow before the marker is no part of it ('↳ Reactie op X', '↪ In reply to X')."""
    bare = text.lstrip(REPLY_ARROWS + " ")
    for rule in rules.rules_of(rules.COMMENT_FILE, "reply"):
        if rule.prefix or (rule.needs_repeat and not with_repeat_rules):
            continue
        match = rule.regex.fullmatch(bare)
        if match:
            key, name = next(((k, v) for k, v in match.groupdict().items() if k.startswith("name") and v), ("", ""))
            name = name.strip()
            if name and name_shaped(name):
                return name, rule.quote_header and key != "name2"
    return None


def author_handle(text: str) -> str | None:
    """The @handle printed after the display name on an author line: the author is stored
    under the display name, but a reply's '@handle' must still find them."""
    match = _HANDLE_ON_LINE.search(text)
    return match.group("handle") if match else None


def at_names(text: str) -> list[str]:
    """Candidate names of a leading @mention, longest first."""
    for rule in rules.rules_of(rules.COMMENT_FILE, "reply"):
        if not rule.prefix:
            continue
        match = rule.regex.match(text)
        if match:
            words = match.group("name").split()
            return [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    return []
