"""Entity names: corpus-level keys, ids and the canonical name of an entity.

Pure functions over strings; the rule data (alias table, word lists) lives in
transforms/rules/entity_aliases.json and entity_filters.json and is compiled
once on first use.

- `clean_surface(surface)`: the mention as a name: whitespace collapsed,
  possessive ("Trump's", "Trump’s") and a leading "the" dropped.
- `canonical_key(surface, label)`: the corpus-level key.  Case, dots,
  hyphens/spaces, apostrophe style, possessive, leading "the", a PERSON's
  title and middle initials and a NORP plural ("Americans") are ignored; a
  spelling listed in the alias table maps to its entity's key.  The key does
  not contain the label on purpose: the small model labels the same name
  PERSON in one sentence and ORG in the next ("Trump"), and one entity must
  get one label by majority, not split in two.
- `entity_id(key)`: first 16 hex digits of sha256(key).
- `choose_canonical(surface_counts, label_counts)`: name, label, aliases of an
  entity from the spellings and labels counted across the corpus.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

RULES_DIR = Path(__file__).parent / "rules"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Trailing punctuation, but not the dot of an abbreviation ("U.S.", "Jr.").
_TRAILING_PUNCT = re.compile(r"(?:[\s,;:!?\"')\]\u201c\u201d\u00bb\u00ab]|(?<!\b[A-Za-z])(?<!\bJr)(?<!\bSr)\.)+$")
_LEADING_PUNCT = re.compile(r"^[\s\"'(\[\u201c\u201d\u00ab\u00bb@#]+")

# clean_surface / normalise_name / canonical_key are pure and called ~15 times per mention
# (filters, label fixes, resolution): memoised, bounded (profile: 11% of NER-stage CPU before).
NAME_CACHE_SIZE = 8192  # per function and process: a few MB, full within the first batches (flat memory)

# Label preference when counts tie (most specific first), so ties are stable.
_LABEL_ORDER = ("PERSON", "GPE", "ORG", "NORP", "LOC", "EVENT", "FAC")


@dataclass(frozen=True)
class AliasTable:
    """Compiled alias data: normalised spelling -> canonical key, key -> (name, label)."""

    key_of: Mapping[str, str]
    entity_of: Mapping[str, tuple[str, str]]


@functools.lru_cache(maxsize=1)
def filter_words() -> Mapping[str, frozenset[str]]:
    """Word lists of rules/entity_filters.json, by group name."""
    data = json.loads((RULES_DIR / "entity_filters.json").read_text(encoding="utf-8"))
    return {group["group"]: frozenset(w.lower() for w in group["words"]) for group in data["groups"]}


@functools.lru_cache(maxsize=1)
def alias_table() -> AliasTable:
    """rules/entity_aliases.json compiled to normalised keys."""
    data = json.loads((RULES_DIR / "entity_aliases.json").read_text(encoding="utf-8"))
    key_of: dict[str, str] = {}
    entity_of: dict[str, tuple[str, str]] = {}
    for group in data["groups"]:
        for entry in group["entities"]:
            name, label = entry["name"], entry["label"]
            key = normalise_name(name, label)
            entity_of[key] = (name, label)
            for spelling in [name, *entry["aliases"]]:
                spelling_key = normalise_name(spelling, label)
                if key_of.setdefault(spelling_key, key) != key:
                    raise ValueError(f"alias {spelling!r} names both {key_of[spelling_key]!r} and {key!r}")
    return AliasTable(key_of=key_of, entity_of=entity_of)


@functools.lru_cache(maxsize=1)
def _separator_edges() -> re.Pattern:
    """Page separators ('·', '|', '–'...) with spaces at either end of a mention."""
    chars = "".join(re.escape(ch) for ch in sorted(filter_words()["separators"]))
    return re.compile(rf"^[\s{chars}]+|[\s{chars}]+$")


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def clean_surface(surface: str) -> str:
    """A mention's text as a name: unicode normalised, one space between
    words, no surrounding punctuation or page separators ('Main St ·'), no
    possessive, no leading 'the'."""
    text = unicodedata.normalize("NFKC", surface).translate(_APOSTROPHES)
    text = _SPACES.sub(" ", text).strip()
    text = _separator_edges().sub("", text)
    text = _DASHES.sub("-", text)
    text = _LEADING_PUNCT.sub("", text)
    text = _TRAILING_PUNCT.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    return text.strip()


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def normalise_name(surface: str, label: str) -> str:
    """The key of a spelling before alias lookup (see module docstring)."""
    text = clean_surface(surface).casefold()
    text = text.replace(".", " ").replace("-", " ").replace("'", "")
    tokens = text.split()
    if label == "PERSON":
        titles = filter_words()["person_titles"]
        while len(tokens) > 1 and (tokens[0] in titles or f"{tokens[0]}." in titles):
            tokens = tokens[1:]
        if len(tokens) > 2:  # "donald j trump" -> "donald trump"
            tokens = [tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1]]
    elif label == "NORP" and tokens and tokens[-1].endswith("ans"):
        tokens[-1] = tokens[-1][:-1]  # "Americans" -> "american"
    if tokens and all(len(t) == 1 for t in tokens):  # "u s a" -> "usa"
        tokens = ["".join(tokens)]
    return " ".join(tokens)


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def canonical_key(surface: str, label: str) -> str:
    """The corpus-level key of a mention: spellings of one entity share it."""
    key = normalise_name(surface, label)
    return alias_table().key_of.get(key, key)


def entity_id(key: str) -> str:
    """Stable id of an entity: the first 16 hex digits of sha256(key)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _casing_rank(surface: str) -> int:
    """Lower is nicer: 'Kim Jong-un' < 'KIM JONG-UN' < 'kim jong-un'."""
    letters = [ch for ch in surface if ch.isalpha()]
    if not letters:
        return 3
    if all(ch.islower() for ch in letters):
        return 2
    if all(ch.isupper() for ch in letters) and len(letters) > 5:
        return 1  # shouting, unless an acronym
    return 0


def choose_label(label_counts: Mapping[str, int]) -> str:
    """Majority label; ties go to the more specific label (PERSON first)."""
    def order(label: str) -> int:
        return _LABEL_ORDER.index(label) if label in _LABEL_ORDER else len(_LABEL_ORDER)

    return min(label_counts, key=lambda label: (-label_counts[label], order(label), label))


def choose_canonical(
    surfaces_with_counts: Mapping[str, int] | Iterable[tuple[str, int]],
    labels_with_counts: Mapping[str, int] | Iterable[tuple[str, int]],
) -> tuple[str, str, list[str]]:
    """(name, label, aliases) of one entity from its counted spellings and labels.

    name: the alias table's canonical name when the entity is in it, else the
    most frequent spelling (spellings differing only in case count together)
    written in its nicest casing.  label: the alias table's label, else the
    majority label.  aliases: every distinct cleaned spelling, sorted."""
    surfaces: dict[str, int] = {}
    for surface, count in dict(surfaces_with_counts).items():
        cleaned = clean_surface(surface)
        if cleaned:
            surfaces[cleaned] = surfaces.get(cleaned, 0) + int(count)
    labels = {label: int(count) for label, count in dict(labels_with_counts).items()}
    if not surfaces:
        raise ValueError("choose_canonical needs at least one surface")
    aliases = sorted(surfaces)
    label = choose_label(labels) if labels else "UNKNOWN"
    key = canonical_key(max(surfaces, key=lambda s: (surfaces[s], s)), label)
    if key in alias_table().entity_of:
        name, table_label = alias_table().entity_of[key]
        return name, table_label, aliases
    by_case: dict[str, int] = {}
    for surface, count in surfaces.items():
        by_case[surface.casefold()] = by_case.get(surface.casefold(), 0) + count
    best_fold = min(by_case, key=lambda fold: (-by_case[fold], -len(fold), fold))
    spellings = [s for s in surfaces if s.casefold() == best_fold]
    name = min(spellings, key=lambda s: (_casing_rank(s), -surfaces[s], s))
    return name, label, aliases


def build_entities(rows: Iterable[Mapping]) -> list[dict]:
    """Entities from `mention_rows` output: one dict per entity_id with name,
    label, aliases (choose_canonical over the rows' surfaces and labels,
    weighted by mention_count) and the total mention_count, most mentioned
    first.  The in-memory twin of what the warehouse rebuilds from its
    stored counts."""
    surfaces: dict[str, dict[str, int]] = {}
    labels: dict[str, dict[str, int]] = {}
    for row in rows:
        by_surface = surfaces.setdefault(row["entity_id"], {})
        by_surface[row["surface"]] = by_surface.get(row["surface"], 0) + row["mention_count"]
        by_label = labels.setdefault(row["entity_id"], {})
        by_label[row["label"]] = by_label.get(row["label"], 0) + row["mention_count"]
    entities = []
    for eid, counts in surfaces.items():
        name, label, aliases = choose_canonical(counts, labels[eid])
        entities.append({"entity_id": eid, "name": name, "label": label, "aliases": aliases,
                         "mention_count": sum(counts.values())})
    return sorted(entities, key=lambda e: (-e["mention_count"], e["name"]))
