"""Cut the reader-comment section off an article and split it into comments.

The widget vocabulary (counts, headings, form labels, Reply/Like/vote chrome, author-line and
reply-marker shapes, per family and language) lives in transforms/rules/comment_widgets.json;
transforms/comment_lines.py classifies lines with it.  A section starts only on widget
evidence (a count or heading line, a widget line with more chrome next to it, or a cluster of
thread chrome around timestamps) after some article prose, so prose that talks about
"comments" never cuts the body.  Inside the section, author lines are told from short comment
lines by several signals at once (line shape, names recurring in the thread, blank lines,
timestamps and action bars around the line), and one best labelling of the whole thread is
chosen so that author lines and comment text alternate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from transforms.comment_lines import (
    ANCHOR, BLANK, BOILER, CHROME, COUNT, END, FORM, NOISE, NOTICE, QUOTE, REPLY_TO, SPECIFIC, TEXT, TIME,
    WIDGET, REPLY_ARROWS, Candidate, Line, at_names, bare_candidate, classify_all, explicit_author,
    name_shaped, refine_thread, without_role_suffix,
)
from transforms.lines import comparable
from transforms.timestamps import parse_timestamp


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


EMPTY_SECTION = CommentSection(None, ())

MIN_PROSE_WORDS_BEFORE = 40  # a section starts after this much article prose ...
MIN_PROSE_WORDS_SHORT = 20  # ... or after this much when comments with authors follow
ARTICLE_BETWEEN_WORDS = 80  # prose between two section starts that makes the first a header link
EVIDENCE_WINDOW = 6  # non-blank lines looked at after a widget line for more chrome
CLUSTER_WINDOW = 4  # a chrome line and the next non-blank lines ...
CLUSTER_MIN = 3  # ... of which this many are chrome: a thread without a heading
AUTHOR_LINE_WORDS = 12  # an author line that may start a thread is at most this long
AUTHOR_AFTER_AUTHOR = -3.0  # two author lines in a row (no comment text between)
LAYOUT_SHARE = 0.75  # when this share of author lines carry a timestamp ...
CLOSED_SHARE = 0.8  # when this share of comments end with an action bar, text after one is chrome
UNSTAMPED_SCORE = -5.0  # ... a line without one scores at most this as an author


# ---------------------------------------------------------------- public API


def split_comment_section(text: str) -> tuple[str, CommentSection]:
    """(article part, parsed comment section); the section is empty when the page has none."""
    lines = _promote_count_headings(classify_all(text.split("\n")))
    starts = list(_section_starts(lines))
    for k, (start, needs_author) in enumerate(starts):
        if _article_follows(lines, start, starts[k + 1:]):
            continue  # a 'Leave a comment' link under the headline, the article below it
        article = "\n".join(line.raw for line in lines[:start]).rstrip()
        section = _parse(lines[start:], context=article)
        if needs_author and not any(c.author for c in section.comments):
            continue
        return article, section
    return text, EMPTY_SECTION


def split_comment_block(text: str) -> CommentSection:
    """Parse a block that holds only comments (e.g. trafilatura's comment text, which has no
    author lines: then every comment comes back with author None)."""
    return _parse(classify_all(text.split("\n")), shape_alone=False)


# ---------------------------------------------------------------- where the section starts


def _section_starts(lines: list[Line]):
    """Candidate starts in page order, each with whether it still needs authored comments to
    count (a start found from a chrome cluster alone)."""
    prose_words = 0
    for i, line in enumerate(lines):
        if line.kind == TEXT:
            words = len(line.text.split())
            if prose_words >= MIN_PROSE_WORDS_BEFORE and words <= AUTHOR_LINE_WORDS and _cluster(lines, i):
                yield i, True  # an author line with its timestamp, then comment chrome
            elif words >= 8:
                prose_words += words
            continue
        if prose_words < MIN_PROSE_WORDS_SHORT or line.kind == BLANK:
            continue
        if line.kind in (COUNT, ANCHOR):
            yield _extend_back(lines, i), prose_words < MIN_PROSE_WORDS_BEFORE
        elif prose_words < MIN_PROSE_WORDS_BEFORE:
            continue
        elif line.kind in (WIDGET, FORM) and _chrome_near(lines, i) >= 1:
            yield _extend_back(lines, i), True
        elif _is_chrome(line) and _cluster(lines, i):
            yield _extend_back(lines, i), True


_COUNT_HEADING = re.compile(r"^(?P<head>[^.!?:;]{3,60}?)\s*[(\[](?P<n>\d{1,6})[)\]]$")
HEADING_MAX_WORDS = 6  # a heading, not a sentence that ends in a bracketed number
HEADING_AUTHORS = 2  # author or timestamp lines right below it that make it a thread heading
HEADING_EVIDENCE = 3  # ... or one of them with widget / action lines: this many in all


def _promote_count_headings(lines: list[Line]) -> list[Line]:
    """A short heading in any wording with a count in brackets ('What readers are saying (4)')
    is the thread's count line when author or timestamp lines follow it at once."""
    out = list(lines)
    for i, line in enumerate(lines):
        m = _COUNT_HEADING.match(line.text) if line.kind == TEXT else None
        if not m or len(m.group("head").split()) > HEADING_MAX_WORDS:
            continue
        window = _window(lines, i)
        authors = sum(1 for x in window if x.kind == TIME or (x.kind == TEXT and explicit_author(x.text)))
        chrome = sum(1 for x in window if x.kind in (NOISE, WIDGET, FORM, NOTICE))
        if authors >= HEADING_AUTHORS or (authors and authors + chrome >= HEADING_EVIDENCE):
            out[i] = replace(line, kind=COUNT, count=int(m.group("n")))
    return out


def _article_follows(lines: list[Line], start: int, later: list[tuple[int, bool]]) -> bool:
    """A strong start further down, with article-length prose between the two."""
    strong = [s for s, needs_author in later if not needs_author and s > start]
    if not strong:
        return False
    between = lines[start:strong[0]]
    if any(x.kind == TIME or (x.kind == TEXT and explicit_author(x.text)) for x in between):
        return False  # timestamps and author lines: this is a thread, not the article
    words = sum(len(x.text.split()) for x in between if x.kind == TEXT and len(x.text.split()) >= 20)
    return words >= ARTICLE_BETWEEN_WORDS


def _is_chrome(line: Line) -> bool:
    return (line.kind in CHROME and line.kind != BOILER) or (line.kind == TEXT and explicit_author(line.text) is not None)


def _is_specific(line: Line) -> bool:
    return line.kind in SPECIFIC or (line.kind == TEXT and explicit_author(line.text) is not None)


def _window(lines: list[Line], i: int) -> list[Line]:
    return [x for x in lines[i + 1:] if x.kind != BLANK][:EVIDENCE_WINDOW]


def _chrome_near(lines: list[Line], i: int) -> int:
    return sum(1 for x in _window(lines, i) if _is_chrome(x) and x.kind != END)


def _cluster(lines: list[Line], i: int) -> bool:
    window = ([lines[i]] + _window(lines, i))[:CLUSTER_WINDOW]
    if not _is_chrome(lines[i]):
        return False
    chrome = [x for x in window if _is_chrome(x)]
    return len(chrome) >= CLUSTER_MIN and any(_is_specific(x) for x in chrome)


def _extend_back(lines: list[Line], i: int) -> int:
    start = i
    while start > 0 and lines[start - 1].kind in (BLANK,) + CHROME:
        start -= 1
    while start < i and lines[start].kind == BLANK:
        start += 1
    return start


# ---------------------------------------------------------------- author lines


def _shape_score(name: str, text: str) -> float:
    """How much a line looks like an author line by its shape; `name` is the line without
    badges after a separator ('Linda Carr · Works at ...' -> 'Linda Carr')."""
    if name != text and len(text) <= 80:
        text = name
    words = text.split()
    if len(text) > 50 or len(words) > 6:
        return -8.0
    score = 1.0 + (0.5 if len(words) <= 3 else 0.0)
    if text.endswith((".", "!", "?", "…", ";", ",")) and not (text.endswith(".") and name_shaped(text)):
        score -= 4.0  # ('Nathalie R.' ends with an initial, not a sentence)
    elif text.endswith(":"):
        score -= 1.5
    if re.search(r"[.!?]\s", text):
        score -= 1.5
    if "," in text:
        score -= 0.5
    if re.search(r"[\"“”«»]", text):
        score -= 1.0
    if text.startswith("@") or re.search(r"https?://|www\.", text):
        score -= 3.0
    if not re.search(r"[^\W\d_]", text):
        score -= 3.0
    return score


def _author_scores(lines: list[Line], texts: list[int], candidates: dict[int, Candidate]) -> list[float]:
    """Evidence (log-odds-like) that each TEXT line (indices into `lines`) is an author line."""
    standalone = {}
    for i in texts:
        before = lines[i - 1].kind if i > 0 else BLANK
        after = lines[i + 1].kind if i + 1 < len(lines) else BLANK
        standalone[i] = before != TEXT and after != TEXT
    names: dict[str, list[int]] = {}
    for i in texts:
        names.setdefault(comparable(candidates[i].name), []).append(i)
    referenced = {comparable(x.name) for x in lines if x.kind in (QUOTE, REPLY_TO) and x.name}
    for i in texts:
        referenced.update(comparable(n) for n in at_names(lines[i].text))

    layout = _time_layout(lines)
    scores = []
    for pos, i in enumerate(texts):
        cand = candidates[i]
        score = cand.strength if cand.strength > 0 else _shape_score(cand.name, lines[i].text)
        key = comparable(cand.name)
        if standalone[i] and any(j != i and standalone[j] for j in names.get(key, [])):
            score += 2.5
        if key in referenced:
            score += 1.5
        if i > 0 and lines[i - 1].kind == TEXT:
            score -= 2.0
        elif standalone[i]:
            score += 0.5
        prev = _previous_non_blank(lines, i)
        if layout == UNDER and any(x.kind == TIME for x in _next_non_blank(lines, i, 2)):
            score += 4.0
        if prev is not None and prev.kind == TIME:
            score += {UNDER: -2.0, HEADER: 4.0, FOOTER: 1.5}[layout]
        elif prev is not None and prev.kind in (NOISE, END, WIDGET, FORM, COUNT, ANCHOR):
            score += 1.5
        if pos == 0:
            score += 1.0
        if pos + 1 < len(texts):
            following = lines[texts[pos + 1]].text
            if len(following) > 60 or following.rstrip().endswith((".", "!", "?", "…")):
                score += 0.5
        else:
            score -= 3.0
        scores.append(score)
    return scores


UNDER, HEADER, FOOTER = "under", "header", "footer"


def _time_layout(lines: list[Line]) -> str:
    """Where the thread prints a comment's timestamp (a vote over its timestamp lines):
    UNDER the author line (Disqus, WordPress, XenForo: the nearest text above, in the same
    block, is a short name), as a HEADER above the author (a blank line above the time), or
    in the FOOTER under the comment text (Facebook: 'Like / Reply / 2w')."""
    votes = {UNDER: 0, HEADER: 0, FOOTER: 0}
    for i, line in enumerate(lines):
        if line.kind == TIME:
            votes[_time_role(lines, i)] += 1
    return max((UNDER, HEADER, FOOTER), key=lambda role: votes[role])


def _time_role(lines: list[Line], i: int) -> str:
    for j in range(i - 1, -1, -1):
        kind = lines[j].kind
        if kind == BLANK:
            return HEADER
        if kind in (TEXT, REPLY_TO):
            text = lines[j].text
            short_name = len(text.split()) <= 5 and not text.rstrip().endswith((".", "!", "?", "…"))
            return UNDER if short_name or kind == REPLY_TO else FOOTER
    return HEADER


def _next_non_blank(lines: list[Line], i: int, n: int) -> list[Line]:
    return [x for x in lines[i + 1:i + 1 + 4 * n] if x.kind != BLANK][:n]


def _previous_non_blank(lines: list[Line], i: int) -> Line | None:
    for j in range(i - 1, -1, -1):
        if lines[j].kind != BLANK:
            return lines[j]
    return None


def _label(lines: list[Line], texts: list[int], scores: list[float]) -> list[bool]:
    """Best author/body labelling (Viterbi over two states): an author line gets its score, a
    body line 0, two author lines in a row pay AUTHOR_AFTER_AUTHOR."""
    if not texts:
        return []
    best_a, best_b = scores[0], 0.0
    back: list[tuple[bool, bool]] = [(False, False)]
    for k in range(1, len(texts)):
        from_a, from_b = best_a + AUTHOR_AFTER_AUTHOR, best_b
        back.append((from_a >= from_b, best_a >= best_b))
        best_a, best_b = max(from_a, from_b) + scores[k], max(best_a, best_b)
    labels = [False] * len(texts)
    state = best_a >= best_b
    for k in range(len(texts) - 1, -1, -1):
        labels[k] = state
        state = back[k][0] if state else back[k][1]
    return labels


# ---------------------------------------------------------------- the thread


@dataclass
class _Draft:
    author: str | None
    stamp: str | None
    indent: int
    parent_name: str | None = None
    replies: int | None = None
    number: int | None = None  # the post number the page prints ('#3')
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


def _parse(lines: list[Line], context: str = "", shape_alone: bool = True) -> CommentSection:
    """Parse thread lines.  shape_alone: short lines may be author lines on their shape and
    recurrence alone (true below widget evidence); else the block also needs thread chrome
    (timestamps, action lines) or explicit author lines, as a bare comment block from an
    extractor (trafilatura) has no author lines at all."""
    declared = next((line.count for line in lines if line.kind == COUNT), None)
    if declared is None:  # a bare 'N replies' heading above the thread
        first_text = next((i for i, line in enumerate(lines) if line.kind == TEXT), len(lines))
        declared = next((line.replies for line in lines[:first_text] if line.replies is not None), None)
    lines = refine_thread(lines, context)
    texts = [i for i, line in enumerate(lines) if line.kind == TEXT]
    candidates = {i: explicit_author(lines[i].text) or bare_candidate(lines[i]) for i in texts}
    scores = _author_scores(lines, texts, candidates)
    labels = _label(lines, texts, scores)
    layout = _time_layout(lines)
    stamped = [_has_own_timestamp(lines, i, candidates[i], layout) for i in texts]
    authors = [k for k, is_author in enumerate(labels) if is_author]
    if layout != FOOTER and len(authors) >= 3 and sum(stamped[k] for k in authors) >= LAYOUT_SHARE * len(authors):
        # The thread prints a timestamp with (nearly) every author: a line without one is
        # not an author line (a widget header, a short comment line).
        scores = [score if stamped[k] else min(score, UNSTAMPED_SCORE) for k, score in enumerate(scores)]
        labels = _label(lines, texts, scores)
    if not shape_alone and not _has_thread_evidence(lines, candidates):
        labels = [False] * len(texts)
    signed = _signature_lines(lines, texts, candidates)
    if signed:
        drafts = _signed_drafts(lines, signed)
    elif any(labels):
        drafts = _drafts(lines, dict(zip(texts, labels)), candidates, layout)
    else:
        drafts = _authorless(lines, texts)
    return CommentSection(declared, _finish(drafts))


_SIGNED = re.compile(r"^[—–]\s?(?P<name>[^,·•|]{1,60}?)\s*(?:,[^·•|]{1,60})?(?:\s?[·•|].{0,40})?$")


def _signature_lines(lines: list[Line], texts: list[int], candidates: dict[int, Candidate]) -> dict[int, str]:
    """Letters-page layout: each comment is signed under its text ('— Jan Pellow, Marlow Bay ·
    👍 112').  Used when two or more such lines exist and no author line is explicit."""
    signed = {}
    for i in texts:
        match = _SIGNED.match(lines[i].text)
        if match and name_shaped(match.group("name")):
            signed[i] = match.group("name").strip()
    explicit = any(candidates[i].strength > 0 for i in texts if i not in signed)
    if len(signed) < 2 or explicit or any(line.kind == TIME for line in lines):
        return {}
    return signed


def _signed_drafts(lines: list[Line], signed: dict[int, str]) -> list[_Draft]:
    drafts: list[_Draft] = []
    current = _Draft(None, None, 0)
    new_paragraph = True
    for i, line in enumerate(lines):
        if i in signed:
            current.author = signed[i]
            drafts.append(current)
            current, new_paragraph = _Draft(None, None, 0), True
        elif line.kind == TEXT:
            current.add(line.text, new_paragraph)
            new_paragraph = False
        else:
            if line.kind in (QUOTE, REPLY_TO) and line.name and current.parent_name is None:
                current.parent_name = line.name
            new_paragraph = True
    return drafts


def _has_own_timestamp(lines: list[Line], i: int, cand: Candidate, layout: str) -> bool:
    if cand.stamp:
        return True
    if layout == UNDER:
        return any(x.kind == TIME for x in _next_non_blank(lines, i, 2))
    prev = _previous_non_blank(lines, i)
    return prev is not None and prev.kind == TIME


def _has_thread_evidence(lines: list[Line], candidates: dict[int, Candidate]) -> bool:
    return any(line.kind in CHROME and line.kind != BOILER for line in lines) or any(
        cand.strength > 0 for cand in candidates.values()
    )


def _drafts(
    lines: list[Line], is_author: dict[int, bool], candidates: dict[int, Candidate], layout: str
) -> list[_Draft]:
    orphan = _Draft(None, None, 0)
    drafts: list[_Draft] = []
    current = orphan
    new_paragraph = True
    stamp_ahead = None  # a timestamp printed just above the next author line
    depth_ahead = None  # a nesting marker ('level 2') printed above the next comment
    parent_ahead = None  # a reply marker printed above the next comment
    for i, line in enumerate(lines):
        if line.depth is not None:
            depth_ahead = line.depth
        if line.kind == TEXT and is_author[i]:
            cand = candidates[i]
            indent = line.indent if depth_ahead is None else 4 * depth_ahead
            current = _Draft(cand.name, cand.stamp or stamp_ahead, indent, parent_name=cand.parent_name or parent_ahead)
            number = re.match(r"\s*#(\d{1,6})\b", line.text)
            current.number = int(number.group(1)) if number else None
            stamp_ahead = depth_ahead = parent_ahead = None
            drafts.append(current)
            new_paragraph = True
        elif line.kind == TEXT:
            current.add(line.text, new_paragraph)
            new_paragraph = False
        else:
            if line.kind == NOISE and current.paragraphs and not line.replies:
                current.closed = True
            ahead = next((j for j in range(i + 1, len(lines)) if lines[j].kind != BLANK), None)
            if line.kind in (QUOTE, REPLY_TO) and line.name:
                if ahead is not None and is_author.get(ahead, False):
                    parent_ahead = line.name  # '→ Antwort an X' printed above the reply
                elif current.parent_name is None:
                    current.parent_name = line.name
            if line.kind == TIME and layout == HEADER and ahead is not None and is_author.get(ahead, False):
                stamp_ahead = line.stamp
            elif line.stamp and current.stamp is None and current is not orphan:
                current.stamp = line.stamp
            if line.replies is not None and current is not orphan and current.replies is None:
                current.replies = line.replies
            new_paragraph = True
    # Text above the first author line of a thread with authors is widget chrome the rules
    # do not know (a teaser, a prompt): it is not a comment.
    _settle_closed(drafts)
    return drafts


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


def _authorless(lines: list[Line], texts: list[int]) -> list[_Draft]:
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


def _finish(drafts: list[_Draft]) -> tuple[Comment, ...]:
    kept = _without_repeats([d for d in drafts if d.body])
    _split_reply_names(kept)
    parents = _parents(kept)
    return tuple(
        Comment(
            position=k + 1,
            author=draft.author or None,
            body=draft.body,
            parent_position=None if parents[k] is None else parents[k] + 1,
            posted_at=parse_timestamp(draft.stamp, require_time=True) if draft.stamp else None,
        )
        for k, draft in enumerate(kept)
    )


def _without_repeats(drafts: list[_Draft]) -> list[_Draft]:
    """A comment shown twice (a 'Readers' picks' box above the full list) counts once, where
    it stands in the full list (its last occurrence)."""
    last = {}
    for k, draft in enumerate(drafts):
        last[(comparable(draft.author or ""), comparable(draft.body))] = k
    return [d for k, d in enumerate(drafts) if last[(comparable(d.author or ""), comparable(d.body))] == k]


def _parents(drafts: list[_Draft]) -> list[int | None]:
    """Parent index of each comment: a named reply target ('X wrote:', Disqus reply-to, an
    @mention of a previous author), an 'N replies' count above, or deeper indentation."""
    parents: list[int | None] = []
    indents = {d.indent for d in drafts if d.author is not None}
    pending: list[tuple[int, int]] = []  # (parent index, replies still expected)
    for k, draft in enumerate(drafts):
        parent = _by_name(drafts, k, draft.parent_name)
        if parent is None:
            for name in at_names(draft.body):
                parent = _by_name(drafts, k, name)
                if parent is not None:
                    break
        if parent is None and pending:
            parent = pending[-1][0]
        if pending:
            index, left = pending[-1]
            pending[-1] = (index, left - 1)
            if left - 1 <= 0:
                pending.pop()
        if parent is None and len(indents) > 1:
            parent = next((j for j in range(k - 1, -1, -1) if drafts[j].indent < draft.indent), None)
        if draft.replies:
            pending.append((k, draft.replies))
        parents.append(parent)
    return parents


def _name_key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", comparable(name)).strip()


def _by_name(drafts: list[_Draft], k: int, name: str | None) -> int | None:
    if not name:
        return None
    number = re.fullmatch(r"#(\d{1,6})", name.strip())
    if number:  # 'Respuesta a #2': the post numbered 2
        wanted_number = int(number.group(1))
        return next((j for j in range(k - 1, -1, -1) if drafts[j].number == wanted_number), None)
    wanted = _name_key(name)
    squashed = wanted.replace(" ", "")
    for j in range(k - 1, -1, -1):
        author = _name_key(drafts[j].author or "")
        if author and (author == wanted or author.replace(" ", "") == squashed):
            return j
    for j in range(k - 1, -1, -1):  # 'Hans-Peter' for the author shown as 'Hans-Peter, Köln'
        author = _name_key(drafts[j].author or "")
        if wanted and author.startswith(wanted + " "):
            return j
    return None


def _split_reply_names(drafts: list[_Draft]) -> None:
    """Disqus prints a reply's header as 'Replier Replied-to' (the arrow lost in the text):
    an author name that ends with the name of an earlier author of the thread is split."""
    for k, draft in enumerate(drafts):
        if not draft.author or draft.parent_name:
            continue
        for j in range(k - 1, -1, -1):
            earlier = drafts[j].author
            if earlier and len(earlier) < len(draft.author) and draft.author.endswith(" " + earlier):
                draft.author = without_role_suffix(draft.author[: -len(earlier)].strip(" " + REPLY_ARROWS))
                draft.parent_name = earlier
                break
