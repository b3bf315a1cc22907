import polars as pl

from expectations.files import MAX_ARTICLE_FILE_BYTES, file_size_limit
from tests.expectations.conftest import failures

SCHEMA = {"source_file": pl.String, "size_bytes": pl.Int64, "text": pl.String, "raw": pl.Binary}


def files(*rows: tuple) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=SCHEMA, orient="row")


def test_good_files_pass(session):
    frame = files(("a/one.txt", 12, "Talks resume", b"Talks resume"), ("b/two.jsonl", 9, '{"t": 1}', b""))
    outcome = session.validate("files", frame)
    assert outcome.success and outcome.passed.equals(frame)


def test_known_bad_files_fail_with_their_checks(session):
    frame = files(
        ("empty.txt", 0, "", b""),
        ("blank.txt", 4, " \n\t\n", b" \n\t\n"),
        ("image.txt", 300, None, b"\x89PNG\x00"),  # could not be decoded
        ("big.txt", MAX_ARTICLE_FILE_BYTES + 1, None, b""),
        ("big.jsonl", MAX_ARTICLE_FILE_BYTES + 1, '{"text": "ok"}', b""),  # bulk files may be big
        ("noisy.txt", 100, "ok\x01\x02\x03 text", b""),
        ("a/one.txt", 12, "Talks resume", b""),
        ("a/one.txt", 12, "Talks resume", b""),
    )
    outcome = session.validate("files", frame)
    assert failures(outcome) == sorted(
        [
            ("empty.txt", ["file_not_empty", "text_not_empty"]),
            ("blank.txt", ["text_not_empty"]),
            ("image.txt", ["file_is_text"]),
            ("big.txt", ["file_is_text", "file_size_within_limit"]),
            ("noisy.txt", ["text_not_garbled"]),
            ("a/one.txt", ["source_file_unique"]),
            ("a/one.txt", ["source_file_unique"]),
        ],
        key=lambda row: (str(row[0]), row[1]),
    )
    assert all("raw" not in row["payload"] for row in outcome.failed)  # bytes never go to JSON


def test_size_limit_depends_on_the_format():
    assert file_size_limit("x/a.TXT") == MAX_ARTICLE_FILE_BYTES
    assert file_size_limit("x/a.jsonl.gz") > MAX_ARTICLE_FILE_BYTES
