"""A saved page's comment section around its items and the count it declares, for
transforms.html_comments: the items' common wrapper widened to the wrappers named as a comment
section, and the count line ('5 thoughts on ...', 'Kommentare (6)') in its lines, a heading, a
button or tab, a toggle before it, or a link to it elsewhere on the page.
"""

from __future__ import annotations

import re
from typing import Any

from transforms.comment_lines import COUNT, classify
from transforms.html_comment_rules import section_words
from transforms.html_text import CLASS_SPLIT, contains, line_text, visible_text
from transforms.html_threads import SECTION_STOP_TAGS, class_names, owner_of

# A wrapper around the thread is part of the section when its other lines are chrome: none
# longer than this many words (a form's one-line explanation) ...
SECTION_CHROME_LINE_WORDS = 25
# ... and no more than this many words in all (count, sort, subscribe, form labels).
SECTION_CHROME_WORDS = 80
ITEM_MARK = "\x00"  # where a comment stood, in a section's lines
_HEADED_COUNT = re.compile(r"(\w+)\s*[(\[]?(\d{1,5})[)\]]?")


def enclosing_section(items: list[Any]) -> Any:
    """The items' lowest common ancestor, widened to the wrappers named as a comment section
    (their heading, count, sort and form go with it), never to the page's main or article."""
    root = items[0].getparent()
    for item in items[1:]:
        while root is not None and not contains(root, item):
            root = root.getparent()
    words = section_words()
    while root is not None:
        parent = root.getparent()
        if parent is None or parent.tag in SECTION_STOP_TAGS or parent.xpath(".//h1"):
            break
        if not class_names(parent) & words and not _chrome_only(parent, root):
            break
        root = parent
    return root


def _chrome_only(parent: Any, root: Any) -> bool:
    """The wrapper holds nothing but widget chrome besides the thread (a count, sort buttons,
    a form's labels): short lines, few words, no prose paragraph."""
    lines = visible_text(parent, skip=root).split("\n")
    words = [len(line.split()) for line in lines]
    return max(words, default=0) <= SECTION_CHROME_LINE_WORDS and sum(words) <= SECTION_CHROME_WORDS


def declared_count(section: Any, owner: dict[int, int]) -> int | None:
    """The count line ('5 thoughts on ...', '4 Kommentare') of the section nearest above its
    first comment (a reactions counter may stand higher up), else the first one below."""
    lines = visible_text(section, skip_ids=owner, skipped_mark=ITEM_MARK).split("\n")
    first_item = lines.index(ITEM_MARK) if ITEM_MARK in lines else len(lines)
    classified = [classify(0, text) for text in lines]
    counts = [(k, line.count) for k, line in enumerate(classified) if line.kind == COUNT and line.count is not None]
    above = [count for k, count in counts if k < first_item]
    below = [count for k, count in counts if k > first_item]
    if above or below:
        return above[-1] if above else below[0]
    # No count wording: a thread's 'N replies' above its first comment (Discourse's embed
    # header; under a comment the same line only opens that comment's replies) or a heading
    # that is a section word and a number ('Kommentare 6', a tab 'Commentaires 9').
    headed = [_headed_count(text) if line.replies is None else line.replies
              for text, line in zip(lines[:first_item], classified[:first_item])]
    found = next((count for count in reversed(headed) if count is not None), None)
    if found is None:
        found = _heading_count(section, owner)
    return found if found is not None else _button_count(section, owner)


def _button_count(section: Any, owner: dict[int, int]) -> int | None:
    """A count printed in a button or tab of the section above its first comment, whose text the
    section's lines leave out ('Comentarios 9' on the button that opens the list, a tab 'All
    Comments 11' beside 'Featured 2'): the first one that is a count line or a section word and
    a number."""
    for el in section.iter("*"):
        if id(el) in owner:  # the first comment: what follows is the thread
            break
        if el.tag != "button" and el.get("role") != "tab":
            continue
        text = " ".join("".join(el.itertext()).split())
        line = classify(0, text)
        if line.kind == COUNT and line.count is not None:
            return line.count
        if _headed_count(text) is not None:
            return _headed_count(text)
    return _toggle_count(section)


def _toggle_count(section: Any) -> int | None:
    """A count on the button printed right before the section (or before the block holding it),
    the toggle that shows the thread ('5 comentarios' above a blog's comment list)."""
    for el in (section, section.getparent()):
        if el is None:
            break
        previous = el.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is None:
            continue
        if previous.tag != "button":
            continue
        line = classify(0, " ".join("".join(previous.itertext()).split()))
        if line.kind == COUNT and line.count is not None:
            return line.count
    return None


def _heading_count(section: Any, owner: dict[int, int]) -> int | None:
    """A count in a heading of the section once its links are left out ('Kommentare (6)' followed
    by an 'RSS' feed link, JComments)."""
    for heading in section.xpath(".//h2 | .//h3 | .//h4 | .//h5"):
        if owner_of(heading, owner) is not None:
            continue
        line = classify(0, " ".join(visible_text(heading, drop=tuple(heading.iter("a"))).split()))
        if line.kind == COUNT and line.count is not None:
            return line.count
    return None


def count_in_comments_link(tree: Any) -> int | None:
    """The count printed as a link to the comment section ('6 comments' in Drupal's node links or a
    WordPress post's meta line, href '#comments' / '#comentarios'): the first link whose fragment
    is a section word and whose text is a count line."""
    words = section_words()
    for link in tree.xpath("//a[contains(@href, '#')]"):
        fragment = link.get("href").rsplit("#", 1)[1].lower()
        if CLASS_SPLIT.split(fragment)[0] not in words:
            continue
        line = classify(0, line_text(link))
        if line.kind == COUNT and line.count is not None:
            return line.count
    return None


# Round 14b: a number and one word in the element a rule names as the count (Discourse's
# span.post-count '14 replies' / '14 respuestas', which the line classifier reads as a
# 'N replies' toggle).
_NUMBER_AND_WORD = re.compile(r"(\d{1,6})\s+\w+")


def count_outside_section(tree: Any, xpath: str) -> int | None:
    """The declared count printed outside the section or in a button (a Reddit post's '64
    Comments', a Hacker News item's '11 comments', Coral's tab 'Comments 9'): the first element
    the rule names whose text is a count line or a section word and a number."""
    for el in tree.xpath(xpath):
        text = " ".join("".join(el.itertext()).split())  # a tab or button's text too
        line = classify(0, text)
        if line.kind == COUNT and line.count is not None:
            return line.count
        if _headed_count(text) is not None:
            return _headed_count(text)
        number = _NUMBER_AND_WORD.fullmatch(text)
        if number:  # the rule names the count's own element: '14 respuestas', '14 replies'
            return int(number.group(1))
    return None


def _headed_count(text: str) -> int | None:
    match = _HEADED_COUNT.fullmatch(text)
    return int(match.group(2)) if match and match.group(1).casefold() in section_words() else None
