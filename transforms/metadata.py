"""Title, author, publisher, publication date and URL from plain article text.

The shapes a byline takes are data (transforms/rules/metadata.json: named,
commented patterns grouped by family and language), compiled once by
transforms.metadata_rules; this module and its siblings walk them:
metadata_title (the headline), metadata_bylines (one byline shape against a
line), metadata_dates (dates and date lines), metadata_publisher and
metadata_outlets (the site's name), metadata_lines (shared line helpers). Only
lines of a byline shape are read, so a date in prose, in a photo caption, in a
quote or in an embedded tweet is never taken for the publication date. A date
that is not found is None, never today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from transforms.body_lines import clipper_excerpt_rows
from transforms.metadata_bylines import match_shape, without_glued_place
from transforms.metadata_dates import find_date, parse_date, writes_day_first
from transforms.metadata_lines import content_lines, cookie_banner_end, is_prose
from transforms.metadata_outlets import domain_of
from transforms.metadata_publisher import (
    find_domain_named_site, find_logo_masthead, find_masthead, page_spelling, split_outlet,
)
from transforms.metadata_rules import Rules, metadata_rules
from transforms.metadata_title import extract_title
from transforms.rules import is_noise_line

__all__ = ["Byline", "domain_of", "extract_byline", "extract_title", "find_date", "merge_bylines", "parse_date"]


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    publisher: str | None = None
    published_date: dt.date | None = None
    url: str | None = None


def extract_byline(text: str) -> Byline:
    """Author, publisher, publication date and URL from the byline shapes of the text."""
    rules = metadata_rules()
    limits = rules.limits
    lines = _rejoin_split_bylines(content_lines(text, limits["max_line_chars"]), rules)
    regions = {
        "head": lines[cookie_banner_end(lines, rules):][: limits["head_lines"]],
        "top": lines[: _top_end(lines, rules)],
        # prose lines are never bylines: leave them out of the long region
        "any": [line for line in lines if len(line) <= limits["max_line_chars"]],
    }
    day_first = writes_day_first(text, rules)
    found: dict[str, Any] = {}
    publisher_region = None
    for shape in rules.shapes:
        if all(_field_done(found, f) for f in shape.fields):
            continue
        region = regions[shape.region]
        for index, line in enumerate(region):
            values = match_shape(shape, region, index, line, rules, day_first)
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
        masthead = find_masthead(lines, rules) or find_logo_masthead(text) or find_domain_named_site(text)
        if masthead:
            found["publisher"] = masthead
    if found.get("publisher"):
        found["publisher"] = page_spelling(found["publisher"], lines)
    if found.get("author"):
        found["author"] = without_glued_place(found["author"], regions["top"], rules)
    if found.get("author") and ", " in found["author"]:
        found["author"], outlet = split_outlet(found["author"], found.get("publisher"), lines, rules)
        found["publisher"] = found.get("publisher") or outlet
    return Byline(
        author=found.get("author"),
        publisher=found.get("publisher"),
        published_date=found.get("date"),
        url=found.get("url"),
    )


SPLIT_BYLINE_PIECES = 4  # 'Veröffentlicht am' / '2. Dezember 2026' / 'von' / 'Redaktion'
SPLIT_PIECE_CHARS = 40  # each piece of a split byline is a label, a date or a name


def _rejoin_split_bylines(lines: list[str], rules: Rules) -> list[str]:
    """The page's header lines with a byline that its saver cut at every inline element back on
    one line: `get_text("\\n")` of a WordPress page prints 'Veröffentlicht am' / '2. Dezember 2026'
    / 'von' / 'Redaktion' for the theme's posted-on and byline spans.  A run of two to
    SPLIT_BYLINE_PIECES short lines among the first top_max_lines is joined when the joined
    line is a byline shape naming an author and its first line alone is none."""
    shapes = [shape for shape in rules.shapes if "author" in shape.fields and shape.pair is None]
    limit = rules.limits["top_max_lines"]
    out: list[str] = []
    i = 0
    while i < len(lines):
        size = next((k for k in range(SPLIT_BYLINE_PIECES, 1, -1) if i < limit and _split_byline(lines[i:i + k], k, shapes)), 1)
        out.append(" ".join(lines[i:i + size]))
        i += size
    return out


def _split_byline(run: list[str], size: int, shapes: list[Any]) -> bool:
    if len(run) < size or any(len(piece) > SPLIT_PIECE_CHARS for piece in run):
        return False
    if not any(_CONNECTOR_PIECE.match(piece) for piece in run[1:]):
        return False  # only a byline cut at its spans leaves a bare 'von' / 'by' / 'am' line
    if any(shape.regex.match(piece) for shape in shapes for piece in run):
        return False
    joined = " ".join(run)
    return any(shape.regex.match(joined) for shape in shapes)


_CONNECTOR_PIECE = re.compile(r"^[^\W\d_A-Z]{2,4}$")  # 'von', 'by', 'par', 'am': lower case, one short word


def _top_end(lines: list[str], rules: Rules) -> int:
    """The 'top' region: the first top_lines lines, or, when a long cookie notice, menu or
    breadcrumb pushes the byline further down (round 6b: 'Par Claire Lemonnier | Publié le ...'
    as the 16th line), the lines down to the first prose line (a dek may be one) and the
    top_after_prose lines under it, at most top_max_lines."""
    limits = rules.limits
    excerpt = clipper_excerpt_rows(lines[: limits["top_max_lines"]])
    first_prose = next(
        (i for i, line in enumerate(lines[: limits["top_max_lines"]])
         if is_prose(line, rules) and not is_noise_line(line) and i not in excerpt),
        limits["top_max_lines"],
    )
    return max(limits["top_lines"], min(first_prose + limits["top_after_prose"], limits["top_max_lines"]))


def _field_done(found: dict[str, Any], field: str) -> bool:
    if field == "target":
        return "publisher" in found
    return field in found


def merge_bylines(first: Byline, second: Byline) -> Byline:
    """Fields of `first`, each missing one taken from `second`."""
    return replace(
        first,
        author=first.author or second.author,
        publisher=first.publisher or second.publisher,
        published_date=first.published_date or second.published_date,
        url=first.url or second.url,
    )
