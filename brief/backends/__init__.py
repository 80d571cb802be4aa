"""Model backends and the one place an engine name becomes a backend.

Engines: ``openai`` (any OpenAI-compatible endpoint), ``local`` (embedded llama.cpp), ``replay``
(recorded replies), ``extractive`` (no model at all: ``None``), and ``auto``, which picks ``openai``
when a base URL or API key is configured and ``local`` otherwise. Backend modules are imported only
when chosen, so a missing optional dependency only matters to the engine that needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from brief.backends.base import Backend, Message, Reply
from brief.config import Settings
from brief.errors import ConfigError

__all__ = ["FACTORIES", "Backend", "Message", "Reply", "make_backend", "resolve_engine"]


def _openai(settings: Settings) -> Backend:
    from brief.backends.openai_backend import OpenAIBackend

    return OpenAIBackend.from_settings(settings)


def _local(settings: Settings) -> Backend:
    from brief.backends.local import LocalBackend

    return LocalBackend.from_settings(settings)


def _replay(settings: Settings) -> Backend:
    from brief.backends.replay import ReplayBackend

    return ReplayBackend.from_settings(settings)


def _extractive(settings: Settings) -> None:
    return None


# Read-only: engines are chosen from this fixed table, never registered at run time.
FACTORIES: Mapping[str, Callable[[Settings], Backend | None]] = MappingProxyType(
    {
        "openai": _openai,
        "local": _local,
        "replay": _replay,
        "extractive": _extractive,
    }
)


def resolve_engine(settings: Settings) -> str:
    """The engine ``settings`` select; ``auto`` becomes ``openai`` with a base URL or key, else ``local``."""
    if settings.engine == "auto":
        return "openai" if settings.base_url or settings.api_key else "local"
    return settings.engine


def make_backend(settings: Settings) -> Backend | None:
    """Build the backend the settings ask for; ``None`` means extractive (no LLM).

    Args:
        settings: ``engine`` picks the factory; the rest configures the backend.

    Raises:
        ConfigError: unknown engine, or the chosen backend cannot be set up (no key, no model file, ...).
    """
    engine = resolve_engine(settings)
    factory = FACTORIES.get(engine)
    if factory is None:
        known = ", ".join(["auto", *FACTORIES])
        raise ConfigError(f"unknown engine {engine!r}: use one of {known}")
    return factory(settings)
