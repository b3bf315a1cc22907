"""Badge lines in a comment thread (after transforms/comment_lines.py classified each line
alone): a short line under a commenter's name that no rule knows ('Miembro conocido',
'Abonnée') is chrome; a role word standing where a name stands ('Redaktion' over its time, or
'Redaktion · 25.11.2026' among 'Name · time' headers) is the author. Used by
transforms/comment_context.py."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.comment_lines import (
    BLANK, COUNT, NOISE, QUOTE, REPLY_TO, TEXT, TIME, WIDGET, Line, explicit_author, is_badge, name_shaped,
    next_non_blank, previous_non_blank, quote_match,
)
from transforms.comment_names import AUTHOR_MAX_WORDS
from transforms.lines import comparable
from transforms.timestamps import is_timestamp

BADGE_MAX_WORDS = 3  # a badge line under a name ('Abonné', 'Miembro conocido') is this short


def word_only(text: str) -> bool:
    """A widget word that may also be a display name ('Guest', 'Gast'), not a label with a
    number or a colon ('Beiträge: 88', 'Registriert seit: 11/2021')."""
    return not re.search(r"[\d:]", text)


_HEADER_PIECES = re.compile(r"\s*[|·•]\s*")


def _name_and_time(text: str) -> tuple[str, str] | None:
    pieces = _HEADER_PIECES.split(text)
    return (pieces[0], pieces[1]) if len(pieces) == 2 and pieces[0] and is_timestamp(pieces[1]) else None


def badge_signed_header(out: list[Line], i: int) -> bool:
    """'Redaktion · 25.11.2026, 09:15 Uhr' in a list whose readers sign 'Name · time': the newsroom
    signing a comment with a role word, not a badge beside a name (round 14a, Leserbriefe). Needs
    another line of the thread in that shape with a real name, so a lone 'Author · 3h' stays chrome."""
    pair = _name_and_time(out[i].text)
    if not pair or not (is_badge(pair[0]) and word_only(pair[0])) or not seen_text_before(out, i):
        return False
    return any(
        (other := _name_and_time(x.text)) and not is_badge(other[0]) and name_shaped(other[0])
        for x in out if x.kind == TEXT
    )


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
        above = previous_non_blank(out, i, 2)  # the name line, and the line above it
        if len(above) < 2:
            return False
        p, pp = above
        return (out[p].kind == TEXT and name_shaped(out[p].text)
                and len(out[p].text.split()) <= AUTHOR_MAX_WORDS and p > 0 and out[p - 1].kind == BLANK
                and out[pp].kind in (NOISE, WIDGET, COUNT))
    if i == 0 or out[i - 1].kind != TEXT or not (name_shaped(out[i - 1].text) or _says_header(out[i - 1].text)):
        return False
    return i < 2 or out[i - 2].kind != TEXT


def _says_header(text: str) -> bool:
    """An author line in the 'X says:' shape ('Erik Sandvall skriver:', 'X dit :'): a badge may
    stand under it as under a bare name ('Inläggsförfattare', round 17d)."""
    return text.rstrip().endswith(":") and explicit_author(text) is not None


def mark_badges(out: list[Line], texts: list[str]) -> list[Line]:
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
        j = _past_reply_marker(out, _past_profile(out, i + 1))
        under_time = j < len(out) and out[j].kind == TIME and _text_after(out, j)
        recurring = (
            len(positions[key]) >= 2
            and len({comparable(out[j - 1].text) for j in positions[key]}) >= 2
            and all(j + 1 < len(out) and out[j + 1].kind in (TEXT, TIME) for j in positions[key])
        )
        if under_time or recurring or _over_text_of_stamped_name(out, i):
            out[i] = replace(out[i], kind=NOISE)
    return mark_badge_fields(out)


FIELD_TEXT_WORDS = 8  # a saver without blank lines puts the post's first sentence right under the field


def _sentence_line(line: Line) -> bool:
    return line.kind == TEXT and len(line.text.split()) >= FIELD_TEXT_WORDS


def mark_badge_fields(out: list[Line]) -> list[Line]:
    """The short line under a badge the rules know, in a post's header after its time and over a
    blank line and the text, is the badge's field ('03.12.2026, 19:02' / 'Community-Experte' /
    'Fahrrad': the topic the expert badge is held for, round 22a): chrome, not the post's first line."""
    out = list(out)
    for i in range(2, len(out)):
        line = out[i]
        if (line.kind == TEXT and len(line.text.split()) <= BADGE_MAX_WORDS and name_shaped(line.text)
                and not line.text.rstrip().endswith(_SENTENCE_END)
                and out[i - 1].kind == NOISE and is_badge(out[i - 1].text) and out[i - 2].kind == TIME
                and _header_time(out, i - 2)
                and (i + 1 == len(out) or out[i + 1].kind == BLANK or _sentence_line(out[i + 1]))
                and _text_after(out, i)):
            out[i] = replace(line, kind=NOISE)
    return out


def _header_time(out: list[Line], t: int) -> bool:
    """The time on line `t` stands in a post's header, under the poster's name ('Kettenblatt77' /
    '03.12.2026, 19:02' / 'Community-Experte' / 'Fahrrad'), not under a comment's action bar
    ('Like' / 'Reply' / '2w' / 'Edited'): there the mark after the time is the comment's own edit
    mark, and the short line under it the next commenter's name ('Ana Lucia Ferreira', a Facebook
    thread saved without blank lines, round 34)."""
    above = previous_non_blank(out, t, 1)
    return not above or out[above[0]].kind not in (NOISE, WIDGET)


def _over_text_of_stamped_name(out: list[Line], i: int) -> bool:
    """The name above the badge has its time already (on the line above the name, or on the
    name's own line: 'Redakcja · 04.12.2026, 21:15'), and a line of prose follows the badge right
    under it: the short line between them is a badge ('Zweryfikowany', 'Équipe modération', round
    17d), not the comment's first line. A short line with a blank or chrome under it is a short
    comment ('lol')."""
    j = i + 1
    if i < 1 or j >= len(out) or out[j].kind != TEXT or name_shaped(out[j].text):
        return False
    if out[i].text.rstrip().endswith(_SENTENCE_END):
        return False
    name = out[i - 1]
    above = previous_non_blank(out, i - 1)
    cand = explicit_author(name.text)
    return bool(cand and cand.stamp) or bool(above and out[above[0]].kind == TIME)


_SENTENCE_END = tuple(".!?…")


def _past_profile(out: list[Line], j: int) -> int:
    """The first line from j on that is not chrome: a forum post header may print profile
    lines ('Registrado: mar 2015', 'Mensajes: 2.341') between the rank badge and the time."""
    while j < len(out) and out[j].kind in (NOISE, WIDGET, BLANK):
        j += 1
    return j


def _past_reply_marker(out: list[Line], j: int) -> int:
    """Past a reply marker between the badge and the time ('Hanna T.' / 'Stammleserin' /
    'Antwort auf mo.kessler' / '3. Dezember 2026 um 21:47', Coral in German, round 17d): the
    line after the marker, else j itself."""
    if j >= len(out) or out[j].kind not in (TEXT, QUOTE, REPLY_TO):
        return j
    found = quote_match(out[j].text, False)
    return _past_profile(out, j + 1) if found and not found[1] else j


def _text_after(out: list[Line], i: int) -> bool:
    """The first line after `i` that is neither blank nor chrome is comment text (not a name)."""
    for x in out[i + 1:]:
        if x.kind in (BLANK, NOISE, WIDGET, QUOTE):  # a reply may open with the post it quotes
            continue
        return x.kind == TEXT and (not name_shaped(x.text) or len(x.text.split()) > 4)
    return False


def seen_text_before(out: list[Line], i: int) -> bool:
    return any(x.kind == TEXT for x in out[:i])


def time_below(out: list[Line], i: int) -> bool:
    """The next line with text is a time, or a reply marker with the time under it ('Redazione' /
    'in risposta a Roberta Zambelli' / '05/12/2026 10:02', round 15a). A badge line right under line i
    is stepped over: it is the badge of the name on line i ('Redazione' / 'Staff' / time, round 18b)."""
    below = next_non_blank(out, i, 3)
    if below and out[below[0]].kind == NOISE and is_badge(out[below[0]].text) and word_only(out[below[0]].text):
        below = below[1:]
    below = below[:2]
    if not below:
        return False
    if out[below[0]].kind == TIME:
        return True
    found = quote_match(out[below[0]].text, False) if out[below[0]].kind == TEXT else None
    return bool(found and not found[1] and len(below) > 1 and out[below[1]].kind == TIME)


RANK_MAX_WORDS = 3  # a rank between the poster's name and the profile fields ('Club Secretary')


def mark_poster_boxes(out: list[Line]) -> list[Line]:
    """A forum that prints the poster box under the post (a phpBB browser copy: 'Derek Hollings'
    / 'Club Secretary' / 'Posts: 1872' / 'Joined: ...' / 'Top'): the poster's name repeated over
    the profile fields, and the rank between them, are chrome, not a new comment, when the
    fields run on to the post's 'Top' link and the name is that of the post's own author line
    ('Post by Derek Hollings » DATE') above (round 17a)."""
    from transforms.comment_chrome import profile_line
    from transforms.comment_headers import explicit_author
    from transforms import rules

    top = rules.kind_regex(rules.COMMENT_FILE, ("back_to_top",))
    out = list(out)
    for i, line in enumerate(out):
        if line.kind not in (WIDGET, NOISE) or not profile_line(line.text) or i < 2:
            continue
        j = i
        while j < len(out) and out[j].kind in (WIDGET, NOISE, BLANK) and not top.fullmatch(out[j].text):
            j += 1
        if j == len(out) or not top.fullmatch(out[j].text):
            continue
        poster = _post_author(out, i, explicit_author)
        if poster is None:
            continue
        for name_at in (i - 1, i - 2):
            between = range(name_at + 1, i)
            if (out[name_at].kind in (TEXT, NOISE) and comparable(out[name_at].text) == poster
                    and all(out[k].kind in (TEXT, NOISE) and len(out[k].text.split()) <= RANK_MAX_WORDS
                            and not out[k].text.rstrip().endswith((".", "!", "?")) for k in between)):
                for k in (name_at, *between):
                    out[k] = replace(out[k], kind=NOISE)
                break
    return out


def _post_author(out: list[Line], i: int, explicit_author) -> str | None:
    """The name of the nearest author line above line i with its time ('Post by X » DATE')."""
    for k in range(i - 1, -1, -1):
        found = explicit_author(out[k].text) if out[k].kind == TEXT else None
        if found is not None and found.stamp:
            return comparable(found.name)
    return None


PROFILE_EXTRA_WORDS = 4  # a poster's place or personal text under the profile fields ('Valle Gesso')


def mark_profile_extras(out: list[Line]) -> list[Line]:
    """A short line printed last in a poster box, under its profile fields and over the post's
    time ('Franco_Cuneo' / 'Moderatore globale' / 'Post: 2.319' / 'Valle Gesso' / '« Risposta #3
    il: DATE »', Simple Machines' personal text or place): not the poster's name, which stands at
    the top of the box above the fields (round 17a). Where the post's time stands over the name
    (vBulletin 4: 'DATE	#6' / 'Birgit K.' / 'Benutzer' / 'Beiträge: 9' / '+1'), the time under
    the box is the next post's and the short line is this post's text (round 29)."""
    from transforms.comment_chrome import profile_line

    out = list(out)
    for i, line in enumerate(out):
        if (line.kind != TEXT or not 0 < len(line.text.split()) <= PROFILE_EXTRA_WORDS or i == 0
                or out[i - 1].kind not in (NOISE, WIDGET) or not profile_line(out[i - 1].text)):
            continue
        below = _past_profile(out, i + 1)
        if below == len(out) or out[below].kind != TIME:
            continue
        k = i - 1
        while k >= 0 and out[k].kind in (NOISE, WIDGET, BLANK):
            k -= 1
        top = k >= 0 and out[k].kind == TEXT and name_shaped(out[k].text) and (k == 0 or out[k - 1].kind not in (TEXT, TIME))
        if top and any(is_badge(out[j].text) for j in range(k + 1, i) if out[j].kind == NOISE):
            out[i] = replace(line, kind=NOISE)
    return out
