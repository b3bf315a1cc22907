"""Thread chrome that no rule knows, found by repetition across a thread's posts (read after
transforms/comment_lines.py classified each line alone): forum profile lines and fields whose
labels recur ('Messaggi: 57', 'Beiträge' / '412'), the same short line after the text of
several comments ('Naar boven'), the same buttons with a changing time or count ('Sviđa mi se ·
Odgovori · 2 d'), and the rows of buttons under them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.comment_badges import word_only
from transforms.comment_lines import BLANK, NOISE, TEXT, TIME, WIDGET, Line, is_badge, name_shaped, next_non_blank
from transforms.comment_names import AUTHOR_MAX_WORDS, long_quoted_name
from transforms.lines import comparable
from transforms.timestamps import is_timestamp, split_trailing_timestamp

# A forum profile line: a short label, a colon and a number or date ('Messaggi: 57',
# 'Data registrazione: 03/2019', 'Lid geworden op: 3 mrt 2019').
_PROFILE_LINE = re.compile(r"^(?P<label>[^\W\d][^:\d·•|]{1,30}?)\s?:\s?(?P<value>\d[\d.,/ :-]{0,14}|\d{1,2}\.? [^\W\d]{3,10}\.? \d{4})$")
# ... or a label and a date the rules read as a timestamp ('Registado: ter 5 mar 2019 10:12')
_PROFILE_FIELD = re.compile(r"^(?P<label>[^\W\d][^:\d·•|]{1,30}?)\s?:\s?(?P<value>.{4,40})$")
TRAILER_MIN = 3  # the same short line after this many comments' text is an action bar
TRAILER_MAX_WORDS = 4
_BAR_PIECES = re.compile(r"\s*[·•|]\s*")
BAR_MIN_PIECES = 2  # buttons before the time in a stamped bar ('Sviđa mi se · Odgovori · 2 d')


# ... or several of them on one line ('Messages: 14,902  Reaction score: 6,311  Points: 113', round 13a)
_PROFILE_ROW = re.compile(r"^(?:[^\W\d][^:\d·•|]{1,30}?\s?:\s?[+\-−]?\d[\d.,]{0,12}\s*[·•|]?\s*){2,6}$")


def profile_row(text: str) -> bool:
    """A forum profile line, or a row of profile fields ('Messages: 12 Reaction score: 4')."""
    return profile_line(text) is not None or _PROFILE_ROW.match(text) is not None


def over_poster_box(lines: list[Line], i: int) -> bool:
    """Line i stands over a forum poster box: a rank or member badge, then a profile field
    ('un concejal jubilado que lo vio venir' / 'Full Member' / 'Mensajes: 133', Simple Machines;
    round 31): the poster's name, however long, as the box is the forum's header of a post."""
    below = next_non_blank(lines, i, 4)
    if not below or not _badge_line(lines[below[0]]):
        return False
    field = next((j for j in below if not _badge_line(lines[j])), None)
    return field is not None and lines[field].kind in (NOISE, WIDGET) and profile_row(lines[field].text)


def _badge_line(line: Line) -> bool:
    return line.kind == NOISE and is_badge(line.text)


def profile_line(text: str) -> re.Match | None:
    match = _PROFILE_LINE.match(text)
    if match is None:
        match = _PROFILE_FIELD.match(text)
        if match and not is_timestamp(match.group("value")):
            return None
    return match


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


def mark_repeated_chrome(out: list[Line]) -> list[Line]:
    """Chrome that no rule knows, found by repetition across the thread's posts:
    - profile lines whose label recurs ('Messaggi: 57' ... 'Messaggi: 312');
    - the same short line standing right after the text of several comments ('Naar boven',
      'Rispondi citando Segnala'): a comment's own words are not repeated word for word;
    - the same buttons with a changing time after several comments ('Sviđa mi se · Odgovori
      · 2 d' ... '· 1 d'): a footer action bar in a language no rule has, not an author line."""
    out = list(out)
    labels: dict[str, list[int]] = {}
    for i, line in enumerate(out):
        match = profile_line(line.text) if line.kind == TEXT else None
        if match:
            labels.setdefault(match.group("label").casefold(), []).append(i)
    for found in labels.values():
        if len(found) >= 2:
            for i in found:
                out[i] = replace(out[i], kind=NOISE)
    _mark_split_profile_fields(out)
    _mark_custom_ranks(out)
    _mark_avatar_initials(out)
    _drop_inline_avatars(out)
    _mark_meta_lines(out)
    trailers: dict[str, list[int]] = {}
    for i, line in enumerate(out):
        if line.kind == TEXT and 0 < len(line.text.split()) <= TRAILER_MAX_WORDS and _after_comment_text(out, i):
            trailers.setdefault(comparable(line.text), []).append(i)
        elif line.kind == TEXT and i > 0 and out[i - 1].kind == TEXT and not name_shaped(out[i - 1].text):
            bar = stamped_bar(line.text) or _counted_bar(line.text)
            if bar:  # the same buttons with a different time or count each: a footer bar, not a name
                trailers.setdefault(bar, []).append(i)
    _mark_repeated_signatures(out)
    _mark_reaction_name_lists(out)
    _mark_signature_over_profile(out)
    _mark_tagline_signatures(out)
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


AVATAR_MIN = 2  # this many initials lines, each over a name with those initials, are avatars
AVATAR_MAX_LETTERS = 4  # 'P', 'MJ', 'TvL' (a Dutch 'van' in lower case), 'JMdS'


def avatar_initials(text: str, name: str) -> bool:
    """`text` could be the avatar of `name`: one letter that starts the name, or a few letters,
    the first and last capitals, that are initials of the name's words in their order ('MJ' over
    'Marieke Jansen', 'TvL' over 'Thijs van Leeuwen', 'WB' over 'Wie betaalt dit eigenlijk')."""
    letters = text.strip()
    if not 0 < len(letters) <= AVATAR_MAX_LETTERS or not letters.isalpha():
        return False
    if len(letters) > 1 and not (letters[0].isupper() and letters[-1].isupper()):
        return False  # 'Ja', 'Oh': a word, not initials
    initials = [word[0].casefold() for word in name.split() if word[:1].isalpha()]
    if not initials or initials[0] != letters[0].casefold():
        return False
    rest = iter(initials[1:])
    return all(any(letter == initial for initial in rest) for letter in letters[1:].casefold())


def _mark_avatar_initials(out: list[Line]) -> None:
    """An avatar without its picture leaves the user's initials on a line of their own above the
    name ('P' / 'pepe_gz', 'R' / 'Rocío M.', OpenWeb, round 13a; 'MJ' / 'Marieke Jansen', round
    22b). Over several names in a thread, each such line over a name with those initials is the
    avatar, not a comment ('F' alone is a comment: it needs the repetition and the matching
    name), nor the name of a reply's parent above its replier's ('TvL' / 'Thijs van Leeuwen')."""
    found = []
    for i, line in enumerate(out):
        if line.kind != TEXT:
            continue
        below = next_non_blank(out, i)
        name = out[below[0]] if below else None
        named = name and (name.kind == TEXT and (name_shaped(name.text) or _long_name_over_time(out, below[0]))
                          or name.kind == NOISE and is_badge(name.text) and word_only(name.text))
        if named and avatar_initials(line.text, name.text.strip()):
            found.append(i)  # also over a role word signing a comment: 'R' / 'Redaktion' / '7 Std.'

    if len(found) >= AVATAR_MIN:
        for i in found:
            out[i] = replace(out[i], kind=NOISE)


def _long_name_over_time(out: list[Line], i: int) -> bool:
    """Line i is a sentence-like name of up to QUOTED_NAME_WORDS words ('una clienta de los tamales
    de doña Chuy') with its time right under it: a name under an avatar's initial (OpenWeb, round
    34), as a display name is."""
    below = next_non_blank(out, i)
    return long_quoted_name(out[i].text.strip()) and bool(below) and out[below[0]].kind == TIME


# an avatar's initials a text dump prints on the name's own line, set apart by a wide gap
# ('P  Pat Lowry', Ghost's comments through w3m, round 29)
_INLINE_AVATAR = re.compile(r"^(?P<letters>[^\W\d_]{1,4})(?:\s{2,}|\t)(?=\S)")


def _drop_inline_avatars(out: list[Line]) -> None:
    """The avatar's initials before the name on the name's line ('P  Pat Lowry', 'M  Maureen
    Cadwell'): on several name lines of a thread, each with the initials of its own name, they
    are the avatars, not a part of the names (one 'A  Anna' alone may be a name)."""
    found = {}
    for i, line in enumerate(out):
        match = _INLINE_AVATAR.match(line.raw.strip()) if line.kind == TEXT else None
        name = line.text[len(match.group("letters")):].strip() if match else ""
        if match and line.text.startswith(match.group("letters")) and name_shaped(name) \
                and avatar_initials(match.group("letters"), name):
            found[i] = name
    if len(found) >= AVATAR_MIN:
        for i, name in found.items():
            out[i] = replace(out[i], text=name)


META_MIN = 2  # this many names over their bare time line show the layout


def _mark_meta_lines(out: list[Line]) -> None:
    """A line of the commenter's own words and the time under a name ('Pat Lowry' / 'Plot 12,
    since 1994  •  2 days ago': Ghost's 'expertise' field, round 29), where other names of the
    thread stand over their bare time ('Simon Achterberg' / '2 days ago'): the name's meta line,
    the time, not an author line of its own. The name opens its block (a blank line or chrome
    above it, not the time of a comment whose text it would be)."""
    def opens_name(i: int) -> bool:
        return (out[i].kind == TEXT and name_shaped(out[i].text)
                and (i == 0 or out[i - 1].kind not in (TEXT, TIME)))
    if sum(1 for i in range(len(out) - 1) if out[i + 1].kind == TIME and opens_name(i)) < META_MIN:
        return
    for i in range(1, len(out)):
        split = split_trailing_timestamp(out[i].text) if out[i].kind == TEXT and opens_name(i - 1) else None
        if split and split[0].rstrip().endswith(("•", "·", "|")):
            out[i] = replace(out[i], kind=TIME, stamp=split[1])


CUSTOM_RANK_WORDS = 4  # a forum's own rank title under a known rank ('Héroe del huerto') is this short


def _mark_custom_ranks(out: list[Line]) -> None:
    """A forum's own rank title that no rule knows, under a rank the rules know and above a
    profile field ('Pilar' / 'Moderadora Global' / 'Héroe del huerto' / 'Mensajes: 2.310'): a
    short line between a name's badge and the post's first profile field is a second rank, not
    the poster's name."""
    for i in range(2, len(out) - 1):
        line, below = out[i], out[i + 1]
        if (
            line.kind == TEXT and 0 < len(line.text.split()) <= CUSTOM_RANK_WORDS
            and not line.text.rstrip().endswith((".", "!", "?", ":"))
            and out[i - 1].kind == NOISE and out[i - 2].kind == TEXT and name_shaped(out[i - 2].text)
            and below.kind != TEXT and below.kind != BLANK and profile_line(below.text)
        ):
            out[i] = replace(line, kind=NOISE)


def _is_count(text: str) -> bool:
    return re.fullmatch(r"[\d.,]+", text.strip()) is not None


SIGNATURE_WORDS = (3, 15)  # a signature line typed under every post: more than a button, less than prose


def _mark_repeated_signatures(out: list[Line]) -> None:
    """A forum signature printed with no separator (Forumactif: 'Pierrot – cheminot retraité, 38
    ans de maison' as the last line of each of Pierrot's posts): the same line of a few words,
    ending no sentence, standing last in two or more posts, right under their text and over
    chrome, is no one's words (round 17a). A comment's own words are not repeated word for word."""
    ends: dict[str, list[int]] = {}
    for i, line in enumerate(out):
        words = len(line.text.split())
        if (line.kind == TEXT and SIGNATURE_WORDS[0] <= words <= SIGNATURE_WORDS[1]
                and not line.text.rstrip().endswith((".", "!", "?", ":"))
                and i > 0 and out[i - 1].kind == TEXT and not name_shaped(out[i - 1].text)
                and (below := next_non_blank(out, i)) and out[below[0]].kind not in (TEXT, BLANK)):
            ends.setdefault(comparable(line.text), []).append(i)
    for found in ends.values():
        if len(found) >= 2:
            for i in found:
                out[i] = replace(out[i], kind=NOISE)


def _mark_reaction_name_lists(out: list[Line]) -> None:
    """A line that only lists names of the thread's posters ('gearjammer and milo_b', 'milo_b,
    Sandra K and 3 others'): XenForo's reaction bar under a post, copied from the browser with
    no 'reacted to this' (round 23a). Standing right over the next poster's name it was read as
    that post's author; every name in it is printed alone on a line elsewhere (a poster box)."""
    from transforms.comment_finish import reaction_names  # a cycle at import time otherwise

    alone = {comparable(line.text) for line in out if line.kind == TEXT and name_shaped(line.text)}
    for i, line in enumerate(out):
        if line.kind != TEXT:
            continue
        names = reaction_names(line.text)
        if len(names) >= 2 and all(comparable(n) in alone for n in names):
            out[i] = replace(line, kind=NOISE)


TAGLINE_WORDS = 10  # a signature's tagline: a few words ...
# ... in two pieces joined by a spaced dash, neither ending a sentence ('Vélotaf depuis 2009 — Lyon 3e',
# 'tramwajarz77 – motorniczy od 1999', 'BMW R1200GS Adventure — 210.000 km y subiendo')
_TAGLINE = re.compile(r"^[^.!?…:;]{2,60}\s[—–]\s[^.!?…:;]{1,40}$")


def _mark_tagline_signatures(out: list[Line]) -> None:
    """A forum signature typed once, with no separator (MyBB copied from the browser loses the
    rule over it, round 18a): a short line of two pieces joined by a spaced dash, ending no
    sentence, last in its post (under a line of the post's text that ends a sentence, over the
    post's buttons) is the poster's tagline, not their words. No comment of the set ends so."""
    for i in range(1, len(out) - 1):
        line, above = out[i], out[i - 1]
        if line.kind != TEXT or len(line.text.split()) > TAGLINE_WORDS or not _TAGLINE.match(line.text.strip()):
            continue
        below = next_non_blank(out, i)
        if (above.kind == TEXT and above.text.rstrip().endswith(_SENTENCE_END) and not name_shaped(above.text)
                and below and out[below[0]].kind == NOISE and not out[below[0]].stamp):
            out[i] = replace(line, kind=NOISE)


POST_HEADER_LINES = 40  # the post header naming the poster stands at most this far above its profile box
_SENTENCE_END = (".", "!", "?", "…", ":", "»", "”", '"', ")")


def _mark_signature_over_profile(out: list[Line]) -> None:
    """A forum signature printed once, with no separator, where phpBB's prosilver puts the
    profile box after the post (round 13a: 'Mensaje por Manolo_GS » date' / text / 'BMW
    R1200GS Adventure — 210.000 km y subiendo' / 'Manolo_GS' / 'Moderador' / 'Mensajes:
    8741'): a line of a few words that ends no sentence, between the post's last sentence and
    the poster's name printed again over profile chrome, the poster named in the post's
    header above, is the signature, not the poster's words."""
    for i in range(1, len(out) - 2):
        line, above, name, box = out[i], out[i - 1], out[i + 1], out[i + 2]
        words = len(line.text.split())
        if (line.kind != TEXT or not SIGNATURE_WORDS[0] <= words <= SIGNATURE_WORDS[1]
                or line.text.rstrip().endswith(_SENTENCE_END)):
            continue
        if above.kind != TEXT or not above.text.rstrip().endswith(_SENTENCE_END) or name_shaped(above.text):
            continue
        poster = comparable(name.text)
        if (name.kind == BLANK or not 0 < len(name.text.split()) <= AUTHOR_MAX_WORDS or not name_shaped(name.text)
                or box.kind in (TEXT, BLANK)):
            continue
        if _named_in_header(out[max(0, i - POST_HEADER_LINES):i - 1], poster):
            out[i] = replace(line, kind=NOISE)


def _named_in_header(header: list[Line], poster: str) -> bool:
    """The nearest post header above (a line that names the poster beside more words, 'Mensaje
    por X » date') names this poster."""
    for h in reversed(header):
        text = comparable(h.text)
        if text != poster and re.search(rf"(?<!\w){re.escape(poster)}(?!\w)", text):
            return True
        if text == poster:
            return False  # another post's profile box: the header above is not this post's
    return False


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
