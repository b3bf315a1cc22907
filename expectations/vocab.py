"""Shared vocabularies: the one place that says which values are valid.

Imported by transforms (to produce the values) and by the expectation suites
(to check them), so the two can never disagree.
"""

from __future__ import annotations

# Language codes langdetect 1.0.9 can produce (its 55 bundled profiles), as
# ISO 639-1.  langdetect reports Chinese as 'zh-cn' (simplified) or 'zh-tw'
# (traditional); those are script variants, not ISO 639-1 codes, and a
# 'zh-tw' answer on a short simplified text is common, so both are stored as
# plain 'zh' (transforms.language.LANGDETECT_CODE_MAP does the mapping).
LANGUAGE_CODES: frozenset[str] = frozenset(
    {
        "af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es",
        "et", "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "id", "it", "ja",
        "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl",
        "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th",
        "tl", "tr", "uk", "ur", "vi", "zh",
    }
)

# Stored when the text is too short or the detector is not confident enough
# (thresholds measured, see docs/language.md).
UNKNOWN_LANGUAGE = "unknown"

# Every value the `language` columns may hold.
LANGUAGE_VALUES: frozenset[str] = LANGUAGE_CODES | {UNKNOWN_LANGUAGE}

# spaCy (OntoNotes) entity labels we keep: people, organisations, places,
# nationalities/religious/political groups, events, facilities.
# Dropped on purpose:
#   DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL  - values, not entities
#   PRODUCT, WORK_OF_ART  - on news text the small model uses them mostly for
#                            headlines, widget words ("Subscribe") and outlet
#                            names; too noisy to count
#   LAW, LANGUAGE          - rare in news and not asked for by analysts
ENTITY_LABELS: frozenset[str] = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT", "FAC"}
)
