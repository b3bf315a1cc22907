"""From one raw file to article and comment records: the glue of the cleaning transforms.

Pure: bytes and names in, plain records out. The flow turns the records of a batch into
polars frames. Language and entities are added later, per batch (transforms.enrich).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

from transforms.boilerplate import clean_body
from transforms.comment_lines import BOILER, classify_all
from transforms.comments import CommentSection, split_comment_block, split_comment_section
from transforms.decode import DecodeError
from transforms.flat_layout import (
    article_span, flat_layout, flatten, leading_lines, regroup, rejoin_split_attributions, without_lines,
)
from transforms.metadata import extract_byline, extract_title
from transforms.publishers import canonical_publisher
from transforms.qa_threads import read_qa_thread
from transforms.rules import noise_line_regex
from transforms.readers import RawDocument, parse_file


@dataclass
class DocumentRecords:
    articles: list[dict[str, Any]] = field(default_factory=list)
    comments: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def article_id_for(content_hash: str) -> str:
    return content_hash[:16]


def comment_id_for(article_id: str, position: int) -> str:
    return f"{article_id}-c{position:04d}"


def count_words(text: str | None) -> int:
    return len(text.split()) if text else 0


def file_quarantine(source_file: str, reason: str, check: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A quarantine record for a file no article could be made from."""
    payload = {"source_file": source_file, "reason": reason, **(extra or {})}
    return {
        "record_type": "file",
        "record_key": source_file,
        "source_file": source_file,
        "failed_checks": [check],
        "payload": json.dumps(payload, ensure_ascii=False, default=str),
    }


# A page whose first lines are all comment-widget lines ("Subscribe", "Notify of", "16 Comments")
# is a saved comment thread with no article: it is split as comments only, and the article,
# left without title and body, is quarantined by validation with its comments. A cookie banner
# and its buttons ("Accept all", "Only necessary", "Settings") are noise lines too, but page
# boilerplate, not a widget's: a page opening with them alone is an article (round 22b).
LEADING_WIDGET_LINES_FOR_ONLY_COMMENTS = 3


def _starts_with_widget_lines(text: str) -> bool:
    noise = noise_line_regex()
    lines = [line.strip() for line in text.splitlines() if line.strip()][:LEADING_WIDGET_LINES_FOR_ONLY_COMMENTS]
    return (len(lines) == LEADING_WIDGET_LINES_FOR_ONLY_COMMENTS and all(noise.fullmatch(line) for line in lines)
            and any(line.kind != BOILER for line in classify_all(lines)))


def _read_qa_thread(doc: RawDocument) -> RawDocument:
    """A Q&A page (transforms.qa_threads): the page up to the question's text, its answers and
    comments as the comment section (the reader took the asker and the day asked as byline facts)."""
    qa = read_qa_thread(doc.text) if doc.comment_section is None and not doc.comments_text else None
    return doc if qa is None else replace(doc, text=qa.article, comment_section=qa.section)


def _split_comments(doc: RawDocument) -> tuple[str, CommentSection]:
    if doc.comment_section is not None:
        return doc.text, doc.comment_section
    if doc.comments_text:
        return doc.text, split_comment_block(doc.comments_text)
    article_text, section = split_comment_section(doc.text)
    if not section.comments and _starts_with_widget_lines(doc.text):
        only_comments = split_comment_block(doc.text)
        if only_comments.comments:
            return "", only_comments
    return article_text, section


def build_article(doc: RawDocument, source_file: str, collection: str, content_hash: str) -> tuple[dict, list[dict]]:
    """One article record and its comment records from a parsed document."""
    layout = flat_layout(doc.text)  # saved without paragraph breaks: see transforms.flat_layout
    page = doc.text
    joined: list[int] = []
    if layout:
        flat, joined = rejoin_split_attributions(flatten(page, layout))
        doc = replace(doc, text=flat)
    doc = _read_qa_thread(doc)
    article_text, section = _split_comments(doc)
    if layout:
        kept, dropped = article_span(doc.text, article_text)  # a line the split left out (a signature)
        kept += sum(1 for j in joined if j < kept)  # a rejoined author line was two lines of the page
        article_text = regroup(without_lines(leading_lines(page, kept), dropped), layout)
    byline = extract_byline(article_text)
    title = doc.title or extract_title(article_text)
    body = clean_body(article_text, title, doc.author or byline.author)
    article_id = article_id_for(content_hash)
    comments = [
        {
            "comment_id": comment_id_for(article_id, c.position),
            "article_id": article_id,
            "position": c.position,
            "author": c.author,
            "body": c.body,
            "parent_position": c.parent_position,
            "posted_at": c.posted_at,
            "word_count": count_words(c.body),
        }
        for c in section.comments
    ]
    article = {
        "article_id": article_id,
        "source_file": source_file,
        "collection": collection,
        "publisher": canonical_publisher(doc.publisher or byline.publisher),
        "url": doc.url or byline.url,
        "title": title,
        "author": doc.author or byline.author,
        "published_date": doc.published_date or byline.published_date,
        "body": body,
        "word_count": count_words(body),
        "declared_comment_count": section.declared_count,
        "comment_count": len(comments),
        "content_hash": content_hash,
    }
    return article, comments


def build_records(source_file: str, collection: str, file_hash: str, raw: bytes) -> DocumentRecords:
    """Articles, comments and quarantine records of one file (never raises on bad input)."""
    records = DocumentRecords()
    try:
        documents = parse_file(source_file, raw)
    except DecodeError as exc:
        records.quarantine.append(file_quarantine(source_file, str(exc), "file_is_decodable_text"))
        return records
    except Exception as exc:  # a reader bug must not stop the run: quarantine with the reason
        reason = f"could not parse: {type(exc).__name__}: {exc}"
        records.quarantine.append(file_quarantine(source_file, reason, "file_is_parseable"))
        return records
    if not documents:
        records.quarantine.append(file_quarantine(source_file, "no article found in the file", "file_has_article"))
        return records
    for doc in documents:
        if doc.error:
            records.quarantine.append(
                {
                    "record_type": "article",
                    "record_key": f"{source_file}#{doc.record_key}",
                    "source_file": source_file,
                    "failed_checks": ["record_is_parseable"],
                    "payload": json.dumps({"record_key": doc.record_key, "reason": doc.error}, ensure_ascii=False),
                }
            )
            continue
        try:
            article, comments = build_article(doc, source_file, collection, doc.content_hash or file_hash)
        except Exception as exc:
            records.quarantine.append(
                file_quarantine(source_file, f"cleaning failed: {type(exc).__name__}: {exc}", "record_is_cleanable",
                                {"record_key": doc.record_key})
            )
            continue
        records.articles.append(article)
        records.comments.extend(comments)
    return records
