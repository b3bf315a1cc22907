"""An article body's paragraphs: lines split at blank lines and headings (forum signatures,
a header's home link and embed leftovers left out, markdown reduced to text), rendered back
to text, and paragraphs broken mid-sentence by a stray blank line rejoined.
"""

from __future__ import annotations

import re

from transforms import rules
from transforms.body_lines import PROSE_MIN_WORDS, Line, is_salutation_paragraph, matches, word_count
from transforms.comment_lines import SIGNATURE_SEPARATOR
from transforms.lines import ends_sentence, is_heading, is_list_item, plain_line

BROKEN_TAIL_MIN_WORDS = 3  # the rest of a broken paragraph ('Wärmeplanung gekoppelt sind.')
ENTRY_HEADING_WORDS = 15  # a live blog entry's heading under its time line is this short
_SIGNATURE = re.compile(SIGNATURE_SEPARATOR, re.IGNORECASE)
_LINK_ONLY = re.compile(r"^\s*\[([^\]]*)\]\([^)]*\)\s*$")  # a line that is one markdown link: its text


def _is_separator(raw: str) -> bool:
    """A signature separator ('__________', '-- '), also set as a link of its own, as a markdown
    reader links it ('[__________________](...#__________________)', round 34)."""
    linked = _LINK_ONLY.match(raw)
    return bool(_SIGNATURE.match(raw) or (linked and _SIGNATURE.match(linked.group(1))))
_LOWER_START = re.compile(r"^[\"“'‘(]?[a-zà-ÿ]")
_ENDS_WITH_LINK = re.compile(r"(?:https?://|www\.)\S+$")  # a paragraph whose last word is a web address
_NUMBERED = re.compile(r"^\s*(\d{1,3}[.)])\s+")
# a markdown line that is only a link to a site's front page (a header's home link, round 8e)
_ROOT_LINK = re.compile(r"^\s*\[[^\]]{1,60}\]\(https?://[^/\s)]+/?\)\s*$")
# a line that is only a markdown image (or a linked image): its alt text
_IMAGE_ONLY = re.compile(r"^\s*\[?!\[(?P<alt>[^\]]*)\]\([^)]*\)(?:\]\([^)]*\))?\s*$")


def split_paragraphs(text: str) -> list[list[Line]]:
    """The lines of `text` in paragraphs: a blank line ends one, a heading is one of its own."""
    paragraphs: list[list[Line]] = [[]]
    in_signature = False  # a forum signature under '__________' or '-- ', up to a blank line
    signature_image = False  # the line above was a picture in the signature
    entry = False  # a live blog entry's time line came before: the next short line is its heading
    image_alt = None  # a markdown image came before (blank lines between): its alt text
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    closing = _closing_signature(raws)
    for i, raw in enumerate(raws):
        if i >= closing:
            break
        image = _IMAGE_ONLY.match(raw)
        if image:
            image_alt = image.group("alt")
        if _is_separator(raw):
            in_signature = True
            continue
        if in_signature and (image or (signature_image and not raw.strip())):
            signature_image = bool(image)  # a picture under the separator is the signature's: it goes on under it,
            continue  # past the blank line a markdown save puts under an image (round 35)
        signature_image = False
        stamp = plain_line(raw).strip()
        if matches(("live_stamp",), stamp):
            # '16:05 GMT' / 'Pinned' over an entry: not text; a player's '00:00' starts no entry
            entry = not matches(("player_start",), stamp)
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
        if entry and _entry_reporter(plain, raws[i + 1:]):
            continue  # 'Owen Rudd' between an entry's time and its heading: the reporter (round 17b)
        under_image, image_alt = image_alt, None
        numbered = _NUMBERED.match(raw)
        if numbered and not plain.startswith(numbered.group(1)):
            plain = f"{numbered.group(1)} {plain}"  # '1. Gespendete Räder ...': the number is text
        heading = entry and len(plain.split()) <= ENTRY_HEADING_WORDS and not ends_sentence(plain)
        entry = False
        line = Line(raw, plain, is_heading(raw) or heading, is_list_item(raw), entry=heading, image_alt=under_image)
        if len(paragraphs[-1]) == 1 and not line.item and _glued_subheading(paragraphs[-1][0], line):
            paragraphs.append([])  # 'Öffnungszeiten' / 'Der Markt ist bis zum 23. Dezember ...'
        if line.heading and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].append(line)
        if line.heading:
            paragraphs.append([])
    return [part for p in paragraphs if p for part in _one_per_line(p)]


SIGNATURE_MAX_LINES = 2  # a signature closing a forum's first post: this many short lines at most
SIGNATURE_MAX_WORDS = 15


def _closing_signature(raws: list[str]) -> int:
    """Index of a signature separator ('__________', '-- ') whose lines below, to the end of the
    text, are one or two short lines: the opening post's signature (round 18a: on a page saved
    with no blank lines, a relayout puts one under the separator, which ends the usual
    signature-to-blank-line skip); len(raws) when there is none."""
    for i in range(len(raws) - 1, -1, -1):
        if _is_separator(raws[i]):
            below = [r for r in raws[i + 1:] if r.strip()]
            if 0 < len(below) <= SIGNATURE_MAX_LINES and all(len(r.split()) <= SIGNATURE_MAX_WORDS for r in below):
                return i
            return len(raws)
    return len(raws)


# a reporter's name: two or three capitalised words (particles allowed), nothing else
_PERSON_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?: (?:[A-ZÀ-Ý][\w'’.-]+|de|van|von|der|da|di|la|le|del)){1,3}")


def _entry_reporter(plain: str, rest: list[str]) -> bool:
    """A live blog entry prints its reporter's name between its time and its heading ('14:30' /
    'Owen Rudd' / 'Westhaven bridge closed to all traffic'): a bare name with a short heading,
    not a sentence and not another name, on the next non-blank line."""
    if not _PERSON_NAME.fullmatch(plain):
        return False
    nxt = next((p for p in (_strip_inline(plain_line(r)) for r in rest) if p), "")
    return (bool(nxt) and len(nxt.split()) <= ENTRY_HEADING_WORDS and not ends_sentence(nxt)
            and not _PERSON_NAME.fullmatch(nxt))


ONE_PER_LINE_MIN = 2  # a block with this many whole-paragraph lines has one paragraph a line


def _one_per_line(paragraph: list[Line]) -> list[list[Line]]:
    """A block of a text saved without blank lines (trafilatura, a spider's text field: one line
    per paragraph, round 9c) split after each line that is a paragraph by itself, and before
    one under a header line (a title, 'N points by X | 63 comments'; a sentence piece running
    on in lower case is joined again by rejoin). An unwrapped hard-wrapped paragraph rarely
    has ONE_PER_LINE_MIN such lines, so it stays whole."""
    if sum(_ends_paragraph(line) for line in paragraph) < ONE_PER_LINE_MIN:
        return [paragraph]
    parts: list[list[Line]] = [[]]
    for line in paragraph:
        if parts[-1] and not line.item and (_ends_paragraph(parts[-1][-1]) or _header_over(parts[-1][-1], line)):
            parts.append([])
        parts[-1].append(line)
    return parts


def _header_over(above: Line, line: Line) -> bool:
    """`above` is a line of its own over the whole paragraph `line`: it ends no sentence and no
    clause (a wrapped piece of one would be as long as the wrap width, shorter than `line`)."""
    return _ends_paragraph(line) and not ends_sentence(above.text) \
        and not above.text.rstrip().endswith((",", ";", ":", "-", "–", "—"))


PARAGRAPH_LINE_WORDS = 25  # a line this long that ends a sentence is a whole paragraph, never a wrapped line
SUBHEADING_MAX_WORDS = 4  # a subheading glued above its paragraph ('Öffnungszeiten') is this short


def _ends_paragraph(line: Line) -> bool:
    """A line that is a paragraph by itself: long and ending a sentence (a scraper's text with
    one line per paragraph and no blank lines, round 9c); hard-wrapped lines are short."""
    return not line.heading and not line.item and len(line.text.split()) >= PARAGRAPH_LINE_WORDS \
        and ends_sentence(line.text)


def _glued_subheading(above: Line, line: Line) -> bool:
    """A short capitalised line with no sentence end, alone at the top of a block, over a line
    that is a paragraph by itself: a subheading whose blank line was lost (round 9c)."""
    words = above.text.split()
    return (
        not above.heading and not above.item and 0 < len(words) <= SUBHEADING_MAX_WORDS
        and above.text[:1].isupper() and not ends_sentence(above.text) and not above.text.rstrip().endswith((":", ","))
        and _ends_paragraph(line)
    )


def _strip_inline(text: str) -> str:
    """Remove embed leftovers (rules of kind 'inline') from inside a line."""
    for rule in rules.rules_of(rules.BOILERPLATE_FILE, "inline"):
        text = re.sub(rule.pattern, "", text, flags=rules.FLAGS)
    return text.strip()


def render(paragraph: list[Line]) -> str:
    """A paragraph as text: its lines joined by spaces, each list item on a line of its own."""
    parts: list[str] = []
    for line in paragraph:
        if parts and not line.item:
            parts[-1] = f"{parts[-1]} {line.text}"
        else:
            parts.append(line.text)
    return "\n".join(parts)


def rejoin(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """Paragraphs broken mid-sentence by a stray blank line joined again (not onto an opening
    salutation)."""
    out: list[list[Line]] = []
    for paragraph in paragraphs:
        if out and _continues(out[-1], paragraph) and not (len(out) == 1 and is_salutation_paragraph(out[0])):
            out[-1] = out[-1] + paragraph
        else:
            out.append(list(paragraph))
    return out


def _continues(previous: list[Line], paragraph: list[Line]) -> bool:
    """A paragraph broken by a stray blank line: the first part stops mid-sentence and the
    next starts in lower case, or (German nouns are capitalised) the first part is a long
    prose line that stops without punctuation and the next is prose too."""
    last, first = previous[-1], paragraph[0]
    if last.heading or first.heading or last.item or first.item or ends_sentence(last.text):
        return False
    if _LOWER_START.match(first.text):
        return True
    if _ENDS_WITH_LINK.search(last.text):
        return False  # a tweet or note that ends on its link ('Full order: https://t.co/...'), round 13b
    return len(last.text.split()) >= PROSE_MIN_WORDS and word_count(paragraph) >= BROKEN_TAIL_MIN_WORDS
