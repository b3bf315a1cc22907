"""Suite `files`: file-level checks, before any article is made of a file.

The flow hands one row per input file, made by `file_record`: `source_file`,
`size_bytes` and `text`, a decoded sample of the file (null when the bytes are
not text; `decode_error` then says why).
"""

from __future__ import annotations

import gzip
import io
import zlib

import polars as pl

from expectations import _common as c
from expectations.spec import Check, SuiteSpec

# A single article page (.txt/.md/.html) over 20 MB is not an article: saved
# pages with inline scripts and images stay under ~5 MB.
MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024
# JSON/JSON Lines files carry many articles; allowed up to 512 MB.
MAX_BULK_FILE_BYTES = 512 * 1024 * 1024
BULK_SUFFIXES = (".jsonl", ".json", ".jsonl.gz", ".json.gz", ".ndjson")

# Garbled share: characters that are U+FFFD (undecodable byte) or C0/C1 control
# characters other than tab/newline/carriage return, or - whichever is higher -
# ftfy's mojibake "badness" per character (bytes that are not UTF-8 and read as
# Windows-1252 give sequences like "Ã(\xa0¡â(": 0.09 per character on random
# invalid UTF-8; 0.0 on the seeds, on Latin-1 and on Cyrillic cp1251 text).
# 1% is allowed (a stray bad byte in a long page); more means binary data, a
# wrong encoding or bytes that are no text in any encoding.
MAX_GARBLED_SHARE = 0.01
_GARBLED_CHARS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\x{FFFD}]"

# The text checks look at the first 64 KB of a file: enough to tell text from
# binary, and a 50 MB file is not decoded just to be turned away.
SAMPLE_BYTES = 64 * 1024
_BLANK_BYTES = b" \t\r\n\x0b\x0c\x00"

SIZE_LIMIT = "size_limit"  # helper columns
GARBLED_SHARE = "garbled_share"


def file_size_limit(name: str) -> int:
    """The largest size in bytes a file of this name may have (the flow may skip reading beyond)."""
    return MAX_BULK_FILE_BYTES if name.lower().endswith(BULK_SUFFIXES) else MAX_ARTICLE_FILE_BYTES


def file_record(source_file: str, size_bytes: int, raw: bytes) -> dict:
    """The row the files suite checks for one file: its size and a decoded sample of its text."""
    from transforms.decode import DecodeError, decode_raw

    row = {"source_file": source_file, "size_bytes": size_bytes, "text": None, "decode_error": None}
    sample = raw[:SAMPLE_BYTES]
    try:
        if source_file.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
                sample = stream.read(SAMPLE_BYTES)
        if len(sample) >= SAMPLE_BYTES and b"\n" in sample:
            sample = sample[: sample.rindex(b"\n") + 1]  # do not cut a character in two
        row["text"] = "" if not sample.strip(_BLANK_BYTES) else decode_raw(sample)
    except (DecodeError, OSError, EOFError, zlib.error) as exc:
        row["decode_error"] = str(exc)
    return row


MOJIBAKE_SAMPLE_CHARS = 8_000  # mojibake runs through a whole file: its start tells (and costs a fraction)


def _mojibake_share(text: str) -> float:
    from ftfy.badness import badness

    text = text[:MOJIBAKE_SAMPLE_CHARS]
    return badness(text) / max(len(text), 1)


def derive(frame: pl.DataFrame) -> pl.DataFrame:
    is_bulk = pl.col("source_file").str.to_lowercase().str.ends_with(BULK_SUFFIXES[0])
    for suffix in BULK_SUFFIXES[1:]:
        is_bulk = is_bulk | pl.col("source_file").str.to_lowercase().str.ends_with(suffix)
    text = pl.col("text").cast(pl.String)
    garbled = text.str.count_matches(_GARBLED_CHARS).cast(pl.Float64) / pl.max_horizontal(
        text.str.len_chars(), pl.lit(1)
    ).cast(pl.Float64)
    mojibake = text.map_elements(_mojibake_share, return_dtype=pl.Float64, skip_nulls=True)
    return frame.with_columns(
        pl.when(is_bulk)
        .then(pl.lit(MAX_BULK_FILE_BYTES, pl.Int64))
        .otherwise(pl.lit(MAX_ARTICLE_FILE_BYTES, pl.Int64))
        .alias(SIZE_LIMIT),
        pl.max_horizontal(garbled, mojibake).alias(GARBLED_SHARE),
    )


def checks() -> list[Check]:
    return [
        c.not_null("source_file"),
        c.unique("source_file"),
        c.between("size_bytes", name="file_not_empty", why="an empty file has no article", min_value=1),
        Check(
            "file_size_within_limit",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {
                "column_A": SIZE_LIMIT,
                "column_B": "size_bytes",
                "or_equal": True,
                "ignore_row_if": "either_value_is_missing",
            },
            f"an article file over {MAX_ARTICLE_FILE_BYTES >> 20} MB "
            f"(a JSON/JSONL file over {MAX_BULK_FILE_BYTES >> 20} MB) is not news",
        ),
        c.not_null("text", name="file_is_text"),
        c.not_blank("text"),
        c.between(
            GARBLED_SHARE,
            name="text_not_garbled",
            why=f"more than {MAX_GARBLED_SHARE:.0%} undecodable, control or mojibake characters: "
            "binary data, a wrong encoding or invalid UTF-8",
            min_value=0.0,
            max_value=MAX_GARBLED_SHARE,
        ),
    ]


SPEC = SuiteSpec(
    table="files",
    key="source_file",
    columns={"source_file": "str", "size_bytes": "int", "text": "str"},
    checks=checks,
    derive=derive,
    helper_columns=(SIZE_LIMIT, GARBLED_SHARE),
)
