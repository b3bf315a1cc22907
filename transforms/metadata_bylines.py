"""Byline shapes (rules/metadata.json 'byline_shapes') matched against one line and the lines
around it: the pairings (a name line over its date line, a forum poster over a rank, new
Reddit's poster line) and the author's name cleaned of job titles."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from transforms.comment_lines import is_online_status
from transforms.comment_names import ends_with_initial, is_badge, same_person
from transforms.metadata_dates import dated_line, find_date, is_date_only
from transforms.metadata_lines import is_headline, is_ignored, nav_line
from transforms.metadata_outlets import clean_publisher, domain_of
from transforms.metadata_rules import Rules, Shape
from transforms.rules import COMMENT_FILE, LineMatcher, rule_by_id
from transforms.rules import rules as rules_of_file
from transforms.timestamps import is_timestamp

POST_AGE_MAX_WORDS = 4  # 'vor 6 Std.', '9 hr. ago': a post's age over new Reddit's poster line


# the follow button a blog platform prints between the author's name and the date line
_EMAIL_LINE_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # a reporter's address alone on its line
_FOLLOW_BUTTON_RE = re.compile(r"^\+?\s?(?:follow|folgen|suivre|seguir|segui|volgen)$", re.IGNORECASE)


_URL_LINE = re.compile(r"https?://\S+")


def match_shape(
    shape: Shape, region: list[str], index: int, line: str, rules: Rules, day_first: bool = False
) -> dict[str, Any]:
    if len(line) > rules.limits["max_line_chars"]:
        return {}
    match = shape.regex.match(line)
    if not match or is_ignored(line, rules):
        return {}
    groups = {k: v for k, v in match.groupdict().items() if v}
    if shape.not_under_name and index >= 2 and _is_bare_name_above(region[index - 1], rules):
        return {}  # 'Rodrigo Esparza Villalobos' / 'Ciudad de México · 01/12/2026': a place, the name is above
    if shape.pair == "date_line":
        if index >= 2 and _place_under_name(region, index - 1, rules):
            return {}  # the dateline's place under the reporter's name, not a second name
        following = _date_line_after(region, index, rules)
        if following is None:
            return {}
        if following:
            groups["date"] = following
    elif shape.pair == "poster_next":
        below = index + 1
        status = below < len(region) and _online_status(groups["author"], region[below])
        if below < len(region) and _poster_again(groups["author"], region[below]):
            below += 1  # 'marco_tn è offline' (vBulletin 4), 'Ricardo Mendes' (Discourse) under the name
        elif below < len(region) and _poster_card(region[below]):
            below += 1  # a Q&A forum's poster card on one line ('Messages postés 14 Date d'inscription ...', round 22a)
        if not status and (below >= len(region) or not _poster_above(groups["author"], region[below], rules)) \
                and not _title_over_profile(region, below):
            return {}
    elif shape.pair == "under_community":
        if not _under_community(region, index, rules):
            return {}
    elif shape.pair == "date_part":
        dated = dated_line(groups.pop("parts", ""), rules)
        if dated is None:
            return {}
        groups["date"] = dated
    elif shape.pair == "url_next":
        # the site's name between a share-as-text copy's headline and its address (round 10d)
        if index == 0 or index + 1 >= len(region) or not _URL_LINE.fullmatch(region[index + 1]):
            return {}
        if len(line.split()) > rules.limits["masthead_max_words"]:
            return {}
    elif shape.pair == "nav_line":
        if not any(nav_line(after, rules) for after in region[index + 1 : index + 3]):
            return {}
        if nav_line(line, rules) or len(line.split()) > rules.limits["masthead_max_words"]:
            return {}
    values: dict[str, Any] = {}
    if "date" in groups:
        if shape.date_only and not is_date_only(groups["date"], rules):
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
        publisher = clean_publisher(groups["publisher"], rules)
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
            publisher = clean_publisher(target, rules)
        if publisher:
            values["publisher"] = publisher
    if any(field not in values for field in shape.required):
        return {}
    if shape.no_author:
        if index > 0 and _is_name_line(region[index - 1], rules):
            return {}  # 'Marcus Oyelaran' / 'Staff writer': the role of the name above, not a newsroom
        values["no_author"] = True
    return values


# an outlet's name opens with an article more often than a person's ('L'Écho de ...', 'El Heraldo
# de ...', 'Der Lindenauer Bote'); with an outlet word in it, it is no author (round 10a)
_ARTICLE_START = re.compile(r"^(?:l['’]|le |la |les |el |los |las |il |lo |der |die |das |het |o |a )", re.IGNORECASE)
# a newsletter's issue label on its dateline ('Friday Edition', 'Weekend Briefing'): no person
_EDITION_LABEL = re.compile(
    r"\b(?:edition|issue|briefing|digest|newsletter|ausgabe|édition|edición|edizione|editie|boletín)$", re.IGNORECASE
)


def _clean_author(raw: str, rules: Rules) -> str | None:
    """A byline's names without job titles ('Colin McBride, Transport Correspondent')."""
    author = rules.role_tail_re.sub("", re.sub(r"\s+", " ", raw)).strip()
    words = author.split()
    if len(words) > 2 and words[-1][-1] in ".," and rules.weekdays_re.fullmatch(words[-1].rstrip(",")):
        author = " ".join(words[:-1])  # 'Von Katrin Löwe Di., 03.11.2026': the date's weekday, abbreviated (round 14b)
    author = author.strip(" ,;*")
    author = author if ends_with_initial(author) else author.strip(".")  # 'Mathilde R.' keeps its initial's stop
    if not author or len(author.split()) > 12:
        return None
    if any(ch.isdigit() for ch in author) and not re.fullmatch(r"[\w.-]*[^\W\d_][\w.-]*", author):
        return None  # digits only in a forum handle (Isard_09, Biclou44)
    if set(author.lower().split()) & rules.rank_words or rules.role_line_re.match(author):
        return None  # a forum rank (Aktives Mitglied) or a job title (Redakteurin Lokales)
    if is_badge(author):
        return None  # a badge under the poster's name ('ověřený účet', 'Verified account'; round 23a)
    if author.startswith("The "):
        return None  # The Marlow Bay Gazette, The Editorial Board: not a person
    if _ARTICLE_START.match(author) and rules.outlet_word_re.search(author):
        return None  # "L'Écho de Cornouaille · Économie · Name · date": the outlet first (round 10a)
    if _EDITION_LABEL.search(author):
        return None  # 'Friday Edition · December 4, 2026 · Issue #212': a newsletter's issue label
    lowered = re.sub(r"^the\s+", "", author.lower())
    if lowered in rules.not_names or lowered.startswith(rules.not_name_prefixes):
        return None
    if author.isupper() and rules.outlet_word_re.search(author):
        return None  # 'DIARIO DE RIBADELMAR' over the date line: a masthead in capitals, not a person
    if author.isupper() and len(author.split()) >= 2:
        return author.title()  # 'BY DELPHINE MARSH': the page's typography, not the name's spelling
    return author


def _is_name_line(line: str, rules: Rules) -> bool:
    """A line that is only a person's name (the name-line byline shape without its date)."""
    return any(shape.name == "name_line_then_date_line" and shape.regex.match(line) for shape in rules.shapes)


def _is_bare_name_above(line: str, rules: Rules) -> bool:
    """A name line over a dateline, too short to be a headline in title case ('City Council
    Approves Budget' over 'Jane Doe | March 3, 2024' is the headline, not a byline), and no
    outlet's name ('The Fenmoor Gazette' over 'Freya Ollerenshaw · Sat 5 Dec 2026' is the
    masthead, round 9b)."""
    return _is_name_line(line, rules) and not is_headline(line, rules) and not rules.outlet_word_re.search(line)


POSTER_STATUS_WORDS = 3  # 'marco_tn è offline': the name again with a short status after it


def _poster_again(name: str, line: str) -> bool:
    """A line under a forum poster's name that names the poster again: the user name with an
    online status after it ('marco_tn è offline') or the full name the user name stands for
    ('ricardo_m' / 'Ricardo Mendes', round 18a)."""
    rest = line[len(name):].split() if line.startswith(name + " ") else None
    return (rest is not None and len(rest) <= POSTER_STATUS_WORDS) or same_person(name, line)


def _online_status(name: str, line: str) -> bool:
    """vBulletin 4's online status line naming the poster ('Merche_T está desconectado', rule
    forum.noise.r18a_online_status_line): the name above it is the poster, whatever rank a forum
    prints under it ('Usuaria veterana', round 23a); or the status alone, as vBulletin 4's Turkish
    theme prints it ('Çevrimdışı', rule forum.noise.r25a_vbulletin4_status_tr, round 25a) and MyBB
    its status image's alt text in a copy ('Offline', forum.noise.r19a_online_status_word)."""
    alone = (rule_by_id(COMMENT_FILE, "forum.noise.r25a_vbulletin4_status_tr").regex,
             rule_by_id(COMMENT_FILE, "forum.noise.r19a_online_status_word").regex)  # MyBB's 'Offline'
    return (line.startswith(name + " ") and is_online_status(line)) or any(
        regex.fullmatch(line) is not None for regex in alone)


USER_TITLE_WORDS = 3  # a forum's custom user title under the poster's name ('Vorsitzender')


@cache
def _forum_profile_field() -> LineMatcher:
    """The forum rules' chrome lines (poster box fields such as 'Beiträge: 2.318' among them)."""
    return LineMatcher(tuple(rule for rule in rules_of_file(COMMENT_FILE)
                             if rule.family == "forum" and rule.kind in ("noise", "widget") and not rule.prefix))


_LETTER = re.compile(r"[^\W\d_]")
# the stars or pips under a user title that show a poster's rank ('*****', SMF's rank images as a
# text dump prints them, round 25a): between the title and the poster box's first field
_RANK_PIPS = re.compile(r"[*★☆●•]+(?:\s*[*★☆●•]+)*")


def _title_over_profile(region: list[str], below: int) -> bool:
    """A user title in the forum's own words ('Vorsitzender', MyBB's custom title) between the
    poster's name and the first field of the poster box, a count the forum rules know
    ('Beiträge: 2.318'): the name above is the poster (round 25a); rank pips may stand between
    ('Vecina veterana' / '*****' / 'Mensajes: 1.732', SMF through lynx)."""
    if below + 1 >= len(region):
        return False
    title = region[below]
    if len(title.split()) > USER_TITLE_WORDS or any(ch.isdigit() for ch in title) or not _LETTER.search(title):
        return False
    field = next((line for line in region[below + 1 :] if not _RANK_PIPS.fullmatch(line)), "")
    return ":" in field and any(ch.isdigit() for ch in field) and _forum_profile_field().fullmatch(field) is not None


def _poster_card(line: str) -> bool:
    """A forum poster card run into one line (rule forum.noise.r22a_qa_profile_row)."""
    return rule_by_id(COMMENT_FILE, "forum.noise.r22a_qa_profile_row").regex.fullmatch(line) is not None


def _poster_above(name: str, following: str, rules: Rules) -> bool:
    """Whether a one-word line `name` is a forum poster: a rank line under it, or,
    for a handle (kestrel_bay, Biclou44, lower case), a date line (year optional), maybe with the
    thread's category after it ('DATE dans Catégorie', Vanilla)."""
    if set(following.lower().split()) & rules.rank_words and len(following.split()) <= 4:
        return True
    handle = bool(re.search(r"[_\d]", name)) or name[:1].islower()
    if not handle or name.isdigit():
        return False
    following = rules.posted_in_tail_re.sub("", following)  # '... à 18:40 dans Rosiers et arbustes' (Vanilla)
    return (is_date_only(following, rules) or bool(rules.short_date_re.fullmatch(following))
            or is_timestamp(following))  # NodeBB's 'skrev för 2 dagar sedan' under the handle (round 26a)


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
    Lesedauer: 3 Min.' / 'Miriam Obermaier') or a labelled dateline ('Publié le ...')."""
    if index == 0:
        return None
    for offset in (1, 2):
        if index + offset >= len(region):
            break
        following = region[index + offset]
        dated = dated_line(following, rules)
        if dated is not None and not is_ignored(following, rules):
            return dated
        if offset == 2:
            # name, role line, no date: a byline without a date; name, place line, no date: none
            return None if rules.place_line_re.match(region[index + 1]) else ""
        if not (rules.role_line_re.match(following) or _FOLLOW_BUTTON_RE.match(following)
                or rules.place_line_re.match(following) or _EMAIL_LINE_RE.fullmatch(following.strip())
                or is_badge(following) or _place_under_name(region, index, rules)):
            break  # one role line ('Science reporter'), a 'Follow' button, the dateline's place, the
            # reporter's e-mail address (round 13d: 'erik.lundqvist@norrviksposten.se') or a badge
            # the comment rules know ('ověřený účet' under a forum poster, round 23a) may sit between
    if index + 1 < len(region) and rules.role_line_re.match(region[index + 1]):
        return ""
    above = region[index - 1]
    parts = _META_SEPARATOR_RE.search(above) and dated_line(above, rules) is not None
    labelled = (
        rules.published_line_re.match(above) and any(find_date(above, day_first=d) for d in (False, True))
        and not any(_is_name_line(line, rules) for line in region[max(0, index - 4) : index - 1])
    )  # no name above the dateline ('Jamie Ortiz' / outlet / 'Published ...' / 'View Comments')
    if index >= 2 and (parts or labelled):
        return ""  # ... or under 'Publié le DATE à 07h45 , mis à jour à 09h12' (round 19b)
    return None


_META_SEPARATOR_RE = re.compile(r"\s[|·•]\s")


def _place_under_name(region: list[str], index: int, rules: Rules) -> bool:
    """A bare name line over a name-shaped line, right under the headline or its dek and over the
    date line ('Beatriz Llamazares' / 'Castrillo de la Vega' / 'Actualizado: 06/12/2026 10:25 h',
    round 29): the upper is the reporter, the lower the dateline's place, however it is written
    (the place rule reads only a place with its region, 'Itaperuna do Sul (SC)'). A short headline
    over a name over a date ('Headline' / 'Name' / 'Date') has no headline-shaped line over it."""
    return (
        1 <= index and index + 2 < len(region)
        and is_headline(region[index - 1], rules)
        and _is_bare_name_above(region[index], rules) and _is_name_line(region[index + 1], rules)
        and dated_line(region[index + 2], rules) is not None and not is_ignored(region[index + 2], rules)
    )


GLUED_PLACE_MIN_WORDS = 3  # the name keeps two words at least
_MORE_THAN_ONE = re.compile(r",|&|\b(?:and|und|et|y|e|en)\b")  # 'Ana Pérez y Luis Gil': two people


def without_glued_place(author: str, lines: list[str], rules: Rules) -> str:
    """'Marta Lahoz Ateca | 04/12/2026 - 19:40 h' (round 27a): a browser copy glued the dateline's
    place to the reporter's name (two spans, no separator between). The name's last word is the
    place when a line of the page's header other than the byline names it after a preposition of
    place (the headline's '... dejará de parar en Ateca los domingos'): it goes."""
    words = author.split()
    if len(words) < GLUED_PLACE_MIN_WORDS or _MORE_THAN_ONE.search(author):
        return author
    place = re.compile(rf"\b(?i:{rules.place_preposition})\s+{re.escape(words[-1])}\b")
    if any(place.search(line) for line in lines if author not in line):
        return " ".join(words[:-1])
    return author
