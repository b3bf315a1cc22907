"""One line of an article body (comment section already cut off) and what it is: a rule's
match (transforms/rules/boilerplate.json, the widget lines of comment_widgets.json), a prose
line, a byline or dateline, a header line, a list heading, a fact box, a salutation.  Used by
transforms.boilerplate, boilerplate_lines and body_paragraphs; nothing here drops a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms import rules
from transforms.comment_names import ends_with_initial
from transforms.lines import comparable, ends_sentence, stamp_after_gap
from transforms.timestamps import LINE_CACHE_SIZE, is_timestamp, split_trailing_timestamp

HEADER_LINE_MAX_WORDS = 30  # a non-sentence line before the first prose paragraph: title, kicker, byline
PROSE_MIN_WORDS = 12  # a prose line has at least this many words and ends a sentence
NAME_LINE_WORDS = 3  # a name ending in an initial ('Mathilde R.', 'Jan de W.') is this short
PROSE_ALWAYS_WORDS = 30  # ... or simply this many words
SALUTATION_MAX_WORDS = 6  # 'Hallo zusammen,' / 'Bonjour à toutes et à tous,' above the first prose line
LIST_HEADING_MAX_WORDS = 8  # the short heading over a link list or a fact box
META_PART_MAX_WORDS = 6  # 'Hollfeld | 14.08.2024 | Lesedauer: 3 Min.': each part this short
PLACE_MAX_WORDS = 4  # 'Ciudad de México  01/12/2026 06:40 hrs.': a place name this short before a date
FACT_ITEMS_MIN = 2  # 'Key dates' + this many lines that each open with a number or a date: a fact box
MD_LINK = re.compile(r"(?<!!)\[[^\]]+\]\([^)]*\)")
_META_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")  # also spaced dashes: "Villanueva - 16 nov 2026 - 07:30 CET"
HEADLINE_START = re.compile(r"^[\"“'‘«„(]?[A-ZÀ-Ý0-9¿¡]")

# A fact-box line opens with a number ('1,8 Millionen Euro ...', '1974 wurde ...') or a date
# ('March 3 ...', '17 de marzo ...'), not with a clock time (a teaser list of '12:30 Headline').
_CLOCK_START = re.compile(r"^\s*\d{1,2}[:.h]\d{2}\b")
# A fact-box line of a label (one to five words, no sentence punctuation) and a colon, then its
# value: 'Cost: $412 million, about half from federal grants', 'Plazas de aparcamiento: 120'.
_LABELLED_FACT = re.compile(r"^[^\W\d_][^\s:.!?]*(?:\s[^\s:.!?]+){0,4}:\s+\S")
# A short label, a colon and one web address with a path, a file path or a key=value setting:
# the writer pointing the reader to something ('Config: git.example.org/ilse/shoebox', 'Data:
# ~/exports/votes.csv', 'Option: Persistent=true'); trailers (tags, share rows, credits, dates,
# headlines) never have such a value (round 8c).
_POINTER_LINE = re.compile(
    r"[^\W\d_][^\s:]*(?:\s[^\s:]+){0,2}\s?:\s+"
    r"(?:(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*|~?/[\w.-]+(?:/\S*)?|[\w.-]+=\S+)"
)


@lru_cache(maxsize=1)
def _fact_start() -> re.Pattern:
    months = "|".join(re.escape(m) for m in sorted(rules.month_numbers(), key=len, reverse=True))
    return re.compile(rf"^\s*(?:\d|(?:{months})\.?\s+\d)", re.IGNORECASE)


@dataclass
class Line:
    """A line as printed (`raw`, markdown and all) and as text (`text`), and whether it is a
    markdown heading (or a live blog entry's heading) or a list item."""

    raw: str
    text: str
    heading: bool
    item: bool
    entry: bool = False  # a live blog entry's heading, under its time line (round 9b)
    image_alt: str | None = None  # the alt text of a markdown image right above (blank lines between)


def joined(paragraph: list[Line]) -> str:
    return " ".join(line.text for line in paragraph)


def word_count(paragraph: list[Line]) -> int:
    return sum(len(line.text.split()) for line in paragraph)


# ---------------------------------------------------------------- rule matches


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
def matches(kinds: tuple[str, ...], text: str, max_chars: int | None = None) -> bool:
    if len(text) > (max_chars or rules.MAX_NOISE_CHARS):
        return False
    return _fullmatch(rules.kind_regex(rules.BOILERPLATE_FILE, kinds), text)


# MarkDownload's quote under the title: '> ## Excerpt' over '> the page's meta description'
_QUOTED_HEADING = re.compile(r"^\s*>\s*#{1,6}\s+(?P<text>.+)$")
_INDENT = re.compile(r"^[ \t]*")
# a text dump of such a save (lynx) prints the heading as a line of its own and the quote under it
# indented deeper than the heading, without the marks: the heading stands among the page's first lines
# (the title over it), never further down, where a heading 'Excerpt' over a quote is the article's
DUMPED_EXCERPT_MAX_ROW = 3


def clipper_excerpt_rows(lines: list[str]) -> set[int]:
    """The rows of the quote MarkDownload prints under the title ('> ## Excerpt' over '> the
    meta description', rule clipper.r28_excerpt_heading), `lines` as printed (quote marks kept):
    the saver's copy of the dek, neither article text nor the first prose line that ends the
    page's header above its byline (round 28). A save without blank lines may set the quote's
    lines apart, so the quote runs while lines open with '>'. A text dump of the save (lynx)
    prints the heading without its marks ('Excerpt') and the quote as lines indented deeper than
    it (round 34): the quote runs while lines keep the indentation of its first line."""
    rows: set[int] = set()
    for n, line in enumerate(lines):
        heading = _QUOTED_HEADING.match(line)
        if heading and matches(("clipper_excerpt_heading",), heading.group("text").strip()):
            depth = None
        elif _dumped_excerpt_heading(lines, n):
            depth = _INDENT.match(lines[n + 1]).end()
        else:
            continue
        rows.add(n)
        for m in range(n + 1, len(lines)):
            if not _in_excerpt(lines[m], depth):
                break
            rows.add(m)
    return rows


def _in_excerpt(row: str, depth: int | None) -> bool:
    """`row` goes on with the excerpt's quote: it opens with '>' (depth None, the markdown save) or
    is indented by `depth` (a text dump)."""
    if depth is None:
        return row.lstrip().startswith(">")
    return bool(row.strip()) and _INDENT.match(row).end() == depth


def _dumped_excerpt_heading(lines: list[str], n: int) -> bool:
    """Row `n` is MarkDownload's excerpt heading as a text dump prints it: the heading's words alone
    on a line among the page's first DUMPED_EXCERPT_MAX_ROW lines with text, the next line indented
    deeper than it."""
    line = lines[n]
    if n + 1 >= len(lines) or not lines[n + 1].strip() or line.lstrip().startswith(">"):
        return False
    if _INDENT.match(lines[n + 1]).end() <= _INDENT.match(line).end():
        return False
    if sum(1 for row in lines[:n] if row.strip()) >= DUMPED_EXCERPT_MAX_ROW:
        return False
    return matches(("clipper_excerpt_heading",), line.strip().lstrip("#").strip())


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_noise_line(text: str) -> bool:
    """A widget, share or boilerplate noise line, also as a button's label in brackets alone on
    its line ('[Share on Facebook]', '[Print]')."""
    if len(text) > rules.MAX_NOISE_CHARS:
        return False
    button = rules.BRACKETED_LABEL.fullmatch(text)
    return _fullmatch(rules.noise_line_regex(), text) or (
        button is not None and _fullmatch(rules.noise_line_regex(), button.group(1)))


def is_caption(text: str) -> bool:
    """A caption or credit line; not a poster's words about their pictures ('Photos attached.
    Any help appreciated.', the not_caption rules) that a credit rule's wording also takes."""
    return len(text) <= 500 and matches(("caption",), text) and not matches(("not_caption",), text)


def is_reported_speech(text: str) -> bool:
    """A line of PROSE_MIN_WORDS or more that reports what someone said ('..., Oyelaran said,
    ...'): article prose, whatever prompt wording it contains (round 17b)."""
    return len(text.split()) >= PROSE_MIN_WORDS and matches(("reported_speech",), text)


# ---------------------------------------------------------------- line shapes


def is_prose_line(line: Line) -> bool:
    if line.heading:
        return False
    text = line.text
    words = len(text.split())
    if words < PROSE_MIN_WORDS or matches(("byline",), text):
        return False
    return words >= PROSE_ALWAYS_WORDS or ends_sentence(text)


def is_header_line(line: Line, title_key: str | None) -> bool:
    text = line.text
    if line.heading or (title_key and comparable(text) == title_key):
        return True
    if is_byline(line) or stamp_after_gap(line.raw):  # a forum post's header, name and time in two columns (w3m)
        return True
    if len(text.split()) <= NAME_LINE_WORDS and ends_with_initial(text):
        return True  # 'Mathilde R.': a poster's name over the profile box, its full stop an initial's
    return len(text.split()) <= HEADER_LINE_MAX_WORDS and not ends_sentence(text)


def is_byline(line: Line) -> bool:
    return bool(matches(("byline",), line.text) or is_timestamp(line.text) or is_meta_line(line.text))


def is_meta_line(text: str) -> bool:
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
        if is_timestamp(part) or matches(("byline",), part):
            dated = True
        elif len(part.split()) > META_PART_MAX_WORDS:
            return False
    return dated


def _is_place(head: str) -> bool:
    """'Ciudad de México', 'Bad Tölz': a few words, the first capitalised, no sentence or colon."""
    words = head.strip(" ,").split()
    return 0 < len(words) <= PLACE_MAX_WORDS and words[0][:1].isupper() and not head.rstrip().endswith((".", "!", "?", ":"))


def is_list_heading(line: Line) -> bool:
    text = line.text
    return (
        not line.item
        and len(text.split()) <= LIST_HEADING_MAX_WORDS
        and not ends_sentence(text)  # 'The shortlist:' introduces article text; phrase headings
        and bool(HEADLINE_START.match(text))  # with a colon are in rules (related_heading)
    )


def is_fact_box(lines: list[Line], prose_after: bool = False) -> bool:
    """A plain-text fact box, which is article text: a heading from the rules ('Key dates', 'Die
    wichtigsten Zahlen', kind fact_box_heading), or a heading that is not a related-list heading
    over FACT_ITEMS_MIN or more lines each opening with a number or a date ('March 3 council
    vote ...'); headlines of a link list rarely all do.  Round 5c: also, when article prose
    follows the box (a contact block or a tag list at the foot does not), FACT_ITEMS_MIN or more
    'Label: value' lines ('Cost: $412 million', 'Baujahr: 1974'), under a heading or alone."""
    if not lines:
        return False
    head, items = lines[0], lines[1:]
    if matches(("fact_box_heading",), head.text):
        return True
    if matches(("related_heading",), head.text):
        return False
    if len(items) >= FACT_ITEMS_MIN and all(
        _fact_start().match(line.text) and not _CLOCK_START.match(line.text) for line in items
    ):
        return True
    if not prose_after or any(MD_LINK.search(line.raw) for line in lines):
        return False
    return (len(items) >= FACT_ITEMS_MIN and _labelled_facts(items)) or (len(lines) > FACT_ITEMS_MIN and _labelled_facts(lines))


def fact_box_rows(flat: list[tuple[int, Line]]) -> set[int]:
    """The rows of `flat` ((block, line) pairs) that make a fact box of numbered lines inside a block:
    a heading and the FACT_ITEMS_MIN or more lines right under it in the same block that each open
    with a number or a date (is_fact_box). A page saved without its blank lines (or with one after
    every line) puts the box in one block with the newsletter prompt or the bio under it, whose
    sticky run would take the box line by line (round 34: 'Fakten zum Projekt' / '2,4 km lang ist
    der neue Abschnitt' / ... over 'Digital-Abo: ...')."""
    rows: set[int] = set()
    for n, (k, head) in enumerate(flat):
        end = n + 1
        while end < len(flat) and flat[end][0] == k and _numbered_fact(flat[end][1].text):
            end += 1
        if end - n - 1 >= FACT_ITEMS_MIN and not _numbered_fact(head.text) \
                and is_fact_box([line for _, line in flat[n:end]]):
            rows.update(range(n, end))
    return rows


def _numbered_fact(text: str) -> bool:
    """A fact box line opening with a number or a date, not with a clock time."""
    return bool(_fact_start().match(text)) and not _CLOCK_START.match(text)


def _labelled_facts(lines: list[Line]) -> bool:
    """Every line a 'Label: value' fact; or every line has that shape and most values are plainly
    facts (a figure, or lower case: 'Precio: 2,10 euros', 'Frecuencia: tres servicios diarios'),
    so one value that reads like a headline ('Recorrido: Villanueva de Valdegovía -- Espejo --
    Vitoria') does not turn the box into a teaser list."""
    texts = [line.text for line in lines]
    if all(_labelled_fact(text) for text in texts):
        return True
    values = [value for text in texts if (value := _fact_value(text)) is not None]
    plain = sum(1 for value in values if value[:1].islower() or re.search(r"\d", value))
    return len(values) == len(texts) and 2 * plain > len(texts)


def _fact_value(text: str) -> str | None:
    """The value of a 'Label: value' line, None for a line of another shape."""
    match = _LABELLED_FACT.match(text)
    return text[match.end() - 1:] if match else None


def _labelled_fact(text: str) -> bool:
    """'Baujahr: 1974', 'Cost: $412 million ...', not a teaser 'Bad Bevensen: Kurhaus wird zum
    Bürgerhaus' (a value of four or more words, capitalised, without a figure, is a headline)."""
    value = _fact_value(text)
    if value is None:
        return False
    return not (len(value.split()) >= 4 and value[:1].isupper() and not re.search(r"\d", value))


def is_pointer_line(text: str) -> bool:
    """'Config: git.example.org/ilse/shoebox': a label and one address, path or setting the
    writer points to; article text even when short and without a full stop (not a trailer)."""
    return bool(_POINTER_LINE.fullmatch(text.strip()))


def is_salutation_paragraph(paragraph: list[Line]) -> bool:
    """'Servus zusammen,' alone as the first paragraph: its own paragraph, also when the next
    starts in lower case (German letters do)."""
    text = joined(paragraph).rstrip()
    return len(paragraph) == 1 and text.endswith(",") and len(text.split()) <= SALUTATION_MAX_WORDS
