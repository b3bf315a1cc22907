"""Recognise and parse the timestamps comment widgets print (rules in rules/timestamps.json)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache, lru_cache

from transforms import rules


MAX_TIMESTAMP_CHARS = 90  # a timestamp line is short
MAX_TRAILING_SEARCH = 200  # a name plus a timestamp
LINE_CACHE_SIZE = rules.LINE_CACHE_SIZE
_DIGIT = re.compile(r"\d")
_DAY_WORD = re.compile(r"[^\W\d_]+")  # one word and no number: 'hier', 'gestern', 'yesterday' (round 9b)
# an 'edited' mark after a comment's time, '• editado', '(bearbeitet)'
_EDITED = r"(?:\s*[•·|,]?\s*\(?(?:edited|editado|modifié|bearbeitet|modificato|bewerkt|editada|redigeret|redigerad|edytowano)\)?)"
# ... with the edit's own time after it ('3 décembre 2026 à 08:27 Modifié 3 décembre 2026 à 08:31',
# Vanilla, round 19a)
_EDITED_END = _EDITED + r"(?:\s+\S.{0,40}?)?\s*$"
_POST_NUMBER_EDGE = re.compile(r"^#\d{1,6}\s*[|•·-]?\s*|\s*[|•·-]?\s*#\d{1,6}$")  # '... 09:40 #2'
_SEPARATED = re.compile(r"[|•·,–—-]\s*$")


@cache
def _relative_marker() -> re.Pattern:
    return re.compile(rules.load_rule_file(rules.TIMESTAMP_FILE)["relative_markers"], rules.FLAGS)


@cache
def _relative_full() -> re.Pattern:
    return re.compile(
        rf"\s*{rules.timestamp_prefix_pattern()}(?:{rules.relative_time_pattern()})\s*{_EDITED}?\s*",
        rules.FLAGS,
    )


@cache
def _prefix() -> re.Pattern:
    return re.compile(rf"\s*{rules.timestamp_prefix_pattern()}", rules.FLAGS)


@cache
def _trailing_patterns() -> tuple[re.Pattern, ...]:
    """Each absolute format and the relative one, anchored at the end of a line."""
    absolute = tuple(
        re.compile(rf"(?:{p.pattern})\s*{_EDITED}?\s*$", rules.FLAGS)
        for p in rules.timestamp_formats()
    )
    relative = re.compile(rf"(?:{rules.relative_time_pattern()})\s*{_EDITED}?\s*$", rules.FLAGS)
    return absolute + (relative,)


@cache
def _suffix() -> re.Pattern:
    return re.compile(rf"(?:{rules.load_rule_file(rules.TIMESTAMP_FILE)['suffix']})\s*$", rules.FLAGS)


def _strip_prefix(text: str) -> str:
    text = _POST_NUMBER_EDGE.sub("", text.strip()).strip("|•·-–—«» ")
    text = _suffix().sub("", text)  # '3 Aralık 2026 tarihinde gönderildi' (round 24a)
    match = _prefix().match(text)
    if match and match.end() > 0:
        return text[match.end():].rstrip(" :")  # 'schreibt am 3. Dezember:' (round 13c)
    return text


@lru_cache(maxsize=LINE_CACHE_SIZE)  # pure; the comment parser asks about the same line several times
def is_timestamp(text: str) -> bool:
    """True when the whole text is a date, a date-time or a relative time."""
    if len(text) > MAX_TIMESTAMP_CHARS:
        return False
    core = _strip_prefix(text)
    if not core:
        return False
    if _relative_full().fullmatch(core):
        return True
    if not _DIGIT.search(core):
        return False  # every absolute format has a day or a year
    core = re.sub(_EDITED_END, "", core, flags=re.IGNORECASE)
    return any(p.fullmatch(core) for p in rules.timestamp_formats()) or _any_locale_stamp(core)


# A date-time in a locale whose month names no rule has ('2024. gada 2. jūlijs plkst. 10:14'):
# a year, a day number and a clock time, with at most a few words between them.
_YEAR = re.compile(r"^(?:19|20)\d\d[.,]?$")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])[.,]?$")
_CLOCK_TOKEN = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?[.,]?$")  # 10:14, 10.14
_WORD_TOKEN = re.compile(r"^[^\W\d_]{1,12}\.?,?$")
ANY_LOCALE_WORDS = 3  # month name, joiner, 'year' word
ANY_LOCALE_TOKENS = 7
ANY_LOCALE_LEADING_WORDS = 1


def _any_locale_stamp(core: str) -> bool:
    tokens = core.split()
    if not 3 <= len(tokens) <= ANY_LOCALE_TOKENS:
        return False
    years = sum(bool(_YEAR.match(t)) for t in tokens)
    days = sum(bool(_DAY.match(t)) for t in tokens)
    clocks = sum(bool(_CLOCK_TOKEN.match(t)) for t in tokens)
    words = sum(bool(_WORD_TOKEN.match(t)) for t in tokens)
    # at most a month name before the first number: two words first are a name ('Maureen Ashby 3
    # December 2026, 18:22' is an author line with its time, round 11b)
    leading = next((k for k, t in enumerate(tokens) if not _WORD_TOKEN.match(t)), len(tokens))
    return (years == 1 and days >= 1 and clocks == 1 and words <= ANY_LOCALE_WORDS and leading <= ANY_LOCALE_LEADING_WORDS
            and years + days + clocks + words == len(tokens))


def parse_timestamp(text: str, require_time: bool = False) -> datetime | None:
    """The datetime an absolute timestamp names; None for relative or unparseable text, and
    with require_time for a date printed without a time of day."""
    core = _strip_prefix(text)
    core = re.sub(_EDITED_END, "", core, flags=re.IGNORECASE)
    for pattern in rules.timestamp_formats():
        match = pattern.fullmatch(core)
        if match:
            groups = match.groupdict()
            if require_time and not (groups.get("H") or groups.get("H2")):
                return None
            return _to_datetime(groups)
    return None


@lru_cache(maxsize=LINE_CACHE_SIZE)
def split_trailing_timestamp(line: str) -> tuple[str, str] | None:
    """(head, timestamp) when `line` ends with a timestamp after some other text, else None.
    The longest trailing timestamp wins ('at 08:12 on 27 March 2019', not '27 March 2019')."""
    best = None
    if len(line) > MAX_TRAILING_SEARCH:
        return None
    patterns = _trailing_patterns()
    # A timestamp is at most MAX_TIMESTAMP_CHARS long, and every absolute format has a digit:
    # look only at the line's tail, and for the absolute formats only when it has a digit
    # (the formats are long alternations of month and weekday names: searching a whole
    # line of prose with each was most of the comment parser's time).
    start = max(0, len(line) - MAX_TIMESTAMP_CHARS)
    tail_has_digit = _DIGIT.search(line, start) is not None
    for n, pattern in enumerate(patterns):
        if not tail_has_digit and n < len(patterns) - 1:
            continue
        match = pattern.search(line, start)
        while match and 0 < match.start() and line[match.start() - 1].isalnum() and line[match.start()].isalnum():
            # the "timestamp" starts inside a word ("Tom3h", the weekday 'gio' in 'Giorgio il
            # 9 ottobre ...'): look again from the next word on
            nxt = line.find(" ", match.start())
            match = pattern.search(line, nxt + 1) if nxt >= 0 else None
        if not match or match.start() == 0:
            continue
        head = line[: match.start()]
        relative = n == len(patterns) - 1
        name_head = head.strip()
        day_after_name = bool(_DAY_WORD.fullmatch(match.group(0).strip()) and (
            _CAPITALISED_NAME.fullmatch(name_head) and _capitalised(name_head) or _HANDLE_NAME.fullmatch(name_head)))
        if relative and not (_SEPARATED.search(head) or day_after_name or (_relative_marker().search(match.group(0)) and not _DAY_WORD.fullmatch(match.group(0).strip()))):
            continue  # 'librarian of 30 years' is a name, '... • 30 years' or '30 years ago' a time;
            # a bare day word ends a name only after a separator ('Marie · hier', not 'Ich wohne seit 40 Jahren hier')
            # or after two to four capitalised words and nothing else ('Karim Belhadj hier', round 12b)
        if best is None or match.start() < best:
            best = match.start()
    if best is None:
        match = _ANY_LOCALE_SHORT_TIME.search(line, start)
        if match is None:
            return None
        best = match.start(1)  # 'Харесвам · Отговор · 3 д': a number and a unit after a separator
    return line[:best], line[best:].strip()


# Two to four capitalised words, a name printed with no separator before a bare day word.
_CAPITALISED_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*")
_HANDLE_NAME = re.compile(r"(?=[\w.-]*[\d_])[^\W\d_][\w.-]{2,29}")  # 'kmaple_45 hier': a user handle, one token with a digit or '_'


def _capitalised(head: str) -> bool:
    return all(word[0].isupper() for word in head.split())


# A compact relative time in any language after a separator ('· 3 д', '• 20 ч', '· 2 z'): a
# number of one to three digits and a unit of one to three letters ending the line.
_ANY_LOCALE_SHORT_TIME = re.compile(r"[·•|]\s*(\d{1,3}\s?[^\W\d_]{1,3}\.?)\s*$")


def _to_datetime(groups: dict) -> datetime | None:
    day = groups.get("d") or groups.get("d2")
    month = groups.get("m") or groups.get("m2")
    year = groups.get("y") or groups.get("y2")
    if groups.get("mon"):
        month = rules.month_numbers().get(groups["mon"].lower().rstrip("."))
    if not (day and month and year):
        return None
    day, month, year = int(day), int(month), int(year)
    if year < 100:
        year += 2000
    if month > 12 and day <= 12:
        day, month = month, day
    hour = groups.get("H") or groups.get("H2")
    minute = int(groups.get("M") or 0)
    second = int(groups.get("S") or 0)
    hour = int(hour) if hour else 0
    ampm = (groups.get("ampm") or groups.get("ampm2") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
