"""The headline among the first lines of a page, site chrome, kickers and site names left out."""

from __future__ import annotations

import re

from transforms.metadata_bylines import match_shape
from transforms.metadata_dates import dated_line, find_date, is_date_only
from transforms.metadata_lines import (
    PART_SEPARATOR_RE,
    content_lines,
    is_headline,
    is_ignored,
    is_prose,
    nav_line,
    plain_line_keeping_items,
)
from transforms.metadata_outlets import domain_of, is_name_shaped, spells_domain
from transforms.metadata_rules import Rules, metadata_rules
from transforms.rules import BOILERPLATE_FILE, COMMENT_FILE, is_noise_line, kind_regex

_H1_RE = re.compile(r"^#\s+\S")
# an H1 that is only a link to the site's home page ('# [El Vigía de la Sierra de Aralar](https://elvigiadearalar.es/)'):
# a theme's site title, as a reader's markdown saves it, not the headline (round 34)
_HOME_LINK_H1_RE = re.compile(r"^#\s+\[[^\]]+\]\(https?://[^/)\s]+/?\)\s*$")


def extract_title(text: str) -> str | None:
    """The headline among the first lines, markdown marks and forum prefixes stripped.

    Candidates are the lines above the byline (and above the first paragraph of
    prose) that are not site chrome: menus, breadcrumbs, cookie notices, share and
    reading-time widgets, lines of items split by | or ·, date lines, section
    kickers. A title shape (a forum page title) gives it at once. Among the
    candidates, site names are dropped (a masthead at the top with its tagline
    under it, 'Name – Blog ...'), a line printed again elsewhere on the page (page
    title + h1, 'N thoughts on "Title"') wins, else the first headline-shaped line
    (min_headline_words words or more), else the first candidate. None when the text
    opens with prose.
    """
    rules = metadata_rules()
    return title_of_lines(content_lines(text, rules.limits["max_line_chars"]), rules, _h1_lines(text), _site_titles(text))


_LIST_ITEM_RE = re.compile(r"^(?:\d{1,3}[.)]|[-*•])\s")  # a list item's marker, kept by plain_line_keeping_items
# a bulleted list item (not '1. FC Köln ...', a headline's number); '+' and '·' are w3m's and lynx's
# markers, kept by content_lines
_BULLET_ITEM_RE = re.compile(r"^[-*+•·]\s")


def _h1_lines(text: str) -> frozenset[str]:
    """The plain text of the markdown H1 lines ('# Headline'): a headline even when it is a
    sentence ('I rebuilt the flood map. Here is what it shows.')."""
    return frozenset(plain_line_keeping_items(line) for line in text.split("\n") if _H1_RE.match(line))


def _without_site_title(
    candidates: list[tuple[int, str]], site_titles: frozenset[str], h1_lines: frozenset[str]
) -> list[tuple[int, str]]:
    """Candidates without the site's name printed as a home-page link and the tagline right
    under it (no H1), when a candidate is left after them ('# [El Vigía de la Sierra de
    Aralar](https://elvigiadearalar.es/)' / 'Noticias de Lekunberri, Betelu y los valles' / the
    menu / '# Los vecinos de Azpirotz recuperan ...', round 34)."""
    site_rows = {index for index, line in candidates if line in site_titles}
    kept = [c for c in candidates if c[0] not in site_rows]
    if not site_rows or not kept:
        return candidates
    if len(kept) >= 2 and kept[0][0] - 1 in site_rows and kept[0][1] not in h1_lines:
        kept = kept[1:]  # the tagline
    return kept


def _site_titles(text: str) -> frozenset[str]:
    """The plain text of the H1 lines that only link to the site's home page (the site's name)."""
    return frozenset(plain_line_keeping_items(line) for line in text.split("\n") if _HOME_LINK_H1_RE.match(line))


def title_of_lines(all_lines: list[str], rules: Rules, h1_lines: frozenset[str] = frozenset(),
                   site_titles: frozenset[str] = frozenset()) -> str | None:
    """extract_title over the text's content lines (find_masthead has them already); `site_titles`
    are lines printed as the site's name (a home-page link as H1), never the headline when
    another candidate is left."""
    limits = rules.limits
    lines = all_lines[: limits["title_lines"]]
    top_shapes = [shape for shape in rules.shapes if shape.region in ("head", "top")]
    candidates: list[tuple[int, str]] = []
    trail_titles: list[tuple[int, str]] = []  # a breadcrumb's last part, if nothing better
    kickers: list[tuple[int, str]] = []  # one- or two-word lines, if nothing better
    # No headline at all (a page of comments only): the first widget line stands as the
    # title, so that validation quarantines the page (title_has_no_noise_line).
    first_chrome: str | None = None
    masthead_line: int | None = None  # the site's name on the first line (masthead shape), or under a skip link
    h1_indices: set[int] = set()  # candidates printed as the markdown H1
    for index, line in enumerate(lines):
        for title_shape in rules.title_shapes:
            match = title_shape.match(line)
            if match:
                return _strip_title_prefix(match.group("title").strip(), rules)
        matched = [s for s in top_shapes if match_shape(s, lines, index, line, rules)]
        if any(s.name == "masthead" for s in matched) and all(nav_line(above, rules) for above in lines[:index]):
            masthead_line = index  # 'Skip to content' above the site's name is no headline either (round 29)
        date_strip = index > 0 and _date_strip_under_masthead(lines[index - 1], line, rules)
        if any(s.title_below for s in matched) or date_strip:
            candidates.clear()  # date_strip: 'DIARIO DE X' / 'jueves, 20 de ...' above the headline
            continue
        if any("author" in s.fields or "date" in s.fields for s in matched):
            if candidates:
                break  # the byline: the headline is above it
            continue
        if candidates and len(line) <= limits["max_line_chars"] and find_date(line) is not None:
            break  # a dated line (a byline of another shape): the headline is above it
        nav = nav_line(line, rules)
        if nav is not None and _thread_toolbar(line):
            continue  # 'Strumenti Discussione · Visualizzazione' under the thread title: no site menu
        if nav is not None:
            last_part = re.split(r"\s[›‹>»/]\s", line)[-1].strip()
            if (
                nav.last_part_may_be_title
                and is_headline(last_part, rules)
                and not is_title_chrome(last_part, rules)
                and find_date(last_part) is None
            ):
                trail_titles.append((index, last_part))
            # a headline above the menu, even with thread tabs between ('Contraer' / 'Publicaciones' /
            # 'Última actividad' / 'Buscar' under a forum thread's title, round 22a)
            long_last = candidates and any(len(c[1].split()) > limits["masthead_max_words"] for c in candidates)
            tagline = candidates and masthead_line is not None and candidates[-1][0] == masthead_line + 1
            # round 12a: 'Weserblick – Das Nachrichtenportal für die Mittelweser' on the first line, over the menu
            tagline = tagline or (candidates and candidates[-1][0] == 0 and PART_SEPARATOR_RE.search(candidates[-1][1]))
            if not long_last or tagline:
                candidates.clear()  # what came before a menu is the masthead (and its tagline)
            continue
        if is_prose(line, rules) and line not in h1_lines:
            if kind_regex(BOILERPLATE_FILE, ("cookie", "subscribe")).fullmatch(line):
                continue  # a cookie or consent notice above the masthead (round 9c), a login prompt (round 13c)
            if not candidates and _question_headline(line):
                # a forum thread's title asking its question under the menu ('Restaurar un Seat 600
                # sin arruinarse: ¿por dónde empiezo?', round 22a), not the article's first sentence
                candidates.append((index, line))
                continue
            break
        if matched:
            continue  # a URL line
        if kind_regex(COMMENT_FILE, ("count", "anchor")).fullmatch(line):
            break  # the comment section starts ("16 Comments"): no headline below it
        line = _strip_title_prefix(line, rules)
        if line in h1_lines:
            line = headline_before_site_name(line, rules)
            h1_indices.add(index)
        # a headline may open with a quote ('‘We were told to wait’: ...'): only tweet lines are out
        unquoted = line.lstrip("\"“”„«‘'")
        if line in rules.kickers or is_ignored(unquoted, rules) or is_title_chrome(line, rules):
            if first_chrome is None and not is_date_only(line, rules):
                first_chrome = line
            continue
        if _is_kicker(line):
            kickers.append((index, line))
            continue
        candidates.append((index, line))
    candidates = candidates or trail_titles[-1:] or kickers[:1]
    candidates = _without_site_title(candidates, site_titles, h1_lines)
    candidates = _without_site_names(candidates, all_lines, rules)
    if not candidates:
        return first_chrome
    if h1_indices & {index for index, _ in candidates}:
        # a breadcrumb kept as a numbered list ('1. Forums' / '2. Allotments') is no headline
        # where the page has its H1 (round 13a)
        candidates = [(i, line) for i, line in candidates if i in h1_indices or not _LIST_ITEM_RE.match(line)]
    # a menu's items as a text dump prints them ('• Todas las discusiones' / '• Etiquetas' over a Flarum
    # discussion's title, w3m) are no headline where a line without a bullet is one (round 32)
    candidates = [c for c in candidates if not _BULLET_ITEM_RE.match(c[1]) or not any(
        is_headline(line, rules) and not _BULLET_ITEM_RE.match(line) for _, line in candidates)]
    pager = kind_regex(COMMENT_FILE, ("noise",))
    # a breadcrumb's parts printed again in the footer's breadcrumb are no headline (round 28)
    candidates = [c for c in candidates if not _trail_printed_again(c[0], all_lines)] or candidates
    for _, line in candidates:
        # a thread's pager ('Sidan 1 av 3') is printed over and under the posts: no headline (round 22a)
        if is_headline(line, rules) and _printed_again(line, all_lines) and not pager.fullmatch(line):
            return line
    headline = next((line for _, line in candidates if is_headline(line, rules)), None)
    if headline is None and kickers and kickers[0][0] < candidates[0][0]:
        return kickers[0][1]  # a short title above a short line
    return headline or candidates[0][1]


QUESTION_HEADLINE_WORDS = 14
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")


def _question_headline(line: str) -> bool:
    """One short question standing alone: no sentence ends inside it, at most
    QUESTION_HEADLINE_WORDS words."""
    text = line.strip()
    return (text.endswith("?") and len(text.split()) <= QUESTION_HEADLINE_WORDS
            and _SENTENCE_INSIDE.search(text.rstrip("?")) is None)


def headline_before_site_name(line: str, rules: Rules) -> str:
    """'Headline | Site' (a page's <title> as a web clipper or MarkDownload prints it in its
    H1) -> 'Headline', when the part before the one bar is headline-shaped (round 9b)."""
    parts = line.split(" | ")
    if len(parts) == 2 and is_headline(parts[0].strip(), rules) and len(parts[1].split()) <= rules.limits["masthead_max_words"]:
        return parts[0].strip()
    return line


# What a page's <title> puts between the headline and the site's name ('Headline | Site',
# 'Headline – Site', 'Headline - by Author' on Substack).
TITLE_SITE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " » ", " · ")


def clip_site_name(title: str, text: str) -> str:
    """A front matter or reader-service title 'Headline | Site' -> 'Headline' when the page
    prints the headline alone (its H1): the clipper copied the page's <title> (round 9b)."""
    printed = {plain_line_keeping_items(line) for line in text.split("\n")}
    for separator in TITLE_SITE_SEPARATORS:  # ' | ' first: 'Headline | Site' as round 9b read it
        parts = title.split(separator)
        for end in range(len(parts) - 1, 0, -1):  # 'Headline - Section - Site'
            head = separator.join(parts[:end]).strip()
            if head in printed:
                return head
    return title


def clipped_site_name(title: str, text: str, url: str | None = None) -> str | None:
    """The site's name that `clip_site_name` cut off a front matter or reader-service title
    ('Headline | Altenfurter Nachrichten'), when it is one part, name-shaped and printed again
    on the page (a footer's '© Altenfurter Nachrichten 2025', round 13a) or spelled by the page's
    domain ('Forum Valle del Serchio' at www.forumvalleserchio.it, round 25a): the page's <title>
    names its publisher. None otherwise."""
    head = clip_site_name(title, text)
    if head == title:
        return None
    tail = title[len(head):].strip()
    separator = next((sep for sep in TITLE_SITE_SEPARATORS if tail.startswith(sep.strip())), None)
    if separator is None:
        return None
    name = tail[len(separator.strip()):].strip()
    if any(sep.strip() in name for sep in TITLE_SITE_SEPARATORS) or not is_name_shaped(name):
        return None
    if url and spells_domain(name, domain_of(url) or ""):
        return name
    return name if name in text.replace(title, "") else None  # not the header line that holds the title


def _date_strip_under_masthead(above: str, line: str, rules: Rules) -> bool:
    """A date alone right under a site name in capitals that holds an outlet word: the
    masthead's date strip, not a byline under the headline; also a strip of parts with a date in
    one ('Boletín del jueves · 3 de diciembre de 2026', a newsletter's issue line, round 10a)."""
    return above.isupper() and bool(rules.outlet_word_re.search(above)) and (
        is_date_only(line, rules) or dated_line(line, rules) is not None
    )


def _strip_title_prefix(line: str, rules: Rules) -> str:
    """A topic title without the forum's 'Re: ' / 'Topic: ' before it and an aggregator's
    '(example.org)' after it."""
    return rules.title_suffix_re.sub("", rules.title_prefix_re.sub("", line)).strip() or line


def is_title_chrome(line: str, rules: Rules) -> bool:
    if any(p.search(line) for p in rules.title_chrome):
        return True
    if is_date_only(line, rules):
        return True
    return is_noise_line(line)


def _thread_toolbar(line: str) -> bool:
    """A row whose every item is thread chrome (a forum's 'Thread Tools · Display Modes'): it
    stands under the thread's title, so what came before it is no masthead (round 10d)."""
    pieces = PART_SEPARATOR_RE.split(line)
    return len(pieces) >= 2 and all(is_noise_line(piece) for piece in pieces)


def _is_kicker(line: str) -> bool:
    """A section label above the headline: WORLD, Health, EDUCATION (one or two words)."""
    words = line.split()
    return len(words) <= 2 and (line.isupper() or len(words) == 1)


def _printed_again(line: str, lines: list[str]) -> bool:
    """The line appears once more on the page: alone, or inside a longer line."""
    hits = sum(1 for other in lines if line in other)
    return hits >= 2


def _trail_printed_again(index: int, lines: list[str]) -> bool:
    """Line `index` is printed again further down under the same line as here: the last two
    parts of a breadcrumb, which a forum prints over the thread and again in its footer
    ('Growing Vegetables' / 'Onions, Garlic & Leeks', round 28), not a headline printed twice."""
    if index == 0:
        return False
    line, above = lines[index], lines[index - 1]
    return any(lines[k] == line and lines[k - 1] == above for k in range(index + 1, len(lines)))


def _without_site_names(
    candidates: list[tuple[int, str]], lines: list[str], rules: Rules
) -> list[tuple[int, str]]:
    """Candidates without the site's name line(s): 'Name – Blog about X' (a name and a
    tagline split by a dash), a short capitalised masthead on the first line, and
    the tagline right under such a masthead when a headline still follows."""
    kept = [
        (index, line)
        for index, line in candidates
        if not (len(candidates) > 1 and _site_name_with_tagline(index, line, lines, rules))
    ]
    if len(kept) < 2:
        return kept or candidates[:1]
    first_index, first = kept[0]
    words = first.split()
    # the first line, or the first under a newsletter's view-in-browser line (round 10a)
    top = first_index == 0 or all(is_title_chrome(line, rules) for line in lines[:first_index])
    under_skip_link = not top and all(is_title_chrome(line, rules) or _skip_link(line, rules) for line in lines[:first_index])
    masthead = (
        (top or under_skip_link)
        and len(words) <= rules.limits["masthead_max_words"]
        and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words)
        and not first.endswith((".", "?", "!"))
    )
    if not masthead:
        return kept
    rest = kept[1:]
    if under_skip_link:
        # 'Skip to content' / 'The Quillmere Sentinel' / 'News for Quillmere ... since 1911' / the menu's
        # items (w3m, round 32): the site's name and its tagline over the menu; a short line under a
        # skip link with no menu under the line below it may be the headline over its dek
        tagline = len(rest) >= 2 and rest[0][0] == first_index + 1 and _over_menu(rest[0][0], lines, rules)
        return rest[1:] if tagline else kept
    if len(rest) >= 2 and rest[0][0] == first_index + 1 and not _printed_again(rest[0][1], lines):
        rest = rest[1:]  # the tagline under the masthead
    return rest


def _skip_link(line: str, rules: Rules) -> bool:
    """An accessibility skip link ('Skip to content', nav rule skip_link)."""
    nav = nav_line(line, rules)
    return nav is not None and nav.name == "skip_link"


MENU_ITEMS = 3  # a menu printed as a list: this many short items in a row
MENU_ITEM_WORDS = 3  # 'Local', 'E-Edition', 'Things to do'


def _over_menu(index: int, lines: list[str], rules: Rules) -> bool:
    """The line under line `index` is a menu line (nav_lines) or the first of MENU_ITEMS short list
    items in a row (a header's menu as w3m prints it: '• Local' / '• Schools' / '• Sports')."""
    below = lines[index + 1:index + 1 + MENU_ITEMS]
    if below and nav_line(below[0], rules) is not None:
        return True
    return len(below) == MENU_ITEMS and all(
        _BULLET_ITEM_RE.match(line) and len(line.split()) - 1 <= MENU_ITEM_WORDS for line in below
    )


def _site_name_with_tagline(index: int, line: str, lines: list[str], rules: Rules) -> bool:
    """'Name – Blog about X' (a site word after the dash), or on the first line a name of two or
    more words and a tagline whose name the page prints again alone ('Fotograma Sur — cine
    independiente desde el sur' over a comment widget headed 'Fotograma Sur')."""
    parts = re.split(r"\s[–—-]\s", line, maxsplit=1)
    if len(parts) < 2:
        return False
    if rules.site_words_re.search(line):
        return True
    name = parts[0].strip()
    return index == 0 and len(name.split()) >= 2 and any(other.strip() == name for other in lines)
