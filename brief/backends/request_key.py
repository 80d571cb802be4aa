"""What identifies one backend request, and how per-request options travel through backend wrappers.

A request is ``messages + schema + options``. ``options`` is plain JSON data that changes the reply:
``max_tokens`` (always added), the sampling settings from :func:`request_options` (temperature, seed)
and, from the pipeline, ``"templates"`` (the prompt template names, one per message). Secrets never
belong in a request: :func:`request_key` refuses option names such as ``api_key``.

The key is the SHA-256 of canonical JSON (sorted keys, no whitespace, UTF-8), so it is the same in
every process and on every machine. ``engine`` and ``model`` are optional parts: the response cache
passes them (another model gives another answer); recordings leave them out so that a replay
matches whatever engine and model made the recording.

The :class:`~brief.backends.base.Backend` protocol has no ``options`` parameter; backends that take
one set ``accepts_options = True``, and :func:`send` passes options only to those.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from brief.backends.base import Backend, Message, Reply
from brief.config import SECRET_FIELDS, Settings
from brief.errors import ConfigError

__all__ = [
    "OptionsBackend",
    "canonical_json",
    "merge_options",
    "request_key",
    "request_options",
    "schema_hash",
    "send",
]

# Option names that would carry credentials; a request key or recording must never contain them.
_SECRET_OPTIONS = SECRET_FIELDS | {"authorization", "password", "token", "api-key"}


@runtime_checkable
class OptionsBackend(Backend, Protocol):
    """A backend whose ``complete`` also takes the request ``options`` (the wrappers and replay)."""

    accepts_options: bool

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """Send one request with its options."""
        ...


def _plain(value: Any) -> Any:
    """JSON fallback for values that have one obvious, stable text form."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise ConfigError(f"request option value {value!r} is not JSON data: pass strings, numbers or lists")


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no extra whitespace, non-ASCII kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def schema_hash(schema: Mapping[str, Any]) -> str:
    """SHA-256 of the schema's canonical JSON."""
    return _sha256(canonical_json(schema))


def _check_no_secrets(options: Mapping[str, Any]) -> None:
    leaked = sorted(k for k in options if str(k).lower() in _SECRET_OPTIONS)
    if leaked:
        raise ConfigError(f"request options must not carry secrets ({', '.join(leaked)}): drop them")


def request_key(
    engine: str | None,
    model: str | None,
    messages: Sequence[Message],
    schema: Mapping[str, Any],
    options: Mapping[str, Any],
) -> str:
    """SHA-256 hex key of a request; ``None`` engine or model are left out of the hash.

    Raises:
        ConfigError: an option is named like a secret or is not JSON data.
    """
    _check_no_secrets(options)
    payload: dict[str, Any] = {
        "messages": [dict(m) for m in messages],
        "schema": schema,
        "options": dict(options),
    }
    if engine is not None:
        payload["engine"] = engine
    if model is not None:
        payload["model"] = model
    return _sha256(canonical_json(payload))


def request_options(settings: Settings) -> dict[str, Any]:
    """The settings that change a reply and so belong in every request key (never secrets)."""
    return {"temperature": settings.temperature, "seed": settings.seed}


def merge_options(
    base: Mapping[str, Any], extra: Mapping[str, Any] | None, max_tokens: int
) -> dict[str, Any]:
    """Wrapper options, then the call's options, then ``max_tokens``."""
    return {**base, **(extra or {}), "max_tokens": max_tokens}


def send(
    backend: Backend,
    messages: Sequence[Message],
    schema: Mapping[str, Any],
    *,
    max_tokens: int,
    options: Mapping[str, Any] | None = None,
) -> Reply:
    """Call ``backend``, passing ``options`` only if it takes them (plain backends do not)."""
    if isinstance(backend, OptionsBackend) and backend.accepts_options:
        return backend.complete(messages, schema, max_tokens=max_tokens, options=options)
    return backend.complete(messages, schema, max_tokens=max_tokens)
