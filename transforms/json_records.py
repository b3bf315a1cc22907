"""JSON lines and JSON files -> one RawDocument per record.

Field names of NELA-GT, news-please and the contract's generic content/text/body
are understood (the *_FIELDS constants, first present wins). A bad record (a
malformed line, not an object, no text) comes back as an error RawDocument with
its line number; the rest of the file still loads. A record's content hash is
`record_content_hash(record)`: sha256 of its canonical JSON.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from typing import Any

from transforms.decode import DecodeError, repair_text
from transforms.metadata import Byline, domain_of, extract_byline, merge_bylines, parse_date
from transforms.metadata_outlets import domain_label, outlet_letters, spells_domain
from transforms.metadata_title import clip_site_name
from transforms.raw_document import RawDocument, clean_str, language_of, title_of

# --- json field names, first present wins ---------------------------------------
# NELA-GT: id, date, source, title, content, author, url, published, published_utc
# news-please: title, maintext, authors (list), date_publish, source_domain, url, language
# generic (the contract): content / text / body, title, url, source, author, published / date
ID_FIELDS = ("id", "_id", "article_id")
TEXT_FIELDS = ("content", "maintext", "text", "body", "article_text", "full_text")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
# trafilatura: `source-hostname` is the site's name, `hostname` its domain, `source` the page URL;
# newspaper3k: `source_url` is the site's root (its domain is the outlet when nothing names it);
# round 13d: a custom Scrapy item's `site` (its spider's outlet name)
PUBLISHER_FIELDS = ("publisher", "source", "source-hostname", "source_domain", "sitename", "site_name", "site",
                    "outlet", "hostname", "source_url")
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


def record_content_hash(record: Any) -> str:
    """sha256 hex of a json record's canonical JSON (sorted keys, UTF-8, no ASCII escaping)."""
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
    # surrogatepass: a lone surrogate escape ("\ud83d") is valid JSON; hash it as is.
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


# --- json -----------------------------------------------------------------------


def read_jsonl(text: str) -> list[RawDocument]:
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


def read_json(text: str) -> list[RawDocument]:
    try:
        data = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        if _looks_like_json_lines(text):
            return read_jsonl(text)
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
    fields, printed = byline_from_fields(record), extract_byline(text)
    byline = merge_bylines(fields, printed)
    if printed.publisher and fields.publisher and spells_domain(printed.publisher, fields.publisher):
        byline = replace(byline, publisher=printed.publisher)  # 'Harbor Line Post' for harborlinepost.com
    elif fields.publisher and byline.publisher == fields.publisher and (named := printed_domain_name(text, fields.publisher)):
        byline = replace(byline, publisher=named)  # '© 2025 Diário do Mondego.' for diariodomondego.pt
    elif not byline.publisher and byline.url and (host := domain_of(byline.url)) and (named := printed_domain_name(text, host)):
        byline = replace(byline, publisher=named)  # only a url: footer 'Folha do Vale © 2026' for folhadovale.com.br
    title = first_str(record, TITLE_FIELDS)  # a crawler's <title>: 'Headline | Site' (round 26a)
    return RawDocument(
        record_key=record_key,
        text=text,
        title=clip_site_name(title, text) if title else title_of(text),
        url=byline.url,
        author=byline.author,
        publisher=byline.publisher,
        published_date=byline.published_date,
        comments_text=_comments_of(record),
        language_hint=language_of(first_str(record, LANGUAGE_FIELDS)),
        content_hash=record_content_hash(record),
    )


NAME_SPAN_MAX_WORDS = 6  # an outlet's name: 'El Heraldo del Cierzo', 'Diário do Mondego'
_WORD_RE = re.compile(r"[\w'’-]+")


def printed_domain_name(text: str, domain: str) -> str | None:
    """The outlet's name as the page prints it, when the record gives only its domain (session 13:
    '© 2025 Diário do Mondego.' for diariodomondego.pt, a photo credit '(Theo Marchetti / Bayside
    Dispatch)' for baysidedispatch.com): the first run of at most NAME_SPAN_MAX_WORDS words, from
    a capitalised one to a capitalised one, whose letters spell the domain's first label; a leading
    article the page prints stays ('El Heraldo del Cierzo')."""
    label = domain_label(domain)
    if len(label) < 4:
        return None
    for line in text.split("\n"):
        if label not in outlet_letters(line):
            continue  # one cheap test per line: the name's letters must be in it
        words = list(_WORD_RE.finditer(line))
        for i, first in enumerate(words):
            if not first.group()[:1].isupper():
                continue
            for last in words[i : i + NAME_SPAN_MAX_WORDS]:
                name = line[first.start() : last.end()]
                if last.group()[:1].isupper() and outlet_letters(name) == label:
                    return name
    return None


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


def byline_from_fields(record: dict[str, Any]) -> Byline:
    published = None
    for field in DATE_FIELDS:
        published = parse_date(record.get(field))
        if published is not None:
            break
    return Byline(
        author=_names(_first_value(record, AUTHOR_FIELDS)),
        publisher=_publisher_of(next((name for field in PUBLISHER_FIELDS
                                      if (name := _names(record.get(field))) and not _PAGE_URL.match(name)), None)),
        published_date=published,
        url=first_str(record, URL_FIELDS),
    )


_PAGE_URL = re.compile(r"https?://\S+/\S")  # a page's address (trafilatura's `source`), not an outlet


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
                item = first_str(item, COMMENT_TEXT_FIELDS)
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
    return clean_str(value)


def _first_value(record: dict[str, Any], fields: tuple[str, ...]) -> Any:
    for field in fields:
        value = record.get(field)
        if value not in (None, "", [], {}):
            return value
    return None


def first_str(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = clean_str(record.get(field))
        if value:
            return value
    return None


def _json_type(value: Any) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
