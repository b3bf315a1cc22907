"""A Q&A page (Stack Exchange and its clones) saved as text: the question is the article, the
answers and the comments under each post are the page's comments.

Such a page prints every post the same way: a vote count, the post's text (the question then
its tags), the post's menu ('Share' / 'Improve this answer' / 'Follow'), its user cards ('edited
DATE', 'answered DATE' over "Name's user avatar", the name, reputation and badges), then the
comments under it, one line each ending ' – Name DATE' (a vote count over some), closed by 'Add
a comment'. The author stands after the text, so the generic thread reader, which looks for a
name above each comment, cannot read it. The words are data (transforms/rules/qa_threads.json);
this module walks the lines. Answers have no parent; a comment under an answer has that answer
as parent (it is printed as the answer's reply list), one under the question none, and a
comment opening with '@name' the latest earlier comment by that name ('@TomaszWren' for Tomasz
Wren) wherever it stands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from transforms.comment_drafts import Comment, CommentSection
from transforms.lines import plain_line
from transforms.metadata import Byline
from transforms.rules import FLAGS, load_rule_file
from transforms.timestamps import is_timestamp, parse_timestamp

RULE_FILE = "qa_threads.json"
MAX_COMMENT_LINES = 6  # a comment wrapped over more lines than this is not a comment line run


@dataclass(frozen=True)
class QaThread:
    article: str  # the page up to the end of the question's text (its header and title included)
    section: CommentSection
    author: str | None  # the asker
    published_date: dt.date | None  # the day it was asked


@dataclass(frozen=True)
class _Post:
    text: list[str]
    author: str | None
    posted_at: Any
    comments: list[tuple[str, str, Any]]  # (text, commenter, time)
    menu_start: int


@cache
def _patterns() -> dict[str, re.Pattern]:
    data = load_rule_file(RULE_FILE)
    patterns = {key: value["pattern"] for key, value in data.items() if isinstance(value, dict) and "pattern" in value}
    words = patterns["menu_word"]  # the menu's other links may share the marker's line
    patterns["menu_marker"] = rf"(?:(?:{words})\s+)*(?:{patterns['menu_marker']})(?:\s+(?:{words}))*"
    return {key: re.compile(rf"\s*(?:{pattern})\s*", FLAGS) for key, pattern in patterns.items()}


@cache
def _author_actions() -> frozenset[str]:
    return frozenset(a.casefold() for a in load_rule_file(RULE_FILE)["author_actions"])


def _is(key: str, line: str) -> bool:
    return bool(_patterns()[key].fullmatch(line))


def read_qa_thread(text: str) -> QaThread | None:
    """The question, answers and comments of a Q&A page saved as text, or None when the page is
    not one (no question menu with the asker's card under it)."""
    raw = text.split("\n")
    rows = [k for k, line in enumerate(raw) if line.strip()]  # blank lines carry nothing here
    lines = [_visible(raw[k]) for k in rows]
    markers = [(i, bool(m.group("question"))) for i, line in enumerate(lines)
               if (m := _patterns()["menu_marker"].fullmatch(line))]
    if not markers or not markers[0][1]:
        return None
    end = next((i for i in range(markers[-1][0], len(lines)) if _is("thread_end", lines[i])), len(lines))
    posts, declared = [], None
    region_start = 0
    for k, (marker, _) in enumerate(markers):
        menu_start, menu_end = _menu_block(lines, marker)
        tail_end = markers[k + 1][0] if k + 1 < len(markers) else end
        post, region_start, count = _post(lines, region_start, menu_start, menu_end, tail_end, question=k == 0)
        if post is None:
            return None
        declared = declared if count is None else count
        posts.append(post)
    question = posts[0]
    if question.author is None:
        return None
    article_end = question.menu_start
    if article_end and _is("tags", lines[article_end - 1]):
        article_end -= 1
        while article_end and _W3M_BULLET.match(raw[rows[article_end]]) and _W3M_BULLET.match(raw[rows[article_end - 1]]) \
                and _is("tags", lines[article_end - 1]):
            article_end -= 1  # w3m prints the tag list one '•' item a tag (round 25a)
    article = "\n".join(raw[:rows[article_end - 1] + 1]) if article_end else ""
    posted = question.posted_at
    return QaThread(article=article, section=CommentSection(declared, _comments(posts)), author=question.author,
                    published_date=posted.date() if posted is not None else None)


_MARKDOWN = re.compile(r"\]\(|^\s*#{1,6}\s|^\s*\*\s")  # a link, a heading, a '*' list item
_W3M_BULLET = re.compile(r"^\s*•\s")  # w3m -dump's list item


def _visible(line: str) -> str:
    """A line as a browser copy prints it: a markdown save's links, headings and '*' list items
    reduced to their text (round 24a, html2text: '[Juliana Prates](…/usuarios/3391)', '## 3
    Respostas', '  * Obrigada! …'), w3m's list bullet dropped ('  • 4 Does the light ...', a
    comment with its score, round 25a); any other line only stripped."""
    if _W3M_BULLET.match(line):
        return line.strip()[1:].strip()
    return plain_line(line) if _MARKDOWN.search(line) else line.strip()


def qa_byline(text: str) -> Byline:
    """The asker and the day asked of a Q&A page (its byline facts); empty for any other page."""
    qa = read_qa_thread(text)
    return Byline(author=qa.author, published_date=qa.published_date) if qa is not None else Byline()


def _menu_block(lines: list[str], marker: int) -> tuple[int, int]:
    """(first line, line after the last) of the post menu around its marker line."""
    start, end = marker, marker + 1
    while start > 0 and _is("menu_word", lines[start - 1]):
        start -= 1
    while end < len(lines) and _is("menu_word", lines[end]):
        end += 1
    return start, end


def _post(lines: list[str], region_start: int, menu_start: int, menu_end: int, tail_end: int,
          question: bool) -> tuple[_Post | None, int, int | None]:
    """One post: its text between region_start and its menu, its cards and comments after the
    menu up to the comment list's foot (or tail_end). Returns the post, where the next post's
    region starts, and an answer count found among its lines."""
    count = None
    body: list[str] = []
    if not question:
        for line in lines[region_start:menu_start]:
            if _is("sort_menu", line):
                continue
            if (m := _patterns()["answer_count"].fullmatch(line)) and not body:
                count = int(re.sub(r"\D", "", m.group("count")))
                continue
            body.append(line)
        while body and _is("vote", body[0]):  # the score, and the accepted answer's mark under it
            body = body[1:]
    i, author, posted_at = _cards(lines, menu_end)
    if author is None:
        return None, tail_end, count
    comments: list[tuple[str, str, Any]] = []
    pending: list[str] = []
    pending_start = i
    while i < tail_end:
        line = lines[i]
        if _is("comments_end", line):
            i += 1
            break
        if _is("answer_count", line) or _is("sort_menu", line):
            break  # no foot under the comments: the answers start
        i += 1
        if not pending and _is("vote", line):
            continue
        if not pending:
            pending_start = i - 1
        pending.append(line)
        found = _signed(" ".join(pending))  # a wrapped comment: its signature may be split too
        if found is not None:
            comments.append(found)
            pending = []
        elif len(pending) > MAX_COMMENT_LINES:
            return None, tail_end, count
    if pending:  # unsigned lines under the last comment: the next post's text
        i = pending_start
    return _Post(body, author, posted_at, comments, menu_start), i, count


def _cards(lines: list[str], i: int) -> tuple[int, str | None, Any]:
    """Walk the user cards from line i: (the line after them, the author's name, the time of the
    'asked' / 'answered' action)."""
    author = posted_at = None
    while i < len(lines):
        m = _patterns()["card_action"].fullmatch(lines[i])
        if not m or not is_timestamp(m.group("when").strip()):
            break
        i += 1
        if i < len(lines) and (_is("card_avatar", lines[i]) or _names_next_line(lines, i)):
            i += 1
        name = None
        if i < len(lines) and not _patterns()["card_action"].fullmatch(lines[i]):
            name = lines[i]
            i += 1
            if i < len(lines) and _is("card_reputation", lines[i]):
                i += 1
            while i < len(lines) and (_is("card_badges", lines[i]) or _is("card_extra", lines[i])):
                i += 1
        if m.group("action").casefold() in _author_actions() and author is None:
            author, posted_at = name, parse_timestamp(m.group("when").strip(), require_time=True)
    return i, author, posted_at


def _names_next_line(lines: list[str], i: int) -> bool:
    """Line i is an avatar's alt text in words no rule has ('Foto de perfil de Ana Costa', or the
    bare name): it holds the whole of the next line, the name."""
    if i + 1 >= len(lines):
        return False
    line, name = lines[i], lines[i + 1]
    return (name in line and not _is("card_reputation", name)
            and not _patterns()["card_action"].fullmatch(name))


def _signed(line: str) -> tuple[str, str, Any] | None:
    """A comment's last line 'text – Name DATE': (text, name, printed time), the time the
    longest tail of words a date format reads, else the longest that reads as a timestamp at
    all, at least one word left for the name (a surname before a day-first date, 'Петрова 3
    дек. 2026 в 10:02', reads as some locale's date but as no format)."""
    separators = list(_patterns()["comment_separator"].finditer(line))
    if not separators:
        return None
    words, signature = line[:separators[-1].start()], line[separators[-1].end():]
    tokens = signature.split()
    tails = [(k, " ".join(tokens[k:])) for k in range(1, len(tokens))]
    for k, when in tails:
        if (posted_at := parse_timestamp(when, require_time=True)) is not None:
            return words.strip(), " ".join(tokens[:k]), posted_at
    for k, when in tails:
        if is_timestamp(when):
            return words.strip(), " ".join(tokens[:k]), None
    return None


def _comments(posts: list[_Post]) -> tuple[Comment, ...]:
    out: list[Comment] = []

    def add(author: str, body: str, parent: int | None, posted_at: Any) -> None:
        parent = _mentioned(body, out) or parent
        out.append(Comment(position=len(out) + 1, author=author, body=body, parent_position=parent,
                           posted_at=posted_at))

    for k, post in enumerate(posts):
        own = None
        if k > 0:
            add(post.author, "\n\n".join(post.text), None, post.posted_at)
            own = len(out)
        for words, name, when in post.comments:
            add(name, words, own, when)
    return tuple(out)


def _mentioned(body: str, earlier: list[Comment]) -> int | None:
    """The latest earlier comment by the user a leading '@name' answers; Stack Exchange writes
    the name without its spaces ('@TomaszWren'), a clone may keep them ('@Renato Vilela é laje',
    round 24a: the longest earlier name the text after '@' opens with, as a whole word)."""
    m = re.match(r"@([\w.-]+)", body)
    if not m:
        return None
    wanted = m.group(1).rstrip(".").casefold()
    found = next((c.position for c in reversed(earlier)
                  if c.author and re.sub(r"\s+", "", c.author).casefold() == wanted), None)
    if found is not None:
        return found
    after = body[1:].casefold()
    spaced = sorted({c.author for c in earlier if c.author and " " in c.author}, key=len, reverse=True)
    name = next((n for n in spaced if re.match(rf"{re.escape(n.casefold())}\b", after)), None)
    return next((c.position for c in reversed(earlier) if c.author == name), None) if name else None
