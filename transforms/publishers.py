"""One name per outlet, whatever the source called it (rule data: transforms/rules/publishers.json)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

RULES_FILE = Path(__file__).parent / "rules" / "publishers.json"
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}")


def _key(value: str) -> str:
    key = value.strip().lower()
    key = re.sub(r"^https?://", "", key)
    key = re.sub(r"^www\.", "", key)
    return key.rstrip("/")


@cache
def _index() -> dict[str, str]:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    index: dict[str, str] = {}
    for outlet in data["outlets"]:
        for spelling in [outlet["name"], *outlet["domains"], *outlet["aliases"]]:
            index[_key(spelling)] = outlet["name"]
    return index


def canonical_publisher(value: str | None) -> str | None:
    """The outlet's display name; an unlisted domain without 'www.'; else the value as given."""
    if value is None or not value.strip():
        return None
    key = _key(value)
    if key in _index():
        return _index()[key]
    if _DOMAIN.fullmatch(key):
        return key
    return value.strip()
