"""Load and compile the cleaning rules kept as data in transforms/rules/*.json.

Each JSON file holds a list of rules; every rule names its family, language, kind, a regex
that must match one whole line, a comment saying what it matches and an example line.  The
files are read and compiled once (functools.cache); nothing here depends on call order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

FLAGS = re.IGNORECASE | re.UNICODE

COMMENT_FILE = "comment_widgets.json"
BOILERPLATE_FILE = "boilerplate.json"
TIMESTAMP_FILE = "timestamps.json"

# Kinds of comment_widgets.json whose lines are never comment text.
THREAD_CHROME_KINDS = ("anchor", "count", "widget", "form", "noise", "end", "reply_count")
# Kinds of boilerplate.json dropped wherever they stand as a whole line.
LINE_NOISE_KINDS = ("share", "subscribe", "app", "feedback", "ad", "cookie", "footer", "tweet", "related_inline")

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    lang: str
    kind: str
    pattern: str
    comment: str
    example: str
    in_body: bool  # part of noise_line_pattern() and dropped from bodies wherever it stands
    in_thread: bool  # used to recognise chrome inside a comment thread
    prefix: bool  # matches the start of a line rather than the whole line
    needs_ts: bool  # an author rule that only counts when its ts group is a real timestamp
    quote_header: bool  # a reply rule that heads a quote ("X wrote:"), not an author line
    needs_repeat: bool  # a quote header only when the text under it repeats earlier text
    regex: re.Pattern


@cache
def load_rule_file(name: str) -> dict:
    """The parsed JSON rule file `name` from transforms/rules/."""
    text = resources.files("transforms").joinpath("rules", name).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def rules(name: str) -> tuple[Rule, ...]:
    """All rules of one rule file, compiled (whole-line match unless the rule is a prefix rule)."""
    compiled = []
    for raw in load_rule_file(name)["rules"]:
        prefix = bool(raw.get("prefix", False))
        body = raw["pattern"]
        anchored = rf"\s*(?:{body})" if prefix else rf"\s*(?:{body})\s*"
        compiled.append(
            Rule(
                id=raw["id"],
                family=raw.get("family", raw["id"].split(".")[0]),
                lang=raw.get("lang", "*"),
                kind=raw["kind"],
                pattern=body,
                comment=raw["comment"],
                example=raw["example"],
                in_body=bool(raw.get("in_body", True)),
                in_thread=bool(raw.get("in_thread", True)),
                prefix=prefix,
                needs_ts=bool(raw.get("needs_ts", False)),
                quote_header=bool(raw.get("quote_header", False)),
                needs_repeat=bool(raw.get("needs_repeat", False)),
                regex=re.compile(anchored, FLAGS),
            )
        )
    return tuple(compiled)


@cache
def rules_of(name: str, kind: str) -> tuple[Rule, ...]:
    return tuple(rule for rule in rules(name) if rule.kind == kind)


def _alternation(selected: tuple[Rule, ...]) -> str:
    return "|".join(f"(?:{_NAMED_GROUP.sub('(?:', rule.pattern)})" for rule in selected)


@cache
def kind_regex(name: str, kinds: tuple[str, ...], scope: str = "any") -> re.Pattern:
    """One compiled whole-line regex for all rules of `kinds` in file `name` (groups removed).

    scope "body" keeps only rules with in_body, "thread" only rules with in_thread."""
    selected = tuple(
        rule
        for rule in rules(name)
        if rule.kind in kinds
        and not rule.prefix
        and (scope != "body" or rule.in_body)
        and (scope != "thread" or rule.in_thread)
    )
    if not selected:
        return re.compile(r"(?!)")
    return re.compile(rf"\s*(?:{_alternation(selected)})\s*", FLAGS)


def _noise_rules() -> tuple[Rule, ...]:
    chrome = tuple(r for r in rules(COMMENT_FILE) if r.kind in THREAD_CHROME_KINDS and r.in_body)
    lines = tuple(r for r in rules(BOILERPLATE_FILE) if r.kind in LINE_NOISE_KINDS and r.in_body)
    return chrome + lines


@cache
def noise_line_pattern() -> str:
    """A single regex (flags inline) that matches a whole widget, share or boilerplate noise line.

    Works with re.search / pandas str.contains / polars str.contains on a multi-line body:
    it matches when any one line of the text is entirely a noise line.  RE2-compatible."""
    return rf"(?im)^[ \t]*(?:{_alternation(_noise_rules())})[ \t]*$"


@cache
def noise_line_regex() -> re.Pattern:
    """noise_line_pattern() compiled for matching one already normalised line."""
    return re.compile(rf"\s*(?:{_alternation(_noise_rules())})\s*", FLAGS)


@cache
def number_words() -> dict[str, int]:
    return dict(load_rule_file(COMMENT_FILE)["number_words"])


# ---------------------------------------------------------------- timestamps


@cache
def month_numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in load_rule_file(TIMESTAMP_FILE)["months"].values():
        table.update(names)
    return table


def _names_alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@cache
def timestamp_formats() -> tuple[re.Pattern, ...]:
    """Absolute date(-time) formats, each compiled to match a whole (stripped) text."""
    data = load_rule_file(TIMESTAMP_FILE)
    fill = {
        "{mon}": f"(?:{_names_alternation(month_numbers())})",
        "{weekday}": f"(?:{_names_alternation(data['weekdays'])})",
        "{joiners}": f"(?:{data['joiners']})",
        "{time}": f"(?:{data['time']})",
    }
    compiled = []
    for fmt in data["formats"]:
        pattern = fmt["pattern"]
        # {time} may hold other placeholders' text only after {joiners}: fill in a fixed order.
        for key in ("{joiners}", "{time}", "{mon}", "{weekday}"):
            pattern = pattern.replace(key, fill[key])
        compiled.append(re.compile(pattern, FLAGS))
    return tuple(compiled)


@cache
def relative_time_pattern() -> str:
    data = load_rule_file(TIMESTAMP_FILE)
    return "|".join(f"(?:{rule['pattern']})" for rule in data["relative"])


@cache
def timestamp_prefix_pattern() -> str:
    return load_rule_file(TIMESTAMP_FILE)["prefix"]
