"""Line-level text helpers shared by comment splitting and boilerplate cleaning.

`plain_line` reduces one line of markdown (or markdown-ish plain text) to its visible text,
which is what the rules in transforms/rules/*.json are matched against.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from transforms.timestamps import LINE_CACHE_SIZE, is_timestamp

# A line a forum prints over a post's signature (kept here, below both the comment modules and
# text_dump, which imports it to tell lynx's <hr> under 'Logged' from a form's text box).
SIGNATURE_SEPARATOR = r"^\s*(?:_{5,}|[─━]{5,}|--\s?|\\-\\-\s?|[—–]{2}|logged|registrato|gespeichert|gelogd|journalisée|en línea)\s*$"  # 'Logged': SMF prints it above the signature; round 9b: a typed "——" (FluxBB); round 13c: '\-\-' (markdown-escaped); round 17a: 'Logged' in SMF's it/de/nl/fr themes; round 19a: a rule of box-drawing lines, as w3m prints the <hr> over a signature; round 18a: 'En línea', the Spanish theme's word for it
_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t ]+")
# Icon-font glyphs (Font Awesome, Disqus's and WordPress's own icon fonts) live in the Private
# Use Area; a browser copy keeps them as invisible characters before a button or a name
# ('\ue60c the_N4_regular', the reply arrow beside a Disqus author): not text (round 6a).
_ICON_GLYPHS = re.compile(r"[\ue000-\uf8ff]+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
# a link's text with brackets in it ('[[eliminado]](https://...#eliminado)', Reddit's deleted comment, or
# SMF's '[Pages: [1]   Go Down](...)' in a markdown save, round 35) reads as that text, as the plain copy
# prints it; a bracketed label right before an inline link is no reference link ('[–][grumpy_cabbie](
# https://.../u/grumpy_cabbie)', old Reddit's collapse button before the poster's name: '[–]grumpy_cabbie')
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\](?!\()"
                   r"|\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()]|\([^)]*\))*\)")
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>]+)>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
_HEADING = re.compile(r"^#{1,6}\s+|\s+#+\s*$")
_SETEXT = re.compile(r"^(?:=+|-+)$")
_RULE = re.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_QUOTE = re.compile(r"^(?:>\s?)+")
# a list item's marker and its gap: markdown's, and the bullets a text dump keeps ('·', '▪', '►')
LIST_MARKER = re.compile(r"^(?:[-*+•·▪►]|\d{1,3}[.)])\s+")
_EMPHASIS = (  # (a character the markup needs, its pattern)
    ("*", re.compile(r"\*\*(.+?)\*\*")),
    ("_", re.compile(r"__(.+?)__")),
    ("*", re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")),
    ("_", re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")),
    ("~", re.compile(r"~~(.+?)~~")),
    ("`", re.compile(r"`([^`]+)`")),
)
# A bold name opening a line and a code span right after it: a markdown converter's rendering
# of a name and its badge (round 12b); the pair is printed as two pieces, name first.
_BADGE_AFTER_BOLD_NAME = re.compile(r"^\*\*([^*`]{1,80})\*\*\s+`([^`]{1,60})`")
_TERMINAL = tuple(".!?…:;\"“”’»)]'")  # “ closes a German „quote“


def normalize_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# half of an emphasis a wrapper broke over two lines ('*Dieser Beitrag wurde ... gelöscht.' /
# 'Grund: Werbung.*', round 13d): the opening star before a word, the closing one after a sentence's
# end ('Name*', a required field, keeps its star)
_LONE_EMPHASIS = re.compile(r"^\*(?=[^\s*])|(?<=[.!?…)\"”»])\*$")
# html2text escapes a dash or plus that opens a run of text as if it opened a list item, also
# when the run follows inline markup on the same line ('**Harold Ng** \- Dec 4, 2026', round 29):
# a spaced '\-' is the dash itself ('\-\-', a typed signature rule, and 'Name \*' stay as they are)
_ESCAPED_DASH = re.compile(r"(?<=\s)\\([-+])(?=\s)")
# ... and a number and full stop opening a line as if they opened a numbered list item (html2text,
# MarkDownload's turndown: '6\. Dezember 2026 um 10:05', round 32): the number with its full stop
_ESCAPED_ORDINAL = re.compile(r"^(\d{1,4})\\\.(?=\s|$)")


@lru_cache(maxsize=LINE_CACHE_SIZE)  # pure, and pages repeat their widget and chrome lines
def plain_line(line: str) -> str:
    """Visible text of one markdown line: no images, links as their text, no emphasis,
    heading, quote or bullet markers, no HTML tags, entities decoded, spaces collapsed."""
    text = normalize_spaces(_ICON_GLYPHS.sub(" ", line))
    if not text or _RULE.match(text) or _SETEXT.match(text):
        return ""
    # each markup needs a character; most lines of prose have none of them
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = link_texts(text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _HTML_TAG.sub("", text)
    if text.startswith(">"):
        text = _QUOTE.sub("", text)
    if "#" in text:
        text = _HEADING.sub("", text)
    text = unescape_ordinal(text)
    if not (text[:1].isdigit() and is_timestamp(text)):  # '6. Mai 2022' is a date, not a list item
        text = LIST_MARKER.sub("", text)
    if "`" in text:  # '**Odile Marchais** `Auteur` · 4 déc.': the code span is a badge beside the name
        text = _BADGE_AFTER_BOLD_NAME.sub(r"\1 · \2", text)
    for needed, pattern in _EMPHASIS:
        if needed in text:
            text = pattern.sub(r"\1", text)
    if text.count("*") == 1:
        text = _LONE_EMPHASIS.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "\\" in text:
        text = _ESCAPED_DASH.sub(r"\1", text)
    return normalize_spaces(text)


def unescape_ordinal(text: str) -> str:
    """`text` with the backslash a markdown converter put between a line's opening number and its
    full stop taken off ('6\\. Dezember 2026' -> '6. Dezember 2026')."""
    return _ESCAPED_ORDINAL.sub(r"\1.", text) if text[:1].isdigit() and "\\" in text else text


# A link to one comment of a thread (Disqus, WordPress: 'https://site/story#comment-6298110412'):
# beside a commenter's linked name it names the comment replied to (comment_lines.with_reply_arrow,
# text_dump.strip_link_numbers), round 32.
COMMENT_PERMALINK = re.compile(r"#comment-?\d{1,20}$")


def names_replied_comment(href: str, text: str) -> bool:
    """A link to one comment whose text is a name, not a time: the comment replied to beside the
    replier's name (a link to a comment whose text is a time, '[vor 17 Stunden](...#comment-1)', is
    that comment's own permalink). Shared by the markdown, lynx and markup readings of the header."""
    return COMMENT_PERMALINK.search(href) is not None and not is_timestamp(text)


def link_texts(line: str) -> str:
    """`line` with each markdown link as its text and nothing else changed (its spacing kept:
    Disqus' 'Name  Replied-to' gap survives '[Name](https://.../u/name)  Replied-to')."""
    return _LINK.sub(lambda m: next(text for text in m.groups() if text is not None), line)


def is_heading(line: str) -> bool:
    return bool(re.match(r"^\s{0,3}#{1,6}\s", line))


def is_list_item(line: str) -> bool:
    return bool(LIST_MARKER.match(line.strip()))


def quote_depth(line: str) -> int:
    match = _QUOTE.match(line.strip())
    return match.group(0).count(">") if match else 0


def indent_width(line: str) -> int:
    """Leading indentation in columns (tab = 4), plus 4 per markdown quote level."""
    expanded = line.replace("\t", "    ")
    spaces = len(expanded) - len(expanded.lstrip(" \u00a0"))
    return spaces + 4 * quote_depth(line)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


def comparable(text: str) -> str:
    """Text folded for duplicate checks: quotes unified, case and punctuation spacing ignored."""
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", text).strip().lower()


_WIDE_GAP = re.compile(r"\s{2,}|\t")  # the columns a text dump or a browser copy sets apart by spaces or a tab


def stamp_after_gap(raw: str) -> tuple[str, str] | None:
    """(head, time) of a line printed as two columns, a run of spaces or a tab apart, the second a
    timestamp and the first none ('un vecino del camino de los Molinos   5 dic 2026': a forum post's
    header as w3m prints it, name and time in the theme's columns, round 32); None for any other line."""
    if "  " not in raw.strip() and "\t" not in raw.strip():
        return None
    pieces = [plain_line(p) for p in _WIDE_GAP.split(raw.strip())]
    if len(pieces) != 2 or not all(pieces) or not is_timestamp(pieces[1]) or is_timestamp(pieces[0]):
        return None
    return pieces[0], pieces[1]
