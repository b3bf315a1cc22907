"""Title, author, publisher, publication date and URL from plain article text.

The shapes a byline takes are data (transforms/rules/metadata.json: named,
commented patterns grouped by family and language), compiled once by
transforms.metadata_rules; this module walks them. Only lines of a byline shape are read, so a date in prose,
in a photo caption, in a quote or in an embedded tweet is never taken for the
publication date. A date that is not found is None, never today's date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from transforms.metadata_rules import Rules, Shape, metadata_rules
from transforms.rules import BOILERPLATE_FILE, COMMENT_FILE, is_noise_line, kind_regex

POST_AGE_MAX_WORDS = 4  # 'vor 6 Std.', '9 hr. ago': a post's age over new Reddit's poster line
MAX_DATE_LINE_CHARS = 120  # "Wednesday, 17 September 2025 at 12:30 p.m. CEST" is under half of this


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    publisher: str | None = None
    published_date: dt.date | None = None
    url: str | None = None


_HEADING_MARKS_RE = re.compile(r"^\s*#{1,6}\s*|\s*#+\s*$")
_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_INLINE_STRONG_RE = re.compile(r"(\*\*|__)(.+?)\1")
_INLINE_EMPHASIS_RE = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])")
_BULLET_RE = re.compile(r"^[*+]\s+")
_MARKDOWN_CHARS_RE = re.compile(r"[#*_\[]")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_SPACED_ITEMS_RE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")  # items split by runs of spaces
_H1_RE = re.compile(r"^#\s+\S")
# the follow button a blog platform prints between the author's name and the date line
_FOLLOW_BUTTON_RE = re.compile(r"^\+?\s?(?:follow|folgen|suivre|seguir|segui|volgen)$", re.IGNORECASE)
_ADJACENT_LINKS_RE = re.compile(r"\)\s+\[")
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # an image is not text: its alt text is no title
# A title is a line, not a paragraph.
MAX_TITLE_CHARS = 300


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
    return _title_of_lines(_content_lines(text, rules.limits["max_line_chars"]), rules, _h1_lines(text))


def _h1_lines(text: str) -> frozenset[str]:
    """The plain text of the markdown H1 lines ('# Headline'): a headline even when it is a
    sentence ('I rebuilt the flood map. Here is what it shows.')."""
    return frozenset(_plain_line(line) for line in text.split("\n") if _H1_RE.match(line))


def _title_of_lines(all_lines: list[str], rules: Rules, h1_lines: frozenset[str] = frozenset()) -> str | None:
    """extract_title over the text's content lines (extract_byline has them already)."""
    limits = rules.limits
    lines = all_lines[: limits["title_lines"]]
    top_shapes = [shape for shape in rules.shapes if shape.region in ("head", "top")]
    candidates: list[tuple[int, str]] = []
    trail_titles: list[tuple[int, str]] = []  # a breadcrumb's last part, if nothing better
    kickers: list[tuple[int, str]] = []  # one- or two-word lines, if nothing better
    # No headline at all (a page of comments only): the first widget line stands as the
    # title, so that validation quarantines the page (title_has_no_noise_line).
    first_chrome: str | None = None
    masthead_line: int | None = None  # the site's name on the first line (masthead shape)
    for index, line in enumerate(lines):
        for title_shape in rules.title_shapes:
            match = title_shape.match(line)
            if match:
                return _strip_title_prefix(match.group("title").strip(), rules)
        matched = [s for s in top_shapes if _match_shape(s, lines, index, line, rules)]
        if index == 0 and any(s.name == "masthead" for s in matched):
            masthead_line = 0
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
        nav = _nav_line(line, rules)
        if nav is not None:
            last_part = re.split(r"\s[›‹>»/]\s", line)[-1].strip()
            if (
                nav.last_part_may_be_title
                and _is_headline(last_part, rules)
                and not _is_title_chrome(last_part, rules)
                and find_date(last_part) is None
            ):
                trail_titles.append((index, last_part))
            long_last = candidates and len(candidates[-1][1].split()) > limits["masthead_max_words"]
            tagline = candidates and candidates[-1][0] == 1 and masthead_line == 0
            if not long_last or tagline:
                candidates.clear()  # what came before a menu is the masthead (and its tagline)
            continue
        if _is_prose(line, rules) and line not in h1_lines:
            break
        if matched:
            continue  # a URL line
        if kind_regex(COMMENT_FILE, ("count", "anchor")).fullmatch(line):
            break  # the comment section starts ("16 Comments"): no headline below it
        line = _strip_title_prefix(line, rules)
        # a headline may open with a quote ('‘We were told to wait’: ...'): only tweet lines are out
        unquoted = line.lstrip("\"“”„«‘'")
        if line in rules.kickers or _is_ignored(unquoted, rules) or _is_title_chrome(line, rules):
            if first_chrome is None and not _is_date_only(line, rules):
                first_chrome = line
            continue
        if _is_kicker(line):
            kickers.append((index, line))
            continue
        candidates.append((index, line))
    candidates = candidates or trail_titles[-1:] or kickers[:1]
    candidates = _without_site_names(candidates, all_lines, rules)
    if not candidates:
        return first_chrome
    for _, line in candidates:
        if _is_headline(line, rules) and _printed_again(line, all_lines):
            return line
    headline = next((line for _, line in candidates if _is_headline(line, rules)), None)
    if headline is None and kickers and kickers[0][0] < candidates[0][0]:
        return kickers[0][1]  # a short title above a short line
    return headline or candidates[0][1]


def _date_strip_under_masthead(above: str, line: str, rules: Rules) -> bool:
    """A date alone right under a site name in capitals that holds an outlet word: the
    masthead's date strip, not a byline under the headline."""
    return above.isupper() and bool(rules.outlet_word_re.search(above)) and _is_date_only(line, rules)


def _strip_title_prefix(line: str, rules: Rules) -> str:
    return rules.title_prefix_re.sub("", line).strip() or line


def _is_title_chrome(line: str, rules: Rules) -> bool:
    if any(p.search(line) for p in rules.title_chrome):
        return True
    if _is_date_only(line, rules):
        return True
    return is_noise_line(line)


def _is_kicker(line: str) -> bool:
    """A section label above the headline: WORLD, Health, EDUCATION (one or two words)."""
    words = line.split()
    return len(words) <= 2 and (line.isupper() or len(words) == 1)


def _printed_again(line: str, lines: list[str]) -> bool:
    """The line appears once more on the page: alone, or inside a longer line."""
    hits = sum(1 for other in lines if line in other)
    return hits >= 2


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
    masthead = (
        first_index == 0
        and len(words) <= rules.limits["masthead_max_words"]
        and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words)
        and not first.endswith((".", "?", "!"))
    )
    if not masthead:
        return kept
    rest = kept[1:]
    if len(rest) >= 2 and rest[0][0] == first_index + 1 and not _printed_again(rest[0][1], lines):
        rest = rest[1:]  # the tagline under the masthead
    return rest


def _top_end(lines: list[str], rules: Rules) -> int:
    """The 'top' region: the first top_lines lines, or, when a long cookie notice, menu or
    breadcrumb pushes the byline further down (round 6b: 'Par Claire Lemonnier | Publié le ...'
    as the 16th line), the lines down to the first prose line (a dek may be one) and the
    top_after_prose lines under it, at most top_max_lines."""
    limits = rules.limits
    first_prose = next(
        (i for i, line in enumerate(lines[: limits["top_max_lines"]])
         if _is_prose(line, rules) and not is_noise_line(line)),
        limits["top_max_lines"],
    )
    return max(limits["top_lines"], min(first_prose + limits["top_after_prose"], limits["top_max_lines"]))


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


def _is_prose(line: str, rules: Rules) -> bool:
    limits = rules.limits
    words = len(line.split())
    if len(line) > limits["prose_chars"] or words > limits["prose_words"]:
        return True
    # a question is a headline shape ("Readers respond: should X ban Y?"), not prose
    return words >= limits["sentence_words"] and line.endswith((".", "!", ".”", '."'))


def _is_headline(line: str, rules: Rules) -> bool:
    return len(line.split()) >= rules.limits["min_headline_words"]


def _nav_line(line: str, rules: Rules):
    return next((nav for nav in rules.nav_lines if nav.regex.search(line)), None)


def extract_byline(text: str) -> Byline:
    """Author, publisher, publication date and URL from the byline shapes of the text."""
    rules = metadata_rules()
    limits = rules.limits
    lines = _content_lines(text, limits["max_line_chars"])
    regions = {
        "head": lines[_cookie_banner_end(lines, rules):][: limits["head_lines"]],
        "top": lines[: _top_end(lines, rules)],
        # prose lines are never bylines: leave them out of the long region
        "any": [line for line in lines if len(line) <= limits["max_line_chars"]],
    }
    day_first = _writes_day_first(text, rules)
    found: dict[str, Any] = {}
    publisher_region = None
    for shape in rules.shapes:
        if all(_field_done(found, f) for f in shape.fields):
            continue
        region = regions[shape.region]
        for index, line in enumerate(region):
            values = _match_shape(shape, region, index, line, rules, day_first)
            if values:
                if values.pop("no_author", False):
                    found.setdefault("author", None)  # a newsroom signed: no author
                if "publisher" in values and "publisher" not in found:
                    publisher_region = shape.region
                for key, value in values.items():
                    found.setdefault(key, value)
                break
    if lines and lines[0] in rules.kickers:
        found.setdefault("publisher", rules.kickers[lines[0]])
        publisher_region = "head"
    if found.get("publisher") is None or publisher_region == "any":
        # the site's name above the headline beats a footer's company or a bio's outlet
        masthead = _masthead(lines, rules) or _logo_masthead(text)
        if masthead:
            found["publisher"] = masthead
    if found.get("publisher"):
        found["publisher"] = _page_spelling(found["publisher"], lines)
    if found.get("author") and ", " in found["author"]:
        found["author"], outlet = _without_outlet(found["author"], found.get("publisher"), lines, rules)
        found["publisher"] = found.get("publisher") or outlet
    return Byline(
        author=found.get("author"),
        publisher=found.get("publisher"),
        published_date=found.get("date"),
        url=found.get("url"),
    )


_PART_SEPARATOR_RE = re.compile(r"\s+(?:[|·•›‹>»/]|[–—-]|::)\s+")
_NAME_PARTICLES = frozenset(
    "de del della delle dei do da das dos di du des la le les el il lo of the y e et and und für "
    "van der den het ter op zur zum".split()
)


def _masthead(lines: list[str], rules: Rules) -> str | None:
    """The site's name printed above the headline: the first line that is not
    chrome (or its first part, before a menu, breadcrumb, tagline or forum page
    title), when it is name-shaped and is not the headline itself."""
    title = _title_of_lines(lines, rules)
    for line in _masthead_candidates(lines, rules):
        if title and (line == title or line.endswith(title) and _PART_SEPARATOR_RE.search(line) is None):
            return None  # reached the headline
        nav = _nav_line(line, rules)
        if nav is not None and nav.name not in ("separated_menu", "breadcrumb"):
            continue  # a cookie notice, a skip link, one menu word
        if line in rules.kickers:
            return None
        first = _PART_SEPARATOR_RE.split(line)[0].strip(" *_")
        # "Notify of" (a site's own domain name, 'Vélo-Voyageurs.fr', is its name)
        widget = first == line and _is_title_chrome(line, rules) and not _SITE_DOMAIN_RE.fullmatch(line)
        if first == title or widget or _nav_line(first, rules) or not _masthead_shaped(first, rules):
            if nav is not None or _is_title_chrome(line, rules):
                continue
            return None
        return first
    return None


MASTHEAD_LINES = 4  # the site's name is among the first lines under a cookie banner
_SITE_DOMAIN_RE = re.compile(r"[A-ZÀ-Þ][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")  # Oldtimer-Schrauber.de


def _masthead_candidates(lines: list[str], rules: Rules) -> list[str]:
    """The first MASTHEAD_LINES lines, not counting a cookie banner and its buttons above them
    (round 6b: 'Wir verwenden Cookies ...' / 'Alle akzeptieren' / 'Nur notwendige Cookies')."""
    start = _cookie_banner_end(lines, rules)
    return lines[start : start + MASTHEAD_LINES]


def _cookie_banner_end(lines: list[str], rules: Rules) -> int:
    """The index of the first line under a cookie banner and its buttons at the top (0 without one)."""
    start = 0
    while start < len(lines) and start < rules.limits["top_lines"] and _cookie_chrome(lines[start], rules):
        start += 1
    return start


def _cookie_chrome(line: str, rules: Rules) -> bool:
    """A cookie banner's text or a row of its buttons ('Accepter et fermer · Continuer sans accepter')."""
    nav = _nav_line(line, rules)
    if nav is not None and nav.name == "cookie_notice":
        return True
    cookie = kind_regex(BOILERPLATE_FILE, ("cookie",))
    return all(cookie.fullmatch(piece) for piece in _PART_SEPARATOR_RE.split(line))


def _masthead_shaped(part: str, rules: Rules) -> bool:
    """A site's name (_name_shaped), or (round 5c) one word ending in an outlet word
    (Bergensposten) or a few words holding one, the others in lower case as Slavic and Nordic
    titles are spelled (Jadranski glasnik, Košický večerník, Brněnský deník Dnes)."""
    if _name_shaped(part):
        return True
    words = part.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or re.search(r"[\d.!?:,;]", part):
        return False
    lowered = part.lower()
    if lowered in rules.not_publisher_lines or set(lowered.split()) & rules.not_publisher_words:
        return False
    if len(words) == 1:
        return bool(rules.outlet_suffix_re.match(part))
    return bool(rules.outlet_word_re.search(part))


def _logo_masthead(text: str) -> str | None:
    """The alt text of a logo image that is the page's first line ('[![Millbrook Daily
    Record](.../logo.svg)](https://example.com/)'): the site's name (round 5c); a cookie banner
    and its buttons above it do not count (round 6b)."""
    rules = metadata_rules()
    first = next((line.strip() for line in text.split("\n") if line.strip() and not _cookie_chrome(_plain_line(line), rules)), "")
    match = _LOGO_LINE_RE.fullmatch(first)
    if not match:
        return None
    alt = re.sub(r"\s+(?i:logo)$", "", match.group(1).strip())
    return alt if _name_shaped(alt) else None


_LOGO_LINE_RE = re.compile(r"\[?!\[([^\]]{3,80})\]\([^)]*\)(?:\]\([^)]*\))?")


def _name_shaped(part: str) -> bool:
    """A site's name: 1-7 capitalised words (particles such as 'de', 'della', 'of'
    allowed inside), no sentence punctuation; one word only when it is compound
    (Westfalen-Echo, Fietsforum.nl): a single plain word is a section or a button."""
    words = part.split()
    if not 1 <= len(words) <= 7 or part.endswith((".", "?", "!", ":", ",")):
        return False
    if re.search(r"\d", part) and not re.search(r"\.[a-z]{2,}$", part):
        return False
    for position, word in enumerate(words):
        bare = word.strip("'’\"«»()")
        if position and bare.lower() in _NAME_PARTICLES:
            continue
        if not bare[:1].isupper() and not re.match(r"[A-ZÀ-Þ]?\w*['’][A-ZÀ-Þ]", bare):
            return False
    return len(words) > 1 or bool(re.search(r"[-.]\w", part))


def _outlet_key(name: str, rules: Rules) -> str:
    name = rules.legal_suffix_re.sub("", " ".join(name.split())).strip(" ,.;:|")
    return re.sub(r"^the\s+", "", name.casefold())


def _without_outlet(author: str, publisher: str | None, lines: list[str], rules: Rules) -> tuple[str, str | None]:
    """'Tessa Okonjo, Prairie Ledger' -> ('Tessa Okonjo', 'Prairie Ledger') when the part after
    the last comma is the outlet: the publisher, the first line (masthead), or a name printed
    in a line with an outlet cue ('© 2025 Harbour Gazette Media Ltd.', 'first appeared on X'),
    or, when no publisher is known, a name holding an outlet word (rules outlet_words). A second person after the comma is kept: nothing on the page names them as an outlet."""
    name, tail = author.rsplit(", ", 1)
    if not name or not _name_shaped(tail):
        return author, None
    key = _outlet_key(tail, rules)
    if publisher and _outlet_key(publisher, rules) == key or lines and _outlet_key(lines[0], rules) == key:
        return name, tail
    if rules.outlet_word_re.search(tail) and not publisher:
        return name, tail  # 'Prairie Ledger', 'Rheinpfalz-Bote': an outlet's word, no other outlet known
    if rules.agency_re.fullmatch(tail):
        return name, None  # 'By Rhian Mercer, Press Association': a news agency is never a person
    for line in lines:
        if author not in line and key in line.casefold() and rules.outlet_cue_re.search(line):
            return name, tail
    return author, None


def _page_spelling(publisher: str, lines: list[str]) -> str:
    """An ALL-CAPS masthead in the mixed-case spelling the page prints elsewhere
    (FRANKENPOST DIGITAL -> Frankenpost Digital when a footer says so)."""
    if not publisher.isupper():
        return publisher
    pattern = re.compile(re.escape(publisher), re.IGNORECASE)
    for line in lines:
        for match in pattern.finditer(line):
            if match.group(0)[:1].isupper() and not match.group(0).isupper():
                return match.group(0)
    article, bare = re.match(r"(THE\s+)?(.*)", publisher).groups()
    if article:  # THE HARBOUR GAZETTE, footer '© Harbour Gazette Media Ltd.': The Harbour Gazette
        spelled = _page_spelling(bare, lines)
        if spelled != bare:
            return "The " + spelled
    return publisher


def merge_bylines(first: Byline, second: Byline) -> Byline:
    """Fields of `first`, each missing one taken from `second`."""
    return replace(
        first,
        author=first.author or second.author,
        publisher=first.publisher or second.publisher,
        published_date=first.published_date or second.published_date,
        url=first.url or second.url,
    )


def parse_date(value: object, today: dt.date | None = None) -> dt.date | None:
    """A publication date from a metadata value: ISO 8601, RFC 2822, epoch seconds
    (or milliseconds), or a written date in English, German, French or Spanish.
    None when it cannot be read or is implausible (before 1990, after today)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _plausible(_from_epoch(float(value)), today)
    if isinstance(value, dt.datetime):
        return _plausible(value.date(), today)
    if isinstance(value, dt.date):
        return _plausible(value, today)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        return _plausible(_from_epoch(float(text)), today)
    try:
        return _plausible(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date(), today)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _plausible(parsed.date(), today)
    return find_date(text, today)


def find_date(text: str, today: dt.date | None = None, day_first: bool = False) -> dt.date | None:
    """The first plausible date written in `text` (a short string: a byline, a label).
    04/03/2024 is read only with `day_first` (the page's language says so)."""
    rules = metadata_rules()
    for start, date in sorted(_dates_in(text, rules, day_first), key=lambda pair: pair[0]):
        if _plausible(date, today):
            return date
    return None


def domain_of(url_or_domain: str) -> str | None:
    """'https://www.example.com/a' or 'example.com/x' -> 'example.com'."""
    candidate = url_or_domain.strip()
    if "://" not in candidate:
        candidate = "//" + candidate
    host = (urlsplit(candidate).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host if "." in host else None


# --- shapes ---------------------------------------------------------------------


_AMBIGUOUS_NUMERIC_DATE_RE = re.compile(r"\b[01]?\d[/-][01]?\d[/-](?:19|20)\d\d\b")


def _writes_day_first(text: str, rules: Rules) -> bool:
    """Whether the page's language puts the day first in 04/03/2024 (see 'day_first')."""
    if not _AMBIGUOUS_NUMERIC_DATE_RE.search(text):
        return False  # nothing to settle: spare the word count
    words = re.findall(r"\w+", text[:5000].lower())
    other = sum(1 for w in words if w in rules.day_first_words)
    english = sum(1 for w in words if w in rules.english_words)
    return other >= rules.day_first_min_hits and other > 2 * english


def _match_shape(
    shape: Shape, region: list[str], index: int, line: str, rules: Rules, day_first: bool = False
) -> dict[str, Any]:
    if len(line) > rules.limits["max_line_chars"]:
        return {}
    match = shape.regex.match(line)
    if not match or _is_ignored(line, rules):
        return {}
    groups = {k: v for k, v in match.groupdict().items() if v}
    if shape.not_under_name and index >= 2 and _is_bare_name_above(region[index - 1], rules):
        return {}  # 'Rodrigo Esparza Villalobos' / 'Ciudad de México · 01/12/2026': a place, the name is above
    if shape.pair == "date_line":
        following = _date_line_after(region, index, rules)
        if following is None:
            return {}
        if following:
            groups["date"] = following
    elif shape.pair == "poster_next":
        if index + 1 >= len(region) or not _poster_above(groups["author"], region[index + 1], rules):
            return {}
    elif shape.pair == "under_community":
        if not _under_community(region, index, rules):
            return {}
    elif shape.pair == "date_part":
        dated = _dated_line(groups.pop("parts", ""), rules)
        if dated is None:
            return {}
        groups["date"] = dated
    elif shape.pair == "nav_line":
        if not any(_nav_line(after, rules) for after in region[index + 1 : index + 3]):
            return {}
        if _nav_line(line, rules) or len(line.split()) > rules.limits["masthead_max_words"]:
            return {}
    values: dict[str, Any] = {}
    if "date" in groups:
        if shape.date_only and not _is_date_only(groups["date"], rules):
            return {}
        date = find_date(groups["date"], day_first=day_first)
        if date is not None:
            values["date"] = date
        elif shape.date_shaped and not any(form.search(groups["date"]) for _, form in rules.date_forms):
            return {}
    if "author" in groups:
        author = _clean_author(groups["author"], rules)
        if author is None:
            return {}
        values["author"] = author
    if "publisher" in groups:
        publisher = _clean_publisher(groups["publisher"], rules)
        if publisher is None:
            return {}
        values["publisher"] = publisher
    if "url" in groups:
        values["url"] = groups["url"].rstrip(".,;")
    if "target" in groups:
        target = groups["target"].rstrip(".,;")
        if target.lower().startswith(("http://", "https://")):
            values["url"] = target
            publisher = domain_of(target)
        else:
            publisher = _clean_publisher(target, rules)
        if publisher:
            values["publisher"] = publisher
    if any(field not in values for field in shape.required):
        return {}
    if shape.no_author:
        if index > 0 and _is_name_line(region[index - 1], rules):
            return {}  # 'Marcus Oyelaran' / 'Staff writer': the role of the name above, not a newsroom
        values["no_author"] = True
    return values


def _is_name_line(line: str, rules: Rules) -> bool:
    """A line that is only a person's name (the name-line byline shape without its date)."""
    return any(shape.name == "name_line_then_date_line" and shape.regex.match(line) for shape in rules.shapes)


def _is_bare_name_above(line: str, rules: Rules) -> bool:
    """A name line over a dateline, too short to be a headline in title case ('City Council
    Approves Budget' over 'Jane Doe | March 3, 2024' is the headline, not a byline)."""
    return _is_name_line(line, rules) and not _is_headline(line, rules)


def _poster_above(name: str, following: str, rules: Rules) -> bool:
    """Whether a one-word line `name` is a forum poster: a rank line under it, or,
    for a handle (kestrel_bay, Biclou44, lower case), a date line (year optional)."""
    if set(following.lower().split()) & rules.rank_words and len(following.split()) <= 4:
        return True
    handle = bool(re.search(r"[_\d]", name)) or name[:1].islower()
    if not handle or name.isdigit():
        return False
    return _is_date_only(following, rules) or bool(rules.short_date_re.fullmatch(following))


def _under_community(region: list[str], index: int, rules: Rules) -> bool:
    """Whether a line stands where new Reddit prints the poster: lone separator lines ('•')
    aside, right under the post's age (a short line with a number: 'hace 9 h', '9 hr. ago'),
    itself right under the community line ('r/Uruguay')."""
    above = [line for line in region[max(0, index - 4) : index] if re.search(r"\w", line)]
    if len(above) < 2 or not rules.community_line_re.match(above[-2]):
        return False
    age = above[-1]
    return len(age.split()) <= POST_AGE_MAX_WORDS and any(ch.isdigit() for ch in age)


def _date_line_after(region: list[str], index: int, rules: Rules) -> str | None:
    """The date line right after a name line (index > 0: the first line is the
    title), with at most one role line ('Science reporter') or place line ('Itaperuna do
    Sul (SC)', rules' place_line) between; a dateline of parts
    ('Tarazona | 16/07/2024 - 13:20 h | ...') or 'Place, date' counts as a date line.
    A name line with a role line under it and no date line is a byline without a date
    (''); so is a name line right under a dateline of parts ('Hollfeld | 14.08.2024 |
    Lesedauer: 3 Min.' / 'Miriam Obermaier')."""
    if index == 0:
        return None
    for offset in (1, 2):
        if index + offset >= len(region):
            break
        following = region[index + offset]
        dated = _dated_line(following, rules)
        if dated is not None and not _is_ignored(following, rules):
            return dated
        if offset == 2:
            # name, role line, no date: a byline without a date; name, place line, no date: none
            return None if rules.place_line_re.match(region[index + 1]) else ""
        if not (rules.role_line_re.match(following) or _FOLLOW_BUTTON_RE.match(following)
                or rules.place_line_re.match(following)):
            break  # one role line ('Science reporter'), a 'Follow' button or the dateline's place may sit between
    if index + 1 < len(region) and rules.role_line_re.match(region[index + 1]):
        return ""
    above = region[index - 1]
    if index >= 2 and _META_SEPARATOR_RE.search(above) and _dated_line(above, rules) is not None:
        return ""
    return None


_META_SEPARATOR_RE = re.compile(r"\s[|·•]\s")
_DATE_LABEL_RE = re.compile(
    r"^(?:(?:articolo|article|artikel|artículo|artigo)\s+)?(?:published|updated|posted|publié|mis à jour|publicado|actualizado|veröffentlicht|publiziert|aktualisiert|stand|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicado em|atualizado|"
    # round 5c: sv, no, da, fi, cs/sk, hu, ro, hr ('Publicerad 6 maj 2024 kl. 06.00')
    r"publicerad|publicerat|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|"
    r"publikováno|publikované|aktualizováno|megjelent|közzétéve|frissítve|publicat|actualizat|objavljeno)"
    r"(?:\s+(?:on|le|el|am|il|op|em|pe|den))?\s*:?\s*",
    re.IGNORECASE,
)
_PLACE_DATE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w.'’ -]{1,30},\s+(.+)$")
DATELINE_PART_MAX_WORDS = 8


def _dated_line(line: str, rules: Rules) -> str | None:
    """The date of a line that is a date, 'Place, date', or short parts split by | · • or a
    spaced dash ('Logroño - 05 nov 2024 - 06:00 CET') with one part nothing but a date; None
    for any other line."""
    if _is_date_only(line, rules):
        return line
    labelled = _DATE_LABEL_RE.sub("", line)  # 'Publié: 04.09.2024, 06h30'
    if labelled != line and _is_date_only(labelled, rules):
        return labelled
    place = _PLACE_DATE_RE.match(line)
    if place and _is_date_only(place.group(1), rules):
        return place.group(1)
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s[–—-]\s", line) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > DATELINE_PART_MAX_WORDS for p in parts):
        return None
    unlabelled = (_DATE_LABEL_RE.sub("", p) for p in parts)  # 'Articolo pubblicato il DATE · ...'
    return next((p for p in unlabelled if _is_date_only(p, rules)), None)


def _field_done(found: dict[str, Any], field: str) -> bool:
    if field == "target":
        return "publisher" in found
    return field in found


def _clean_author(raw: str, rules: Rules) -> str | None:
    """A byline's names without job titles ('Colin McBride, Transport Correspondent')."""
    author = rules.role_tail_re.sub("", re.sub(r"\s+", " ", raw)).strip(" ,.;*")
    if not author or len(author.split()) > 12:
        return None
    if any(ch.isdigit() for ch in author) and not re.fullmatch(r"[\w.-]*[^\W\d_][\w.-]*", author):
        return None  # digits only in a forum handle (Isard_09, Biclou44)
    if set(author.lower().split()) & rules.rank_words or rules.role_line_re.match(author):
        return None  # a forum rank (Aktives Mitglied) or a job title (Redakteurin Lokales)
    if author.startswith("The "):
        return None  # The Marlow Bay Gazette, The Editorial Board: not a person
    lowered = re.sub(r"^the\s+", "", author.lower())
    if lowered in rules.not_names or lowered.startswith(rules.not_name_prefixes):
        return None
    if author.isupper() and rules.outlet_word_re.search(author):
        return None  # 'DIARIO DE RIBADELMAR' over the date line: a masthead in capitals, not a person
    if author.isupper() and len(author.split()) >= 2:
        return author.title()  # 'BY DELPHINE MARSH': the page's typography, not the name's spelling
    return author


def _clean_publisher(raw: str, rules: Rules) -> str | None:
    publisher = re.sub(r"\s+", " ", raw).strip(" ,.;:|")
    publisher = re.sub(r"^the\s+", "", publisher)  # "at the Eastside Herald" (lower-case the)
    publisher = rules.legal_suffix_re.sub("", publisher).strip(" ,.;:|")  # Skyline Media Ltd.
    lowered = publisher.lower()
    if not publisher or len(publisher) > 80:
        return None
    if lowered in rules.not_publisher_lines or set(lowered.split()) & rules.not_publisher_words:
        return None
    if lowered.startswith(("http://", "https://")):
        return domain_of(publisher)
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", publisher):
        return domain_of(publisher)
    return rules.outlet_aliases.get(publisher, publisher)


def _is_ignored(line: str, rules: Rules) -> bool:
    return any(p.search(line) for p in rules.ignored_lines)


def _is_date_only(line: str, rules: Rules) -> bool:
    if len(line) > MAX_DATE_LINE_CHARS:
        return False  # prose, not a dateline (and the date forms are costly on long lines)
    spans = [(m.start(), m.end()) for _, form in rules.date_forms for m in form.finditer(line)]
    if not spans:
        return False
    start, end = min(spans)
    residue = line[:start] + " " + line[end:]
    residue = rules.weekdays_re.sub(" ", residue)
    residue = rules.time_residue_re.sub(" ", residue)
    return not re.search(r"\w", residue)


def _dates_in(text: str, rules: Rules, day_first: bool = False) -> list[tuple[int, dt.date]]:
    found = []
    for name, form in rules.date_forms:
        for m in form.finditer(text):
            date = _date_from_match(name, m.groupdict(), rules, day_first)
            if date is not None:
                found.append((m.start(), date))
    return found


def _date_from_match(
    name: str, groups: dict[str, str], rules: Rules, day_first: bool = False
) -> dt.date | None:
    year = int(groups["year"])
    if name in ("slashed_numeric", "dashed_numeric"):
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif day_first:
            day, month = first, second
        else:
            return None  # 04/05/2018: May 4th or April 5th; better no date than a wrong one
    else:
        day = int(groups["day"])
        month = (
            rules.months[groups["month_name"].lower()]
            if groups.get("month_name")
            else int(groups["month"])
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _plausible(date: dt.date | None, today: dt.date | None = None) -> dt.date | None:
    if date is None:
        return None
    latest = today or dt.date.today()
    if date.year < metadata_rules().limits["min_year"] or date > latest:
        return None
    return date


def _from_epoch(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _content_lines(text: str, max_chars: int) -> list[str]:
    """Non-empty lines as plain text. A line longer than `max_chars` is prose and
    never a byline: it is kept (it counts for the 'top' region) but not cleaned."""
    lines = []
    for raw in text.split("\n"):
        if len(raw) > max_chars * 2:
            lines.append(raw.strip())
            continue
        line = _plain_line(raw)
        if line:
            lines.append(line)
    return lines


def _plain_line(raw: str) -> str:
    """A line with markdown heading marks, emphasis and link syntax taken off."""
    raw = _SPACED_ITEMS_RE.sub(" · ", raw.strip())  # 'News  Sports  Business': a menu's items
    if not _MARKDOWN_CHARS_RE.search(raw):
        return " ".join(raw.split())  # plain already: only collapse whitespace
    raw = _ADJACENT_LINKS_RE.sub(") · [", raw)  # '[Sign up](..) [Sign in](..)': two items
    line = _HEADING_MARKS_RE.sub("", _MD_IMAGE_RE.sub("", raw).strip())
    line = _BULLET_RE.sub("", line)
    line = _MD_LINK_RE.sub(lambda m: m.group(1) or m.group(2), line)
    line = _INLINE_STRONG_RE.sub(r"\2", line)
    line = _INLINE_EMPHASIS_RE.sub(r"\1", line)
    emphasis = _EMPHASIS_RE.match(line)
    if emphasis:
        line = emphasis.group(2)
    return " ".join(line.split())
