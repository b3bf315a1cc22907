"""Assemble the comments of a labelled thread: drafts per author line, their text, timestamps,
reply targets and nesting (used by transforms/comments.py; transforms.comment_finish turns
the drafts into the final Comment records)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from transforms import rules
from transforms.comment_authors import HEADER
from transforms.comment_headers import link_depth
from transforms.comment_lines import (
    BLANK, CHROME, NOISE, QUOTE, REPLY_ARROWS, REPLY_TO, TEXT, TIME, Candidate, Line, author_handle,
    bracketed_timestamp, clean_name, item_indent, name_shaped, next_non_blank, past_post_number,
)
from transforms.lines import comparable
from transforms.timestamps import is_timestamp, split_trailing_timestamp

CLOSED_SHARE = 0.8  # when this share of comments end with an action bar, text after one is chrome


@dataclass(frozen=True)
class Comment:
    position: int
    author: str | None
    body: str
    parent_position: int | None
    posted_at: datetime | None


@dataclass(frozen=True)
class CommentSection:
    declared_count: int | None
    comments: tuple[Comment, ...] = ()





@dataclass
class _Draft:
    author: str | None
    stamp: str | None
    indent: int
    parent_name: str | None = None
    replies: int | None = None
    hidden: int = 0  # 'Show N more replies' after it: that many of the replies announced above are not shown
    replies_link: bool = False  # 'View N replies' under it: the comment has replies, shown or not
    number: int | None = None  # the post number the page prints ('#3')
    handle: str | None = None  # the '@handle' beside the display name, for '@handle' replies
    paragraphs: list[list[str]] = field(default_factory=list)
    closed: bool = False  # an action bar (Reply, Like...) came after the comment text
    after_close: list[list[str]] = field(default_factory=list)  # text after that bar

    def add(self, text: str, new_paragraph: bool) -> None:
        target = self.after_close if self.closed else self.paragraphs
        if new_paragraph or not target:
            target.append([text])
        else:
            target[-1].append(text)

    @property
    def body(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p).strip()


def comment_on_answer(text: str) -> bool:
    """A Q&A page's header of a comment on an answer ('Kommentar von X', 'Comment by X'; rule
    kind comment_header), as opposed to the answer's own header (the poster's name)."""
    return rules.kind_regex(rules.COMMENT_FILE, ("comment_header",)).fullmatch(text.strip()) is not None


_SIGNED = re.compile(r"^[—–]\s?(?P<name>[^,·•|]{1,60}?)\s*(?:,[^·•|]{1,60})?(?:\s?[·•|].{0,40})?$")


def signature_lines(
    lines: list[Line], texts: list[int], candidates: dict[int, Candidate]
) -> dict[int, tuple[str, str | None]]:
    """Letters-page layout: each comment is signed under its text ('— Jan Pellow, Marlow Bay ·
    👍 112').  Used when two or more such lines exist and no author line is explicit."""
    signed = {}
    for i in texts:
        match = _SIGNED.match(lines[i].text)
        if match and name_shaped(match.group("name")):
            split = split_trailing_timestamp(lines[i].text)  # '— Anna Schmidt, 12.03.2024 18:40'
            signed[i] = (match.group("name").strip(), split[1] if split else None)
    explicit = any(candidates[i].strength > 0 for i in texts if i not in signed)
    if len(signed) < 2 or explicit or any(line.kind == TIME for line in lines):
        return {}
    return signed


def signed_drafts(lines: list[Line], signed: dict[int, tuple[str, str | None]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    current = _Draft(None, None, 0)
    new_paragraph = True
    under_signature = False  # still in the signature's block (no blank line or text since)
    for i, line in enumerate(lines):
        if i in signed:
            current.author, current.stamp = signed[i]
            drafts.append(current)
            current, new_paragraph, under_signature = _Draft(None, None, 0), True, True
        elif line.kind == TEXT:
            current.add(line.text, new_paragraph)
            new_paragraph = under_signature = False
        else:
            if line.kind in (QUOTE, REPLY_TO) and line.name:
                # 'En respuesta a X · date' right under the signature names the signed comment's
                # parent (round 10a); above a comment's text it names that comment's
                owner = drafts[-1] if under_signature else current
                if owner.parent_name is None:
                    owner.parent_name = line.name
            under_signature = under_signature and line.kind != BLANK
            new_paragraph = True
    return drafts


_INLINE_AUTHOR = re.compile(r"^(?P<head>[^:]{1,80}?)\s?:\s+(?P<text>\S.*)$")
INLINE_NAME_WORDS = 4  # 'Anna Schmidt: text' - a name before the colon is this short
INLINE_MIN_NAMES = 2  # distinct names that make a thread of 'Name: text' lines


def inline_author_lines(lines: list[Line], texts: list[int]) -> dict[int, tuple[str, str | None, str]]:
    """Threads that print each comment as 'Name: text' on one line ('- **Anna** (2 hours
    ago): ...'): {line index: (name, timestamp, text)}, when the thread starts with such a
    line and two or more different names do it; else {}."""
    found = {}
    for i in texts:
        match = _INLINE_AUTHOR.match(lines[i].text)
        if not match:
            continue
        head = match.group("head")
        split = bracketed_timestamp(head) or split_trailing_timestamp(head)
        head, stamp = split if split else (head, None)
        name = clean_name(head)
        if name_shaped(name) and len(name.split()) <= INLINE_NAME_WORDS and not is_timestamp(name):
            found[i] = (name, stamp, match.group("text"))
    names = {comparable(name) for name, _, _ in found.values()}
    if len(names) < INLINE_MIN_NAMES or texts[0] not in found:
        return {}
    return found


def inline_drafts(lines: list[Line], inline: dict[int, tuple[str, str | None, str]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    new_paragraph = False
    for i, line in enumerate(lines):
        if i in inline:
            name, stamp, text = inline[i]
            drafts.append(_Draft(name, stamp, line.indent))
            drafts[-1].add(text, True)
            new_paragraph = False
        elif line.kind == TEXT and drafts:
            drafts[-1].add(line.text, new_paragraph)
            new_paragraph = False
        elif line.kind != TEXT:
            if line.kind in (QUOTE, REPLY_TO) and line.name and drafts and drafts[-1].parent_name is None:
                drafts[-1].parent_name = line.name
            new_paragraph = True
    return drafts


def thread_drafts(
    lines: list[Line], is_author: dict[int, bool], candidates: dict[int, Candidate], layout: str
) -> list[_Draft]:
    orphan = _Draft(None, None, 0)
    drafts: list[_Draft] = []
    current = orphan
    new_paragraph = True
    stamp_ahead = None  # a timestamp printed just above the next author line
    depth_ahead = None  # a nesting marker ('level 2') printed above the next comment
    parent_ahead = None  # a reply marker printed above the next comment
    last_answer = None  # Q&A pages: the poster of the latest post that is no comment on another
    for i, line in enumerate(lines):
        if line.depth is not None:
            depth_ahead = line.depth
        if line.kind == TEXT and is_author[i]:
            cand = candidates[i]
            indent = item_indent(line) if depth_ahead is None else 4 * depth_ahead
            if line.text[:1] in REPLY_ARROWS and cand.stamp:
                indent += 4  # '↳ Silvia – date': a reply one level under the comment above
            indent += 4 * link_depth(line.text)  # round 14a: '| parent |' on a copy that lost the nesting
            on_answer = comment_on_answer(line.text)
            # a Q&A page's 'Kommentar von X' under an answer comments on that answer (round 22a)
            parent = cand.parent_name or parent_ahead or (last_answer if on_answer else None)
            current = _Draft(cand.name, cand.stamp or stamp_ahead, indent, parent_name=parent)
            last_answer = last_answer if on_answer else cand.name
            number = re.match(r"\s*#(\d{1,6})\b", line.text)
            current.number = int(number.group(1)) if number else None
            current.handle = author_handle(line.text)
            stamp_ahead = depth_ahead = parent_ahead = None
            drafts.append(current)
            new_paragraph = True
        elif line.kind == TEXT and _profile_name(lines, i, current):
            new_paragraph = True
        elif line.kind == TEXT:
            current.add(line.text, new_paragraph)
            new_paragraph = False
        else:
            if line.kind == NOISE and current.paragraphs and not line.replies:
                current.closed = True
            author_ahead = any(is_author.get(j, False) for j in past_post_number(lines, i, 1))
            if line.kind in (QUOTE, REPLY_TO) and line.name:
                if author_ahead:
                    parent_ahead = line.name  # '→ Antwort an X' printed above the reply
                elif current.parent_name is None:
                    current.parent_name = line.name
            if line.kind == TIME and layout == HEADER and author_ahead:
                stamp_ahead = line.stamp
            elif line.stamp and current.stamp is None and current is not orphan:
                current.stamp = line.stamp
            if line.replies is not None and current is not orphan and current.replies is None:
                current.replies = line.replies
            if line.hidden and current is not orphan:
                current.hidden += line.hidden
                current.replies_link = current.replies_link or line.replies_link
            new_paragraph = True
    # Text above the first author line of a thread with authors is widget chrome the rules
    # do not know (a teaser, a prompt): it is not a comment.
    _settle_closed(drafts)
    return drafts


def _profile_name(lines: list[Line], i: int, current: _Draft) -> bool:
    """The poster's own name again under the text of their post, above the profile chrome
    (phpBB's prosilver prints the profile box after the post: 'rafa_cbr600' / 'Forero habitual'
    / 'Mensajes: 1204', round 13a): the start of the profile, not the poster's words."""
    if not current.author or not current.paragraphs or comparable(lines[i].text) != comparable(current.author):
        return False
    below = next_non_blank(lines, i)
    return bool(below) and lines[below[0]].kind not in (TEXT, BLANK)


def _settle_closed(drafts: list[_Draft]) -> None:
    """When (nearly) every comment ends with an action bar, text after a comment's bar is
    page chrome (a footer, a site name), not comment text; otherwise the bar sat inside
    the comment and the text after it is the comment's own."""
    with_text = [d for d in drafts if d.paragraphs]
    closing = with_text and sum(d.closed for d in with_text) >= CLOSED_SHARE * len(with_text)
    for draft in drafts:
        if not closing:
            draft.paragraphs.extend(draft.after_close)
        draft.after_close = []


def authorless_drafts(lines: list[Line], texts: list[int]) -> list[_Draft]:
    """Without author lines, comments are separated by chrome lines (Reply, timestamps...),
    else by blank lines, else each line is one comment."""
    if not texts:
        return []
    gaps = [range(texts[k - 1] + 1, texts[k]) for k in range(1, len(texts))]
    has_chrome = any(any(lines[j].kind in CHROME for j in gap) for gap in gaps)
    has_blank = any(len(gap) > 0 for gap in gaps)
    drafts = [_Draft(None, None, 0)]
    drafts[0].add(lines[texts[0]].text, True)
    for k in range(1, len(texts)):
        gap = gaps[k - 1]
        chrome = any(lines[j].kind in CHROME for j in gap)
        blank = len(gap) > 0
        if (has_chrome and chrome) or (not has_chrome and (blank or not has_blank)):
            drafts.append(_Draft(None, None, 0))
            drafts[-1].add(lines[texts[k]].text, True)
        else:
            drafts[-1].add(lines[texts[k]].text, blank)
    return drafts
