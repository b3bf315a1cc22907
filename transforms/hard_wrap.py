"""Undo hard line wrapping in a saved text page.

Text dumps of web pages (`lynx -dump`, `w3m`, `html2text`, mail-style copies) break every
paragraph into lines of a fixed width.  The line rules of the cleaner read one line as one
unit: a wrapped paragraph becomes a run of short lines with no sentence end, which look like
menus, bylines or author lines.  So before anything else, lines that only end where the
wrapper ran out of room are joined to the line after them.

A page is hard-wrapped when at least WRAP_EVIDENCE lines of WRAP_MIN_CHARS or more, with no
sentence end, run on into a line that starts in lower case ("... that pulls itself across
400 metres of water" / "between Pellow and ...").  The longest such line is the wrap width.
A short page shows fewer such lines: one is enough when no line of the page is longer than
that width where a wrapper could have broken it (a browser copy's paragraphs are longer).
A program's wrapper (textwrap, a text dump) breaks a line only where the next word does not fit:
when nearly every line running on into lower case shows that, a line runs on into a capitalised
word only when that word did not fit either (a headline, a dek or a caption a few characters
short of the width over the line under it is a line of its own).
Then a line is joined to the next one when the next line's first word would not have fitted
on it (within WRAP_TOLERANCE characters of the width: hand-wrapped or proportional text),
both have the same indentation and quote markers, the line ends no sentence, and the next
line is not a list item, a heading, a widget line or a timestamp.  A title over its dek or a
line of chrome is shorter than the width and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from transforms import rules
from transforms.comment_headers import explicit_author
from transforms.comment_lines import TEXT, classify
from transforms.comment_names import name_then_profile_line, quote_match
from transforms.lines import is_heading, is_list_item, plain_line
from transforms.text_dump import references_start, without_link_numbers
from transforms.timestamps import is_timestamp

WRAP_MIN_CHARS = 40  # an evidence line is at least this long ...
WRAP_MAX_CHARS = 120  # ... and at most this: a wrapper's width (72, 76, 80, 100 columns)
WRAP_EVIDENCE = 3  # this many lines running on into lower case make the page hard-wrapped
WRAP_TOLERANCE = 8  # the next word would have overflowed the width less this many characters
# a link dump's program (lynx, w3m) breaks a line with fewer columns left before the widest line it printed
# than a hand-wrapped text (the dumps of cases/: at most 5, '... Fonds in' / 'Luxemburg landen“'): a line
# that ends this much short of where a capitalised next word would have fitted ended its block (round 31)
DUMP_TOLERANCE = 6
WIDTH_SLACK = 2  # the width is measured on lines running into lower case; a line running into a
# capitalised word may be this much longer (width 71 measured, 'muss ab' / 'Juni ...' at 72, round 17d)
_PREFIX = re.compile(r"^[ \t\u00a0]*(?:>[ \t]?)*")  # indentation and markdown quote markers
_SENTENCE_ENDS = tuple(".!?…")
_NO_RUN_ON = (*_SENTENCE_ENDS, *":;\\")  # a line ending a sentence or introducing a list is not wrapped,
# nor one ending in a markdown hard line break ('Name\\', round 9b)
_CLOCK_END = re.compile(r"\b\d{1,2}\s?[:h.]\s?\d{2}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$", re.IGNORECASE)
_OPENING = re.compile(r"^[\"“'‘(]?")


def _lower_start(text: str) -> bool:
    """`text` starts in lower case, in any script ('between ...', 'що ...', 'że ...')."""
    return text[_OPENING.match(text).end():][:1].islower()


# a separator rule drawn with one repeated character ('-----', '=====', '* * *'), as plain-text
# newsletters and mail copies print between sections: never part of a wrapped paragraph (round 10a);
# box-drawing rules ('────'), as w3m prints an <hr> (round 19a)
_RULE_LINE = re.compile(r"^(?:([-=_*~#.·•—–─━])\s?)\1*\1{2,}$|^(?:([-=_*~·•—–])\s){2,}\2$")


def unwrap_hard_breaks(text: str) -> str:
    """`text` with the lines of its hard-wrapped paragraphs joined (unchanged when the page is
    not hard-wrapped)."""
    printed = text.split("\n")
    wrap = _wrap(printed)  # as printed: a rejoined link line is longer than the width
    lines = _join_split_links(printed)
    if wrap is None:
        return "\n".join(lines)
    width, tolerance, exact_share = wrap
    out: list[str] = []
    link_dump = references_start(printed) is not None
    # a link dump (lynx, w3m: its References list under the page) is wrapped by the program at its width, so a
    # line ended well short of where the next word would have fitted ended its block when that word is
    # capitalised ('Read more: [14]Headline' / 'Library director ...', no blank line between in a save without
    # them); so does a line of any page a program wrapped, ended short of the width at all ('... los domingos' /
    # 'La concesionaria ...', round 32; lynx leaves a column or two now and then: a dump counts as a program's
    # wrap only when every line running on into lower case shows it). The wider tolerance is for hand-wrapped
    # text, and a line running on into lower case keeps it
    exact = exact_share >= (1.0 if link_dump else EXACT_SHARE)
    capital_tolerance = 0 if exact else min(tolerance, DUMP_TOLERANCE) if link_dump else tolerance

    def tolerance_of(head: str, nxt: str) -> int:
        capitalised = not _lower_start(without_link_numbers(_content(nxt)))
        open_link = head.count("[") > head.count("]")  # a markdown link's text goes on below ('[' / 'Libraries ...')
        return capital_tolerance if capitalised and not open_link else tolerance

    def fits(head: str, nxt: str) -> bool:  # `head` was broken only because the first word of `nxt` did not fit
        return _runs_on(head, nxt, width, tolerance_of(head, nxt))

    sentence_breaks = _sentence_breaks(lines, width, tolerance_of) if link_dump else set()

    for n, (previous, line, after) in enumerate(zip([""] + lines, lines, lines[1:] + [""])):
        if _alt_over_caption(line, after) or (_whole_line(previous) and len(line.rstrip()) >= WRAP_MIN_CHARS
                                              and not _lower_start(without_link_numbers(_content(line)))
                                              and fits(line, after)):
            out.append(line)  # an image's text over the caption that repeats it is a line of its own (round 24b); so
            # is a paragraph's first line under a caption or a 'Read also' line (round 32)
        elif out and (fits(previous, line) or n in sentence_breaks
                      or (out[-1] == previous and (_credit_of(previous, line, width)
                                                   or _chrome_of(previous, line, width)))):
            out[-1] = f"{out[-1].rstrip()} {_content(line)}"  # the line as printed decides, not the joined one
        else:
            out.append(line)
    return "\n".join(out)


def _whole_line(line: str) -> bool:
    """A line the rules read as a whole one: a caption with its credit ('La parada de autobús ...
    FOTO: M. LAHOZ') or a related-article line ('Lees ook: Buurtbus Heukelveen zoekt ...'). The
    wrapper may have broken it before a capitalised word that did not fit, but not when that word
    begins a line of WRAP_MIN_CHARS or more the wrapper broke in turn: a paragraph's first line, not
    the rest of a caption or a headline (round 32). A markdown link's text left open ('[Kurhaus
    ...: Sanierung kostet drei') goes on below."""
    head = _content(line)
    plain = plain_line(without_link_numbers(head))
    return bool(plain) and head.count("[") <= head.count("]") and _whole_line_rule().fullmatch(plain) is not None


@cache
def _whole_line_rule() -> rules.LineMatcher:
    """The boilerplate caption, photo-credit and related-article rules."""
    return rules.kind_regex(rules.BOILERPLATE_FILE, ("caption", "related_inline"))


ALT_MIN_WORDS = 3  # an image's alt text repeated by the caption under it is at least this long


def _alt_over_caption(line: str, after: str) -> bool:
    """A linked image as lynx prints it: its alt text on a line, then the caption starting with
    the same words ('[16]Færgen Gyldenå II ved lejet i Kløvenhage.' / 'Færgen Gyldenå II ved
    lejet i Kløvenhage. Foto: Jens Bach Ravn'); the share row above it does not run on into it."""
    alt, caption = without_link_numbers(_content(line)), _content(after)
    return len(alt.split()) >= ALT_MIN_WORDS and caption.startswith(alt)


_LINK_CLOSE = re.compile(r"^[^\[]*\]\(")  # the rest of a markdown link's text, then its target


def _join_split_links(lines: list[str]) -> list[str]:
    """Lines with a markdown link whose text the wrapper broke ('[Name](url) [' / 'Parent
    Name](url)', html2text) joined to the next line, at any width: a link's text is one
    line of the page (round 9b)."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].count("[") > out[-1].count("]") and _LINK_CLOSE.match(_content(line)):
            out[-1] = f"{out[-1].rstrip()} {_content(line)}"
        else:
            out.append(line)
    return out


_CELL_GAP = re.compile(r"\S {3,}\S")  # a wrapper never leaves three spaces inside a line; a text dump's table does


def wrap_width(lines: list[str]) -> int | None:
    """The wrap width of a hard-wrapped page, None when the page is not hard-wrapped."""
    wrap = _wrap(lines)
    return wrap[0] if wrap else None


EXACT_SHARE = 0.9  # this share of the lines running on into lower case broken only because the next word did
EXACT_MIN_EVIDENCE = 5  # not fit at the width (of at least this many lines): a program wrapped the page (round 32)


def _wrap(lines: list[str]) -> tuple[int, int, float] | None:
    """The wrap width of a hard-wrapped page, how many characters short of it a line broken by
    the wrapper may end, and the share of its lines running on into lower case broken only where the
    next word did not fit (0 below EXACT_MIN_EVIDENCE such lines; None when the page is not
    hard-wrapped). Measured on the lines running
    on into lower case, the width may be short of the wrapper's: WRAP_TOLERANCE. A short page's
    width is its longest line, and the wrapper's is at least that: a line broke only when the next
    word would not have fitted on it at that width, so a quote's last line ending ten characters
    short of it does not run on into the reply under it ('... lägger till avgångar på kvällen' /
    'Ja, enligt ...', sv_forum_01 wrapped at 72 columns)."""
    evidence = [
        (len(line.rstrip()), len(_content(nxt).split()[0]))
        for line, nxt in zip(lines, lines[1:])
        if WRAP_MIN_CHARS <= len(line.rstrip()) <= WRAP_MAX_CHARS
        and not _CELL_GAP.search(line.strip())  # a table row's cells, not a wrapped line (round 19a)
        and _lower_start(_content(nxt))
        and _may_run_on(line, nxt)  # after the cheap test: most lines run into no lower-case word
    ]
    if not evidence:
        return None
    width = max(printed for printed, _ in evidence)
    if len(evidence) >= WRAP_EVIDENCE:
        # a hand's wrapping, or a browser copy's own breaks inside a paragraph, end lines with room left for
        # the next word ('... añade once minutos al' / 'trayecto'); a program's never does
        exact = sum(printed + 1 + word > width for printed, word in evidence)
        return width, WRAP_TOLERANCE, exact / len(evidence) if len(evidence) >= EXACT_MIN_EVIDENCE else 0.0
    longest = _longest_breakable(lines)
    if longest - width <= WRAP_TOLERANCE:
        return longest, 0, 0.0  # a short page: its longest line is the width
    return None


def _longest_breakable(lines: list[str]) -> int:
    """The longest line of the page (above a dump's References list) that a wrapper could have
    broken: one with a space after its first word (a word or an address longer than the width
    is printed whole). A short page wrapped at a width (a lynx dump of a two-paragraph article)
    shows fewer than WRAP_EVIDENCE lines running on into lower case, but none of its lines is
    longer than the width, and the ones that run on end near it; a browser copy prints its
    paragraphs as lines far longer than those."""
    return max((len(line.rstrip()) for line in lines[:references_start(lines)] if " " in _content(line)), default=0)


def _content(line: str) -> str:
    return line[len(_PREFIX.match(line).group(0)):].strip()


# a placeholder or an image alone on its line ('[Image: A volunteer kneels ...]', '![alt](src)'): it
# ends where it ends (a link may run on: '[carol.wexler](...)' / 'December 3, 2026, 7:40pm 5')
_WHOLE_ELEMENT = re.compile(r"^\[[^\[\]]*\]$|^!\[[^\[\]]*\]\([^()\s]*\)$")
# an item separator at the end of a line ('Partager : [Facebook](...) ·'): the row goes on below
# a name in bold linked to its profile, alone on its line ('[**Rolf_Haug**](.../member.php?uid=12)'):
# a poster's name as html2text saves it, the user title on the line under it ('Vorsitzender', round 25a)
_BOLD_LINK_LINE = re.compile(r"^\[\*\*[^\[\]*]+\*\*\]\([^()\s]*\)$")
_LINK_LINE = re.compile(r"^\[[^\[\]]+\]\([^()\s]*\)$")  # one markdown link, alone on its line
_DANGLING_SEPARATOR = re.compile(r"\s[·•|›]$")
_LEADING_SEPARATOR = re.compile(r"^([·•|›])\s")  # '· [Agriculture](...) ·': a row's middle piece
_NUMBERED = re.compile(r"^\d{1,3}\.\s")  # '1. März dürfen ...': a date or a list item
_LINK_ROW = re.compile(r"\s[|·•›»]\s+\[\d{1,4}\]\S")  # '... | [26]Najnovšie': a link dump's row, its links set apart
_LINK_START = re.compile(r"^\[\d{1,4}\][^\s\](]")  # '[28]Ján Beňo': a link dump's line opening with a link


def _may_run_on(line: str, nxt: str) -> bool:
    """Shape alone: `line` ends no sentence and `nxt` continues its block as plain text."""
    head, rest = _content(line), _content(nxt)
    if not head or not rest or head.endswith(_NO_RUN_ON) or _RULE_LINE.match(head) or _RULE_LINE.match(rest):
        return False
    if "\t" in line or _WHOLE_ELEMENT.match(head) or _WHOLE_ELEMENT.match(rest) or _BOLD_LINK_LINE.match(head):
        return False  # a tab is a browser copy's cell break (a wrapper expands tabs); a placeholder (round 15a),
        # nor does a line run on into one: lynx's '[Photo]' under a share row is the image, not its last word (round 22b);
        # nor a poster's bold name link over the user title (round 25a)
    if _DANGLING_SEPARATOR.search(head) and not head.startswith("|") and not is_heading(nxt):
        return not is_list_item(rest) or _row_piece(head, rest)  # the rest of a share or tag row (round 15a)
    if _LINK_ROW.search(head) and _LINK_START.match(rest):
        return False  # a dump's row of links set apart by separators goes on below only after a separator: a link
        # opening the next line without one is no item of the row ('[25]Zoradiť: Najstaršie | [26]Najnovšie |
        # [27]Najlepšie hodnotené' over the first commenter's '[28]Ján Beňo', round 34)
    prefix, next_prefix = _PREFIX.match(line).group(0), _PREFIX.match(nxt).group(0)
    if prefix != next_prefix and next_prefix:
        return False  # a wrapper drops the indentation or quote marker of a block's continuation lines
        # (round 13d; markdown reads such a line as a lazy continuation of the block too)
    if is_heading(nxt) or (is_list_item(rest) and not _row_piece(head, rest) and not _numbered_run_on(head, rest)) \
            or (is_heading(line) and not _lower_start(rest)):
        return False  # a heading runs on only into a lower-case word ('## “Title”' / 'için 6 yorum')
    plain = plain_line(without_link_numbers(rest))  # a dump's "[30]Udostępnij ..." read as the line it is (round 23b)
    plain_head, unnumbered_head = plain_line(head), plain_line(without_link_numbers(head))
    if quote_match(unnumbered_head, with_repeat_rules=False):
        return False  # a quote header ('X hat geschrieben: ↑ DATE') heads the quote under it (round 13d), its
        # link still numbered in a dump ('Zitat von X [22]Beitrag anzeigen', round 23a)
    if _thanks_header().fullmatch(plain_line(f"{head} {rest}")) and not _thanks_header().fullmatch(plain_head):
        return True  # a forum's thanks line broken before its last word ('... For This Useful' / 'Post:', round 21a):
        # the word alone is a noise line and the broken line forum chrome, the two lines one header
    if name_then_profile_line(unnumbered_head):
        return False  # a name and the Facebook badge inline beside it ('R. Demir Arbeitet bei Stadtwerke Bad
        # Lindenau') over the comment, long enough to look wrapped (round 34)
    if _LINK_LINE.match(head) and _lower_start(rest) and classify(0, plain_head).kind != TEXT:
        return False  # a link alone on its line whose text is a line of comment chrome (a thread's level marker,
        # a time, a button: '[nivel 2](https://...#nivel-2)' / '[hace 7 h](...)' over 'u/[name](...)', Reddit in a
        # markdown save, round 35) is as long as a wrapped line only by its target; a row of buttons the wrapper
        # broke goes on with its next link ('[Odgovori](...)' / '[Citiraj](...) 12', wrapped at 72 columns)
    if _forum_chrome().fullmatch(plain_head):
        return False  # a forum chrome line ends where it ends ('Zobacz profil autora Wyślij prywatną wiadomość' over a
        # poster's lower-case name; phpBB 2's 'Wysłany: DATE  Temat postu: ...' over the post, round 17a)
    if _stamped_author_rule(plain_head) or _stamped_author_rule(plain):
        return False  # 'Comment by X on November 19, 2026 at 8:15 am' heads the comment under it (round 14a);
        # nor does a line run on into one ('Re: title' / 'Mensaje por X » date', round 13a)
    if (marker := quote_match(plain, with_repeat_rules=False)) and not marker[1]:
        return False  # a reply marker is a line of its own ('Name · 04.12.2026, 19:31' over 'odpowiedź do: X',
        # round 17d: three such headers made a browser copy look hard-wrapped)
    if (_CLOCK_END.search(head) or _age_end().search(plain_head)) and _byline().fullmatch(plain_head):
        return False  # a dateline ending in its time ends there ('Publié le 02/12/2026 à 18h05 - Mis à jour le
        # 02/12/2026 à 19h30' over the first paragraph, round 17d), or in the post's age ('inviato da X in
        # ciclismo@lemmy.example 3 g' over a short opening post, round 21a); a byline broken before its date runs on
    if (stamp := _STAMP_AFTER_BULLET.search(unnumbered_head)) and is_timestamp(stamp.group(1).strip()):
        return False  # a comment header ending in its time after a bullet ('X Moderator Y • en dag siden', as lynx
        # prints a Disqus reply's header) is one line however long the name, badge and parent (round 24b), its
        # links still numbered ('[26]Gerd Haase [27]Mareike S. • [28]vor 3 Stunden')
    if rules.is_noise_line(plain):
        # a lower-case line that reads as chrome alone is the end of a chrome line the wrapper broke
        # ('... financé par ses' / 'lecteurs. Faites un don', a donation appeal after one sentence)
        return _lower_start(plain) and rules.is_noise_line(plain_line(f"{head} {rest}"))
    return bool(plain) and not is_timestamp(plain)


_STAMP_AFTER_BULLET = re.compile(r"\s•\s([^•]+)$")  # '... • 2 days ago': Disqus's header ends in the time


@cache
def _thanks_header() -> rules.LineMatcher:
    """The forum rules' thanks lines ('The Following User Says Thank You to X For This Useful Post:')."""
    return rules.kind_regex(rules.COMMENT_FILE, ("thanks_header",))


CREDIT_MAX_WORDS = 10  # a bare photo credit ('Photo: Maren Holloway / Harbourline Courier') is this short


def _credit_of(line: str, nxt: str, width: int) -> bool:
    """A one-line caption ending its sentence, with the photo credit the wrapper moved to the next
    line because it did not fit ('... during Saturday's count.' / 'Photo: M. Holloway / Courier',
    round 15a): one line of the page, the caption with its credit."""
    head, rest = _content(line), _content(nxt)
    if not head.endswith(".") or not rest or len(rest.split()) > CREDIT_MAX_WORDS or _PREFIX.match(line).group(0):
        return False
    if not _next_word_did_not_fit(line, rest, width, WRAP_TOLERANCE):
        return False
    return _caption_rule().fullmatch(plain_line(rest)) is not None


def _chrome_of(line: str, nxt: str, width: int) -> bool:
    """A chrome line the wrapper broke after a sentence because the next word did not fit: a
    newsletter pitch over its button ('Newsletter: Das Wichtigste aus der Oberlausitz jeden Abend
    per Mail.' / 'Jetzt abonnieren', round 34). The rules read the whole line as chrome, the button
    alone too, but not the pitch: left apart, the pitch reads as a paragraph of the article and
    keeps the author's bio and the tag row above it out of the article's tail."""
    head, rest = _content(line), _content(nxt)
    if not head.endswith(_SENTENCE_ENDS) or not rest or _PREFIX.match(line).group(0) != _PREFIX.match(nxt).group(0):
        return False
    if not _next_word_did_not_fit(line, rest, width, 0):
        return False
    plain_head, plain_rest = plain_line(without_link_numbers(head)), plain_line(without_link_numbers(rest))
    return (rules.is_noise_line(plain_rest) and not rules.is_noise_line(plain_head)
            and rules.is_noise_line(plain_line(f"{plain_head} {plain_rest}")))


@cache
def _caption_rule() -> rules.LineMatcher:
    """The boilerplate caption and photo-credit rules ('Photo: X', 'Foto: X/dpa')."""
    return rules.kind_regex(rules.BOILERPLATE_FILE, ("caption",))


def _row_piece(head: str, rest: str) -> bool:
    """'· [Agriculture](...) ·' under 'Mots-clés : [Bressuire](...)': a line that starts with an item
    separator the line above does not start with is the middle of that line's row, not a list item."""
    lead = _LEADING_SEPARATOR.match(rest)
    return bool(lead) and not head.startswith(lead.group(1)) and not is_list_item(head)


def _numbered_run_on(head: str, rest: str) -> bool:
    """'... verteilt worden. Ab' / '1. März dürfen ...': a number and a dot under a line of prose
    that ends in a word is the sentence going on (a list is introduced by a colon or a sentence's
    end, round 13c); the width test of _runs_on still decides."""
    return bool(_NUMBERED.match(rest)) and not is_list_item(head) and head[-1:].isalpha() and len(head.split()) >= 5


@cache
def _age_end() -> re.Pattern:
    """A relative time at the end of a line ('... 3 g', '... 5 hours ago')."""
    return re.compile(rf"(?:^|\s)(?:{rules.relative_time_pattern()})\s*$", rules.FLAGS)


@cache
def _byline() -> rules.LineMatcher:
    """The boilerplate byline and dateline rules ('Publié le DATE - Mis à jour le DATE')."""
    return rules.kind_regex(rules.BOILERPLATE_FILE, ("byline",))


@cache
def _forum_chrome() -> rules.LineMatcher:
    """The forum rules' per-post chrome lines and post headers (not the other widgets' noise,
    whose 'Works at ...' badge may be a wrapped line of prose)."""
    return rules.LineMatcher(tuple(
        rule for rule in rules.rules(rules.COMMENT_FILE)
        if rule.family == "forum" and rule.kind in ("noise", "post_header") and not rule.prefix))


AUTHOR_RULE_STRENGTH = 8.0  # what explicit_author gives a line one of the author rules reads


def _stamped_author_rule(text: str) -> bool:
    """An author line an author rule reads, with its time: a header, never a wrapped sentence."""
    cand = explicit_author(text)
    return bool(cand and cand.stamp and cand.strength >= AUTHOR_RULE_STRENGTH)


WRAPPED_BLOCK_MIN_LINES = 3  # a paragraph block this long, every line but its last full: one wrapped paragraph
_SENTENCE_END = re.compile(r"[.!?…][»”\"'’)]*$")


def _sentence_breaks(lines: list[str], width: int, tolerance_of: Callable[[str, str], int]) -> set[int]:
    """Indexes of the lines that continue a sentence-ending line above them inside one wrapped
    paragraph of a lynx dump (the page ends in its References list; the caller checks): a block
    between blank lines of WRAPPED_BLOCK_MIN_LINES or more lines, each line but its last broken
    because the next word did not fit, one of them running on into lower case. lynx sets every
    paragraph apart by a blank line and breaks after a full stop as anywhere else ('... en dos
    años. «No queremos un museo.' / 'Queremos que el pan ...', round 30). Elsewhere a line
    ending a sentence may end a paragraph typed without a blank line under it, however full the
    line (en_openweb_r6a_01: '... injuries to pedestrians.' / 'Hospital figures ...').
    `tolerance_of(line, next line)`: how many characters short of the width the line may end."""
    out: set[int] = set()
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        pairs = range(start, end)
        runs = {n for n in pairs if _runs_on(lines[n], lines[n + 1], width, tolerance_of(lines[n], lines[n + 1]))}
        ends = {n for n in pairs if n not in runs
                and _wraps_after_sentence(lines[n], lines[n + 1], width, tolerance_of(lines[n], lines[n + 1]))}
        if end - start + 1 >= WRAPPED_BLOCK_MIN_LINES and runs and len(runs) + len(ends) == end - start:
            out.update(n + 1 for n in ends)
        start = end + 1
    return out


def _wraps_after_sentence(line: str, nxt: str, width: int, tolerance: int) -> bool:
    """`line` ends a sentence and was broken there only because the first word of `nxt` did not
    fit on it; otherwise it could run on into `nxt` (same indentation, no heading, list item,
    widget line or timestamp below)."""
    head = line.rstrip()
    end = _SENTENCE_END.search(head)
    if not end or not end.start() or not _may_run_on(head[: end.start()], nxt):
        return False
    return _next_word_did_not_fit(head, _content(nxt), width, tolerance)


def _runs_on(line: str, nxt: str, width: int, tolerance: int) -> bool:
    """`line` was broken only because the first word of `nxt` did not fit on it (at the width
    less `tolerance`)."""
    if not _may_run_on(line, nxt):
        return False
    return _next_word_did_not_fit(line, _content(nxt), width, tolerance)


def _next_word_did_not_fit(line: str, nxt: str, width: int, tolerance: int) -> bool:
    """The first word of `nxt` would not have fitted after `line` at the width less `tolerance`,
    and `line` is no longer than the width allows: the wrapper may have broken there."""
    printed = len(line.rstrip())
    return printed + 1 + len(nxt.split()[0]) > width - tolerance and printed <= width + WIDTH_SLACK
