"""Author lines read from the line alone: a rule of comment_widgets.json ('X says:', 'Post by
X » date') or a name and a timestamp in one of the shapes widgets print ('John Smith • 3 hours
ago', 'Anna (12.03.2024, 18:40)', '14:12 | Manfred | #1', 'mpatel December 3, 2026, 4:01pm 2',
'marram_grass 8 hours ago | parent | next [–]'), each read into a `Candidate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms import rules
from transforms.comment_names import (
    POST_NUMBER, REPLY_ARROWS, clean_name, is_badge, long_quoted_name, marker_before_stamp, name_shaped, quote_target, split_handle,
)
from transforms.timestamps import LINE_CACHE_SIZE, is_timestamp, split_trailing_timestamp

MAX_AUTHOR_CHARS = 200  # longer lines are never author lines
LONG_NAME_STRENGTH = 3.0  # a name of 7-10 words with its time after a separator: weaker than a short one


@dataclass(frozen=True)
class Candidate:
    """What an author line says by itself."""

    name: str
    stamp: str | None
    parent_name: str | None
    strength: float  # evidence from the line's own shape: 0 for a bare short line


def is_chrome_piece(piece: str) -> bool:
    """A piece of a separated line that is a button the noise rules know, a time, or nothing."""
    return bool(
        not piece
        or rules.kind_regex(rules.COMMENT_FILE, ("noise",)).fullmatch(piece)
        or is_timestamp(piece)
    )


@lru_cache(maxsize=LINE_CACHE_SIZE)  # pure, and asked of the same line by several passes
def explicit_author(text: str) -> Candidate | None:
    """An author line recognisable from the line alone: a rule of comment_widgets.json
    ('X says:', 'Post by X » date', 'Jane → John • 2 hours ago') or a name followed by a
    timestamp ('John Smith • 3 hours ago', 'Ailsa, Stornoway 27 March 2019 08:12')."""
    if len(text) > MAX_AUTHOR_CHARS:
        return None
    bare = text.lstrip(REPLY_ARROWS + " ")  # '↳ Respuesta de Laura a Javier': a reply's header
    for rule in rules.rules_of(rules.COMMENT_FILE, "author"):
        reply_without_time = "(?P<parent" in rule.regex.pattern and "(?P<ts" not in rule.regex.pattern
        match, stamp = _reply_before_stamp(rule, bare) if reply_without_time else (None, None)
        match = match or rule.regex.fullmatch(bare)
        if not match:
            continue
        groups = match.groupdict()
        raw_name = _first_group(groups, "author")
        stamp = stamp or (groups.get("ts") or "").strip() or None
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
                name, parent = split_handle(name)
            return Candidate(name, stamp, parent, 8.0)
    if marker_before_stamp(text) and quote_target(text):
        return None  # 'En respuesta a X · 3/12/2026, 08:40 · 12 votos': a reply marker with its time (round 10a)
    split = split_trailing_timestamp(text) or bracketed_timestamp(text) or stamp_then_post_number(text)[:2]
    if split and split[0].rstrip().endswith(":"):
        split = None  # 'Registado: ter 5 mar 2019 10:12' is a labelled field, not a name
    if split:
        head, stamp = split
        separated = bool(re.search(r"[|•·,–—»-]\s*$", head) or _STAMP_PREPOSITION.search(head))
        name = clean_name(head)
        if ":" in name and quote_target(text) is not None:
            return None  # 'Quote from: Dougie_McR on December 01, 2026, 07:42:15 PM': a quote header (round 13c)
        if name_shaped(name):
            name, parent = split_handle(name)
            return Candidate(name, stamp, parent, 5.0 if separated else 3.5)
        if re.search(r"[|•·—–]\s*$", head) and long_quoted_name(name):
            # round 13c: a long display name set off from its time by a dot, bar or dash ('**Vecino
            # de toda la vida del barrio de Delicias** · 04/12/2026 - 11:02')
            return Candidate(name, stamp, None, LONG_NAME_STRENGTH)
    return _stamped_pieces(text) or _stamped_with_links(text)


def long_rule_name(text: str) -> str | None:
    """The name an author rule without a time ('X dit :', 'X says:') reads on a line when it
    has more words than such a line may (RULE_NAME_WORDS) and no more than a quote header's
    (comment_names.long_quoted_name): the line alone makes no author line (explicit_author),
    but where its place in the thread makes it one (its time right under it), its name is this,
    without the verb (round 31, w3m: 'Un gars de la laiterie qui commence à 4h30 dit :')."""
    if len(text) > MAX_AUTHOR_CHARS:
        return None
    for rule in rules.rules_of(rules.COMMENT_FILE, "author"):
        if rule.needs_ts or "(?P<ts" in rule.regex.pattern or "(?P<parent" in rule.regex.pattern:
            continue
        match = rule.regex.fullmatch(text)
        name = clean_name(_first_group(match.groupdict(), "author")) if match else ""
        if name and long_quoted_name(name):
            return name
    return None


def _reply_before_stamp(rule: rules.Rule, text: str) -> tuple[re.Match[str] | None, str | None]:
    """(match, timestamp) when the reply header `rule` matches `text` without its trailing time
    and the preposition before it, else (None, None): the time after the name replied to is the
    reply's, and may hold the commas a name may not ('Anna replied to Tom on Dec 4, 2026 at 6:22
    pm'; round 30: 'Gennaro Pastore risponde a Ninuccio63 il 06/12/2026 alle 09:30:')."""
    split = split_trailing_timestamp(text.rstrip(": "))
    if not split:
        return None, None
    head = _STAMP_PREPOSITION.sub("", split[0].rstrip(" ,·•|–—-"))
    return rule.regex.fullmatch(head), split[1]


_CLOCK = re.compile(r"^\d{1,2}\s?[:h.]\s?\d{2}\b")
_STAMP_PREPOSITION = re.compile(r"\s+(?:on|at|am|um|le|el|il|op|em|om|o|den|dnia)\s*$", re.IGNORECASE)  # 'X on DATE'
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
    # round 14a: a reply marker among the pieces names the parent ('Marco_Bo · 3 dic 2026, 19:05 ·
    # in risposta a Giulia Ferraresi'), and a role word first is the name when no other is left
    # ('Redazione · Team · 4 dic 2026, 09:30 · in risposta a lucia.p': the newsroom signing)
    replies = {p: quote_target(p) for p in pieces[1:] if p not in stamps}
    replies = {p: name for p, name in replies.items() if name}
    names = [
        p for p in pieces
        if p not in stamps and p not in replies and not POST_NUMBER.fullmatch(p) and not is_chrome_piece(p)
    ]
    if not names and replies and len(stamps) == 1 and is_badge(pieces[0]) and " " not in pieces[0]:
        names = [pieces[0]]
    if len(stamps) != 1 or len(names) != 1 or not name_shaped(clean_name(names[0])) or len(replies) > 1:
        return None
    parent = clean_name(next(iter(replies.values()))) if replies else None
    return Candidate(clean_name(names[0]), stamps[0], parent, 5.0)


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


_LINK_DEPTH = {"parent": 1, "root": 1}  # Hacker News prints 'parent' on replies, and 'root' too below depth 1


def link_depth(text: str) -> int:
    """How deep a reply sits, read off the links after its stamped name where a copy lost the
    indentation ('tormod_h 4 hours ago | parent | next [–]' is one level down, '... | root |
    parent | next [–]' at least two; round 14a). 0 for a top-level comment or another line."""
    pieces = [p.strip().casefold() for p in _BAR_SPLIT.split(text.strip())]
    if len(pieces) < 2 or not all(_link_piece(p) for p in pieces[1:]) or not split_trailing_timestamp(pieces[0]):
        return 0
    return sum(_LINK_DEPTH.get(p, 0) for p in pieces[1:]) if "parent" in pieces[1:] else 0


def _link_piece(piece: str) -> bool:
    return (
        len(piece.split()) <= LINK_PIECE_WORDS and len(piece) <= LINK_PIECE_CHARS
        and not piece.rstrip().endswith((".", "!", "?", ":")) and not is_timestamp(piece)
    )
