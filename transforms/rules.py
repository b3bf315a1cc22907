"""Load and compile the cleaning rules kept as data in transforms/rules/*.json.

Each JSON file holds a list of rules; every rule names its family, language, kind, a regex
that must match one whole line, a comment saying what it matches and an example line.  The
files are read and compiled once (functools.cache); nothing here depends on call order.
"""

from __future__ import annotations

import json
import re
import re._parser as _sre_parser  # only to read a pattern's structure (see required_literals)
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import ahocorasick

LINE_CACHE_SIZE = 16384  # memoised per-line answers (lines up to a few hundred characters)
MAX_NOISE_CHARS = 450  # a longer line is prose: noise rules are bounded so that none matches more

FLAGS = re.IGNORECASE | re.UNICODE

COMMENT_FILE = "comment_widgets.json"
BOILERPLATE_FILE = "boilerplate.json"
TIMESTAMP_FILE = "timestamps.json"

# Kinds of comment_widgets.json whose lines are never comment text.
# Round 24a: a forum thanks header ('Følgende 3 brugere siger tak til X for dette indlæg:') too: under
# the opening post it stood in the article, and kept the poster's signature above it from being read.
THREAD_CHROME_KINDS = ("anchor", "count", "widget", "form", "noise", "end", "reply_count", "hidden_replies",
                       "thanks_header")
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


@cache
def rule_by_id(name: str, rule_id: str) -> Rule:
    """The rule of file `name` with this id, for code that needs one rule's shape (a guest's
    'Re: <topic>' subject line, vBulletin's lone 'View Post' link)."""
    return next(rule for rule in rules(name) if rule.id == rule_id)


def _alternation(selected: tuple[Rule, ...]) -> str:
    return _joined(_NAMED_GROUP.sub("(?:", rule.pattern) for rule in selected)


def _joined(patterns) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


# -- matching many whole-line rules fast ------------------------------------------------
#
# Most rules start with a fixed word, and Python's regex engine rejects a line for them at
# its first character. Rules that may start anywhere ('.{0,150}(?:we use cookies|...)') are
# tried at every position of the line, and a few of them cost more than all the others
# together. Such a rule (or top-level alternative of a rule) is tried only on lines that
# contain one of the strings it cannot match without (its required literals, read from the
# pattern itself: the idea of RE2's prefilter). Rules stay plain regexes in the JSON files;
# nothing is declared twice, and the answer is the same as one big alternation's.

MIN_FLOATING_SPAN = 20  # an alternative whose line may begin with this many arbitrary characters floats
MAX_PASS_RATE = 0.3  # a prefilter is used only when it lets through (estimated) under 30% of lines


def _structure(pattern: str):
    """(index, character, depth) of each '(', ')' and '|' of `pattern` outside character classes
    and escapes; depth counts the groups open around it (a ')' is outside the group it closes)."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 1
            if i < len(pattern) and pattern[i] == "^":
                i += 1
            if i < len(pattern) and pattern[i] == "]":
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char in "()|":
            depth -= char == ")"
            yield i, char, depth
            depth += char == "("
        i += 1


def top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` cut at its top-level '|' (outside groups and character classes)."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    return [pattern[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(pattern)])]


def spread_alternatives(pattern: str) -> list[str]:
    """'(?:a|b)c' as ['ac', 'bc']: a line matches the pattern when it matches one of them. A
    pattern that does not begin with an unquantified group of alternatives is left whole."""
    if not pattern.startswith("(?:") or len(top_level_alternatives(pattern)) > 1:
        return [pattern]
    end = next((i for i, char, depth in _structure(pattern) if char == ")" and depth == 0), None)
    if end is None or pattern[end + 1:end + 2] in ("?", "*", "+", "{"):
        return [pattern]
    pieces = top_level_alternatives(pattern[3:end])
    return [piece + pattern[end + 1:] for piece in pieces] if len(pieces) > 1 else [pattern]


def _literal_sets(items) -> list[frozenset[str]]:
    """Sets of lowercase strings, each such that every match contains one of its strings."""
    found, run = [], []
    for op, av in list(items) + [(None, None)]:
        if op is _sre_parser.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset(["".join(run)]))
            run = []
        if op is _sre_parser.SUBPATTERN:
            found.extend(_literal_sets(av[3]))
        elif op is _sre_parser.BRANCH:
            alternatives = [_best(_literal_sets(branch)) for branch in av[1]]
            if alternatives and all(alternatives):
                found.append(frozenset().union(*alternatives))
        elif op in (_sre_parser.MAX_REPEAT, _sre_parser.MIN_REPEAT) and av[0] >= 1:
            found.extend(_literal_sets(av[2]))
    return found


def _pass_rate(literals: frozenset[str]) -> float:
    """A rough share of lines that contain one of `literals` (letters and spaces are common,
    other characters rare): only used to pick a good prefilter, never to decide a match."""
    def rate(literal: str) -> float:
        value = 1.0
        for char in literal[:12]:
            value *= 0.25 if char.isalpha() or char == " " else 0.001
        return min(1.0, value * 40)  # any of ~40 positions of a line
    return min(1.0, sum(rate(literal) for literal in literals))


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return min(sets, key=_pass_rate, default=None)


def _parsed(pattern: str) -> list | None:
    """The pattern's parse tree (its top-level items), or None when it does not parse."""
    try:
        return list(_sre_parser.parse(pattern, FLAGS))
    except (re.error, RecursionError):
        return None


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lowercase strings one of which every line matching `pattern` (case-insensitively)
    contains; None when the pattern pins none down selectively enough."""
    items = _parsed(pattern)
    return None if items is None else _required(items)


def _required(items: list) -> frozenset[str] | None:
    try:
        best = _best(_literal_sets(items))
    except (TypeError, ValueError, RecursionError):
        return None
    if best is None or _pass_rate(best) > MAX_PASS_RATE:
        return None
    if any(s.upper().lower() != s for s in best):
        return None  # a literal whose case mapping is not one-to-one: no safe substring test
    return best


def _prefilter(items: list | None) -> frozenset[str] | None:
    """The required literals of a floating pattern (its parse tree `items`); None for any other."""
    return _required(items) if items is not None and _floats(items) else None


def _floats(items: list) -> bool:
    """True when a match may begin with MIN_FLOATING_SPAN or more arbitrary characters."""
    while items and items[0][0] is _sre_parser.SUBPATTERN:
        items = list(items[0][1][3]) + items[1:]
    if not items:
        return False
    op, av = items[0]
    return op in (_sre_parser.MAX_REPEAT, _sre_parser.MIN_REPEAT) and av[0] <= 1 and av[1] >= MIN_FLOATING_SPAN


# A whole-line rule that starts with a fixed word can only match a line whose first character
# (after blanks) can begin it. The characters an alternative may begin with are read from its
# parse tree (its FIRST set). Python's regex engine tries the alternatives of an alternation one
# by one (ignoring case, it cannot tell them apart by their first letter): grouped behind one
# look-ahead per set of first characters, a line is tried against a few groups' look-aheads and
# the alternatives of the groups it opens, instead of against every alternative.
_CATEGORY_ESCAPES = {
    _sre_parser.CATEGORY_DIGIT: r"\d", _sre_parser.CATEGORY_NOT_DIGIT: r"\D",
    _sre_parser.CATEGORY_SPACE: r"\s", _sre_parser.CATEGORY_NOT_SPACE: r"\S",
    _sre_parser.CATEGORY_WORD: r"\w", _sre_parser.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (_sre_parser.MAX_REPEAT, _sre_parser.MIN_REPEAT, _sre_parser.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_sre_parser.AT, _sre_parser.ASSERT, _sre_parser.ASSERT_NOT)


def _first_chars(items) -> tuple[list[str] | None, bool]:
    """(character-class pieces covering every character a match of `items` may begin with, or
    None when that may be any character; whether `items` may match the empty string)."""
    pieces: list[str] = []
    for op, av in items:
        if op is _sre_parser.LITERAL:
            return pieces + [re.escape(chr(av))], False
        if op is _sre_parser.IN:
            for item_op, item in av:
                if item_op is _sre_parser.LITERAL:
                    pieces.append(re.escape(chr(item)))
                elif item_op is _sre_parser.RANGE:
                    pieces.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is _sre_parser.CATEGORY and item in _CATEGORY_ESCAPES:
                    pieces.append(_CATEGORY_ESCAPES[item])
                else:
                    return None, False  # a negated class, an unknown item
            return pieces, False
        if op is _sre_parser.SUBPATTERN or op is _sre_parser.ATOMIC_GROUP:
            sub, empty = _first_chars(av[-1] if op is _sre_parser.SUBPATTERN else av)
        elif op is _sre_parser.BRANCH:
            sub, empty = [], False
            for branch in av[1]:
                branch_pieces, branch_empty = _first_chars(branch)
                if branch_pieces is None:
                    return None, False
                sub, empty = sub + branch_pieces, empty or branch_empty
        elif op in _REPEATS:
            sub, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        elif op in _ZERO_WIDTH:
            continue  # an anchor or a look-around consumes nothing: the next item begins the match
        else:
            return None, False  # any character, a back-reference, a conditional: anything
        if sub is None:
            return None, False
        pieces += sub
        if not empty:
            return pieces, False
    return pieces, True


def first_char_class(items: list | None) -> str | None:
    """A character class (case as in FLAGS) matching every character a match of the parsed
    pattern `items` may begin with; None when it may match the empty string or begin with any
    character."""
    pieces, empty = _first_chars(items) if items is not None else (None, True)
    if pieces is None or empty or not pieces:
        return None
    return f"[{''.join(sorted(set(pieces)))}]"


def _group_key(first: str) -> str:
    return first.lower() if len(first) == 3 and first.isascii() else first  # '[R]' and '[r]' alike


def _behind_look_aheads(groups: dict[str, list[str]]) -> list[str]:
    return [f"(?={first})(?:{_joined(alternatives)})" for first, alternatives in groups.items()]


def grouped_alternation(alternatives: list[str]) -> str:
    """One alternation of `alternatives`, those that begin with the same characters grouped behind
    a look-ahead for them (first_char_class). It matches the same texts, in another order of
    alternatives: the same answer wherever the match must reach the end of the text (fullmatch,
    a pattern ending in '$'), not the same groups."""
    groups: dict[str, list[str]] = {}
    anywhere = []
    for alternative in alternatives:
        first = first_char_class(_parsed(alternative))
        if first is None:
            anywhere.append(alternative)
        else:
            groups.setdefault(_group_key(first), []).append(alternative)
    return _joined(_behind_look_aheads(groups) + anywhere)


MAX_SPREAD = 2  # an alternative that may begin with anything is cut into the alternatives it begins with, twice over


class LineMatcher:
    """Whole-line matching against many rules: `fullmatch(text)` as a compiled regex's.

    The anchored alternatives that begin with the same characters (first_char_class) stand in one
    group behind a look-ahead for those characters: a line is tried against the alternatives of
    the groups its first non-blank character opens, not against all of them in turn. The
    required literals of all floating alternatives sit in one Aho-Corasick automaton, so a line is
    scanned once for all of them; only the alternatives whose literal occurs run. A line matches
    or not exactly as against the whole alternation."""

    def __init__(self, selected: tuple[Rule, ...]):
        self._groups: dict[str, list[str]] = {}  # first characters -> alternatives beginning with them
        self._anywhere: list[str] = []  # alternatives that may begin with any character
        self._floating = []
        self._literals = ahocorasick.Automaton()
        for rule in selected:
            for alternative in top_level_alternatives(_NAMED_GROUP.sub("(?:", rule.pattern)):
                items = _parsed(alternative)
                literals = _prefilter(items)
                if literals:
                    self._add_floating(alternative, literals)
                else:
                    self._add_anchored(alternative, items)
        if self._floating:
            self._literals.make_automaton()
        anchored = _behind_look_aheads(self._groups) + self._anywhere
        self._anchored = re.compile(rf"\s*(?:{_joined(anchored)})\s*", FLAGS) if anchored else None
        self.pattern = rf"\s*(?:{_alternation(selected)})\s*" if selected else r"(?!)"

    def _add_anchored(self, alternative: str, items: list | None, spread: int = MAX_SPREAD) -> None:
        first = first_char_class(items)
        if first is not None:
            self._groups.setdefault(_group_key(first), []).append(alternative)
            return
        pieces = spread_alternatives(alternative) if spread else [alternative]
        if len(pieces) == 1:
            self._anywhere.append(alternative)
            return
        for piece in pieces:  # '(?:reply|.{0,40} replies)': the first piece has first characters
            self._add_anchored(piece, _parsed(piece), spread - 1)

    def _add_floating(self, alternative: str, literals: frozenset[str]) -> None:
        index = len(self._floating)
        self._floating.append(re.compile(rf"\s*(?:{alternative})\s*", FLAGS))
        for literal in literals:
            if literal in self._literals:
                self._literals.get(literal).append(index)
            else:
                self._literals.add_word(literal, [index])

    def fullmatch(self, text: str) -> re.Match | None:
        if self._anchored is not None:
            match = self._anchored.fullmatch(text)
            if match:
                return match
        if self._floating:
            triggered = {index for _, indexes in self._literals.iter(text.lower()) for index in indexes}
            for index in sorted(triggered):
                match = self._floating[index].fullmatch(text)
                if match:
                    return match
        return None


@cache
def kind_regex(name: str, kinds: tuple[str, ...], scope: str = "any") -> LineMatcher:
    """One whole-line matcher for all rules of `kinds` in file `name`.

    scope "body" keeps only rules with in_body, "thread" only rules with in_thread."""
    selected = tuple(
        rule
        for rule in rules(name)
        if rule.kind in kinds
        and not rule.prefix
        and (scope != "body" or rule.in_body)
        and (scope != "thread" or rule.in_thread)
    )
    return LineMatcher(selected)


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
def noise_line_regex() -> LineMatcher:
    """noise_line_pattern() as a matcher of one already normalised line."""
    return LineMatcher(_noise_rules())


# a button a saver prints as its label in brackets, alone on its line ('[Share on Facebook]',
# '[Lisää kommentti...]'; w3m, some html2text and clipper copies)
BRACKETED_LABEL = re.compile(r"\[([^\[\]]{2,60})\]")


@lru_cache(maxsize=LINE_CACHE_SIZE)  # pure; a site's pages repeat their chrome lines
def is_noise_line(line: str) -> bool:
    """The whole (normalised) line is a widget, share or boilerplate noise line."""
    return len(line) <= MAX_NOISE_CHARS and noise_line_regex().fullmatch(line) is not None


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
    """The names as one alternation, longest first, in groups by first letter, each group behind
    a look-ahead for its first letters: a search tries the pattern at every position of a line,
    and a position that begins no name is passed over after one test per group, not one per
    name. Names whose first letters match the same characters (as the regex engine folds case)
    share a group and keep their order in it, so the same name matches as in a flat alternation."""
    groups: list[list[str]] = []
    for name in sorted(set(names), key=len, reverse=True):
        group = next((g for g in groups if re.fullmatch(re.escape(g[0][0]), name[0], FLAGS)), None)
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    return "|".join(f"(?=[{''.join(sorted({re.escape(n[0]) for n in group}))}])(?:{'|'.join(map(re.escape, group))})"
                    for group in groups)


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
    """All relative-time rules as one alternation, grouped by first characters (grouped_alternation):
    callers match it whole or anchored at the end of a line."""
    data = load_rule_file(TIMESTAMP_FILE)
    return grouped_alternation([alternative for rule in data["relative"]
                                for alternative in top_level_alternatives(rule["pattern"])])


@cache
def timestamp_prefix_pattern() -> str:
    return load_rule_file(TIMESTAMP_FILE)["prefix"]
