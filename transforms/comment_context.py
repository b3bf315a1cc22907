"""Read the lines of a comment thread in context (after transforms/comment_lines.py classified
each line alone): notices that close the thread, forum signatures, commenters called 'Guest',
avatar initials, quote headers with their quoted block, badge lines under a name, and Disqus
reply-to names."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms import rules
from transforms.comment_lines import (
    BLANK, COUNT, END, NOISE, NOTICE, QUOTE, REPLY_ARROWS, REPLY_TO, TEXT, TIME, WIDGET, Line, explicit_author,
    SIGNATURE_SEPARATOR, is_badge, name_shaped, quote_match, quote_target,
)
from transforms.lines import comparable
from transforms.timestamps import is_timestamp, split_trailing_timestamp

MIN_QUOTE_CHARS = 12  # a quoted line this long that repeats earlier text is a quote
BADGE_MAX_WORDS = 3  # a badge line under a name ('Abonné', 'Miembro conocido') is this short
AUTHOR_MAX_WORDS = 6  # a name line above a time, with a post number ('#5  Oskar'), is this short
_SIGNATURE = re.compile(SIGNATURE_SEPARATOR, re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*[-*+]\s+\S{1,2}\s*$")  # a one- or two-letter markdown list item: an avatar initial


def refine_thread(lines: list[Line], context: str = "") -> list[Line]:
    """Reclassify thread lines using their neighbours.

    - after an end line (e.g. 'ALSO ON <site>', 'Powered by Disqus', a 'Most viewed' list,
      a 'Show all 23 comments' link) below some comment text, text is chrome;
    - lines under a signature separator ('__________', '-- ') are a forum signature;
    - a widget word ('Guest') right above a timestamp, inside the thread, is an author;
    - a one-letter line right above a name starting with that letter is an avatar initial;
    - a quote header ('X wrote:', 'X said:') with the quoted lines under it (up to a blank
      line or 'Click to expand'): the quoted text repeats earlier text of the page;
    - a short name between an author line and its timestamp is the name replied to (Disqus),
      and so is a name behind an arrow ('↩ Münsterländer', '→ Solange_53');
    - empty quote lines inside a quoted reply's header are dropped (`_join_quoted_headers`).
    """
    out = _settle_notices(_join_quoted_headers(_drop_above_heading(list(lines))))
    out = _drop_collapsed_reply_counts(out)
    in_signature = False  # a forum signature: under '__________' or '-- ' up to a blank line
    for i, line in enumerate(out):
        if _SIGNATURE.match(line.raw):
            in_signature = True
        elif line.kind == BLANK:
            in_signature = False
        elif in_signature and line.kind == TEXT:
            out[i] = replace(line, kind=NOISE)
    out = _mark_repeated_chrome(out)
    ended = seen_text = False
    for i, line in enumerate(out):
        if line.kind == END and seen_text or line.kind == COUNT and seen_text and _is_last_count(out, i):
            ended = True
        elif ended and line.kind == TEXT:
            out[i] = replace(line, kind=NOISE)
        seen_text = seen_text or line.kind == TEXT
    for i, line in enumerate(out):
        if line.kind == WIDGET and seen_text_before(out, i) and _next_kind(out, i) == TIME and _word_only(line.text):
            out[i] = replace(line, kind=TEXT)  # a commenter called 'Guest' / 'Gast'
    for i, line in enumerate(out[:-2]):
        if line.kind == TEXT and _SCORE.match(line.text) and out[i + 1].kind == TEXT and out[i + 2].kind == TIME:
            out[i] = replace(line, kind=NOISE)  # '+12' printed above the author line: the votes
    scores = [
        i for i, line in enumerate(out)
        if line.kind == TEXT and _SCORE.match(line.text) and _next_kind(out, i) == NOISE and _previous_kind(out, i) == TEXT
    ]  # under comment text: a '+1' right under its author's time is the comment itself (round 6a)
    if len(scores) >= SCORE_RUN:  # '+11' / 'Répondre' under comment after comment: the votes
        for i in scores:
            out[i] = replace(out[i], kind=NOISE)
    for i, line in enumerate(out[1:-1], start=1):
        if line.kind == NOISE and _emoji_only(line.text) and _frames_alone(out, i):
            out[i] = replace(line, kind=TEXT)  # a comment that is only '👍', between its name and its bar
    for i, line in enumerate(out[1:], start=1):
        if line.kind == TEXT and out[i - 1].kind == TEXT and line.text == out[i - 1].text and name_shaped(line.text):
            out[i] = replace(line, kind=NOISE)  # the name printed twice (avatar hover card)
    for i, line in enumerate(out[:-1]):
        nxt = out[i + 1]
        if _LIST_ITEM.match(line.raw) and nxt.kind == BLANK:
            # a markdown converter makes the avatar a list item over the comment ('-   C' /
            # '' / '**Claire Dumas**'): the name is the next line with text
            nxt = next((x for x in out[i + 1:] if x.kind != BLANK), nxt)
        if (
            line.kind == TEXT
            and len(line.text) <= 2
            and nxt.kind == TEXT
            and nxt.text[:1].casefold() == line.text[:1].casefold()
        ):
            out[i] = replace(line, kind=NOISE)
    for i, line in enumerate(out):
        if line.kind == TEXT and _next_kind(out, i) == TIME and (found := quote_match(line.text, False)) and found[1]:
            out[i] = replace(line, text=found[0])  # 'Jan Kowalczyk napisał:' above its time: an author line
        elif line.kind == TEXT and quote_target(line.text, with_repeat_rules=True) is not None:
            seen_before = " ".join([comparable(context)] + [comparable(x.text) for x in out[:i] if x.kind == TEXT])
            _mark_quote(out, i, seen_before)
    texts = [comparable(x.text) for x in out if x.kind == TEXT]
    for i, line in enumerate(out):
        if line.kind != TEXT:
            continue
        arrow = line.text[:1] in REPLY_ARROWS and name_shaped(line.text.lstrip(REPLY_ARROWS + " "))
        if line.text[:1] in REPLY_ARROWS and (i == 0 or out[i - 1].kind == BLANK) and out[i + 1:i + 2] and out[i + 1].kind == TIME:
            # '↪ Carla Jennings · Harlow' opening a block, its time under it: the reply's own
            # author line (an arrow name between an author line and its time names the parent)
            out[i] = replace(line, text=line.text.lstrip(REPLY_ARROWS + " "))
            continue
        if arrow and (cand := explicit_author(line.text)) is not None and (cand.stamp or cand.parent_name):
            # '↳ Silvia – 06/02/2024 alle 10:30', '↪ Itzel M. respondió a Ing. Ramírez': the
            # reply's own author line (with its time, or naming both replier and replied-to)
            continue
        if arrow or (texts.count(comparable(line.text)) > 1 and _is_reply_to(out, i)):
            out[i] = replace(line, kind=REPLY_TO, name=line.text.lstrip(REPLY_ARROWS + " "))
    _mark_reply_headers(out)
    return _mark_badges(out, texts)


def _drop_above_heading(out: list[Line]) -> list[Line]:
    """Text above the thread's count heading ('Responses (7)') is page chrome that came into the
    section with it (Medium's 'Written by' author box, a bio), when every timestamp of the thread
    stands below the heading: the comments start under it."""
    heading = next((i for i, line in enumerate(out) if line.kind == COUNT), None)
    if heading is None:
        return out
    stamped = [i for i, line in enumerate(out) if line.kind == TIME or (line.kind == NOISE and line.stamp)]
    if not stamped or stamped[0] < heading:
        return out
    return [replace(line, kind=NOISE) if line.kind == TEXT and i < heading else line for i, line in enumerate(out)]


def _drop_collapsed_reply_counts(out: list[Line]) -> list[Line]:
    """'1 reply' inside a comment's own action row, right above its Reply button (Medium: votes,
    '1 reply', 'Reply'), is a link to replies that are not shown; a count under the row (OpenWeb's
    'Reply / Share / 2 replies') heads the replies shown."""
    out = list(out)
    for i, line in enumerate(out):
        if line.replies is None:
            continue
        below = next((x for x in out[i + 1:] if x.kind != BLANK), None)
        if below is not None and below.kind == NOISE and _is_reply_button(below.text):
            out[i] = replace(line, replies=None)
    return out


def _is_reply_button(text: str) -> bool:
    return rules.kind_regex(rules.COMMENT_FILE, ("reply_button",)).fullmatch(comparable(text)) is not None


_QUOTE_ONLY = re.compile(r"^\s*>[>\s]*$")


def _join_quoted_headers(out: list[Line]) -> list[Line]:
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


def _mark_reply_headers(out: list[Line]) -> None:
    """A line above an author line (a name right above its timestamp) that ends with the name
    of an earlier such author is the reply marker, in any language ('Atsakymas Ieva K.' over
    'kaunietis_1987' over '2024-04-11 11:15')."""
    authors: list[str] = []
    for i, line in enumerate(out):
        after = [j for j in range(i + 1, min(i + 4, len(out))) if out[j].kind != BLANK][:2]
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


# A forum profile line: a short label, a colon and a number or date ('Messaggi: 57',
# 'Data registrazione: 03/2019', 'Lid geworden op: 3 mrt 2019').
_PROFILE_LINE = re.compile(r"^(?P<label>[^\W\d][^:\d·•|]{1,30}?)\s?:\s?(?P<value>\d[\d.,/ :-]{0,14}|\d{1,2}\.? [^\W\d]{3,10}\.? \d{4})$")
_SCORE = re.compile(r"^\+\d{1,5}$")
SCORE_RUN = 3  # this many '+N' lines right above a button are vote scores; a lone '+1' is a comment
# ... or a label and a date the rules read as a timestamp ('Registado: ter 5 mar 2019 10:12')
_PROFILE_FIELD = re.compile(r"^(?P<label>[^\W\d][^:\d·•|]{1,30}?)\s?:\s?(?P<value>.{4,40})$")
TRAILER_MIN = 3  # the same short line after this many comments' text is an action bar
TRAILER_MAX_WORDS = 4
_BAR_PIECES = re.compile(r"\s*[·•|]\s*")
BAR_MIN_PIECES = 2  # buttons before the time in a stamped bar ('Sviđa mi se · Odgovori · 2 d')


def _profile_line(text: str) -> re.Match | None:
    match = _PROFILE_LINE.match(text)
    if match is None:
        match = _PROFILE_FIELD.match(text)
        if match and not is_timestamp(match.group("value")):
            return None
    return match


def _emoji_only(text: str) -> bool:
    """'👍', '❤️', '😂😂': pictographs only, no count ('👍 2' is a reaction count) and no vote
    arrows ('▲ ▼' are buttons)."""
    chars = [c for c in text if not c.isspace() and c != "\ufe0f" and not 0x1F3FB <= ord(c) <= 0x1F3FF]
    return bool(chars) and all(ord(c) >= 0x1F000 or c in "❤♥" for c in chars)


def _frames_alone(out: list[Line], i: int) -> bool:
    """Line i is the only line between a name line and that comment's action bar or time:
    the name above, a stamped bar ('Like · Reply · 44 min') or a timestamp below; or between
    the time under a name and the action bar ('#5  Oskar' / 'vor 1 Stunde' / '👍' / 'Antworten
    | Melden')."""
    k = i - 1
    if k > 0 and out[k].kind == NOISE and not out[k].stamp and len(out[k].text.split()) <= BADGE_MAX_WORDS:
        k -= 1  # a badge line under the name ('Seguidor destacado')
    above, below = out[k], out[i + 1]
    if above.kind == TIME and k > 0 and out[k - 1].kind == TEXT and below.kind == NOISE:
        return len(out[k - 1].text.split()) <= AUTHOR_MAX_WORDS
    framed_below = below.kind == TIME or (below.kind == NOISE and below.stamp)
    return above.kind == TEXT and name_shaped(above.text) and bool(framed_below) and (k < 1 or out[k - 1].kind == BLANK)


def stamped_bar(text: str) -> str | None:
    """The buttons of 'Button · Button · <time>' (two or more pieces before a trailing
    timestamp), compared without the time; None for any other line."""
    split = split_trailing_timestamp(text)
    if not split:
        return None
    pieces = [p for p in _BAR_PIECES.split(split[0]) if p.strip()]
    return "·".join(comparable(p) for p in pieces) if len(pieces) >= BAR_MIN_PIECES else None


BAR_PIECE_WORDS = 3  # each button of a footer bar is this short
_BULLET_LINE = re.compile(r"^[•·]\s*\S+(?:\s+\S+){0,3}$")  # Disqus' '• 3 hours ago' under a name


def _counted_bar(text: str) -> str | None:
    """The buttons of 'Button | Button | 👍 30' (two or more short pieces, numbers among them),
    compared with the numbers masked; None for any other line."""
    pieces = [p for p in _BAR_PIECES.split(text) if p.strip()]
    if len(pieces) < BAR_MIN_PIECES or not re.search(r"\d", text):
        return None
    if any(len(p.split()) > BAR_PIECE_WORDS or p.rstrip().endswith((".", "!", "?")) for p in pieces):
        return None
    return "#bar:" + "·".join(re.sub(r"\d+", "#", comparable(p)) for p in pieces)


def _mark_repeated_chrome(out: list[Line]) -> list[Line]:
    """Chrome that no rule knows, found by repetition across the thread's posts:
    - profile lines whose label recurs ('Messaggi: 57' ... 'Messaggi: 312');
    - the same short line standing right after the text of several comments ('Naar boven',
      'Rispondi citando Segnala'): a comment's own words are not repeated word for word;
    - the same buttons with a changing time after several comments ('Sviđa mi se · Odgovori
      · 2 d' ... '· 1 d'): a footer action bar in a language no rule has, not an author line."""
    out = list(out)
    labels: dict[str, list[int]] = {}
    for i, line in enumerate(out):
        match = _profile_line(line.text) if line.kind == TEXT else None
        if match:
            labels.setdefault(match.group("label").casefold(), []).append(i)
    for found in labels.values():
        if len(found) >= 2:
            for i in found:
                out[i] = replace(out[i], kind=NOISE)
    _mark_split_profile_fields(out)
    trailers: dict[str, list[int]] = {}
    for i, line in enumerate(out):
        if line.kind == TEXT and 0 < len(line.text.split()) <= TRAILER_MAX_WORDS and _after_comment_text(out, i):
            trailers.setdefault(comparable(line.text), []).append(i)
        elif line.kind == TEXT and i > 0 and out[i - 1].kind == TEXT and not name_shaped(out[i - 1].text):
            bar = stamped_bar(line.text) or _counted_bar(line.text)
            if bar:  # the same buttons with a different time or count each: a footer bar, not a name
                trailers.setdefault(bar, []).append(i)
    marked = set()
    for key, found in trailers.items():
        if len(found) >= TRAILER_MIN:
            marked.add(key)
            for i in found:
                out[i] = replace(out[i], kind=NOISE)
    bullets = [
        i for i, line in enumerate(out[1:], start=1)
        if line.kind == TEXT and _BULLET_LINE.match(line.raw.strip()) and out[i - 1].kind == TEXT
        and name_shaped(out[i - 1].text) and len(out[i - 1].text.split()) <= 4
    ]
    if len(bullets) >= TRAILER_MIN:  # '• fa 3 hores' under every name: the time, in any language
        for i in bullets:
            out[i] = replace(out[i], kind=TIME, stamp=out[i].text)
    for i, line in enumerate(out[1:], start=1):  # buttons the rules know, right under comment text
        if line.kind == NOISE and out[i - 1].kind == TEXT and not name_shaped(out[i - 1].text):
            marked.add(comparable(line.text))
    return _mark_trailer_rows(out, marked)


FIELD_LABEL_WORDS = 2  # 'Beiträge', 'Mitglied seit': a profile label on its own line is this short
FIELD_VALUE_WORDS = 3  # and its value on the next line ('412', 'Nordhessen', '3. März 2019')


def _mark_split_profile_fields(out: list[Line]) -> None:
    """Profile fields printed as a label line over a value line (WoltLab: 'Beiträge' / '412' /
    'Wohnort' / 'Nordhessen'), in any language: a short label line that recurs in two or more
    post headers with short lines under it, not all the same, is chrome, and so is its value. A short
    line between a post's name line and its first such field is the poster's rank
    ('Fortgeschrittener', 'Profi')."""
    def short(i: int, words: int) -> bool:
        return 0 <= i < len(out) and out[i].kind == TEXT and 0 < len(out[i].text.split()) <= words \
            and not out[i].text.rstrip().endswith((".", "!", "?", ":"))
    labels: dict[str, list[int]] = {}
    for i in range(len(out) - 1):
        value = out[i + 1].kind == NOISE and _is_count(out[i + 1].text)  # '412' read as a vote
        if short(i, FIELD_LABEL_WORDS) and not re.search(r"\d", out[i].text) and (value or short(i + 1, FIELD_VALUE_WORDS)):
            labels.setdefault(comparable(out[i].text), []).append(i)
    labels = {k: found for k, found in labels.items()  # the values differ: a name over the same rank is no field
              if len({comparable(out[i + 1].text) for i in found}) >= 2}
    counted = {i for found in labels.values() if any(_is_count(out[i + 1].text) for i in found) for i in found}
    # a profile shows a count ('Beiträge' / '412'); a label without one counts only next to such a
    # field ('Wohnort' / 'Nordhessen'): a Disqus name over its parent's name ('Lorraine Dubois' /
    # ' the_N4_regular') recurs with different values too, but never with a number
    fields = sorted(i for found in labels.values() for i in found
                    if i in counted or i - 2 in counted or i + 2 in counted)
    for i in fields:
        out[i] = replace(out[i], kind=NOISE)
        out[i + 1] = replace(out[i + 1], kind=NOISE)
    for i in fields:
        if short(i - 1, FIELD_LABEL_WORDS) and short(i - 2, AUTHOR_MAX_WORDS) and name_shaped(out[i - 2].text):
            out[i - 1] = replace(out[i - 1], kind=NOISE)


def _is_count(text: str) -> bool:
    return re.fullmatch(r"[\d.,]+", text.strip()) is not None


def _after_comment_text(out: list[Line], i: int) -> bool:
    """Line i stands right after a comment's text, or after one chrome line (a vote count
    '6') that does; with blank lines between them only when line i ends its block (wpDiscuz:
    text, blank, '4', 'Odgovori', blank), never when text follows it (a name)."""
    if i > 0 and out[i - 1].kind == TEXT:
        return not name_shaped(out[i - 1].text)
    ends_block = i + 1 >= len(out) or out[i + 1].kind == BLANK
    j, noise = i - 1, 0
    while j >= 0 and out[j].kind in (BLANK, NOISE) and (out[j].kind == BLANK and ends_block or out[j].kind == NOISE):
        noise += out[j].kind == NOISE
        j -= 1
    return noise == 1 and j >= 0 and out[j].kind == TEXT and not name_shaped(out[j].text)


def _mark_trailer_rows(out: list[Line], marked: set[str]) -> list[Line]:
    """Once a short line is known as a trailer, every copy of it in the thread is chrome (also
    after a quoted reply), and so is a short line that stands right under it after three or
    more comments ('Tsiteeri' / 'Vasta'): a row of buttons, one per line."""
    while marked:
        below: dict[str, list[int]] = {}
        for i, line in enumerate(out):
            if line.kind == TEXT and comparable(line.text) in marked:
                out[i] = replace(line, kind=NOISE)
        for i, line in enumerate(out[1:], start=1):
            prev = out[i - 1]
            if (
                line.kind == TEXT and 0 < len(line.text.split()) <= TRAILER_MAX_WORDS
                and prev.kind == NOISE and comparable(prev.text) in marked
            ):
                below.setdefault(comparable(line.text), []).append(i)
        marked = {key for key, found in below.items() if len(found) >= TRAILER_MIN}
    return out


def _settle_notices(out: list[Line]) -> list[Line]:
    """A 'sign in to reply' notice above the comments is chrome; below them, with no comment
    frame (timestamp, author line, stamped action bar) after it, it closes the thread (share
    menus and site footer follow); anywhere else it is a commenter's own sentence."""
    for i, line in enumerate(out):
        if line.kind != NOTICE:
            continue
        if not seen_text_before(out, i):
            out[i] = replace(line, kind=NOISE)
        elif any(_frames_a_comment(x) for x in out[i + 1:]):
            out[i] = replace(line, kind=TEXT)
        else:
            out[i] = replace(line, kind=END)
    return out


def _frames_a_comment(line: Line) -> bool:
    if line.kind == TIME or (line.kind == NOISE and line.stamp):
        return True
    return line.kind == TEXT and (cand := explicit_author(line.text)) is not None and cand.strength > 0


def _word_only(text: str) -> bool:
    """A widget word that may also be a display name ('Guest', 'Gast'), not a label with a
    number or a colon ('Beiträge: 88', 'Registriert seit: 11/2021')."""
    return not re.search(r"[\d:]", text)


def _badge_position(out: list[Line], i: int) -> bool:
    """A short line right under a short name line that itself starts a block (or, where a
    markdown save puts a blank line between all lines, a short line between blank lines under
    a name line that follows chrome: Discourse's user title 'Highways')."""
    line = out[i]
    if line.kind != TEXT or len(line.text.split()) > BADGE_MAX_WORDS or not name_shaped(line.text):
        return False
    if i > 0 and out[i - 1].kind == BLANK:
        if i + 1 >= len(out) or out[i + 1].kind != BLANK:
            return False  # a name line right above its time, under a placeholder: no badge
        p = _previous_index(out, i)
        pp = _previous_index(out, p) if p is not None else None
        return (p is not None and out[p].kind == TEXT and name_shaped(out[p].text)
                and len(out[p].text.split()) <= AUTHOR_MAX_WORDS and p > 0 and out[p - 1].kind == BLANK
                and pp is not None and out[pp].kind in (NOISE, WIDGET, COUNT))
    if i == 0 or out[i - 1].kind != TEXT or not name_shaped(out[i - 1].text):
        return False
    return i < 2 or out[i - 2].kind != TEXT


def _previous_index(out: list[Line], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if out[j].kind != BLANK), None)


def _mark_badges(out: list[Line], texts: list[str]) -> list[Line]:
    """Badge lines under a commenter's name that no rule knows ('Miembro conocido', 'Abonnée'):
    - between the name and its timestamp, when the comment text follows the timestamp and the
      line is not the name of a commenter elsewhere in the thread (Disqus prints the parent's
      name there; that is a reply-to line);
    - or the same short line under two or more different names, each time followed by text."""
    out = list(out)
    badge_at = [i for i in range(len(out)) if _badge_position(out, i)]
    positions: dict[str, list[int]] = {}
    for i in badge_at:
        positions.setdefault(comparable(out[i].text), []).append(i)
    for i in badge_at:
        key = comparable(out[i].text)
        elsewhere = texts.count(key) > len(positions[key])  # also a line of its own: a name
        if elsewhere:
            continue
        j = _past_profile(out, i + 1)
        under_time = j < len(out) and out[j].kind == TIME and _text_after(out, j)
        recurring = (
            len(positions[key]) >= 2
            and len({comparable(out[j - 1].text) for j in positions[key]}) >= 2
            and all(j + 1 < len(out) and out[j + 1].kind in (TEXT, TIME) for j in positions[key])
        )
        if under_time or recurring:
            out[i] = replace(out[i], kind=NOISE)
    return out


def _past_profile(out: list[Line], j: int) -> int:
    """The first line from j on that is not chrome: a forum post header may print profile
    lines ('Registrado: mar 2015', 'Mensajes: 2.341') between the rank badge and the time."""
    while j < len(out) and out[j].kind in (NOISE, WIDGET, BLANK):
        j += 1
    return j


def _text_after(out: list[Line], i: int) -> bool:
    """The first line after `i` that is neither blank nor chrome is comment text (not a name)."""
    for x in out[i + 1:]:
        if x.kind in (BLANK, NOISE, WIDGET, QUOTE):  # a reply may open with the post it quotes
            continue
        return x.kind == TEXT and (not name_shaped(x.text) or len(x.text.split()) > 4)
    return False


def _is_last_count(out: list[Line], i: int) -> bool:
    """A count line below the comments ('Show all 23 comments') closes the list shown."""
    return not any(x.kind == TEXT for x in out[i + 1:i + 4])


def seen_text_before(out: list[Line], i: int) -> bool:
    return any(x.kind == TEXT for x in out[:i])


def _next_kind(out: list[Line], i: int) -> str | None:
    return next((x.kind for x in out[i + 1:] if x.kind != BLANK), None)


def _previous_kind(out: list[Line], i: int) -> str | None:
    return next((x.kind for x in reversed(out[:i]) if x.kind != BLANK), None)


def _mark_quote(out: list[Line], i: int, seen_before: str) -> None:
    line = out[i]
    found = quote_match(line.text, with_repeat_rules=True)
    if found is None:
        return
    target, heads_quote = found
    if not heads_quote:  # 'Reactie op Marieke': a reply marker, the next line is not a quote
        out[i] = replace(line, kind=QUOTE, name=target)
        return
    block, closed = _quoted_block(out, i + 1)
    if not block:  # Discourse: a blank line between the header and the quote
        start = next((j for j in range(i + 1, len(out)) if out[j].kind != BLANK), len(out))
        block, closed = _quoted_block(out, start)
    repeated = []  # the leading lines of the block that repeat earlier text of the page
    for j in block:
        if len(out[j].text) < MIN_QUOTE_CHARS or _unquoted(out[j].text) not in seen_before:
            break
        repeated.append(j)
    if not (repeated or closed):
        if quote_target(line.text) is None or explicit_author(line.text) is not None:
            return  # 'John says:' heading his own comment; 'Update:' with new text under it
    out[i] = replace(line, kind=QUOTE, name=target)
    for j in block if closed else repeated:
        out[j] = replace(out[j], kind=QUOTE)


def _quoted_block(out: list[Line], start: int) -> tuple[list[int], bool]:
    """Text lines from start up to a blank line or a 'Click to expand' line (closed=True)."""
    block = []
    for j in range(start, len(out)):
        if out[j].kind == BLANK:
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


def _is_reply_to(out: list[Line], i: int) -> bool:
    """A name line between an author line and its time. A badge line may stand between the
    author and that name ('Ottilie Marsh' / 'Staff' / 'OldBrackwarian' / time, round 8)."""
    k = i - 1
    if k > 0 and out[k].kind == NOISE and is_badge(out[k].text):
        k -= 1
    if k < 0 or out[k].kind != TEXT:
        return False
    previous, line = out[k], out[i]
    if not (name_shaped(previous.text) and name_shaped(line.text)) or len(line.text.split()) > REPLY_NAME_WORDS:
        return False
    nxt = next((x for x in out[i + 1:] if x.kind != BLANK), None)
    return nxt is not None and nxt.kind == TIME
