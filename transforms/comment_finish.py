"""Finish a thread's comment drafts into Comment records (for transforms/comments.py): drop
repeats and chrome at the thread's edges, strip what every author line shares around the names
(a widget's verb, a profile's place), split reply names, find each comment's parent, parse its
time. The drafts themselves are assembled in transforms.comment_drafts.
"""

from __future__ import annotations

import re

from transforms.comment_drafts import Comment, _Draft
from transforms.comment_lines import REPLY_ARROWS, at_names, clean_name, name_shaped, without_role_suffix
from transforms.comment_names import without_place
from transforms.lines import comparable
from transforms.timestamps import parse_timestamp

FRAMED_SHARE = 0.7  # when this share of comments carry a timestamp or an action bar ...
FRAMED_MIN = 4  # ... (in a thread of at least this many), one without either at an edge is chrome
AFFIX_MIN_AUTHORS = 3  # author lines that all share a lower-case word before or after the name ...
AFFIX_MAX_WORDS = 3  # ... of at most this many words: it is the widget's verb, not a name
SIGNATURE_NAME_MIN_CHARS = 3  # a signature opening with the poster's first name: one this long
PLACE_FIELD_SHARE = 0.6  # when this share of a thread's authors (at least AFFIX_MIN_AUTHORS) end in a place ...


def finish(drafts: list[_Draft]) -> tuple[Comment, ...]:
    kept = _without_framed_edges(_without_repeats([d for d in drafts if d.body]))
    _strip_reaction_lines(kept)
    _strip_name_signatures(kept)
    _strip_shared_affix(kept)
    _strip_place_field(kept)
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


# 'Hollis, Marta B. and crumbwatcher' (and 'and 3 others'): the names of those who reacted
_NAME_LIST = re.compile(r"^(?P<names>[^,.!?]{1,40}(?:,\s[^,!?]{1,40}){0,8})\s(?:and|und|et|y|e|en|og|och|i|a)\s"
                        r"(?P<last>[^,!?]{1,40})$", re.IGNORECASE)
_OTHERS = re.compile(r"^\d{1,5}\s\w+(?:\s\w+)?$")  # '3 others', '2 weitere', '4 autres personnes'


def reaction_names(line: str) -> list[str]:
    """The names a line lists ('Hollis, Marta B. and 3 others' -> Hollis, Marta B.), else []."""
    match = _NAME_LIST.match(line.strip())
    if not match:
        return []
    names = [n.strip() for n in match.group("names").split(",")] + [match.group("last").strip()]
    return names[:-1] if _OTHERS.match(names[-1]) else names


def _strip_reaction_lines(drafts: list[_Draft]) -> None:
    """A post's last paragraph that is only names of the thread's posters joined as a list
    ('Hollis, Marta B. and crumbwatcher', a forum's 'liked by' line under the post, round 20a)
    is no text of the post; a list with a name nobody in the thread posts under stays."""
    posters = {comparable(d.author) for d in drafts if d.author}
    for draft in drafts:
        if len(draft.paragraphs) < 2 or len(draft.paragraphs[-1]) != 1:
            continue
        names = reaction_names(draft.paragraphs[-1][0])
        if len(names) >= 2 and all(comparable(n) in posters for n in names):
            draft.paragraphs.pop()


_PIECES = re.compile(r"\S\s[·•|–—]\s\S")  # 'Lucas V. · Santander', 'Kerem – Bostanlı' (round 24a): short pieces set apart
_SENTENCE_END = (".", "!", "?", "…", ":")


def _signature_piece_line(line: str) -> bool:
    """A line of pieces set apart by dots or bars that ends no sentence ('Acuario 60 L plantado ·
    Neocaridina y Otocinclus'): the shape of a typed signature's line, not of a post's prose."""
    return bool(_PIECES.search(line)) and not line.rstrip().endswith(_SENTENCE_END)


def _opens_with_own_name(line: str, author: str) -> bool:
    """The line starts with the poster's name, or its first word and initials ('Lucas V.' for
    'Lucas Villarreal'), then a dot, bar or dash and more pieces ('Kerem – Bostanlı, ...' under
    Kerem_Y's post, round 24a)."""
    first = re.split(r"[\s_.]+", author.strip())[0]
    if len(first) < SIGNATURE_NAME_MIN_CHARS:
        return False
    own = rf"(?:{re.escape(author.strip())}|{re.escape(first)}(?:\s[^\W\d_]\.){{0,2}})"
    return re.match(rf"{own}\s[·•|–—]\s\S", line.strip(), re.IGNORECASE) is not None


def _strip_name_signatures(drafts: list[_Draft]) -> None:
    """A signature typed with no separator (round 21a, Invision without blank lines: 'Lucas V. ·
    Santander' / 'Acuario 60 L plantado · Neocaridina y Otocinclus' under Lucas Villarreal's
    post): from a line that opens with the poster's own name or its short form, set apart from a
    place or a motto, to the end of the post, every line pieces set apart by dots or bars and no
    sentence. It is no text of the post; a post that is only such lines keeps them."""
    for draft in drafts:
        if not draft.author:
            continue
        flat = [(p, n) for p, paragraph in enumerate(draft.paragraphs) for n in range(len(paragraph))]
        start = next((k for k, (p, n) in enumerate(flat)
                      if k and _opens_with_own_name(draft.paragraphs[p][n], draft.author)), None)
        if start is None or not all(_signature_piece_line(draft.paragraphs[p][n]) for p, n in flat[start:]):
            continue
        p, n = flat[start]
        draft.paragraphs[p:] = [draft.paragraphs[p][:n]] if n else []


def _strip_shared_affix(drafts: list[_Draft]) -> None:
    """Words every author line of the thread prints around the name, in lower case ('Tóth
    Gábor szerint:', 'posted by Ray Okafor'), are the widget's 'says' / 'posted by' in a
    language the rules may not know: the names are what differs between the lines."""
    authored = [d for d in drafts if d.author]
    if len(authored) < AFFIX_MIN_AUTHORS:
        return
    names = [d.author.split() for d in authored]
    for lead in (True, False):
        words = []
        for n in range(1, AFFIX_MAX_WORDS + 1):
            piece = [w[:n] if lead else w[-n:] for w in names]
            if any(len(w) <= n for w in names) or len({tuple(p) for p in piece}) != 1:
                break
            if not all(x.islower() and x.isalpha() for x in piece[0]):
                break
            words = piece[0]
        if not words:
            continue
        k = len(words)
        rest = [" ".join(w[k:] if lead else w[:-k]) for w in names]
        if len({comparable(r) for r in rest}) >= 2 and all(name_shaped(r, strict=False) for r in rest):
            for draft, name in zip(authored, rest):
                draft.author = name
            names = [r.split() for r in rest]


def _strip_place_field(drafts: list[_Draft]) -> None:
    """When most author lines of a thread end in a place ('Kerstin Vogler aus Hettstedt',
    'Jens aus Wimmelburg'), the page prints each commenter's place from the profile: it is a
    location, not part of the names (round 11a). On one line of a thread it is a nickname."""
    authored = [d for d in drafts if d.author]
    placed = [d for d in authored if without_place(d.author) != d.author]
    if len(placed) < AFFIX_MIN_AUTHORS or len(placed) < PLACE_FIELD_SHARE * len(authored):
        return
    for draft in placed:
        draft.author = without_place(draft.author)


def _without_framed_edges(drafts: list[_Draft]) -> list[_Draft]:
    """When (nearly) every comment carries a timestamp or ends with an action bar, a 'comment'
    before the first such one or after the last, with neither, is widget chrome the rules do
    not know ('Réagir à cet article' / 'Connectez-vous pour commenter.') or the page footer."""
    framed = [bool(d.stamp) or d.closed for d in drafts]
    if len(drafts) < FRAMED_MIN or sum(framed) < FRAMED_SHARE * len(drafts) or not any(framed):
        return drafts
    first = framed.index(True)
    last = len(framed) - 1 - framed[::-1].index(True)
    return drafts[first:last + 1]


def _without_repeats(drafts: list[_Draft]) -> list[_Draft]:
    """A comment shown twice (a 'Readers' picks' box above the full list) counts once, where
    it stands in the full list (its last occurrence); so does a teaser of it cut with '…'
    (Invision's 'Popular Posts' box above the replies, round 19a)."""
    last = {}
    for k, draft in enumerate(drafts):
        last[(comparable(draft.author or ""), comparable(draft.body))] = k
    kept = [d for k, d in enumerate(drafts) if last[(comparable(d.author or ""), comparable(d.body))] == k]
    return [d for k, d in enumerate(kept) if not _teaser_of_later(d, kept[k + 1:])]


_TEASER_END = ("…", "...")
TEASER_MIN_CHARS = 20  # a teaser long enough to tell one comment from another


def _teaser_of_later(draft: _Draft, later: list[_Draft]) -> bool:
    body = draft.body.strip()
    if not body.endswith(_TEASER_END):
        return False
    head = comparable(body.rstrip(".…").rstrip())
    return len(head) >= TEASER_MIN_CHARS and any(
        comparable(d.author or "") == comparable(draft.author or "") and comparable(d.body).startswith(head)
        and len(comparable(d.body)) > len(head) for d in later)


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
        if parent is None and k > 0 and drafts[k - 1].replies_link and _addresses(draft.body, drafts[k - 1].author):
            parent = k - 1  # 'View 1 reply' under Mario's comment, then 'Mario, esta vez ...' (round 34)
        if parent is None and pending:
            parent = pending[-1][0]
            if len(indents) > 1:  # a reply inside the counted group, nested deeper under another reply (round 15a)
                nested = next((j for j in range(k - 1, -1, -1) if drafts[j].indent < draft.indent), None)
                parent = nested if nested is not None and nested > parent else parent
        if pending:
            index, left = pending[-1]
            pending[-1] = (index, left - 1)
            if left - 1 <= 0:
                pending.pop()
        if parent is None and len(indents) > 1:
            parent = next((j for j in range(k - 1, -1, -1) if drafts[j].indent < draft.indent), None)
        if draft.replies:
            pending.append((k, draft.replies))
        if draft.hidden and pending:  # 'N replies', one shown, 'Show N-1 more replies': the group is over
            index, left = pending[-1]
            pending[-1] = (index, left - draft.hidden)
            if left - draft.hidden <= 0:
                pending.pop()
        parents.append(parent)
    return parents


ADDRESSED_NAME_MIN_CHARS = 3  # a first name this long opening a reply addresses its poster ('Mario, ...')


def _addresses(body: str, author: str | None) -> bool:
    """The comment opens by naming `author`, the poster above it, then a comma or colon: their full
    name or its first word ('Mario, esta vez ...' under Mario Ixtlahuaca's comment)."""
    if not author:
        return False
    first = re.split(r"[\s_.]+", author.strip())[0]
    names = [re.escape(author.strip())] + ([re.escape(first)] if len(first) >= ADDRESSED_NAME_MIN_CHARS else [])
    return re.match(rf"(?:{'|'.join(names)})\s?[,:]\s", body.strip(), re.IGNORECASE) is not None


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
    for j in range(k - 1, -1, -1):  # '@sannal' for the author shown as 'Sanna Leino @sannal'
        if drafts[j].handle and _name_key(drafts[j].handle) == wanted:
            return j
    for j in range(k - 1, -1, -1):  # 'Hans-Peter' for the author shown as 'Hans-Peter, Köln'
        author = _name_key(drafts[j].author or "")
        if wanted and author.startswith(wanted + " "):
            return j
    cleaned = clean_name(name)
    if cleaned and cleaned != name:  # 'Reply to  H. Ostrowski (Courier)': the author is stored without the badge
        return _by_name(drafts, k, cleaned)
    words = name.split()
    if len(words) >= 2 and words[-1].islower() and words[-1].isalpha():
        # 'Toomas_T kirjutas': a quote header whose verb no rule knows ('X wrote:')
        return _by_name(drafts, k, " ".join(words[:-1]))
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
