"""One raw file (name + bytes) -> the articles it holds, as RawDocument records.

The file name's extension picks the reader (a trailing `.gz` is unwrapped first):

- `.txt`, `.md`    one article; text as decoded, metadata from byline shapes
                   (transforms.metadata) and from YAML front matter in `.md`;
- `.html`, `.htm`  one article; trafilatura's main text, its separate comment
                   block, and the page's own metadata (title, author, date,
                   site name, URL), completed from byline shapes of the text;
- `.jsonl`         one article per line; `.json`: one object or a list of them.
                   Field names of NELA-GT, news-please and the generic
                   content/text/body are understood (see the *_FIELDS constants).

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

import copy
import datetime as dt
import gzip
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import trafilatura
from trafilatura.xpaths import REMOVE_COMMENTS_AND_LISTS_XPATH

from transforms.decode import DecodeError, decode_bytes, decode_raw, repair_text
from transforms.metadata import (
    Byline,
    domain_of,
    extract_byline,
    extract_title,
    merge_bylines,
    parse_date,
)

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

# --- json field names, first present wins ---------------------------------------
# NELA-GT: id, date, source, title, content, author, url, published, published_utc
# news-please: title, maintext, authors (list), date_publish, source_domain, url, language
# generic (the contract): content / text / body, title, url, source, author, published / date
ID_FIELDS = ("id", "_id", "article_id")
TEXT_FIELDS = ("content", "maintext", "text", "body", "article_text", "full_text")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
PUBLISHER_FIELDS = ("publisher", "source", "source_domain", "sitename", "site_name", "outlet")
# NELA's `date` is the publication day; `published` the site's own timestamp string;
# `published_utc` epoch seconds. news-please: `date_publish` ("2018-04-19 10:00:00").
DATE_FIELDS = (
    "published_date",
    "date_publish",
    "published",
    "published_utc",
    "date",
    "publish_date",
    "pubdate",
    "date_published",
    "datePublished",
)
LANGUAGE_FIELDS = ("language", "lang")
COMMENTS_FIELDS = ("comments", "comments_text")
# Keys under which a .json object may wrap its list of records.
WRAPPER_FIELDS = ("articles", "records", "items", "data", "results", "documents")
# Text parts of a comment given as an object.
COMMENT_TEXT_FIELDS = ("text", "body", "content", "comment")

# Front matter of a markdown file (--- key: value ---), the keys read from it.
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n){0,60}?)---[ \t]*(?:\n|\Z)")
FRONT_MATTER_LINE_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")

# A fallback title (no headline line found) is cut at this many characters.
FALLBACK_TITLE_CHARS = 120

_DECLARED_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
# Where a browser's "Save page as" wrote the page's address, used when the page's
# metadata names no URL. (The save date next to it is not the publication date.)
SAVED_PAGE_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Internet Explorer / Chrome / Edge "mark of the web": <!-- saved from url=(0071)https://... -->
    re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE),
    # SingleFile extension: <!-- Page saved with SingleFile \n url: https://... \n saved date: ... -->
    re.compile(r"<!--\s*Page saved with SingleFile\s+url:\s*(https?://\S+)", re.IGNORECASE),
)
_HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})\b", re.IGNORECASE)


@dataclass(frozen=True)
class RawDocument:
    record_key: str
    text: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    publisher: str | None = None
    published_date: dt.date | None = None
    comments_text: str | None = None
    language_hint: str | None = None
    error: str | None = None
    content_hash: str | None = None


def is_supported(name: str) -> bool:
    """True when `parse_file` has a reader for this file name."""
    return format_of(name) is not None


def format_of(name: str) -> str | None:
    """'text' | 'html' | 'jsonl' | 'json' for a supported name (with or without .gz)."""
    base = PurePath(name).name.lower()
    if base.endswith(".gz"):
        base = base[:-3]
    return FORMATS.get(PurePath(base).suffix)


def record_content_hash(record: Any) -> str:
    """sha256 hex of a json record's canonical JSON (sorted keys, UTF-8, no ASCII escaping)."""
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
    # surrogatepass: a lone surrogate escape ("\ud83d") is valid JSON; hash it as is.
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


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
        return [_read_html(raw)]
    if kind == "jsonl":
        return _read_jsonl(decode_raw(raw))
    return _read_json(decode_raw(raw))


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
    byline = merge_bylines(_byline_from_fields(front), extract_byline(text))
    return RawDocument(
        record_key="",
        text=text,
        title=_first_str(front, TITLE_FIELDS) or _title_of(text),
        url=byline.url,
        author=byline.author,
        publisher=byline.publisher,
        published_date=byline.published_date,
        language_hint=_language_of(_first_str(front, LANGUAGE_FIELDS)),
    )


def _split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return text, {}
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        kv = FRONT_MATTER_LINE_RE.match(line)
        if kv:
            fields[kv.group("key").lower()] = kv.group("value").strip().strip("\"'")
        elif line.strip():
            return text, {}  # not simple key: value lines: leave the text as it is
    return text[match.end():], fields


def _title_of(text: str) -> str | None:
    title = extract_title(text)
    if title:
        return title
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first:
        return None
    if len(first) <= FALLBACK_TITLE_CHARS:
        return first
    return first[:FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0] + "…"


# --- html -----------------------------------------------------------------------


def _read_html(raw: bytes) -> RawDocument:
    declared = _DECLARED_CHARSET_RE.search(raw[:4096])
    html = decode_raw(raw, declared and (declared.group(1) or declared.group(2)).decode("ascii"))
    tree = trafilatura.load_html(html)
    if tree is None:
        raise DecodeError("the HTML page could not be parsed; nothing to load")
    meta = trafilatura.extract_metadata(
        _without_comment_section(tree),
        # Dates from the page's metadata and date elements only, never today's.
        date_config={"extensive_search": False, "original_date": True},
    )
    extracted = trafilatura.bare_extraction(tree, include_comments=True, include_tables=True)
    if extracted is None or not (extracted.text or "").strip():
        # Too little for trafilatura's main-text detection: keep the page's whole
        # text rather than losing the article.
        text, comments = trafilatura.html2txt(html) or "", None
    else:
        text, comments = extracted.text, extracted.comments
    text = _paragraphs(repair_text(text or ""))
    if not text.strip():
        raise DecodeError("the HTML page holds no readable text; nothing to load")
    page = Byline(
        author=_clean_str(meta.author),
        publisher=_clean_str(meta.sitename) or _clean_str(meta.hostname),
        published_date=parse_date(meta.date),
        url=_clean_str(meta.url) or _saved_page_url(html),
    )
    byline = merge_bylines(page, extract_byline(text))
    lang = _HTML_LANG_RE.search(html[:5000])
    return RawDocument(
        record_key="",
        text=text,
        title=_clean_str(meta.title) or _title_of(text),
        url=byline.url,
        author=byline.author,
        publisher=byline.publisher,
        published_date=byline.published_date,
        comments_text=_paragraphs(repair_text(comments)) if comments and comments.strip() else None,
        language_hint=_language_of(lang.group(1) if lang else None),
    )


def _saved_page_url(html: str) -> str | None:
    head = html[:4000]
    for pattern in SAVED_PAGE_URL_PATTERNS:
        match = pattern.search(head)
        if match:
            return match.group(1)
    return None


def _without_comment_section(tree: Any) -> Any:
    """A copy of the page without its reader comments (trafilatura's own comment
    xpaths), so a comment's timestamp or author is never the article's."""
    pruned = copy.deepcopy(tree)
    for xpath in REMOVE_COMMENTS_AND_LISTS_XPATH:
        for node in xpath(pruned):
            parent = node.getparent()
            if parent is not None:
                parent.remove(node)
    return pruned


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph per line: separate them by a blank line."""
    return re.sub(r"\n+", "\n\n", text.strip())


# --- json -----------------------------------------------------------------------


def _read_jsonl(text: str) -> list[RawDocument]:
    documents: list[RawDocument] = []
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip().strip("\x00")
        if not line:
            continue
        key, where = f"line:{number}", f"line {number}"
        try:
            record = json.loads(line, strict=False)
        except json.JSONDecodeError as exc:
            documents.append(_bad_record(key, f"{where}: malformed JSON: {exc.msg} (column {exc.colno})"))
            continue
        documents.append(_record_document(record, key, where, seen))
    return documents


def _read_json(text: str) -> list[RawDocument]:
    try:
        data = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        if _looks_like_json_lines(text):
            return _read_jsonl(text)
        raise DecodeError(
            f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}; "
            "fix the file, or write one record per line as .jsonl so one bad record "
            "does not block the others"
        ) from exc
    if isinstance(data, dict):
        wrapped = _wrapped_records(data)
        if wrapped is None:
            record_key = _record_id(data) or ""
            return [_record_document(data, record_key, "the JSON object", set())]
        data = wrapped
    if not isinstance(data, list):
        raise DecodeError(
            f"the JSON file holds a {type(data).__name__}, not an article object or a list of them"
        )
    seen: set[str] = set()
    return [
        _record_document(record, f"index:{index}", f"record {index}", seen)
        for index, record in enumerate(data)
    ]


def _looks_like_json_lines(text: str) -> bool:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first.startswith("{"):
        return False
    try:
        return isinstance(json.loads(first, strict=False), dict)
    except json.JSONDecodeError:
        return False


def _wrapped_records(data: dict[str, Any]) -> list[Any] | None:
    """{"articles": [...]} and the like; None when the object is itself a record."""
    if _first_text(data) is not None:
        return None
    for key in WRAPPER_FIELDS:
        value = data.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
    return None


def _record_document(record: Any, default_key: str, where: str, seen: set[str]) -> RawDocument:
    if not isinstance(record, dict):
        return _bad_record(default_key, f"{where}: not a JSON object but a {_json_type(record)}")
    record_key = _record_id(record) or default_key
    if record_key in seen:  # the same id twice in one file: keep both, apart
        record_key = f"{record_key}@{default_key}"
    seen.add(record_key)
    body = _first_text(record)
    if body is None:
        return _bad_record(
            record_key,
            f"{where}: no article text (none of the fields {', '.join(TEXT_FIELDS)} holds text)",
        )
    text = repair_text(body)
    byline = merge_bylines(_byline_from_fields(record), extract_byline(text))
    title = _first_str(record, TITLE_FIELDS)
    return RawDocument(
        record_key=record_key,
        text=text,
        title=title or _title_of(text),
        url=byline.url,
        author=byline.author,
        publisher=byline.publisher,
        published_date=byline.published_date,
        comments_text=_comments_of(record),
        language_hint=_language_of(_first_str(record, LANGUAGE_FIELDS)),
        content_hash=record_content_hash(record),
    )


def _bad_record(record_key: str, error: str) -> RawDocument:
    return RawDocument(record_key=record_key, text="", error=error)


def _record_id(record: dict[str, Any]) -> str | None:
    for field in ID_FIELDS:
        value = record.get(field)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _first_text(record: dict[str, Any]) -> str | None:
    for field in TEXT_FIELDS:
        value = record.get(field)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n\n".join(v for v in value if v.strip())
        if isinstance(value, str) and value.strip():
            return value
    return None


def _byline_from_fields(record: dict[str, Any]) -> Byline:
    published = None
    for field in DATE_FIELDS:
        published = parse_date(record.get(field))
        if published is not None:
            break
    return Byline(
        author=_names(_first_value(record, AUTHOR_FIELDS)),
        publisher=_publisher_of(_names(_first_value(record, PUBLISHER_FIELDS))),
        published_date=published,
        url=_first_str(record, URL_FIELDS),
    )


def _publisher_of(value: str | None) -> str | None:
    """A domain ("www.strategic-culture.org") without its www; a name as it is."""
    if value and re.fullmatch(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/?", value):
        return domain_of(value)
    return value


def _comments_of(record: dict[str, Any]) -> str | None:
    value = _first_value(record, COMMENTS_FIELDS)
    if isinstance(value, str):
        return repair_text(value) if value.strip() else None
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                item = _first_str(item, COMMENT_TEXT_FIELDS)
            if isinstance(item, str) and item.strip():
                parts.append(repair_text(item.strip()))
        return "\n\n".join(parts) or None
    return None


def _names(value: Any) -> str | None:
    """An author / publisher value: a string, a list of them, or {"name": ...} objects."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        names = [_names(v) for v in value]
        value = ", ".join(n for n in names if n)
    return _clean_str(value)


def _first_value(record: dict[str, Any], fields: tuple[str, ...]) -> Any:
    for field in fields:
        value = record.get(field)
        if value not in (None, "", [], {}):
            return value
    return None


def _first_str(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = _clean_str(record.get(field))
        if value:
            return value
    return None


def _clean_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = re.sub(r"\s+", " ", repair_text(value)).strip()
    return value or None


def _language_of(value: str | None) -> str | None:
    """'en', 'en-US', 'EN_gb' -> 'en'; anything else -> None."""
    if not value:
        return None
    match = re.match(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z]+)?$", value.strip())
    return match.group(1).lower() if match else None


def _json_type(value: Any) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
