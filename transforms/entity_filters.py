"""Which spaCy entity spans are worth counting, and under which label.

Pure functions over strings; every word list lives in
transforms/rules/entity_filters.json (one commented group per rule) and the
alias table in transforms/rules/entity_aliases.json.  Used by
`transforms.entities.mentions_of_doc` on each span of the small model:

1. `repair_span(surface, label)`: the span as a name - a trailing
   lower-case word cut ("Station Road half" -> "Station Road"), a person's
   title cut from a longer name ("Councillor Ravi Bedi" -> "Ravi Bedi"), a
   possessive role phrase reduced to its owner ("Trump's National Security
   Advisor" -> "Trump", kept later only if that resolves to a person).
2. `fix_label(surface, label)`: the label from cheap evidence, in order: the
   alias table's label; a gazetteer place is GPE/LOC; a street suffix makes
   a FAC; a company suffix an ORG; an acronym is not a PERSON; a given name
   plus a surname is a PERSON.
3. `is_plausible(surface, label)`: False for the obvious non-entities
   (numbers, dates and holidays, widget words, unbalanced quotes or
   brackets, two-letter acronyms outside the alias table, single generic or
   common words).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from expectations.vocab import ENTITY_LABELS
from transforms.entity_names import (
    NAME_CACHE_SIZE,
    alias_table,
    canonical_key,
    clean_surface,
    filter_words,
    normalise_name,
)

_REPEATED_CHAR = re.compile(r"(\w)\1{3,}")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# "Trump's National Security Advisor": an owner, a possessive, then more words.
_POSSESSIVE_PHRASE = re.compile(r"^(?P<owner>.+?)['\u2019]s\s+(?P<rest>\S.*)$")
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"), ("\u00ab", "\u00bb"))
# Separators that also join parts of a name ('Kim Jong-un', 'Trump–Kim', 'AC/DC').
_NAME_DASHES = {"-", "\u2013", "\u2014", "/"}
_DOUBLE_QUOTES = ('"', "\u201c", "\u201d", "\u201e")

# Labels a gazetteer place, street suffix or company suffix may overrule.
_PLACE_OVERRULES = {"PERSON", "ORG", "NORP", "FAC", "EVENT", "GPE", "LOC"}
_NATURE_OVERRULES = {"ORG", "PERSON", "FAC", "NORP"}
_DISTRICTS = {"county", "district", "township", "parish"}
_ORG_OVERRULES = {"PERSON", "GPE", "NORP", "LOC", "EVENT"}
# One-word mentions with these labels are checked against `common_words`
# (GPE and LOC are exempt: 'Reading', 'Nice' and 'Mobile' are towns).
_COMMON_WORD_LABELS = {"PERSON", "ORG", "FAC", "EVENT", "NORP"}


@functools.lru_cache(maxsize=1)
def place_labels() -> Mapping[str, str]:
    """Normalised gazetteer name -> GPE or LOC (rules/entity_filters.json)."""
    words = filter_words()
    places = {normalise_name(w, "LOC"): "LOC" for w in words["gazetteer_loc"]}
    places.update({normalise_name(w, "GPE"): "GPE" for w in words["gazetteer_gpe"]})
    return places


def _words(surface: str) -> list[str]:
    return surface.split()


def is_person_title(words: list[str]) -> int:
    """How many leading words of `words` are a person's title (0, 1 or 2)."""
    titles = filter_words()["person_titles"]
    if len(words) >= 2 and " ".join(words[:2]).casefold() in titles:
        return 2
    return 1 if words and words[0].casefold() in titles else 0


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)  # pure in (surface, label); memoised like entity_names
def repair_span(surface: str, label: str) -> tuple[str, int, str, bool]:
    """(surface, characters cut from the front, label, owner_only).

    owner_only: the span was a possessive role phrase and only its owner is
    left; it stands only if the owner resolves to a person (decided by the
    caller, which sees the whole text)."""
    words = _words(surface)
    particles = filter_words()["name_particles"]
    # "Station Road half", "Westgate Mall food court": trailing lower-case words
    # (an all-lower-case mention such as "north korea" is judged as a whole later)
    # (particles too: they come before a surname, never last - 'Camper van')
    while len(words) > 1 and not surface.islower() and words[-1].isalpha() and words[-1].islower():
        words = words[:-1]
    # "Highway 2 between Elm Creek": cut before a lower-case word no name holds
    joiners = filter_words()["name_joiners"] | particles
    inner = next((i for i, w in enumerate(words[1:], 1) if w.isalpha() and w.islower() and w not in joiners), None)
    if inner is not None and not surface.islower():
        words = words[:inner]
    surface = " ".join(words)
    match = _POSSESSIVE_PHRASE.match(surface)
    if match and canonical_key(surface, label) not in alias_table().entity_of:
        rest = {w.casefold() for w in match.group("rest").split()}
        if rest & filter_words()["role_words"]:
            return match.group("owner"), 0, "PERSON", True
    cut = 0
    if label in ("PERSON", "ORG"):
        n = is_person_title(words)
        office = " ".join(words[:n]).casefold() in filter_words()["office_titles"]
        rest = words[n:]
        if n and len(rest) >= 2 and all(w[:1].isupper() for w in rest) and (label == "PERSON" or office):
            cut = surface.index(rest[0])
            surface, label = " ".join(rest), "PERSON"
    return surface, cut, label, False


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)  # pure in (surface, label); memoised like entity_names
def fix_label(surface: str, label: str) -> str:
    """The label of a mention from cheap evidence (see module docstring)."""
    key = canonical_key(surface, label)
    listed = alias_table().entity_of.get(key)
    if listed is not None:
        return listed[1]
    place = place_labels().get(normalise_name(surface, label))
    if place is not None and label in _PLACE_OVERRULES:
        return place
    words = _words(surface)
    lowered = [w.casefold() for w in words]
    filters = filter_words()
    if len(words) >= 2 and lowered[-1] in filters["street_suffixes"]:
        return "FAC"
    if len(words) >= 2 and label in _NATURE_OVERRULES and lowered[-1] not in filters["org_suffixes"] and (
            lowered[-1] in filters["place_suffixes"] or lowered[0] in filters["place_prefixes"]):
        return "GPE" if lowered[-1] in _DISTRICTS else "LOC"
    if len(words) >= 2 and lowered[-1] in filters["org_suffixes"] and label in _ORG_OVERRULES:
        return "ORG"
    if label == "PERSON" and _ACRONYM.match(surface):
        return "ORG"  # 'SLPC': people are not written as acronyms
    if (label in ("ORG", "GPE", "LOC", "FAC") and len(words) == 2 and lowered[0] in filters["first_names"]
            and words[1][:1].isupper() and words[1][1:].islower()):
        return "PERSON"  # 'Renata Kilgore' ORG
    return label


def _balanced(surface: str) -> bool:
    """False for 'Pacific "Ring of Fire' or 'Smith (R': a span cut inside a quote or bracket."""
    if sum(surface.count(q) for q in _DOUBLE_QUOTES) % 2:
        return False
    return all(surface.count(a) == surface.count(b) for a, b in _BRACKETS)


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)  # pure in (surface, label); memoised like entity_names
def is_known(surface: str, label: str) -> bool:
    """True for a name in the alias table or the gazetteer."""
    return (canonical_key(surface, label) in alias_table().entity_of
            or normalise_name(surface, label) in place_labels())


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)  # pure in (surface, label); memoised like entity_names
def is_plausible(surface: str, label: str) -> bool:
    """False for the obvious non-entities the small model produces."""
    if label not in ENTITY_LABELS:
        return False
    letters = [ch for ch in surface if ch.isalpha()]
    if len(letters) < 2 or _REPEATED_CHAR.search(surface) or not _balanced(surface):
        return False
    words = filter_words()
    if any(ch in words["separators"] for ch in surface if ch not in _NAME_DASHES):
        return False  # 'Home | News': two page items, not one name
    lowered = surface.casefold()
    if lowered in words["widget_words"] or lowered in words["generic_words"]:
        return False
    tokens = re.findall(r"[^\W\d_]+", lowered)
    if tokens and all(t in words["date_words"] for t in tokens):
        return False
    if label == "PERSON" and _DIGIT.search(surface):
        return False
    if label in _COMMON_WORD_LABELS and lowered.split()[-1] in words["role_titles"]:
        return False  # 'National Security Advisor': a post, not an entity
    head = re.match(r"([a-z]+)-", surface)
    if head and head.group(1) in words["adjective_prefixes"]:
        return False  # 'inter-Korean', 'non-Christian': adjectives, not names
    if len(letters) == 2 and surface.isupper() and not is_known(surface, label):
        return False  # 'CH', 'GP': two capitals outside the alias table
    if " " not in surface and label in _COMMON_WORD_LABELS and lowered in words["common_words"]:
        return is_known(surface, label)
    return True


def is_common_word(surface: str, label: str, lower_words: frozenset[str]) -> bool:
    """A one-word mention also written in lower case in its text ('Fair' and
    'the fair'): a capitalised common word, not a name."""
    return (" " not in surface and "-" not in surface and surface.casefold() in lower_words
            and not is_known(surface, label))


def is_lone_first_name(surface: str) -> bool:
    """A given name alone ('Gary'), not resolved to anybody's full name."""
    return " " not in surface and clean_surface(surface).casefold() in filter_words()["first_names"]
