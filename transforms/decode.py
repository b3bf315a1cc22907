"""Bytes of a scraped file -> clean Unicode text.

Pure functions: no files, no environment. Two steps, usable apart:

- `decode_raw(raw)` finds the encoding and decodes (BOM, UTF-32/16, UTF-8,
  else a legacy single-byte code page, Windows-1252 first), refusing binary data;
- `repair_text(text)` repairs mojibake with ftfy, turns CRLF/CR into LF and
  drops NUL and other control characters (keeps newline and tab).

`decode_bytes(raw)` is both. Readers that parse a structure first (HTML, JSON)
decode with `decode_raw` and repair the extracted strings with `repair_text`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy


class DecodeError(ValueError):
    """The bytes are not a text document; the message says why and what to do."""


# File signatures of binary formats that sometimes land in a scrape folder.
# (prefix, what it is). A match is refused before any decoding is tried. Signatures
# that are also ordinary words ("MZ", "BZh", "ID3") are left to the control-byte test.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (name the file with a .gz ending to read it)"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable (ELF)"),
)

# Byte order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# How much of the file the binary / UTF-16 sniffing looks at.
SNIFF_BYTES = 8192
# Share of C0 control bytes (other than tab, LF, FF, CR, ESC) above which a file is
# binary. Text has ~0, random binary ~11%. Bytes that are not valid UTF-8 get the low
# bar; valid UTF-8 (stray NULs in a short text) only the high one.
MAX_CONTROL_SHARE = 0.05
MAX_CONTROL_SHARE_UTF8 = 0.3
# UTF-16 without BOM: ASCII-range text puts a zero in every other byte.
UTF16_ZERO_SHARE = 0.3  # at least this share of zeros on one parity ...
UTF16_OTHER_SHARE = 0.05  # ... and at most this on the other

_TEXT_CONTROL_BYTES = frozenset(b"\t\n\x0c\r\x1b")
_CONTROL_BYTES = bytes(sorted(frozenset(range(0x20)) - _TEXT_CONTROL_BYTES))

# Characters removed after decoding: C0/C1 controls except \n and \t, plus the
# BOM / zero-width no-break space left inside a text (e.g. by concatenated files).
_CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_LINE_ENDS_RE = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# Lone UTF-16 surrogates (from JSON "\ud83d" escapes) cannot be stored as UTF-8.
_SURROGATES_RE = re.compile(r"[\ud800-\udfff]")
# ftfy is slow on long texts, so it only runs where its fixes can apply: a lead
# character of UTF-8-read-as-Windows-1252/Latin-1 mojibake (Ã, â, Â...) followed
# by what a continuation byte becomes (€, ™, ©, ’...), or an HTML entity.
_NEEDS_FTFY_RE = re.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    r"\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|&#?\w{2,8};"
)

# ftfy settings: repair mojibake and HTML-escaped text, but leave typography alone
# (curly quotes and ligatures are part of the article, not damage).
_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
)


def decode_bytes(raw: bytes) -> str:
    """Decode a text file's bytes and repair the text.

    Raises DecodeError for empty or whitespace-only input and for binary data.
    """
    text = repair_text(decode_raw(raw))
    if not text.strip():
        raise DecodeError(
            "the file holds no text after decoding (only control characters or "
            "whitespace); remove it or re-save it as UTF-8 text"
        )
    return text


def decode_raw(raw: bytes, declared_encoding: str | None = None) -> str:
    """Find the encoding and decode; no repair beyond that. Raises DecodeError.

    `declared_encoding` (an HTML page's meta charset) is used for bytes that are
    not UTF-8, before any guessing; a BOM or valid UTF-8 wins over it.
    """
    if not raw.strip(b" \t\r\n\x0b\x0c\x00"):
        raise DecodeError("the file is empty (or only whitespace); there is no article to read")
    for signature, what in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise DecodeError(
                f"binary data, not text: this is {what}; "
                "save the article as .txt, .html or .json(l), or remove the file"
            )
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding, errors="replace")
    utf16 = _sniff_utf16(raw)
    if utf16:
        return raw.decode(utf16, errors="replace")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        _refuse_binary(raw, MAX_CONTROL_SHARE)
        declared = _declared_codec(declared_encoding)
        if declared:
            try:
                return raw.decode(declared)
            except UnicodeDecodeError:
                pass
        return _decode_legacy(raw)
    _refuse_binary(raw, MAX_CONTROL_SHARE_UTF8)
    return text


def repair_text(text: str) -> str:
    """ftfy mojibake repair, LF line ends, control characters removed (\\n, \\t kept)."""
    text = _LINE_ENDS_RE.sub("\n", text)
    if _NEEDS_FTFY_RE.search(text):
        text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    if not text.isascii():
        text = _SURROGATES_RE.sub("", text)
    return _CONTROL_CHARS_RE.sub("", text)


def _sniff_utf16(raw: bytes) -> str | None:
    head = raw[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_zero = even.count(0) / len(even)
    odd_zero = odd.count(0) / len(odd)
    if odd_zero >= UTF16_ZERO_SHARE and even_zero <= UTF16_OTHER_SHARE:
        return "utf-16-le"
    if even_zero >= UTF16_ZERO_SHARE and odd_zero <= UTF16_OTHER_SHARE:
        return "utf-16-be"
    return None


def _refuse_binary(raw: bytes, max_share: float) -> None:
    # NUL padding at either end (an interrupted write) is not evidence of binary data.
    head = raw.strip(b"\x00")[:SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > max_share:
        raise DecodeError(
            f"binary data, not text: {controls} of the first {len(head)} bytes are "
            "control bytes (NUL and the like) and the file is not UTF-16; "
            "save the article as .txt, .html or .json(l), or remove the file"
        )


def _declared_codec(name: str | None) -> str | None:
    """A declared charset as a Python codec; Latin-1 and ASCII labels mean
    Windows-1252, as browsers read them (WHATWG Encoding)."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _decode_legacy(raw: bytes) -> str:
    """Not UTF-8: a legacy code page.

    Scraped Western news is Windows-1252 (a superset of Latin-1's printable
    range) far more often than anything else, and charset-normalizer misreads
    short cp1252 texts as cp1250 or cp864. So its guess is only trusted when it
    decodes the letters into a non-Latin script (Cyrillic, Greek, CJK...).
    """
    guess = charset_normalizer.from_bytes(raw[:65536]).best()
    if guess is not None and guess.encoding not in ("ascii", "utf_8"):
        candidate = raw.decode(guess.encoding, errors="replace")
        if _mostly_non_latin_letters(candidate):
            return candidate
    # The five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are C1
    # control characters in Latin-1, which repair_text would drop anyway.
    return raw.decode("cp1252", errors="ignore")


def _mostly_non_latin_letters(text: str) -> bool:
    letters = [c for c in text[:4000] if c.isalpha() and not c.isascii()]
    if not letters:
        return False
    non_latin = sum(1 for c in letters if not unicodedata.name(c, "LATIN").startswith("LATIN"))
    return non_latin / len(letters) > 0.5
