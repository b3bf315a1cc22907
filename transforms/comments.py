"""Cut the reader-comment section off an article and split it into comments.

The widget vocabulary (counts, headings, form labels, Reply/Like/vote chrome, author-line and
reply-marker shapes, per family and language) lives in transforms/rules/comment_widgets.json;
this module walks those rules.  A section starts only on widget evidence (a count or heading
line, or two widget lines close together) after some article prose, so prose that talks about
"comments" never cuts the body.  Inside the section, author lines are told from short comment
lines by several signals at once (line shape, names recurring in the thread, blank lines,
timestamps and action bars around the line) and one best labelling of the whole thread is
chosen, so that every author line is followed by some comment text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from transforms import rules
from transforms.lines import comparable, indent_width, plain_line
from transforms.timestamps import is_timestamp, parse_timestamp, split_trailing_timestamp


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

BLANK, COUNT, ANCHOR, WIDGET, FORM, NOISE, TIME, TEXT = (
    "blank", "count", "anchor", "widget", "form", "noise", "time", "text",
)
CHROME = (COUNT, ANCHOR, WIDGET, FORM, NOISE, TIME)

MIN_PROSE_WORDS_BEFORE = 40  # a section never starts before this much article prose
EVIDENCE_WINDOW = 6  # non-blank lines after a weak widget line searched for a second one
_SEPARATORS = re.compile(r"\s*[|·•]\s*")
_NAME_END = tuple(".!?…:;,\"”»")
_HANDLE_SPLIT = re.compile(r"\s{2,}|\s*(?:→|➞|►|->)\s*")


@dataclass(frozen=True)
class _Line:
    index: int
    raw: str
    text: str
    kind: str
    indent: int = 0
    count: int | None = None
    stamp: str | None = None


@dataclass
class _Draft:
    author: str | None
    stamp: str | None
    indent: int
    parent_name: str | None = None
    paragraphs: list[list[str]] = field(default_factory=list)
    new_paragraph: bool = True

    def add(self, text: str, new_paragraph: bool) -> None:
        if new_paragraph or not self.paragraphs:
            self.paragraphs.append([text])
        else:
            self.paragraphs[-1].append(text)

    @property
    def body(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p).strip()


# ---------------------------------------------------------------- public API


def split_comment_section(text: str) -> tuple[str, CommentSection]:
    """(article part, parsed comment section); the section is empty when the page has none."""
    lines = _classify_all(text.split("\n"))
    start = _section_start(lines)
    if start is None:
        return text, EMPTY_SECTION
    article = "\n".join(line.raw for line in lines[:start]).rstrip()
    return article, _parse(lines[start:])


def split_comment_block(text: str) -> CommentSection:
    """Parse a block that holds only comments (e.g. trafilatura's comment text, which has no
    author lines: then every comment comes back with author None)."""
    return _parse(_classify_all(text.split("\n")))


# ---------------------------------------------------------------- line classes


def _classify_all(raw_lines: list[str]) -> list[_Line]:
    return [_classify(i, raw) for i, raw in enumerate(raw_lines)]


def _count_value(text: str) -> int | None:
    words = text.split()
    if len(words) > 30 or (text.endswith(".") and len(words) > 6):
        return None
    for rule in rules.rules_of(rules.COMMENT_FILE, "count"):
        match = rule.regex.fullmatch(text)
        if match:
            number = match.group("n").lower()
            return int(number) if number.isdigit() else rules.number_words().get(number)
    return None


def _is_chrome_piece(piece: str) -> bool:
    return bool(
        not piece
        or rules.kind_regex(rules.COMMENT_FILE, ("noise",)).fullmatch(piece)
        or is_timestamp(piece)
    )


def _classify(index: int, raw: str) -> _Line:
    text = plain_line(raw)
    indent = indent_width(raw)
    if not text:
        return _Line(index, raw, "", BLANK, indent)
    count = _count_value(text)
    if count is not None:
        return _Line(index, raw, text, COUNT, indent, count=count)
    if rules.kind_regex(rules.COMMENT_FILE, ("anchor",)).fullmatch(text):
        return _Line(index, raw, text, ANCHOR, indent)
    if is_timestamp(text):
        return _Line(index, raw, text, TIME, indent, stamp=text)
    if rules.kind_regex(rules.COMMENT_FILE, ("noise",)).fullmatch(text):
        return _Line(index, raw, text, NOISE, indent)
    pieces = _SEPARATORS.split(text)
    if len(pieces) > 1 and all(_is_chrome_piece(p) for p in pieces):
        stamp = next((p for p in pieces if p and is_timestamp(p)), None)
        return _Line(index, raw, text, NOISE, indent, stamp=stamp)
    if rules.kind_regex(rules.COMMENT_FILE, ("form",)).fullmatch(text):
        return _Line(index, raw, text, FORM, indent)
    if rules.kind_regex(rules.COMMENT_FILE, ("widget",)).fullmatch(text):
        return _Line(index, raw, text, WIDGET, indent)
    if rules.kind_regex(rules.BOILERPLATE_FILE, rules.LINE_NOISE_KINDS, "thread").fullmatch(text):
        return _Line(index, raw, text, NOISE, indent)
    return _Line(index, raw, text, TEXT, indent)


# ---------------------------------------------------------------- where the section starts


def _section_start(lines: list[_Line]) -> int | None:
    prose_words = 0
    for i, line in enumerate(lines):
        if line.kind == TEXT:
            words = len(line.text.split())
            if words >= 8:
                prose_words += words
            continue
        if prose_words < MIN_PROSE_WORDS_BEFORE:
            continue
        if line.kind in (COUNT, ANCHOR) or (line.kind in (WIDGET, FORM) and _evidence_near(lines, i)):
            return _extend_back(lines, i)
    return None


def _evidence_near(lines: list[_Line], i: int) -> bool:
    seen = 0
    for line in lines[i + 1:]:
        if line.kind == BLANK:
            continue
        seen += 1
        if seen > EVIDENCE_WINDOW:
            return False
        if line.kind in CHROME:
            return True
        if line.kind == TEXT and _explicit_author(line.text) is not None:
            return True
    return False


def _extend_back(lines: list[_Line], i: int) -> int:
    start = i
    while start > 0 and lines[start - 1].kind in (BLANK,) + CHROME:
        start -= 1
    while start < i and lines[start].kind == BLANK:
        start += 1
    return start


# ---------------------------------------------------------------- author lines


@dataclass(frozen=True)
class _Candidate:
    name: str
    stamp: str | None
    parent_name: str | None
    strength: float  # evidence from the line alone; 0 for a bare line


def _name_shaped(name: str) -> bool:
    words = name.split()
    return 0 < len(name) <= 60 and 0 < len(words) <= 6 and not name.endswith(_NAME_END)


def _explicit_author(text: str) -> _Candidate | None:
    for rule in rules.rules_of(rules.COMMENT_FILE, "author"):
        match = rule.regex.fullmatch(text)
        if not match:
            continue
        groups = match.groupdict()
        name = _clean_name(groups.get("author") or "")
        stamp = (groups.get("ts") or "").strip() or None
        if stamp and not is_timestamp(stamp):
            if rule.needs_ts:
                continue
            name, stamp = _clean_name(text[match.start("author"):]), None
        if rule.needs_ts and not stamp:
            continue
        if _name_shaped(name):
            return _Candidate(name, stamp, _clean_name(groups.get("parent") or "") or None, 8.0)
    split = split_trailing_timestamp(text)
    if split:
        head, stamp = split
        separated = bool(re.search(r"[|•·,–—-]\s*$|\s(?:on|at|am|le|el)\s*$", head))
        name = _clean_name(re.sub(r"\s(?:on|at|am|le|el|posted)\s*$", "", head.strip(" |•·,–—-")))
        if "," in name:
            name = name.split(",")[0].strip()
        if _name_shaped(name):
            parent = None
            parts = [p for p in _HANDLE_SPLIT.split(name) if p]
            if len(parts) == 2:
                name, parent = parts
            return _Candidate(name, stamp, parent, 5.0 if separated else 3.5)
    return None


def _clean_name(name: str) -> str:
    name = name.strip().strip(" |•·:–—-").strip()
    return re.sub(r"^(?:by|von|par|por)\s+", "", name, flags=re.IGNORECASE)


def _quote_header(text: str) -> str | None:
    """The name a reply/quote marker line points at ("X wrote:", "In reply to X"), else None."""
    for rule in rules.rules_of(rules.COMMENT_FILE, "reply"):
        if rule.prefix:
            continue
        match = rule.regex.fullmatch(text)
        if match:
            groups = match.groupdict()
            name = groups.get("name") or groups.get("name2")
            if name and _name_shaped(name.strip()):
                return name.strip()
    return None


def _at_names(text: str) -> list[str]:
    """Candidate names of a leading @mention, longest first."""
    for rule in rules.rules_of(rules.COMMENT_FILE, "reply"):
        if not rule.prefix:
            continue
        match = rule.regex.match(text)
        if match:
            words = match.group("name").split()
            return [" ".join(words[:k]) for k in range(len(words), 0, -1)]
    return []


def _shape_score(text: str) -> float:
    words = text.split()
    if len(text) > 50 or len(words) > 6:
        return -8.0
    score = 1.0 + (0.5 if len(words) <= 3 else 0.0)
    if text.endswith((".", "!", "?", "…", ";", ",")):
        score -= 4.0
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


def _author_scores(lines: list[_Line], texts: list[int], candidates: dict[int, _Candidate | None]) -> list[float]:
    """Evidence (log-odds-like) that each TEXT line (indices into `lines`) is an author line."""
    standalone = {}
    for i in texts:
        before = lines[i - 1].kind if i > 0 else BLANK
        after = lines[i + 1].kind if i + 1 < len(lines) else BLANK
        standalone[i] = before != TEXT and after != TEXT
    names = {}
    for i in texts:
        key = comparable(candidates[i].name if candidates[i] else lines[i].text)
        names.setdefault(key, []).append(i)
    referenced = set()
    for i in texts:
        target = _quote_header(lines[i].text)
        if target:
            referenced.add(comparable(target))
        for name in _at_names(lines[i].text):
            referenced.add(comparable(name))

    scores = []
    for pos, i in enumerate(texts):
        line = lines[i]
        cand = candidates[i]
        quote = _quote_header(line.text)
        if cand is not None and cand.strength > 0:
            score = cand.strength
        elif quote is not None:
            score = -6.0  # "X wrote:" heads a quote inside a comment
        else:
            score = _shape_score(line.text)
        key = comparable(cand.name if cand else line.text)
        recurring = [j for j in names.get(key, []) if j != i and standalone.get(j)]
        if recurring and standalone[i]:
            score += 2.5
        if key in referenced:
            score += 1.5
        prev = _neighbour(lines, i, -1)
        nxt = _neighbour(lines, i, +1)
        if i > 0 and lines[i - 1].kind == TEXT:
            score -= 2.0
        elif standalone[i]:
            score += 0.5
        if nxt is not None and nxt.kind == TIME:
            score += 4.0
        if prev is not None and prev.kind == NOISE:
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


def _neighbour(lines: list[_Line], i: int, step: int) -> _Line | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].kind != BLANK:
            return lines[j]
        j += step
    return None


def _label(lines: list[_Line], texts: list[int], scores: list[float]) -> list[bool]:
    """Best author/body labelling: an author line gets its score, a body line 0; two author
    lines in a row cost 3 (1 when chrome such as a deleted-comment marker sits between)."""
    if not texts:
        return []
    neg = float("-inf")
    best_a, best_b = scores[0], 0.0
    back: list[tuple[bool, bool]] = [(False, False)]  # (prev label if A, prev label if B)
    for k in range(1, len(texts)):
        chrome_between = any(lines[j].kind in CHROME for j in range(texts[k - 1] + 1, texts[k]))
        aa = -1.0 if chrome_between else -3.0
        from_a_to_a = best_a + aa
        from_b_to_a = best_b
        new_a = max(from_a_to_a, from_b_to_a) + scores[k]
        prev_for_a = from_a_to_a >= from_b_to_a
        new_b = max(best_a, best_b)
        prev_for_b = best_a >= best_b
        back.append((prev_for_a, prev_for_b))
        best_a, best_b = new_a, new_b
    labels = [False] * len(texts)
    state = best_a >= best_b and best_a > neg
    for k in range(len(texts) - 1, -1, -1):
        labels[k] = state
        state = back[k][0] if state else back[k][1]
    return labels


# ---------------------------------------------------------------- the thread


def _parse(lines: list[_Line]) -> CommentSection:
    declared = next((line.count for line in lines if line.kind == COUNT), None)
    texts = [i for i, line in enumerate(lines) if line.kind == TEXT]
    candidates = {i: _explicit_author(lines[i].text) for i in texts}
    scores = _author_scores(lines, texts, candidates)
    labels = _label(lines, texts, scores)
    if not any(labels):
        drafts = _authorless(lines, texts)
    else:
        drafts = _drafts(lines, texts, labels, candidates)
    return CommentSection(declared, _finish(drafts))


def _drafts(lines, texts, labels, candidates) -> list[_Draft]:
    drafts: list[_Draft] = []
    orphan = _Draft(None, None, 0)
    current = orphan
    is_author = dict(zip(texts, labels))
    last_text = None
    for i, line in enumerate(lines):
        if line.kind == TEXT and is_author[i]:
            cand = candidates[i]
            name = cand.name if cand else _clean_name(line.text)
            current = _Draft(name, cand.stamp if cand else None, line.indent,
                             parent_name=cand.parent_name if cand else None)
            drafts.append(current)
            last_text = i
        elif line.kind == TEXT:
            quoted = _quote_header(line.text)
            if quoted is not None:
                current.parent_name = current.parent_name or quoted
                current.new_paragraph = True
                continue
            new_par = last_text is None or any(lines[j].kind != TEXT for j in range(last_text + 1, i))
            current.add(line.text, new_par or current.new_paragraph or _is_author_line(lines, last_text, is_author))
            current.new_paragraph = False
            last_text = i
        elif line.stamp and current.author is not None and current.stamp is None and not current.paragraphs:
            current.stamp = line.stamp
    if orphan.paragraphs and len(orphan.body.split()) >= 3:
        drafts.insert(0, orphan)
    return drafts


def _is_author_line(lines, index, is_author) -> bool:
    return index is not None and lines[index].kind == TEXT and is_author.get(index, False)


def _authorless(lines: list[_Line], texts: list[int]) -> list[_Draft]:
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
    kept = [d for d in drafts if d.body]
    indents = {d.indent for d in kept if d.author is not None}
    comments: list[Comment] = []
    for k, draft in enumerate(kept):
        parent = _parent_by_name(kept, k, draft.parent_name)
        if parent is None:
            for name in _at_names(draft.body):
                parent = _parent_by_name(kept, k, name)
                if parent is not None:
                    break
        if parent is None and len(indents) > 1:
            parent = next((j for j in range(k - 1, -1, -1) if kept[j].indent < draft.indent), None)
        comments.append(
            Comment(
                position=k + 1,
                author=draft.author or None,
                body=draft.body,
                parent_position=None if parent is None else parent + 1,
                posted_at=parse_timestamp(draft.stamp) if draft.stamp else None,
            )
        )
    return tuple(comments)


def _parent_by_name(drafts: list[_Draft], k: int, name: str | None) -> int | None:
    if not name:
        return None
    wanted = comparable(name).lstrip("@")
    squashed = wanted.replace(" ", "")
    for j in range(k - 1, -1, -1):
        author = comparable(drafts[j].author or "")
        if author and (author == wanted or author.replace(" ", "") == squashed):
            return j
    return None
