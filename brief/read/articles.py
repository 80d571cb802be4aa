"""The ``Article`` value: an article's text with its source and metadata, and how one is built.

Text keeps its characters exactly (evidence is quoted verbatim from it). ``id`` is a content hash, so
the same text always has the same id; the title defaults to the first headline-like line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from brief.errors import InputError
from brief.read.lang import language_note

__all__ = ["MAX_CHARS", "Article", "article_from_text", "check_length", "content_id", "title_line"]

# Per article: extraction needs ~1 GB and a minute of CPU at this size (a long feature is ~50,000).
MAX_CHARS = 500_000


@dataclass(frozen=True)
class Article:
    """One article. ``id`` is a content hash of ``text``, so the same text always has the same id."""

    id: str
    title: str
    text: str
    source: str  # a path, a URL or "<stdin>"
    url: str | None = None
    published: str | None = None  # ISO 8601 date or date-time when known
    author: str | None = None
    notes: tuple[str, ...] = ()  # how it was read, e.g. "not valid UTF-8; decoded as cp1252"


def content_id(text: str) -> str:
    """Stable content hash: sha256 of the whitespace-normalised text, first 16 hex digits."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


_BOILERPLATE = re.compile(
    r"^(skip to (main )?content|advertisement|sign in|log in|subscribe|menu|share( this)?|"
    r"cookie.*|accept( all)?( cookies)?|home|search|close|[\w .&-]{0,24}:)$",
    re.IGNORECASE,
)


def title_line(text: str) -> str:
    """The first line that reads as a headline: not navigation boilerplate, not a byline stub."""
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    for line in lines[:12]:
        if not _BOILERPLATE.match(line) and len(line.split()) >= 2:
            return line
    return lines[0] if lines else ""


def article_from_text(
    text: str, *, source: str, title: str | None = None, notes: tuple[str, ...] = (), **extra: str | None
) -> Article:
    """Build an ``Article``; the title defaults to the first headline-like line, without Markdown ``#``.

    A note is added when the text does not look like English.
    """
    first = title_line(text)
    language = language_note(text)
    notes = (*notes, language) if language else notes
    return Article(
        id=content_id(text), title=(title or first)[:200], text=text, source=source, notes=notes, **extra
    )


def check_length(text: str, source: str) -> None:
    """Raise InputError when ``text`` is longer than one article may be (:data:`MAX_CHARS`)."""
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{source} has {len(text):,} characters, over the {MAX_CHARS:,} limit for one article: "
            "split it into articles"
        )
