"""Title, author, publisher, publication date and URL from plain article text.

The shapes a byline takes are data (transforms/rules/metadata.json: named,
commented patterns grouped by family and language); this module compiles them
once and walks them. Only lines of a byline shape are read, so a date in prose,
in a photo caption, in a quote or in an embedded tweet is never taken for the
publication date. A date that is not found is None, never today's date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import json
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    publisher: str | None = None
    published_date: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class _Shape:
    name: str
    region: str
    fields: tuple[str, ...]
    regex: re.Pattern[str]
    pair_with_date_line: bool
    date_only: bool


@dataclass(frozen=True)
class _Rules:
    limits: dict[str, int]
    months: dict[str, int]
    weekdays_re: re.Pattern[str]
    date_forms: tuple[tuple[str, re.Pattern[str]], ...]
    time_residue_re: re.Pattern[str]
    ignored_lines: tuple[re.Pattern[str], ...]
    shapes: tuple[_Shape, ...]
    kickers: dict[str, str]
    outlet_aliases: dict[str, str]
    not_names: frozenset[str]


_HEADING_MARKS_RE = re.compile(r"^\s*#{1,6}\s*|\s*#+\s*$")
_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
# A title is a line, not a paragraph.
MAX_TITLE_CHARS = 300


def extract_title(text: str) -> str | None:
    """The first non-empty line that can be a headline, markdown marks stripped.

    Skips a kicker line naming a section (rule data), a bare URL, a date line
    and a byline. None when the first candidate is a paragraph, not a headline.
    """
    rules = _rules()
    for line in _content_lines(text, rules.limits["max_line_chars"])[: rules.limits["top_lines"]]:
        if line in rules.kickers or _URL_ONLY_RE.match(line):
            continue
        if _is_date_only(line, rules) or _BY_RE.match(line):
            continue
        return line if len(line) <= MAX_TITLE_CHARS else None
    return None


_URL_ONLY_RE = re.compile(r"^https?://\S+$")
_BY_RE = re.compile(r"^(?i:by|von|par|por)\s+[A-Z]")


def extract_byline(text: str) -> Byline:
    """Author, publisher, publication date and URL from the byline shapes of the text."""
    rules = _rules()
    limits = rules.limits
    lines = _content_lines(text, limits["max_line_chars"])
    regions = {
        "head": lines[: limits["head_lines"]],
        "top": lines[: limits["top_lines"]],
        "any": lines,
    }
    found: dict[str, Any] = {}
    for shape in rules.shapes:
        if all(_field_done(found, f) for f in shape.fields):
            continue
        region = regions[shape.region]
        for index, line in enumerate(region):
            values = _match_shape(shape, region, index, line, rules)
            if values:
                for key, value in values.items():
                    found.setdefault(key, value)
                break
    if lines and lines[0] in rules.kickers:
        found.setdefault("publisher", rules.kickers[lines[0]])
    return Byline(
        author=found.get("author"),
        publisher=found.get("publisher"),
        published_date=found.get("date"),
        url=found.get("url"),
    )


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


def find_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The first plausible date written in `text` (a short string: a byline, a label)."""
    rules = _rules()
    for start, date in sorted(_dates_in(text, rules), key=lambda pair: pair[0]):
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


def _match_shape(
    shape: _Shape, region: list[str], index: int, line: str, rules: _Rules
) -> dict[str, Any]:
    if len(line) > rules.limits["max_line_chars"] or _is_ignored(line, rules):
        return {}
    match = shape.regex.match(line)
    if not match:
        return {}
    groups = {k: v for k, v in match.groupdict().items() if v}
    values: dict[str, Any] = {}
    if shape.date_only and not _is_date_only(line, rules):
        return {}
    if shape.pair_with_date_line:
        if index == 0 or index + 1 >= len(region):
            return {}
        following = region[index + 1]
        if not _is_date_only(following, rules) or _is_ignored(following, rules):
            return {}
        groups["date"] = following
    if "author" in groups:
        author = _clean_author(groups["author"], rules)
        if author is None:
            return {}
        values["author"] = author
    if "date" in groups:
        date = find_date(groups["date"])
        if date is not None:
            values["date"] = date
        elif shape.fields == ("date",):
            return {}
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
    return values


def _field_done(found: dict[str, Any], field: str) -> bool:
    if field == "target":
        return "publisher" in found
    return field in found


def _clean_author(raw: str, rules: _Rules) -> str | None:
    author = re.sub(r"\s+", " ", raw).strip(" ,.;")
    if not author or any(ch.isdigit() for ch in author) or len(author.split()) > 12:
        return None
    if author.lower() in rules.not_names:
        return None
    return author


def _clean_publisher(raw: str, rules: _Rules) -> str | None:
    publisher = re.sub(r"\s+", " ", raw).strip(" ,.;:|")
    if not publisher or len(publisher) > 80 or publisher.lower() in rules.not_names:
        return None
    if publisher.lower().startswith(("http://", "https://")):
        return domain_of(publisher)
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", publisher):
        return domain_of(publisher)
    return rules.outlet_aliases.get(publisher, publisher)


def _is_ignored(line: str, rules: _Rules) -> bool:
    return any(p.search(line) for p in rules.ignored_lines)


def _is_date_only(line: str, rules: _Rules) -> bool:
    spans = [(m.start(), m.end()) for _, form in rules.date_forms for m in form.finditer(line)]
    if not spans:
        return False
    start, end = min(spans)
    residue = line[:start] + " " + line[end:]
    residue = rules.weekdays_re.sub(" ", residue)
    residue = rules.time_residue_re.sub(" ", residue)
    return not re.search(r"\w", residue)


def _dates_in(text: str, rules: _Rules) -> list[tuple[int, dt.date]]:
    found = []
    for name, form in rules.date_forms:
        for m in form.finditer(text):
            date = _date_from_match(name, m.groupdict(), rules)
            if date is not None:
                found.append((m.start(), date))
    return found


def _date_from_match(name: str, groups: dict[str, str], rules: _Rules) -> dt.date | None:
    year = int(groups["year"])
    if name == "slashed_numeric":
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
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
    if date.year < _rules().limits["min_year"] or date > latest:
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
    line = _HEADING_MARKS_RE.sub("", raw.strip())
    line = _MD_LINK_RE.sub(lambda m: m.group(1) or m.group(2), line)
    emphasis = _EMPHASIS_RE.match(line)
    if emphasis:
        line = emphasis.group(2)
    return re.sub(r"\s+", " ", line).strip()


# --- rule data ------------------------------------------------------------------


@functools.cache
def _rules() -> _Rules:
    """Load and compile transforms/rules/metadata.json (once; the data never changes)."""
    data = json.loads(
        resources.files("transforms").joinpath("rules/metadata.json").read_text("utf-8")
    )
    fragments = {k: v["pattern"] for k, v in data["fragments"].items()}
    months: dict[str, int] = {}
    for lang, table in data["months"].items():
        if lang != "comment":
            months.update(table)
    month_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekdays = [w for lang, ws in data["weekdays"].items() if lang != "comment" for w in ws]
    weekday_alt = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))

    def expand(pattern: str) -> str:
        # Fragments may use fragments ({NAMES} uses {NAME}): expand until stable.
        for _ in range(3):
            for key, value in fragments.items():
                pattern = pattern.replace("{" + key + "}", value)
        return pattern.replace("{MONTH}", month_alt)

    date_forms = tuple(
        (form["name"], re.compile(expand(form["pattern"]), re.IGNORECASE))
        for form in data["date_forms"]
    )
    shapes = tuple(
        _Shape(
            name=shape["name"],
            region=shape["region"],
            fields=tuple(shape["fields"]),
            regex=re.compile(expand(shape["pattern"])),
            pair_with_date_line=bool(shape.get("pair_with_date_line")),
            date_only=bool(shape.get("date_only")),
        )
        for shape in data["byline_shapes"]
    )
    aliases = {k: v for k, v in data["outlet_aliases"].items() if k != "comment"}
    return _Rules(
        limits={k: v for k, v in data["limits"].items() if k != "comment"},
        months=months,
        weekdays_re=re.compile(rf"\b(?:{weekday_alt})\b\.?", re.IGNORECASE),
        date_forms=date_forms,
        time_residue_re=re.compile(data["time_residue"]["pattern"]),
        ignored_lines=tuple(re.compile(r["pattern"]) for r in data["ignored_lines"]),
        shapes=shapes,
        kickers={k["line"]: k["publisher"] for k in data["kickers"]},
        outlet_aliases=aliases,
        not_names=frozenset(w.lower() for w in data["not_names"]["words"]),
    )
