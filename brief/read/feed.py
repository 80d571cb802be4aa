"""RSS and Atom feeds to one ``Extracted`` per entry, via feedparser."""

from __future__ import annotations

import calendar
import io
from datetime import UTC, datetime
from typing import Any

import feedparser

from brief.errors import InputError
from brief.read.decode import normalise_newlines
from brief.read.html import Extracted, html_to_text

__all__ = ["parse_feed"]

_MARKUP_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def parse_feed(data: bytes, name: str) -> tuple[list[Extracted], list[str]]:
    """Every entry with text, and one note per entry skipped or XML problem tolerated.

    Raises:
        InputError: the XML is broken, the feed has no entries, or no entry has text.
    """
    # A stream, so feedparser never takes the data for a URL or a file name and fetches it.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.bozo:
            reason = parsed.get("bozo_exception", "unreadable XML")
            raise InputError(
                f"{name} is not a valid RSS or Atom feed ({reason}): fix the XML or download it again"
            )
        raise InputError(f"feed {name} has no entries: check the feed address or try again when it has items")
    found: list[Extracted] = []
    notes: list[str] = []
    for number, entry in enumerate(parsed.entries, start=1):
        extracted = _entry(entry)
        if extracted is None:
            notes.append(f"{name}: entry {number} ({_title(entry) or 'untitled'}) has no text; skipped")
        else:
            found.append(extracted)
    if not found:
        raise InputError(f"no entry in feed {name} has text: use a feed that includes summaries or content")
    if parsed.bozo:
        notes.append(
            f"{name} has XML errors ({parsed.get('bozo_exception')}); read {len(found)} entries anyway"
        )
    return found, notes


def _entry(entry: Any) -> Extracted | None:
    """The entry's full content if present, else its summary; None when neither has text."""
    detail = entry.get("content") or []
    part = detail[0] if detail and detail[0].get("value", "").strip() else entry.get("summary_detail")
    text = _plain(part.get("value", ""), part.get("type", "")) if part else ""
    if not text.strip():
        return None
    return Extracted(
        text=text,
        title=_title(entry),
        url=entry.get("link") or None,
        published=_published(entry),
        author=entry.get("author") or None,
    )


def _plain(value: str, kind: str) -> str:
    return html_to_text(value) if kind in _MARKUP_TYPES else normalise_newlines(value).strip()


def _title(entry: Any) -> str | None:
    detail = entry.get("title_detail") or {}
    return _plain(entry.get("title", ""), detail.get("type", "")) or None


def _published(entry: Any) -> str | None:
    """ISO 8601 (UTC) of the published time, else the updated time."""
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(moment), UTC).isoformat() if moment else None
