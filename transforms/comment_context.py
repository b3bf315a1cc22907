"""Read the lines of a comment thread in context (after transforms/comment_lines.py classified
each line alone): notices that close the thread, forum signatures, commenters called 'Guest',
avatar initials, vote scores. `refine_thread` runs every pass; chrome found by repetition is in
transforms/comment_chrome.py, badge lines under a name in transforms/comment_badges.py, quotes
and reply-to names in transforms/comment_replies.py."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms import rules
from transforms.comment_badges import (
    BADGE_MAX_WORDS, badge_signed_header, mark_badges, mark_poster_boxes, mark_profile_extras, seen_text_before,
    time_below, word_only,
)
from transforms.comment_chrome import mark_repeated_chrome, over_poster_box, stamped_bar
from transforms.comment_lines import (
    BLANK, COUNT, END, NOISE, NOTICE, QUOTE, REPLY_ARROWS, REPLY_TO, TEXT, TIME, WIDGET, Line, explicit_author,
    SIGNATURE_SEPARATOR, is_badge, name_shaped, next_non_blank, past_post_number, previous_non_blank, quote_match,
    quote_target,
)
from transforms.comment_names import AUTHOR_MAX_WORDS, same_person
from transforms.comment_replies import (
    MIN_QUOTE_CHARS, QUOTE_BACKLINK, full_name_under_user, glued_quote, is_reply_to, join_quoted_headers, mark_quote, mark_reply_headers,
    mark_unnamed_quote, quote_label,
)
from transforms.lines import comparable, plain_line

# stamped_bar (comment_chrome) is imported from here by transforms/comments.py
__all__ = ["refine_thread", "seen_text_before", "stamped_bar"]

_SIGNATURE = re.compile(SIGNATURE_SEPARATOR, re.IGNORECASE)
# '> Joaquín Bielsa: «Cuatro euros ...»': a markdown-quoted line that is another reader's name, a
# colon and their words in quote marks (round 10a, a newsletter's reader comments)
_QUOTED_READER = re.compile(r"^(?P<name>[^:«»„“”\"]{2,60}?)\s?:\s*[«„“\"].{1,400}[»“”\"]$")


def _quoted_reader(line: Line) -> str | None:
    """The name of the reader a markdown-quoted 'Name: «words»' line quotes, else None."""
    if not line.raw.lstrip().startswith(">"):
        return None
    match = _QUOTED_READER.match(line.text)
    return match.group("name").strip() if match and name_shaped(match.group("name").strip()) else None


# Flarum's quote in a markdown save: the quoted post's mention link (its text the poster's name, its
# target that post) and the quoted words on one '>' line ('> [Tobi_R](…/d/1142-…/3) Das eigentliche …')
_MENTION_QUOTE = re.compile(r"^\s*>\s?\[@?(?P<name>[^\[\]()]{1,40})\]\([^()\s]+\)\s+(?P<words>\S.*)$")


def _mention_quote(line: Line) -> tuple[str, str] | None:
    """(name, quoted words as compared) of a markdown-quoted line that opens with a mention link
    (round 24a, Flarum); the caller checks that the words repeat earlier text of the page."""
    match = _MENTION_QUOTE.match(line.raw)
    name = match.group("name").strip() if match else ""
    words = comparable(plain_line(match.group("words"))) if match else ""
    return (name, words) if name_shaped(name) and len(words) >= MIN_QUOTE_CHARS else None


_LIST_ITEM = re.compile(r"^\s*[-*+]\s+\S{1,2}\s*$")  # a one- or two-letter markdown list item: an avatar initial
# a link whose text is an avatar image and a user name, pointing at a post: Discourse's reply tab
# ('[![](.../mats_e/24.png) mats_e](.../t/topic/1182/3)') in a markdown save
_AVATAR_NAME_LINK = re.compile(r"^\[!\[[^\]]*\]\([^)]*\)\s*(?P<name>[^\[\]()]{1,40}?)\s*\]\([^)]*\)$")


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
    - empty quote lines inside a quoted reply's header are dropped (`join_quoted_headers`).
    """
    out = _settle_notices(join_quoted_headers(_drop_above_heading(list(lines))))
    out = _drop_collapsed_reply_counts(_counts_under_comments(out))
    in_signature = False  # a forum signature: under '__________' or '-- ' up to a blank line
    for i, line in enumerate(out):
        if _SIGNATURE.match(line.raw):
            in_signature = True
        elif line.kind == BLANK or (in_signature and _ends_signature(out, i)):
            in_signature = False
        elif in_signature and line.kind == TEXT:
            out[i] = replace(line, kind=NOISE)
    out = mark_profile_extras(mark_poster_boxes(mark_repeated_chrome(out)))
    ended = seen_text = seen_comment_chrome = False
    for i, line in enumerate(out):
        # a count below comments ('Show all 23 comments') closes the list shown; a count under a
        # policy sentence of the widget's header, with no comment (no time, no action bar) above
        # it yet, is the header's own count (round 11a: 'Be civil...' / '9 Comments')
        if line.kind == END and seen_text or line.kind == COUNT and seen_text and seen_comment_chrome and _is_last_count(out, i):
            ended = True
        elif ended and line.kind == TEXT:
            out[i] = replace(line, kind=NOISE)
        seen_text = seen_text or line.kind == TEXT
        seen_comment_chrome = seen_comment_chrome or (seen_text and line.kind in (TIME, NOISE))
    for i, line in enumerate(out):
        if line.kind == WIDGET and _guest_slot(out, i) and word_only(line.text):
            out[i] = replace(line, kind=TEXT)  # a commenter called 'Guest' / 'Gast'
        elif (line.kind == NOISE and is_badge(line.text) and word_only(line.text) and seen_text_before(out, i)
              and (time_below(out, i) and _previous_kind(out, i) != TEXT and not _name_over_badges(out, i)
                   or _between_bars(out, i))):
            out[i] = replace(line, kind=TEXT)  # round 13c: 'Redaktion' alone where a name stands, over its time
        elif line.kind == NOISE and badge_signed_header(out, i):
            out[i] = replace(line, kind=TEXT)  # round 14a: 'Redaktion · 25.11.2026, 09:15 Uhr' among 'Name · time' headers
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
        if _LIST_ITEM.match(line.raw) and nxt.kind == BLANK and (below := next_non_blank(out, i)):
            # a markdown converter makes the avatar a list item over the comment ('-   C' /
            # '' / '**Claire Dumas**'): the name is the next line with text
            nxt = out[below[0]]
        if (
            line.kind == TEXT
            and len(line.text) <= 2
            and nxt.kind == TEXT
            and nxt.text[:1].casefold() == line.text[:1].casefold()
        ):
            out[i] = replace(line, kind=NOISE)
    for i, line in enumerate(out):
        if (
            line.kind == TEXT
            and _next_kind(out, i) == TIME
            and not line.text.rstrip().endswith(QUOTE_BACKLINK)
            and (found := quote_match(line.text, False))
            and found[1]
        ):
            # 'Jan Kowalczyk napisał:' above its time: an author line; not phpBB's 'X schreef: ↑'
            # whose back-link arrow says the time under it is the quoted post's (round 15a)
            out[i] = replace(line, text=found[0])
        elif line.kind == TEXT and (quoted := _quoted_reader(line)) is not None:
            out[i] = replace(line, kind=QUOTE, name=quoted)
        elif line.kind == TEXT and quote_target(line.text, with_repeat_rules=True, long_names=True) is not None:
            mark_quote(out, i, _seen_before(out, i, context), _seen_text(context))
        elif line.kind in (NOISE, WIDGET) and quote_label(line.text):
            mark_unnamed_quote(out, i, _seen_before(out, i, context))
        elif line.kind == TEXT and (glued := glued_quote(line.text)) and glued[1] in _seen_before(out, i, context):
            out[i] = replace(line, kind=QUOTE, name=glued[0])  # 'X a écrit : (DATE)quoted text' on one line
        elif line.kind == TEXT and (mention := _mention_quote(line)) and mention[1] in _seen_before(out, i, context):
            out[i] = replace(line, kind=QUOTE, name=mention[0])  # '> [X](post link) quoted text' (Flarum)
    _mark_repeated_blockquotes(out, context)
    texts = [comparable(x.text) for x in out if x.kind == TEXT]
    for i, line in enumerate(out):
        if line.kind != TEXT:
            continue
        arrow = line.text[:1] in REPLY_ARROWS and name_shaped(line.text.lstrip(REPLY_ARROWS + " "))
        if line.text[:1] in REPLY_ARROWS and (
                (i == 0 or out[i - 1].kind == BLANK) and out[i + 1:i + 2] and out[i + 1].kind == TIME
                or arrow and _next_kind(out, i) == TIME and _previous_kind(out, i) in _CHROME_ABOVE_REPLY):
            # '↪ Carla Jennings · Harlow' opening a block, its time under it: the reply's own
            # author line (an arrow name between an author line and its time names the parent);
            # so is '→ Sabine Orthwein' under the comment above's action bar ('Antworten   ♥ 2'),
            # a blank line or none between it and its time (HyperComments, round 30)
            out[i] = replace(line, text=line.text.lstrip(REPLY_ARROWS + " "))
            continue
        if arrow and (cand := explicit_author(line.text)) is not None and (cand.stamp or cand.parent_name):
            # '↳ Silvia – 06/02/2024 alle 10:30', '↪ Itzel M. respondió a Ing. Ramírez': the
            # reply's own author line (with its time, or naming both replier and replied-to)
            continue
        full_name = (is_reply_to(out, i) and same_person(out[i - 1].text, line.text)) or (
            _over_reply_tab(out, i) and full_name_under_user(out, i))  # a reply tab under it
        if not arrow and full_name:
            out[i] = replace(line, kind=NOISE)  # 'sofia.alves' / 'Sofia Alves': the poster's full name (Discourse)
        elif arrow or (texts.count(comparable(line.text)) > 1 and is_reply_to(out, i)):
            out[i] = replace(line, kind=REPLY_TO, name=line.text.lstrip(REPLY_ARROWS + " "))
        elif _reply_tab_over_quote(out, i):
            out[i] = replace(line, kind=REPLY_TO, name=line.text)
        elif (tab := _reply_tab(out, i)) is not None:
            out[i] = replace(line, kind=REPLY_TO, name=tab)
    mark_reply_headers(out)
    return mark_badges(out, texts)


_QUOTE_MARKS = re.compile(r"^\s*((?:>\s?)+)")
QUOTED_REPEAT_WORDS = 5  # a blockquoted sentence this long that repeats earlier text is a quote
_QUOTED_SENTENCE_END = (".", "!", "?", "…", "\"", "”", "»")


def _quote_depth(raw: str) -> int:
    marks = _QUOTE_MARKS.match(raw)
    return marks.group(1).count(">") if marks else 0


def _seen_text(context: str) -> str:
    """The article above the thread as quotes are compared with it: markdown reduced to text, as
    the thread's own lines are ('**40 euros al mes**' quoted as '40 euros al mes', round 17a)."""
    return comparable(" ".join(plain_line(line) for line in context.split("\n")))


def _mark_repeated_blockquotes(out: list[Line], context: str) -> None:
    """A markdown blockquote inside a comment, one level deeper than the line above it, that
    repeats the article or an earlier comment word for word is quoted text, not the commenter's
    words (round 11a: a Lemmy comment quoting a sentence of the post, with no 'X wrote:' header;
    a reply nested by '>' has its own words, which no earlier text holds)."""
    seen = _seen_text(context)
    above = None  # the line with text right above
    for i, line in enumerate(out):
        if line.kind == BLANK:
            continue
        text = comparable(line.text)
        if (
            line.kind == TEXT and above is not None and _quote_depth(line.raw) > _quote_depth(above.raw)
            and len(text.split()) >= QUOTED_REPEAT_WORDS and text in seen
            and line.text.rstrip().endswith(_QUOTED_SENTENCE_END)  # a sentence, not a reply's author line
        ):
            out[i] = replace(line, kind=QUOTE, name=None)
        if line.kind == TEXT:
            seen += " " + text
        above = line


def _seen_before(out: list[Line], i: int, context: str) -> str:
    """The article and the thread's text above line i, as quotes are compared with them."""
    return " ".join([_seen_text(context)] + [comparable(x.text) for x in out[:i] if x.kind == TEXT])


def _reply_tab_over_quote(out: list[Line], i: int) -> bool:
    """Discourse's reply tab in a text save: the name of the user replied to alone between the
    reply's time and a quote header naming that user ('3 dez.' / 'toze' / 'toze:' / quoted text,
    round 18a). A comment's first line that merely names someone has no such header under it."""
    below = next_non_blank(out, i)
    return (i > 0 and out[i - 1].kind == TIME and name_shaped(out[i].text) and bool(below)
            and out[below[0]].kind == QUOTE and out[below[0]].name is not None
            and comparable(out[below[0]].name) == comparable(out[i].text))


def _over_reply_tab(out: list[Line], i: int) -> bool:
    """Line i stands over a short name line right above the post's time: the reply tab under the
    poster's user name and full name (Discourse copied from the browser, round 19a)."""
    below = next_non_blank(out, i, 2)
    return (i > 0 and len(below) == 2 and out[below[0]].kind == TEXT and len(out[below[0]].text.split()) <= REPLY_TAB_WORDS
            and name_shaped(out[below[0]].text) and out[below[1]].kind == TIME)


REPLY_TAB_WORDS = 2  # a reply tab shows a user name


def _reply_tab(out: list[Line], i: int) -> str | None:
    """The name on a reply tab: an avatar-and-name link right under a post's author line
    (Discourse's '[![](avatar) mats_e](.../1182/3)' in a markdown save) names the post
    replied to, as Disqus' parent name under the author does (round 9c)."""
    match = _AVATAR_NAME_LINK.match(out[i].raw.strip())
    above = previous_non_blank(out, i)
    if not match or not name_shaped(match.group("name")) or not above:
        return None
    author = out[above[0]]
    if author.kind != TEXT or _AVATAR_NAME_LINK.match(author.raw.strip()) or not name_shaped(author.text):
        return None
    return match.group("name")


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


_NUMBER_WORD = re.compile(r"^(?P<n>\d{1,4}) (?P<word>[^\W\d_]+)$")


def _counts_under_comments(out: list[Line]) -> list[Line]:
    """A count worded like the thread's heading ('8 reacties') with a smaller number ('2 reacties',
    '1 reactie') right under a comment's action row ('Beantwoorden / Delen / 👍 21') is that
    comment's reply counter (OpenWeb in Dutch, where replies and comments share one word): the
    next N comments reply to it (round 23b)."""
    heading = next((i for i, line in enumerate(out) if line.kind == COUNT), None)
    if heading is None or not (top := _NUMBER_WORD.match(out[heading].text)):
        return out
    out = list(out)
    seen_text = False
    for i, line in enumerate(out[heading + 1:], start=heading + 1):
        seen_text = seen_text or line.kind == TEXT
        m = _NUMBER_WORD.match(line.text) if line.kind == COUNT and seen_text else None
        above = previous_non_blank(out, i)
        if (m and int(m.group("n")) < int(top.group("n")) and above and out[above[0]].kind == NOISE
                and _same_word(m.group("word"), top.group("word"))):
            out[i] = replace(line, kind=NOISE, count=None, replies=int(m.group("n")))
    return out


def _same_word(a: str, b: str) -> bool:
    """'reactie' / 'reacties', 'comment' / 'comments': one word, singular or plural."""
    a, b = a.lower(), b.lower()
    return a.startswith(b) or b.startswith(a)


def _drop_collapsed_reply_counts(out: list[Line]) -> list[Line]:
    """'1 reply' inside a comment's own action row, right above its Reply button (Medium: votes,
    '1 reply', 'Reply'), is a link to replies that are not shown; a count under the row (OpenWeb's
    'Reply / Share / 2 replies') heads the replies shown. In a flat thread whose replies carry
    reply tabs naming their parent (Discourse), 'N replies' under a post links to those replies,
    wherever they stand: it heads none (round 9c)."""
    out = list(out)
    flat = any(line.kind == TEXT and _reply_tab(out, i) for i, line in enumerate(out))
    for i, line in enumerate(out):
        if line.replies is None:
            continue
        below = [out[j] for j in next_non_blank(out, i)]
        if flat or below and below[0].kind == NOISE and _is_reply_button(below[0].text):
            out[i] = replace(line, replies=None)
    return out


def _is_reply_button(text: str) -> bool:
    return rules.kind_regex(rules.COMMENT_FILE, ("reply_button",)).fullmatch(comparable(text)) is not None


_SCORE = re.compile(r"^\+\d{1,5}$")
SCORE_RUN = 3  # this many '+N' lines right above a button are vote scores; a lone '+1' is a comment


def _emoji_only(text: str) -> bool:
    """'👍', '❤️', '😂😂': pictographs only, no count ('👍 2' is a reaction count) and no vote
    arrows ('▲ ▼' are buttons)."""
    chars = [c for c in text if not c.isspace() and c != "\ufe0f" and not 0x1F3FB <= ord(c) <= 0x1F3FF]
    return bool(chars) and all(ord(c) >= 0x1F000 or c in "❤♥" for c in chars)


def _frames_alone(out: list[Line], i: int) -> bool:
    """Line i is the only line between a name line and that comment's action bar or time:
    the name above, a stamped bar ('Like · Reply · 44 min') or a timestamp below; or between
    the comment's header and the action bar: the time under a name ('#5  Oskar' / 'vor 1
    Stunde' / '👍' / 'Antworten | Melden') or a name with its time on one line ('Oskar |
    04.12.2026, 10:30 Uhr' / '👍' / 'Empfehlen (6) | Melden'). One blank line may stand between
    the line and what frames it (a markdown save or wpDiscuz's layout, round 9b)."""
    k = i - 1
    gap = k > 1 and out[k].kind == BLANK and out[k - 1].kind in (TIME, TEXT)
    if gap:
        k -= 1  # wpDiscuz, WordPress: 'Oskar' / 'vor 1 Stunde' / '' / '👍'
    if k > 0 and out[k].kind == NOISE and not out[k].stamp and len(out[k].text.split()) <= BADGE_MAX_WORDS:
        k -= 1  # a badge line under the name ('Seguidor destacado')
    above, below = out[k], out[i + 1]
    if below.kind == BLANK and i + 2 < len(out):
        below = out[i + 2]  # a markdown save puts a blank line before the action bar (round 9b)
    if above.kind == TIME and k > 0 and out[k - 1].kind == TEXT and below.kind == NOISE:
        return len(out[k - 1].text.split()) <= AUTHOR_MAX_WORDS
    if above.kind == TEXT and below.kind == NOISE and (header := explicit_author(above.text)) and header.stamp:
        return True
    if gap:
        return False  # a blank line under a bare name: the line is no comment text
    framed_below = below.kind == TIME or (below.kind == NOISE and below.stamp)
    # over the name: a blank line, or the previous comment's action bar in a copy without blank lines
    return above.kind == TEXT and name_shaped(above.text) and bool(framed_below) and (k < 1 or out[k - 1].kind in (BLANK, NOISE))


def _quote_reply_button(text: str) -> bool:
    """A post's 'Reply with quote' button in the forum engines' languages (rules data)."""
    rule = rules.rule_by_id(rules.COMMENT_FILE, "forum.noise.r34_reply_with_quote_buttons")
    return rule.regex.fullmatch(text.strip().casefold()) is not None


POSTER_BOX_LINES = 8  # a poster's name, then profile lines (rank, stars, post count, karma, profile link, the
# post's 'Re: <topic>' subject in SMF 2.0), then the post's time


def _ends_signature(out: list[Line], i: int) -> bool:
    """A thread copied without blank lines (round 13c): a signature also ends at the next
    line of chrome (the post's buttons, the next post's time) and at the next poster's name,
    a short name over profile lines ('Hero Member', 'Posts: 1,234') and the post's time, or a
    name of any length over a poster box (its rank, then a profile field; round 31). A line right
    over a post's 'Reply with quote' button is that post's last line, never the next poster's name
    (round 35: 'PV 9,8 kWp, WP seit 2022' / 'Mit Zitat antworten' / '#4' / DATE)."""
    line = out[i]
    if line.kind != TEXT:
        return True
    if i + 1 < len(out) and _quote_reply_button(out[i + 1].text):
        return False
    below = out[i + 1:i + 1 + POSTER_BOX_LINES]
    if not ((name_shaped(line.text) or over_poster_box(out, i)) and below and below[0].kind in (NOISE, WIDGET)):
        return False
    box = next((k for k, x in enumerate(below) if x.kind in (TEXT, TIME)), len(below))  # '*****' rank stars read as blank
    return box < len(below) and below[box].kind == TIME


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


def _is_last_count(out: list[Line], i: int) -> bool:
    """A count line below the comments ('Show all 23 comments') closes the list shown."""
    return not any(x.kind == TEXT for x in out[i + 1:i + 4])


GUEST_TITLE_LINES = 2  # chrome lines between a guest's name and the time: a user title, a post number


def _is_subject(text: str) -> bool:
    """A forum reply's subject line, 'Re: <topic>' (rule forum.widget.reply_subject)."""
    return rules.rule_by_id(rules.COMMENT_FILE, "forum.widget.reply_subject").regex.fullmatch(text) is not None


def _guest_slot(out: list[Line], i: int) -> bool:
    """Line i stands where a poster's name stands: the next line with text is a time, or the
    post's 'Re: <topic>' subject line with the time under it (Simple Machines: 'Guest' / 'Re:
    ...' / '« Reply #4 on: DATE »'); or the post's time (and number) is right above it and text
    below (vBulletin: 'DATE' / '#5' / 'Guest' / text). The guest's user title and the post number
    may stand between name and time (MyBB: 'Guest' / 'Unregistered' / 'Post: #5' / DATE)."""
    below = next_non_blank(out, i, 2 + GUEST_TITLE_LINES)
    while len(below) > 2 and out[below[0]].kind == NOISE and not out[below[0]].stamp:
        below = below[1:]
    below = below[:2]
    if below and out[below[0]].kind == WIDGET and _is_subject(out[below[0]].text):
        below = below[1:]
    if below and (out[below[0]].kind == TIME or out[below[0]].stamp):
        return True  # the time, or a row that carries it ('5 points · 7 hours ago')
    above = past_post_number(out, i, -1)
    return bool(above and below) and out[above[0]].kind == TIME and out[below[0]].kind == TEXT


def _between_bars(out: list[Line], i: int) -> bool:
    """Line i stands where a name stands in a thread that puts each comment's time in the action
    bar under its text (Facebook: 'Redaktion' / text / 'Gefällt mir · Antworten · 7 Std.'): the
    line above is the previous comment's stamped bar, and text lines run from line i to another
    stamped bar. A blank line parts it from the bar above: a word right under a bar is the bar's
    own ('Me gusta · Responder · 4 d' / 'Editado')."""
    above = previous_non_blank(out, i)
    if not above or out[above[0]].kind != NOISE or not out[above[0]].stamp or out[i - 1].kind != BLANK:
        return False
    below = next_non_blank(out, i, None)
    texts = 0
    for j in below:
        if out[j].kind != TEXT:
            return texts > 0 and out[j].kind == NOISE and out[j].stamp is not None
        texts += 1
    return False


def _next_kind(out: list[Line], i: int) -> str | None:
    return next((out[j].kind for j in next_non_blank(out, i)), None)


HEADER_BADGES = 2  # badge lines a post's header prints between the poster's name and the time


def _name_over_badges(out: list[Line], i: int) -> bool:
    """A poster's name stands above badge line i with only badge lines between ('Aldo Nardini' /
    'Moderatore' / 'Membro dello staff' over the post's time, XenForo's header): the name is the
    author line and the badge no name (round 25a)."""
    above = previous_non_blank(out, i, HEADER_BADGES + 1)
    for k, j in enumerate(above):
        if out[j].kind == NOISE and is_badge(out[j].text):
            continue
        return k > 0 and out[j].kind == TEXT and name_shaped(out[j].text)
    return False


# what stands above a reply's own '→ Name' author line: the comment above's action bar or
# the widget's header, not an author line (whose '→ Name' under it names the parent)
_CHROME_ABOVE_REPLY = (None, NOISE, WIDGET, COUNT)


def _previous_kind(out: list[Line], i: int) -> str | None:
    return next((out[j].kind for j in previous_non_blank(out, i)), None)


