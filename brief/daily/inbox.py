"""A day's inbox: article files, folders and feed files, plus the feed URLs in the settings, deduplicated.

Feed URLs are fetched through a :data:`Fetch` function (``url -> bytes``), so tests and callers can
pass their own; :func:`http_fetch` (httpx) is the default. A feed that cannot be fetched or parsed
does not stop the day: it is reported in :attr:`Inbox.failed`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from brief._version import __version__
from brief.errors import InputError
from brief.read.articles import MAX_BYTES, Article, article_from_text, partition_duplicates, read_inputs
from brief.read.feed import parse_feed

__all__ = ["Fetch", "Inbox", "collect_inbox", "http_fetch"]

Fetch = Callable[[str], bytes]
TIMEOUT = 30.0


@dataclass(frozen=True)
class Inbox:
    """Articles to brief (duplicates removed), notes on what was skipped, and sources that failed."""

    articles: tuple[Article, ...]
    skipped: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()


def http_fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """GET ``url`` (redirects followed) and return the body.

    Raises:
        InputError: the request failed, the status is not 2xx, or the body is over ``max_bytes``.
    """
    headers = {"User-Agent": f"brief/{__version__} (+feed reader)"}
    try:
        with httpx.stream("GET", url, headers=headers, timeout=timeout, follow_redirects=True) as response:
            if not response.is_success:
                raise InputError(f"feed {url} answered HTTP {response.status_code}: check the address")
            data = b""
            for part in response.iter_bytes():
                data += part
                if len(data) > max_bytes:
                    raise InputError(f"feed {url} is over {max_bytes:,} bytes: use a shorter feed")
            return data
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch feed {url} ({type(exc).__name__}: {exc}): check the address") from exc


def collect_inbox(
    paths: Sequence[Path],
    feeds: Sequence[str] = (),
    *,
    fetch: Fetch | None = None,
    max_bytes: int = MAX_BYTES,
) -> Inbox:
    """Read every path and fetch every feed URL; duplicates (same content or URL) are kept once.

    Raises:
        InputError: a path does not exist, or nothing at all could be read (the message says what to add).
    """
    for path in paths:
        if not path.exists():
            raise InputError(f"inbox {path} not found: check the path")
    read = _Reading()
    for path in paths:
        read.path(path, max_bytes)
    for url in feeds:
        read.feed(url, fetch or http_fetch)
    kept, dropped = partition_duplicates(read.articles)
    read.skipped += [f"{a.source}: {a.title!r} repeats an earlier article; skipped" for a in dropped]
    if not kept:
        where = ", ".join(map(str, paths)) or "no inbox folder"
        raise InputError(_nothing_message(where, feeds, read.failed))
    return Inbox(tuple(kept), tuple(read.skipped), tuple(read.failed))


@dataclass
class _Reading:
    """What has been read so far, with notes on what was skipped and what failed."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def path(self, path: Path, max_bytes: int) -> None:
        """A file or folder; a file that cannot be read fails, a folder without articles is skipped."""
        try:
            result = read_inputs([path], max_bytes=max_bytes)
        except InputError as exc:
            (self.failed if path.is_file() else self.skipped).append(str(exc))
            return
        self.articles += result.articles
        self.skipped += result.skipped

    def feed(self, url: str, fetch: Fetch) -> None:
        """A feed URL: every entry with text."""
        try:
            entries, notes = parse_feed(fetch(url), url)
        except InputError as exc:
            self.failed.append(str(exc))
            return
        self.articles += [
            article_from_text(
                e.text, source=url, title=e.title, url=e.url, published=e.published, author=e.author
            )
            for e in entries
        ]
        self.skipped += notes


def _nothing_message(where: str, feeds: Sequence[str], failed: Sequence[str]) -> str:
    if failed:
        return f"no article could be read ({failed[0]})"
    if not feeds and where == "no inbox folder":
        return (
            "nothing to brief: pass an inbox folder, or set inbox = [...] (folders) or feeds = [...]"
            " (URLs) in brief.toml"
        )
    also = " or the configured feeds" if feeds else ""
    return f"no article found in {where}{also}: add .txt, .md, .html or feed files"
