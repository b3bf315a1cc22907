"""A saved web page -> one RawDocument: its comment section read from the markup
(transforms.html_comments; else trafilatura's comment block; else the page's visible text read
by the text rules), trafilatura's main text of the page without it (a forum thread: the
opening post), and the page's own metadata (read in transforms/html_metadata.py)."""

from __future__ import annotations

import copy
import re
from functools import cache
from html import unescape
from typing import Any

import trafilatura
from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH

from transforms.comment_drafts import CommentSection
from transforms.comments import split_comment_block, split_comment_section
from transforms.decode import DecodeError, decode_raw, repair_text
from transforms.flat_layout import flatten
from transforms.html_comments import drop_element, inline_frames, read_comment_section
from transforms.html_metadata import author_above_text, blogger_title, page_author, page_publisher, page_title
from transforms.html_text import class_parts, is_embedded_post, visible_text
from transforms.metadata import Byline, extract_byline, merge_bylines, parse_date
from transforms.rules import load_rule_file
from transforms.raw_document import RawDocument, clean_str, language_of, title_of

_DECLARED_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
# Where a browser's "Save page as" wrote the page's address, used when the page's
# metadata names no URL. (The save date next to it is not the publication date.)
SAVED_PAGE_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Internet Explorer / Chrome / Edge "mark of the web": <!-- saved from url=(0071)https://... -->
    re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE),
    # SingleFile extension: <!-- Page saved with SingleFile \n url: https://... \n saved date: ... -->
    re.compile(r"<!--\s*Page saved with SingleFile\s+url:\s*(https?://\S+)", re.IGNORECASE),
)
_HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})\b", re.IGNORECASE)
# Last resort for a page so broken that neither trafilatura nor its html2txt find
# text (an unclosed <title> swallowing the body): drop code blocks, then all tags.
_CODE_BLOCKS_RE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
CHROME_RULES_FILE = "html_chrome.json"
# A comment section found in the page's visible text (no markup rule and no trafilatura
# comment block found one) is taken when at least this many of its comments have an author.
PAGE_TEXT_MIN_NAMED_COMMENTS = 2
# Class words of a block holding a comment's replies ('note-replies', 'ol.children', 'op-respuestas').
REPLY_BLOCK_WORDS = frozenset({"replies", "children", "answers", "antworten", "reponses", "respuestas", "risposte", "respostas"})
_NAME_PARTS = re.compile(r"[-_]+")


def read_html(raw: bytes) -> RawDocument:
    declared = _DECLARED_CHARSET_RE.search(raw[:4096])
    html = repair_text(decode_raw(raw, declared and (declared.group(1) or declared.group(2)).decode("ascii")))
    tree = trafilatura.load_html(html)
    if tree is None:
        return _document_from_tags(html)
    # The comment section as its markup shows it (a widget the rules know), and the page
    # without it: the article is read from what is left.
    found, article_tree = read_comment_section(inline_frames(tree))
    article_tree = _embeds_out_of_figures(_without_image_captions(_without_large_standfirst(_without_chrome_blocks(article_tree))))
    meta = trafilatura.extract_metadata(
        _without_comment_section(article_tree),
        # Dates from the page's metadata and date elements only, never today's.
        date_config={"extensive_search": False, "original_date": True},
    )
    # A forum thread: its opening post is the article, with its poster, time and the thread's title.
    thread = found if found is not None and found.article_text else None
    if thread is not None:
        text, comments = thread.article_text, None
    else:
        extracted = trafilatura.bare_extraction(article_tree, include_comments=found is None, include_tables=True)
        if extracted is None or not (extracted.text or "").strip():
            # Too little for trafilatura's main-text detection: keep the page's whole
            # text rather than losing the article.
            text, comments = trafilatura.html2txt(html) or _text_without_tags(html), None
        else:
            text, comments = extracted.text, extracted.comments
    text = _paragraphs(repair_text(text or ""))
    if not text.strip():
        raise DecodeError("the HTML page holds no readable text; nothing to load")
    section = found.section if found is not None else None
    comments_text = _paragraphs(repair_text(comments)) if comments and comments.strip() else None
    if found is None and not _holds_comments(comments_text):
        in_page, thread_lines = _comments_in_page_text(tree)
        if in_page is not None:
            section, comments_text = in_page, None
            text = _before_thread(text, thread_lines)
    opening_post = thread.article_posted_at if thread else None
    blogger = blogger_title(tree)
    page = Byline(
        author=(thread.article_author if thread else None) or page_author(meta, tree),
        publisher=page_publisher(meta, tree, (thread.article_title if thread else None) or meta.title, blogger),
        # a thread's opening post is its article: its time wins over a date element elsewhere on the
        # page (round 24a: SMF prints the reader's current time in the user bar as a <time>)
        published_date=(opening_post.date() if opening_post else None) or parse_date(meta.date),
        url=clean_str(meta.url) or _saved_page_url(html),
    )
    byline = merge_bylines(page, extract_byline(text))
    if byline.author is None:
        byline = merge_bylines(byline, Byline(author=author_above_text(article_tree, text)))
    lang = _HTML_LANG_RE.search(html[:5000])
    return RawDocument(
        record_key="",
        text=text,
        title=(thread.article_title if thread else None) or page_title(meta, blogger) or title_of(text),
        url=byline.url,
        author=byline.author,
        publisher=byline.publisher,
        published_date=byline.published_date,
        comments_text=comments_text,
        comment_section=section,
        language_hint=language_of(lang.group(1) if lang else None),
    )


def _holds_comments(comments_text: str | None) -> bool:
    """trafilatura's comment block (as paragraphs) holds a comment the text rules find. Round 33: a
    block of the comment form's chrome alone ('Añade un comentario...', the Facebook plugin's
    placeholder in a <p>) is no thread: the page's visible text is read for it as when trafilatura
    finds none. (transforms.document parses the block again for the records: a page reaches here
    only when no markup rule found its thread.)"""
    return bool(comments_text) and bool(split_comment_block(comments_text).comments)


def _comments_in_page_text(tree: Any) -> tuple[CommentSection | None, frozenset[str]]:
    """The comment section of a page whose comment markup no rule knows and trafilatura did
    not find (a paper's own list in its own classes): the page's visible text, one line per
    block element, read by the text rules that find a comment section in a saved text page
    ('Kommentare (6)', author and time lines, 'Antworten · Melden'); with the lines of the
    thread that the article above it does not also print. (None, no lines) when they find no
    thread with PAGE_TEXT_MIN_NAMED_COMMENTS named comments."""
    body = tree.find(".//body")  # the page as parsed: the steps above changed only copies of it
    if body is None:
        return None, frozenset()
    visible = flatten(visible_text(body, depth_of=_nesting_depth))
    article, section = split_comment_section(visible)
    named = sum(1 for comment in section.comments if comment.author)
    if named < PAGE_TEXT_MIN_NAMED_COMMENTS:
        return None, frozenset()
    above = {line.strip() for line in article.split("\n")}
    return section, frozenset(line.strip() for line in visible.split("\n")) - above - {""}


def _before_thread(text: str, thread_lines: frozenset[str]) -> str:
    """trafilatura's main text cut where the comment section found in the page's visible text
    begins: a page that prints its thread in plain blocks (one <p> per line, no comment
    classes) gets the comments' texts into the main text, without their author and time lines,
    which the text rules then cannot split off. The cut is at the first paragraph after the
    first that is a line of the thread and not of the article above it."""
    paragraphs = text.split("\n\n")
    for i, paragraph in enumerate(paragraphs[1:], start=1):
        if paragraph.strip() in thread_lines:
            return "\n\n".join(paragraphs[:i])
    return text


def _nesting_depth(el: Any) -> int:
    """Round 11b: how deep a block stands in nested lists (a list inside a list item: a reply
    list) and in reply blocks (a class named 'replies' / 'children' and the like), so that the
    page's visible text shows replies indented, which the text rules read as nesting."""
    lists = replies = 0
    for ancestor in el.iterancestors():
        if ancestor.tag in ("ol", "ul"):
            lists += 1
        if class_parts(ancestor) & REPLY_BLOCK_WORDS:
            replies += 1
    return max(lists - 1, 0) + replies


def _document_from_tags(html: str) -> RawDocument:
    text = _paragraphs(_text_without_tags(html))
    if not text:
        raise DecodeError("the HTML page holds no readable text; nothing to load")
    return RawDocument(record_key="", text=text, title=title_of(text), url=_saved_page_url(html))


def _text_without_tags(html: str) -> str:
    text = _TAG_RE.sub("\n", _CODE_BLOCKS_RE.sub(" ", html))
    lines = (re.sub(r"\s+", " ", unescape(line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _saved_page_url(html: str) -> str | None:
    head = html[:4000]
    for pattern in SAVED_PAGE_URL_PATTERNS:
        match = pattern.search(head)
        if match:
            return match.group(1)
    return None


def _without_comment_section(tree: Any) -> Any:
    """A copy of the page without its reader comments (trafilatura's own comment
    xpaths), so a comment's timestamp or author is never the article's."""
    pruned = copy.deepcopy(tree)
    for xpath in REMOVE_COMMENTS_AND_LISTS_XPATH:
        for node in xpath(pruned):
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
    return pruned


@cache
def _chrome_words() -> tuple[frozenset[str], int, tuple[str, ...]]:
    rules = load_rule_file(CHROME_RULES_FILE)
    words = frozenset(w for group in rules["groups"] for w in group["words"])
    return words, rules["max_words"], tuple(rules["name_attributes"])


def _without_chrome_blocks(tree: Any) -> Any:
    """The page without the blocks transforms/rules/html_chrome.json names (newsletter boxes,
    related-article lists, share bars, ad slots): trafilatura keeps some of their headings and
    prompts, which then read as article lines. `tree` is changed and returned."""
    words, max_words, attributes = _chrome_words()
    for el in list(tree.iter("*")):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        names = " ".join(el.get(attribute) or "" for attribute in attributes).lower().split()
        if not any(name in words or any(part in words for part in _NAME_PARTS.split(name)) for name in names):
            continue
        if el.xpath(".//h1") or len(" ".join(el.itertext()).split()) > max_words:
            continue
        drop_element(el)
    return tree


# An image's caption printed as its own block, not a <figcaption>: at most this many words.
CAPTION_MAX_WORDS = 25
_EMPHASIS_TAGS = frozenset({"i", "em", "small"})


def _without_image_captions(tree: Any) -> Any:
    """The page without captions a blog editor prints as a plain block right under an image
    (Blogger: a 'separator' div holding only the picture, then a centred
    '<div><i>Einer der beiden Walkhämmer</i></div>'): a block of at most CAPTION_MAX_WORDS words,
    all of them inside italic or small print, right after a block that holds an image and no text.
    `tree` is changed and returned."""
    for el in list(tree.iter("div", "p")):
        previous = el.getprevious()
        if previous is None or el.getparent() is None or not _image_only(previous):
            continue
        words = " ".join(el.itertext()).split()
        emphasised = [t for child in el.iter(*_EMPHASIS_TAGS) for t in child.itertext()]
        if words and len(words) <= CAPTION_MAX_WORDS and " ".join(emphasised).split() == words:
            drop_element(el)
    return tree


# A standfirst set as the article's first paragraph in a larger type: at most this many words,
# and this many paragraphs with text after it in the same block (the article it stands above).
STANDFIRST_MAX_WORDS = 60
STANDFIRST_MIN_FOLLOWING = 2


@cache
def _standfirst_size_classes() -> frozenset[str]:
    return frozenset(load_rule_file(CHROME_RULES_FILE)["first_paragraph_standfirst_classes"])


def _without_large_standfirst(tree: Any) -> Any:
    """Round 17c: the standfirst a block editor sets as the article's first paragraph in a larger
    type preset ('<p class="has-large-font-size"><strong>The branch library will trial Sunday
    opening ...</strong></p>' under the headline, no class naming it a dek): the first paragraph
    with text after the page's h1, with a class of html_chrome.json's
    first_paragraph_standfirst_classes, at most STANDFIRST_MAX_WORDS words, followed by at least
    STANDFIRST_MIN_FOLLOWING paragraphs of its block. A lead merely in bold stays (it is often the
    news story's first paragraph, de_wpdiscuz_r6d_02). `tree` is changed and returned."""
    h1 = next(tree.iter("h1"), None)
    first, after_h1 = None, False
    for el in tree.iter("*") if h1 is not None else ():
        if el is h1:
            after_h1 = True
        elif after_h1 and el.tag == "p" and " ".join(el.itertext()).split():
            first = el
            break
    if first is None or not set((first.get("class") or "").split()) & _standfirst_size_classes():
        return tree
    following = [p for p in first.itersiblings("p") if " ".join(p.itertext()).split()]
    if len(" ".join(first.itertext()).split()) <= STANDFIRST_MAX_WORDS and len(following) >= STANDFIRST_MIN_FOLLOWING:
        drop_element(first)
    return tree


def _embeds_out_of_figures(tree: Any) -> Any:
    """Round 13b: the boxes around a post embedded from another site (WordPress's
    figure.wp-block-embed and its div.wp-block-embed__wrapper around a tweet's blockquote) made
    plain blocks: trafilatura drops figures as images and classes naming an 'embed' as widgets,
    and the tweet's words are the article's. `tree` is changed and returned."""
    for post in [el for el in tree.iter("*") if is_embedded_post(el)]:
        for box in post.iterancestors():
            if box.tag != "figure" and "embed" not in (box.get("class") or "").lower():
                break
            box.tag = "div"
            box.attrib.pop("class", None)
    return tree


def _image_only(el: Any) -> bool:
    return isinstance(el.tag, str) and bool(el.xpath(".//img")) and not "".join(el.itertext()).strip()


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph per line: separate them by a blank line."""
    return re.sub(r"\n+", "\n\n", text.strip())
