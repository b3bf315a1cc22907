"""One raw file (name + bytes) -> the articles it holds, as RawDocument records.

The file name's extension picks the reader (a trailing `.gz` is unwrapped first):

- `.txt`, `.md`    one article; text as decoded with hard-wrapped paragraphs
                   rejoined (transforms.hard_wrap), metadata from byline shapes
                   (transforms.metadata) and from YAML front matter in `.md`;
- `.html`, `.htm`  one article; trafilatura's main text, its separate comment
                   block, and the page's own metadata (title, author, date,
                   site name, URL), completed from byline shapes of the text;
- `.jsonl`         one article per line; `.json`: one object or a list of them.
                   Field names of NELA-GT, news-please and the generic
                   content/text/body are understood (transforms.json_records).

(HTML in transforms.html_page, JSON in transforms.json_records; the record
type, RawDocument, in transforms.raw_document. All re-exported here.)

Errors: a file that cannot be read at all (binary data, empty, corrupt gzip,
unparseable `.json`, unsupported extension) raises `DecodeError` (a ValueError)
with a readable reason. A bad record inside a json file does not raise: it comes
back as `RawDocument(record_key="line:7", text="", error="line 7: ...")` so the
rest of the file loads.

Ids: a single-article file's content hash is the hash of its bytes (computed by
the caller; `content_hash` is None here). A json record's is
`record_content_hash(record)`: sha256 of its canonical JSON, so the same record
in a .jsonl, a .json list or a .json.gz is one article.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import PurePath

from transforms.decode import DecodeError, decode_bytes, decode_raw
from transforms.hard_wrap import unwrap_hard_breaks
from transforms.html_page import read_html
from transforms.json_records import (
    LANGUAGE_FIELDS,
    TITLE_FIELDS,
    byline_from_fields,
    first_str,
    read_json,
    read_jsonl,
    record_content_hash,
)
from transforms.metadata import extract_byline, merge_bylines
from transforms.metadata_lines import READER_HEADER_RE
from transforms.metadata_title import clip_site_name, clipped_site_name
from transforms.raw_document import RawDocument, language_of, title_of
from transforms.pandoc_markdown import drop_line_break_marks, strip_pandoc_markup
from transforms.qa_threads import qa_byline
from transforms.text_dump import (
    drop_form_boxes, drop_image_placeholders, split_side_columns, strip_link_numbers, unbox_tables,
)

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "DecodeError",
    "RawDocument",
    "format_of",
    "is_supported",
    "parse_file",
    "record_content_hash",
]

# Extension -> reader family. Each is also read with a trailing ".gz".
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(FORMATS) + tuple(f"{ext}.gz" for ext in FORMATS)

# A .gz larger than this once unpacked is refused (a decompression bomb, not an article file).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024

# Front matter of a markdown file (--- key: value ---), the keys read from it.
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n){0,60}?)---[ \t]*(?:\n|\Z)")
FRONT_MATTER_LINE_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
FRONT_MATTER_ITEM_RE = re.compile(r"^\s+-\s+(?P<value>.+)$")  # an item of a YAML list value


def is_supported(name: str) -> bool:
    """True when `parse_file` has a reader for this file name."""
    return format_of(name) is not None


def format_of(name: str) -> str | None:
    """'text' | 'html' | 'jsonl' | 'json' for a supported name (with or without .gz)."""
    base = PurePath(name).name.lower()
    if base.endswith(".gz"):
        base = base[:-3]
    return FORMATS.get(PurePath(base).suffix)


def parse_file(name: str, raw: bytes) -> list[RawDocument]:
    """The articles of one file. Raises DecodeError when the file is unreadable as a whole."""
    kind = format_of(name)
    if kind is None:
        raise DecodeError(
            f"unsupported file type: {PurePath(name).name!r}; "
            f"supported endings are {', '.join(SUPPORTED_EXTENSIONS)}"
        )
    if name.lower().endswith(".gz"):
        raw = _gunzip(raw)
    if kind == "text":
        return [_read_text(raw, markdown=PurePath(name.lower().removesuffix(".gz")).suffix == ".md")]
    if kind == "html":
        return [read_html(raw)]
    if kind == "jsonl":
        return read_jsonl(decode_raw(raw))
    return read_json(decode_raw(raw))


# --- gzip -----------------------------------------------------------------------


def _gunzip(raw: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(MAX_UNPACKED_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DecodeError(
            f"corrupt or truncated gzip data ({exc}); re-compress the file or store it unpacked"
        ) from exc
    if len(data) > MAX_UNPACKED_BYTES:
        raise DecodeError(
            f"gzip unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB; split the file"
        )
    return data


# --- plain text / markdown --------------------------------------------------------


def _read_text(raw: bytes, markdown: bool) -> RawDocument:
    text = decode_bytes(raw)
    front: dict[str, str] = {}
    if markdown:
        text, front = _split_front_matter(text)
        if str(front.get("source", "")).startswith(("http://", "https://")):
            front.setdefault("url", front.pop("source"))  # a web clipper's 'source:' is the page's address
    if not front:
        front = reader_service_header(text)
    # pandoc's fences and attributes first (its fence lines are no wrapped prose); lynx wrapped
    # the numbered lines; a dump's side-by-side columns are split before lines are rejoined
    text = strip_link_numbers(drop_line_break_marks(unwrap_hard_breaks(split_side_columns(strip_pandoc_markup(drop_form_boxes(unbox_tables(drop_image_placeholders(text))))))))
    byline = merge_bylines(byline_from_fields(front), merge_bylines(qa_byline(text), extract_byline(text)))
    front_title = first_str(front, TITLE_FIELDS)
    return RawDocument(
        record_key="",
        text=text,
        title=clip_site_name(front_title, text) if front_title else title_of(text),
        url=byline.url,
        author=byline.author,
        publisher=byline.publisher or (clipped_site_name(front_title, text, byline.url) if front_title else None),
        published_date=byline.published_date,
        language_hint=language_of(first_str(front, LANGUAGE_FIELDS)),
    )


# The header a reader service writes above the page (transforms.metadata_lines.READER_HEADER_RE):
# its lines stay in the text (the boilerplate rules drop them); their values are the page's
# metadata, as front matter would be.


def reader_service_header(text: str) -> dict[str, str]:
    """title/url/published from a reader service's header at the top of `text`, else {}."""
    match = READER_HEADER_RE.match(text)
    if not match:
        return {}
    return {key: value.strip() for key, value in match.groupdict().items() if value and value.strip()}


def _split_front_matter(text: str) -> tuple[str, dict[str, str | list[str]]]:
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return text, {}
    fields: dict[str, str | list[str]] = {}
    key = None
    pending = ""  # a value not finished on its line: empty, or a quote not closed yet
    for line in match.group("body").splitlines():
        kv = FRONT_MATTER_LINE_RE.match(line)
        item = FRONT_MATTER_ITEM_RE.match(line)
        if pending and not item and line.strip() and (pending.strip() or not kv):
            # round 14a: a long value a wrapper broke over lines ('description: "Nach drei ...' /
            # 'Unterweser. Der Kreistag ..."'), or put under its empty key ('source:' / '"https://..."')
            pending = f"{pending} {line.strip()}".strip()
            fields[key] = _front_value(pending)
            pending = "" if _closed(pending) else pending
            continue
        pending = ""
        if kv:
            key = kv.group("key").lower()
            fields[key] = _front_value(kv.group("value"))
            value = kv.group("value").strip()
            pending = value if value.startswith(('"', "'")) and not _closed(value) else (" " if not value else "")
        elif item and key is not None and (fields[key] == "" or isinstance(fields[key], list)):
            # a YAML list under its key (web clippers: 'author:' / '  - "[[Name]]"')
            previous = fields[key] if isinstance(fields[key], list) else []
            fields[key] = [*previous, _front_value(item.group("value"))]
        elif line.strip():
            return text, {}  # not simple key: value lines: leave the text as it is
    return text[match.end():], fields


def _closed(value: str) -> bool:
    """A quoted front matter value whose closing quote is on the line ('"a b"'), or no quote."""
    return not value.startswith(('"', "'")) or (len(value) > 1 and value.endswith(value[0]))


def _front_value(value: str) -> str:
    """A front matter value without quotes and an Obsidian wiki link's brackets ('[[Name]]')."""
    value = value.strip().strip("\"'")
    return value[2:-2] if value.startswith("[[") and value.endswith("]]") else value
