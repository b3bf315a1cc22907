"""Reduce an article text (comment section already cut off) to its body prose.

Line rules live in transforms/rules/boilerplate.json (share bars, subscribe prompts, ads,
cookie notices, footers, captions, tweet attributions, related-link lists, bylines, bios) and
the widget lines of transforms/rules/comment_widgets.json.  Some rules hold anywhere; bylines,
datelines and heading-like lines are only dropped in the header (before the first prose
paragraph), bios and follow-the-author lines only at the tail.  Paragraphs broken mid-sentence
by a stray blank line are rejoined; markdown is reduced to text.

The pipeline is here with its header, contents, chrome-block and tail passes; what one line is
in transforms.body_lines, paragraphs split, rendered and rejoined in transforms.body_paragraphs,
the lines dropped wherever they stand in transforms.boilerplate_lines.
"""

from __future__ import annotations

import re

from transforms import rules
from transforms.body_lines import (
    FACT_ITEMS_MIN,
    Line,
    is_byline,
    is_caption,
    is_fact_box,
    is_header_line,
    is_list_heading,
    is_noise_line,
    is_pointer_line,
    is_prose_line,
    is_salutation_paragraph,
    joined,
    matches,
    word_count,
)
from transforms.body_paragraphs import rejoin, render, split_paragraphs
from transforms.boilerplate_lines import SHARE_LABEL_MAX_WORDS, drop_lines
from transforms.lines import comparable, ends_sentence, plain_line

MAX_TAIL_CHARS = 1000  # a bio or credit at the tail is matched as a whole paragraph up to this length
DEK_LOOKAHEAD = 4  # a byline this many lines after the first sentence makes that sentence a dek
DEK_MAX_WORDS = 45
TAIL_PARAGRAPHS = 3  # bios and follow-us lines are looked for in the last paragraphs only
TAIL_MAX_WORDS = 80
TAIL_STUB_WORDS = 8
STUB_LINE_WORDS = 3  # a name line glued under the last sentence: this short, no full stop, not an item
CHROME_LINE_MAX_WORDS = 20  # a line of a chrome block (menu, tag row, teaser, caption + buttons)
CONTENTS_MIN_ENTRIES = 2  # a table of contents lists at least this many subheadings of the article
CONTENTS_ENTRY_MAX_WORDS = 12  # ... each a short line (a subheading)
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "“", "’")
_SUBHEADING = re.compile(r"^\s*#{2,6}\s+\S")  # a markdown heading below the page title's '#'


def clean_body(text: str, title: str | None = None, author: str | None = None) -> str:
    """The article prose of `text`: boilerplate lines removed, broken paragraphs rejoined,
    markdown reduced to text, paragraphs separated by exactly one blank line. `author` is the
    name the byline gives (metadata): an italic line naming them at the tail is their bio."""
    paragraphs = split_paragraphs(text)
    paragraphs = drop_lines(paragraphs, title)
    paragraphs = [p for p in paragraphs if p and not _paragraph_is_noise(p)]
    paragraphs = _drop_contents(paragraphs)
    paragraphs = _drop_header(paragraphs, title)
    paragraphs = _drop_chrome_blocks(paragraphs)
    paragraphs = _drop_tail(paragraphs, author)
    paragraphs = _drop_pull_quotes(paragraphs)
    paragraphs = rejoin(paragraphs)
    return "\n\n".join(render(p) for p in paragraphs if p).strip()


def _paragraph_is_noise(paragraph: list[Line]) -> bool:
    if len(paragraph) < 2:
        return False
    text = joined(paragraph)
    return is_noise_line(text) or is_caption(text)


def _drop_header(paragraphs: list[list[Line]], title: str | None) -> list[list[Line]]:
    """Drop the page header: everything before the first prose line that is a title, kicker,
    byline, dateline or other non-sentence line.  A short standfirst (dek) followed by a
    byline within a few lines is header too."""
    flat = [(k, line) for k, paragraph in enumerate(paragraphs) for line in paragraph]
    first = next((n for n, (_, line) in enumerate(flat) if is_prose_line(line) or _opens_summary(flat, n)), None)
    if first is None:
        return paragraphs
    boundary = first_prose = first
    for n in range(first, min(first + DEK_LOOKAHEAD, len(flat))):
        if is_byline(flat[n][1]):
            boundary = n + 1
        elif len(flat[n][1].text.split()) > DEK_MAX_WORDS:
            break
        elif flat[n][0] != flat[first][0] and is_prose_line(flat[n][1]):
            break  # a second prose paragraph: the first one was article text, not a dek
    if boundary == first and _quoted_dek(flat, first):
        boundary = max(n for n, (k, _) in enumerate(flat) if k == flat[first][0]) + 1
    if boundary > first:
        after = next((n for n in range(boundary, len(flat)) if is_prose_line(flat[n][1])), None)
        if after is None:
            # no prose under the byline: the short text over it is the article, not its dek (a Q&A
            # page's question signed 'Frage von X, DATE' under its text, round 22a)
            boundary = first
        else:
            first = after
    title_key = comparable(plain_line(title)) if title else None
    last_byline = max((n for n in range(first) if is_byline(flat[n][1])), default=-1)
    # a reader's preamble ('Markdown Content:') is header, but no byline a subheading opens a section under
    article_byline = max((n for n in range(first) if is_byline(flat[n][1]) and not _reader_preamble(flat[n][1])), default=-1)
    out: list[list[Line]] = [[] for _ in paragraphs]
    for n, (k, line) in enumerate(flat):
        # a standfirst (dek) and its byline: everything above the last byline of the header
        dek = (boundary > first_prose and n < boundary) or n < last_byline
        if dek or (
            n < first and is_header_line(line, title_key)
            and not _opens_section(flat, n, first, article_byline, title_key) and not _salutation(flat, n, first)
        ):
            continue
        out[k].append(line)
    return [p for p in out if p]


def _quoted_dek(flat: list[tuple[int, Line]], first: int) -> bool:
    """The first prose is a short markdown blockquote right under the byline, with unquoted
    prose after it: a standfirst a reader view or clipper set as a quote (round 10a: '> Fondée en
    1921, l'usine ...' under 'Outlet · Section · Name · date'), not the article's opening quote.
    Round 13d: or set in italics ('*Budowa miała ruszyć wiosną, ...*'), with upright prose after it."""
    k = flat[first][0]
    block = [line for kk, line in flat if kk == k]
    if first == 0 or not is_byline(flat[first - 1][1]):
        return False
    for marked in (_quoted, _italic):
        if all(marked(line) for line in block):
            break
    else:
        return False
    if sum(len(line.text.split()) for line in block) > DEK_MAX_WORDS:
        return False
    return any(kk > k and is_prose_line(line) and not marked(line) for kk, line in flat)


def _quoted(line: Line) -> bool:
    return line.raw.lstrip().startswith(">")


_ITALIC_LINE = re.compile(r"^\s*(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)\s*$")  # '*a whole line in italics*'


def _italic(line: Line) -> bool:
    return _ITALIC_LINE.match(line.raw) is not None


def _opens_summary(flat: list[tuple[int, Line]], n: int) -> bool:
    """A summary box opens the article (round 9c): a fact-box heading from the rules ('Key
    points', 'Das Wichtigste in Kürze') over FACT_ITEMS_MIN or more list items right under it.
    Its points are article text even when none ends with a full stop, so the header ends here."""
    if not matches(("fact_box_heading",), flat[n][1].text):
        return False
    items = [line for _, line in flat[n + 1:n + 1 + FACT_ITEMS_MIN]]
    return len(items) == FACT_ITEMS_MIN and all(line.item for line in items)


def _drop_contents(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """A table of contents (round 5c): a block of CONTENTS_MIN_ENTRIES or more lines that are each
    printed again further down as a subheading (a paragraph of one line), with at most one other
    line, a short heading on top ('Inhaltsverzeichnis', 'On this page'); a heading alone in the
    block right above it goes too."""
    def short(line: Line) -> bool:
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
        if sum(entries) < CONTENTS_MIN_ENTRIES or not all(entries) or (head is not None and not is_list_heading(head)):
            continue
        drop.add(k)
        above = paragraphs[k - 1] if k else []
        if head is None and len(above) == 1 and is_list_heading(above[0]) and later.get(comparable(above[0].text), -1) < k:
            drop.add(k - 1)
    return [p for k, p in enumerate(paragraphs) if k not in drop]


def _opens_section(flat, n: int, first: int, last_byline: int, title_key: str | None) -> bool:
    """A markdown subheading ('## Les annulations') right above the first prose line and below
    the byline opens the article's first section: it is article text, not header (round 5c); so
    does a live blog entry's heading under its time line (round 9b)."""
    line = flat[n][1]
    return (
        line.heading
        and n == first - 1
        and ((0 <= last_byline < n and bool(_SUBHEADING.match(line.raw))) or line.entry)
        and comparable(line.text) != title_key
    )


def _reader_preamble(line: Line) -> bool:
    """A reader converter's preamble line ('URL Source: ...', 'Markdown Content:', rule
    byline.r8d_reader_header): header, but no byline of the article's, under which a subheading
    would open the article's first section (round 25a: Jina's preamble over a forum poster's
    name heading)."""
    return rules.rule_by_id(rules.BOILERPLATE_FILE, "byline.r8d_reader_header").regex.fullmatch(line.text) is not None


def _salutation(flat, n: int, first: int) -> bool:
    """A short line ending in a comma right above the first prose line opens a letter or a
    forum post ('Servus zusammen,', 'Bonjour à toutes et à tous,'): the writer's words, not
    header (round 6b). A header line (title, kicker, byline, menu) does not end in a comma."""
    line = flat[n][1]
    return n == first - 1 and is_salutation_paragraph([line]) and not is_byline(line)


def _is_tail_junk(paragraph: list[Line], author: str | None = None) -> bool:
    text = joined(paragraph)
    words = word_count(paragraph)
    if words > TAIL_MAX_WORDS or matches(("closing",), paragraph[0].text):
        return False  # ... or the writer's closing words ('Gruß aus dem Vogelsberg' / 'Heinz')
    if matches(("bio", "byline"), text, MAX_TAIL_CHARS) or _italic_author_note(paragraph, author):
        return True
    if len(paragraph) == 1 and words <= SHARE_LABEL_MAX_WORDS and text.rstrip().endswith(":"):
        return True  # a label whose content was cut away ('Bagikan ini:' over share buttons)
    if any(line.item for line in paragraph) or is_pointer_line(text):
        return False  # a list, or the writer's pointer ('Config: git.example.org/ilse/shoebox')
    return words <= TAIL_STUB_WORDS and not ends_sentence(text)


def _is_stub(line: Line) -> bool:
    text = line.text
    return len(text.split()) <= STUB_LINE_WORDS and not ends_sentence(text) and not line.item and not is_pointer_line(text)


def _drop_chrome_blocks(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """Blocks of two or more short lines none of which is a sentence, a list item or a heading
    (menus, tag rows, teaser lists, a caption with its 'Show caption' buttons, a sponsored
    teaser and its 'By Brand'), unless the block before ends with a colon: 'The chorus
    goes:' + verse, 'What changes:' + bare lines stay."""
    out: list[list[Line]] = []
    prose_blocks = [n for n, paragraph in enumerate(paragraphs) if any(is_prose_line(line) for line in paragraph)]
    for k, paragraph in enumerate(paragraphs):
        prose_after = bool(prose_blocks) and prose_blocks[-1] > k
        introduced = any(line.text.rstrip().endswith(":") for line in (out[-1][-1:] if out else []) + paragraph)
        chrome = all(_is_chrome_line(line) for line in paragraph) and not matches(("closing",), paragraph[0].text)
        if len(paragraph) >= 2 and not introduced and chrome and not is_fact_box(paragraph, prose_after):
            continue
        out.append(paragraph)
    return out


def _is_chrome_line(line: Line) -> bool:
    text = line.text.rstrip()
    return (
        not line.item
        and not line.heading
        and len(text.split()) <= CHROME_LINE_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
    )


AUTHOR_NOTE_MAX_WORDS = 40  # an italic note about the article's author at the tail is this short


def _italic_author_note(paragraph: list[Line], author: str | None) -> bool:
    """The whole paragraph set in italics and naming the byline's author, at the tail: the
    author's bio in whatever words ('_Marta Zanardelli segue la cronaca della Valmarena dal
    2019._', round 31), which the bio rules, reading the wording, may not know. A name of one
    word names no one for sure; an italic line of the article (a quote, an editor's note) does
    not name the writer."""
    if not author or len(author.split()) < 2 or word_count(paragraph) > AUTHOR_NOTE_MAX_WORDS:
        return False
    italic = _ITALIC_LINE.match(" ".join(line.raw.strip() for line in paragraph))  # wrapped over lines too
    return italic is not None and re.search(rf"(?<!\w){re.escape(author)}(?!\w)", joined(paragraph)) is not None


def _drop_tail(paragraphs: list[list[Line]], author: str | None = None) -> list[list[Line]]:
    out = list(paragraphs)
    while out and len(out[-1]) > 1 and ends_sentence(out[-1][-2].text) and (
        _is_stub(out[-1][-1]) or matches(("bio",), out[-1][-1].text, MAX_TAIL_CHARS)
        or _italic_author_note(out[-1][-1:], author)
    ):
        # a poster's name or a signature glued under the last sentence; an author bio glued
        # there by a save without blank lines (round 9b: browser copy)
        out[-1] = out[-1][:-1]
    dropped = 0
    while len(out) > 1 and dropped < TAIL_PARAGRAPHS and _is_tail_junk(out[-1], author):
        out.pop()
        dropped += 1
    return out


PULL_QUOTE_MAX_WORDS = 40  # a pull quote is one or two sentences lifted from the article
PULL_QUOTE_MIN_WORDS = 6  # ... and long enough that finding it again is no accident
CLAUSE_MIN_WORDS = 3
_OPENING_QUOTES = ("“", "«", "„", '"', "‘", "‹", "»")
_CLOSING_QUOTES = ("”", "»", "“", '"', "’", "›", "«")
_CLAUSE_SPLIT = re.compile(r"[.,;:!?…“”«»„\"‘’‹›()]+|\s[–—-]\s")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _clauses(text: str) -> list[list[str]]:
    pieces = (_WORD.findall(piece.lower()) for piece in _CLAUSE_SPLIT.split(text))
    return [words for words in pieces if len(words) >= CLAUSE_MIN_WORDS]


def _has_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1) if haystack[i] == needle[0])


def _quotation(text: str) -> bool:
    bare = text.strip().rstrip(".")
    return bare.startswith(_OPENING_QUOTES) and bare.endswith(_CLOSING_QUOTES)


def _pull_quote(text: str, elsewhere: list[str]) -> bool:
    """A quotation standing alone ('“We are not closing the door ...”', a '> «...»' blockquote;
    the caller checks _quotation first) whose every clause is printed again, word for word, in
    one longer paragraph of the article: the designer's pull quote, which repeats the article's
    own words (round 14a)."""
    bare = text.strip().rstrip(".")
    clauses = _clauses(bare)
    words = sum(len(c) for c in clauses)
    if not clauses or words < PULL_QUOTE_MIN_WORDS or len(bare.split()) > PULL_QUOTE_MAX_WORDS:
        return False
    own = len(_WORD.findall(bare))
    return any(
        len(other) > own and all(_has_run(other, c) for c in clauses)  # the longer text is the article's
        for other in (_WORD.findall(t.lower()) for t in elsewhere)
    )


def _drop_pull_quotes(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """Drop pull quotes: a one-paragraph quotation, or one line of a paragraph a browser copied
    without blank lines, whose words the article prints again elsewhere."""
    texts = [joined(p) for p in paragraphs]
    out = []
    for k, paragraph in enumerate(paragraphs):
        others = texts[:k] + texts[k + 1:]
        if _quotation(texts[k]) and _pull_quote(texts[k], others):
            continue
        if len(paragraph) > 1:
            kept = []
            for j, line in enumerate(paragraph):
                if not (line.heading or line.item) and _quotation(line.text):
                    rest = [x.text for n, x in enumerate(paragraph) if n != j]  # only for a quotation
                    if _pull_quote(line.text, others + rest):
                        continue
                kept.append(line)
            paragraph = kept
        out.append(paragraph)
    return out

