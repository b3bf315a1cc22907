"""Suite `files`: file-level checks, before any article is made of a file.

The flow hands one row per input file: `source_file`, `size_bytes` (from the
file system) and `text` (the decoded text, null when the bytes could not be
decoded as text, e.g. a binary file; the flow may leave it null for a file over
its size limit instead of reading it).
"""

from __future__ import annotations

import polars as pl

from expectations import _common as c
from expectations.spec import Check, SuiteSpec

# A single article page (.txt/.md/.html) over 20 MB is not an article: saved
# pages with inline scripts and images stay under ~5 MB.
MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024
# JSON/JSON Lines files carry many articles; allowed up to 512 MB.
MAX_BULK_FILE_BYTES = 512 * 1024 * 1024
BULK_SUFFIXES = (".jsonl", ".json", ".jsonl.gz", ".json.gz", ".ndjson")

# Share of characters that are U+FFFD (undecodable byte) or control characters
# other than tab/newline/carriage return: 1% is allowed (a stray bad byte in a
# long page); more means binary data or a wrong encoding.
MAX_GARBLED_SHARE = 0.01
_GARBLED_CHARS = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x{FFFD}]"

SIZE_LIMIT = "size_limit"  # helper columns
GARBLED_SHARE = "garbled_share"


def file_size_limit(name: str) -> int:
    """The largest size in bytes a file of this name may have (the flow may skip reading beyond)."""
    return MAX_BULK_FILE_BYTES if name.lower().endswith(BULK_SUFFIXES) else MAX_ARTICLE_FILE_BYTES


def derive(frame: pl.DataFrame) -> pl.DataFrame:
    is_bulk = pl.col("source_file").str.to_lowercase().str.ends_with(BULK_SUFFIXES[0])
    for suffix in BULK_SUFFIXES[1:]:
        is_bulk = is_bulk | pl.col("source_file").str.to_lowercase().str.ends_with(suffix)
    text = pl.col("text").cast(pl.String)
    garbled = text.str.count_matches(_GARBLED_CHARS).cast(pl.Float64) / pl.max_horizontal(
        text.str.len_chars(), pl.lit(1)
    ).cast(pl.Float64)
    return frame.with_columns(
        pl.when(is_bulk)
        .then(pl.lit(MAX_BULK_FILE_BYTES, pl.Int64))
        .otherwise(pl.lit(MAX_ARTICLE_FILE_BYTES, pl.Int64))
        .alias(SIZE_LIMIT),
        garbled.alias(GARBLED_SHARE),
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
            why=f"more than {MAX_GARBLED_SHARE:.0%} undecodable or control characters: "
            "binary data or a wrong encoding",
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
