"""The backend a batch is written through: it answers from the response cache or writes the request.

:class:`Capture` takes the place of the model while :func:`~brief.batch.write.write_batch` runs the
normal pipeline: a request whose reply is cached is answered from the cache; any other is written to
the batch file as one line ``{"custom_id", "method", "url", "body"}``, where ``body`` is exactly the
request :class:`~brief.backends.openai_backend.OpenAIBackend` would send, and :class:`Pending` is
raised, which stops that article (or story) there. A ``custom_id`` is ``<name>:<n>`` for the n-th plain
request of what :meth:`Capture.start` named (an article's id: its chunks; a story's file stem: its
summary), and ``<name>:reduce<n>`` / ``<name>:reask<n>`` for a reduce or re-ask request.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import IO, Any

from brief.backends.base import Message, Reply
from brief.backends.cache import ResponseCache
from brief.backends.openai_backend import OpenAIBackend
from brief.backends.request_key import merge_options, request_key, request_options
from brief.config import Settings

__all__ = ["CHAT_URL", "Capture", "Pending"]

CHAT_URL = "/v1/chat/completions"


class Pending(Exception):
    """Raised by the capture backend once a request is written: its reply is not here yet."""


class Capture:
    """A backend that answers from the response cache or writes the request to the batch file."""

    accepts_options = True
    engine = "openai"

    def __init__(self, openai: OpenAIBackend, sink: IO[str], cache: ResponseCache | None, settings: Settings):
        self.openai, self.sink, self.cache = openai, sink, cache
        self.model, self.context_window = openai.model, openai.context_window
        self.options = request_options(settings)
        self.requests: dict[str, str] = {}  # cache key -> custom_id, for every line written
        self.name = ""
        self.counts: dict[str, int] = {}
        self.ids: list[str] = []

    def start(self, name: str) -> None:
        """The next requests are for ``name`` (an article id or a story's file stem)."""
        self.name, self.counts, self.ids = name, {}, []

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """The cached reply, or the request written to the batch file.

        Raises:
            Pending: the request was written (or already was): its reply comes with the batch.
        """
        custom_id = self._custom_id(options)  # counted before the cache, so chunk numbers stay right
        merged = merge_options(self.options, options, max_tokens)
        key = request_key(self.engine, self.model, messages, schema, merged)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None:
            return cached
        if key not in self.requests:
            body = self.openai.request_body(messages, schema, max_tokens=max_tokens)
            line = {"custom_id": custom_id, "method": "POST", "url": CHAT_URL, "body": body}
            self.sink.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.requests[key] = custom_id
        self.ids.append(self.requests[key])
        raise Pending(custom_id)

    def _custom_id(self, options: Mapping[str, Any] | None) -> str:
        templates = list((options or {}).get("templates", ()))
        kind = "reask" if "reask" in templates else "reduce" if "reduce.j2" in templates else ""
        number = self.counts.get(kind, 0)
        self.counts[kind] = number + 1
        return f"{self.name}:{kind}{number}"
