"""A comment section's structure in a saved page's markup, for transforms.html_comments: which
item is a comment (a widget rule's matches kept once; the generic rule's class words), each
comment's parent (nested in markup, in a replies block right after it, or by a printed depth),
the section around the items; the section and the count it declares are in
transforms.html_thread_counts.
"""

from __future__ import annotations

from typing import Any

from transforms.comment_lines import COUNT, classify
from transforms.comment_names import quote_match
from transforms.html_comment_rules import GenericRule, WidgetRule, generic_rule, section_words
from transforms.html_text import CLASS_SPLIT, class_parts, contains, line_text, visible_text
from transforms.timestamps import is_timestamp

# Attributes of a comment item naming its parent comment's id (Komento's data-parentid).
PARENT_ID_ATTRS = ("data-parentid", "data-parent-id", "data-parent")

COMMENT_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})

# Tags a section is never widened to: they hold the article, not just its comments.
SECTION_STOP_TAGS = frozenset({"body", "html", "main", "article"})

MIN_SECTION_ITEMS = 2  # a section's own class names its comments when at least this many hold an author and text
VENDOR_PREFIX_CHARS = 4  # 'vf3-comment': a widget's short prefix before the item word
MAX_TIME_WORDS = 8  # a time printed without a time class: a short element that is a timestamp
MAX_COUNT_HEADING_WORDS = 6  # '7 comments', 'Reader comments (7)': a section's count heading or button
MAX_REPLY_MARKER_WORDS = 10
SHAPE_MARK = "data-comment-shape"  # set on items whose parts are found by shape (section_class_items)
SHAPED_NAME_TAGS = frozenset({"span", "a", "strong", "b", "cite"})  # inline elements that print a poster's name
SHAPED_NAME_WORDS = 5  # 'In reply to X' printed in an element no class word names: a short line


# ---------------------------------------------------------------- items and their parents


def outermost_first(items: list[Any]) -> list[Any]:
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
    outside = visible_text(outer, skip=inner)
    return not outside.strip()


def owner_of(el: Any, owner: dict[int, int]) -> Any:
    """The nearest comment item holding `el` (an item is not its own owner)."""
    return next((a for a in el.iterancestors() if id(a) in owner), None)


def replied_after(item: Any, owner: dict[int, int]) -> Any:
    """The comment whose next sibling holds `item`: replies printed in a block right after
    their comment rather than inside it (Drupal's 'indented', a 'comment-body' followed by its
    'children' list), or right after the box that holds their comment (JComments' 'rbox' then
    its 'comments-list', Hyvor's 'inner' then its 'replies') when the reply stands deeper below
    their common parent than the comment does. A comment right after another one (`item`'s own
    previous sibling, or a sibling wrapper holding its comment at the same depth) is a flat list,
    not a reply. An <article> named as a comment (Livefyre's 'fyre-comment-article') is walked
    through; the page's own article is not."""
    for ancestor in item.iterancestors():
        if _removed_comment(ancestor, item, owner):
            return None
        previous = ancestor.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None and id(previous) in owner:
            return previous
        held = _sole_item(previous, owner) if previous is not None else None
        if held is not None and _depth(item, ancestor) > _depth(held, previous):
            return held
        if ancestor.getparent() is None or (ancestor.tag in SECTION_STOP_TAGS and not _comment_named(ancestor)):
            return None
    return None


def _removed_comment(ancestor: Any, item: Any, owner: dict[int, int]) -> bool:
    """A box of the item's own kind (same tag, every class name of the item and maybe a state
    such as 'lk-entfernt' or 'is-deleted') that is not a comment itself: a removed comment's
    placeholder whose replies stay nested in it. Its replies answer no comment on the page, not
    the comment before the placeholder. A box that prints nothing besides the comments it holds
    is a wrapper, not a placeholder (round 11b: atomic CSS gives the Facebook plugin's comment,
    its wrapper and its replies block one shared class, 'x1n2onr6')."""
    kind = set((item.get("class") or "").split())
    return (bool(kind) and ancestor.tag == item.tag and kind <= set((ancestor.get("class") or "").split())
            and bool(visible_text(ancestor, skip_ids=owner).strip()))


def _sole_item(box: Any, owner: dict[int, int]) -> Any:
    """The one comment item inside `box`, or None (no item, or several)."""
    held = [el for el in box.iterdescendants() if id(el) in owner]
    return held[0] if len(held) == 1 else None


def _depth(el: Any, top: Any) -> int:
    """How many levels `el` stands below `top` (which holds it)."""
    return next(k for k, a in enumerate(el.iterancestors()) if a is top)


def _comment_named(el: Any) -> bool:
    return bool(class_parts(el) & generic_rule().item_words)


def parents_by_depth(items: list[Any], rule: WidgetRule) -> list[Any]:
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


def parents_by_reply_class(items: list[Any], reply_class: str) -> list[Any]:
    """Round 14b: replies printed flat after their comment, marked by a class (Staticman's
    'js-reply reply' articles right after the 'js-comment comment' they answer): the nearest
    earlier item without that class; None for an item without it."""
    is_reply = [reply_class in (item.get("class") or "").split() for item in items]
    parents: list[Any] = []
    for k, reply in enumerate(is_reply):
        earlier = (items[j] for j in range(k - 1, -1, -1) if not is_reply[j])
        parents.append(next(earlier, None) if reply else None)
    return parents


def parents_by_id(items: list[Any]) -> list[Any]:
    """Round 14b: a parent named by id in the item's own attributes, for replies the markup
    neither nests nor marks by depth (Komento's flat list of li items, each with data-id and
    data-parentid, '0' at the top level), on the item or its wrapper: the earlier item whose
    data-id, or id ending in '-N' / 'N', is that value."""
    by_id: dict[str, Any] = {}
    parents: list[Any] = []
    for item in items:
        # the item itself or its wrapper (Komento's li around the div.kt-comment the rule takes)
        holders = [item] + ([item.getparent()] if item.getparent() is not None else [])
        wanted = next((h.get(a) for h in holders for a in PARENT_ID_ATTRS if h.get(a)), None)
        parents.append(by_id.get(wanted.strip()) if wanted else None)
        for holder in holders:
            own = holder.get("data-id") or holder.get("data-comment-id") or (holder.get("id") or "").rsplit("-", 1)[-1]
            if own.strip():
                by_id.setdefault(own.strip(), item)
                break
    return parents


# ---------------------------------------------------------------- the generic rule


def generic_items(tree: Any) -> list[Any]:
    """Elements named as a comment (a class whose BEM block, '--modifier' and '__element' aside,
    starts with an item word: 'comment', 'comment-item', 'cmt--reply', 'commentaire') that hold
    an author and a text of their own; the deepest such element first, so a wrapper around a
    comment (and its replies) is not taken for the comment. With none, a section's own class
    (`section_class_items`)."""
    rule = generic_rule()
    candidates = [el for el in tree.iter("*") if isinstance(el.tag, str) and _names_a_comment(el, rule)]
    return _qualified(candidates) or section_class_items(tree)


def _qualified(candidates: list[Any], by_shape: bool = False) -> list[Any]:
    """The candidates that hold an author and a text of their own (not a nested candidate's);
    `by_shape`: found by their shape where no class word names them (`_shaped_parts`)."""
    qualified: dict[int, int] = {}
    for el in reversed(candidates):  # descendants come before their ancestors
        author, _, text, _ = generic_parts(el, qualified, by_shape)
        if author is not None and text is not None and not _in_own_form(el, author, text):
            qualified[id(el)] = len(qualified)
    return [el for el in candidates if id(el) in qualified]


def _in_own_form(item: Any, *parts: Any) -> bool:
    """Round 17c: an 'author' or 'text' inside a form of the item's own is a form field's label
    ('p.comment-form-author' > 'Name*', the comment box): the wrapper around a thread and its reply
    form is not a comment. (A form around the whole page, as ASP.NET prints, is not the item's.)"""
    return any(anc.tag == "form" for part in parts for anc in part.iterancestors() if contains(item, anc))


def section_class_items(tree: Any) -> list[Any]:
    """Comments named in a site's own words no item word knows ('lk-eintrag', 'reaction',
    'opinion', 'thread-node'), inside a block whose id or class names a comment section
    ('kommentare', 'reactions', 'comentarios', 'discussion'): the class (a whole class name,
    not a BEM '__element' or '--modifier') of which the most elements hold an author and a text
    of their own, at least MIN_SECTION_ITEMS of them."""
    found = _section_class_items(tree, by_shape=False)
    if not found:
        found = _section_class_items(tree, by_shape=True)
        for item in found:  # the tree is read_comment_section's own copy
            item.set(SHAPE_MARK, "1")
    return found


def _section_class_items(tree: Any, by_shape: bool) -> list[Any]:
    words = section_words()
    counted = _count_headed_blocks(tree)
    best: list[Any] = []
    for section in tree.iter("*"):
        if not isinstance(section.tag, str) or section.tag in SECTION_STOP_TAGS:
            continue
        if not class_names(section) & words and not any(section is block for block in counted):
            continue
        by_class: dict[str, list[Any]] = {}
        for el in section.iterdescendants():
            if isinstance(el.tag, str):
                for token in set((el.get("class") or "").split()):
                    if "__" not in token and "--" not in token:
                        by_class.setdefault(token, []).append(el)
        for elements in by_class.values():
            if len(elements) >= MIN_SECTION_ITEMS:
                found = _qualified(elements, by_shape)
                if len(found) > len(best):
                    best = found
    return best if len(best) >= MIN_SECTION_ITEMS else []


def _count_headed_blocks(tree: Any) -> list[Any]:
    """Round 11b: blocks headed by a comment count in a site's own words for the section ('<div
    class="notes"><button>7 comments</button>...', a blog's own list): the parent of a heading or
    button whose whole text is a count line the text cleaner knows."""
    found: list[Any] = []  # the elements themselves: an lxml proxy's id() is not stable once it is dropped
    for el in tree.xpath("//h2 | //h3 | //h4 | //h5 | //button | //*[@role='button']"):
        text = " ".join("".join(el.itertext()).split())
        if not text or len(text.split()) > MAX_COUNT_HEADING_WORDS:
            continue
        line = classify(0, text)
        parent = el.getparent()
        if line.kind == COUNT and line.count is not None and parent is not None and parent.tag not in SECTION_STOP_TAGS:
            found.append(parent)
    return found


def class_names(el: Any) -> set[str]:
    """The words of an element's class and id names."""
    return class_parts(el) | {p for p in CLASS_SPLIT.split((el.get("id") or "").lower()) if p}


def _names_a_comment(el: Any, rule: GenericRule) -> bool:
    """A class whose BEM block starts with an item word, or has it right after a short vendor
    prefix ('vf3-comment': Viafoura; 'js-comment')."""
    for token in (el.get("class") or "").lower().split():
        block = token.split("--")[0]
        if "__" in block:
            continue
        parts = CLASS_SPLIT.split(block)
        if parts[0] in rule.item_words or (len(parts) > 1 and len(parts[0]) <= VENDOR_PREFIX_CHARS
                                           and parts[1] in rule.item_words):
            return True
    return False


def generic_parts(item: Any, owner: dict[int, int], by_shape: bool = False) -> tuple[Any, Any, Any, Any]:
    """(author, time, text, reply-to) elements of a generic item, its own (not inside another
    item of `owner`): named by class words; a time may also be any short element whose text is
    a timestamp ('12.03.2025, 07:12 Uhr' in a 'meta' span). An item of a section's own class
    that no class word describes (`by_shape`, or marked so by `section_class_items`) has its
    author and text found by their shape (`_shaped_parts`)."""
    by_shape = by_shape or item.get(SHAPE_MARK) == "1"
    rule = generic_rule()
    author = time = reply = None
    texts: list[Any] = []
    not_author = rule.not_author_words | rule.badge_words
    for el in item.iterdescendants():
        if not isinstance(el.tag, str) or owner_of(el, owner) not in (None, item):
            continue
        parts = class_parts(el)
        squashed = (el.get("class") or "").lower().replace("-", "").replace("_", "")
        if reply is None and any(w in squashed for w in rule.reply_words):
            reply = el
        elif (author is None or contains(author, el)) and parts & rule.author_words and not parts & not_author and line_text(el):
            author = el  # the innermost element named as the author ('user-head' > 'commenter-name')
        elif (time is None and (el.tag == "time" or parts & rule.time_words or _short_timestamp(el))
              or el.tag == "time" and time is not None and contains(time, el)):
            time = el  # a <time> inside a line guessed as the time ('Name <time>3 Dec, 18:22</time>') is the time
        elif parts & rule.text_words:
            texts.append(el)
    # a wrapper named as text ('comment__text-wrapper') that holds the author line is not the text
    own_text = [el for el in texts if author is None or not (contains(el, author) or contains(author, el))]
    text = next(iter(own_text or texts), None)
    if by_shape and (author is None or text is None):
        author, text = _shaped_parts(item, owner, author, text, time)
    if reply is None:
        reply = _reply_marker_by_text(item, owner, (author, time, text))
    return author, time, text, reply


def _shaped_parts(item: Any, owner: dict[int, int], author: Any, text: Any, time: Any) -> tuple[Any, Any]:
    """Round 11b: the author and text of a comment whose class names say neither ('talk-entry__who',
    'talk-entry__words'): the text is the item's own first element holding paragraphs (<p>); the
    author the first short inline element before it (a name of up to SHAPED_NAME_WORDS words, no
    timestamp, no badge, outside the time element)."""
    own = [el for el in item.iterdescendants() if isinstance(el.tag, str) and owner_of(el, owner) in (None, item)]
    if text is None:
        text = next((el for el in own if el.tag != "p" and any(child.tag == "p" for child in el)), None)
    if author is None and text is not None:
        badges = generic_rule().badge_words | generic_rule().not_author_words
        for el in own:
            if el is text or contains(text, el) or contains(el, text):
                break
            line = line_text(el)
            if _decorative(el, line):
                continue
            if (el.tag in SHAPED_NAME_TAGS and line and len(line.split()) <= SHAPED_NAME_WORDS and not is_timestamp(line)
                    and not class_parts(el) & badges and not (time is not None and (time is el or contains(time, el)))):
                author = el
                break
    return author, text


def _decorative(el: Any, line: str) -> bool:
    """Round 17c: an avatar's initial printed before the name ('<span aria-hidden="true">R</span>
    Rosa M. Llorente'): hidden from screen readers, or one character, it is no name."""
    return el.get("aria-hidden") == "true" or len(line) == 1


def _reply_marker_by_text(item: Any, owner: dict[int, int], parts: tuple[Any, ...]) -> Any:
    """Round 11b: a reply marker in a class no reply word names ('<div class="lf-bezug">Antwort
    auf Jens Pahl</div>'): an element of the item's own, outside its author, time and text, whose
    whole line is a reply marker the text cleaner knows ('In reply to X', 'Antwort auf X',
    'Respuesta a X'; not a quote header, 'X wrote:')."""
    for el in item.iterdescendants():
        if (not isinstance(el.tag, str) or owner_of(el, owner) not in (None, item)
                or any(part is not None and (part is el or contains(part, el) or contains(el, part)) for part in parts)):
            continue
        line = line_text(el)
        if line and "\n" not in visible_text(el) and len(line.split()) <= MAX_REPLY_MARKER_WORDS:
            found = quote_match(line, with_repeat_rules=False)
            if found is not None and not found[1]:
                return el
    return None


def generic_exclusions(text_el: Any) -> list[Any]:
    """Parts of a generic comment's text element that are not the commenter's words: a quote of
    another post (a blockquote; its first line may name the quoted poster, 'X schrieb:') and a
    list of the comment's links or action buttons (Drupal's ul.links 'Reply', named by
    action_words); a heading that is one link (the comment's title, `_title_link`)."""
    actions = generic_rule().action_words
    return [el for el in text_el.iterdescendants()
            if isinstance(el.tag, str) and (el.tag == "blockquote" or class_parts(el) & actions or _title_link(el))]


def _title_link(el: Any) -> bool:
    """Round 14b: a comment's own title, a heading that is one link (Drupal's comment subject,
    an h3 linking the comment's permalink, often its first words cut with '…'): not the words
    of the comment, which follow in full."""
    if el.tag not in COMMENT_TITLE_TAGS:
        return False
    links = el.xpath(".//a")
    return len(links) == 1 and line_text(links[0]) == line_text(el) != ""


def _short_timestamp(el: Any) -> bool:
    line = line_text(el)
    return 0 < len(line.split()) <= MAX_TIME_WORDS and is_timestamp(line)
