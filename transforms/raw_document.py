"""The record a reader returns for one article, and helpers all readers share."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from transforms.comment_drafts import CommentSection
from transforms.decode import repair_text
from transforms.metadata import extract_title

# A fallback title (no headline line found) is cut at this many characters.
FALLBACK_TITLE_CHARS = 120


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
    # The comments as the page's markup shows them (an HTML page whose widget a rule of
    # transforms/rules/html_comments.json knows); then comments_text is not used.
    comment_section: CommentSection | None = None
    language_hint: str | None = None
    error: str | None = None
    content_hash: str | None = None


def title_of(text: str) -> str | None:
    title = extract_title(text)
    if title:
        return title
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first:
        return None
    if len(first) <= FALLBACK_TITLE_CHARS:
        return first
    return first[:FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def clean_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = re.sub(r"\s+", " ", repair_text(value)).strip()
    return value or None


def language_of(value: str | None) -> str | None:
    """'en', 'en-US', 'EN_gb' -> 'en'; anything else -> None."""
    if not value:
        return None
    match = re.match(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z]+)?$", value.strip())
    return match.group(1).lower() if match else None
