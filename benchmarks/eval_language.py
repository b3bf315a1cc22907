"""Accuracy and speed of transforms.language on the labelled texts.

    .venv/bin/python benchmarks/eval_language.py [--sweep]

Reads tests/eval/language/long/<lang>_<n>.txt (articles, >= 150 words) and
tests/eval/language/comments.tsv (one-sentence comments), prints:
- accuracy per language and per length bucket with the shipped thresholds
  (right / wrong / unknown: 'unknown' is not counted as right);
- with --sweep (about a minute): right/wrong/unknown on the comments for
  candidate MIN_LETTERS x MIN_CONFIDENCE values, and the same grid on ~6,700
  word windows cut from the long texts (how the thresholds were chosen);
- sampled vs full text on long texts (agreement, ms per text), also on
  50 KB texts made by repeating an article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from transforms import language  # noqa: E402
from transforms.language import count_letters, detect_language, sample_text, top_language  # noqa: E402

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "eval" / "language"
# Length buckets of the comments, in letters (what MIN_LETTERS counts).
BUCKETS = ((0, 12, "< 12 letters"), (12, 25, "12-24 letters"), (25, 50, "25-49 letters"),
           (50, 10**9, ">= 50 letters"))


def load_long() -> list[tuple[str, str]]:
    return [(p.stem.split("_")[0], p.read_text(encoding="utf-8"))
            for p in sorted((EVAL_DIR / "long").glob("*.txt"))]


def load_comments() -> list[tuple[str, str]]:
    rows = []
    for line in (EVAL_DIR / "comments.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            rows.append((lang, text))
    return rows


def bucket_of(text: str) -> str:
    letters = count_letters(text)
    return next(name for low, high, name in BUCKETS if low <= letters < high)


def tally(rows: list[tuple[str, str]], key) -> dict[str, list[int]]:
    """group -> [n, right, wrong, unknown] with the shipped thresholds."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for expected, text in rows:
        got, _ = detect_language(text)
        for group in (key(expected, text), "all"):
            cell = table[group]
            cell[0] += 1
            cell[1 if got == expected else 3 if got == "unknown" else 2] += 1
    return table


FLOORS_FILE = Path(__file__).resolve().parent / "eval_language_floors.json"


def overall() -> dict[str, float]:
    """The numbers the floors are about, with the shipped thresholds."""
    long_cell = tally(load_long(), lambda lang, _: lang)["all"]
    comment_cell = tally(load_comments(), lambda lang, _: lang)["all"]
    return {
        "article_accuracy": long_cell[1] / long_cell[0],
        "comment_accuracy": comment_cell[1] / comment_cell[0],
        "comment_wrong_share": comment_cell[2] / comment_cell[0],
    }


def floor_failures(numbers: dict[str, float]) -> list[str]:
    """Each number below its floor or above its ceiling (eval_language_floors.json)."""
    floors = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    failures = [f"{k}: {numbers[k]:.3f} < floor {v}" for k, v in floors["min"].items() if numbers[k] < v]
    failures += [f"{k}: {numbers[k]:.3f} > ceiling {v}" for k, v in floors["max"].items() if numbers[k] > v]
    return failures


def print_table(title: str, table: dict[str, list[int]]) -> None:
    print(f"\n{title}")
    print(f"| {'group':<14} | n  | right | wrong | unknown | accuracy |")
    print(f"|{'-' * 16}|----|-------|-------|---------|----------|")
    for group in sorted(table, key=lambda g: (g == "all", g)):
        n, right, wrong, unknown = table[group]
        print(f"| {group:<14} | {n:<2} | {right:<5} | {wrong:<5} | {unknown:<7} | {right / n:>7.0%}  |")


def sweep(comments: list[tuple[str, str]]) -> None:
    raw = [(expected, count_letters(text), *top_language(text)) for expected, text in comments]
    print("\nthreshold sweep on the comments (right / wrong / unknown)")
    confidences = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)
    print("| MIN_LETTERS | " + " | ".join(f"conf {c:.2f}" for c in confidences) + " |")
    for min_letters in (0, 5, 8, 10, 12, 15, 20):
        cells = []
        for min_conf in confidences:
            right = wrong = unknown = 0
            for expected, letters, got, prob in raw:
                if letters < min_letters or prob < min_conf or got == "unknown":
                    unknown += 1
                elif got == expected:
                    right += 1
                else:
                    wrong += 1
            cells.append(f"{right}/{wrong}/{unknown}")
        print(f"| {min_letters:<11} | " + " | ".join(f"{c:<9}" for c in cells) + " |")
    print("\nwrong answers without thresholds (expected, got, p, letters, text):")
    for (expected, text), (_, letters, got, prob) in zip(comments, raw):
        if got != expected:
            print(f"  {expected} -> {got} p={prob:.2f} letters={letters}: {text[:60]!r}")


def fragments(long_rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Word windows (1-8 words; 2-12 characters for Chinese) cut from the
    long texts: many short labelled texts, harder than real sentences."""
    rows = []
    for lang, text in long_rows:
        if lang == "zh":
            chars = [ch for ch in text if not ch.isspace()]
            for size in (2, 3, 4, 6, 8, 12):
                rows += [(lang, "".join(chars[i:i + size])) for i in range(0, len(chars) - size, 7)]
            continue
        words = text.split()
        for size in (1, 2, 3, 4, 6, 8):
            rows += [(lang, " ".join(words[i:i + size])) for i in range(0, len(words) - size, 5)]
    return rows


def fragment_grid(long_rows: list[tuple[str, str]]) -> None:
    raw = [(lang, count_letters(t), *top_language(t)) for lang, t in fragments(long_rows)]
    print(f"\nfragments: {len(raw)} word windows of the long texts, no thresholds")
    buckets = ((0, 5), (5, 8), (8, 12), (12, 16), (16, 20), (20, 30), (30, 50), (50, 10**9))
    print("| letters | n (not zh) | right (not zh) | n (zh) | right (zh) |")
    print("|---------|------------|----------------|--------|------------|")
    for low, high in buckets:
        for_zh = [r for r in raw if low <= r[1] < high and r[0] == "zh"]
        other = [r for r in raw if low <= r[1] < high and r[0] != "zh"]
        def rate(rows):
            return f"{sum(r[2] == r[0] for r in rows) / len(rows):.0%}" if rows else "-"
        print(f"| {low}-{high if high < 10**9 else '':<5} | {len(other):<10} | {rate(other):<14} "
              f"| {len(for_zh):<6} | {rate(for_zh):<10} |")
    confidences = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95)
    print("\nshare right among accepted / share accepted (fragments not in zh)")
    print("| MIN_LETTERS | " + " | ".join(f"conf {c:.2f}" for c in confidences) + " |")
    other = [r for r in raw if r[0] != "zh"]
    for min_letters in (5, 8, 10, 12, 15, 20):
        cells = []
        for min_conf in confidences:
            accepted = [r for r in other if r[1] >= min_letters and r[3] >= min_conf]
            right = sum(r[2] == r[0] for r in accepted)
            cells.append(f"{right / len(accepted):.1%}/{len(accepted) / len(other):.0%}")
        print(f"| {min_letters:<11} | " + " | ".join(f"{c:<10}" for c in cells) + " |")


def timed(func, texts: list[str], repeat: int = 3) -> tuple[list, float]:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        out = [func(t) for t in texts]
        best = min(best, time.perf_counter() - start)
    return out, best / len(texts) * 1000


def sampling(long_rows: list[tuple[str, str]]) -> None:
    texts = [text for _, text in long_rows]
    huge = [(text + "\n\n") * (50_000 // len(text) + 1) for text in texts]
    full, ms_full = timed(top_language, texts)
    sampled, ms_sampled = timed(lambda t: top_language(sample_text(t)), texts)
    huge_full, ms_huge_full = timed(top_language, huge, repeat=1)
    huge_sampled, ms_huge_sampled = timed(lambda t: top_language(sample_text(t)), huge)
    agree = sum(a[0] == b[0] for a, b in zip(full, sampled))
    right = sum(got[0] == lang for (lang, _), got in zip(long_rows, sampled))
    print(f"\nsampling (HEAD_CHARS={language.HEAD_CHARS}, MIDDLE_CHARS={language.MIDDLE_CHARS}) "
          f"on {len(texts)} long texts (median {statistics.median(map(len, texts))} chars):")
    print(f"  sampled == full text: {agree}/{len(texts)}; sampled right: {right}/{len(texts)}")
    print(f"  ms per text: full {ms_full:.1f}, sampled {ms_sampled:.1f}")
    print(f"  ~50 KB texts: full {ms_huge_full:.1f} ms, sampled {ms_huge_sampled:.1f} ms, "
          f"same answer {sum(a[0] == b[0] for a, b in zip(huge_full, huge_sampled))}/{len(huge)}")
    min_prob = min(p for _, p in sampled)
    print(f"  lowest top-language probability on long texts: {min_prob:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="print the threshold sweep")
    args = parser.parse_args()
    long_rows, comments = load_long(), load_comments()
    print(f"thresholds: MIN_LETTERS={language.MIN_LETTERS} MIN_CONFIDENCE={language.MIN_CONFIDENCE}")
    print_table("long texts (>= 150 words), per language", tally(long_rows, lambda lang, _: lang))
    print_table("one-sentence comments, per language", tally(comments, lambda lang, _: lang))
    print_table("one-sentence comments, per length", tally(comments, lambda _, text: bucket_of(text)))
    numbers = overall()
    print("\noverall: " + ", ".join(f"{k} {v:.3f}" for k, v in numbers.items()))
    print("floors: " + ("; ".join(floor_failures(numbers)) or "all met"))
    if args.sweep:
        sweep(comments)
        fragment_grid(long_rows)
    sampling(long_rows)


if __name__ == "__main__":
    main()
