"""The text a reader sees in a saved page's markup, for transforms.html_comments: visible
lines (one per block element), a paragraph's text, an author's line without its badges, class
words, and an element removed with its tail kept.
"""

from __future__ import annotations

import re
from typing import Any

from transforms.html_comment_rules import embedded_post_classes, generic_rule
from transforms.lines import names_replied_comment

# Elements that start a new line of a page's text (everything else runs inline).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "iframe", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul",
})
# Elements whose text a reader never sees.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "textarea", "select", "button"})
SPACE = re.compile(r"\s+")
INDENT_MARK = "\x01"  # a level of indentation at a line's start, while visible_text joins its pieces
CLASS_SPLIT = re.compile(r"[-_]+")


def visible_text(el: Any, skip: Any = None, skip_ids: dict[int, int] | None = None,
                 drop: tuple[Any, ...] = (), skipped_mark: str | None = None,
                 soft_breaks: bool = False, depth_of: Any = None, block_tags: frozenset[str] = BLOCK_TAGS) -> str:
    """The text a reader sees in `el`, one line per block element; `skip` (an element) or any
    element whose id() is in `skip_ids` (each leaving a `skipped_mark` line when given), and
    the elements in `drop`, are left out. With `soft_breaks` a lone <br> is a space (the line
    break inside a paragraph of a post whose paragraphs are split by two). A button's text is
    hidden (Reply, Like, Share) unless the button is `el` itself: a name printed as a button
    (Viafoura's and Remark42's usernames) is read when its element is asked for. `block_tags`:
    the elements that start a line (BLOCK_TAGS; a caller may add inline ones)."""
    pieces: list[str] = []
    dropped = {id(d) for d in drop}

    def walk(node: Any) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if skip_ids is not None and id(node) in skip_ids:
            if skipped_mark:
                pieces.append(f"\n{skipped_mark}\n")
            return
        hidden = tag in HIDDEN_TAGS and not (node is el and tag == "button")
        if not tag or hidden or node is skip or id(node) in dropped:
            return
        if soft_breaks and tag == "br" and not _double_break(node):
            pieces.append(" ")
            return
        block = tag in block_tags
        if block:
            pieces.append("\n" + (INDENT_MARK * depth_of(node) if depth_of is not None else ""))
        pieces.append(SPACE.sub(" ", node.text or ""))
        for child in node:
            if _reply_link(child):
                pieces.append(" → ")
            walk(child)
            pieces.append(SPACE.sub(" ", child.tail or ""))
        if block:
            pieces.append("\n")

    walk(el)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    if depth_of is None:
        return "\n".join(line for line in lines if line)
    # `depth_of`: each line indented two spaces per level the function gives its block
    indented = []
    for line in lines:
        text = line.replace(INDENT_MARK, "").strip()
        if text:
            level = len(line) - len(line.lstrip(INDENT_MARK))
            indented.append("  " * level + text)
    return "\n".join(indented)


def _reply_link(el: Any) -> bool:
    """A link to the comment replied to right after the replier's linked name (Disqus: '<a
    href=".../by/x/">Name</a> <a href="...#comment-6298110412">Replied-to</a>', the arrow between
    them an icon without text): read with the arrow, so the replied-to name does not run on the
    replier's (round 32; comment_lines.with_reply_arrow for the same header in markdown). A link
    to a comment whose text is a time is that comment's own permalink."""
    href = (el.get("href") or "") if isinstance(el.tag, str) and el.tag.lower() == "a" else ""
    if "#comment" not in href:
        return False
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str) or before.tag.lower() != "a" or (before.tail or "").strip():
        return False
    text = " ".join("".join(el.itertext()).split())
    return bool(text) and names_replied_comment(href, text)


def _double_break(br: Any) -> bool:
    """A <br> next to another one with nothing but white space between them."""
    after, before = br.getnext(), br.getprevious()
    return ((after is not None and after.tag == "br" and not (br.tail or "").strip())
            or (before is not None and before.tag == "br" and not (before.tail or "").strip()))


def line_text(el: Any) -> str:
    return " ".join(visible_text(el).split()) if el is not None else ""


def paragraphs(el: Any, skip: list[Any]) -> str:
    """An element's text, each block or line break its own paragraph, `skip` left out; in a
    post whose paragraphs are split by two <br> (vBulletin, phpBB), a lone <br> only breaks a
    line inside its paragraph ('Gruß aus dem Brettachtal<br>Heinz' is one)."""
    soft = any(_double_break(br) for br in el.iter("br"))
    return "\n\n".join(visible_text(el, drop=tuple(skip), soft_breaks=soft).split("\n"))


# Round 14b: a note in brackets after the name in the author's own element: Drupal's ' (not
# verified)' / ' (nicht überprüft)' for a guest, printed as plain text beside the name; a
# paper's 'Name (Town)'. Neither is part of the name (annotation rules: no badges, no places).
_TRAILING_NOTE = re.compile(r"\s+\([^()]{1,40}\)$")


def author_line(el: Any) -> str | None:
    """The author element's text without the badges printed inside it ('(not verified)',
    'Author', 'Top fan' in an element whose class names a badge word) and without a note in
    brackets after the name ('Bärbel (nicht überprüft)', 'Soizic L. (Bannalec)')."""
    if el is None:
        return None
    badges = tuple(d for d in el.iterdescendants() if isinstance(d.tag, str) and class_parts(d) & generic_rule().badge_words)
    name = " ".join(visible_text(el, drop=badges).split())
    return _TRAILING_NOTE.sub("", name) or name or None


def class_parts(el: Any) -> set[str]:
    parts = set()
    for token in (el.get("class") or "").lower().split():
        parts.update(p for p in CLASS_SPLIT.split(token) if p)
    return parts


def is_embedded_post(el: Any) -> bool:
    """A post embedded from another site (a tweet's blockquote): words of the page it stands
    in, not a quote of another comment or an image."""
    return bool(set((el.get("class") or "").lower().split()) & embedded_post_classes())


def contains(root: Any, el: Any) -> bool:
    return any(a is root for a in el.iterancestors())


def drop_element(el: Any) -> None:
    """Remove `el` from its tree, keeping the text that followed it."""
    parent, tail = el.getparent(), el.tail
    if tail and tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
