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
from dataclasses import replace

from transforms import rules
from transforms.body_lines import matches
from transforms.lines import comparable, is_heading

from transforms.comment_authors import (
    FOOTER, author_scores, has_own_timestamp, label_authors, time_layout,
)
from transforms.comment_drafts import (
    Comment, CommentSection, authorless_drafts, inline_author_lines, inline_drafts, signature_lines, signed_drafts,
    thread_drafts,
)
from transforms.comment_finish import finish
from transforms.comment_lines import (
    BLANK, BOILER, CHROME, COUNT, END, NOISE, NOTICE, TEXT, TIME, WIDGET, Candidate, Line, bare_candidate, classify_all,
    explicit_author, is_badge, name_shaped, newsroom_reply, next_non_blank, previous_non_blank,
)
from transforms.comment_context import refine_thread
from transforms.comment_names import without_title_the_article_gives
from transforms.comment_section_starts import (
    article_follows, chrome_until_strong, ends_before_text, opening_post_bar, opening_post_prose,
    promote_count_headings, section_starts,
)

__all__ = ["Comment", "CommentSection", "split_comment_block", "split_comment_section"]

EMPTY_SECTION = CommentSection(None, ())

LAYOUT_SHARE = 0.75  # when this share of author lines carry a timestamp ...
UNSTAMPED_SCORE = -5.0  # ... a line without one scores at most this as an author


# ---------------------------------------------------------------- public API


def split_comment_section(text: str) -> tuple[str, CommentSection]:
    """(article part, parsed comment section); the section is empty when the page has none."""
    lines = _keep_closing_questions(promote_count_headings(classify_all(text.split("\n"))))
    starts = list(section_starts(lines))
    unsigned = _drop_signatures(lines)
    for k, (start, needs_author) in enumerate(starts):
        if article_follows(lines, start, starts[k + 1:]):
            continue  # a 'Leave a comment' link under the headline, the article below it
        if needs_author and chrome_until_strong(lines, start, starts[k + 1:]):
            continue  # a newsletter box's buttons above the thread's own count or heading
        if needs_author and ends_before_text(lines, start):
            continue  # a newsletter box straight above a 'Most read' list, no thread under it
        if _live_blog_entry_below(lines, start):
            continue  # a live blog's next entries (time, reporter, text, 'Share'), not comments
        header_end = article_end = start
        if (opening := opening_post_bar(lines, start)) != start:
            # a short opening post above its action row or the next post's header: the count in
            # the post's own row ('1 Risposta') is no count of the thread's, which stands above
            # the post's prose or in the chrome under it (a topic map, whose dates are no part
            # of the article)
            header_end = opening if lines[opening].kind == TEXT else opening_post_prose(lines, opening)
            start = opening
            article_end = 1 + max(i for i in range(start) if lines[i].kind == TEXT)
        article = "\n".join(line.raw for line in unsigned[:article_end]).rstrip()
        section = _parse(unsigned[start:], context=article)
        if needs_author and not any(c.author for c in section.comments):
            continue
        if section.declared_count is None and section.comments:
            section = replace(section, declared_count=_header_count(lines[:header_end]))
        article, section = _drop_shared_signature(article, section)
        section = replace(section, comments=tuple(replace(c, author=without_title_the_article_gives(c.author, article))
                                                  for c in section.comments))
        section = _drop_repeated_signatures(section)
        if not any(c.author and name_shaped(c.author) for c in section.comments) and not _stamped(lines[start:]):
            # No names and no timestamps: the text under a 'Leave a comment' link is the
            # page's footer, not comments.
            section = replace(section, comments=())
        return article, section
    return text, EMPTY_SECTION


LIVE_ENTRIES_MIN = 2  # a live blog: this many entries above the start ...
LIVE_ENTRY_WORDS = 20  # ... each a bare time line with a paragraph this long within ...
LIVE_ENTRY_LOOKAHEAD = 3  # ... the next non-blank lines
LIVE_SECTION_LOOKAHEAD = 8  # and another entry's time line this soon under the start


def _live_entry(lines: list[Line], i: int) -> bool:
    """Line i is a live blog entry's bare time ('14:30') with the entry's prose right under it."""
    if lines[i].kind == BLANK or not matches(("live_stamp",), lines[i].text.strip()):
        return False
    return any(lines[j].kind == TEXT and len(lines[j].text.split()) >= LIVE_ENTRY_WORDS
               for j in next_non_blank(lines, i, LIVE_ENTRY_LOOKAHEAD))


def _live_blog_entry_below(lines: list[Line], start: int) -> bool:
    """A start found in a live blog: entries (a bare time line, the reporter, a heading, the text,
    'Share / Copy link') stand above it in the article, and another entry begins right under it,
    so the 'thread' is the blog's next entries (round 17b). A comment section under a live blog
    begins with its own count or heading, not with an entry's time."""
    if sum(_live_entry(lines, i) for i in range(start)) < LIVE_ENTRIES_MIN:
        return False
    return any(_live_entry(lines, j) for j in [start] + next_non_blank(lines, start, LIVE_SECTION_LOOKAHEAD))


SHARED_SIGNATURE_WORDS = (3, 15)  # a signature line: more than a button, less than a paragraph


def _signature_line(text: str) -> str | None:
    """The last line of `text` when it is as long as a signature line, else None."""
    last = text.rstrip().split("\n")[-1].strip()
    return last if SHARED_SIGNATURE_WORDS[0] <= len(last.split()) <= SHARED_SIGNATURE_WORDS[1] else None


_SENTENCE_END = (".", "!", "?", "…")


def _signature_endings(text: str) -> list[str]:
    """The endings of `text` a signature may be: its last line when as long as a signature line,
    and, where a save without blank lines ran the signature on into the post's last paragraph
    (round 22a, phpBB copied from the browser: '... dzwoń wcześniej. Sakwy, namiot i kawa z
    kuchenki – od 2009 roku.'), its trailing sentences of signature length."""
    body = text.rstrip()
    found = [last] if (last := _signature_line(body)) is not None else []
    words = list(re.finditer(r"\S+", body))
    low, high = SHARED_SIGNATURE_WORDS
    for k in range(low, min(high, len(words) - 1) + 1):
        if words[-k - 1].group().endswith(_SENTENCE_END) or words[-k].group()[:1].isupper():
            # after a sentence, or a capitalised start after a sign-off run on before it
            # ('Cordialement La connaissance s'accroît ...' in a save without blank lines)
            found.append(body[words[-k].start():])
    return list(dict.fromkeys(found))  # the last line may also be the trailing sentence


SIGNATURE_TAIL_WORDS = 8  # under a signature: a post's buttons and its reaction line, each this short


def _signature_rows(lines: list[str]) -> list[int]:
    """Where the opening post's signature may stand: its last line, or (round 23a, XenForo
    copied from the browser) a line above the post's own chrome ('Report' / 'Like' / 'Reply',
    'milo_b, Sandra K and 3 others': short lines ending no sentence, or any chrome line the noise
    rules know), nearest first."""
    rows = []
    for k in range(len(lines) - 1, 0, -1):
        if rules.is_noise_line(lines[k].strip()):
            continue  # round 24a: a thanks line under the signature ('Følgende 3 brugere siger tak til X ...:')
        if _signature_line(lines[k]) is not None:
            rows.append(k)
        if lines[k].strip() and (len(lines[k].split()) > SIGNATURE_TAIL_WORDS
                                 or lines[k].rstrip().endswith(_SENTENCE_END)):
            break
    return rows


def _drop_shared_signature(article: str, section: CommentSection) -> tuple[str, CommentSection]:
    """The opening post's last line that also ends a later post of the same poster (named on a
    line of its own above the opening post, as a forum's poster box prints it) is that poster's
    signature, printed under each of their posts with no separator (round 18a, MyBB: 'À deux
    roues, tout est plus simple.'): it leaves the article and those posts. Another poster's post
    ending with the same words keeps them. Round 23a: the post's buttons and reaction line may
    stand under the signature; they stay for the body cleaner."""
    lines = article.rstrip().split("\n")
    for row in _signature_rows(lines):
        last = lines[row].strip()
        names = {comparable(line) for line in lines[:row] if line.strip()}
        signed = [c for c in section.comments
                  if c.author and comparable(c.author) in names and c.body.endswith(last) and len(c.body) > len(last)]
        if signed:
            break
    else:
        return article, section
    comments = tuple(replace(c, body=c.body[:-len(last)].rstrip()) if c in signed else c for c in section.comments)
    return "\n".join(lines[:row] + lines[row + 1:]).rstrip(), replace(section, comments=comments)


def _drop_repeated_signatures(section: CommentSection) -> CommentSection:
    """A last line that ends two or more posts of the same poster, below other text of theirs,
    is that poster's signature (round 19a, Vanilla saved by html2text: 'Potager en lasagnes
    depuis 2011, rosiers anciens depuis toujours.' under each of Odile_M's posts, after a rule
    the save turned into a blank line): it leaves those posts. One post ending so keeps it."""
    endings: dict[tuple[str, str], list[int]] = {}
    for n, c in enumerate(section.comments):
        for last in _signature_endings(c.body):
            if c.author and len(c.body.rstrip()) > len(last):
                endings.setdefault((comparable(c.author), last), []).append(n)
    signed: dict[int, str] = {}
    for (_, last), ns in endings.items():
        for n in ns if len(ns) >= 2 else ():
            if len(last) > len(signed.get(n, "")):
                signed[n] = last  # the longest ending the poster's posts share
    if not signed:
        return section
    comments = tuple(replace(c, body=c.body.rstrip()[:-len(signed[n])].rstrip()) if n in signed else c
                     for n, c in enumerate(section.comments))
    return replace(section, comments=comments)


def _keep_closing_questions(lines: list[Line]) -> list[Line]:
    """A prompt the widget rules know ('Qu'en pensez-vous ?', 'What do you think?') that ends
    a post: under a paragraph of prose and right above that post's own action row ('Répondre en
    citant | Signaler'), it is the poster's question, not the comment box's prompt."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind != WIDGET or not line.text.rstrip().endswith("?"):
            continue
        above = [lines[j] for j in previous_non_blank(lines, i)]
        below = [lines[j] for j in next_non_blank(lines, i)]
        if (above and above[0].kind == TEXT and len(above[0].text.split()) >= 8
                and above[0].text.rstrip().endswith((".", "!", "?", "…"))
                and below and below[0].kind == NOISE and not below[0].stamp and "|" in below[0].text):
            out[i] = replace(line, kind=TEXT)
    return out


_ITALIC_LINE = re.compile(r"^\s*(?:\*(?!\*)[^*]+\*|_(?!_)[^_]+_)\s*$")  # '*a whole line in italics*'
SIGNATURE_MAX_WORDS = 20


def _drop_signatures(lines: list[Line]) -> list[Line]:
    """A forum signature (round 13d): a short line wholly in italics between a post's text and
    that post's 'Top' link ('*Unterwegs mit Knaus Sky Ti 650*' / '[Nach oben](#wrap)', phpBB
    saved as markdown) is the poster's signature, not post text: it is dropped (under the opening
    post too, so the article keeps only the post).  Dropped after the section start is found: the
    line still stands between the post and its chrome there, as on the page."""
    out = list(lines)
    top = rules.kind_regex(rules.COMMENT_FILE, ("back_to_top",))
    for i, line in enumerate(lines):
        if line.kind == BLANK and _THEMATIC_BREAK.match(line.raw):
            for j in _signature_under_rule(lines, i):
                out[j] = replace(lines[j], raw="", text="", kind=BLANK)
        if line.kind != TEXT or len(line.text.split()) > SIGNATURE_MAX_WORDS or not _ITALIC_LINE.match(line.raw):
            continue
        above = [lines[j] for j in previous_non_blank(lines, i)]
        below = [lines[j] for j in next_non_blank(lines, i)]
        if above and above[0].kind == TEXT and below and top.fullmatch(below[0].text):
            out[i] = replace(line, raw="", text="", kind=BLANK)
    return out


_THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")  # '* * *': markdown's <hr>
RULE_SIGNATURE_LINES = 2  # a signature under a rule: this many short lines at most


def _signature_under_rule(lines: list[Line], i: int) -> list[int]:
    """The signature under a markdown rule (line i, '* * *': html2text's <hr>) that stands between
    a post's text and the post's buttons: the one or two short lines under the rule, when the
    post's chrome ('Suchen Zitieren') follows them (round 25a, MyBB saved by html2text: '* * *' /
    'Gruß Fritz – H0, Epoche III, Württemberg' / buttons). A rule between two posts has the last
    post's buttons above it, not its text."""
    above = previous_non_blank(lines, i)
    if not above or lines[above[0]].kind != TEXT:
        return []
    below = next_non_blank(lines, i, RULE_SIGNATURE_LINES + 1)
    signature = []
    for j in below:
        if lines[j].kind != TEXT or len(lines[j].text.split()) > SIGNATURE_MAX_WORDS:
            break
        signature.append(j)
    if not 0 < len(signature) <= RULE_SIGNATURE_LINES or len(below) <= len(signature):
        return []
    if any(is_heading(lines[j].raw) or name_shaped(lines[j].text) for j in signature):
        return []  # the next poster's name under a rule between two posts (XenForo: '#### [old git](...)')
    chrome = lines[below[len(signature)]]
    return signature if chrome.kind == NOISE and not is_badge(chrome.text) else []


def _stamped(lines: list[Line]) -> bool:
    return any(line.kind == TIME or (line.kind == NOISE and line.stamp) for line in lines)


def _header_count(article: list[Line]) -> int | None:
    """A count printed above the article (a forum thread's 'Créé 4 mars · 5 réponses · 412
    vues', a '12 comments' link under the headline) when the thread itself prints none; else a
    bare 'N replies' line there (a forum thread's reply count under its title, round 11a)."""
    count = next((line.count for line in article if line.kind == COUNT), None)
    return count if count is not None else next((line.replies for line in article if line.replies is not None), None)


def _post_reply_count(lines: list[Line], k: int) -> bool:
    """NodeBB prints under a post how many replies answer that post, with the time of the newest
    one on the next line ('2 Réponses' / 'Dernière réponse 3 déc. 2026, 20:15', round 24a): the
    count of one post's answers, not the thread's."""
    last_reply = rules.rule_by_id(rules.COMMENT_FILE, "forum.noise.r19a_last_reply_stamp").regex
    return any(last_reply.fullmatch(lines[j].text) for j in next_non_blank(lines, k))


def split_comment_block(text: str) -> CommentSection:
    """Parse a block that holds only comments (e.g. trafilatura's comment text, which has no
    author lines: then every comment comes back with author None)."""
    return _parse(classify_all(text.split("\n")), shape_alone=False)


# ---------------------------------------------------------------- where the section starts




# ---------------------------------------------------------------- the thread


def _parse(lines: list[Line], context: str = "", shape_alone: bool = True) -> CommentSection:
    """Parse thread lines.  shape_alone: short lines may be author lines on their shape and
    recurrence alone (true below widget evidence); else the block also needs thread chrome
    (timestamps, action lines) or explicit author lines, as a bare comment block from an
    extractor (trafilatura) has no author lines at all."""
    declared = _declared_count(lines)
    if declared is None:  # a bare 'N replies' heading above the thread
        first_text = next((i for i, line in enumerate(lines) if line.kind == TEXT), len(lines))
        declared = next((line.replies for k, line in enumerate(lines[:first_text])
                         if line.replies is not None and not _post_reply_count(lines, k)), None)
    lines = refine_thread(lines, context)
    texts = [i for i, line in enumerate(lines) if line.kind == TEXT]
    candidates = _newsroom_replies(lines, texts, {i: explicit_author(lines[i].text) or bare_candidate(lines[i]) for i in texts})
    scores = author_scores(lines, texts, candidates)
    labels = label_authors(lines, texts, scores)
    layout = time_layout(lines)
    stamped = [has_own_timestamp(lines, i, candidates[i], layout) for i in texts]
    authors = [k for k, is_author in enumerate(labels) if is_author]
    if layout != FOOTER and len(authors) >= 3 and sum(stamped[k] for k in authors) >= LAYOUT_SHARE * len(authors):
        # The thread prints a timestamp with (nearly) every author: a line without one is
        # not an author line (a widget header, a short comment line).
        scores = [score if stamped[k] else min(score, UNSTAMPED_SCORE) for k, score in enumerate(scores)]
        labels = label_authors(lines, texts, scores)
    if not shape_alone and not _has_thread_evidence(lines, candidates):
        labels = [False] * len(texts)
    signed = signature_lines(lines, texts, candidates)
    inline = {} if any(cand.strength > 0 for cand in candidates.values()) else inline_author_lines(lines, texts)
    if inline:
        drafts = inline_drafts(lines, inline)
    elif signed:
        drafts = signed_drafts(lines, signed)
    elif any(labels):
        drafts = thread_drafts(lines, dict(zip(texts, labels)), candidates, layout)
    else:
        drafts = authorless_drafts(lines, texts)
    return CommentSection(declared, finish(drafts))



def _newsroom_replies(lines: list[Line], texts: list[int], candidates: dict[int, Candidate]) -> dict[int, Candidate]:
    """'Redazione  Elisa Marchi' (Disqus, two spaces) under a comment by Elisa Marchi: the newsroom's
    account replying to her, not a 'Redazione' badge in front of her name; and 'Marco Bellini
    Redazione' under the newsroom's comment is his reply to it (round 9c's Disqus copy in
    eval_widgets). The badge reading stays where no earlier line names the second one."""
    seen: set[str] = set()
    out = dict(candidates)
    for i in texts:
        cand = candidates[i]
        pair = newsroom_reply(lines[i].raw.replace("\u00a0", " ")) if cand.strength == 0 and cand.parent_name is None else None
        if pair and pair[1].casefold() in seen:
            out[i] = Candidate(pair[0], None, pair[1], 0.0)
        seen.add(out[i].name.casefold())
    return out


def _declared_count(lines: list[Line]) -> int | None:
    """The count the section header states: of two different counts above the first comment
    ('What do you think? / 5 Responses' (reactions) over '8 Comments'), the one nearest the
    thread; else the first count line of the section."""
    first_text = next((i for i, line in enumerate(lines) if line.kind == TEXT), len(lines))
    header = [line.count for line in lines[:first_text] if line.kind == COUNT]
    if header:
        return header[-1]
    return next((line.count for line in _before_end(lines) if line.kind == COUNT), None)


def _before_end(lines: list[Line]) -> list[Line]:
    """The lines up to the first END line below some text: counts further down belong to other
    threads ('Similar threads' with 'Replies: 14', 'ALSO ON' teasers with '23 comments')."""
    seen_text = False
    for i, line in enumerate(lines):
        if line.kind in (END, NOTICE) and seen_text:
            return lines[:i]
        seen_text = seen_text or line.kind == TEXT
    return lines


def _has_thread_evidence(lines: list[Line], candidates: dict[int, Candidate]) -> bool:
    return any(line.kind in CHROME and line.kind != BOILER for line in lines) or any(
        cand.strength > 0 for cand in candidates.values()
    )


