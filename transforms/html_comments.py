"""A saved page's comment section read from its markup: the comments (author, text, time,
reply parent), the declared count, and the page without the section.

Pure: an lxml tree in, records and a pruned copy out. Which markup is a comment, an author, a
time or a reply lives in transforms/rules/html_comments.json (one rule per widget family, then
a generic rule for a site's own list); this module walks it. The declared count is found by
the text cleaner's own line classifier (transforms.comment_lines) in the section's lines that
are not inside a comment, so every count wording it knows works here too.

This module reads one section and assembles its comments; the rules compiled from the JSON are in
transforms.html_comment_rules, the thread's structure (items, parents) in
transforms.html_threads, the section and its declared count in
transforms.html_thread_counts, and the visible text of an element in transforms.html_text.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from transforms.comment_drafts import Comment, CommentSection
from transforms.comment_lines import NOISE, classify
from transforms.comment_names import quote_target
from transforms.html_comment_rules import WidgetRule, css_to_xpath, widget_rules
from transforms.html_text import (
    SPACE, author_line, contains, drop_element, is_embedded_post, line_text, paragraphs, visible_text,
)
from transforms.html_thread_counts import count_in_comments_link, count_outside_section, declared_count, enclosing_section
from transforms.html_threads import (
    generic_exclusions, generic_items, generic_parts, outermost_first, owner_of, parents_by_depth, parents_by_id,
    parents_by_reply_class, replied_after,
)
from transforms.timestamps import parse_timestamp

# the public API; css_to_xpath, widget_rules and drop_element are imported from here by callers
__all__ = ["PageComments", "css_to_xpath", "drop_element", "inline_frames", "read_comment_section", "widget_rules"]

_MENTION = re.compile(r"^@")
_HEADER_SEPARATORS = " »·|•-–—:,"  # between a poster's name and the time in one header line


# ---------------------------------------------------------------- public API


@dataclass(frozen=True)
class PageComments:
    """What the markup says about a page's comments."""
    widget: str
    section: CommentSection
    article_text: str | None = None  # a forum thread: the opening post's text, its poster,
    article_author: str | None = None  # time and the thread's title
    article_posted_at: Any = None
    article_title: str | None = None


def inline_frames(tree: Any) -> Any:
    """A copy of the page with every frame saved inline (`<iframe srcdoc>`, as SingleFile saves
    a Disqus thread) replaced by the frame's own body, so its text is part of the page."""
    tree = copy.deepcopy(tree)
    for frame in tree.xpath("//iframe[@srcdoc]"):
        try:
            inner = lxml_html.document_fromstring(frame.get("srcdoc"))
        except Exception:  # an empty or broken frame document: leave the frame as it is
            continue
        body = inner.find("body")
        holder = lxml_html.Element("div", {"class": "inlined-frame"})
        holder.extend(list(body if body is not None else inner))
        holder.tail = frame.tail
        frame.getparent().replace(frame, holder)
    return tree


def read_comment_section(tree: Any) -> tuple[PageComments | None, Any]:
    """(the comments the page's markup shows, or None when no rule finds any; a copy of the
    page without its comment section). `tree` is not changed."""
    pruned = copy.deepcopy(tree)
    for rule in widget_rules():
        items = pruned.xpath(rule.items)
        if items:
            return _read(pruned, items, rule), pruned
    items = generic_items(pruned)
    if items:
        return _read(pruned, items, None), pruned
    return None, pruned


# ---------------------------------------------------------------- reading one section


def _read(tree: Any, items: list[Any], rule: WidgetRule | None) -> PageComments:
    items = outermost_first(items)
    owner = {id(item): k for k, item in enumerate(items)}
    # the item each one is nested in, or whose replies block (right after it) holds it
    parents = [owner_of(item, owner) for item in items]
    parents = [replied_after(item, owner) if parent is None else parent for item, parent in zip(items, parents)]
    if rule is not None and rule.depth:
        parents = [parent if parent is not None else by_depth for parent, by_depth in zip(parents, parents_by_depth(items, rule))]
    if rule is not None and rule.reply_class:
        parents = [parent if parent is not None else by_class for parent, by_class in zip(parents, parents_by_reply_class(items, rule.reply_class))]
    parents = [parent if parent is not None else by_id for parent, by_id in zip(parents, parents_by_id(items))]
    nested: dict[int, list[Any]] = {}
    for item, parent in zip(items, parents):
        if parent is not None:
            nested.setdefault(id(parent), []).append(item)
    drafts = [_draft(item, parent, nested.get(id(item), []), owner, rule) for item, parent in zip(items, parents)]
    article = drafts.pop(0) if rule is not None and rule.article_first else None
    section_root = None if article else enclosing_section(items)
    declared = declared_count(section_root, owner) if section_root is not None else None
    if declared is None and rule is not None and rule.count:
        declared = count_outside_section(tree, rule.count)
    if declared is None and section_root is not None:
        declared = count_in_comments_link(tree)
    if article is None and rule is not None and rule.article_text:
        article = _opening_post(tree, rule)
    comments = _comments(drafts)
    if section_root is not None and section_root.getparent() is not None:
        for el in _cut_from_page(section_root, items):
            drop_element(el)
    return PageComments(
        widget=rule.name if rule else "generic",
        section=CommentSection(declared, comments),
        article_text=article["text"] if article else None,
        article_author=article["author"] if article else None,
        article_posted_at=article["posted_at"] if article else None,
        article_title=_first_line(tree, rule.title) if article and rule.title else None,
    )


def _cut_from_page(section_root: Any, items: list[Any]) -> list[Any]:
    """What leaves the page with the comments: their section; but where the section is the
    block that also holds the page's headline (comments printed straight into the article's
    main, no wrapper of their own), only the comments themselves (round 17c: cutting the
    section lost the whole article)."""
    headline = [h for h in section_root.iter("h1") if not any(contains(item, h) for item in items)]
    if not headline:
        return [section_root]
    return [item for item in items if not any(contains(other, item) for other in items)]


def _opening_post(tree: Any, rule: WidgetRule) -> dict[str, Any] | None:
    """The thread's opening post where it is not one of the items (a Reddit self post, an Ask HN
    text): its text, poster and printed time, found by the rule's article selectors."""
    text_el = next(iter(tree.xpath(rule.article_text)), None)
    if text_el is None or not visible_text(text_el).strip():
        return None
    author_el = next(iter(tree.xpath(rule.article_author)), None) if rule.article_author else None
    stamp = _first_line(tree, rule.article_time) if rule.article_time else None
    return {"text": paragraphs(text_el, skip=[]), "author": line_text(author_el) or None,
            "posted_at": parse_timestamp(stamp, require_time=True) if stamp else None}


def _first_line(tree: Any, xpath: str) -> str | None:
    return next((text for text in map(line_text, tree.xpath(xpath)) if text), None)


def _draft(item: Any, parent_item: Any, nested: list[Any], owner: dict[int, int],
           rule: WidgetRule | None) -> dict[str, Any]:
    own = lambda xpath: [el for el in item.xpath(xpath) if owner_of(el, owner) is item] if xpath else []  # noqa: E731
    if rule is None:
        author_el, time_el, text_el, reply_el = generic_parts(item, owner)
        exclude = generic_exclusions(text_el) if text_el is not None else []
        quotes = [quote_target(q.split("\n", 1)[0]) for q in map(visible_text, exclude) if q]
    else:
        first = lambda alternatives: next((m[0] for m in map(own, alternatives) if m), None)  # noqa: E731
        author_el, time_el = first(rule.author), first(rule.time)
        text_el, reply_el = _text_element(own, rule.text, author_el), first(rule.reply_to)
        exclude = [el for el in own(rule.exclude) if not is_embedded_post(el)]  # a tweet is the poster's, not a quote
        quotes = [(q.get(rule.quote_attr) if rule.quote_attr else _quoted_name(line_text(q))) for q in own(rule.quote_author)]
    handle_el = first(rule.handle) if rule is not None else None
    blocks = [text_el, *_continued_text(text_el, owner)] if text_el is not None else []
    text = "\n\n".join(filter(None, (paragraphs(el, skip=exclude + nested) for el in blocks)))
    author = author_line(author_el)
    return {
        "author": author,
        "text": text,
        "posted_at": _posted_at(line_text(time_el) if time_el is not None else "", author),
        "parent_index": owner[id(parent_item)] if parent_item is not None else None,
        "reply_to": _reply_name(reply_el) if reply_el is not None else None,
        "quoted": next((q.strip() for q in quotes if q and q.strip()), None),
        "index": owner[id(item)],
        "handle": line_text(handle_el).lstrip("@").strip() or None if handle_el is not None else None,
    }


def _text_element(own: Any, alternatives: Any, author_el: Any) -> Any:
    """The element of a comment's text: the first alternative's first match; where it matches
    one element per paragraph, siblings of one parent (the Facebook plugin's div[dir=auto] per
    paragraph, round 11b), that parent, unless it also holds the author."""
    matches = next((m for m in map(own, alternatives) if m), [])
    if len(matches) < 2:
        return matches[0] if matches else None
    parent = matches[0].getparent()
    if (all(m.getparent() is parent for m in matches)
            and not (author_el is not None and contains(parent, author_el))):
        return parent
    return matches[0]


def _continued_text(text_el: Any, owner: dict[int, int]) -> list[Any]:
    """Round 21b: the comment's further text blocks: later siblings of its text element with the
    same tag and class names (a Facebook plugin saved as HTML prints each paragraph of a comment
    in its own div.fb-text under the author). Each is one more paragraph of the same comment."""
    cls = text_el.get("class")
    if not cls:
        return []
    return [el for el in text_el.itersiblings()
            if el.tag == text_el.tag and el.get("class") == cls and id(el) not in owner]


def _posted_at(stamp: str, author: str | None) -> Any:
    """The printed time; in a header line that names the poster first ('by hivehand » Sun Nov
    08, 2026 7:14 pm', phpBB without a <time> element), the part after the name."""
    if not stamp:
        return None
    found = parse_timestamp(stamp, require_time=True)
    if found is None and author and author in stamp:
        rest = stamp.rsplit(author, 1)[1].strip(_HEADER_SEPARATORS)
        found = parse_timestamp(rest, require_time=True) if rest else None
    return found


def _comments(drafts: list[dict[str, Any]]) -> tuple[Comment, ...]:
    """Numbered comments: placeholders (no text, or a removal notice) dropped, each reply's parent the
    comment it is nested in, else the latest earlier comment by the name it answers. A printed
    'In reply to X' naming someone else than the comment it is nested in wins (round 13b: a
    paper's one-level reply list under the first comment, 'in risposta a Sara T.' on the
    second reply)."""
    kept = [d for d in drafts if d["text"] and not _placeholder(d["text"])]
    position_of = {d["index"]: k + 1 for k, d in enumerate(kept)}
    comments: list[Comment] = []
    for k, draft in enumerate(kept):
        parent = position_of.get(draft["parent_index"]) if draft["parent_index"] is not None else None
        label = draft["reply_to"]
        if parent is not None and label and _latest_by(label, [comments[parent - 1]]) is None:
            parent = _latest_by(label, comments) or parent
        if parent is None:
            name = draft["reply_to"] or draft["quoted"] or _mentioned(draft["text"], comments)
            parent = _latest_by(name, comments) or _latest_by_handle(draft["text"], kept[:k])
        comments.append(Comment(position=k + 1, author=draft["author"], body=draft["text"],
                                parent_position=parent, posted_at=draft["posted_at"]))
    return tuple(comments)


def _quoted_name(text: str) -> str:
    """The quoted poster a quote's heading names: the name in a header the reply rules know ('Cita
    de: Remedios_P en 02 de Diciembre de 2026, 18:42:10', SMF's cite, round 24a), else the whole
    heading (a cite that is only the name, as phpBB's link)."""
    return quote_target(text, with_repeat_rules=True) or text


def _placeholder(text: str) -> bool:
    """A removed comment's notice ('[deleted]', 'This comment was deleted.'): one line the text
    cleaner's classifier calls widget noise. A notice has words: a text of emoji alone ('👏👏')
    in a comment's own text element is the commenter's reply, not a placeholder (round 28)."""
    return "\n" not in text and any(ch.isalnum() for ch in text) and classify(0, text).kind == NOISE


def _mentioned(text: str, earlier: list[Comment]) -> str | None:
    """The earlier commenter a leading '@Name' answers (the longest name that fits)."""
    if not _MENTION.match(text):
        return None
    after = text[1:].casefold()
    names = sorted({c.author for c in earlier if c.author}, key=len, reverse=True)
    return next((n for n in names if after.startswith(n.casefold())), None)


def _latest_by(name: str | None, earlier: list[Comment]) -> int | None:
    """The latest earlier comment by `name`, or by the longest earlier commenter's name that a
    reply label ends with ('En réponse à Gaëlle_29')."""
    if not name:
        return None
    key = SPACE.sub(" ", name).strip().casefold()
    found = next((c.position for c in reversed(earlier) if c.author and c.author.casefold() == key), None)
    if found is not None:
        return found
    names = sorted({c.author for c in earlier if c.author}, key=len, reverse=True)
    ending = next((n for n in names if key.endswith(" " + n.casefold())), None)
    return _latest_by(ending, earlier) if ending else None


def _latest_by_handle(text: str, earlier: list[dict[str, Any]]) -> int | None:
    """The latest earlier comment whose '@username' (printed beside the name, Talkyard's
    'Dev Mistry @devfixes') a reply opens with ('@devfixes do you ...')."""
    if not _MENTION.match(text):
        return None
    word = re.match(r"@([\w.-]+)", text)
    wanted = word.group(1).rstrip(".").casefold() if word else ""
    return next((k + 1 for k in range(len(earlier) - 1, -1, -1)
                 if (earlier[k].get("handle") or "").casefold() == wanted), None) if wanted else None


def _reply_name(el: Any) -> str | None:
    """'Reply to X' / 'In reply to X': X is the last link's text, else the whole line (the
    earlier commenter it ends with is found when parents are resolved)."""
    links = el.xpath(".//a")
    if links and line_text(links[-1]):
        return line_text(links[-1])
    return line_text(el) or None
