"""The widget/share-line regex the noise checks use, from the cleaner's own rules.

One source of truth: `transforms.rules.noise_line_pattern()` compiles the same
rule data the cleaner strips lines with, so a line the cleaner should have
removed and a line the suites reject are the same thing.
"""

from __future__ import annotations

import re

# Inline flag letters for the re flags a rule pattern may carry: the checks take
# a pattern string, so flags must travel inside it.
_INLINE_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


def pattern_as_string(pattern: re.Pattern[str] | str) -> str:
    """A regex string that carries the compiled pattern's flags inline."""
    if isinstance(pattern, str):
        return pattern
    flags = "".join(letter for flag, letter in _INLINE_FLAGS if pattern.flags & flag)
    return f"(?{flags}){pattern.pattern}" if flags else pattern.pattern


def noise_line_regex() -> str:
    """The cleaner's noise-line regex as a string (multiline: one match = one line)."""
    from transforms.rules import noise_line_pattern

    return pattern_as_string(noise_line_pattern())
