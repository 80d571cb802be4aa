"""The one error family of brief.

Every message is shown to the user as ``Error: <message>`` and names the fix.

    BriefError
    ├── InputError             bad or unreadable article, folder, feed or gold file
    ├── ConfigError            bad settings, missing key, unknown model or template
    ├── BackendError           the model endpoint or the embedded model failed
    ├── SchemaValidationError  the model never produced a valid brief
    ├── DeliveryError          writing or sending the result failed
    └── NotReadyError          a batch is still running: nothing was written, try again later
"""

from __future__ import annotations

__all__ = [
    "BackendError",
    "BriefError",
    "ConfigError",
    "DeliveryError",
    "InputError",
    "NotReadyError",
    "SchemaValidationError",
]


class BriefError(Exception):
    """Base class: an expected failure whose message is displayed to the user."""


class InputError(BriefError):
    """The input (article, folder, feed, gold file) cannot be used."""


class ConfigError(BriefError):
    """The configuration is invalid or incomplete."""


class BackendError(BriefError):
    """A model backend failed; ``status`` keeps the HTTP status when there is one."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable


class ContextOverflowError(BackendError):
    """The server's context window cannot hold the prompt (``limit`` and ``prompt`` in tokens)."""

    def __init__(self, message: str, *, limit: int, prompt: int) -> None:
        super().__init__(message, status=400)
        self.limit = limit
        self.prompt = prompt


class SchemaValidationError(BriefError):
    """The model's reply never validated against the brief schema."""

    def __init__(self, message: str, *, attempts: int, raw: str) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.raw = raw


class DeliveryError(BriefError):
    """Writing a file or sending mail failed."""


class NotReadyError(BriefError):
    """A batch is still running; nothing was written, and the same command works once it is done."""
