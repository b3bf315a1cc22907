"""Score the cleaner on the labelled set with every commenter renamed into another name shape.

    python benchmarks/eval_names.py                       # every shape, one row each
    python benchmarks/eval_names.py --shape first-initial --details
    python benchmarks/eval_names.py --shape mixed --gate   # what CI runs: every shape in one pass

Authors are the weakest number on pages the cleaner has not seen, and the set's names are the
ones its writers picked. This rewrites each case of tests/eval/cleaning/cases with its
commenters' names swapped, everywhere they stand (author lines, '@name' replies, 'X wrote:'
quotes, likes lines, the gold), for names of one shape real threads print: 'Hanne L.',
'H. Okafor', 'nordlicht_84', 'Maren Lindqvist Okafor'... and scores it against the gold
rewritten the same way. A drop against the set as written is a rule that knows the set's
names, not names of that shape.

A new name keeps the old one's first letter (avatars print it: 'N' above 'nightowl_dev').
Names not printed literally in the raw file (HTML entities) and names of more than four words
('Ich wohne seit 40 Jahren hier') are left as they are. Floors per shape live under "names"
in benchmarks/eval_floors.json (--gate).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import eval_cleaning as ev  # noqa: E402

_LABELS = {"body_f1": "body", "comment_count_exact": "count", "author_acc": "authors", "parent_acc": "parents",
           "comment_f1": "comment_f1", "declared_acc": "declared", "noise_leak": "leak"}
MAX_NAME_WORDS = 4  # longer "names" are sentences a reader chose; their shape is not a name's

_FIRST = {"a": "Amira", "b": "Bastien", "c": "Carla", "d": "Dmitri", "e": "Elif", "f": "Fenna",
          "g": "Gustavo", "h": "Hanne", "i": "Ines", "j": "Joaquim", "k": "Kalani", "l": "Lorcan",
          "m": "Maren", "n": "Nadia", "o": "Oskar", "p": "Pilar", "q": "Quentin", "r": "Rasmus",
          "s": "Selin", "t": "Tomasz", "u": "Ulla", "v": "Vesna", "w": "Wiebke", "x": "Xavier",
          "y": "Yusuf", "z": "Zofia"}
_LAST = ["Okafor", "Lindqvist", "Brandão", "Kowalczyk", "Achterberg", "Moreau", "Castellano",
         "Nakamura", "Haddad", "Ferreira", "Vukovic", "Delacroix"]
_WORDS = ["fjord", "pixel", "ember", "tundra", "maple", "cobalt", "harbor", "quill", "raven",
          "saffron", "timber", "velvet"]


def _first(initial: str) -> str:
    """A first name starting with `initial` ('É' -> 'Élif'-like: the letter, then a name's tail)."""
    base = unicodedata.normalize("NFKD", initial)[0].lower()
    name = _FIRST.get(base, "Mara")
    return initial.upper() + name[1:] if initial.isalpha() else name


def _last(k: int) -> str:
    return _LAST[k % len(_LAST)]


# name shape -> (first letter, index of the commenter in the thread) -> a new name
SHAPES: dict[str, Callable[[str, int], str]] = {
    "two-words": lambda i, k: f"{_first(i)} {_last(k)}",  # 'Hanne Okafor'
    "first-initial": lambda i, k: f"{_first(i)} {_last(k)[0]}.",  # 'Hanne O.' (papers, Facebook)
    "initial-surname": lambda i, k: f"{i.upper()}. {_last(k)}",  # 'H. Okafor'
    "three-words": lambda i, k: f"{_first(i)} {_last(k + 3)} {_last(k)}",  # 'Hanne Kowalczyk Okafor'
    "handle": lambda i, k: f"{i.lower()}{_WORDS[k % len(_WORDS)]}_{17 + 7 * k}",  # 'hfjord_17'
    "camel": lambda i, k: f"{i.upper()}{_WORDS[k % len(_WORDS)][1:].capitalize()}{_WORDS[(k + 5) % len(_WORDS)].capitalize()}{80 + k}",  # 'HJordQuill80'
    "lowercase": lambda i, k: f"{_first(i).lower()} {_last(k).lower()}",  # 'hanne okafor'
    "single": lambda i, k: _first(i) + ("" if k == 0 else _last(k)[:2].lower()),  # 'Hanne', 'Hanneli'
}
_EACH = list(SHAPES.values())
# every shape in one thread, one per commenter in turn (what CI gates: one pass over the set)
SHAPES["mixed"] = lambda i, k: _EACH[k % len(_EACH)](i, k)


def _map_strings(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, change) for k, v in value.items()}
    return value


def _name_pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def renamed(case: ev.Case, shape: str, out_dir: Path) -> tuple[ev.Case, int]:
    """(the case with its commenters renamed into `shape`, written under out_dir; how many
    names were swapped)."""
    raw = case.raw_path.read_bytes().decode("utf-8")
    records = case.raw_path.suffix.lower() == ".jsonl"
    # a record's text fields are searched decoded ('\nWerner' is 'Werner' after a line break)
    searchable = "\n".join(json.dumps(json.loads(line), ensure_ascii=False).replace("\\n", " \n ")
                           for line in raw.split("\n") if line.strip()) if records else raw
    authors = list(dict.fromkeys(c["author"] for c in case.gold["comments"] if c.get("author")))
    swaps: dict[str, str] = {}
    for k, name in enumerate(sorted(authors, key=len, reverse=True)):  # longest first: 'Ann Lee' before 'Ann'
        if len(name.split()) <= MAX_NAME_WORDS and _name_pattern(name).search(searchable):
            swaps[name] = SHAPES[shape](name[0] if name[0].isalnum() else "m", k)

    # one pass, longest name first: a new name never gets swapped again ('Lou' inside 'Lou Brandt')
    every_name = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, swaps)) + r")(?!\w)") if swaps else None

    def swap(text: str) -> str:
        return every_name.sub(lambda m: swaps[m.group(0)], text) if every_name else text

    if records:
        raw = "\n".join(json.dumps(_map_strings(json.loads(line), swap), ensure_ascii=False)
                        if line.strip() else line for line in raw.split("\n"))
    else:
        raw = swap(raw)
    path = out_dir / case.raw_path.name
    path.write_bytes(raw.encode("utf-8"))
    return ev.Case(case.name, path, _map_strings(case.gold, swap)), len(swaps)


def score_shape(cases: list[ev.Case], shape: str) -> tuple[list[ev.CaseScore], int]:
    with tempfile.TemporaryDirectory() as tmp:
        swapped = [renamed(case, shape, Path(tmp)) for case in cases]
        return ev.evaluate([case for case, _ in swapped]), sum(n for _, n in swapped)


def _worse(score: ev.CaseScore, before: ev.CaseScore) -> bool:
    return (score.author_hits < before.author_hits or score.count_exact < before.count_exact
            or len(score.leaks) > len(before.leaks))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=ev.CASES_DIR)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES),
                        help="a name shape (repeatable; default: all)")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a shape misses its floor")
    parser.add_argument("--details", action="store_true",
                        help="also score the set as written and list the cases each shape makes worse")
    args = parser.parse_args(argv)
    cases = ev.load_cases(args.cases)
    floors = json.loads(ev.FLOORS_FILE.read_text(encoding="utf-8")).get("names", {})
    print(f"{len(cases)} cases from {args.cases}; commenters renamed per shape\n")
    print(f"{'shape':16} {'names':>6} " + " ".join(f"{_LABELS[m]:>10}" for m in ev.METRICS) + "  worse")
    before = {}
    if args.details:  # the set as written, to name the cases a shape makes worse
        before = {s.name: s for s in ev.evaluate(cases)}
        written = ev.aggregate(list(before.values()))
        print(f"{'as written':16} {'':>6} " + " ".join(f"{ev._fmt(written[m]):>10}" for m in ev.METRICS))
    failed = []
    for shape in args.shape or list(SHAPES):
        scores, swapped = score_shape(cases, shape)
        overall = ev.aggregate(scores)
        worse = [s.name for s in scores if s.name in before and _worse(s, before[s.name])]
        print(f"{shape:16} {swapped:>6} " + " ".join(f"{ev._fmt(overall[m]):>10}" for m in ev.METRICS)
              + (f"  {len(worse)}" if before else ""))
        if args.details and worse:
            print("    worse: " + ", ".join(worse))
        if shape in floors:
            problems, _ = ev.check_floors(overall, floors[shape])
            failed += [f"{shape}: {p}" for p in problems]
    if failed:
        print("below floor: " + "; ".join(failed))
    return 1 if args.gate and failed else 0


if __name__ == "__main__":
    sys.exit(main())
