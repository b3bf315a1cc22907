"""A saved page's comment section read from its markup: the comments (author, text, time,
reply parent), the declared count, and the page without the section.

Pure: an lxml tree in, records and a pruned copy out. Which markup is a comment, an author, a
time or a reply lives in transforms/rules/html_comments.json (one rule per widget family, then
a generic rule for a site's own list); this module walks it. The declared count is found by
the text cleaner's own line classifier (transforms.comment_lines) in the section's lines that
are not inside a comment, so every count wording it knows works here too.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml import html as lxml_html

from transforms.comment_drafts import Comment, CommentSection
from transforms.comment_lines import COUNT, NOISE, classify
from transforms.rules import load_rule_file
from transforms.timestamps import is_timestamp, parse_timestamp

RULES_FILE = "html_comments.json"

# Elements that start a new line of a page's text (everything else runs inline).
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "iframe", "legend", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul",
})
# Elements whose text a reader never sees.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "textarea", "select", "button"})
# Tags a section is never widened to: they hold the article, not just its comments.
SECTION_STOP_TAGS = frozenset({"body", "html", "main", "article"})
# A wrapper around the thread is part of the section when its other lines are chrome: none
# longer than this many words (a form's one-line explanation) ...
SECTION_CHROME_LINE_WORDS = 25
# ... and no more than this many words in all (count, sort, subscribe, form labels).
SECTION_CHROME_WORDS = 80

MAX_TIME_WORDS = 8  # a time printed without a time class: a short element that is a timestamp
ITEM_MARK = "\x00"  # where a comment stood, in a section's lines
_SPACE = re.compile(r"\s+")
_CLASS_SPLIT = re.compile(r"[-_]+")
_MENTION = re.compile(r"^@")
_HEADED_COUNT = re.compile(r"(\w+)\s*[(\[]?(\d{1,5})[)\]]?")


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class WidgetRule:
    name: str
    items: str  # XPath (compiled from the rule's CSS), searched in the whole page
    author: tuple[str, ...]  # XPaths inside an item, the first alternative that finds one wins
    time: tuple[str, ...]
    text: tuple[str, ...]
    exclude: str  # every match is left out of the text
    reply_to: tuple[str, ...]
    quote_author: str
    quote_attr: str | None
    article_first: bool
    title: str  # XPath of a forum thread's title, searched in the whole page
    # the opening post when it is not one of the items (Reddit, Hacker News): text, author and
    # time XPaths searched in the whole page
    article_text: str = ""
    article_author: str = ""
    article_time: str = ""
    depth: str = ""  # XPath inside an item of the element whose attribute gives its nesting depth
    depth_attr: str | None = None  # (Hacker News: td.ind indent="2"), for replies not nested in markup
    count: str = ""  # XPath, whole page: where the declared count stands outside the section


@dataclass(frozen=True)
class GenericRule:
    item_words: frozenset[str]
    author_words: frozenset[str]
    text_words: frozenset[str]
    time_words: frozenset[str]
    reply_words: tuple[str, ...]
    not_author_words: frozenset[str]
    badge_words: frozenset[str]


_COMPOUND = re.compile(r"(?P<tag>[\w*-]+)?(?P<rest>(?:[.#][\w-]+|\[[^\]]+\])*)$")
_CONDITION = re.compile(r"\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+)|\[(?P<attr>[\w-]+)(?:(?P<op>[\^*]?=)(?P<val>[^\]]*))?\]")


def css_to_xpath(selector: str) -> str:
    """The small CSS of the rule file as an XPath relative to the element searched
    ('.a b > c.d, #e' -> './/*[...]//b/c[...] | .//*[@id='e']'); '' for no selector."""
    return " | ".join(css_alternatives(selector))


def css_alternatives(selector: str) -> tuple[str, ...]:
    """Each ','-separated alternative of a selector as its own XPath, in the rule's order."""
    alternatives = []
    for alternative in filter(None, (part.strip() for part in (selector or "").split(","))):
        xpath, axis = "", ".//"
        for part in re.findall(r">|[^\s>]+", alternative):
            if part == ">":
                axis = "/"
                continue
            xpath += axis + _compound_xpath(part)
            axis = "//"
        alternatives.append(xpath)
    return tuple(alternatives)


def _compound_xpath(compound: str) -> str:
    match = _COMPOUND.match(compound)
    if not match:
        raise ValueError(f"unsupported selector {compound!r}")
    conditions = []
    for cond in _CONDITION.finditer(match.group("rest") or ""):
        if cond.group("cls"):
            conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {cond.group('cls')} ')")
        elif cond.group("id"):
            conditions.append(f"@id='{cond.group('id')}'")
        elif cond.group("op"):
            value = cond.group("val").strip("'\"")
            attr = "@" + cond.group("attr")
            conditions.append({"=": f"{attr}='{value}'", "^=": f"starts-with({attr}, '{value}')",
                               "*=": f"contains({attr}, '{value}')"}[cond.group("op")])
        else:
            conditions.append("@" + cond.group("attr"))
    return (match.group("tag") or "*") + "".join(f"[{c}]" for c in conditions)


@cache
def widget_rules() -> tuple[WidgetRule, ...]:
    rules = []
    for entry in load_rule_file(RULES_FILE)["widgets"]:
        quote = entry.get("quote_author") or {}
        article = entry.get("article")
        opening = article if isinstance(article, dict) else {}
        depth = entry.get("depth") or {}
        whole_page = lambda css: css_to_xpath(css or "").replace(".//", "//")  # noqa: E731
        rules.append(WidgetRule(
            name=entry["name"],
            items=css_to_xpath(entry["items"]).replace(".//", "//", 1).replace(" | .//", " | //"),
            author=css_alternatives(entry["author"]),
            time=css_alternatives(entry["time"]),
            text=css_alternatives(entry["text"]),
            exclude=css_to_xpath(entry.get("exclude") or ""),
            reply_to=css_alternatives(entry.get("reply_to") or ""),
            quote_author=css_to_xpath(quote.get("selector") or ""),
            quote_attr=quote.get("attr"),
            article_first=article == "first_item",
            title=whole_page(entry.get("title")),
            article_text=whole_page(opening.get("text")),
            article_author=whole_page(opening.get("author")),
            article_time=whole_page(opening.get("time")),
            depth=css_to_xpath(depth.get("selector") or ""),
            depth_attr=depth.get("attr"),
            count=whole_page(entry.get("count")),
        ))
    return tuple(rules)


@cache
def generic_rule() -> GenericRule:
    entry = load_rule_file(RULES_FILE)["generic"]
    return GenericRule(
        item_words=frozenset(entry["item_words"]),
        author_words=frozenset(entry["author_words"]),
        text_words=frozenset(entry["text_words"]),
        time_words=frozenset(entry["time_words"]),
        reply_words=tuple(entry["reply_words"]),
        not_author_words=frozenset(entry["not_author_words"]),
        badge_words=frozenset(entry["badge_words"]),
    )


@cache
def section_words() -> frozenset[str]:
    return frozenset(load_rule_file(RULES_FILE)["section_words"])


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
    items = _generic_items(pruned)
    if items:
        return _read(pruned, items, None), pruned
    return None, pruned


# ---------------------------------------------------------------- reading one section


def _read(tree: Any, items: list[Any], rule: WidgetRule | None) -> PageComments:
    items = _outermost_first(items)
    owner = {id(item): k for k, item in enumerate(items)}
    # the item each one is nested in, or whose replies block (right after it) holds it
    parents = [_owner(item, owner) for item in items]
    parents = [_replied_after(item, owner) if parent is None else parent for item, parent in zip(items, parents)]
    if rule is not None and rule.depth:
        parents = [parent if parent is not None else by_depth for parent, by_depth in zip(parents, _parents_by_depth(items, rule))]
    nested: dict[int, list[Any]] = {}
    for item, parent in zip(items, parents):
        if parent is not None:
            nested.setdefault(id(parent), []).append(item)
    drafts = [_draft(item, parent, nested.get(id(item), []), owner, rule) for item, parent in zip(items, parents)]
    article = drafts.pop(0) if rule is not None and rule.article_first else None
    section_root = None if article else _section_root(items)
    declared = _declared_count(section_root, owner) if section_root is not None else None
    if declared is None and rule is not None and rule.count:
        declared = _count_outside(tree, rule.count)
    if article is None and rule is not None and rule.article_text:
        article = _opening_post(tree, rule)
    comments = _comments(drafts)
    if section_root is not None and section_root.getparent() is not None:
        drop_element(section_root)
    return PageComments(
        widget=rule.name if rule else "generic",
        section=CommentSection(declared, comments),
        article_text=article["text"] if article else None,
        article_author=article["author"] if article else None,
        article_posted_at=article["posted_at"] if article else None,
        article_title=_first_line(tree, rule.title) if article and rule.title else None,
    )


def _parents_by_depth(items: list[Any], rule: WidgetRule) -> list[Any]:
    """Each item's parent read from a printed depth (Hacker News's rows, all siblings, each
    with td.ind indent="N"): the nearest earlier item one level up; None at the top level."""
    depths: list[int | None] = []
    for item in items:
        found = item.xpath(rule.depth)
        value = found[0].get(rule.depth_attr) if found and rule.depth_attr else None
        depths.append(int(value) if value and value.strip().isdigit() else None)
    parents: list[Any] = []
    for k, depth in enumerate(depths):
        up = (items[j] for j in range(k - 1, -1, -1) if depths[j] is not None and depths[j] < (depth or 0))
        parents.append(next(up, None))
    return parents


def _count_outside(tree: Any, xpath: str) -> int | None:
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
    return None


def _opening_post(tree: Any, rule: WidgetRule) -> dict[str, Any] | None:
    """The thread's opening post where it is not one of the items (a Reddit self post, an Ask HN
    text): its text, poster and printed time, found by the rule's article selectors."""
    text_el = next(iter(tree.xpath(rule.article_text)), None)
    if text_el is None or not _visible_text(text_el).strip():
        return None
    author_el = next(iter(tree.xpath(rule.article_author)), None) if rule.article_author else None
    stamp = _first_line(tree, rule.article_time) if rule.article_time else None
    return {"text": _paragraphs(text_el, skip=[]), "author": _line(author_el) or None,
            "posted_at": parse_timestamp(stamp, require_time=True) if stamp else None}


def _first_line(tree: Any, xpath: str) -> str | None:
    return next((text for text in map(_line, tree.xpath(xpath)) if text), None)


def _outermost_first(items: list[Any]) -> list[Any]:
    """Page order, and an element matched twice (a post inside a post wrapper of the same
    rule) kept once, as its outermost match."""
    seen, ordered = set(), []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            ordered.append(item)
    ids = {id(item) for item in ordered}
    return [item for item in ordered
            if not any(id(a) in ids and _same_post(a, item) for a in item.iterancestors())]


def _same_post(outer: Any, inner: Any) -> bool:
    """An outer match whose only item-like content is the inner one (a wrapper), not a
    comment with its nested replies: the outer element has no text outside the inner one."""
    outside = _visible_text(outer, skip=inner)
    return not outside.strip()


def _draft(item: Any, parent_item: Any, nested: list[Any], owner: dict[int, int],
           rule: WidgetRule | None) -> dict[str, Any]:
    own = lambda xpath: [el for el in item.xpath(xpath) if _owner(el, owner) is item] if xpath else []  # noqa: E731
    if rule is None:
        author_el, time_el, text_el, reply_el = _generic_parts(item, owner)
        exclude, quotes = [], []
    else:
        first = lambda alternatives: next((m[0] for m in map(own, alternatives) if m), None)  # noqa: E731
        author_el, time_el = first(rule.author), first(rule.time)
        text_el, reply_el = first(rule.text), first(rule.reply_to)
        exclude = own(rule.exclude)
        quotes = [(q.get(rule.quote_attr) if rule.quote_attr else _line(q)) for q in own(rule.quote_author)]
    text = _paragraphs(text_el, skip=exclude + nested) if text_el is not None else ""
    stamp = _line(time_el) if time_el is not None else ""
    return {
        "author": _author_line(author_el),
        "text": text,
        "posted_at": parse_timestamp(stamp, require_time=True) if stamp else None,
        "parent_index": owner[id(parent_item)] if parent_item is not None else None,
        "reply_to": _reply_name(reply_el) if reply_el is not None else None,
        "quoted": next((q.strip() for q in quotes if q and q.strip()), None),
        "index": owner[id(item)],
    }


def _comments(drafts: list[dict[str, Any]]) -> tuple[Comment, ...]:
    """Numbered comments: placeholders (no text, or a removal notice) dropped, each reply's parent the
    comment it is nested in, else the latest earlier comment by the name it answers."""
    kept = [d for d in drafts if d["text"] and not _placeholder(d["text"])]
    position_of = {d["index"]: k + 1 for k, d in enumerate(kept)}
    comments: list[Comment] = []
    for k, draft in enumerate(kept):
        parent = position_of.get(draft["parent_index"]) if draft["parent_index"] is not None else None
        if parent is None:
            name = draft["reply_to"] or draft["quoted"] or _mentioned(draft["text"], comments)
            parent = _latest_by(name, comments)
        comments.append(Comment(position=k + 1, author=draft["author"], body=draft["text"],
                                parent_position=parent, posted_at=draft["posted_at"]))
    return tuple(comments)


def _placeholder(text: str) -> bool:
    """A removed comment's notice ('[deleted]', 'This comment was deleted.'): one line the text
    cleaner's classifier calls widget noise."""
    return "\n" not in text and classify(0, text).kind == NOISE


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
    key = _SPACE.sub(" ", name).strip().casefold()
    found = next((c.position for c in reversed(earlier) if c.author and c.author.casefold() == key), None)
    if found is not None:
        return found
    names = sorted({c.author for c in earlier if c.author}, key=len, reverse=True)
    ending = next((n for n in names if key.endswith(" " + n.casefold())), None)
    return _latest_by(ending, earlier) if ending else None


def _reply_name(el: Any) -> str | None:
    """'Reply to X' / 'In reply to X': X is the last link's text, else the whole line (the
    earlier commenter it ends with is found when parents are resolved)."""
    links = el.xpath(".//a")
    if links and _line(links[-1]):
        return _line(links[-1])
    return _line(el) or None


# ---------------------------------------------------------------- the generic rule


def _class_parts(el: Any) -> set[str]:
    parts = set()
    for token in (el.get("class") or "").lower().split():
        parts.update(p for p in _CLASS_SPLIT.split(token) if p)
    return parts


def _generic_items(tree: Any) -> list[Any]:
    """Elements named as a comment (a class whose BEM block, '--modifier' and '__element' aside,
    starts with an item word: 'comment', 'comment-item', 'cmt--reply', 'commentaire') that hold
    an author and a text of their own; the deepest such element first, so a wrapper around a
    comment (and its replies) is not taken for the comment."""
    rule = generic_rule()
    candidates = [el for el in tree.iter("*") if isinstance(el.tag, str) and _names_a_comment(el, rule)]
    qualified: dict[int, int] = {}
    for el in reversed(candidates):  # descendants come before their ancestors
        author, _, text, _ = _generic_parts(el, qualified)
        if author is not None and text is not None:
            qualified[id(el)] = len(qualified)
    return [el for el in candidates if id(el) in qualified]


def _names_a_comment(el: Any, rule: GenericRule) -> bool:
    for token in (el.get("class") or "").lower().split():
        block = token.split("--")[0]
        if "__" not in block and _CLASS_SPLIT.split(block)[0] in rule.item_words:
            return True
    return False


def _generic_parts(item: Any, owner: dict[int, int]) -> tuple[Any, Any, Any, Any]:
    """(author, time, text, reply-to) elements of a generic item, its own (not inside another
    item of `owner`): named by class words; a time may also be any short element whose text is
    a timestamp ('12.03.2025, 07:12 Uhr' in a 'meta' span)."""
    rule = generic_rule()
    author = time = reply = None
    texts: list[Any] = []
    not_author = rule.not_author_words | rule.badge_words
    for el in item.iterdescendants():
        if not isinstance(el.tag, str) or _owner(el, owner) not in (None, item):
            continue
        parts = _class_parts(el)
        squashed = (el.get("class") or "").lower().replace("-", "").replace("_", "")
        if reply is None and any(w in squashed for w in rule.reply_words):
            reply = el
        elif (author is None or _contains(author, el)) and parts & rule.author_words and not parts & not_author and _line(el):
            author = el  # the innermost element named as the author ('user-head' > 'commenter-name')
        elif time is None and (el.tag == "time" or parts & rule.time_words or _short_timestamp(el)):
            time = el
        elif parts & rule.text_words:
            texts.append(el)
    # a wrapper named as text ('comment__text-wrapper') that holds the author line is not the text
    own_text = [el for el in texts if author is None or not (_contains(el, author) or _contains(author, el))]
    text = next(iter(own_text or texts), None)
    return author, time, text, reply


def _short_timestamp(el: Any) -> bool:
    line = _line(el)
    return 0 < len(line.split()) <= MAX_TIME_WORDS and is_timestamp(line)


# ---------------------------------------------------------------- the section around the items


def _replied_after(item: Any, owner: dict[int, int]) -> Any:
    """The comment whose next sibling holds `item`: replies printed in a block right after
    their comment rather than inside it (Drupal's 'indented', a 'comment-body' followed by its
    'children' list). A comment right after another one (`item`'s own previous sibling) is a
    flat list, not a reply."""
    for ancestor in item.iterancestors():
        previous = ancestor.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None and id(previous) in owner:
            return previous
        if ancestor.getparent() is None or ancestor.tag in SECTION_STOP_TAGS:
            return None
    return None


def _owner(el: Any, owner: dict[int, int]) -> Any:
    """The nearest comment item holding `el` (an item is not its own owner)."""
    return next((a for a in el.iterancestors() if id(a) in owner), None)


def _section_root(items: list[Any]) -> Any:
    """The items' lowest common ancestor, widened to the wrappers named as a comment section
    (their heading, count, sort and form go with it), never to the page's main or article."""
    root = items[0].getparent()
    for item in items[1:]:
        while root is not None and not _contains(root, item):
            root = root.getparent()
    words = section_words()
    while root is not None:
        parent = root.getparent()
        if parent is None or parent.tag in SECTION_STOP_TAGS or parent.xpath(".//h1"):
            break
        names = _class_parts(parent) | {p for p in _CLASS_SPLIT.split((parent.get("id") or "").lower()) if p}
        if not names & words and not _chrome_only(parent, root):
            break
        root = parent
    return root


def _chrome_only(parent: Any, root: Any) -> bool:
    """The wrapper holds nothing but widget chrome besides the thread (a count, sort buttons,
    a form's labels): short lines, few words, no prose paragraph."""
    lines = _visible_text(parent, skip=root).split("\n")
    words = [len(line.split()) for line in lines]
    return max(words, default=0) <= SECTION_CHROME_LINE_WORDS and sum(words) <= SECTION_CHROME_WORDS


def _contains(root: Any, el: Any) -> bool:
    return any(a is root for a in el.iterancestors())


def _declared_count(section: Any, owner: dict[int, int]) -> int | None:
    """The count line ('5 thoughts on ...', '4 Kommentare') of the section nearest above its
    first comment (a reactions counter may stand higher up), else the first one below."""
    lines = _visible_text(section, skip_ids=owner, skipped_mark=ITEM_MARK).split("\n")
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
    return next((count for count in reversed(headed) if count is not None), None)


def _headed_count(text: str) -> int | None:
    match = _HEADED_COUNT.fullmatch(text)
    return int(match.group(2)) if match and match.group(1).casefold() in section_words() else None


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


# ---------------------------------------------------------------- text


def _visible_text(el: Any, skip: Any = None, skip_ids: dict[int, int] | None = None,
                  drop: tuple[Any, ...] = (), skipped_mark: str | None = None,
                  soft_breaks: bool = False) -> str:
    """The text a reader sees in `el`, one line per block element; `skip` (an element) or any
    element whose id() is in `skip_ids` (each leaving a `skipped_mark` line when given), and
    the elements in `drop`, are left out. With `soft_breaks` a lone <br> is a space (the line
    break inside a paragraph of a post whose paragraphs are split by two)."""
    pieces: list[str] = []
    dropped = {id(d) for d in drop}

    def walk(node: Any) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if skip_ids is not None and id(node) in skip_ids:
            if skipped_mark:
                pieces.append(f"\n{skipped_mark}\n")
            return
        if not tag or tag in HIDDEN_TAGS or node is skip or id(node) in dropped:
            return
        if soft_breaks and tag == "br" and not _double_break(node):
            pieces.append(" ")
            return
        block = tag in BLOCK_TAGS
        if block:
            pieces.append("\n")
        pieces.append(_SPACE.sub(" ", node.text or ""))
        for child in node:
            walk(child)
            pieces.append(_SPACE.sub(" ", child.tail or ""))
        if block:
            pieces.append("\n")

    walk(el)
    lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _author_line(el: Any) -> str | None:
    """The author element's text without the badges printed inside it ('(not verified)',
    'Author', 'Top fan' in an element whose class names a badge word)."""
    if el is None:
        return None
    badges = tuple(d for d in el.iterdescendants() if isinstance(d.tag, str) and _class_parts(d) & generic_rule().badge_words)
    return " ".join(_visible_text(el, drop=badges).split()) or None


def _line(el: Any) -> str:
    return " ".join(_visible_text(el).split()) if el is not None else ""


def _paragraphs(el: Any, skip: list[Any]) -> str:
    """An element's text, each block or line break its own paragraph, `skip` left out; in a
    post whose paragraphs are split by two <br> (vBulletin, phpBB), a lone <br> only breaks a
    line inside its paragraph ('Gruß aus dem Brettachtal<br>Heinz' is one)."""
    soft = any(_double_break(br) for br in el.iter("br"))
    return "\n\n".join(_visible_text(el, drop=tuple(skip), soft_breaks=soft).split("\n"))


def _double_break(br: Any) -> bool:
    """A <br> next to another one with nothing but white space between them."""
    after, before = br.getnext(), br.getprevious()
    return ((after is not None and after.tag == "br" and not (br.tail or "").strip())
            or (before is not None and before.tag == "br" and not (before.tail or "").strip()))
