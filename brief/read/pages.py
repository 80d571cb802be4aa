"""The page cache: what a :class:`~brief.read.fetch.Fetcher` remembers of each page and feed it fetched.

One SQLite file (:data:`PAGES_FILE` in the cache folder) holds, by URL, the final address, the content
type, the ETag and Last-Modified validators and the body, so the next fetch of the URL is a conditional
GET and an unchanged page costs no download. ``brief cache clear`` empties it with :meth:`PageCache.clear`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brief.config import Settings
from brief.errors import ConfigError

__all__ = ["PAGES_FILE", "Fetched", "PageCache", "StoredPage"]

PAGES_FILE = "pages.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    content_type TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    body BLOB NOT NULL,
    fetched REAL NOT NULL
)
"""


@dataclass(frozen=True)
class Fetched:
    """A downloaded (or, when ``not_modified``, remembered) page or feed."""

    url: str  # as asked
    final_url: str  # after redirects
    content_type: str  # the media type without parameters, lower case; "" when the server gave none
    body: bytes
    charset: str | None = None
    not_modified: bool = False  # answered 304: the body is the cached one, nothing was downloaded


@dataclass(frozen=True)
class StoredPage:
    """A remembered page: where it ended up, its type and validators, and its body."""

    final_url: str
    content_type: str
    etag: str | None
    last_modified: str | None
    body: bytes


class PageCache:
    """Validators (ETag, Last-Modified) and bodies of fetched pages by URL, in one SQLite file.

    Raises:
        ConfigError: the file cannot be opened or is corrupt (the message says to delete it).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> PageCache:
        """The page cache in ``settings.resolved_cache_dir``."""
        return cls(settings.resolved_cache_dir / PAGES_FILE)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _execute(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                if self._conn is None:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    conn = sqlite3.connect(
                        self.path, timeout=30.0, check_same_thread=False, isolation_level=None
                    )
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute(_SCHEMA)
                    self._conn = conn
                return self._conn.execute(sql, params).fetchall()
            except (sqlite3.Error, OSError) as exc:
                raise ConfigError(
                    f"page cache {self.path} cannot be used ({exc}): delete it or set cache_dir"
                ) from exc

    def get(self, url: str) -> StoredPage | None:
        rows = self._execute(
            "SELECT final_url, content_type, etag, last_modified, body FROM pages WHERE url = ?", (url,)
        )
        if not rows:
            return None
        final_url, content_type, etag, last_modified, body = rows[0]
        return StoredPage(str(final_url), str(content_type), _opt(etag), _opt(last_modified), bytes(body))

    def put(self, fetched: Fetched, etag: str | None, last_modified: str | None) -> None:
        self._execute(
            "INSERT OR REPLACE INTO pages (url, final_url, content_type, etag, last_modified, body, fetched) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                fetched.url,
                fetched.final_url,
                fetched.content_type,
                etag,
                last_modified,
                fetched.body,
                time.time(),
            ),
        )

    def clear(self) -> int:
        """Forget every remembered page and return how many there were; a corrupt file is deleted."""
        if not self.path.exists():
            return 0
        try:
            removed = int(self._execute("SELECT COUNT(*) FROM pages", ())[0][0])
            self._execute("DELETE FROM pages", ())
            self._execute("VACUUM", ())
        except ConfigError as exc:
            if isinstance(exc.__cause__, sqlite3.OperationalError):
                raise  # locked or unwritable: deleting the file would not help
            self.close()
            for suffix in ("", "-wal", "-shm"):
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            return 0
        return removed


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
