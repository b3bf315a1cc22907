"""The line pass of transforms.boilerplate: lines dropped wherever they stand in the body.
Rule lines (noise, captions, subscribe / cookie / feedback notices with the teaser and
buttons glued to them, related-list headings with their list), title repeats and doubled
lines, link rows and runs, headline lists under any heading, headed bios and sponsored
blocks, labelled links and share labels over buttons that went.
"""

from __future__ import annotations

import re

from transforms.body_lines import (
    HEADLINE_START,
    MD_LINK,
    Line,
    clipper_excerpt_rows,
    fact_box_rows,
    is_byline,
    is_caption,
    is_fact_box,
    is_list_heading,
    is_noise_line,
    is_pointer_line,
    is_prose_line,
    is_reported_speech,
    matches,
)
from transforms.lines import comparable, plain_line
from transforms.timestamps import is_timestamp

STICKY_MAX_WORDS = 40  # a caption / teaser line glued to its credit / button line
BUTTON_MAX_WORDS = 3  # a dropped glued line this short is a button: its neighbour goes too
SHARE_LABEL_MAX_WORDS = 3  # 'Share this:', 'Condividi questo articolo:'
STICKY_KINDS = ("subscribe", "cookie", "feedback")  # a dropped line of these takes its glued teaser/buttons
CREDIT_LINE_MAX_WORDS = 10  # a caption line this short is a bare credit ('Foto: Jan Woitas/dpa')
RELATED_MAX_ITEMS = 15
RELATED_ITEM_MAX_WORDS = 25
# A link list under a heading in any wording ('More from the region', 'Mais lidas'): a short
# heading-like line, then at least this many headline-like lines in the same block.
HEADLINE_RUN_MIN = 3
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 20
LINK_RUN_MIN = 2  # consecutive lines that are each nothing but one markdown link: a link list
BIO_MAX_WORDS = 80  # the bio under an 'About the author' heading
_LINKS_ONLY = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\[[^\]]+\]\([^)]*\)\s*[|·•,/]?\s*)+$")
# 'Potrebbe interessarti anche: [headline](url)': a short label with a colon, then one link
_LABELLED_LINK = re.compile(r"^\s*(?:\*\*|__)?[^\[\]:.!?]{2,50}:(?:\*\*|__)?\s*\[[^\]]+\]\([^)]*\)\s*$")


def drop_lines(paragraphs: list[list[Line]], title: str | None) -> list[list[Line]]:
    """The paragraphs without the lines that are boilerplate wherever they stand; a dropped
    line inside a paragraph splits it."""
    title_key = comparable(plain_line(title)) if title else None
    flat = [(k, line) for k, paragraph in enumerate(paragraphs) for line in paragraph]
    keep = [True] * len(flat)
    sticky = [False] * len(flat)  # a caption credit or subscribe line: takes its paragraph with it
    credit = [False] * len(flat)  # ... of which these are caption credits
    excerpt = clipper_excerpt_rows([line.raw for _, line in flat])
    for n in _link_lists(flat) | _headline_lists(flat) | _headed_bios(flat) | excerpt:
        keep[n] = False
    for n, (_, line) in enumerate(flat):
        if _LABELLED_LINK.match(line.raw) and not is_pointer_line(line.text) and not is_caption(line.text):  # not a pointer: "Code: [git.example.org/x](...)"
            keep[n] = False
    blocks: dict[int, list[Line]] = {}
    for k, line in flat:
        blocks.setdefault(k, []).append(line)
    last_kept = None
    repeats: set[int] = set()  # a line dropped as a repeat of the line kept right above it
    related_left = 0
    related_blocks: set[int] = set()
    for n, (k, line) in enumerate(flat):
        if not keep[n]:
            continue
        text = line.text
        key = comparable(text)
        if related_left:
            sticky_kind = matches(STICKY_KINDS, text)  # a newsletter box after the list keeps its blurb rule
            if (not line.heading and k in related_blocks and _is_related_item(line) and not sticky_kind
                    and not _question_subheading(flat, n)):
                keep[n] = False
                related_left -= 1
                related_blocks = {k}  # the list goes on in the block it started in ...
                if _same_card(blocks.get(k, []), blocks.get(k + 1, [])) or _lone_headline_next(blocks, k):
                    related_blocks.add(k + 1)  # ... or in the next card of the same shape
                continue
            related_left = 0
        if matches(("related_heading",), text):
            keep[n] = False
            related_left = RELATED_MAX_ITEMS
            related_blocks = {k, k + 1}  # its own block, or the next one when it stands alone
            continue
        nxt = flat[n + 1][1].text if n + 1 < len(flat) else ""
        speech = is_reported_speech(text)  # '... can subscribe to the list, Oyelaran said': prose
        if is_caption(text) or (matches(STICKY_KINDS, text) and not speech):
            keep[n] = False
            # a bare credit takes the caption beside it; a whole caption with its credit does not
            # take a prose line glued to it
            sticky[n] = not is_caption(text) or len(text.split()) <= CREDIT_LINE_MAX_WORDS
            credit[n] = is_caption(text)
        elif last_kept is not None and key == last_kept:
            keep[n] = False
            repeats.add(n)
        elif (
            (is_noise_line(text) and not speech)
            or _labelled_value(flat, n)
            or _caption_under_image(flat, n)
            or _alt_over_caption(flat, n)
            or (title_key and (key == title_key or _labelled_title(key, title_key)))
            or (nxt and is_caption(nxt) and comparable(nxt).startswith(key) and len(key) > 20)
        ):
            keep[n] = False
        else:
            last_kept = key
    for n in _share_labels(flat, keep) | _box_titles(flat, keep, sticky, credit):
        keep[n] = False
    for n in range(len(flat)):
        if keep[n] and _blurb_under_box_heading(flat, sticky, n):
            keep[n] = False
    facts = fact_box_rows(flat)  # article text, whatever notice is glued under it
    changed = True
    while changed:  # a run of buttons under a notice goes line by line
        changed = False
        for n, (k, line) in enumerate(flat):
            words = len(line.text.split())
            if keep[n] and words <= STICKY_MAX_WORDS and n not in facts and _sticky_neighbour(flat, sticky, n, repeats) \
                    and not (_prose_of_sentences(line.text) and _credit_neighbours_only(flat, sticky, credit, n)) \
                    and not (is_prose_line(line) and _under_captioned_credit(flat, sticky, credit, n)) \
                    and not _statement_above_box(flat, sticky, credit, n) \
                    and not is_byline(line) \
                    and not (is_prose_line(line) and _sentence_prompts_only(flat, sticky, credit, n)):
                # a byline is left for the header pass: a dek above it goes with it (round 13a);
                # a prose sentence does not go with a prompt that is a whole sentence itself,
                # glued to it in a save without blank lines (round 17b)
                keep[n] = False
                sticky[n] = words <= BUTTON_MAX_WORDS
                changed = True
    # a dropped line between two kept lines of a block ('Advertisement' glued between two
    # paragraphs) splits the block; a sentence broken by it is rejoined later (rejoin)
    out: list[list[Line]] = []
    previous_block, gap = None, False
    for (k, line), kept in zip(flat, keep):
        if not kept:
            gap = True
            continue
        if k != previous_block or gap:
            out.append([])
        out[-1].append(line)
        previous_block, gap = k, False
    return out


def _labelled_value(flat, n: int) -> bool:
    """A date alone under a label whose value stands on the next line, in the same block
    (Discourse's topic map: 'erstellt' / '1. Dez.'; rules of kind value_label): the map's, no
    dateline of the article (round 21a)."""
    return (n > 0 and flat[n - 1][0] == flat[n][0] and is_timestamp(flat[n][1].text)
            and matches(("value_label",), flat[n - 1][1].text))


IMAGE_CAPTION_MAX_WORDS = 30  # a caption under a markdown image whose alt text it repeats
BARE_IMAGE_CAPTION_MAX_WORDS = 20  # ... or under an image without alt text, above longer prose
IMAGE_ALT_SHARE = 0.5  # this share of the alt text's words in the line: the same picture described
_ALT_LABEL = re.compile(r"^\s*(?:image|img|photo|foto|bild|imagen|immagine|imagem|afbeelding)\s*\d*\s*:\s*", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
_NO_CAPTION_ENDS = (":", ",", ";", "?")  # a caption describes the picture: it introduces nothing, asks nothing


def _caption_under_image(flat, n: int) -> bool:
    """The line right under a markdown image (blank lines between) is its caption when it is a
    paragraph of its own, one sentence at most, and either repeats the image's alt text (a reader
    view prints both: '![Image 2: Students walk along ...](...)' / 'Students walk along ... on a
    November afternoon.') or, under an image without alt text, is short and has longer prose
    after it (round 17b: captions without a credit)."""
    k, line = flat[n]
    if line.image_alt is None or line.heading or line.item:
        return False
    if any(kk == k for kk, _ in flat[n - 1:n] + flat[n + 1:n + 2]):
        return False  # glued to other lines: not a caption standing alone
    text = line.text
    words = len(text.split())
    if words > IMAGE_CAPTION_MAX_WORDS or _prose_of_sentences(text) or _SENTENCE_BREAK.search(text):
        return False
    after = [other for kk, other in flat[n + 1:] if kk == flat[n + 1][0]] if n + 1 < len(flat) else []
    alt = [w.lower() for w in _WORDS.findall(_ALT_LABEL.sub("", line.image_alt))]
    if not alt:
        if text.rstrip().endswith(_NO_CAPTION_ENDS):
            return False  # 'Lo acabo de ver en el periódico, os lo pego:' / 'Bonjour à toutes et à tous,' / 'Wie geht
            # es weiter?': a line leading into the text under it, or a question, is the text's own (round 35: a
            # forum's opening post under the lead image a markdown save prints over it)
        return words <= BARE_IMAGE_CAPTION_MAX_WORDS and sum(len(x.text.split()) for x in after) > words \
            and any(is_prose_line(x) for x in after)
    seen = {w.lower() for w in _WORDS.findall(text)}
    return bool(after) and sum(w in seen for w in alt) >= IMAGE_ALT_SHARE * len(alt)


# an image's alt text as a text dump prints it, alone on its line in brackets (no link after it)
_BRACKETED_ALT = re.compile(r"^\s*\[[^\[\]]{3,200}\]\s*$")
ALT_CAPTION_MAX_LINES = 4  # the caption under it, as a text dump wraps it


def _alt_over_caption(flat, n: int) -> bool:
    """An image's alt text in brackets glued over the caption under it (w3m prints the picture
    as '[Protesters outside the county offices]', its caption with the photo credit on the
    next lines, wrapped or joined): the picture's words, not the article's (round 28)."""
    k, line = flat[n]
    if not _BRACKETED_ALT.match(line.raw):
        return False
    under = [other.text for kk, other in flat[n + 1:n + 1 + ALT_CAPTION_MAX_LINES] if kk == k]
    return any(is_caption(" ".join(under[:m])) for m in range(1, len(under) + 1))


def _box_titles(flat, keep: list[bool], sticky: list[bool], credit: list[bool]) -> set[int]:
    """A newsletter box's title ('Get the Ledger Daybreak', a rule's shape) alone in its block,
    right above a block the subscribe rules took whole (round 17b)."""
    titles = set()
    for n, (k, line) in enumerate(flat):
        if not keep[n] or n + 1 >= len(flat) or flat[n + 1][0] == k or (n and flat[n - 1][0] == k):
            continue
        below = [m for m in range(n + 1, len(flat)) if flat[m][0] == flat[n + 1][0]]
        if (sticky[n + 1] and not credit[n + 1] and not any(keep[m] for m in below)
                and matches(("box_title",), line.text)):
            titles.add(n)
    return titles


def _share_labels(flat, keep: list[bool]) -> set[int]:
    """A short label ending in a colon ('Bagikan ini:', 'Dalīties:', 'Teilen:') over share
    buttons that all went: the label goes too, in any language, since the buttons name the
    networks ('Facebook', 'WhatsApp', 'E-mail') whatever the page's language."""
    labels = set()
    for n, (k, line) in enumerate(flat):
        words = line.text.split()
        if not keep[n] or not line.text.endswith(":") or not 1 <= len(words) <= SHARE_LABEL_MAX_WORDS:
            continue
        below = [m for m in range(n + 1, len(flat)) if flat[m][0] == k]
        if (len(below) >= 2 and not any(keep[m] for m in below)
                and any(matches(("share",), flat[m][1].text) for m in below)):
            labels.add(n)
    return labels


def _link_lists(flat) -> set[int]:
    """Lines that are nothing but markdown links: a row of two or more (tags, navigation), or a
    run of single-link lines (a related-stories list with or without a heading)."""
    out: set[int] = set()
    run: list[int] = []
    for n, (k, line) in enumerate(flat + [(-1, None)]):
        links = len(MD_LINK.findall(line.raw)) if line is not None and _LINKS_ONLY.match(line.raw) else 0
        if links and (is_byline(line) or is_caption(line.text)):
            links = 0  # a byline or dateline set as links ('[Von Carla Weinholt](…/autor)' over '[04.12.2026 – 17:35
            # Uhr](…)', '[Von X](…) | [DATE](…)'): the header pass reads it, with the dek above it; a photo credit
            # set as a link ('[(AP Photo/Evan Vucci)](…)') goes with its caption: no link list either
        if links >= 2:
            out.add(n)
        if links == 1 and (not run or flat[run[-1]][0] == k):
            run.append(n)
            continue
        if len(run) >= LINK_RUN_MIN:
            out.update(run)
            out.update(_list_heading_above(flat, run[0]))
        run = [n] if links == 1 else []
    return out


def _list_heading_above(flat, first: int) -> list[int]:
    """The short heading right above a link list ('**À découvrir**'), in the list's block or
    alone in the block before it."""
    if first == 0:
        return []
    k, line = flat[first - 1]
    alone = flat[first][0] != k and (first < 2 or flat[first - 2][0] != k)
    if (k == flat[first][0] or alone) and is_list_heading(line) and not is_byline(line):
        return [first - 1]  # a byline right over a share row is the header's, not the row's heading
    return []


def _is_headline(line: Line) -> bool:
    """A related-story headline: a few words, capitalised, without sentence punctuation; a
    bulleted item only when it is a link (a bulleted fact box is article text)."""
    text = line.text
    words = len(text.split())
    return (
        HEADLINE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
        and (not line.item or bool(MD_LINK.search(line.raw)))
        and bool(HEADLINE_START.match(text))
        and not text.rstrip().endswith((".", "!", ":", ";", ","))
        and not is_timestamp(text)
        and not is_byline(line)  # 'Par X' / 'Publié le ...' under a dek: the header, not a list (round 13a)
    )


def _headline_lists(flat) -> set[int]:
    """A heading-like line followed by HEADLINE_RUN_MIN or more headline-like lines in one block
    ('More from the region' + four headlines): a link list, whatever the heading says.  Lists of
    facts are not caught: their items are sentences, start in lower case or end in punctuation."""
    out: set[int] = set()
    facts = fact_box_rows(flat)  # a fact box glued over other short lines in one block stays (round 34)
    n = 0
    while n < len(flat):
        k, line = flat[n]
        run_end = n + 1
        if n in facts:
            n += 1
            continue
        introduced = n > 0 and flat[n - 1][0] != k and flat[n - 1][1].text.rstrip().endswith(":")
        if is_list_heading(line) and not introduced:  # 'The chorus goes:' + a verse stays
            block = flat[n + 1][0] if n + 1 < len(flat) else None
            same_block = block == k or (line.heading and block == k + 1)
            while same_block and run_end < len(flat) and flat[run_end][0] == block and _is_headline(flat[run_end][1]):
                run_end += 1
            box = [flat[m][1] for m in range(n, run_end)]
            prose_after = any(is_prose_line(later) for _, later in flat[run_end:])
            if run_end - n - 1 >= HEADLINE_RUN_MIN and not is_fact_box(box, prose_after):
                out.update(range(n, run_end))
                n = run_end
                continue
        n += 1
    return out


def _headed_bios(flat) -> set[int]:
    """An 'About the author' line and the bio under it (the rest of its block, or the next block
    when the heading stands alone; for '## Written by X' only under a markdown heading); a
    'Sponsored content' header and the teaser lines under it in its block."""
    out: set[int] = set()
    for n, (k, line) in enumerate(flat):
        bio = matches(("bio_heading",), line.text) or (line.heading and matches(("author_box_heading",), line.text))
        if not bio and not matches(("ad_block", "author_box_heading"), line.text):
            continue
        rest = [m for m in range(n + 1, len(flat)) if flat[m][0] == k]
        if bio and not rest and n + 1 < len(flat):
            rest = [m for m in range(n + 1, len(flat)) if flat[m][0] == flat[n + 1][0]]
        if sum(len(flat[m][1].text.split()) for m in rest) <= BIO_MAX_WORDS:
            out.update([n, *rest])
    return out


def _sticky_neighbour(flat, sticky, n: int, repeats: set[int] = frozenset()) -> bool:
    """A caption above its credit line, a newsletter teaser above its sign-up button, the
    buttons under a cookie notice: the line next to a sticky line in the same paragraph. A
    repeat of the line between them does not part them (a text dump prints an image's alt
    text, then the same words as its caption, then the credit, round 13a)."""
    k = flat[n][0]
    below = n + 1
    while below in repeats:
        below += 1
    return any(0 <= m < len(flat) and flat[m][0] == k and sticky[m] for m in (n - 1, below))


HEADED_BLURB_MAX_WORDS = 25  # a newsletter box's one-line blurb under its markdown heading


def _blurb_under_box_heading(flat, sticky, n: int) -> bool:
    """A newsletter box saved as markdown ('### Newsletter' / 'The Daily Ledger: the news of the
    region every weekday at 6.' / button): the heading is a paragraph of its own, so its blurb is
    the next paragraph. A one-line paragraph of one sentence right under a subscribe heading
    goes with it (round 18b); a longer paragraph or two sentences stay (article text)."""
    if n == 0:
        return False
    k, line = flat[n]
    prev_k, heading = flat[n - 1]
    alone = (n + 1 >= len(flat) or flat[n + 1][0] != k) and (n < 2 or flat[n - 2][0] != prev_k)
    return (
        alone and sticky[n - 1] and prev_k == k - 1 and heading.heading
        and matches(("subscribe",), heading.text)
        and len(line.text.split()) <= HEADED_BLURB_MAX_WORDS
        and not _SENTENCE_BREAK.search(line.text)
    )


# a sentence end followed by the start of the next sentence ('... Liedern. Chorleiterin ...')
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”“»’]?\s+[\"„“«‚]?[A-ZÀ-ÝĀ-Ž]")
PROSE_SENTENCES_MIN_WORDS = 20


def _sentence_prompts_only(flat, sticky, credit, n: int) -> bool:
    """The sticky lines next to line n in its block are prompts that are whole prose sentences
    ('Wil je op de hoogte blijven ...? Schrijf je in voor onze gratis nieuwsbrief.'), not
    buttons, credits or a box's title: such a prompt comes without a teaser."""
    k = flat[n][0]
    return all(
        not credit[m] and is_prose_line(flat[m][1])
        for m in (n - 1, n + 1)
        if 0 <= m < len(flat) and flat[m][0] == k and sticky[m]
    )


def _prose_of_sentences(text: str) -> bool:
    """Two or more sentences and twenty words or more: article prose, never a photo caption."""
    return len(text.split()) >= PROSE_SENTENCES_MIN_WORDS and _SENTENCE_BREAK.search(text) is not None


def _credit_neighbours_only(flat, sticky, credit, n: int) -> bool:
    """The sticky lines next to line n are all caption credits (not subscribe or cookie lines):
    a credit takes its one-sentence caption, not a prose paragraph glued under it (round 9c)."""
    k = flat[n][0]
    return all(credit[m] for m in (n - 1, n + 1) if 0 <= m < len(flat) and flat[m][0] == k and sticky[m])


def _under_captioned_credit(flat, sticky, credit, n: int) -> bool:
    """Line n stands right under a bare credit whose caption stands right above it, in one block
    ('Residents queue ...' / 'Photo: X / Outlet' / the first paragraph, a browser copy without
    blank lines, round 19b): the credit has its caption, the line under it is article text. Only
    when the credit is line n's one sticky neighbour."""
    k = flat[n][0]
    if n < 2 or not credit[n - 1] or flat[n - 1][0] != k or flat[n - 2][0] != k:
        return False
    if n + 1 < len(flat) and flat[n + 1][0] == k and sticky[n + 1]:
        return False
    above = flat[n - 2][1]
    return (
        _names_credit(flat[n - 1][1].text) and not credit[n - 2]
        and not matches(STICKY_KINDS, above.text) and not is_caption(above.text)
    )


_CREDIT_LABEL = re.compile(r"^[^:©]{0,30}[:©]")  # 'Photo:', 'Foto :', '©' before the names
_CREDIT_WORD = re.compile(r"[^\W\d_][\w'’.-]{2,}")
CREDIT_CAPITALISED_SHARE = 0.6


def _names_credit(text: str) -> bool:
    """A credit that names: after its label, (nearly) every word capitalised ('Photo: Ewan Crerar /
    The Kessick Courier', '© DDV - Sandrine Maury'), not a video teaser the caption rules also know
    ('Guarda il video: la biblioteca di sera, ...')."""
    words = _CREDIT_WORD.findall(_CREDIT_LABEL.sub("", text, count=1))
    return bool(words) and sum(w[0].isupper() for w in words) >= CREDIT_CAPITALISED_SHARE * len(words)


STATEMENT_MIN_WORDS = 6  # a statement this long above a newsletter box is the article's last sentence


def _statement_above_box(flat, sticky, credit, n: int) -> bool:
    """Line n is a statement ('The new rules take effect from the January meeting.') glued
    above a subscribe box that starts with its own title ('Sign up for the Courier Briefing',
    no sentence end) and goes on below it (blurb, email field, button): the box's teaser would
    stand under that title or ask a question; the statement is the article's last paragraph,
    saved without a blank line above the box (round 19b)."""
    k, line = flat[n]
    if n + 2 >= len(flat) or not (flat[n + 1][0] == flat[n + 2][0] == k) or not (sticky[n + 1] and sticky[n + 2]):
        return False
    if credit[n + 1] or (n and flat[n - 1][0] == k and sticky[n - 1]):
        return False
    text, title = line.text.rstrip(), flat[n + 1][1].text.rstrip()
    return (
        text.endswith(".") and len(text.split()) >= STATEMENT_MIN_WORDS and not matches(STICKY_KINDS, text)
        and matches(("subscribe",), title) and not title.endswith((".", "!", "?", "…", ":"))
    )


def _same_card(card: list[Line], nxt: list[Line]) -> bool:
    """Related-post cards separated by blank lines (Jetpack's 'Related': a link, its date, 'In
    "Category"'): the next block has as many lines as the card, two or more, all of them items
    (round 6a)."""
    return len(card) >= 2 and len(nxt) == len(card) and all(_is_related_item(line) for line in card + nxt)


LONE_HEADLINE_MIN_WORDS = 6  # a one-line block this long after a one-line item: the next headline


def _lone_headline_next(blocks: dict[int, list[Line]], k: int) -> bool:
    """A browser copy with a blank line after every line sets each headline of a related list
    apart ('Te puede interesar' / headline / headline, each a block of its own): after an item
    that is a block of one line, the next block of one line goes on the list when it is a
    headline of LONE_HEADLINE_MIN_WORDS or more words, longer than the article's subheadings
    ('Qué pasa ahora'), which stay (round 30)."""
    card, nxt = blocks.get(k, []), blocks.get(k + 1, [])
    return (len(card) == 1 and len(nxt) == 1 and not nxt[0].heading and _is_headline(nxt[0])
            and len(nxt[0].text.split()) >= LONE_HEADLINE_MIN_WORDS)


QUESTION_SUBHEADING_MAX_WORDS = 6  # '¿Y los mayores?', 'Wat blijft er over?'


def _question_subheading(flat, n: int) -> bool:
    """A short question right above a prose line is the article's next subheading: a related
    list above it ends there, where the page lost the blank lines that set the list apart (round
    24b: a record with a blank line after every line, regrouped, put 'Te puede interesar:', two
    headlines and '¿Y los mayores?' in one block, the section's text in the next)."""
    text = flat[n][1].text.rstrip()
    return (text.endswith("?") and len(text.split()) <= QUESTION_SUBHEADING_MAX_WORDS
            and n + 1 < len(flat) and is_prose_line(flat[n + 1][1]))


def _is_related_item(line: Line) -> bool:
    words = len(line.text.split())
    if line.item and words <= RELATED_ITEM_MAX_WORDS:
        return True
    return words <= RELATED_ITEM_MAX_WORDS and not line.text.rstrip().endswith((".", "!", ":", ";"))


TITLE_LABEL_WORDS = 2  # 'Predefinito <title>', 'Topic: <title>': a word or two before a repeated title


def _labelled_title(key: str, title_key: str) -> bool:
    """The title repeated after a short label a forum prints before it (vBulletin's post icon
    saved as its alt text, 'Predefinito <title>', round 13c)."""
    head = key[: -len(title_key)] if key.endswith(" " + title_key) else ""
    return 0 < len(head.split()) <= TITLE_LABEL_WORDS and len(title_key.split()) >= 3
