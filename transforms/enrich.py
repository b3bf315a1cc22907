"""Language and named entities for a batch of article and comment frames (pure: the NER
model is passed in)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from collections.abc import Callable

import polars as pl

from transforms.entities import extract_mentions, iter_resolved, mentions_for_language
from transforms.entities import mention_rows as mention_rows_of
from transforms.entity_names import canonical_key, choose_canonical, entity_id
from transforms.language import detect_languages

MENTION_KEYS = ("entity_id", "article_id", "comment_id", "mention_count", "first_offset", "label")


def add_languages(
    articles: pl.DataFrame, comments: pl.DataFrame, detect: Callable[[list[str]], list] = detect_languages
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Fill `language`/`language_confidence` of articles and `language` of comments.

    `detect` maps a list of texts to (code, confidence) pairs in order (default
    `transforms.language.detect_languages`; flows pass a multi-process one)."""
    langs = detect(articles["body"].fill_null("").to_list() + comments["body"].fill_null("").to_list())
    article_langs, comment_langs = langs[: articles.height], langs[articles.height :]
    articles = articles.with_columns(
        pl.Series("language", [lang for lang, _ in article_langs], dtype=pl.Utf8),
        pl.Series("language_confidence", [conf for _, conf in article_langs], dtype=pl.Float64),
    )
    comments = comments.with_columns(pl.Series("language", [lang for lang, _ in comment_langs], dtype=pl.Utf8))
    return articles, comments


def _ner_texts(articles: pl.DataFrame, comments: pl.DataFrame) -> list[tuple[str, str | None, str]]:
    """(article_id, comment_id or None for the body, text) of every text that gets NER, grouped by article."""
    comments_by_article: dict[str, list[tuple[str, str, str]]] = {}
    for article_id, comment_id, body, language in comments.select(
        "article_id", "comment_id", "body", "language"
    ).iter_rows():
        comments_by_article.setdefault(article_id, []).append((comment_id, body, language))
    texts = []
    for article_id, body, language in articles.select("article_id", "body", "language").iter_rows():
        if body and mentions_for_language(language or "unknown") is None:
            texts.append((article_id, None, body))
        for comment_id, comment_body, comment_language in comments_by_article.get(article_id, []):
            # a short comment is often 'unknown': it follows its article's language then
            lang = comment_language if comment_language not in (None, "unknown") else language
            if comment_body and mentions_for_language(lang or "unknown") is None:
                texts.append((article_id, comment_id, comment_body))
    return texts


# spaCy refuses texts over nlp.max_length (1,000,000 characters) and its memory grows with the
# text: a longer body (a 30 MB "article") goes to NER in pieces of at most this many characters,
# cut at paragraph breaks, with the offsets shifted back.
MAX_NER_CHARS = 100_000


def split_for_ner(text: str, limit: int = MAX_NER_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, each piece at most `limit` characters."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n\n", start, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        if cut <= start:
            cut = start + limit
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _extract_in_pieces(extract: Callable[[list[str]], list], texts: list[str]) -> list[list]:
    if not texts:
        return []
    owners: list[tuple[int, int]] = []
    pieces: list[str] = []
    for index, text in enumerate(texts):
        for offset, piece in split_for_ner(text):
            owners.append((index, offset))
            pieces.append(piece)
    found: list[list] = [[] for _ in texts]
    for (index, offset), mentions in zip(owners, extract(pieces)):
        found[index].extend(replace(m, start_char=m.start_char + offset) if offset else m for m in mentions)
    return found


def add_entities(
    articles: pl.DataFrame, comments: pl.DataFrame, nlp, n_process: int = 1,
    extract: Callable[[list[str]], list] | None = None,
) -> tuple[list[dict], list[dict]]:
    """Entity mention rows and per-surface rows for the bodies and comments NER supports.

    Comments are resolved against their article's body ("Kim" -> "Kim Jong-un"). Texts in a
    language without an NER model get no mentions (see transforms.entities). `extract` maps
    texts to their mentions in order (default: `extract_mentions` with `nlp`)."""
    texts = _ner_texts(articles, comments)
    if extract is None:
        def extract(batch: list[str]) -> list:
            return extract_mentions(batch, nlp, n_process=n_process)
    found = _extract_in_pieces(extract, [text for _, _, text in texts])
    by_article: dict[str, list[tuple[str | None, list]]] = {}
    for (article_id, comment_id, _), mentions in zip(texts, found):
        by_article.setdefault(article_id, []).append((comment_id, mentions))
    mention_rows: list[dict] = []
    surface_rows: list[dict] = []
    for article_id, parts in by_article.items():
        body = next((m for cid, m in parts if cid is None), [])
        in_comments = [(cid, m) for cid, m in parts if cid is not None]
        resolved = list(iter_resolved(body, [m for _, m in in_comments]))
        owners = [None] + [cid for cid, _ in in_comments]
        for comment_id, mentions in zip(owners, resolved):
            _rows_for_text(article_id, comment_id, mentions, mention_rows, surface_rows)
    return mention_rows, surface_rows


def _rows_for_text(article_id, comment_id, mentions, mention_rows: list, surface_rows: list) -> None:
    """entity_mentions rows (one per entity in this text, from transforms.entities.mention_rows)
    and the per-spelling counts the canonical `entities` table is built from."""
    rows = mention_rows_of(article_id, comment_id, mentions)
    names = Counter((entity_id(canonical_key(m.name, m.label)), m.name, m.label) for m in mentions)
    for row in rows:
        mention_rows.append({key: row[key] for key in MENTION_KEYS})
    for (eid, name, label), count in names.items():
        surface_rows.append({
            "entity_id": eid, "article_id": article_id, "comment_id": comment_id,
            "surface": name, "label": label, "mention_count": count,
        })


def canonical_entities(surfaces: pl.DataFrame) -> pl.DataFrame:
    """One row per entity (entity_id, name, label, aliases) from summed surface/label counts."""
    rows = []
    for (eid,), group in surfaces.group_by(["entity_id"], maintain_order=True):
        surface_counts: Counter = Counter()
        label_counts: Counter = Counter()
        for surface, label, count in group.select("surface", "label", "mention_count").iter_rows():
            surface_counts[surface] += count
            label_counts[label] += count
        name, label, aliases = choose_canonical(surface_counts, label_counts)
        rows.append({"entity_id": eid, "name": name, "label": label, "aliases": aliases})
    return pl.DataFrame(
        rows, schema={"entity_id": pl.Utf8, "name": pl.Utf8, "label": pl.Utf8, "aliases": pl.List(pl.Utf8)}
    )
