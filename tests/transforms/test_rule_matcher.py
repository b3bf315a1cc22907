"""rules.LineMatcher: many whole-line rules matched fast, with the answers of one big regex."""

import re
from functools import cache
from pathlib import Path

import pytest

from transforms import rules
from transforms.lines import plain_line

CASES = Path(__file__).resolve().parents[1] / "eval" / "cleaning" / "cases"
ALL_RULES = [(name, rule) for name in (rules.BOILERPLATE_FILE, rules.COMMENT_FILE) for rule in rules.rules(name)]


@cache  # read once for the matchers compared here
def _eval_lines() -> list[str]:
    """Every short line of the labelled pages: widget lines, prose, names, boilerplate."""
    lines = set()
    for path in sorted(CASES.glob("*.*")):
        if path.suffix in (".txt", ".md"):
            lines.update(plain_line(line) for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(line for line in lines if 0 < len(line) <= 450)


def test_top_level_alternatives_cut_only_outside_groups_and_classes():
    assert rules.top_level_alternatives(r"a|b(?:c|d)|[|x]|e\|f") == ["a", "b(?:c|d)", "[|x]", r"e\|f"]
    assert rules.top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert rules.top_level_alternatives("abc") == ["abc"]


def test_required_literals_of_a_floating_rule():
    literals = rules.required_literals(r".{0,150}(?:we use cookies|this site uses cookies)\.?.{0,80}")
    assert literals == frozenset({"we use cookies", "this site uses cookies"})
    # an optional word pins nothing down; a character class neither
    assert rules.required_literals(r".{0,80}(?:our )?[a-z]{1,5}") is None


@pytest.mark.parametrize("name,rule", ALL_RULES, ids=[rule.id for _, rule in ALL_RULES])
def test_every_rule_example_contains_a_required_literal_of_each_floating_alternative(name, rule):
    for alternative in rules.top_level_alternatives(rules._NAMED_GROUP.sub("(?:", rule.pattern)):
        literals = rules.required_literals(alternative)
        regex = re.compile(rf"\s*(?:{alternative})\s*", rules.FLAGS)
        if literals and regex.fullmatch(rule.example):
            assert any(literal in rule.example.lower() for literal in literals), (alternative, literals)


@pytest.mark.parametrize("kinds", [
    ("noise",), ("widget", "form"), ("end_notice",), ("anchor",), ("count", "anchor"),
])
def test_comment_matchers_agree_with_one_big_regex(kinds):
    _agree(rules.COMMENT_FILE, kinds, "any")


def test_boilerplate_matchers_agree_with_one_big_regex():
    _agree(rules.BOILERPLATE_FILE, rules.LINE_NOISE_KINDS, "thread")
    _agree(rules.BOILERPLATE_FILE, ("caption",), "any")


def test_noise_line_matcher_agrees_with_one_big_regex():
    matcher = rules.noise_line_regex()
    big = re.compile(matcher.pattern, rules.FLAGS)
    lines = _eval_lines() + [rule.example for _, rule in ALL_RULES]
    assert [bool(matcher.fullmatch(line)) for line in lines] == [bool(big.fullmatch(line)) for line in lines]


def _agree(name: str, kinds: tuple[str, ...], scope: str) -> None:
    matcher = rules.kind_regex(name, kinds, scope)
    big = re.compile(matcher.pattern, rules.FLAGS)
    lines = _eval_lines() + [rule.example for rule in rules.rules(name)]
    fast = [bool(matcher.fullmatch(line)) for line in lines]
    slow = [bool(big.fullmatch(line)) for line in lines]
    assert any(slow), "the lines should include some that match"
    assert fast == slow, [line for line, a, b in zip(lines, fast, slow) if a != b][:5]


@pytest.mark.parametrize("pattern, first", [
    (r"(?:reply|answer)s?", "[ar]"),
    (r"\d{1,3} comments", r"[\d]"),
    (r"(?:\W+)?(?:vote|like)", r"[\Wlv]"),
    (r"(?:new )?(?:[»›] )?comments", r"[cn»›]"),
    (r"(?:x)?y?", None),  # may match nothing
    (r".{0,40} replies", None),  # may begin with anything
    (r"[^.!?]+ wrote:", None),
])
def test_first_char_class_covers_every_first_character(pattern, first):
    assert rules.first_char_class(rules._parsed(pattern)) == first


@pytest.mark.parametrize("pattern, pieces", [
    (r"(?:a|b(?:x|y))c", ["ac", "b(?:x|y)c"]),
    (r"(?:a|b)?c", ["(?:a|b)?c"]),  # a quantified group stays whole
    (r"(?:a)c", ["(?:a)c"]),
    (r"(?:a|[)|])c|d", ["(?:a|[)|])c|d"]),  # not one alternative
])
def test_spread_alternatives(pattern, pieces):
    assert rules.spread_alternatives(pattern) == pieces


def test_grouped_alternation_matches_what_the_flat_one_does():
    alternatives = [r"vor \d+ tagen", r"\d+ (?:days|tage) ago", r"gestern", r"(?:about )?\d+ hours? ago", r".{0,5}!"]
    grouped = re.compile(rules.grouped_alternation(alternatives), rules.FLAGS)
    flat = re.compile("|".join(f"(?:{a})" for a in alternatives), rules.FLAGS)
    texts = ["vor 3 Tagen", "3 days ago", "Gestern", "about 2 hours ago", "2 hours ago", "hi!", "vor gestern", "",
             "İ!", "ABOUT 1 HOUR AGO"]
    assert [bool(grouped.fullmatch(t)) for t in texts] == [bool(flat.fullmatch(t)) for t in texts]
    assert grouped.pattern.startswith("(?:(?=[v])")
