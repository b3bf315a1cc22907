"""Reduce an article text (comment section already cut off) to its body prose.

Line rules live in transforms/rules/boilerplate.json (share bars, subscribe prompts, ads,
cookie notices, footers, captions, tweet attributions, related-link lists, bylines, bios) and
the widget lines of transforms/rules/comment_widgets.json.  Some rules hold anywhere; bylines,
datelines and heading-like lines are only dropped in the header (before the first prose
paragraph), bios and follow-the-author lines only at the tail.  Paragraphs broken mid-sentence
by a stray blank line are rejoined; markdown is reduced to text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms import rules
from transforms.comment_lines import SIGNATURE_SEPARATOR
from transforms.lines import comparable, ends_sentence, is_heading, is_list_item, plain_line
from transforms.timestamps import LINE_CACHE_SIZE, is_timestamp, split_trailing_timestamp

MAX_TAIL_CHARS = 1000  # ... except bios and credits at the tail, checked as whole paragraphs
HEADER_LINE_MAX_WORDS = 30  # a non-sentence line before the first prose paragraph: title, kicker, byline
PROSE_MIN_WORDS = 12  # a prose line has at least this many words and ends a sentence
PROSE_ALWAYS_WORDS = 30  # ... or simply this many words
DEK_LOOKAHEAD = 4  # a byline this many lines after the first sentence makes that sentence a dek
DEK_MAX_WORDS = 45
TAIL_PARAGRAPHS = 3  # bios and follow-us lines are looked for in the last paragraphs only
TAIL_MAX_WORDS = 80
TAIL_STUB_WORDS = 8
SALUTATION_MAX_WORDS = 6  # 'Hallo zusammen,' / 'Bonjour à toutes et à tous,' above the first prose line
STUB_LINE_WORDS = 3  # a name line glued under the last sentence  # a trailing line this short without a full stop is a signature or label
STICKY_MAX_WORDS = 40  # a caption / teaser line glued to its credit / button line
BUTTON_MAX_WORDS = 3  # a dropped glued line this short is a button: its neighbour goes too
SHARE_LABEL_MAX_WORDS = 3  # 'Share this:', 'Condividi questo articolo:'
STICKY_KINDS = ("subscribe", "cookie", "feedback")  # a dropped line of these takes its glued teaser/buttons
CREDIT_LINE_MAX_WORDS = 10  # a caption line this short is a bare credit ('Foto: Jan Woitas/dpa')
BROKEN_TAIL_MIN_WORDS = 3  # the rest of a broken paragraph ('Wärmeplanung gekoppelt sind.')
RELATED_MAX_ITEMS = 15
RELATED_ITEM_MAX_WORDS = 25
# A link list under a heading in any wording ('More from the region', 'Mais lidas'): a short
# heading-like line, then at least this many headline-like lines in the same block.
HEADLINE_RUN_MIN = 3
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 20
LIST_HEADING_MAX_WORDS = 8
LINK_RUN_MIN = 2  # consecutive lines that are each nothing but one markdown link: a link list
META_PART_MAX_WORDS = 6  # 'Hollfeld | 14.08.2024 | Lesedauer: 3 Min.': each part this short
PLACE_MAX_WORDS = 4  # 'Ciudad de México  01/12/2026 06:40 hrs.': a place name this short before a date
BIO_MAX_WORDS = 80  # the bio under an 'About the author' heading
CHROME_LINE_MAX_WORDS = 20  # a line of a chrome block (menu, tag row, teaser, caption + buttons)
CONTENTS_MIN_ENTRIES = 2  # a table of contents lists at least this many subheadings of the article
CONTENTS_ENTRY_MAX_WORDS = 12  # ... each a short line (a subheading)
FACT_ITEMS_MIN = 2  # 'Key dates' + this many lines that each open with a number or a date: a fact box
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "“", "’")
_SIGNATURE = re.compile(SIGNATURE_SEPARATOR, re.IGNORECASE)
_LOWER_START = re.compile(r"^[\"“'‘(]?[a-zà-ÿ]")
_NUMBERED = re.compile(r"^\s*(\d{1,3}[.)])\s+")
_MD_LINK = re.compile(r"(?<!!)\[[^\]]+\]\([^)]*\)")
_LINKS_ONLY = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\[[^\]]+\]\([^)]*\)\s*[|·•,/]?\s*)+$")
_META_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")  # also spaced dashes: "Villanueva - 16 nov 2026 - 07:30 CET"
# 'Potrebbe interessarti anche: [headline](url)': a short label with a colon, then one link
_LABELLED_LINK = re.compile(r"^\s*(?:\*\*|__)?[^\[\]:.!?]{2,50}:(?:\*\*|__)?\s*\[[^\]]+\]\([^)]*\)\s*$")
_HEADLINE_START = re.compile(r"^[\"“'‘«„(]?[A-ZÀ-Ý0-9¿¡]")


# A fact-box line opens with a number ('1,8 Millionen Euro ...', '1974 wurde ...') or a date
# ('March 3 ...', '17 de marzo ...'), not with a clock time (a teaser list of '12:30 Headline').
_SUBHEADING = re.compile(r"^\s*#{2,6}\s+\S")  # a markdown heading below the page title's '#'
_CLOCK_START = re.compile(r"^\s*\d{1,2}[:.h]\d{2}\b")
# A fact-box line of a label (one to five words, no sentence punctuation) and a colon, then its
# value: 'Cost: $412 million, about half from federal grants', 'Plazas de aparcamiento: 120'.
_LABELLED_FACT = re.compile(r"^[^\W\d_][^\s:.!?]*(?:\s[^\s:.!?]+){0,4}:\s+\S")


@lru_cache(maxsize=1)
def _fact_start() -> re.Pattern:
    months = "|".join(re.escape(m) for m in sorted(rules.month_numbers(), key=len, reverse=True))
    return re.compile(rf"^\s*(?:\d|(?:{months})\.?\s+\d)", re.IGNORECASE)


@dataclass
class _Line:
    raw: str
    text: str
    heading: bool
    item: bool


def clean_body(text: str, title: str | None = None) -> str:
    """The article prose of `text`: boilerplate lines removed, broken paragraphs rejoined,
    markdown reduced to text, paragraphs separated by exactly one blank line."""
    paragraphs = _paragraphs(text)
    paragraphs = _drop_lines(paragraphs, title)
    paragraphs = [p for p in paragraphs if p and not _paragraph_is_noise(p)]
    paragraphs = _drop_contents(paragraphs)
    paragraphs = _drop_header(paragraphs, title)
    paragraphs = _drop_chrome_blocks(paragraphs)
    paragraphs = _drop_tail(paragraphs)
    paragraphs = _rejoin(paragraphs)
    return "\n\n".join(_render(p) for p in paragraphs if p).strip()


# ---------------------------------------------------------------- structure


# a markdown line that is only a link to a site's front page (a header's home link, round 8e)
_ROOT_LINK = re.compile(r"^\s*\[[^\]]{1,60}\]\(https?://[^/\s)]+/?\)\s*$")


def _paragraphs(text: str) -> list[list[_Line]]:
    paragraphs: list[list[_Line]] = [[]]
    in_signature = False  # a forum signature under '__________' or '-- ', up to a blank line
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _SIGNATURE.match(raw):
            in_signature = True
            continue
        if _ROOT_LINK.match(raw):
            continue  # '[Millbrook Commons](https://forum.millbrookcommons.org/)': the site's home link
        plain = _strip_inline(plain_line(raw))
        in_signature = in_signature and bool(plain)
        if in_signature:
            continue
        if not plain:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        numbered = _NUMBERED.match(raw)
        if numbered and not plain.startswith(numbered.group(1)):
            plain = f"{numbered.group(1)} {plain}"  # '1. Gespendete Räder ...': the number is text
        line = _Line(raw, plain, is_heading(raw), is_list_item(raw))
        if line.heading and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].append(line)
        if line.heading:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _strip_inline(text: str) -> str:
    """Remove embed leftovers (rules of kind 'inline') from inside a line."""
    for rule in rules.rules_of(rules.BOILERPLATE_FILE, "inline"):
        text = re.sub(rule.pattern, "", text, flags=rules.FLAGS)
    return text.strip()


def _render(paragraph: list[_Line]) -> str:
    parts: list[str] = []
    for line in paragraph:
        if parts and not line.item:
            parts[-1] = f"{parts[-1]} {line.text}"
        else:
            parts.append(line.text)
    return "\n".join(parts)


def _joined(paragraph: list[_Line]) -> str:
    return " ".join(line.text for line in paragraph)


def _words(paragraph: list[_Line]) -> int:
    return sum(len(line.text.split()) for line in paragraph)


# ---------------------------------------------------------------- line rules


# Pictographs and arrows a site puts before a prompt ('📲 Descarga la app ...', '👉 Follow us',
# '► Lesen Sie auch'): not part of the wording the rules match (round 5c).
_LEADING_SYMBOLS = re.compile(r"^[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\s]+")


def _fullmatch(matcher, text: str) -> bool:
    """The line matches as printed, or without the pictographs before its first word (a rule
    may name the pictograph itself: '📷 caption')."""
    if matcher.fullmatch(text):
        return True
    bare = _LEADING_SYMBOLS.sub("", text)
    return bool(bare) and bare != text and bool(matcher.fullmatch(bare))


@lru_cache(maxsize=LINE_CACHE_SIZE)  # pure; site chrome repeats on every page of a site
def _matches(kinds: tuple[str, ...], text: str, max_chars: int | None = None) -> bool:
    if len(text) > (max_chars or rules.MAX_NOISE_CHARS):
        return False
    return _fullmatch(rules.kind_regex(rules.BOILERPLATE_FILE, kinds), text)


@lru_cache(maxsize=LINE_CACHE_SIZE)
def _is_noise_line(text: str) -> bool:
    return len(text) <= rules.MAX_NOISE_CHARS and _fullmatch(rules.noise_line_regex(), text)


def _is_caption(text: str) -> bool:
    return len(text) <= 500 and _matches(("caption",), text)


def _drop_lines(paragraphs: list[list[_Line]], title: str | None) -> list[list[_Line]]:
    title_key = comparable(plain_line(title)) if title else None
    flat = [(k, line) for k, paragraph in enumerate(paragraphs) for line in paragraph]
    keep = [True] * len(flat)
    sticky = [False] * len(flat)  # a caption credit or subscribe line: takes its paragraph with it
    for n in _link_lists(flat) | _headline_lists(flat) | _headed_bios(flat):
        keep[n] = False
    for n, (_, line) in enumerate(flat):
        if _LABELLED_LINK.match(line.raw):
            keep[n] = False
    blocks: dict[int, list[_Line]] = {}
    for k, line in flat:
        blocks.setdefault(k, []).append(line)
    last_kept = None
    related_left = 0
    related_blocks: set[int] = set()
    for n, (k, line) in enumerate(flat):
        if not keep[n]:
            continue
        text = line.text
        key = comparable(text)
        if related_left:
            sticky_kind = _matches(STICKY_KINDS, text)  # a newsletter box after the list keeps its blurb rule
            if not line.heading and k in related_blocks and _is_related_item(line) and not sticky_kind:
                keep[n] = False
                related_left -= 1
                related_blocks = {k}  # the list goes on in the block it started in ...
                if _same_card(blocks.get(k, []), blocks.get(k + 1, [])):
                    related_blocks.add(k + 1)  # ... or in the next card of the same shape
                continue
            related_left = 0
        if _matches(("related_heading",), text):
            keep[n] = False
            related_left = RELATED_MAX_ITEMS
            related_blocks = {k, k + 1}  # its own block, or the next one when it stands alone
            continue
        nxt = flat[n + 1][1].text if n + 1 < len(flat) else ""
        if _is_caption(text) or _matches(STICKY_KINDS, text):
            keep[n] = False
            # a bare credit takes the caption beside it; a whole caption with its credit does not
            # take a prose line glued to it
            sticky[n] = not _is_caption(text) or len(text.split()) <= CREDIT_LINE_MAX_WORDS
        elif (
            _is_noise_line(text)
            or (title_key and key == title_key)
            or (last_kept is not None and key == last_kept)
            or (nxt and _is_caption(nxt) and comparable(nxt).startswith(key) and len(key) > 20)
        ):
            keep[n] = False
        else:
            last_kept = key
    for n in _share_labels(flat, keep):
        keep[n] = False
    changed = True
    while changed:  # a run of buttons under a notice goes line by line
        changed = False
        for n, (k, line) in enumerate(flat):
            words = len(line.text.split())
            if keep[n] and words <= STICKY_MAX_WORDS and _sticky_neighbour(flat, sticky, n):
                keep[n] = False
                sticky[n] = words <= BUTTON_MAX_WORDS
                changed = True
    # a dropped line between two kept lines of a block ('Advertisement' glued between two
    # paragraphs) splits the block; a sentence broken by it is rejoined later (_rejoin)
    out: list[list[_Line]] = []
    previous_block, gap = None, False
    for (k, line), kept in zip(flat, keep):
        if not kept:
            gap = True
            continue
        if k != previous_block or gap:
            out.append([])
        out[-1].append(line)
        previous_block, gap = k, False
    return out


def _share_labels(flat, keep: list[bool]) -> set[int]:
    """A short label ending in a colon ('Bagikan ini:', 'Dalīties:', 'Teilen:') over share
    buttons that all went: the label goes too, in any language, since the buttons name the
    networks ('Facebook', 'WhatsApp', 'E-mail') whatever the page's language."""
    labels = set()
    for n, (k, line) in enumerate(flat):
        words = line.text.split()
        if not keep[n] or not line.text.endswith(":") or not 1 <= len(words) <= SHARE_LABEL_MAX_WORDS:
            continue
        below = [m for m in range(n + 1, len(flat)) if flat[m][0] == k]
        if (len(below) >= 2 and not any(keep[m] for m in below)
                and any(_matches(("share",), flat[m][1].text) for m in below)):
            labels.add(n)
    return labels


def _link_lists(flat) -> set[int]:
    """Lines that are nothing but markdown links: a row of two or more (tags, navigation), or a
    run of single-link lines (a related-stories list with or without a heading)."""
    out: set[int] = set()
    run: list[int] = []
    for n, (k, line) in enumerate(flat + [(-1, None)]):
        links = len(_MD_LINK.findall(line.raw)) if line is not None and _LINKS_ONLY.match(line.raw) else 0
        if links >= 2:
            out.add(n)
        if links == 1 and (not run or flat[run[-1]][0] == k):
            run.append(n)
            continue
        if len(run) >= LINK_RUN_MIN:
            out.update(run)
            out.update(_list_heading_above(flat, run[0]))
        run = [n] if links == 1 else []
    return out


def _list_heading_above(flat, first: int) -> list[int]:
    """The short heading right above a link list ('**À découvrir**'), in the list's block or
    alone in the block before it."""
    if first == 0:
        return []
    k, line = flat[first - 1]
    alone = flat[first][0] != k and (first < 2 or flat[first - 2][0] != k)
    if (k == flat[first][0] or alone) and _is_list_heading(line):
        return [first - 1]
    return []


def _is_headline(line: _Line) -> bool:
    """A related-story headline: a few words, capitalised, without sentence punctuation; a
    bulleted item only when it is a link (a bulleted fact box is article text)."""
    text = line.text
    words = len(text.split())
    return (
        HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
        and (not line.item or bool(_MD_LINK.search(line.raw)))
        and bool(_HEADLINE_START.match(text))
        and not text.rstrip().endswith((".", "!", ":", ";", ","))
        and not is_timestamp(text)
    )


def _is_list_heading(line: _Line) -> bool:
    text = line.text
    return (
        not line.item
        and len(text.split()) <= LIST_HEADING_MAX_WORDS
        and not ends_sentence(text)  # 'The shortlist:' introduces article text; phrase headings
        and bool(_HEADLINE_START.match(text))  # with a colon are in rules (related_heading)
    )


def _headline_lists(flat) -> set[int]:
    """A heading-like line followed by HEADLINE_RUN_MIN or more headline-like lines in one block
    ('More from the region' + four headlines): a link list, whatever the heading says.  Lists of
    facts are not caught: their items are sentences, start in lower case or end in punctuation."""
    out: set[int] = set()
    n = 0
    while n < len(flat):
        k, line = flat[n]
        run_end = n + 1
        introduced = n > 0 and flat[n - 1][0] != k and flat[n - 1][1].text.rstrip().endswith(":")
        if _is_list_heading(line) and not introduced:  # 'The chorus goes:' + a verse stays
            block = flat[n + 1][0] if n + 1 < len(flat) else None
            same_block = block == k or (line.heading and block == k + 1)
            while same_block and run_end < len(flat) and flat[run_end][0] == block and _is_headline(flat[run_end][1]):
                run_end += 1
            box = [flat[m][1] for m in range(n, run_end)]
            prose_after = any(_is_prose_line(later) for _, later in flat[run_end:])
            if run_end - n - 1 >= HEADLINE_RUN_MIN and not _is_fact_box(box, prose_after):
                out.update(range(n, run_end))
                n = run_end
                continue
        n += 1
    return out


def _headed_bios(flat) -> set[int]:
    """An 'About the author' line and the bio under it (the rest of its block, or the next block
    when the heading stands alone; for '## Written by X' only under a markdown heading); a
    'Sponsored content' header and the teaser lines under it in its block."""
    out: set[int] = set()
    for n, (k, line) in enumerate(flat):
        bio = _matches(("bio_heading",), line.text) or (line.heading and _matches(("author_box_heading",), line.text))
        if not bio and not _matches(("ad_block", "author_box_heading"), line.text):
            continue
        rest = [m for m in range(n + 1, len(flat)) if flat[m][0] == k]
        if bio and not rest and n + 1 < len(flat):
            rest = [m for m in range(n + 1, len(flat)) if flat[m][0] == flat[n + 1][0]]
        if sum(len(flat[m][1].text.split()) for m in rest) <= BIO_MAX_WORDS:
            out.update([n, *rest])
    return out


def _sticky_neighbour(flat, sticky, n: int) -> bool:
    """A caption above its credit line, a newsletter teaser above its sign-up button, the
    buttons under a cookie notice: the line next to a sticky line in the same paragraph."""
    k = flat[n][0]
    return any(0 <= m < len(flat) and flat[m][0] == k and sticky[m] for m in (n - 1, n + 1))


def _same_card(card: list[_Line], nxt: list[_Line]) -> bool:
    """Related-post cards separated by blank lines (Jetpack's 'Related': a link, its date, 'In
    "Category"'): the next block has as many lines as the card, two or more, all of them items
    (round 6a)."""
    return len(card) >= 2 and len(nxt) == len(card) and all(_is_related_item(line) for line in card + nxt)


def _is_related_item(line: _Line) -> bool:
    words = len(line.text.split())
    if line.item and words <= RELATED_ITEM_MAX_WORDS:
        return True
    return words <= RELATED_ITEM_MAX_WORDS and not line.text.rstrip().endswith((".", "!", ":", ";"))


def _paragraph_is_noise(paragraph: list[_Line]) -> bool:
    if len(paragraph) < 2:
        return False
    text = _joined(paragraph)
    return _is_noise_line(text) or _is_caption(text)


# ---------------------------------------------------------------- header and tail


def _is_prose_line(line: _Line) -> bool:
    if line.heading:
        return False
    text = line.text
    words = len(text.split())
    if words < PROSE_MIN_WORDS or _matches(("byline",), text):
        return False
    return words >= PROSE_ALWAYS_WORDS or ends_sentence(text)


def _is_header_line(line: _Line, title_key: str | None) -> bool:
    text = line.text
    if line.heading or (title_key and comparable(text) == title_key):
        return True
    if _is_byline(line):
        return True
    return len(text.split()) <= HEADER_LINE_MAX_WORDS and not ends_sentence(text)


def _is_byline(line: _Line) -> bool:
    return bool(_matches(("byline",), line.text) or is_timestamp(line.text) or _is_meta_line(line.text))


def _is_meta_line(text: str) -> bool:
    """A dateline of short parts joined by | · •, one of them a date, time, byline or reading
    time ('Hollfeld | 14.08.2024 | Lesedauer: 3 Min.', 'Le 24/06/2024 à 18:30 · Modifié le ...'),
    or a capitalised place name and a printed date with no separator at all ('Ciudad de México
    01/12/2026 06:40 hrs.')."""
    split = split_trailing_timestamp(text)
    if split and re.search(r"\d", split[1]) and _is_place(split[0]):
        return True
    parts = [p for p in _META_SEPARATOR.split(text) if p]
    if len(parts) < 2 or len(text.split()) > HEADER_LINE_MAX_WORDS:
        return False
    dated = False
    for part in parts:
        if is_timestamp(part) or _matches(("byline",), part):
            dated = True
        elif len(part.split()) > META_PART_MAX_WORDS:
            return False
    return dated


def _is_place(head: str) -> bool:
    """'Ciudad de México', 'Bad Tölz': a few words, the first capitalised, no sentence or colon."""
    words = head.strip(" ,").split()
    return 0 < len(words) <= PLACE_MAX_WORDS and words[0][:1].isupper() and not head.rstrip().endswith((".", "!", "?", ":"))


def _drop_header(paragraphs: list[list[_Line]], title: str | None) -> list[list[_Line]]:
    """Drop the page header: everything before the first prose line that is a title, kicker,
    byline, dateline or other non-sentence line.  A short standfirst (dek) followed by a
    byline within a few lines is header too."""
    flat = [(k, line) for k, paragraph in enumerate(paragraphs) for line in paragraph]
    first = next((n for n, (_, line) in enumerate(flat) if _is_prose_line(line)), None)
    if first is None:
        return paragraphs
    boundary = first_prose = first
    for n in range(first, min(first + DEK_LOOKAHEAD, len(flat))):
        if _is_byline(flat[n][1]):
            boundary = n + 1
        elif len(flat[n][1].text.split()) > DEK_MAX_WORDS:
            break
        elif flat[n][0] != flat[first][0] and _is_prose_line(flat[n][1]):
            break  # a second prose paragraph: the first one was article text, not a dek
    if boundary > first:
        first = next((n for n in range(boundary, len(flat)) if _is_prose_line(flat[n][1])), len(flat))
    title_key = comparable(plain_line(title)) if title else None
    last_byline = max((n for n in range(first) if _is_byline(flat[n][1])), default=-1)
    out: list[list[_Line]] = [[] for _ in paragraphs]
    for n, (k, line) in enumerate(flat):
        # a standfirst (dek) and its byline: everything above the last byline of the header
        dek = (boundary > first_prose and n < boundary) or n < last_byline
        if dek or (
            n < first and _is_header_line(line, title_key)
            and not _opens_section(flat, n, first, last_byline, title_key) and not _salutation(flat, n, first)
        ):
            continue
        out[k].append(line)
    return [p for p in out if p]


def _drop_contents(paragraphs: list[list[_Line]]) -> list[list[_Line]]:
    """A table of contents (round 5c): a block of CONTENTS_MIN_ENTRIES or more lines that are each
    printed again further down as a subheading (a paragraph of one line), with at most one other
    line, a short heading on top ('Inhaltsverzeichnis', 'On this page'); a heading alone in the
    block right above it goes too."""
    def short(line: _Line) -> bool:
        return len(line.text.split()) <= CONTENTS_ENTRY_MAX_WORDS

    later: dict[str, int] = {}  # subheading key -> index of its last one-line paragraph
    for k, paragraph in enumerate(paragraphs):
        if len(paragraph) == 1 and short(paragraph[0]):
            later[comparable(paragraph[0].text)] = k
    drop: set[int] = set()
    for k, paragraph in enumerate(paragraphs):
        if len(paragraph) < CONTENTS_MIN_ENTRIES or not later or not all(short(line) for line in paragraph):
            continue
        repeated = [later.get(comparable(line.text), -1) > k for line in paragraph]
        head = paragraph[0] if not repeated[0] else None
        entries = repeated[1:] if head is not None else repeated
        if sum(entries) < CONTENTS_MIN_ENTRIES or not all(entries) or (head is not None and not _is_list_heading(head)):
            continue
        drop.add(k)
        above = paragraphs[k - 1] if k else []
        if head is None and len(above) == 1 and _is_list_heading(above[0]) and later.get(comparable(above[0].text), -1) < k:
            drop.add(k - 1)
    return [p for k, p in enumerate(paragraphs) if k not in drop]


def _opens_section(flat, n: int, first: int, last_byline: int, title_key: str | None) -> bool:
    """A markdown subheading ('## Les annulations') right above the first prose line and below
    the byline opens the article's first section: it is article text, not header (round 5c)."""
    line = flat[n][1]
    return (
        line.heading
        and n == first - 1
        and 0 <= last_byline < n
        and bool(_SUBHEADING.match(line.raw))
        and comparable(line.text) != title_key
    )


def _salutation(flat, n: int, first: int) -> bool:
    """A short line ending in a comma right above the first prose line opens a letter or a
    forum post ('Servus zusammen,', 'Bonjour à toutes et à tous,'): the writer's words, not
    header (round 6b). A header line (title, kicker, byline, menu) does not end in a comma."""
    line = flat[n][1]
    return n == first - 1 and _is_salutation_paragraph([line]) and not _is_byline(line)


def _is_tail_junk(paragraph: list[_Line]) -> bool:
    text = _joined(paragraph)
    words = _words(paragraph)
    if words > TAIL_MAX_WORDS or _matches(("closing",), paragraph[0].text):
        return False  # ... or the writer's closing words ('Gruß aus dem Vogelsberg' / 'Heinz')
    if _matches(("bio", "byline"), text, MAX_TAIL_CHARS):
        return True
    if len(paragraph) == 1 and words <= SHARE_LABEL_MAX_WORDS and text.rstrip().endswith(":"):
        return True  # a label whose content was cut away ('Bagikan ini:' over share buttons)
    return words <= TAIL_STUB_WORDS and not ends_sentence(text) and not any(line.item for line in paragraph)


def _is_stub(line: _Line) -> bool:
    return len(line.text.split()) <= STUB_LINE_WORDS and not ends_sentence(line.text) and not line.item


def _drop_chrome_blocks(paragraphs: list[list[_Line]]) -> list[list[_Line]]:
    """Blocks of two or more short lines none of which is a sentence, a list item or a heading
    (menus, tag rows, teaser lists, a caption with its 'Show caption' buttons, a sponsored
    teaser and its 'By Brand'), unless the block before ends with a colon: 'The chorus
    goes:' + verse, 'What changes:' + bare lines stay."""
    out: list[list[_Line]] = []
    prose_blocks = [n for n, paragraph in enumerate(paragraphs) if any(_is_prose_line(line) for line in paragraph)]
    for k, paragraph in enumerate(paragraphs):
        prose_after = bool(prose_blocks) and prose_blocks[-1] > k
        introduced = any(line.text.rstrip().endswith(":") for line in (out[-1][-1:] if out else []) + paragraph)
        chrome = all(_is_chrome_line(line) for line in paragraph) and not _matches(("closing",), paragraph[0].text)
        if len(paragraph) >= 2 and not introduced and chrome and not _is_fact_box(paragraph, prose_after):
            continue
        out.append(paragraph)
    return out


def _is_fact_box(lines: list[_Line], prose_after: bool = False) -> bool:
    """A plain-text fact box, which is article text: a heading from the rules ('Key dates', 'Die
    wichtigsten Zahlen', kind fact_box_heading), or a heading that is not a related-list heading
    over FACT_ITEMS_MIN or more lines each opening with a number or a date ('March 3 council
    vote ...'); headlines of a link list rarely all do.  Round 5c: also, when article prose
    follows the box (a contact block or a tag list at the foot does not), FACT_ITEMS_MIN or more
    'Label: value' lines ('Cost: $412 million', 'Baujahr: 1974'), under a heading or alone."""
    if not lines:
        return False
    head, items = lines[0], lines[1:]
    if _matches(("fact_box_heading",), head.text):
        return True
    if _matches(("related_heading",), head.text):
        return False
    if len(items) >= FACT_ITEMS_MIN and all(
        _fact_start().match(line.text) and not _CLOCK_START.match(line.text) for line in items
    ):
        return True
    if not prose_after or any(_MD_LINK.search(line.raw) for line in lines):
        return False
    labelled = [_labelled_fact(line.text) for line in lines]
    return (len(items) >= FACT_ITEMS_MIN and all(labelled[1:])) or (len(lines) > FACT_ITEMS_MIN and all(labelled))


def _labelled_fact(text: str) -> bool:
    """'Baujahr: 1974', 'Cost: $412 million ...', not a teaser 'Bad Bevensen: Kurhaus wird zum
    Bürgerhaus' (a value of four or more words, capitalised, without a figure, is a headline)."""
    match = _LABELLED_FACT.match(text)
    if not match:
        return False
    value = text[match.end() - 1:]
    return not (len(value.split()) >= 4 and value[:1].isupper() and not re.search(r"\d", value))


def _is_chrome_line(line: _Line) -> bool:
    text = line.text.rstrip()
    return (
        not line.item
        and not line.heading
        and len(text.split()) <= CHROME_LINE_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
    )


def _drop_tail(paragraphs: list[list[_Line]]) -> list[list[_Line]]:
    out = list(paragraphs)
    if out and len(out[-1]) > 1 and _is_stub(out[-1][-1]) and ends_sentence(out[-1][-2].text):
        out[-1] = out[-1][:-1]  # a poster's name or a signature glued under the last sentence
    dropped = 0
    while len(out) > 1 and dropped < TAIL_PARAGRAPHS and _is_tail_junk(out[-1]):
        out.pop()
        dropped += 1
    return out


# ---------------------------------------------------------------- broken paragraphs


def _rejoin(paragraphs: list[list[_Line]]) -> list[list[_Line]]:
    out: list[list[_Line]] = []
    for paragraph in paragraphs:
        if out and _continues(out[-1], paragraph) and not (len(out) == 1 and _is_salutation_paragraph(out[0])):
            out[-1] = out[-1] + paragraph
        else:
            out.append(list(paragraph))
    return out


def _is_salutation_paragraph(paragraph: list[_Line]) -> bool:
    """'Servus zusammen,' alone as the first paragraph: its own paragraph, also when the next
    starts in lower case (German letters do)."""
    text = _joined(paragraph).rstrip()
    return len(paragraph) == 1 and text.endswith(",") and len(text.split()) <= SALUTATION_MAX_WORDS


def _continues(previous: list[_Line], paragraph: list[_Line]) -> bool:
    """A paragraph broken by a stray blank line: the first part stops mid-sentence and the
    next starts in lower case, or (German nouns are capitalised) the first part is a long
    prose line that stops without punctuation and the next is prose too."""
    last, first = previous[-1], paragraph[0]
    if last.heading or first.heading or last.item or first.item or ends_sentence(last.text):
        return False
    if _LOWER_START.match(first.text):
        return True
    return len(last.text.split()) >= PROSE_MIN_WORDS and _words(paragraph) >= BROKEN_TAIL_MIN_WORDS
