"""transforms.entities with the real spaCy model (loaded once per module)."""

import hashlib
from pathlib import Path

import pytest

from transforms.entities import (
    Mention,
    extract_mentions,
    is_plausible,
    iter_resolved,
    load_ner_model,
    mention_rows,
    mentions_for_language,
    resolve_document,
)
from transforms.entity_names import alias_table, build_entities, canonical_key, choose_canonical, entity_id
from transforms.language import detect_language

# The seeds sit in ../shared/seeds beside the checkout.
SEEDS = next((p / "shared" / "seeds" for p in Path(__file__).resolve().parents
              if (p / "shared" / "seeds").is_dir()), Path("shared/seeds"))


@pytest.fixture(scope="module")
def nlp():
    return load_ner_model()


@pytest.fixture(scope="module")
def seed_entities(nlp):
    """Canonical entities over the seeds' texts: (name, label, mention count)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts, f"no seeds under {SEEDS}"
    rows = [row for i, mentions in enumerate(extract_mentions(texts, nlp))
            for row in mention_rows(f"a{i}", None, resolve_document(mentions))]
    return [(e["name"], e["label"], e["mention_count"]) for e in build_entities(rows)]


def test_ner_model_has_only_ner(nlp):
    assert nlp.pipe_names == ["ner"]


@pytest.mark.parametrize(
    "name, label",
    [
        ("Donald Trump", "PERSON"), ("Kim Jong-un", "PERSON"), ("Mike Pompeo", "PERSON"),
        ("Moon Jae-in", "PERSON"), ("Shinzo Abe", "PERSON"), ("North Korea", "GPE"),
        ("China", "GPE"), ("Russia", "GPE"), ("United States", "GPE"), ("CIA", "ORG"),
    ],
)
def test_seed_entity_appears_once_with_its_label(seed_entities, name, label):
    assert [(n, lab) for n, lab, _ in seed_entities if n == name] == [(name, label)]


def test_trump_is_never_an_org(seed_entities):
    assert not [e for e in seed_entities if "Trump" in e[0] and e[1] == "ORG" and len(e[0].split()) <= 2]


def test_top_ten_are_real_entities(seed_entities):
    top = {name for name, _, _ in sorted(seed_entities, key=lambda e: -e[2])[:10]}
    real = {"Donald Trump", "Kim Jong-un", "North Korea", "United States", "China", "Russia",
            "North Korean", "American", "Mike Pompeo", "Pyongyang", "Washington", "South Korea",
            "South Korean", "Korean War", "Richard Nixon", "Syria"}
    assert top <= real, top - real


def test_seed_languages_are_english():
    for path in sorted(SEEDS.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8"))[0] == "en", path.name


@pytest.mark.parametrize(
    "variants",
    [
        [("Kim Jong Un", "PERSON"), ("Kim Jong-Un", "PERSON"), ("kim jong-un", "PERSON"), ("Kim Jong-un", "PERSON")],
        [("US", "GPE"), ("U.S.", "GPE"), ("USA", "GPE"), ("United States", "GPE"), ("the United States", "GPE")],
        [("Trump's", "PERSON"), ("Trump’s", "ORG"), ("Trump", "PERSON")],
        [("china", "GPE"), ("China", "GPE"), ("China’s", "GPE")],
        [("Donald J. Trump", "PERSON"), ("Donald Trump", "PERSON"), ("President Donald Trump", "PERSON")],
        [("Americans", "NORP"), ("American", "NORP")],
    ],
)
def test_spellings_share_one_key(variants):
    assert len({canonical_key(s, label) for s, label in variants}) == 1


def test_entity_id_is_sha256_prefix():
    assert entity_id("north korea") == hashlib.sha256(b"north korea").hexdigest()[:16]


@pytest.mark.parametrize(
    "surface, label",
    [("1991", "PERSON"), ("June", "PERSON"), ("Tuesday", "ORG"), ("K", "PERSON"),
     ("DDDDDDDDDDDD", "PERSON"), ("two", "CARDINAL"), ("last week", "DATE"), ("Subscribe", "ORG")],
)
def test_obvious_non_entities_are_dropped(surface, label):
    assert not is_plausible(surface, label)


def test_short_names_attach_to_full_name_in_same_text(nlp):
    text = ("Donald Trump met Kim Jong-un in Singapore. Mike Pompeo was there. "
            "Trump praised Kim, and Pompeo agreed with Trump.")
    [mentions] = extract_mentions([text], nlp)
    names = {(m.surface, m.name, m.label) for m in resolve_document(mentions)}
    assert ("Trump", "Donald Trump", "PERSON") in names
    assert ("Kim", "Kim Jong-un", "PERSON") in names
    assert ("Pompeo", "Mike Pompeo", "PERSON") in names


def test_surname_labelled_org_becomes_person():
    mentions = [Mention("Donald Trump", "PERSON", 0), Mention("Trump", "ORG", 40)]
    resolved = resolve_document(mentions)
    assert resolved[1].label == "PERSON" and resolved[1].name == "Donald Trump"


def test_ambiguous_surname_stays_short():
    mentions = [Mention("Bill Clinton", "PERSON", 0), Mention("Hillary Clinton", "PERSON", 20),
                Mention("Clinton", "PERSON", 40)]
    assert resolve_document(mentions)[2].name == "Clinton"


def test_comment_resolves_against_its_article():
    body = [Mention("Kim Jong-un", "PERSON", 0), Mention("Kim", "PERSON", 30)]
    comment = [Mention("Kim", "PERSON", 4)]
    _, resolved_comment = list(iter_resolved(body, [comment]))
    assert resolved_comment[0].name == "Kim Jong-un"


def test_mention_rows_aggregate_per_entity_per_text():
    mentions = resolve_document([Mention("Donald Trump", "PERSON", 5), Mention("Trump", "ORG", 50),
                                 Mention("China", "GPE", 20), Mention("Trump’s", "PERSON", 70)])
    rows = {row["surface"]: row for row in mention_rows("art1", None, mentions)}
    assert rows["Donald Trump"]["mention_count"] == 3
    assert rows["Donald Trump"]["first_offset"] == 5
    assert rows["Donald Trump"]["label"] == "PERSON"
    assert rows["China"]["entity_id"] == entity_id(canonical_key("china", "GPE"))
    assert rows["China"]["comment_id"] is None and rows["China"]["article_id"] == "art1"


def test_choose_canonical_prefers_alias_table_and_majority():
    name, label, aliases = choose_canonical({"Kim Jong Un": 4, "Kim Jong-Un": 5, "kim jong-un": 1},
                                            {"PERSON": 9, "ORG": 1})
    assert (name, label) == ("Kim Jong-un", "PERSON")
    assert aliases == ["Kim Jong Un", "Kim Jong-Un", "kim jong-un"]
    assert choose_canonical({"china": 3, "China": 2}, {"GPE": 5})[0] == "China"
    assert choose_canonical({"Palmer Report": 2, "palmer report": 3}, {"ORG": 5})[0] == "Palmer Report"


def test_other_languages_are_skipped_with_a_reason():
    assert mentions_for_language("en") is None
    assert mentions_for_language("de") == "no NER model for language 'de'"


def test_build_entities_merges_rows_of_one_entity():
    rows = (mention_rows("a1", None, resolve_document([Mention("Kim Jong Un", "PERSON", 0)]))
            + mention_rows("a2", "a2-c0001", resolve_document([Mention("kim jong-un", "ORG", 3),
                                                               Mention("Kim Jong-Un", "PERSON", 9)])))
    [entity] = build_entities(rows)
    assert (entity["name"], entity["label"], entity["mention_count"]) == ("Kim Jong-un", "PERSON", 3)


def test_alias_table_compiles_without_conflicts():
    table = alias_table()
    assert table.key_of[canonical_key("DPRK", "GPE")] == canonical_key("North Korea", "GPE")
    assert all(key in table.entity_of for key in table.key_of.values())


def test_title_makes_a_person(nlp):
    [mentions] = extract_mentions(["Talks stalled when President Trump cancelled the trip."], nlp)
    assert [(m.surface, m.label) for m in mentions if "Trump" in m.surface] == [("Trump", "PERSON")]


def test_person_share_gives_one_label_per_text():
    mentions = [Mention("Lula", "PERSON", 0), Mention("Lula", "ORG", 10), Mention("Lula", "ORG", 20)]
    assert {m.label for m in resolve_document(mentions)} == {"PERSON"}
    mentions = [Mention("Apple", "PERSON", 0)] + [Mention("Apple", "ORG", i) for i in range(10, 50, 10)]
    assert [m.label for m in resolve_document(mentions)].count("ORG") == 4


def test_surname_alias_yields_to_a_full_name_in_the_text():
    alone = resolve_document([Mention("Trump", "ORG", 0)])
    assert canonical_key(alone[0].name, alone[0].label) == canonical_key("Donald Trump", "PERSON")
    family = resolve_document([Mention("Ivanka Trump", "PERSON", 0), Mention("Trump", "PERSON", 30)])
    assert family[1].name == "Ivanka Trump"


def test_compound_of_two_known_names_is_split(nlp):
    text = "Donald Trump and Kim Jong-un met. The Trump-Kim summit was short. U.S.-North Korea talks go on in North Korea."
    [mentions] = extract_mentions([text], nlp)
    surfaces = [m.surface for m in mentions]
    assert "Trump-Kim" not in surfaces and "Kim Jong-un" in surfaces
    assert "U.S.-North Korea" not in surfaces


@pytest.mark.parametrize(
    "text, expected",
    [("Moon Jae-in met Kim.", "Moon Jae-in"), ("A Trump-led push.", "Trump")],
)
def test_person_span_snaps_through_short_hyphen_parts(text, expected):
    from transforms.entities import _snap

    start = 0 if text.startswith("Moon") else text.index("Trump")
    end = start + (len("Moon Jae") if expected.startswith("Moon") else len("Trump"))
    s, e = _snap(text, start, end, "PERSON")
    assert text[s:e] == expected


# --- rules of transforms/entity_filters.py (word lists in rules/entity_filters.json) ---

@pytest.mark.parametrize(
    "surface, label",
    [('Pacific "Ring of Fire', "ORG"), ("Smith (R", "PERSON"), ("Home | News", "ORG"),
     ("House", "ORG"), ("Council", "ORG"), ("Authority", "ORG"), ("Street", "FAC"), ("Fair", "ORG"),
     ("Ridership", "ORG"), ("Gazette", "ORG"), ("Herald", "PERSON"), ("Premiums", "NORP"),
     ("Rides", "PERSON"), ("Measles", "PERSON"), ("HTML", "ORG"), ("CH", "ORG"), ("GP", "ORG"),
     ("Easter", "LOC"), ("Easter weekend", "LOC")],
)
def test_junk_surfaces_are_dropped(surface, label):
    from transforms.entity_filters import fix_label

    assert not is_plausible(surface, fix_label(surface, label))


@pytest.mark.parametrize(
    "surface, label",
    [("UN", "ORG"), ("EU", "ORG"), ("Reading", "GPE"), ("Senate", "ORG"), ("Kim Jong-un", "PERSON"),
     ('"Ring of Fire"', "LOC"), ("AC/DC", "ORG")],
)
def test_real_entities_are_kept(surface, label):
    assert is_plausible(surface, label)


@pytest.mark.parametrize(
    "surface, label, expected",
    [("Armenia", "PERSON", "GPE"), ("Indo-Pacific", "ORG", "LOC"), ("Rhône", "PERSON", "LOC"),
     ("Mill Lane", "PERSON", "FAC"), ("Main St", "PERSON", "FAC"), ("Birch Street", "ORG", "FAC"),
     ("Skyward Air", "PERSON", "ORG"), ("Bayhaven Marine", "PERSON", "ORG"), ("SLPC", "PERSON", "ORG"),
     ("Karen Whitfield", "ORG", "PERSON"), ("Trump", "ORG", "PERSON"), ("Twitter", "PERSON", "ORG"),
     ("Jordan", "PERSON", "PERSON"), ("General Motors", "ORG", "ORG")],
)
def test_labels_fixed_from_cheap_evidence(surface, label, expected):
    from transforms.entity_filters import fix_label

    assert fix_label(surface, label) == expected


@pytest.mark.parametrize(
    "surface, label, expected",
    [("Station Road half", "EVENT", ("Station Road", 0, "EVENT", False)),
     ("Councillor Ravi Bedi", "PERSON", ("Ravi Bedi", 11, "PERSON", False)),
     ("County Clerk Harlan Voss", "ORG", ("Harlan Voss", 13, "PERSON", False)),
     ("General Electric Company", "ORG", ("General Electric Company", 0, "ORG", False)),
     ("Trump's National Security Advisor", "ORG", ("Trump", 0, "PERSON", True)),
     ("McDonald's Corp", "ORG", ("McDonald's Corp", 0, "ORG", False)),
     ("north korea", "GPE", ("north korea", 0, "GPE", False))],
)
def test_spans_repaired(surface, label, expected):
    from transforms.entity_filters import repair_span

    assert repair_span(surface, label) == expected


def test_trailing_separator_is_stripped():
    from transforms.entity_names import clean_surface

    assert clean_surface("Main St ·") == "Main St" and clean_surface("Acme Corp |") == "Acme Corp"


def test_possessive_role_phrase_keeps_only_a_person_owner(nlp):
    text = ("Donald Trump spoke. Trump's National Security Advisor resigned. "
            "Acme's Chief Financial Officer left.")
    [mentions] = extract_mentions([text], nlp)
    assert not [m for m in mentions if "Advisor" in m.surface or "Officer" in m.surface]


def test_lone_first_name_without_full_name_is_dropped():
    resolved = resolve_document([Mention("Gary", "PERSON", 0), Mention("Phil", "PERSON", 10),
                                 Mention("Phil Jones", "PERSON", 20), Mention("Virginia", "GPE", 40)])
    assert [m.name for m in resolved] == ["Phil Jones", "Phil Jones", "Virginia"]


def test_capitalised_word_also_written_in_lower_case_is_dropped(nlp):
    [mentions] = extract_mentions(["Fair opens Friday in Tulsa. The fair draws 40,000 people from Oklahoma."], nlp)
    assert "Fair" not in [m.surface for m in mentions]
