"""The widget/share-line test the noise checks use, from the cleaner's own rules.

One source of truth: `transforms.rules.noise_line_regex()` matches one line against the
same rule data the cleaner strips lines with, so a line the cleaner should have removed
and a line the suites reject are the same thing.
"""

from __future__ import annotations


def noise_line_matcher():
    """The cleaner's whole-line noise matcher: `.fullmatch(line)` is truthy for a widget,
    share or boilerplate line (transforms.rules.LineMatcher)."""
    from transforms.rules import noise_line_regex

    return noise_line_regex()
