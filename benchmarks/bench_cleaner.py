"""Speed of the cleaner (transforms.document.build_records) on the hand-labelled pages.

    python benchmarks/bench_cleaner.py                   # tests/eval/cleaning/cases, as saved
    python benchmarks/bench_cleaner.py --layout lynx     # the text pages as lynx -dump prints them
    python benchmarks/bench_cleaner.py --only _forum_    # a narrow run (e.g. under cProfile)

Prints pages per CPU-second (process time: other programs on a shared machine count little).
The first page is timed apart: it pays for compiling the rules, once per process.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

try:
    from benchmarks import eval_cleaning as ev
except ImportError:  # run as a script: benchmarks/ is on the path, the package may not be
    import eval_cleaning as ev  # type: ignore[no-redef]


def cpu_seconds(cases: list[ev.Case]) -> list[float]:
    """The process time build_records took on each case, in order."""
    took = []
    for case in cases:
        started = time.process_time()
        ev.run_cleaner(case)
        took.append(time.process_time() - started)
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=ev.CASES_DIR)
    parser.add_argument("--only", metavar="TEXT", help="only cases whose name contains TEXT")
    parser.add_argument("--layout", choices=sorted(ev.LAYOUT_NAMES),
                        help="time the text pages rewritten as this saver lays them out")
    args = parser.parse_args(argv)
    if str(ev.ROOT) not in sys.path:
        sys.path.insert(0, str(ev.ROOT))
    cases = [c for c in ev.load_cases(args.cases) if not args.only or args.only in c.name]
    with tempfile.TemporaryDirectory() as tmp:
        if args.layout:
            cases, _ = ev.relayout(cases, args.layout, Path(tmp))
        if not cases:
            print("no cases", file=sys.stderr)
            return 2
        first, *rest = cpu_seconds(cases)
    slowest = max(zip(rest, (c.name for c in cases[1:])), default=None)
    print(f"{len(cases)} pages ({args.layout or 'as saved'}): first page {first:.1f} CPU s (compiling the rules)")
    if rest:
        print(f"the other {len(rest)}: {sum(rest):.1f} CPU s, {len(rest) / sum(rest):.1f} pages per CPU-second; "
              f"slowest {slowest[1]} ({slowest[0]:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
