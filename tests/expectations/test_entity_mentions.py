import polars as pl

from tests.expectations.conftest import failures

SCHEMA = {
    "entity_id": pl.String,
    "article_id": pl.String,
    "comment_id": pl.String,
    "mention_count": pl.Int32,
    "first_offset": pl.Int32,
    "label": pl.String,
}


def mentions(*rows: tuple) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=SCHEMA, orient="row")


def test_good_mentions_pass(session):
    frame = mentions(
        ("e1", "a1", None, 3, 0, "PERSON"),
        ("e1", "a1", "a1-c0001", 1, 12, "PERSON"),  # same entity, in a comment
        ("e2", "a1", None, 1, 40, "GPE"),
    )
    outcome = session.validate("entity_mentions", frame)
    assert outcome.success and outcome.passed.equals(frame)


def test_known_bad_mentions_fail_with_their_checks(session):
    frame = mentions(
        ("e1", "a1", None, 3, 0, "PERSON"),
        ("e1", "a1", None, 1, 5, "PERSON"),  # the same key twice
        ("e2", "a1", None, 0, -1, "GPE"),
        ("e3", "a1", None, 1, 0, "DATE"),
        (None, "a1", "a1-c0002", 1, 0, None),
    )
    assert failures(session.validate("entity_mentions", frame)) == sorted(
        [
            ("e1/a1/", ["mention_unique"]),
            ("e1/a1/", ["mention_unique"]),
            ("e2/a1/", ["first_offset_not_negative", "mention_count_positive"]),
            ("e3/a1/", ["label_known"]),
            ("?/a1/a1-c0002", ["entity_id_not_null", "label_not_null"]),
        ],
        key=lambda row: (str(row[0]), row[1]),
    )
