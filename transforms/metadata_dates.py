"""Publication dates: from a metadata value (parse_date), from a short string (find_date), and
the date-line shapes a byline is read from ('Published: DATE', 'Place, DATE', 'X | DATE | Y').

A date that is not found is None, never today's date; 04/03/2024 is read only when the page's
language puts the day first."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from transforms.metadata_rules import Rules, metadata_rules

MAX_DATE_LINE_CHARS = 120  # "Wednesday, 17 September 2025 at 12:30 p.m. CEST" is under half of this


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


_AMBIGUOUS_NUMERIC_DATE_RE = re.compile(r"\b[01]?\d[/-][01]?\d[/-](?:19|20)\d\d\b")


def writes_day_first(text: str, rules: Rules) -> bool:
    """Whether the page's language puts the day first in 04/03/2024 (see 'day_first')."""
    if not _AMBIGUOUS_NUMERIC_DATE_RE.search(text):
        return False  # nothing to settle: spare the word count
    words = re.findall(r"\w+", text[:5000].lower())
    other = sum(1 for w in words if w in rules.day_first_words)
    english = sum(1 for w in words if w in rules.english_words)
    return other >= rules.day_first_min_hits and other > 2 * english


_DATE_LABEL_RE = re.compile(
    r"^(?:(?:articolo|article|artikel|artículo|artigo)\s+)?(?:published|updated|posted|publié|mis à jour|publicado|actualizado|veröffentlicht|publiziert|aktualisiert|stand|"
    r"pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicado em|atualizado|"
    # round 5c: sv, no, da, fi, cs/sk, hu, ro, hr ('Publicerad 6 maj 2024 kl. 06.00')
    r"publicerad|publicerat|uppdaterad|publisert|oppdatert|publiceret|opdateret|julkaistu|päivitetty|"
    r"publikováno|publikované|aktualizováno|megjelent|közzétéve|frissítve|publicat|actualizat|objavljeno|"
    # round 13c: a forum post header's second line, the verb before the date ('schreibt am DATE:')
    r"schreibt|schrieb|writes|wrote|a écrit|écrit|escribe|escribió|scrive|ha scritto|schrijft|schreef|escreve|escreveu|"
    # round 32: NodeBB's Croatian post header under the poster's name ('napisao 4. pro 2026. 18:36')
    r"napisao|napisala)"
    r"(?:\s+(?:on|le|el|am|il|op|em|pe|den))?\s*:?\s*",
    re.IGNORECASE,
)


_PLACE_DATE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w.'’ -]{1,30},\s+(.+)$")
DATELINE_PART_MAX_WORDS = 8


def dated_line(line: str, rules: Rules) -> str | None:
    """The date of a line that is a date, 'Place, date', or short parts split by | · • or a
    spaced dash ('Logroño - 05 nov 2024 - 06:00 CET') with one part nothing but a date; None
    for any other line."""
    if is_date_only(line, rules):
        return line
    labelled = _DATE_LABEL_RE.sub("", line)  # 'Publié: 04.09.2024, 06h30'
    if labelled != line and is_date_only(labelled, rules):
        return labelled
    place = _PLACE_DATE_RE.match(line)
    if place and is_date_only(place.group(1), rules):
        return place.group(1)
    parts = [p.strip() for p in re.split(r"\s*[|·•]\s*|\s[–—-]\s", line) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > DATELINE_PART_MAX_WORDS for p in parts):
        return None
    unlabelled = (_DATE_LABEL_RE.sub("", p) for p in parts)  # 'Articolo pubblicato il DATE · ...'
    return next((p for p in unlabelled if is_date_only(p, rules)), None)


def is_date_only(line: str, rules: Rules) -> bool:
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
