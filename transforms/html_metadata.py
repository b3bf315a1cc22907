"""The metadata a saved web page holds outside its article text: the author (trafilatura's
byline element, JSON-LD, an h-card, a byline line left above the first paragraph), the
publisher (site name, <title>, JSON-LD, the footer's copyright line) and a Blogger post's title.
Used by transforms/html_page.py."""

from __future__ import annotations

import json
from typing import Any

from transforms.html_text import BLOCK_TAGS, visible_text
from transforms.metadata import extract_byline
from transforms.metadata_lines import is_prose
from transforms.metadata_rules import metadata_rules
from transforms.metadata_title import TITLE_SITE_SEPARATORS
from transforms.raw_document import clean_str

MIN_FIRST_PARAGRAPH_WORDS = 12  # the article's first prose paragraph, under which a dropped byline is looked for
# "<title>Headline | Site Name</title>" (separators: metadata_title.TITLE_SITE_SEPARATORS): the
# part after the last one is the publisher when the page's metadata names none and the part
# before it is the headline; a site's name has at most this many words.
MAX_SITE_NAME_WORDS = 6


def author_above_text(tree: Any, text: str) -> str | None:
    """Round 11b: the author of a byline line that trafilatura's main text left out ('Von Sandra
    Kirchhof | 02.12.2026, 16:40 Uhr' in a div.autorzeile): the byline shapes read on the page's
    visible lines above the article's first paragraph, with that paragraph under them.
    Round 23b: when they read none, the lines above the first paragraph of prose (a standfirst
    of that length may stand over the byline) with each <span> on its own line: a byline of
    spans runs the name into the dateline's place ('Por Elena Marquina' and 'Valdecuervos |
    04/12/2026 - 08:15' in one div.firma read 'Elena Marquina Valdecuervos')."""
    body = tree.find(".//body") if tree is not None else None
    if body is None:
        return None
    rules = metadata_rules()
    long_paragraphs = [p for p in text.split("\n\n") if len(p.split()) >= MIN_FIRST_PARAGRAPH_WORDS]
    first_prose = next((p for p in long_paragraphs if is_prose(p, rules)), None)
    readings = ((long_paragraphs[0] if long_paragraphs else None, BLOCK_TAGS), (first_prose, BLOCK_TAGS | {"span"}))
    for first, block_tags in readings:
        if first is None:
            continue
        lines = visible_text(body, block_tags=block_tags).split("\n")
        end = next((k for k, line in enumerate(lines) if line.startswith(first[:40])), None)
        author = extract_byline("\n".join(lines[:end]) + "\n\n" + first).author if end else None
        if author:
            return author
    return None


def page_title(meta: Any, blogger: tuple[str, str] | None) -> str | None:
    """trafilatura's title; on a Blogger page where that is the blog's name, the post's title."""
    title = clean_str(meta.title)
    return blogger[1] if blogger and title in (None, blogger[0]) else title


def _meta_author(value: Any) -> str | None:
    """The author trafilatura read from the page's byline element, without the byline's own
    word when the element held it ('par Gaëlle Le Bihan', which trafilatura prints 'Par
    Gaëlle Le Bihan'): a value the byline shapes read as a byline gives the name they find."""
    author = clean_str(value)
    if not author:
        return None
    author = extract_byline(author).author or author
    # a job title the byline element printed after the name ('Owen Hartigan Education
    # correspondent', two spans in one div.byline; round 12b): dropped when a name of two or
    # more words is left
    without_role = metadata_rules().role_tail_re.sub("", author).strip(" ,.;|·")
    return without_role if without_role != author and len(without_role.split()) >= 2 else author


def _publisher(meta: Any, tree: Any, headline: str | None) -> str | None:
    """The page's site name; a host name (trafilatura's fallback, 'forum.example.org') only
    when the <title> names no site after the headline."""
    site = clean_str(meta.sitename)
    if site and headline and site.strip().casefold() == headline.strip().casefold():
        site = None  # the headline taken for the site's name ('<headline> : utrecht', old Reddit, round 22a)
    if site and (" " in site or "." not in site):
        return site
    return _site_from_title_tag(tree, headline) or site or clean_str(meta.hostname)


def _site_from_title_tag(tree: Any, headline: str | None) -> str | None:
    title_tag = clean_str(tree.findtext(".//title"))
    if not title_tag or not headline:
        return None
    for separator in TITLE_SITE_SEPARATORS:
        head, found, site = title_tag.rpartition(separator)
        site = site.strip()
        looks_like_name = site[:1].isupper() or "." in site  # "The Valley Times", "example.com"
        if found and head.strip() == headline.strip() and looks_like_name:
            return site if len(site.split()) <= MAX_SITE_NAME_WORDS else None
        if found and looks_like_name and len(site.split()) <= MAX_SITE_NAME_WORDS and _printed_alone(tree, site):
            return site  # a shorter <title> than the headline, the site's name also the masthead's text (round 12b)
    return None


def _printed_alone(tree: Any, text: str) -> bool:
    """Whether some element of the page's body prints exactly `text` (a masthead or brand link)."""
    return bool(tree.xpath("//body//*[normalize-space(.) = $text]", text=text))


# schema.org types whose JSON-LD `author` is the article's writer.
_LD_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                               "OpinionNewsArticle", "Report", "LiveBlogPosting"})


def _json_ld_author(tree: Any) -> str | None:
    """The author named in the page's JSON-LD article object when trafilatura read none: it
    reads only blocks that declare their "@context", and some sites' blocks leave it out
    ('{"@type":"NewsArticle","author":{"name":"..."}}'). Several authors are joined by '; ',
    as trafilatura joins them."""
    names = _json_ld_names(tree, "author")
    return "; ".join(names) if names else None


def _h_card_author(tree: Any) -> str | None:
    """Round 14b: a personal blog's one author card (microformats' h-card, as Jekyll's Minimal
    Mistakes prints it in the sidebar) when nothing else names the author: its p-name (or
    itemprop=name). Cards inside comments are the commenters'; several different names (a
    team page) name no one."""
    names = set()
    for card in tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' h-card ')]"
                           "[not(ancestor-or-self::*[@itemprop='comment'])]"
                           "[not(ancestor::*[contains(@class, 'comment')])]"):
        found = card.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' p-name ')] | .//*[@itemprop='name']")
        name = " ".join("".join(found[0].itertext()).split()) if found else ""
        if name:
            names.add(name)
    return names.pop() if len(names) == 1 else None


def _footer_publisher(tree: Any) -> str | None:
    """Round 14b: the outlet a page's own <footer> names in a copyright line ('Tidewatch ©
    2026', '© 2026 Harbour Gazette Ltd.'), read by the byline rules' footer shapes, when the
    metadata, the <title> and JSON-LD name none (the article text the byline rules read
    stops before the footer)."""
    for footer in tree.xpath("//footer[not(ancestor::article)]"):
        lines = [" ".join(line.split()) for line in visible_text(footer).split("\n")]
        found = extract_byline("\n".join(line for line in lines if line)).publisher
        if found:
            return found
    return None


def _json_ld_publisher(tree: Any) -> str | None:
    """The publisher's name in the page's JSON-LD article object (read when trafilatura found
    no site name, as for the author)."""
    return next(iter(_json_ld_names(tree, "publisher")), None)


def _json_ld_names(tree: Any, key: str) -> list[str]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _ld_objects(data):
            types = obj.get("@type")
            if not set(types if isinstance(types, list) else [types]) & _LD_ARTICLE_TYPES:
                continue
            values = obj.get(key)
            names = [v.get("name") if isinstance(v, dict) else v
                     for v in (values if isinstance(values, list) else [values])]
            names = [clean_str(n) for n in names if isinstance(n, str) and clean_str(n)]
            if names:
                return names
    return []


def blogger_title(tree: Any) -> tuple[str, str] | None:
    """(blog name, post title) of a Blogger page: its generator says 'blogger' and its <title>
    is 'Blog name: Post title' (trafilatura takes the blog's h1 for the title; the post's title is
    an h3)."""
    generator = tree.xpath("//meta[@name='generator']/@content")
    title_tag = clean_str(tree.findtext(".//title"))
    if not generator or generator[0].strip().lower() != "blogger" or not title_tag or ": " not in title_tag:
        return None
    blog, post = (part.strip() for part in title_tag.split(": ", 1))
    return (blog, post) if blog and post else None


def _ld_objects(data: Any) -> list[dict]:
    """The objects of a JSON-LD block: itself, a list's items, an '@graph's items."""
    items = data if isinstance(data, list) else [data]
    found = []
    for item in items:
        if isinstance(item, dict):
            found.append(item)
            found.extend(g for g in item.get("@graph") or [] if isinstance(g, dict))
    return found




def page_author(meta: Any, tree: Any) -> str | None:
    """The article's author from the page's own markup: trafilatura's byline element, else the
    JSON-LD article object, else a personal blog's one author card."""
    return _meta_author(meta.author) or _json_ld_author(tree) or _h_card_author(tree)


def page_publisher(meta: Any, tree: Any, headline: str | None, blogger: tuple[str, str] | None) -> str | None:
    """The site's name: trafilatura's site name or the <title>'s site part, else the JSON-LD
    publisher, else a Blogger blog's name, else the copyright line of the page's footer."""
    return (_publisher(meta, tree, headline) or _json_ld_publisher(tree) or (blogger[0] if blogger else None)
            or _footer_publisher(tree))
