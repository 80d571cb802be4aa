"""A persistent response cache (SQLite) and the backend wrapper that consults it.

``CachingBackend(inner, cache)`` answers a request it has seen before from ``ResponseCache`` and
otherwise asks ``inner``. The key is :func:`~brief.backends.request_key.request_key` over the inner
engine and model, the messages, the schema and the options: ``max_tokens``, the wrapper's own
``options`` (``from_settings`` adds temperature and seed) and the options passed with the call (the
pipeline's ``"templates"``, via :func:`~brief.backends.request_key.send`). The caller's options are
passed on to ``inner`` unchanged; the wrapper's own are not.
Only complete replies are stored: ``finish_reason`` ``"stop"`` or ``None``, never a truncated one.

A cached reply is a :class:`CachedReply` (a ``Reply`` subclass) carrying the usage stored with it,
so the pipeline can show the tokens but skip the cost: ``isinstance(reply, CachedReply)``. The
counters ``hits`` and ``misses`` (calls that went to ``inner``) cover the backend's lifetime.

The cache is one SQLite file in WAL mode, shared safely by several threads (one connection behind a
lock) and several processes (SQLite's own locking).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brief.backends.base import Backend, Message, Reply
from brief.backends.request_key import merge_options, request_key, request_options, send
from brief.config import Settings
from brief.errors import ConfigError

__all__ = ["CACHE_FILE", "CachedReply", "CachingBackend", "ResponseCache"]

CACHE_FILE = "responses.sqlite3"
_CACHEABLE = ("stop", None)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    model TEXT NOT NULL,
    finish_reason TEXT,
    created REAL NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0
)
"""


@dataclass(frozen=True)
class CachedReply(Reply):
    """A reply served from the response cache; usage is what the original call reported."""

    key: str = ""


class ResponseCache:
    """Stored replies by request key in one SQLite file, opened on first use.

    Args:
        path: the SQLite file; its folder is created when the first reply is stored.

    Raises:
        ConfigError: the file is corrupt (fix: ``brief cache clear``) or cannot be opened.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> ResponseCache:
        """The cache file in ``settings.resolved_cache_dir``."""
        return cls(settings.resolved_cache_dir / CACHE_FILE)

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; the next call opens it again."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _error(self, exc: sqlite3.Error) -> ConfigError:
        if isinstance(exc, sqlite3.OperationalError):
            return ConfigError(
                f"response cache {self.path} cannot be used ({exc}): make it writable or set cache_dir"
            )
        return ConfigError(f"response cache {self.path} is corrupt ({exc}): run `brief cache clear`")

    def _connect(self) -> sqlite3.Connection:
        """The open connection (call with the lock held)."""
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(_SCHEMA)
            except sqlite3.Error:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Execute one statement under the lock, turning SQLite errors into ConfigError."""
        with self._lock:
            try:
                return self._connect().execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._error(exc) from exc

    def get(self, key: str) -> CachedReply | None:
        """The stored reply for ``key``, or ``None``."""
        rows = self._run(
            "SELECT text, prompt_tokens, completion_tokens, model, finish_reason "
            "FROM responses WHERE key = ?",
            (key,),
        )
        if not rows:
            return None
        self._run("UPDATE responses SET hits = hits + 1 WHERE key = ?", (key,))
        text, prompt_tokens, completion_tokens, model, finish_reason = rows[0]
        return CachedReply(text, prompt_tokens, completion_tokens, model, finish_reason, key=key)

    def put(self, key: str, reply: Reply) -> None:
        """Store ``reply`` under ``key``, replacing an older one."""
        self._run(
            "INSERT OR REPLACE INTO responses "
            "(key, text, prompt_tokens, completion_tokens, model, finish_reason, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                reply.text,
                reply.prompt_tokens,
                reply.completion_tokens,
                reply.model,
                reply.finish_reason,
                time.time(),
            ),
        )

    def clear(self) -> int:
        """Remove every stored reply and return how many there were; a corrupt file is deleted."""
        if not self.path.exists():
            return 0
        try:
            removed = int(self._run("SELECT COUNT(*) FROM responses")[0][0])
            self._run("DELETE FROM responses")
            self._run("VACUUM")
        except ConfigError as exc:
            if isinstance(exc.__cause__, sqlite3.OperationalError):
                raise  # locked or unwritable: deleting the file would not help
            self.close()
            for path in self._files():
                path.unlink(missing_ok=True)
            return 0
        return removed

    def stats(self) -> dict[str, Any]:
        """``entries``, ``bytes`` on disk, ``path`` and ``hits`` (replies served from the cache, ever)."""
        if not self.path.exists():
            return {"entries": 0, "bytes": 0, "path": str(self.path), "hits": 0}
        entries, hits = self._run("SELECT COUNT(*), COALESCE(SUM(hits), 0) FROM responses")[0]
        size = sum(p.stat().st_size for p in self._files() if p.exists())
        return {"entries": int(entries), "bytes": size, "path": str(self.path), "hits": int(hits)}

    def _files(self) -> list[Path]:
        return [Path(f"{self.path}{suffix}") for suffix in ("", "-wal", "-shm")]


class CachingBackend:
    """Serves repeated requests from a ResponseCache and sends the rest to ``inner``.

    Args:
        inner: the backend that makes real calls.
        cache: where replies are stored.
        options: added to every call's key, e.g. :func:`request_options` (not passed to ``inner``).

    Raises:
        ConfigError: from ``complete``, when the cache file is corrupt or cannot be opened.
        BackendError: from ``complete``, whatever ``inner`` raised.
    """

    accepts_options = True

    def __init__(
        self, inner: Backend, cache: ResponseCache, *, options: Mapping[str, Any] | None = None
    ) -> None:
        self.inner = inner
        self.cache = cache
        self.options = dict(options or {})
        self.engine = inner.engine
        self.model = inner.model
        self.context_window = inner.context_window
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, inner: Backend, settings: Settings) -> CachingBackend:
        """Wrap ``inner`` with the cache in ``settings.resolved_cache_dir`` and the settings' options."""
        return cls(inner, ResponseCache.from_settings(settings), options=request_options(settings))

    def close(self) -> None:
        """Close the cache."""
        self.cache.close()

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """A cached reply (a CachedReply) when there is one, else the inner backend's reply."""
        merged = merge_options(self.options, options, max_tokens)
        key = request_key(self.engine, self.model, messages, schema, merged)
        cached = self.cache.get(key)
        if cached is not None:
            with self._lock:
                self.hits += 1
            return cached
        with self._lock:
            self.misses += 1
        reply = send(self.inner, messages, schema, max_tokens=max_tokens, options=options)
        if reply.finish_reason in _CACHEABLE:
            self.cache.put(key, reply)
        return reply
