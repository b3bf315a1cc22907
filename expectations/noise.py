"""The widget/share-line regex the body checks use, from the cleaner's own rules.

One source of truth: `transforms.rules.noise_line_pattern()` compiles the same
rule data the cleaner strips lines with, so a line the cleaner should have
removed and a line the suite rejects are the same thing.
"""

from __future__ import annotations

import re

# Inline flag letters for the re flags a rule pattern may carry. Great
# Expectations takes a pattern string, so flags must travel inside it.
_INLINE_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))

# TEMPORARY FALLBACK, used only while transforms.rules.noise_line_pattern does
# not exist on main yet: a few whole-line widget words seen in the seeds.
# Remove once the cleaner's rules have landed.
_FALLBACK_NOISE_LINE = (
    r"(?im)^[ \t]*(?:share|subscribe|notify of|view all comments"
    r"|share this(?: article| story)?:?|click to share on [a-z]+(?: \(opens in new window\))?"
    r"|newest most voted|inline feedbacks)[ \t]*$"
)


def pattern_as_string(pattern: re.Pattern[str] | str) -> str:
    """A regex string that carries the compiled pattern's flags inline."""
    if isinstance(pattern, str):
        return pattern
    flags = "".join(letter for flag, letter in _INLINE_FLAGS if pattern.flags & flag)
    return f"(?{flags}){pattern.pattern}" if flags else pattern.pattern


def noise_line_regex() -> str:
    """The cleaner's noise-line regex as a string (multiline: one match = one line)."""
    try:
        from transforms.rules import noise_line_pattern
    except ImportError:  # the cleaner's rules have not landed yet
        return _FALLBACK_NOISE_LINE
    return pattern_as_string(noise_line_pattern())
