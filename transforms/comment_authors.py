"""Tell author lines from comment text inside a thread (used by transforms/comments.py).

Each text line gets a score (log-odds-like evidence that it is an author line): its shape, names
that recur in the thread, blank lines around it, timestamps and action bars next to it; one best
labelling of the whole thread (author lines and comment text alternate) is then chosen.
"""

from __future__ import annotations

import re

from transforms.comment_lines import (
    ANCHOR, BLANK, COUNT, END, FORM, NAME_WORDS, NOISE, QUOTE, REPLY_TO, TEXT, TIME, WIDGET, Candidate, Line,
    at_names, is_badge, is_post_number, name_shaped, next_non_blank, past_post_number, previous_non_blank,
)
from transforms.comment_chrome import over_poster_box, profile_row
from transforms.comment_names import ends_with_initial, long_quoted_name, without_place
from transforms.lines import comparable, is_heading

AUTHOR_AFTER_AUTHOR = -3.0  # two author lines in a row (no comment text between)
HEADING_SCORE = -8.0  # a markdown heading ('## What other branches asked us') as an author line
LONG_NAME_WORDS = NAME_WORDS + 1  # an author line longer than a display name, when its time right under it says so
LONG_NAME_SCORE = -4.0  # the cost of the extra word (round 8a: sentence-like Substack and Medium names)
FOOTER_OPENER_SCORE = 2.5  # where times stand in the bar under each comment, the line after a bar opens the next one
FOOTER_BARS = 3  # action bars carrying a time that make a thread's times footers
TOO_LONG_SCORE = -8.0  # longer than that: not a name by its shape (round 13c: unless its time stands right under it)
HEADER_WINDOW = 8  # an author line's time (or its parent's name, then the time) stands within this many lines under it
SPACED_WINDOW = 4  # in a markdown save (a blank line between all lines) a time's comment text is this near under it
POSTER_BOX_SCORE = 4.0  # a line over a forum poster box (a rank badge, then profile fields) is the poster's name


def shape_score(name: str, text: str) -> float:
    """How much a line looks like an author line by its shape; `name` is the line without
    badges after a separator ('Linda Carr · Works at ...' -> 'Linda Carr')."""
    if name != text and len(text) <= 80:
        text = name
    words = without_place(text).split()  # 'Früher hatten wir drei Bäder aus Sandersleben'
    if len(text) > 50 or len(words) > LONG_NAME_WORDS:
        return TOO_LONG_SCORE
    score = 1.0 + (0.5 if len(words) <= 3 else 0.0)
    if len(words) > NAME_WORDS:  # 'someone who grew up on the ridge': a name only with a time next to it
        score += LONG_NAME_SCORE
    if text.endswith((".", "!", "?", "…", ";", ",")) and not (text.endswith(".") and name_shaped(text)):
        score -= 4.0  # ('Nathalie R.' ends with an initial, not a sentence)
    elif text.endswith(":"):
        score -= 1.5
    if re.search(r"(?<!\b[^\W\d_])[.!?]\s", text):  # a sentence ends inside; an initial does not ("Y. Achterberg")
        score -= 1.5
    if "," in text:
        score -= 0.5
    if re.search(r"[\"“”«»]", text):
        score -= 1.0
    if text.startswith("@") or re.search(r"https?://|www\.", text):
        score -= 3.0
    if not re.search(r"[^\W\d_]", text):
        score -= 3.0
    return score


def author_scores(lines: list[Line], texts: list[int], candidates: dict[int, Candidate]) -> list[float]:
    """Evidence (log-odds-like) that each TEXT line (indices into `lines`) is an author line."""
    standalone = {}
    for i in texts:
        before = lines[i - 1].kind if i > 0 else BLANK
        after = lines[i + 1].kind if i + 1 < len(lines) else BLANK
        standalone[i] = before != TEXT and after != TEXT
    names: dict[str, list[int]] = {}
    for i in texts:
        names.setdefault(comparable(candidates[i].name), []).append(i)
    referenced = {comparable(x.name) for x in lines if x.kind in (QUOTE, REPLY_TO) and x.name}
    for i in texts:
        referenced.update(comparable(n) for n in at_names(lines[i].text))

    layout = time_layout(lines)
    # the times stand in the bar under each comment ('Me gusta · Responder · 1 d'), as TIME lines or in bars
    footer_bars = layout == FOOTER or sum(1 for x in lines if x.kind == NOISE and x.stamp) >= FOOTER_BARS
    name_headings = _stamped_headings(lines, texts, candidates)
    scores = []
    for pos, i in enumerate(texts):
        cand = candidates[i]
        score = cand.strength if cand.strength > 0 else shape_score(cand.name, lines[i].text)
        poster_box = over_poster_box(lines, i)
        if score <= TOO_LONG_SCORE and long_quoted_name(cand.name) and (
                layout == UNDER and _time_right_under(lines, i) or poster_box):
            # 'Sick and tired of Shire Hall deciding everything' over its time, or over its poster
            # box (a rank, then a profile field: round 31)
            score = 1.0 + LONG_NAME_SCORE
        if cand.strength <= 0 and is_heading(lines[i].raw) and i not in name_headings:
            scores.append(HEADING_SCORE)  # a markdown heading is a section title, not a name
            continue
        key = comparable(cand.name)
        if standalone[i] and any(j != i and standalone[j] for j in names.get(key, [])):
            score += 2.5
        if key in referenced:
            score += 1.5
        if i > 0 and lines[i - 1].kind == TEXT:
            score -= 2.0
        elif standalone[i]:
            score += 0.5
        if poster_box:
            score += POSTER_BOX_SCORE
        prev = [lines[j] for j in past_post_number(lines, i, -1)]
        if layout == UNDER and any(x.kind == TIME for x in _header_below(lines, i)):
            score += 4.0
        if prev and prev[0].kind == TIME:
            score += {UNDER: -2.0, HEADER: 4.0, FOOTER: 1.5}[layout]
        elif prev and prev[0].kind in (NOISE, END, WIDGET, FORM, COUNT, ANCHOR):
            score += 1.5
            if (footer_bars and prev[0].kind == NOISE and not is_badge(prev[0].text) and score > TOO_LONG_SCORE
                    and re.search(r"[^\W\d_]", cand.name)):  # a name has letters, not '❤️👍 31'
                score += FOOTER_OPENER_SCORE
        if pos == 0:
            score += 1.0
        if pos + 1 < len(texts):
            following = lines[texts[pos + 1]].text
            if len(following) > 60 or following.rstrip().endswith((".", "!", "?", "…")) and not ends_with_initial(following):
                score += 0.5
        else:
            score -= 3.0
        scores.append(score)
    return scores


STAMPED_HEADINGS = 2  # markdown headings with a time right under them that make headings names


def _stamped_headings(lines: list[Line], texts: list[int], candidates: dict[int, Candidate]) -> set[int]:
    """Markdown headings that are the thread's author lines: where a save made every name a
    heading ('#### Renate Kolb' / '_01.12.2026 um 17:02 Uhr_'), two or more short names in
    headings each have their time as the next line with text (round 9b). Else none: a heading
    is a section title."""
    found = set()
    for i in texts:
        below = _header_below(lines, i)  # its time, under the poster's badge and profile lines
        if is_heading(lines[i].raw) and below and below[0].kind == TIME \
                and len(candidates[i].name.split()) <= NAME_WORDS and name_shaped(candidates[i].name):
            found.add(i)
    return found if len(found) >= STAMPED_HEADINGS else set()


UNDER, HEADER, FOOTER = "under", "header", "footer"


def time_layout(lines: list[Line]) -> str:
    """Where the thread prints a comment's timestamp (a vote over its timestamp lines):
    UNDER the author line (Disqus, WordPress, XenForo: the nearest text above, in the same
    block, is a short name), as a HEADER above the author (a blank line above the time), or
    in the FOOTER under the comment text (Facebook: 'Like / Reply / 2w')."""
    votes = {UNDER: 0, HEADER: 0, FOOTER: 0}
    for i, line in enumerate(lines):
        if line.kind == TIME:
            votes[_time_role(lines, i)] += 1
    return max((UNDER, HEADER, FOOTER), key=lambda role: votes[role])


def _time_role(lines: list[Line], i: int) -> str:
    for j in range(i - 1, -1, -1):
        kind = lines[j].kind
        if kind == BLANK:
            return UNDER if _spaced_under(lines, i) else HEADER
        if kind in (TEXT, REPLY_TO):
            return UNDER if _short_name(lines[j]) else FOOTER if not _post_number_below(lines, i) else HEADER
    return HEADER


_TIME_WITH_POST_NUMBER = re.compile(r"(?<!\S)#\d{1,6}$")  # '03-12-2026, 19:30   #3'


def _post_number_below(lines: list[Line], i: int) -> bool:
    """A post number right under a time that stands under the previous post's text: vBulletin's
    header row (time, '#5', then the poster) in a copy without blank lines, not a footer.
    (XenForo prints the number under the time too, but with the poster's name above it.)
    vBulletin 4 prints the number on the time's own line; a copy with a blank line after every
    line (the blanks dropped) puts that line right under the previous post's text (round 25a)."""
    if _TIME_WITH_POST_NUMBER.search(lines[i].text.strip()):
        return True
    below = next_non_blank(lines, i)
    return bool(below) and is_post_number(lines[below[0]])


def _short_name(line: Line) -> bool:
    text = line.text
    ends = text.rstrip().endswith((".", "!", "?", "…")) and not ends_with_initial(text)
    short = len(text.split()) <= LONG_NAME_WORDS and not ends
    return line.kind == REPLY_TO or (line.kind == TEXT and short)


def _spaced_under(lines: list[Line], i: int) -> bool:
    """A markdown save puts a blank line between all lines: the time at i is still under its
    author when a short name stands above it and comment text (not a name) below it."""
    above = [lines[j] for j in previous_non_blank(lines, i)]
    below = [lines[j] for j in next_non_blank(lines, i, window=SPACED_WINDOW)]
    if not above or not below or not _short_name(above[0]) or below[0].kind != TEXT:
        return False
    return not _short_name(below[0])


def _time_right_under(lines: list[Line], i: int) -> bool:
    """The next line with text under line i is a timestamp alone."""
    below = next_non_blank(lines, i)
    return bool(below) and lines[below[0]].kind == TIME


def _header_below(lines: list[Line], i: int) -> list[Line]:
    """The two lines under an author line where its time may stand (the time itself, or the
    parent's name then the time), not counting badge and profile lines under the name ('Staff',
    'Abonné'; round 13a: a forum's 'Moderator' / 'Staff member' / 'Messages: 14,902 Reaction
    score: 6,311' one under the other), nor wpDiscuz's one-word guest label ('Gast', 'Guest',
    'invité'; round 19b). A name a blank line below, with its time right under it, heads a post of
    its own ('Avec plaisir' / blank / 'Burgien de souche' / '4 déc.'): not line i's."""
    below = next_non_blank(lines, i, None, window=HEADER_WINDOW)
    while below and (
        (lines[below[0]].kind == NOISE and (is_badge(lines[below[0]].text) or profile_row(lines[below[0]].text)))
        or (lines[below[0]].kind == WIDGET and len(lines[below[0]].text.split()) == 1)
    ):
        below = below[1:]
    below = below[:2]
    if (len(below) == 2 and lines[below[0]].kind == TEXT and lines[below[1]].kind == TIME
            and below[0] > i + 1 and lines[i + 1].kind == BLANK and below[1] == below[0] + 1):
        below = below[:1]
    return [lines[j] for j in below]


def label_authors(lines: list[Line], texts: list[int], scores: list[float]) -> list[bool]:
    """Best author/body labelling (Viterbi over two states): an author line gets its score, a
    body line 0, two author lines in a row pay AUTHOR_AFTER_AUTHOR."""
    if not texts:
        return []
    best_a, best_b = scores[0], 0.0
    back: list[tuple[bool, bool]] = [(False, False)]
    for k in range(1, len(texts)):
        from_a, from_b = best_a + AUTHOR_AFTER_AUTHOR, best_b
        back.append((from_a >= from_b, best_a >= best_b))
        best_a, best_b = max(from_a, from_b) + scores[k], max(best_a, best_b)
    labels = [False] * len(texts)
    state = best_a >= best_b
    for k in range(len(texts) - 1, -1, -1):
        labels[k] = state
        state = back[k][0] if state else back[k][1]
    return labels



def has_own_timestamp(lines: list[Line], i: int, cand: Candidate, layout: str) -> bool:
    if cand.stamp:
        return True
    if layout == UNDER:
        return any(x.kind == TIME for x in _header_below(lines, i))
    return any(lines[j].kind == TIME for j in past_post_number(lines, i, -1))

