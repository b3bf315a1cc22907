"""Text pages rewritten as two link-printing savers lay them out, and as a plain HTML page
(`eval_cleaning.py --layout`).

Written from what the tools print, not from the cleaner's rules:

- `lynx`: `lynx -dump`. Text indented three spaces and wrapped at 76 columns (continuation
  lines indented the same), headings flush left, list items as "     * item", every link's text
  preceded by its reference number ("[12]Reply"), the addresses listed at the end under
  "References" ("   1. https://..."). Markdown pages lose their markup (a browser shows none).
- `markdown-links`: Jina reader / html2text. The title as a `===` setext heading, links as
  `[text](https://...)`, list items as "* item", images as `![](https://...)` lines.
- `flat-html`: the page served as plain HTML (`flat_html` below): one block element per line,
  no class names and no widget markup, so the cleaner reads it through trafilatura's main text
  and the page-text fallback (transforms/html_page.py), not through a markup rule.

Which lines are links is read from the gold, the way a real page links them: a commenter's
name (a profile), short widget lines and every item of a row of them (Reply, Quote, Share, a
timestamp permalink, a menu entry), related-link list items and "Read more: <headline>" lines,
and now and then a word inside a long prose line. Only whitespace, markup, "[N]" markers, link
targets, image lines and the References block are added, so the gold stays true: the words a
reader reads are unchanged. The markers and targets are noise the cleaner has to remove: a
"[12]" left in a body or an author ("[3]Ann Berg") counts against it, as an address left in
a body does (their tokens are not in the gold). The References heading and its lines, and the
added image lines, are added to the page's noise lines, so one that reaches a body or a
comment counts as a leak. Choices are made by a hash of the line: the same page always gets
the same layout.
"""
from __future__ import annotations

import hashlib
import re
import textwrap
from dataclasses import dataclass
from typing import Any

WIDTH = 76  # lynx -dump's default 80 columns, less its right margin
INDENT = "   "
BULLET = "     * "
SHORT_WIDGET_WORDS = 4  # a noise line this short is a button, a menu entry, a permalink
SHORT_WIDGET_CHARS = 32
PROSE_LINK_CHARS = 160  # a prose line this long sometimes carries a link ...
PROSE_LINK_EVERY = 4  # ... one line in this many (by hash)
MAX_IMAGES = 3

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)]*)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_QUOTE = re.compile(r"^((?:>\s?)+)")
_LIST_ITEM = re.compile(r"^([-*+])\s+(.*)$")
_NUMBERED_ITEM = re.compile(r"^(\d{1,3}[.)])\s+(.*)$")
_ROW_SEPARATOR = re.compile(r"(\s+[›|·•]\s+)")
_LABELLED_LINK = re.compile(r"^(\w[\w ]{0,20}:\s+)([^\W\d].{10,})$")
_WORD = re.compile(r"\w+")
_JINA_ALT = re.compile(r"^Image \d+(?::\s*|$)")  # Jina reader's numbering of images, not the page's alt text
# A page saved by a link-numbering dump already ("[12]Reply" ..., a References list): no saver
# would print it again.
_LINK_DUMP = re.compile(r"^\s*References\s*$|\[\d{1,4}\][^\s\](]", re.M)
_CAPITALISED = re.compile(r"(?<=[\s(])([A-ZÀ-ÖØ-Þ][\w'’-]{2,})")


@dataclass(frozen=True)
class Relaid:
    text: str
    suffix: str  # the file suffix the saver writes
    noise_lines: tuple[str, ...]  # lines the layout added that must not reach a body or comment


def _slug(text: str, words: int = 6) -> str:
    return "-".join(_WORD.findall(text.lower())[:words]) or "page"


def _picks(line: str, every: int) -> bool:
    return hashlib.md5(line.encode("utf-8")).digest()[0] % every == 0


def _indent(raw: str) -> int:
    """The columns of white space before a line's text (a tab as four)."""
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())


def _thematic_break(line: str) -> bool:
    """A markdown rule between sections ('***', '- - -', '___')."""
    return set(line) <= set("*-_ ") and len(line) >= 3


def _plain_words(text: str) -> str:
    return " ".join(_WORD.findall(_MD_LINK.sub(r"\1", text).lower()))


class _Page:
    """What the gold says about a page: its site, title, commenters, noise and body lines."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.host = f"https://www.{_slug(gold.get('publisher') or 'news', 3)}.example"
        self.title = (gold.get("title") or "").strip()
        self.article = f"{self.host}/{_slug(self.title)}"
        self.authors = sorted({c["author"] for c in gold.get("comments", []) if c.get("author")},
                              key=len, reverse=True)
        self.noise = {line.strip() for line in gold.get("noise_lines", [])}
        self.body = _plain_words(gold.get("body", ""))
        self.links: list[str] = []

    def link(self, url: str) -> int:
        self.links.append(url)
        return len(self.links)

    def is_body(self, plain_line: str) -> bool:
        words = _plain_words(plain_line)
        return len(words) > 20 and words in self.body

    def author_in(self, line: str) -> str | None:
        found = [(line.find(a), -len(a), a) for a in self.authors if a in line]
        return min(found)[2] if found else None  # the first name on the line


def _strip_markdown(line: str) -> tuple[str, list[tuple[str, str]]]:
    """(the line as a browser shows it, its links as (text, target)); images keep their alt text."""
    links: list[tuple[str, str]] = []
    line = _MD_IMAGE.sub(lambda m: _JINA_ALT.sub("", m.group(1)), line)
    line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)

    def keep(m: re.Match) -> str:
        links.append((m.group(1), m.group(2)))
        return "\x00" + m.group(1)

    return _MD_LINK.sub(keep, line), links


def _linked_parts(line: str, page: _Page, mark: Any) -> str:
    """The line with its link texts marked by `mark(text, url) -> str`."""
    author = page.author_in(line)
    if author and len(line) <= 80:
        return line.replace(author, mark(author, f"{page.host}/u/{_slug(author)}"), 1)
    if line in page.noise and _ROW_SEPARATOR.search(line):
        parts = _ROW_SEPARATOR.split(line)
        last = len(parts) - 1 if all("›" in sep for sep in parts[1::2]) else -1  # a breadcrumb's page
        return "".join(
            part if i % 2 or not re.search(r"[^\W\d]", part) or i == last
            else mark(part, f"{page.article}#{_slug(part, 2)}")
            for i, part in enumerate(parts))
    if line in page.noise and len(line) <= SHORT_WIDGET_CHARS and not line.endswith(".") \
            and len(line.split()) <= SHORT_WIDGET_WORDS and re.search(r"[^\W\d]", line):
        return mark(line, f"{page.article}#{_slug(line, 2)}")
    labelled = _LABELLED_LINK.match(line)
    if line in page.noise and labelled:
        return labelled.group(1) + mark(labelled.group(2), f"{page.host}/{_slug(labelled.group(2))}")
    if len(line) >= PROSE_LINK_CHARS and page.is_body(line) and _picks(line, PROSE_LINK_EVERY):
        word = next((m for i, m in enumerate(_CAPITALISED.finditer(line))
                     if line[:m.start()].rstrip()[-1:] not in ".!?:"), None)
        if word:
            return line[:word.start()] + mark(word.group(1), f"{page.host}/tag/{_slug(word.group(1))}") \
                + line[word.end():]
    return line


# --------------------------------------------------------------------------- lynx -dump

def lynx_dump(text: str, gold: dict[str, Any], markdown: bool) -> Relaid:
    page = _Page(gold)

    def mark(link_text: str, url: str) -> str:
        return f"[{page.link(url)}]{link_text}"

    out: list[str] = []
    title_done = False
    if markdown:
        text = _page_of_markdown(text)
    for raw in text.split("\n"):
        line, depth, heading = raw.strip(), 0, False
        lead = " " * _indent(raw)  # a nested list, a reply
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        if markdown:
            quote = _MD_QUOTE.match(line)
            if quote:
                depth = quote.group(1).count(">")
                line = line[quote.end():].strip()
                if not line:
                    if out and out[-1] != "":
                        out.append("")
                    continue
            h = _MD_HEADING.match(line)
            if h:
                line, heading = h.group(2), True
            if _thematic_break(line):
                continue
        item = _LIST_ITEM.match(line) or _NUMBERED_ITEM.match(line)
        bullet = ""
        if item:
            bullet, line = item.group(1), item.group(2)
            if line in page.noise or f"{bullet} {line}" in page.noise or raw.strip() in page.noise:
                page.noise.add(line)
        if markdown:
            line, md_links = _strip_markdown(line)
            for link_text, url in md_links:
                target = url if url.startswith("http") else f"{page.article}{url if url.startswith('#') else '#'}"
                line = line.replace("\x00" + link_text, mark(link_text, target), 1)
            stripped_raw = _MD_LINK.sub(r"\1", _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3), raw.strip()))
            if raw.strip() in page.noise or stripped_raw in page.noise:
                page.noise.add(line)
            if not md_links:
                line = _linked_parts(line, page, mark)
        else:
            line = _linked_parts(line, page, mark)
        if not title_done and line == page.title or heading:
            title_done = title_done or line == page.title
            out.append(line)
            continue
        indent = INDENT + lead + "   " * depth
        if bullet:
            first = indent + ("  * " if not bullet[0].isdigit() else f"{bullet:>4} ")
            rest = " " * len(first)
        else:
            first = rest = indent
        out.extend(textwrap.wrap(line, WIDTH, initial_indent=first, subsequent_indent=rest,
                                 break_long_words=False, break_on_hyphens=False) or [first.rstrip()])
    while out and out[-1] == "":
        out.pop()
    if not page.links:
        return Relaid("\n".join(out) + "\n", ".txt", ())
    refs = [f"{n:4d}. {url}" for n, url in enumerate(page.links, 1)]
    body = "\n".join(out) + "\n\nReferences\n\n" + "\n".join(refs) + "\n"
    return Relaid(body, ".txt", ("References", *(r.strip() for r in refs)))


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_READER_HEADER = re.compile(r"\A(?:[A-Z][\w ]{1,20}: .*\n)*Markdown Content:\n")


def _page_of_markdown(text: str) -> str:
    """A markdown save without what its saver wrote above the page (a clipper's front matter, a
    reader service's 'Title: / URL Source: / Markdown Content:' header): lynx shows the page."""
    return _READER_HEADER.sub("", _FRONT_MATTER.sub("", text, count=1), count=1)


# --------------------------------------------------------------------------- Jina reader / html2text

def markdown_links(text: str, gold: dict[str, Any], markdown: bool) -> Relaid:
    page = _Page(gold)

    def mark(link_text: str, url: str) -> str:
        page.link(url)
        return f"[{link_text}]({url})"

    out: list[str] = []
    added: list[str] = []
    title_done = False
    body_started = False
    lines = text.split("\n")
    last_body = max((i for i, raw in enumerate(lines) if page.is_body(raw.strip())), default=-1)
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        if markdown:
            h = _MD_HEADING.match(line)
            if not title_done and h and h.group(2) == page.title:
                out += [page.title, "=" * len(page.title)]
                title_done = True
                continue
            author = page.author_in(line)
            if author and "](" not in line and len(line) <= 80:  # a profile link on the name
                link = mark(author, f"{page.host}/u/{_slug(author)}")
                raw = raw.replace(f"**{author}**", link, 1) if f"**{author}**" in raw \
                    else raw.replace(author, link, 1)
            out.append(raw.rstrip())  # otherwise a markdown page keeps its own links
            continue
        if not title_done and line == page.title:
            out += [page.title, "=" * len(page.title)]
            title_done = True
            continue
        item = _LIST_ITEM.match(line)
        prefix = raw[:len(raw) - len(raw.lstrip())]  # a nested list, a reply
        if item:
            prefix, line = prefix + "* ", item.group(2)
            if raw.strip() in page.noise:
                page.noise.add(line)
        is_body = page.is_body(line)
        if title_done and not body_started and is_body:  # the lead image, above the first paragraph
            body_started = True
            added.append(_image(page, out))
        elif body_started and n < last_body and line in page.noise and len(line.split()) >= 4 \
                and len(added) < MAX_IMAGES and not page.author_in(line):  # a picture over a caption or teaser
            added.append(_image(page, out))
        out.append(prefix + _linked_parts(line, page, mark))
    return Relaid("\n".join(out).rstrip("\n") + "\n", ".md", tuple(added))


def _image(page: _Page, out: list[str]) -> str:
    line = f"![]({page.host}/images/{len(page.links) + 1}.jpg)"
    page.link(line)
    out += [line, ""]
    return line


# --------------------------------------------------------------------------- flat HTML

def flat_html(text: str, gold: dict[str, Any], markdown: bool) -> Relaid:
    """The page as a plain site or a CMS paste serves it: one block element per line, no class
    names, no comment-widget markup (so the markup rules find nothing and the page's text is
    read): the title an <h1>, markdown headings <h2>, list items <li>, a markdown page's
    emphasis and links as <strong>/<em> and <a>, every other line a <p>. An indented line (a
    reply) or a quoted one stands in as many nested <ul><li> as its depth, as threaded
    comment lists nest replies. Blank lines are gone (a browser shows none)."""
    import html

    page = _Page(gold)
    if markdown:
        text = _page_of_markdown(text)
    out: list[str] = []
    depth_now = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        depth = _indent(raw) // 2
        tag = "p"
        if markdown:
            quote = _MD_QUOTE.match(line)
            if quote:
                depth += quote.group(1).count(">")
                line = line[quote.end():].strip()
            h = _MD_HEADING.match(line)
            if h:
                line, tag = h.group(2), "h2"
            if not line or _thematic_break(line):
                continue
        # a markdown page's numbered list is an <ol> (a browser's text has no numbers); a text page's
        # line opening with a number keeps it ('3. Dez.' is a date, not an item)
        item = _LIST_ITEM.match(line) or (markdown and _NUMBERED_ITEM.match(line))
        if item and tag == "p":
            line, tag = item.group(2), "li"
        if line == page.title:
            tag = "h1"
        shown = html.escape(line, quote=False)
        if markdown:
            shown = _MD_IMAGE.sub(lambda m: f'<img alt="{m.group(1)}" src="{m.group(2)}">', shown)
            shown = _MD_LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', shown)
            shown = _MD_EMPHASIS.sub(lambda m: f"<strong>{m.group(2)}</strong>" if m.group(2)
                                     else f"<em>{m.group(3)}</em>", shown)
        while depth_now < depth:
            out.append("<ul><li>")
            depth_now += 1
        while depth_now > depth:
            out.append("</li></ul>")
            depth_now -= 1
        out.append(f"<ul><li>{shown}</li></ul>" if tag == "li" else f"<{tag}>{shown}</{tag}>")
    out += ["</li></ul>"] * depth_now
    title = html.escape(page.title, quote=False)
    doc = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
           + "\n".join(out) + "\n</body></html>\n")
    return Relaid(doc, ".html", ())


SAVER_LAYOUTS = {"lynx": lynx_dump, "markdown-links": markdown_links, "flat-html": flat_html}


def is_link_dump(text: str) -> bool:
    """The page was saved by a link-numbering dump (lynx, links, w3m with its link list)."""
    return len(_LINK_DUMP.findall(text)) >= 5
