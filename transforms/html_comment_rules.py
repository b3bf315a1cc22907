"""The rules of transforms/rules/html_comments.json compiled once: one WidgetRule per widget
family (its small CSS turned into XPath), the generic rule for a site's own list, and the
words that name a comment section. Read by transforms.html_comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transforms.rules import load_rule_file

RULES_FILE = "html_comments.json"


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
    handle: tuple[str, ...] = ()  # XPaths inside an item: the '@username' printed beside the name
    reply_class: str = ""  # a class of replies printed flat after their comment (Staticman's 'reply')


@dataclass(frozen=True)
class GenericRule:
    item_words: frozenset[str]
    author_words: frozenset[str]
    text_words: frozenset[str]
    time_words: frozenset[str]
    reply_words: tuple[str, ...]
    not_author_words: frozenset[str]
    badge_words: frozenset[str]
    action_words: frozenset[str]  # a links / actions list inside the text element


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
            handle=css_alternatives(entry.get("handle") or ""),
            reply_class=entry.get("reply_class") or "",
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
        action_words=frozenset(entry["action_words"]),
    )


@cache
def embedded_post_classes() -> frozenset[str]:
    """Class names of a post embedded from another site (a tweet's blockquote.twitter-tweet)."""
    return frozenset(load_rule_file(RULES_FILE)["embedded_posts"]["classes"])


@cache
def section_words() -> frozenset[str]:
    return frozenset(load_rule_file(RULES_FILE)["section_words"])
