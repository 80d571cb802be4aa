"""Assemble the backend stack for a run: model, then the response cache, then recording."""

from __future__ import annotations

from brief.backends import make_backend
from brief.backends.base import Backend
from brief.config import Settings

__all__ = ["open_backend"]


def open_backend(settings: Settings) -> Backend | None:
    """The configured backend wrapped for recording and caching; ``None`` for the extractive engine.

    Raises:
        ConfigError: the engine cannot be set up (missing key, model file, replay folder).
    """
    backend = make_backend(settings)
    if backend is None:
        return None
    if settings.use_cache and backend.engine != "replay":
        from brief.backends.cache import CachingBackend

        backend = CachingBackend.from_settings(backend, settings)
    if settings.record_dir is not None:  # outside the cache, so a cached reply is recorded too
        from brief.backends.replay import RecordingBackend

        backend = RecordingBackend.from_settings(backend, settings)
    return backend
