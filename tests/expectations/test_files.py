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


def test_file_record_decodes_a_sample():
    import gzip

    from expectations.files import SAMPLE_BYTES, file_record

    big = ("Ünïcode line of text.\n" * 10_000).encode()
    row = file_record("big.txt", len(big), big)
    assert row["decode_error"] is None
    assert row["text"].startswith("Ünïcode") and len(row["text"].encode()) <= SAMPLE_BYTES
    assert file_record("blank.txt", 3, b" \n\t")["text"] == ""
    png = file_record("image.txt", 12, b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0d")
    assert png["text"] is None and "PNG" in png["decode_error"]
    packed = gzip.compress(b"Talks resume\n\nBoth sides met.")
    assert file_record("a.txt.gz", len(packed), packed)["text"].startswith("Talks resume")
    assert file_record("bad.txt.gz", 4, b"\x1f\x8b\x08\x00")["decode_error"]


def test_garbled_text_fails_but_a_stray_bad_byte_passes(session):
    from expectations.files import file_record

    stray = b"A long enough article text. " * 20 + b"caf\xe9 " + b"More text. " * 20
    # a file already mangled by a lossy conversion: U+FFFD where letters were
    replaced = ("Kim Jong-un " + "\ufffd" * 8 + " ").encode() * 30
    invalid_utf8 = b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 200  # no text in any encoding
    cyrillic = "Переговоры возобновились во вторник.".encode("cp1251") * 10  # a legacy code page
    rows = [
        file_record(name, len(raw), raw)
        for name, raw in [
            ("stray.txt", stray), ("replaced.txt", replaced), ("invalid.txt", invalid_utf8), ("ru.txt", cyrillic),
        ]
    ]
    frame = pl.DataFrame(
        rows, schema={"source_file": pl.String, "size_bytes": pl.Int64, "text": pl.String, "decode_error": pl.String}
    )
    assert failures(session.validate("files", frame)) == [
        ("invalid.txt", ["text_not_garbled"]),
        ("replaced.txt", ["text_not_garbled"]),
    ]
