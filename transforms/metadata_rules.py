"""transforms/rules/metadata.json compiled once: byline shapes, title rules, date forms.

The data file holds the named, commented patterns; this module only turns them
into compiled regexes and frozen tables for transforms.metadata to walk.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Shape:
    """One byline shape (see the 'comment' of metadata.json for the keys)."""

    name: str
    region: str  # head | top | any
    fields: tuple[str, ...]
    regex: re.Pattern[str]
    required: tuple[str, ...]
    date_only: bool
    pair: str | None  # None | "date_line" | "nav_line" | "date_part" | "url_next" | ...
    no_author: bool
    title_below: bool  # the headline comes after this line (Reddit), not before it
    date_shaped: bool  # the date group must hold a written date, even one whose order is unclear
    not_under_name: bool  # no byline right under a bare name line (its first part is the dateline's place)


@dataclass(frozen=True)
class NavLine:
    name: str
    regex: re.Pattern[str]
    last_part_may_be_title: bool


@dataclass(frozen=True)
class Rules:
    limits: dict[str, int]
    months: dict[str, int]
    weekdays_re: re.Pattern[str]
    date_forms: tuple[tuple[str, re.Pattern[str]], ...]
    time_residue_re: re.Pattern[str]
    ignored_lines: tuple[re.Pattern[str], ...]
    shapes: tuple[Shape, ...]
    nav_lines: tuple[NavLine, ...]
    title_shapes: tuple[re.Pattern[str], ...]
    title_prefix_re: re.Pattern[str]
    title_suffix_re: re.Pattern[str]
    title_chrome: tuple[re.Pattern[str], ...]
    site_words_re: re.Pattern[str]
    role_tail_re: re.Pattern[str]
    role_line_re: re.Pattern[str]
    kickers: dict[str, str]
    outlet_aliases: dict[str, str]
    not_names: frozenset[str]
    not_name_prefixes: tuple[str, ...]
    rank_words: frozenset[str]
    day_first_words: frozenset[str]
    english_words: frozenset[str]
    day_first_min_hits: int
    legal_suffix_re: re.Pattern[str]
    short_date_re: re.Pattern[str]  # Mar 12 / may 2024 / 12 mars: a date without day or year
    not_publisher_words: frozenset[str]
    not_publisher_lines: frozenset[str]
    outlet_cue_re: re.Pattern[str]  # a line that names the outlet: '©', 'first appeared on'
    outlet_word_re: re.Pattern[str]  # a word of an outlet's name: Ledger, Gazette, Bote
    outlet_suffix_re: re.Pattern[str]  # a one-word outlet name ending in such a word
    agency_re: re.Pattern[str]  # a news agency's name (fragment AGENCY): never a person
    place_line_re: re.Pattern[str]  # a dateline's place between a name line and a date line
    community_line_re: re.Pattern[str]  # a Reddit community above its post's poster line
    posted_in_tail_re: re.Pattern[str]  # ' dans Catégorie' after a forum post's date
    published_line_re: re.Pattern[str]  # a dateline opening with 'Published' / 'Publié le' ...
    place_preposition: str  # 'en', 'in', 'à': the word a headline puts before a place (a regex alternation)
    forum_crumb_re: re.Pattern[str]  # a breadcrumb's forum index crumb: 'Forum', 'Foren', 'Foro'


def _without_comment(table: dict) -> dict:
    return {k: v for k, v in table.items() if k != "comment"}


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@functools.cache
def metadata_rules() -> Rules:
    """Load and compile the rule data (once; it never changes while running)."""
    data = json.loads(
        resources.files("transforms").joinpath("rules/metadata.json").read_text("utf-8")
    )
    fragments = {k: v["pattern"] for k, v in data["fragments"].items()}
    months: dict[str, int] = {}
    for table in _without_comment(data["months"]).values():
        months.update(table)
    weekdays = [w for ws in _without_comment(data["weekdays"]).values() for w in ws]
    role_data = _without_comment(data["author_roles"])
    desks = _alternation(role_data.pop("desks"))
    roles = _alternation(r for rs in role_data.values() for r in rs)
    fragments["ROLE"] = f"(?i:{roles})"
    fragments["DESK"] = f"(?i:{desks})"

    def expand(pattern: str) -> str:
        # Fragments may use fragments ({NAMES} uses {NAME}): expand until stable.
        for _ in range(3):
            for key, value in fragments.items():
                pattern = pattern.replace("{" + key + "}", value)
        return pattern.replace("{MONTH}", _alternation(months))

    shapes = tuple(
        Shape(
            name=shape["name"],
            region=shape["region"],
            fields=tuple(shape["fields"]),
            regex=re.compile(expand(shape["pattern"])),
            required=tuple(shape.get("required", ())),
            date_only=bool(shape.get("date_only")),
            pair=shape.get("pair"),
            no_author=bool(shape.get("no_author")),
            title_below=bool(shape.get("title_below")),
            date_shaped=bool(shape.get("date_shaped")),
            not_under_name=bool(shape.get("not_under_name")),
        )
        for shape in data["byline_shapes"]
    )
    not_publishers = data["not_publishers"]
    return Rules(
        outlet_cue_re=re.compile(data["outlet_cues"]["pattern"], re.IGNORECASE),
        outlet_word_re=re.compile(rf"\b(?:{_alternation(data['outlet_words']['words'])})\b", re.IGNORECASE),
        agency_re=re.compile(expand("{AGENCY}")),
        place_line_re=re.compile(data["place_line"]["pattern"]),
        community_line_re=re.compile(data["community_line"]["pattern"]),
        posted_in_tail_re=re.compile(data["posted_in_tail"]["pattern"]),
        published_line_re=re.compile(data["published_line"]["pattern"]),
        place_preposition=data["place_preposition"]["pattern"],
        forum_crumb_re=re.compile(data["forum_crumb"]["pattern"], re.IGNORECASE),
        # a one-word masthead ending in an outlet word: Bergensposten, Rivierenbode (round 5c)
        outlet_suffix_re=re.compile(rf"^\w{{3,}}(?:{_alternation(data['outlet_words']['words'])})$", re.IGNORECASE),
        limits=_without_comment(data["limits"]),
        months=months,
        weekdays_re=re.compile(rf"\b(?:{_alternation(weekdays)})\b\.?", re.IGNORECASE),
        date_forms=tuple(
            (form["name"], re.compile(expand(form["pattern"]), re.IGNORECASE))
            for form in data["date_forms"]
        ),
        time_residue_re=re.compile(data["time_residue"]["pattern"]),
        ignored_lines=tuple(re.compile(r["pattern"]) for r in data["ignored_lines"]),
        shapes=shapes,
        nav_lines=tuple(
            NavLine(n["name"], re.compile(n["pattern"]), bool(n.get("last_part_may_be_title")))
            for n in data["nav_lines"]
        ),
        title_shapes=tuple(re.compile(expand(t["pattern"])) for t in data["title_shapes"]),
        title_prefix_re=re.compile(data["title_prefixes"]["pattern"]),
        title_suffix_re=re.compile(data["title_suffixes"]["pattern"]),
        title_chrome=tuple(re.compile(t["pattern"]) for t in data["title_chrome"]),
        site_words_re=re.compile(
            rf"(?<!\w)(?:{_alternation(data['site_words']['words'])})(?!\w)", re.IGNORECASE
        ),
        role_tail_re=re.compile(
            rf"(?:,\s*|\s+)(?:(?:{desks})\s+){{0,2}}(?:{roles})(?!\w).*$", re.IGNORECASE
        ),
        # 'Science reporter', and 'Redakteurin Lokales' (the desk after the role)
        role_line_re=re.compile(
            rf"^(?:(?:{desks})\s+){{0,2}}(?:{roles})s?(?:\s+(?:{desks}))?$", re.IGNORECASE
        ),
        kickers={k["line"]: k["publisher"] for k in data["kickers"]},
        outlet_aliases=_without_comment(data["outlet_aliases"]),
        not_names=frozenset(w.lower() for w in data["not_names"]["words"]),
        not_name_prefixes=tuple(data["not_names"]["prefixes"]),
        rank_words=frozenset(data["not_names"]["rank_words"]),
        day_first_words=frozenset(data["day_first"]["words"]),
        english_words=frozenset(data["day_first"]["english_words"]),
        day_first_min_hits=data["day_first"]["min_hits"],
        short_date_re=re.compile(
            rf"(?:{_alternation(months)})\.?\s+\d{{1,4}}|\d{{1,2}}\.?\s+(?:{_alternation(months)})\.?",
            re.IGNORECASE,
        ),
        legal_suffix_re=re.compile(
            rf"(?:,?\s+(?:{_alternation(data['legal_suffixes']['words'])}))+\.?$"
        ),
        not_publisher_words=frozenset(not_publishers["words"]),
        not_publisher_lines=frozenset(not_publishers["lines"]),
    )
