"""Shared line helpers of the metadata extractors: markdown lines as plain text with their items
kept apart, and the line kinds every extractor asks about (prose, headline-long, menu or notice,
ignored, cookie banner)."""

from __future__ import annotations

import re

from transforms.lines import unescape_ordinal
from transforms.metadata_rules import Rules
from transforms.rules import BOILERPLATE_FILE, kind_regex

# The header a reader service (r.jina.ai and its clones) writes above the page it converted:
# 'Title: ...', 'URL Source: https://...', optionally 'Published Time: ...', then
# 'Markdown Content:'. Read by
# transforms.readers (its values are the page's metadata) and skipped where the page's first
# line is looked for (metadata_publisher.find_logo_masthead).
READER_HEADER_RE = re.compile(
    r"\A\s*Title:[ \t]*(?P<title>[^\n]*)\n\s*"
    r"URL Source:[ \t]*(?P<url>\S+)[ \t]*\n\s*"
    r"(?:Published Time:[ \t]*(?P<published>[^\n]*)\n\s*)?"
    r"(?:Markdown Content|Content):[ \t]*\n"
)

_HEADING_MARKS_RE = re.compile(r"^\s*#{1,6}\s*|\s*#+\s*$")
_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_INLINE_STRONG_RE = re.compile(r"(\*\*|__)(.+?)\1")
_INLINE_EMPHASIS_RE = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])")
# '_di Giulia Ferrandi_ · 4 dicembre 2026' (round 16b); an underscore inside a handle (kestrel_dev) is no markup
_INLINE_UNDERSCORE_RE = re.compile(r"(?<![_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])")
_BULLET_RE = re.compile(r"^[*+]\s+")
_MARKDOWN_CHARS_RE = re.compile(r"[#*_\[]")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_SPACED_ITEMS_RE = re.compile(r"(?<=\S)(?:[ \t]{2,}|\t)(?=\S)")  # items split by runs of spaces, or a tab (round 9b: browser copy)
_ADJACENT_LINKS_RE = re.compile(r"\)\s+\[")
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # an image is not text: its alt text is no title
# the parts of a masthead line: name | menu, name – tagline, name :: forum
PART_SEPARATOR_RE = re.compile(r"\s+(?:[|·•›‹>»/]|[–—-]|::)\s+")


def content_lines(text: str, max_chars: int) -> list[str]:
    """Non-empty lines as plain text. A line longer than `max_chars` is prose and
    never a byline: it is kept (it counts for the 'top' region) but not cleaned."""
    lines = []
    for raw in text.split("\n"):
        if len(raw) > max_chars * 2:
            lines.append(raw.strip())
            continue
        line = plain_line_keeping_items(raw)
        if line:
            lines.append(line)
    return lines


def plain_line_keeping_items(raw: str) -> str:
    """A line with markdown heading marks, emphasis, `*` / `+` bullets, images and link syntax
    taken off, and its items kept apart: a run of spaces between words or two adjacent links
    becomes " · ", so a masthead or menu line ('News  Sports  Business', '[Sign up](..)
    [Sign in](..)') still splits into its parts at PART_SEPARATOR_RE.

    Not transforms.lines.plain_line, which the comment and body rules match against: that one
    joins a line's items with single spaces and also takes off '-' bullets, '>' quotes, HTML
    tags, entities and icon glyphs.  Used here instead, it changed the title, author,
    publisher, date or URL of 29 of the 445 cases (28 fields from right to wrong), so the
    metadata extractors keep this reduction."""
    raw = _SPACED_ITEMS_RE.sub(" · ", unescape_ordinal(raw.strip()))  # 'News  Sports  Business': a menu's items
    if not _MARKDOWN_CHARS_RE.search(raw):
        return " ".join(raw.split())  # plain already: only collapse whitespace
    raw = _ADJACENT_LINKS_RE.sub(") · [", raw)  # '[Sign up](..) [Sign in](..)': two items
    line = _HEADING_MARKS_RE.sub("", _MD_IMAGE_RE.sub("", raw).strip())
    line = _BULLET_RE.sub("", line)
    line = _MD_LINK_RE.sub(lambda m: m.group(1) or m.group(2), line)
    line = _INLINE_STRONG_RE.sub(r"\2", line)
    line = _INLINE_EMPHASIS_RE.sub(r"\1", line)
    line = _INLINE_UNDERSCORE_RE.sub(r"\1", line)
    emphasis = _EMPHASIS_RE.match(line)
    if emphasis:
        line = emphasis.group(2)
    return " ".join(line.split())


def is_prose(line: str, rules: Rules) -> bool:
    limits = rules.limits
    words = len(line.split())
    if len(line) > limits["prose_chars"] or words > limits["prose_words"]:
        return True
    # a question is a headline shape ("Readers respond: should X ban Y?"), not prose
    return words >= limits["sentence_words"] and line.endswith((".", "!", ".”", '."'))


def is_headline(line: str, rules: Rules) -> bool:
    return len(line.split()) >= rules.limits["min_headline_words"]


def nav_line(line: str, rules: Rules):
    return next((nav for nav in rules.nav_lines if nav.regex.search(line)), None)


def is_ignored(line: str, rules: Rules) -> bool:
    return any(p.search(line) for p in rules.ignored_lines)


def cookie_banner_end(lines: list[str], rules: Rules) -> int:
    """The index of the first line under a cookie banner and its buttons at the top (0 without one)."""
    start = 0
    while start < len(lines) and start < rules.limits["top_lines"] and is_cookie_chrome(lines[start], rules):
        start += 1
    return start


def is_cookie_chrome(line: str, rules: Rules) -> bool:
    """A cookie banner's text or a row of its buttons ('Accepter et fermer · Continuer sans accepter')."""
    nav = nav_line(line, rules)
    if nav is not None and nav.name == "cookie_notice":
        return True
    cookie = kind_regex(BOILERPLATE_FILE, ("cookie",))
    return all(cookie.fullmatch(piece) for piece in PART_SEPARATOR_RE.split(line))
