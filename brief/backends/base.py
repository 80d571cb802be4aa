"""The one-method backend protocol: messages and a JSON schema in, JSON text and token usage out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

__all__ = ["Backend", "Message", "Reply"]

Message = Mapping[str, str]  # {"role": "system"|"user"|"assistant", "content": "..."}


@dataclass(frozen=True)
class Reply:
    """What a backend returns for one request."""

    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model: str = ""
    finish_reason: str | None = None


@runtime_checkable
class Backend(Protocol):
    """A model that answers chat messages with JSON text following ``schema``.

    Attributes:
        engine: the engine name ("openai", "local", "replay", ...).
        model: the model name reported in outputs and used for prices.
        context_window: total tokens (prompt + output) one request may use.
    """

    engine: str
    model: str
    context_window: int

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        """Send one request.

        Raises:
            BackendError: the endpoint or model failed (``retryable`` says whether trying again may help).
        """
        ...
