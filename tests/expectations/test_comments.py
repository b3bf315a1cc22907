import datetime as dt

import polars as pl

from tests.expectations.conftest import failures

SCHEMA = {
    "comment_id": pl.String,
    "article_id": pl.String,
    "position": pl.Int32,
    "author": pl.String,
    "body": pl.String,
    "parent_position": pl.Int32,
    "posted_at": pl.Datetime("us"),
    "language": pl.String,
    "word_count": pl.Int32,
}


def comment(article_id: str, position: int | None, **changes) -> dict:
    row = {
        "comment_id": f"{article_id}-c{position:04d}" if position is not None else None,
        "article_id": article_id,
        "position": position,
        "author": "velociraptor",
        "body": "So haters, what now?",
        "parent_position": None,
        "posted_at": dt.datetime(2018, 4, 20, 9, 30),
        "language": "en",
        "word_count": 4,
    }
    row.update(changes)
    return row


def comments(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=SCHEMA)


def test_good_comments_pass(session):
    frame = comments(
        comment("a", 1), comment("a", 2, parent_position=1), comment("a", 3, posted_at=None),
        comment("b", 1),
    )
    outcome = session.validate("comments", frame)
    assert outcome.success and outcome.passed.equals(frame)


def test_known_bad_comments_fail_with_their_checks(session):
    frame = comments(
        comment("a", 1),
        comment("a", 2, parent_position=2),  # replies to itself
        comment("a", 4),  # gap: 3 is missing
        comment("a", 5, parent_position=7),  # after the gap, and replies to a later comment
        comment("b", 1, body="  "),
        comment("b", 2, body="Reply\nView all comments", language="english"),
        comment("c", 0),
        comment("d", 1, posted_at=dt.datetime(2087, 1, 1)),
        comment("d", 2, comment_id="d-c0001"),  # duplicated id
    )
    assert failures(session.validate("comments", frame)) == sorted(
        [
            ("a-c0002", ["parent_before_position"]),
            ("a-c0004", ["positions_contiguous"]),
            ("a-c0005", ["parent_before_position", "positions_contiguous"]),
            ("b-c0001", ["body_not_empty"]),
            ("b-c0002", ["body_has_no_noise_line", "language_known"]),
            ("c-c0000", ["position_positive", "positions_contiguous"]),
            ("d-c0001", ["comment_id_unique", "posted_at_in_range"]),
            ("d-c0001", ["comment_id_unique"]),
        ],
        key=lambda row: (str(row[0]), row[1]),
    )


def test_repeated_position_breaks_the_sequence(session):
    frame = comments(comment("a", 1), comment("a", 2), comment("a", 2, comment_id="a-x"))
    assert failures(session.validate("comments", frame)) == [("a-x", ["positions_contiguous"])]
