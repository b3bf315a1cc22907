"""The cleaning evaluation set (tests/eval/cleaning) and its gate (benchmarks/eval_cleaning.py)."""
import re
from collections import Counter

import pytest

from benchmarks import eval_cleaning as ev

CASES = ev.load_cases()
# every hold-out folder (tests/eval/cleaning/holdout*): blind rounds' pages not fixed yet or kept
# for measurement (the set's README): gold-checked, not gated; a new round's folder needs no entry
HOLDOUT = [case for folder in sorted(ev.HOLDOUT_DIR.parent.glob("holdout*")) if folder.is_dir()
           for case in ev.load_cases(folder)]


def _cleaner_landed() -> bool:
    try:
        ev.cleaner_interface()
    except ev.CleanerUnavailable:
        return False
    return True


# ---------------------------------------------------------------- the labelled set itself

@pytest.mark.parametrize("case", CASES + HOLDOUT, ids=[c.name for c in CASES + HOLDOUT])
def test_gold_is_well_formed_and_found_in_raw(case):
    assert ev.gold_problems(case) == []


@pytest.mark.xfail(len(CASES) < 44, reason="the set is still being written", strict=False)
def test_set_covers_families_and_languages():
    families = Counter(c.family for c in CASES)
    languages = Counter(c.language for c in CASES)
    assert len(CASES) >= 44
    assert set(ev.FAMILIES) <= set(families)
    assert all(languages[lang] >= 4 for lang in ("de", "fr", "es"))


# ---------------------------------------------------------------- the scoring

@pytest.mark.parametrize("pred, gold, expected", [
    ("The cat sat", "the cat sat", 1.0),
    ("", "", 1.0),
    ("dog", "cat", 0.0),
    ("a b", "a b c d", 2 * (1.0 * 0.5) / 1.5),
])
def test_token_f1(pred, gold, expected):
    assert ev.token_f1(pred, gold) == pytest.approx(expected)


def test_noise_line_leaks_only_beyond_gold_occurrences():
    gold = {"body": "She did not reply to the request.", "comments": [{"body": "ok"}],
            "noise_lines": ["Reply", "Share on Facebook"]}
    clean = ev.Prediction("She did not reply to the request.", None, [{"body": "ok"}])
    leaky = ev.Prediction("She did not reply to the request. Share on Facebook", None,
                          [{"body": "ok Reply"}])
    assert ev.leaked_noise(clean, gold) == []
    assert ev.leaked_noise(leaky, gold) == ["Reply", "Share on Facebook"]


@pytest.mark.parametrize("needle, haystack", [
    ("Reply", "Reply Replying _Reply Reply_ Reply"),
    ("aa", "aaa aa aa-aa"),
    ("Share on", "Share on Share onward Share on"),
    ("Antworten", "Antworten2 éAntworten Antworten."),
])
def test_noise_occurrences_count_whole_words_as_the_regex_does(needle, haystack):
    regex = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    assert ev._occurrences(needle, haystack) == len(re.findall(regex, haystack))


def test_gold_scored_against_itself_is_perfect():
    scores = []
    for case in CASES:
        g = case.gold
        scores.append(ev.score_case(case, ev.Prediction(g["body"], g["declared_count"], g["comments"])))
    overall = ev.aggregate(scores)
    assert overall["body_f1"] == overall["comment_count_exact"] == overall["author_acc"] == 1.0
    assert overall["noise_leak"] == 0.0


def test_floor_check_fails_below_floor_and_suggests_raising():
    floors = {"min": {"body_f1": 0.97, "author_acc": 0.95}, "max": {"noise_leak": 0.0}, "lowered": {}}
    failures, notes = ev.check_floors({"body_f1": 0.999, "author_acc": 0.90, "noise_leak": 0.1}, floors)
    assert [f.split(":")[0] for f in failures] == ["author_acc", "noise_leak"]
    assert any("consider raising" in n and "body_f1" in n for n in notes)


def test_floor_lowered_below_issue_needs_a_reason():
    measured = {"body_f1": 0.95, "noise_leak": 0.0}
    silent = {"min": {"body_f1": 0.9}, "max": {"noise_leak": 0.0}, "lowered": {}}
    explained = {**silent, "lowered": {"body_f1": "markdown tables not handled yet"}}
    assert any("looser" in f for f in ev.check_floors(measured, silent)[0])
    failures, notes = ev.check_floors(measured, explained)
    assert failures == [] and any("markdown tables" in n for n in notes)


def test_recorded_floors_are_not_looser_than_the_issue():
    floors = ev.load_floors()
    for metric, required in ev.ISSUE_MINIMUMS.items():
        assert floors["min"][metric] >= required or metric in floors["lowered"]
    assert floors["max"]["noise_leak"] <= ev.ISSUE_MAXIMUMS["noise_leak"] or "noise_leak" in floors["lowered"]


# ---------------------------------------------------------------- the gate

@pytest.mark.xfail(not _cleaner_landed(), reason="the cleaner (issue 3) has not landed yet", strict=False)
def test_cleaner_meets_recorded_floors():
    scores = ev.evaluate(CASES)
    failures, _ = ev.check_floors(ev.aggregate(scores), ev.load_floors())
    assert failures == [], ev.report(scores, details=True)
    # the overall numbers round a lost comment on one page away: every page is held on its own
    short = {s.name: _short_of(s) for s in scores if _short_of(s) and s.name not in KNOWN_SHORT}
    assert short == {}, "pages below their gold (a regression, or add to KNOWN_SHORT with the reason)"


# Pages of cases/ that score below their gold, each with why; any other page must be right.
KNOWN_SHORT = {
    "es_none_r10b_04": "a subheading after a 'Te puede interesar' link list is taken for one of its links",
}


def _short_of(score: ev.CaseScore) -> str:
    problems = [
        score.body_f1 < 0.999 and f"body {score.body_f1:.3f}",
        not score.count_exact and f"comments {score.pred_comments}/{score.gold_comments}",
        score.author_hits < score.gold_comments and f"authors {score.author_hits}/{score.gold_comments}",
        score.parent_hits < score.parent_total and f"parents {score.parent_hits}/{score.parent_total}",
        bool(score.leaks) and f"leaks {score.leaks}",
    ]
    return "; ".join(p for p in problems if p)


def test_jsonl_case_is_read_as_its_records_text_field(tmp_path):
    raw = tmp_path / "en_none_x.jsonl"
    raw.write_text('{"title": "T", "maintext": "Body line\\nShare this:"}\n', encoding="utf-8")
    case = ev.Case("en_none_x", raw, {})
    assert ev.raw_text(case) == "Body line\nShare this:"


# ---------------------------------------------------------------- other savers' layouts

@pytest.mark.parametrize("layout", sorted(ev.LAYOUT_NAMES))
def test_cleaner_meets_layout_floors(layout, tmp_path):
    cases, _ = ev.relayout(CASES, layout, tmp_path)
    scores = ev.evaluate(cases)
    failures, _ = ev.check_floors(ev.aggregate(scores), ev.load_floors(layout=layout))
    assert failures == [], ev.report(scores, details=True)


def test_relayout_rewrites_text_pages_and_leaves_hard_wrapped_ones_out(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "en_none_a.txt").write_text("Title\nBy Ann\n\nFirst paragraph.\n", encoding="utf-8")
    wrapped = "".join(f"A sentence that the saver broke at its column width of{i}\nand went on.\n"
                      for i in range(ev.HARD_WRAP_EVIDENCE))
    (src / "en_none_b.txt").write_text(wrapped, encoding="utf-8")
    (src / "en_none_c.html").write_text("<p>x</p>", encoding="utf-8")
    cases = [ev.Case(p.stem, p, {}) for p in sorted(src.iterdir())]
    out = tmp_path / "out"
    out.mkdir()
    rewritten, left_out = ev.relayout(cases, "no-blank-lines", out)
    assert [c.name for c in rewritten] == ["en_none_a"] and left_out == 1
    assert rewritten[0].raw_path.read_text(encoding="utf-8") == "Title\nBy Ann\nFirst paragraph."
    spaced, _ = ev.relayout(cases[:1], "blank-after-every-line", out)
    assert spaced[0].raw_path.read_text(encoding="utf-8") == "Title\n\nBy Ann\n\nFirst paragraph."
    long_line = "word " * 40
    (src / "en_none_d.txt").write_text(long_line, encoding="utf-8")
    wide, left_out = ev.relayout([ev.Case("en_none_d", src / "en_none_d.txt", {})] + cases[1:2], "wrapped-72", out)
    assert left_out == 1 and [len(line) <= 72 for line in wide[0].raw_path.read_text().split("\n")] == [True] * 3


def _saver_page(tmp_path):
    src = tmp_path / "en_disqus_s.txt"
    src.write_text("Home | News | Sport\n\nBridge reopens\nBy Ann Lee\n\n"
                   + "The old bridge over the river reopened on Monday after two years of work, "
                     "and the council said traffic on the ring road had already eased by a fifth.\n\n"
                   + "2 Comments\nTom Hart\n3 hours ago\nAbout time too.\nReply · Share\n",
                   encoding="utf-8")
    gold = {"title": "Bridge reopens", "publisher": "Riverside Post",
            "body": "The old bridge over the river reopened on Monday after two years of work, and the "
                    "council said traffic on the ring road had already eased by a fifth.",
            "comments": [{"author": "Tom Hart", "body": "About time too.", "parent_position": None,
                          "posted_at": None}],
            "noise_lines": ["Home | News | Sport", "By Ann Lee", "2 Comments", "3 hours ago", "Reply · Share"]}
    return ev.Case("en_disqus_s", src, gold)


def _relaid(tmp_path, layout):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (case,), _ = ev.relayout([_saver_page(tmp_path)], layout, out)
    return case, case.raw_path.read_text(encoding="utf-8")


def test_lynx_layout_marks_links_and_lists_their_addresses(tmp_path):
    case, text = _relaid(tmp_path, "lynx")
    assert case.raw_path.suffix == ".txt"
    assert "   [1]Home | [2]News | [3]Sport\n" in text and "\nBridge reopens\n" in text
    assert "   [6]Tom Hart\n   [7]3 hours ago\n   About time too.\n   [8]Reply · [9]Share\n" in text
    assert all(len(line) <= 76 for line in text.split("\n") if not line.lstrip()[:1].isdigit())
    refs = text.split("\nReferences\n\n")[1].split("\n")
    assert refs[5] == "   6. https://www.riverside-post.example/u/tom-hart"
    assert case.gold["noise_lines"][-10:] == ["References", *(r.strip() for r in refs[:9])]
    assert _relaid(tmp_path, "lynx")[1] == text  # deterministic


def test_markdown_links_layout_links_names_and_buttons(tmp_path):
    case, text = _relaid(tmp_path, "markdown-links")
    assert case.raw_path.suffix == ".md"
    assert "\nBridge reopens\n==============\n" in text
    assert "\n[Tom Hart](https://www.riverside-post.example/u/tom-hart)\n" in text
    assert "[Reply](https://www.riverside-post.example/bridge-reopens#reply) · [Share](" in text
    image = "![](https://www.riverside-post.example/images/5.jpg)"
    assert f"\n{image}\n\nThe old bridge" in text and case.gold["noise_lines"][-1] == image


def test_flat_html_layout_serves_one_block_per_line_with_replies_nested(tmp_path):
    case, text = _relaid(tmp_path, "flat-html")
    assert case.raw_path.suffix == ".html" and case.gold["noise_lines"][-1] == "Reply · Share"
    assert "<h1>Bridge reopens</h1>" in text and "<p>Tom Hart</p>\n<p>3 hours ago</p>" in text
    assert "\n\n" not in text.split("<body>")[1] and 'class=' not in text
    page = tmp_path / "en_wordpress_n.md"
    page.write_text("Title\n\nText of the article here.\n\n* **Ann** says:\n\n  > A [reply](#r) in a quote\n",
                    encoding="utf-8")
    out = tmp_path / "nested"
    out.mkdir()
    (nested,), _ = ev.relayout([ev.Case("en_wordpress_n", page, {"title": "Title", "noise_lines": []})], "flat-html", out)
    html = nested.raw_path.read_text(encoding="utf-8")
    assert "<ul><li><strong>Ann</strong> says:</li></ul>" in html
    assert '</ul>\n<ul><li>\n<ul><li>\n<p>A <a href="#r">reply</a> in a quote</p>\n</li></ul>\n</li></ul>' in html  # indent 2 + one '>'
