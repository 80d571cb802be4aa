"""A day's inbox: article files, folders, feed files and ``.urls`` link lists, plus the feed URLs in
the settings, deduplicated.

Links and feed URLs are fetched by a :class:`~brief.read.fetch.Fetcher` (timeouts, size cap, conditional
GET with the page cache); tests pass one with their own transport. A link or feed that cannot be fetched
or parsed does not stop the day: it is one line in :attr:`Inbox.failed`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from brief.errors import InputError
from brief.read.articles import Article, article_from_text
from brief.read.duplicates import find_duplicates
from brief.read.feed import parse_feed
from brief.read.fetch import Fetcher
from brief.read.inputs import MAX_BYTES, read_inputs

__all__ = ["Inbox", "collect_inbox"]


@dataclass(frozen=True)
class Inbox:
    """Articles to brief (duplicates removed), notes on what was skipped, and sources that failed."""

    articles: tuple[Article, ...]
    skipped: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()


def collect_inbox(
    paths: Sequence[Path],
    feeds: Sequence[str] = (),
    *,
    fetcher: Fetcher | None = None,
    max_bytes: int = MAX_BYTES,
) -> Inbox:
    """Read every path, fetch every link of its ``.urls`` files and every feed URL; duplicates (same
    content, URL or normalised text) are kept once, as the copy with the most metadata.

    Args:
        fetcher: downloads links and feeds (default: a ``Fetcher()`` without a page cache).

    Raises:
        InputError: a path does not exist, or nothing at all could be read (the message says what to add).
    """
    for path in paths:
        if not path.exists():
            raise InputError(f"inbox {path} not found: check the path")
    if fetcher is None:
        with Fetcher() as own:
            return collect_inbox(paths, feeds, fetcher=own, max_bytes=max_bytes)
    read = _Reading()
    for path in paths:
        read.path(path, max_bytes, fetcher)
    for url in feeds:
        read.feed(url, fetcher)
    kept, duplicates = find_duplicates(read.articles)
    read.skipped += [d.note() for d in duplicates]
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

    def path(self, path: Path, max_bytes: int, fetcher: Fetcher) -> None:
        """A file or folder; a file or a link that cannot be read fails, an empty folder is skipped."""
        try:
            result = read_inputs([path], max_bytes=max_bytes, links=fetcher.article)
        except InputError as exc:
            (self.failed if path.is_file() else self.skipped).append(str(exc))
            return
        self.articles += result.articles
        self.skipped += result.skipped
        self.failed += result.failed

    def feed(self, url: str, fetcher: Fetcher) -> None:
        """A feed URL: every entry with text."""
        try:
            entries, notes = parse_feed(fetcher.feed(url), url)
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
