"""Read articles from files, folders and stdin into ``Article`` values."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

__all__ = ["Article", "article_from_text"]


@dataclass(frozen=True)
class Article:
    """One article. ``id`` is a content hash of ``text``, so the same text always has the same id."""

    id: str
    title: str
    text: str
    source: str  # a path, a URL or "<stdin>"
    url: str | None = None
    published: str | None = None  # ISO date when known
    author: str | None = None


def content_id(text: str) -> str:
    """Stable content hash: sha256 of the whitespace-normalised text, first 16 hex digits."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def article_from_text(text: str, *, source: str, title: str | None = None, **extra: str | None) -> Article:
    """Build an ``Article``; the title defaults to the first non-empty line."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(id=content_id(text), title=(title or first)[:200], text=text, source=source, **extra)
