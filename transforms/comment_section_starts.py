"""Where a reader-comment section starts in a page's classified lines (for transforms.comments).

A section starts only on widget evidence after some article prose: a count or heading line, a
widget line with more chrome next to it, a cluster of thread chrome around timestamps, a run of
author lines that carry their own timestamp, or a forum's numbered posts; a count line shaped
like a heading is promoted to one when author or widget lines follow it, and a start with a
long stretch of article prose after it (a 'Leave a comment' link under the headline) is passed
over.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms import rules
from transforms.body_lines import matches
from transforms.comment_chrome import profile_line
from transforms.comment_context import stamped_bar
from transforms.comment_lines import (
    ANCHOR, BLANK, BOILER, CHROME, COUNT, END, FORM, NOISE, NOTICE, SPECIFIC, TEXT, TIME, WIDGET, Line, classify,
    explicit_author, is_badge, name_shaped, next_non_blank, previous_non_blank, stamp_then_post_number,
)
from transforms.comment_names import AUTHOR_MAX_WORDS, ends_with_initial
from transforms.lines import stamp_after_gap
from transforms.timestamps import split_trailing_timestamp

MIN_PROSE_WORDS_BEFORE = 40  # a section starts after this much article prose ...
MIN_PROSE_WORDS_SHORT = 20  # ... or after this much when comments with authors follow
ARTICLE_BETWEEN_WORDS = 80  # prose between two section starts that makes the first a header link
EVIDENCE_WINDOW = 6  # non-blank lines looked at after a widget line for more chrome ...
PARAGRAPH_WORDS = 25  # ... up to a sentence-ending line this long (article prose between)
CLUSTER_WINDOW = 4  # a chrome line and the next non-blank lines ...
CLUSTER_MIN = 3  # ... of which this many are chrome: a thread without a heading
WRAPPED_LINE_CHARS = 40  # a line of a paragraph a wrapper broke is at least this long (hard_wrap's evidence)
AUTHOR_LINE_WORDS = 12  # an author line that may start a thread is at most this long
STAMPED_RUN = 3  # this many author lines with a timestamp, text between them ...
STAMPED_RUN_WINDOW = 15  # ... within this many non-blank lines start a thread on shape alone
# a forum's post number on its own line, bare or after its label (MyBB's 'Post: #2', 'Beitrag: #2')
_POST_NUMBER_LINE = re.compile(r"(?:[^\W\d_]{2,12}\s?:\s?)?#(?P<n>\d{1,6})")
_POST_NUMBER_EDGE = re.compile(r"^#(?P<n>\d{1,6})\b|(?<!\S)#(?P<n2>\d{1,6})$")  # ... or beside the post's time


def section_starts(lines: list[Line]):
    """Candidate starts in page order, each with whether it still needs authored comments to
    count (a start found from a chrome cluster alone)."""
    prose_words = 0
    numbered_first = False  # a forum's opening post framed as '#1' came before
    bylined_first = False  # a short opening post signed by a stamped author line under it
    stamped_before = False  # an author line with a timestamp came before
    columned_first = False  # a forum's opening post headed by its poster and time in two columns (w3m)
    sentence_words = 0  # prose words in lines that end a sentence
    # a paragraph a wrapper broke ('... vaarannu, Finavia' / 'vakuuttaa.', lynx at 76 columns): the
    # words of its long lines since the last sentence end, those counted as prose and the others
    wrapped_prose, wrapped_other = 0, -1  # -1: no such lines above
    for i, line in enumerate(lines):
        # (a thread title above it is no prose: a reader view prints 'Title: ...' and the topic
        # heading, which may end in '?', before '#1', round 23a)
        numbered_first = numbered_first or (_post_number(line) == 1 and sentence_words == 0)
        # a Q&A page signs its short question under the text ('Frage von X, DATE', round 22a):
        # that byline frames the opening post as '#1' does
        bylined_first = bylined_first or (
            0 < sentence_words <= prose_words < MIN_PROSE_WORDS_SHORT and not stamped_before
            and _stamped_author(line) and _under_prose(lines, i))
        # (w3m prints a post's header as the theme's columns, 'Fermín_Collado   5 dic 2026': over the
        # opening post it frames that post as '#1' does, and the replies' headers are the same columns)
        columned_first = columned_first or (sentence_words == 0 and _stamped_author(line) and _columned(line))
        if line.kind == TEXT:
            words = len(line.text.split())
            enough = prose_words >= MIN_PROSE_WORDS_BEFORE or (numbered_first and prose_words and _numbered_post(lines, i))
            # the first stamped author line below the article (a forum's opening post has one
            # above its own prose: that page is left to the rules above)
            # (a footer bar run is no forum: a dated byline above the prose does not turn it off)
            stamped_run = (
                (not stamped_before or stamped_bar(line.text) is not None or (numbered_first and (_post_number(line) or 0) >= 2)
                 or (columned_first and _columned(line)))
                and sentence_words >= MIN_PROSE_WORDS_SHORT and _stamped_author_run(lines, i)
            )
            stamped_before = stamped_before or _stamped_author(line)
            if stamped_run and stamped_bar(line.text):
                # the same buttons with a changing time under each comment: a footer bar, so
                # the first comment is the block above it (name and text)
                yield _block_start(lines, i), True
            elif (enough or stamped_run) and words <= AUTHOR_LINE_WORDS and (stamped_run or _cluster(lines, i)):
                # an author line with its timestamp, then comment chrome; after a short forum
                # opening post ('#1'), the post numbered '#2' in the same frame starts the replies
                yield i, True
            elif words >= 8 and _is_prose(lines, i, words):
                prose_words += words
                if line.text.rstrip().endswith((".", "!")) or (words >= PARAGRAPH_WORDS and line.text.rstrip().endswith("?")):
                    # sentences, not a headline running into a header (a headline may end in "?",
                    # a paragraph that long is a forum's opening question, round 19a)
                    sentence_words += words
                    sentence_words += wrapped_prose + max(wrapped_other, 0)
                    prose_words += max(wrapped_other, 0)
                    wrapped_prose, wrapped_other = 0, -1
                elif _wrapped_line(lines, i):
                    wrapped_prose, wrapped_other = wrapped_prose + words, max(wrapped_other, 0)
                continue
            if wrapped_other >= 0 and line.text.rstrip().endswith((".", "!")):
                # the end of a wrapped sentence: its lines above were prose and sentences
                prose_words += wrapped_other + words
                sentence_words += wrapped_prose + wrapped_other + words
            elif _wrapped_line(lines, i) and not line.text.rstrip().endswith((".", "!", "?", ":")):
                wrapped_other = max(wrapped_other, 0) + words  # a long line of few long words ('Finavia')
                continue
            wrapped_prose, wrapped_other = 0, -1
            continue
        wrapped_prose, wrapped_other = 0, -1
        if line.kind == BLANK:
            continue
        short_post = (numbered_first and prose_words > 0 and _numbered_post(lines, i - 1)) or bylined_first
        if prose_words < MIN_PROSE_WORDS_SHORT and not short_post:
            continue
        if line.kind in (COUNT, ANCHOR):
            yield _extend_back(lines, i), prose_words < MIN_PROSE_WORDS_BEFORE
        elif prose_words < MIN_PROSE_WORDS_BEFORE and not short_post and not _subject_of_earlier_post(lines, i):
            continue
        elif line.kind in (WIDGET, FORM) and _chrome_near(lines, i) >= 1:
            yield _extend_back(lines, i), True
        elif _is_chrome(line) and _cluster(lines, i):
            yield _extend_back(lines, i), True


def _wrapped_line(lines: list[Line], i: int) -> bool:
    """A long line running on into a lower-case word on the next line: a paragraph a wrapper broke."""
    return (len(lines[i].text) >= WRAPPED_LINE_CHARS and i + 1 < len(lines) and lines[i + 1].kind == TEXT
            and lines[i + 1].text[:1].islower())


def _under_prose(lines: list[Line], i: int) -> bool:
    """The nearest line with text above line i is a prose line (a post's last sentence)."""
    above = previous_non_blank(lines, i, 1)
    return bool(above) and lines[above[0]].kind == TEXT and lines[above[0]].text.rstrip().endswith((".", "!", "?", "…"))


def _subject_of_earlier_post(lines: list[Line], i: int) -> bool:
    """A forum reply's subject line 'Re: <topic>' (rule forum.widget.reply_subject) whose topic is
    an earlier line of the page (the thread's title or the opening post's subject, Simple
    Machines): a reply below a short opening post, however little prose that post has."""
    line = lines[i]
    if line.kind != WIDGET or rules.rule_by_id(rules.COMMENT_FILE, "forum.widget.reply_subject").regex.fullmatch(line.text) is None:
        return False
    topic = line.text.split(":", 1)[1].strip().casefold()
    return bool(topic) and any(x.kind == TEXT and x.text.strip().casefold() == topic for x in lines[:i])


def _columned(line: Line) -> bool:
    """A name and its time in two columns, a run of spaces or a tab apart (transforms.lines.stamp_after_gap)."""
    return stamp_after_gap(line.raw) is not None


def _stamped_author(line: Line) -> bool:
    if line.kind != TEXT:
        return False
    cand = explicit_author(line.text)
    return cand is not None and cand.stamp is not None


def _stamped_author_run(lines: list[Line], i: int) -> bool:
    """Line i and at least STAMPED_RUN - 1 of the next lines are author lines that carry a
    timestamp ('Jozef M. | 3. 4. 2024 18:20'), with text between them: a thread found by
    its shape alone, whatever language its buttons and headings are in."""
    if not _stamped_header(lines, i):
        return False
    found, texts, frame_end = 1, 0, _frame_end(lines, i)
    for j in next_non_blank(lines, i, STAMPED_RUN_WINDOW):
        line = lines[j]
        if j <= frame_end:
            continue  # the header's own profile and time lines
        if _stamped_header(lines, j):
            if texts == 0:
                return False  # two headers in a row: a list of dates, not comments
            found, texts, frame_end = found + 1, 0, _frame_end(lines, j)
        elif line.kind == TEXT:
            texts += 1
    return found >= STAMPED_RUN


_BULLET_TIME = re.compile(r"^[•·]\s*\S+(?:\s+\S+){0,3}$")  # '• fa 3 hores', '• 3 години тому'


def _name_above_bullet_time(lines: list[Line], i: int) -> bool:
    """Disqus prints the time under the name after a bullet; in a language whose relative
    times no rule has ('• fa 3 hores'), the bullet line of at most four words is the time."""
    line = lines[i]
    if line.kind != TEXT or len(line.text.split()) > 4 or not name_shaped(line.text) or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return below.kind in (TEXT, TIME) and _BULLET_TIME.match(below.raw.strip()) is not None


def _frame_end(lines: list[Line], i: int) -> int:
    """The last line of the header that starts at line i: its time line when that stands
    on one of the next two lines, else line i."""
    if _name_above_bullet_time(lines, i):
        return i + 1
    return next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].kind == TIME), i)


def _stamped_header(lines: list[Line], i: int) -> bool:
    """An author line with its timestamp: on the line itself, or a short name with the time
    on the next line, or under one short profile line between ('Toomas_T' / 'Postitusi: 1 204'
    / '08.04.2024 kell 20:01')."""
    if _stamped_author(lines[i]) or _name_above_time(lines, i) or _name_above_bullet_time(lines, i):
        return True
    line = lines[i]
    if line.kind != TEXT or len(line.text.split()) > 4 or not name_shaped(line.text):
        return False
    below = [j for j in range(i + 1, min(i + 3, len(lines)))]
    return (
        len(below) == 2 and lines[below[0]].kind in (TEXT, NOISE) and len(lines[below[0]].text.split()) <= 4
        and not lines[below[0]].text.rstrip().endswith((".", "!", "?")) and lines[below[1]].kind == TIME
    )


def _block_start(lines: list[Line], i: int) -> int:
    """The first line of the blank-separated block that holds line i."""
    start = i
    while start > 0 and lines[start - 1].kind != BLANK:
        start -= 1
    return start


def _numbered_post(lines: list[Line], i: int) -> bool:
    """A post numbered '#2' or later within the frame below line i (name, badge, date, '#N')."""
    return any((_post_number(line) or 0) >= 2 for line in _window(lines, i))


def _post_number(line: Line) -> int | None:
    """The post number a forum frame prints: '#3' on its own line, or at either edge of the
    post's timestamp line ('2024-03-04, 18:12 #2', '#2 · 4. März 2024')."""
    if line.kind == TEXT and (numbered := stamp_then_post_number(line.text)):
        return numbered[2]  # 'mpatel December 3, 2026, 4:01pm 2': the number after the author's time
    number = _POST_NUMBER_LINE.fullmatch(line.text.strip())
    if number is None and line.kind == TIME:
        number = _POST_NUMBER_EDGE.search(line.text.strip())
    return int(number.group("n") or number.group("n2")) if number else None


def _is_prose(lines: list[Line], i: int, words: int) -> bool:
    """Sentences, not a headline: the line ends a sentence, is long, or runs on into the next
    line (a wrapped paragraph).  'Rennes : la rocade passe à 70 km/h la nuit' is a title."""
    text = lines[i].text
    above_count = (i + 1 < len(lines) and lines[i + 1].kind == COUNT and words < PARAGRAPH_WORDS
                   and not _INNER_SENTENCE_END.search(text))  # two sentences are no thread title (round 21a)
    if above_count or len(_TRAIL_SEPARATOR.split(text)) >= TRAIL_MIN_PARTS:
        return False  # a thread title right above its count ('... ?' / '5 réponses'), a breadcrumb trail
        # (a paragraph there is the article's last one in a copy without blank lines)
    runs_on = i + 1 < len(lines) and lines[i + 1].kind == TEXT
    return words >= 20 or runs_on or text.rstrip().endswith((".", "!", "?", "…", ":", "»", "”", '"', ")"))


_INNER_SENTENCE_END = re.compile(r"\w[.!?]\s+[A-ZÀ-Ý¿¡]")  # '... un po' dura. Lo prendo o ...?'
_TRAIL_SEPARATOR = re.compile(r"\s[•›»>|/]\s")  # 'Forum • Transports • <thread title>'
TRAIL_MIN_PARTS = 3


_COUNT_HEADING = re.compile(
    r"^(?P<head>[^.!?:;·•|]{3,60}?)\s*(?:[(\[](?P<n>\d{1,6})[)\]]|[·•|]\s*(?P<n2>\d{1,6}))$"
)  # 'What readers are saying (4)', 'I commenti dei lettori · 4'
HEADING_MAX_WORDS = 6  # a heading, not a sentence that ends in a bracketed number
_COUNT_FIRST = re.compile(r"^(?P<n>\d{1,6})\s+[^\W\d_][^.!?]*$")  # a number, then words, no sentence end
COUNT_FIRST_MAX_WORDS = 10
HEADING_AUTHORS = 2  # author or timestamp lines right below it that make it a thread heading
HEADING_EVIDENCE = 3  # ... or one of them with widget / action lines: this many in all


def promote_count_headings(lines: list[Line]) -> list[Line]:
    """A short heading in any wording with a count in brackets ('What readers are saying (4)')
    is the thread's count line when author or timestamp lines follow it at once."""
    out = _split_count_tabs(lines)
    lines = list(out)
    for i, line in enumerate(lines):
        m = _COUNT_HEADING.match(line.text) if line.kind == TEXT else None
        if m and len(m.group("head").split()) > HEADING_MAX_WORDS:
            continue
        if not m:  # 'N <word> ...' in any language: '4 komentāri par “...”', '5 komentarjev'
            m = _COUNT_FIRST.match(line.text) if line.kind == TEXT else None
            if not m or len(line.text.split()) > COUNT_FIRST_MAX_WORDS or _per_post_counter(lines, line.text):
                continue
        window = next_non_blank(lines, i, EVIDENCE_WINDOW)
        authors = sum(
            1 for j in window
            if lines[j].kind == TIME or (lines[j].kind == TEXT and (explicit_author(lines[j].text) or _name_above_time(lines, j)))
        )
        chrome = sum(1 for j in window if lines[j].kind in (NOISE, WIDGET, FORM, NOTICE))
        if authors >= HEADING_AUTHORS or (authors and authors + chrome >= HEADING_EVIDENCE):
            out[i] = replace(line, kind=COUNT, count=int(m.group("n") or m.group("n2")))
    return out


_BARE_NUMBER = re.compile(r"^\d{1,6}$")
TAB_LABEL_MAX_WORDS = 3  # 'All Comments', 'Kommentare': a tab's label over its count
WRAPPED_LINE_CHARS = 60  # a line this long may have been broken by a saver's wrapping ...
WRAPPED_TAIL_CHARS = 50  # ... when the line under it is a short tail


def _split_count_tabs(lines: list[Line]) -> list[Line]:
    """A count line broken in two: a tab's label with its count on the line under it ('All
    Comments' / '9', as a browser copies Coral's tab bar), or a long count heading a saver
    wrapped ('4 Responses to “Library branch ... council' / 'decides”'): the first line is the
    count line the two make together, the second is chrome (round 14a)."""
    out = list(lines)
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1]
        if line.kind in (COUNT, BLANK) or not line.text:
            continue
        k = _label_under(lines, i)  # the stat's label under its number
        label = lines[k]
        if _BARE_NUMBER.match(line.text) and label.kind not in (COUNT, BLANK) and _is_label(label.text):
            joined = classify(line.index, f"{line.text} {label.text}")
            if joined.replies is not None and _action_row_label(lines, label.text):
                continue  # '14' / 'Svar' / 'Del ›' under every comment: its votes and Reply button
            if joined.replies is not None:  # '6' / 'respostas': Discourse's topic map, one value a line
                out[i] = replace(line, kind=NOISE, replies=joined.replies)
                out[k] = replace(label, kind=NOISE)
            elif k != i + 1:
                pass  # a count only with its label right under it ('5' / '' / 'Válasz': votes over a button)
            elif joined.kind == COUNT and _post_total(joined.text):  # '6' / 'Inlägg': NodeBB's post total (round 26a)
                out[i] = replace(line, kind=NOISE)
                out[k] = replace(label, kind=NOISE)
            elif joined.kind == COUNT:  # '6' / 'odpowiedzi': a label the count rules read (round 19a)
                out[i] = replace(line, kind=COUNT, count=joined.count)
                out[k] = replace(label, kind=NOISE)
            continue
        if below.kind in (COUNT, BLANK):
            continue
        tab = len(line.text.split()) <= TAB_LABEL_MAX_WORDS and _BARE_NUMBER.match(below.text)
        wrapped = len(line.raw) >= WRAPPED_LINE_CHARS and len(below.text) < WRAPPED_TAIL_CHARS
        if not (tab or wrapped):
            continue
        joined = classify(line.index, f"{line.text} {below.text}")
        if joined.kind == COUNT:
            out[i] = replace(line, kind=COUNT, count=joined.count)
            out[i + 1] = replace(below, kind=NOISE)
    return out


ROW_REPEATS = 2  # a number-over-label pair seen under this many comments is an action row


def _action_row_label(lines: list[Line], label: str) -> bool:
    """A label that stands under a bare number again and again ('14' / 'Svar', '6' / 'Svar'): a
    per-comment row, the votes over the Reply button (Disqus in Danish and Swedish, where 'Svar' is
    both 'Reply' and 'replies', round 25b), not a topic map's one 'N replies' stat."""
    key = label.casefold()
    pairs = sum(1 for k in range(len(lines) - 1)
                if _BARE_NUMBER.match(lines[k].text) and lines[_label_under(lines, k)].text.casefold() == key)
    return pairs >= ROW_REPEATS


def _label_under(lines: list[Line], i: int) -> int:
    """The line under line i, or the one under a blank line there (Jina's markdown sets a blank
    line between a topic map's number and its label: '7' / '' / 'respostas', round 28)."""
    return i + 2 if lines[i + 1].kind == BLANK and i + 2 < len(lines) else i + 1


def _post_total(text: str) -> bool:
    """'6 Inlägg' made of a number line and its label: a forum's post total, which counts the
    opening post (rules of kind post_count), not the thread's comment count."""
    return bool(rules.kind_regex(rules.COMMENT_FILE, ("post_count",)).fullmatch(text))


def _is_label(text: str) -> bool:
    """A tab's or a stat's label alone on a line: a word or two, no digit ('respostas', 'Replies')."""
    return 0 < len(text.split()) <= TAB_LABEL_MAX_WORDS and not re.search(r"\d", text)


def _per_post_counter(lines: list[Line], text: str) -> bool:
    """'1 gosto' ... '3 gostos': a number with the same word after several posts is a like
    counter, not the thread's count."""
    word = text.split()[1][:4].casefold()
    shape = re.compile(rf"^\d{{1,6}}\s+{re.escape(word)}", re.IGNORECASE)
    return sum(1 for x in lines if shape.match(x.text)) >= 2


def article_follows(lines: list[Line], start: int, later: list[tuple[int, bool]]) -> bool:
    """A strong start further down, with article-length prose between the two."""
    strong = [s for s, needs_author in later if not needs_author and s > start]
    if not strong:
        return False
    between = lines[start:strong[0]]
    # A dated byline just above a 'Comments (11)' button (round 19b) is the article's header:
    # timestamps and author lines count from the first paragraph of prose on.
    first_prose = next((k for k, x in enumerate(between) if _long_text(x)), len(between))
    if any(x.kind == TIME or (x.kind == NOISE and x.stamp) or (x.kind == TEXT and explicit_author(x.text))
           for x in between[first_prose:]):
        return False  # timestamps, action bars with their time ('Like · Reply · 11h') and author lines: a thread
    words = sum(len(x.text.split()) for x in between if _long_text(x))
    return words >= ARTICLE_BETWEEN_WORDS


def chrome_until_strong(lines: list[Line], start: int, later: list[tuple[int, bool]]) -> bool:
    """A start found from chrome alone (a newsletter box's 'Sign up' button) with a strong start
    (a count or heading) further down, a widget's end between them (a 'Related' list heading) or
    nothing but a share row, and no comment: no timestamp, no author line. The strong start is the thread's; the box above it is left to the body cleaner, which
    knows its whole shape (round 19b: the article's last sentence glued above the box)."""
    strong = [s for s, needs_author in later if not needs_author and s > start]
    if not strong:
        return False
    between = lines[start:strong[0]]
    if any(x.kind == TIME or (x.kind == NOISE and x.stamp) or (x.kind == TEXT and explicit_author(x.text))
           for x in between):
        return False
    # a widget's end between them, or a lone subscribe button with no more widget or form lines
    # under it (then a share row; a comment form's 'Subscribe' / 'Notify of' / labels keep the start)
    button = matches(("subscribe",), lines[start].text) and not any(x.kind in (WIDGET, FORM) for x in between[1:])
    return any(x.kind == END for x in between) or button


def ends_before_text(lines: list[Line], start: int) -> bool:
    """A start found from chrome alone (a newsletter box's 'Subscribe' button) whose chrome runs
    straight into a widget's end (a 'Most read' list heading) with no text between: the box has
    no thread under it, and the numbered headlines under the end are other stories (round 23b)."""
    for line in lines[start:]:
        if line.kind == END:
            return True
        if line.kind in (TEXT, TIME, COUNT, ANCHOR):
            return False
    return False


ARTICLE_LINE_WORDS = 20  # a text line this long is a paragraph of prose


def _long_text(line: Line) -> bool:
    return line.kind == TEXT and len(line.text.split()) >= ARTICLE_LINE_WORDS


def _is_chrome(line: Line) -> bool:
    return (line.kind in CHROME and line.kind != BOILER) or (line.kind == TEXT and explicit_author(line.text) is not None)


def _is_specific(line: Line) -> bool:
    return line.kind in SPECIFIC or (line.kind == TEXT and explicit_author(line.text) is not None)


def _window(lines: list[Line], i: int) -> list[Line]:
    """The next EVIDENCE_WINDOW non-blank lines, up to a paragraph of article prose: chrome
    after such a paragraph belongs to a later widget (round 13d: a newsletter box's 'By signing
    up, you agree to ...' line, one paragraph above the thread's count in a flat record)."""
    return [lines[j] for j in _before_article(lines, next_non_blank(lines, i, EVIDENCE_WINDOW))]


def _before_article(lines: list[Line], indices: list[int]) -> list[int]:
    """`indices` up to the first line that is a paragraph of article prose."""
    return indices[:next((n for n, j in enumerate(indices) if _article_paragraph(lines[j])), len(indices))]


def _article_paragraph(line: Line) -> bool:
    return (line.kind == TEXT and len(line.text.split()) >= PARAGRAPH_WORDS
            and line.text.rstrip().endswith((".", "!", "?", "…", "»", "”", '"')))


def _chrome_near(lines: list[Line], i: int) -> int:
    return sum(1 for x in _window(lines, i) if _is_chrome(x) and x.kind != END)


def _cluster(lines: list[Line], i: int) -> bool:
    """A chrome line with more chrome right after it: timestamps, action bars, author lines
    (by their own shape, or a short name standing directly above a timestamp)."""
    if not _is_chrome(lines[i]):
        return False
    below = next_non_blank(lines, i, CLUSTER_WINDOW - 1)
    if lines[i].kind in (WIDGET, FORM, BOILER):  # a box's line: chrome after a paragraph of article prose
        # under it belongs to a later widget (round 13d: 'By signing up, you agree ...' / the last
        # paragraph / 'Conversation' / '12 Comments'), as in _window
        below = _before_article(lines, below)
    window = [i] + below
    chrome = [j for j in window if _is_chrome(lines[j]) or _name_above_time(lines, j)]
    return len(chrome) >= CLUSTER_MIN and any(_is_specific(lines[j]) for j in chrome)


def _name_above_time(lines: list[Line], j: int) -> bool:
    line = lines[j]
    below = next_non_blank(lines, j)  # a blank line between them in a blank-separated copy (Invision)
    return (
        line.kind == TEXT and bool(below) and lines[below[0]].kind == TIME
        and len(line.text.split()) <= 4 and name_shaped(line.text.rstrip(":").rstrip())
    )  # 'Jānis Ozols saka:' above its time: a 'says:' the rules may not know


def _extend_back(lines: list[Line], i: int) -> int:
    start = i
    while start > 0 and lines[start - 1].kind in (BLANK,) + CHROME and not _button_of_text_above(lines, start - 1):
        start -= 1
    while start < i and lines[start].kind == BLANK:
        start += 1
    if lines[start].kind == TIME and start > 0 and _name_above_time(lines, start - 1):
        start -= 1  # the first comment's name, printed right above its time
    return _name_above_badges(lines, start) - _header_above_profile(lines, start)


def _button_of_text_above(lines: list[Line], i: int) -> bool:
    """Line i is a lone subscribe button glued under a line of text ('Get Lanterne Weekly. The
    week's tech news, without the hype.' / '[Subscribe](...)', a newsletter box a wrapper broke
    in two, round 19b): the button is that box's, not the thread's chrome."""
    return (
        lines[i].kind == WIDGET and i > 0 and lines[i - 1].kind == TEXT
        and matches(("subscribe",), lines[i].text) and not _is_chrome(lines[i - 1])
    )


def _name_above_badges(lines: list[Line], start: int) -> int:
    """The poster's name above the badge the section starts on ('#### Daisy Chain' / blank /
    '##### Moderator' in a markdown save of a forum, round 13a): the name's line, else start.
    A rank of a word or two ('Erfahrenes Mitglied', MyBB) under a name that heads its block counts too."""
    if start == 0 or lines[start].kind != NOISE:
        return start
    above = previous_non_blank(lines, start)
    if not above:
        return start
    name = lines[above[0]]
    heads_block = above[0] == start - 1 and (above[0] == 0 or lines[above[0] - 1].kind == BLANK)
    rank = is_badge(lines[start].text) or (heads_block and len(lines[start].text.split()) <= RANK_WORDS)
    short = 0 < len(name.text.split()) <= AUTHOR_MAX_WORDS and name_shaped(name.text)
    return above[0] if rank and name.kind == TEXT and short else start


RANK_WORDS = 2  # a forum rank under the poster's name ('Stammgast', 'Senior Member')


def _header_above_profile(lines: list[Line], start: int) -> int:
    """How many lines above a profile field ('* Beiträge: 2.318') are its post's header: the
    poster's name, and a short rank between them, at the top of their block (a Simple Machines
    header: 'Energie-Elke' / 'Stammgast' / '* Beiträge: 2.318'); 0 when there is none (round 9b)."""
    if lines[start].kind == TEXT or not profile_line(lines[start].text):
        return 0
    def text(k: int, words: int) -> bool:
        return k >= 0 and lines[k].kind == TEXT and 0 < len(lines[k].text.split()) <= words \
            and (not lines[k].text.rstrip().endswith((".", "!", "?", ":", ",")) or ends_with_initial(lines[k].text))
    def top(k: int) -> bool:
        return k == 0 or lines[k - 1].kind == BLANK
    for size in (2, 1):
        name = start - size
        if text(name, AUTHOR_MAX_WORDS) and name_shaped(lines[name].text) and top(name) \
                and all(text(k, RANK_WORDS) for k in range(name + 1, start)):
            return size
    return 0


BAR_MAX_WORDS = 6  # a post's action row ('Gefällt mir', 'Citer · Réagir', 'Rispondi')
BAR_REPEATS = 2  # ... that closes this many posts below the start
_BAR_SEPARATOR = re.compile(r"\s*[·|•]\s*")


def _bar_items(text: str) -> frozenset[str]:
    return frozenset(item.casefold() for item in _BAR_SEPARATOR.split(text.strip()) if item)


def _action_row(line: Line) -> bool:
    return (line.kind in (NOISE, WIDGET) and not line.stamp and any(c.isalpha() for c in line.text)
            and len(line.text.split()) <= BAR_MAX_WORDS and not is_badge(line.text) and not profile_line(line.text))


def opening_post_bar(lines: list[Line], start: int) -> int:
    """A forum thread whose opening post is short (one or two sentences, round 19a): the
    section start found lies below the first reply, because the opening post alone is too
    little prose for a start.  When the first action row right under the first prose ('Gefällt
    mir', 'Citer', 'Rispondi'; only chrome between them) is the row that closes the posts below
    the start (the same buttons, or some of them: 'Citer' over 'Citer · Réagir'), and the next
    post's header (a timestamp) follows it before any prose, it closes the opening post and the
    replies start there.  Only under a short opening post (less than ARTICLE_BETWEEN_WORDS words
    of text above the row): a longer one is an article, found as before."""
    prose, after_prose = 0, False
    for j in range(start):
        line = lines[j]
        if line.kind == TEXT:
            prose += len(line.text.split())
            if prose >= ARTICLE_BETWEEN_WORDS:
                return start
            # the row must follow prose, only chrome between; the thread's title printed again as
            # the opening post's subject is no prose (phpBB 3 prints the post's buttons above its
            # text, under the subject: round 22a)
            after_prose = _prose_line(lines, j) and not _repeated_subject(lines, j)
            continue
        if not after_prose or not _action_row(line):
            continue
        items = _bar_items(line.text)
        repeats = sum(1 for k in range(start, len(lines))
                      if _action_row(lines[k]) and items <= _bar_items(lines[k].text))
        if repeats >= BAR_REPEATS and _header_before_prose(lines, j, start):
            return j
    return _next_post_header(lines, start)


def _repeated_subject(lines: list[Line], j: int) -> bool:
    """Line j is printed again below, alone or as a reply's subject ('Re: <line>'): the thread's
    title or the opening post's subject line, not the post's prose."""
    text = lines[j].text.strip().casefold()
    return any(lines[k].text.strip().casefold() in (text, "re: " + text) for k in range(j + 1, len(lines)))


OPENING_HEADER_LINES = 4  # the opening post's header (name, full name, time) stands this close above its prose


def _next_post_header(lines: list[Line], start: int) -> int:
    """A short opening post with no action row of its own (Discourse puts the topic map under
    it, round 19a): when the post stands under a header with its time ('marek_dz' / 'Marek
    Dziedzic' / '3 gru') and, after its prose and only chrome, the next line opens a run of the
    same stamped headers with text between them, the replies start at that header."""
    first = next((i for i in range(start) if _prose_line(lines, i) and any(
        _stamped_header(lines, h) for h in range(max(0, i - OPENING_HEADER_LINES), i))), None)
    if first is None:
        return start
    prose = 0
    for k in range(first, start):
        line = lines[k]
        if line.kind != TEXT:
            continue
        if _prose_line(lines, k):
            prose += len(line.text.split())
            if prose >= ARTICLE_BETWEEN_WORDS:
                return start
            continue
        return k if _stamped_header(lines, k) and _stamped_author_run(lines, k) else start
    return start


def opening_post_prose(lines: list[Line], bar: int) -> int:
    """The first line of the prose right above an opening post's action row (its paragraphs,
    blank lines between them; chrome between the prose and the row is stepped over)."""
    i = bar
    while i > 0 and lines[i - 1].kind != TEXT:
        i -= 1
    first = i
    while i > 0 and (lines[i - 1].kind == BLANK or _prose_line(lines, i - 1)):
        i -= 1
        if lines[i].kind == TEXT:
            first = i
    return first


def _prose_line(lines: list[Line], i: int) -> bool:
    words = len(lines[i].text.split())
    return lines[i].kind == TEXT and words >= 8 and _is_prose(lines, i, words)


def _header_before_prose(lines: list[Line], j: int, start: int) -> bool:
    """A timestamp (the next post's header) stands between line j and the next prose line."""
    for k in range(j + 1, start + 1):
        line = lines[k]
        if line.kind == TIME or line.stamp or (line.kind == TEXT and split_trailing_timestamp(line.text)):
            return True
        if _prose_line(lines, k):
            return False
    return False
