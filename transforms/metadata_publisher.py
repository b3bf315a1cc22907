"""The publisher when no byline names it: the site's name above the headline (a masthead line or
a logo's alt text), an outlet after the author's comma, and the page's own spelling of a name
printed in capitals."""

from __future__ import annotations

import re

from transforms.metadata_lines import (
    PART_SEPARATOR_RE,
    READER_HEADER_RE,
    cookie_banner_end,
    is_cookie_chrome,
    nav_line,
    plain_line_keeping_items,
)
from transforms.metadata_outlets import is_name_shaped, name_letters, outlet_key, spells_domain
from transforms.metadata_rules import Rules, metadata_rules
from transforms.metadata_title import is_title_chrome, title_of_lines

def find_masthead(lines: list[str], rules: Rules) -> str | None:
    """The site's name printed above the headline: the first line that is not
    chrome (or its first part, before a menu, breadcrumb, tagline or forum page
    title), when it is name-shaped and is not the headline itself."""
    title = title_of_lines(lines, rules)
    for line in _masthead_candidates(lines, rules):
        if _LOGO_HOME_LINK_RE.fullmatch(line):
            return None  # round 34: the logo names the site (find_logo_masthead); the lines under it are its menu
        nav = nav_line(line, rules)
        if (PART_SEPARATOR_RE.search(line) is None and nav is None and _breadcrumb_root(line, lines)
                and line.lower() not in rules.not_publisher_lines):
            # round 17a: 'Le Haut-Bugey en train', the first item of the page's 'X :: Section' trail;
            # round 25b: not a section word ('News' of 'News › Business', first in the menu under the logo)
            return line
        if title and (line == title or line.endswith(title) and PART_SEPARATOR_RE.search(line) is None):
            return None  # reached the headline
        if nav is None and _over_account_buttons(line, lines, rules):
            return line  # round 25a: 'Pedalar na Margem Sul' over 'Entrar' / 'Inscrever-se' (Discourse)
        if nav is not None and nav.name not in ("separated_menu", "breadcrumb"):
            continue  # a cookie notice, a skip link, one menu word
        if line in rules.kickers:
            return None
        first = PART_SEPARATOR_RE.split(line)[0].strip(" *_")
        if nav is not None and nav.name == "breadcrumb" and _forum_trail_root(line, first, rules) \
                and nav_line(first, rules) is None:
            return first  # 'Himmerlandsnettet › Forum › Lokalsamfund › ...': the board's own name
            # ('Startseite › Foren › ...' opens with the home link, no name)
        # "Notify of" (a site's own domain name, 'Vélo-Voyageurs.fr', is its name)
        widget = first == line and is_title_chrome(line, rules) and not _SITE_DOMAIN_RE.fullmatch(line)
        if first == title or widget or nav_line(first, rules) or not _masthead_shaped(first, rules):
            if nav is not None or is_title_chrome(line, rules):
                continue
            return None
        return first
    return None


# A logo's link to the site's home page with the image as its only text, as content_lines leaves
# it ('[![Filstal-Bote](.../logo.png)](https://www.filstal-bote.de/)' -> the bare address): the
# site's name is the logo's alt text, so a menu word under it ('Lokales', also the root of the
# breadcrumb 'Lokales > Hohenstetten') is a section, not the masthead.
_LOGO_HOME_LINK_RE = re.compile(r"https?://[^/\s()]+/?")


ACCOUNT_BUTTONS = 2  # a site's header: its name, then its log-in and sign-up buttons, one a line
ACCOUNT_NAME_WORDS = 5


def _over_account_buttons(name: str, lines: list[str], rules: Rules) -> bool:
    """`name` is the page's first line and the next lines are a header's menu words (its log-in
    and sign-up buttons, 'Entrar' / 'Inscrever-se'): the site's name, even when not shaped like
    one ('Pedalar na Margem Sul', a forum named with a verb)."""
    if not lines or lines[0] != name or not _reads_as_site_name(name, ACCOUNT_NAME_WORDS):
        return False
    below = lines[1:1 + ACCOUNT_BUTTONS]
    return len(below) == ACCOUNT_BUTTONS and all(
        (nav := nav_line(line, rules)) is not None and "menu_word" in nav.name for line in below)


BREADCRUMB_ROOT_RE = r"\s*(?:::|›|»|>|->|/)\s+\S"  # the separator after a trail's first item


def _breadcrumb_root(name: str, lines: list[str]) -> bool:
    """`name` (a line above the headline) is the first item of a breadcrumb trail further down the
    page ('Le Haut-Bugey en train :: Actualités de la ligne'): a forum's or site's own name, even
    when it is not shaped like one (lower-case words, no outlet word)."""
    trail = re.compile(re.escape(name) + BREADCRUMB_ROOT_RE)
    return sum(1 for line in lines if trail.match(line)) >= 1


FORUM_ROOT_WORDS = 4


def _forum_trail_root(line: str, root: str, rules: Rules) -> bool:
    """`root` opens a breadcrumb whose next crumb is the forum index (metadata.json forum_crumb:
    'Himmerlandsnettet › Forum › Lokalsamfund', MyBB), and reads as a name (capitalised, a few
    words, no digits or sentence marks): the site that runs the forum."""
    parts = PART_SEPARATOR_RE.split(line)
    return (len(parts) > 2 and rules.forum_crumb_re.fullmatch(parts[1].strip(" *_")) is not None
            and _reads_as_site_name(root, FORUM_ROOT_WORDS))


def _reads_as_site_name(name: str, max_words: int) -> bool:
    """Capitalised, at most `max_words` words, no digits, sentence marks or bars: a site's or a
    forum's own name, when the line's place says it is one (over log-in buttons, a trail's root)."""
    return name[:1].isupper() and len(name.split()) <= max_words and not re.search(r"[\d.!?:,;|]", name)


MASTHEAD_LINES = 4  # the site's name is among the first lines under a cookie banner
_SITE_DOMAIN_RE = re.compile(r"[A-ZÀ-Þ][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")  # Oldtimer-Schrauber.de


def _masthead_candidates(lines: list[str], rules: Rules) -> list[str]:
    """The first MASTHEAD_LINES lines, not counting a cookie banner and its buttons above them
    (round 6b: 'Wir verwenden Cookies ...' / 'Alle akzeptieren' / 'Nur notwendige Cookies')."""
    start = cookie_banner_end(lines, rules)
    return lines[start : start + MASTHEAD_LINES]


def _masthead_shaped(part: str, rules: Rules) -> bool:
    """A site's name (is_name_shaped), or (round 5c) one word ending in an outlet word
    (Bergensposten) or a few words holding one, the others in lower case as Slavic and Nordic
    titles are spelled (Jadranski glasnik, Košický večerník, Brněnský deník Dnes)."""
    if is_name_shaped(part):
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


def find_logo_masthead(text: str) -> str | None:
    """The alt text of a logo image that is the page's first line ('[![Millbrook Daily
    Record](.../logo.svg)](https://example.com/)'): the site's name (round 5c); a cookie banner
    and its buttons above it do not count (round 6b), nor does a skip link ('[Zum Inhalt
    springen](...#main)', round 24b)."""
    rules = metadata_rules()
    text = READER_HEADER_RE.sub("", text, count=1)  # round 21a: a reader service's header is no line of the page
    first = next((line.strip() for line in text.split("\n") if line.strip() and not _above_logo(line, rules)), "")
    match = _LOGO_LINE_RE.fullmatch(first) or _LOGO_AND_NAME_RE.fullmatch(first)
    if not match:
        return _home_link_name(first, rules)
    alt = re.sub(r"\s+(?i:logo)$", "", _READER_ALT_NUMBER.sub("", match.group(1).strip()))
    return alt if is_name_shaped(alt) or _spells_host(alt, first) else None


def _spells_host(name: str, line: str) -> bool:
    """A logo's alt text whose letters, accents aside, spell the host of the line's links
    ('Valašský posel' on valasskyposel.cz): the site's name, however it is cased (Czech and
    Slovak outlets write theirs in sentence case, round 26b)."""
    host = _HOST_RE.search(line)
    return bool(host) and len(name.split()) <= HOME_LINK_MAX_WORDS and spells_domain(name, host.group(1))


_READER_ALT_NUMBER = re.compile(r"^Image \d{1,3}:\s*")  # Jina reader numbers alt texts ('![Image 1: Wetterau-Bote](...)')


def _above_logo(line: str, rules: Rules) -> bool:
    """A line a page may print above its logo: cookie chrome or a skip link."""
    plain = plain_line_keeping_items(line)
    nav = nav_line(plain, rules)
    return is_cookie_chrome(plain, rules) or (nav is not None and nav.name == "skip_link")


_LOGO_LINE_RE = re.compile(r"\[?!\[([^\]]{3,80})\]\([^)]*\)(?:\]\([^)]*\))?")
# the home link holding the logo and then the site's name as its alt text says it ('[![Image 1: Sopuli](.../logo.png)
# Sopuli](https://sopuli.example/)', a Lemmy instance's top bar)
_LOGO_AND_NAME_RE = re.compile(r"\[!\[(?:Image \d{1,3}:\s*)?([^\]]{3,80})\]\([^)]*\)\s+\1\]\([^)]*\)")
# round 12a: the page's first line is a text link to the site's home page ('[Lavoirs et fontaines du
# Cher](https://lavoirs-du-cher.example/)'), the way a blog theme prints the site title
_HOME_LINK_RE = re.compile(r"\[([^\[\]]{3,60})\]\(https?://[^/\s()]+/?\)")
HOME_LINK_MAX_WORDS = 6


def _home_link_name(first: str, rules: Rules) -> str | None:
    match = _HOME_LINK_RE.fullmatch(first)
    if not match:
        return None
    name = match.group(1).strip()
    words = name.split()
    if not 1 <= len(words) <= HOME_LINK_MAX_WORDS or not name[:1].isupper() or re.search(r"[!?:;]|\.\s", name):
        return None
    return None if nav_line(name, rules) is not None else name


_LINK_RE = re.compile(r"\[([^\[\]]{3,60})\]\((https?://[^)\s]+)\)")
_HOST_RE = re.compile(r"https?://(?:www\.)?([^/\s()]+)")
_CREDIT_RE = re.compile(r"^(?:foto|photo|bild|image|imagen|immagine|beeld)\s?:\s?(.{3,60})$", re.IGNORECASE)
SITE_LINKS_MIN = 2  # the page links its own host at least this often (breadcrumb, home, sections)


def find_domain_named_site(text: str) -> str | None:
    """A name the page prints (a link's text, a photo credit) whose letters spell the host the
    page links most ('Nordhessen-Rundschau' on a page of nordhessen-rundschau.de links, round
    16b): the site's own name, when no masthead line names it."""
    hosts = [m.group(1).lower() for m in _HOST_RE.finditer(text)]
    if not hosts:
        return None
    host = max(set(hosts), key=hosts.count)
    if hosts.count(host) < SITE_LINKS_MIN:
        return None
    stem = name_letters(host.rsplit(".", 1)[0], digits=False)
    printed = [m.group(1).strip() for m in _LINK_RE.finditer(text)]
    printed += [m.group(1).strip(" *_") for line in text.split("\n") if (m := _CREDIT_RE.match(line.strip(" *_")))]
    return next((name for name in printed if len(stem) >= 4 and name_letters(name, digits=False) == stem and is_name_shaped(name)), None)


def split_outlet(author: str, publisher: str | None, lines: list[str], rules: Rules) -> tuple[str, str | None]:
    """'Tessa Okonjo, Prairie Ledger' -> ('Tessa Okonjo', 'Prairie Ledger') when the part after
    the last comma is the outlet: the publisher, the first line (masthead), or a name printed
    in a line with an outlet cue ('© 2025 Harbour Gazette Media Ltd.', 'first appeared on X'),
    or, when no publisher is known, a name holding an outlet word (rules outlet_words). A second person after the comma is kept: nothing on the page names them as an outlet."""
    name, tail = author.rsplit(", ", 1)
    if not name or not is_name_shaped(tail):
        return author, None
    key = outlet_key(tail, rules)
    if publisher and outlet_key(publisher, rules) == key or lines and outlet_key(lines[0], rules) == key:
        return name, tail
    if rules.outlet_word_re.search(tail) and not publisher:
        return name, tail  # 'Prairie Ledger', 'Rheinpfalz-Bote': an outlet's word, no other outlet known
    if rules.agency_re.fullmatch(tail):
        return name, None  # 'By Rhian Mercer, Press Association': a news agency is never a person
    for line in lines:
        if author not in line and key in line.casefold() and rules.outlet_cue_re.search(line):
            return name, tail
    return author, None


def page_spelling(publisher: str, lines: list[str]) -> str:
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
        spelled = page_spelling(bare, lines)
        if spelled != bare:
            return "The " + spelled
    return publisher
