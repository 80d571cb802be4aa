"""Any OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama, llama.cpp server) via the ``openai`` client.

Structured output is negotiated once per backend instance, stepping down whenever the server rejects the
current ``response_format`` (a 400/422, or the 500 llama-cpp-python's server sends):

1. ``json_schema`` (not strict): OpenAI, vLLM, llama.cpp's own server.
2. ``json_object`` carrying the schema (llama-cpp-python's server turns it into a grammar), with the schema
   also spelled out in the last user message.
3. ``json_object`` with the schema only in the message.
4. no ``response_format``, schema in the message.

The verifier downstream checks whatever comes back.
"""

from __future__ import annotations

import functools
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from brief.backends.base import Message, Reply
from brief.backends.openai_errors import (
    RETRYABLE_STATUS,
    NoChoices,
    describe,
    fit_output,
    mentions_format,
    one_line,
)
from brief.backends.openai_request import response_format_for, wire_schema, with_schema_instruction
from brief.backends.retry import AttemptsFailed, RetryPolicy, parse_retry_after, retry_call
from brief.config import Settings
from brief.errors import BackendError, ConfigError
from brief.prompts import PromptLibrary
from brief.tokens import known_context_window

if TYPE_CHECKING:
    import openai

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MODEL",
    "FORMATS",
    "OpenAIBackend",
    "client_options",
    "context_window_for",
]

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
FORMATS = ("json_schema", "json_object+schema", "json_object", "plain")
LOCAL_SERVER_KEY = "not-needed"  # llama.cpp, vLLM and Ollama accept any key; the client insists on one
# Used when the schema cannot go into response_format; the model must see it in the prompt instead.
SCHEMA_HINT = "schema_hint.j2"
# How servers refuse a response_format: 400/422 (OpenAI, vLLM, FastAPI validation), 500 (llama-cpp-python).
FORMAT_REJECTION_STATUS = frozenset({400, 415, 422, 500})

# Unknown models behind an endpoint (often a local server with a small n_ctx) get a safe small window.
UNKNOWN_CONTEXT_WINDOW = 4096


def context_window_for(model: str) -> int:
    """The model's window from the shared table (``brief.tokens``), else a conservative 4096."""
    return known_context_window(model) or UNKNOWN_CONTEXT_WINDOW


def client_options(settings: Settings) -> dict[str, Any]:
    """``base_url``, ``api_key`` and ``timeout`` for an ``openai.OpenAI`` client, from settings.

    Raises:
        ConfigError: neither an API key nor a base URL is configured.
    """
    if not settings.api_key and not settings.base_url:
        raise ConfigError(
            "No API key: set OPENAI_API_KEY or pass --api-key (or --base-url for a local server)"
        )
    # Always explicit, so the client never falls back to reading OPENAI_BASE_URL itself.
    return {
        "base_url": settings.base_url or DEFAULT_BASE_URL,
        "api_key": settings.api_key or LOCAL_SERVER_KEY,
        "timeout": settings.timeout,
    }


class OpenAIBackend:
    """Chat completions from an injected ``openai.OpenAI`` client, with retries and readable errors.

    Args:
        client: a configured client; create it with ``max_retries=0`` since this class retries itself.
        model: the model id sent with every request.
        context_window: prompt + output tokens one request may use.
        retry: how often to retry timeouts, connection errors, 429 and 5xx, and how long to wait.
        temperature: sampling temperature.
        seed: sampling seed, for servers that honour it.
    """

    engine = "openai"

    def __init__(
        self,
        client: openai.OpenAI,
        *,
        model: str,
        context_window: int,
        retry: RetryPolicy | None = None,
        temperature: float = 0.0,
        seed: int | None = None,
        prompts: PromptLibrary | None = None,
    ) -> None:
        self._client = client
        self._prompts = prompts or PromptLibrary()
        self.model = model
        self.context_window = context_window
        self.retry = retry or RetryPolicy()
        self.temperature = temperature
        self.seed = seed
        self.base_url = str(client.base_url).rstrip("/")
        self.response_format = FORMATS[0]  # downgraded when the server rejects it; kept for later calls

    def __repr__(self) -> str:
        fields = f"model={self.model!r}, base_url={self.base_url!r}, format={self.response_format!r}"
        return f"OpenAIBackend({fields})"

    @classmethod
    def from_settings(
        cls, settings: Settings, *, sleep: Callable[[float], None] = time.sleep
    ) -> OpenAIBackend:
        """Build a client and backend from settings.

        Args:
            settings: model, base_url, api_key, timeout, request_retries, temperature, seed, context_window.
            sleep: how to wait between retries (tests inject a recorder).

        Raises:
            ConfigError: neither an API key nor a base URL is configured.
        """
        client = _DeferredClient(**client_options(settings))
        model = settings.model or DEFAULT_MODEL
        return cls(
            client,  # type: ignore[arg-type]  # quacks like openai.OpenAI where this class uses it
            model=model,
            context_window=settings.context_window or context_window_for(model),
            retry=RetryPolicy(retries=settings.request_retries, sleep=sleep),
            temperature=settings.temperature,
            seed=settings.seed,
            prompts=PromptLibrary(settings.prompts_dir),
        )

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        """Ask for one completion that follows ``schema``.

        Args:
            messages: chat messages, system first.
            schema: the JSON schema the reply must follow.
            max_tokens: output token budget; a reply cut off there has ``finish_reason == "length"``.

        Raises:
            BackendError: the server is unreachable, rejected the request, kept failing after the retries,
                refused, or sent no usable message.
        """
        while True:
            request = self._request(messages, schema, max_tokens)
            try:
                create = functools.partial(_create_with_choices, self._client, request)
                completion = retry_call(create, self.retry, self._classify)
            except AttemptsFailed as failed:
                if self._downgrade(failed.error):
                    continue
                smaller = fit_output(failed.error, max_tokens)  # a server with a smaller context window
                if smaller is None:
                    raise self._error(failed.error, failed.attempts) from failed.error
                max_tokens = smaller  # the reply may then be cut off, which is handled as such
                continue
            return self._reply(completion)

    def request_body(
        self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int
    ) -> dict[str, Any]:
        """The chat-completions request ``complete`` would send now (a batch file line's ``body``)."""
        return self._request(messages, schema, max_tokens)

    def reply_from(self, completion: object) -> Reply:
        """The ``Reply`` of a chat completion, checked as ``complete`` checks it (a batch output's body).

        Raises:
            BackendError: not a chat completion, no choices, a refusal or an empty message.
        """
        return self._reply(completion)

    def _request(
        self, messages: Sequence[Message], schema: Mapping[str, Any], max_tokens: int
    ) -> dict[str, Any]:
        chat = [dict(m) for m in messages]
        if self.response_format != "json_schema":
            hint = self._prompts.render(
                SCHEMA_HINT, schema=json.dumps(wire_schema(schema), ensure_ascii=False, separators=(",", ":"))
            )
            chat = with_schema_instruction(chat, hint.strip())
        request = {
            "model": self.model,
            "messages": chat,
            "max_tokens": max_tokens,
            "temperature": self.temperature,
        }
        if self.seed is not None:
            request["seed"] = self.seed
        response_format = response_format_for(self.response_format, schema)
        if response_format is not None:
            request["response_format"] = response_format
        return request

    def _rejects_format(self, exc: Exception) -> bool:
        """Whether ``exc`` is the server refusing the ``response_format`` this request carried."""
        import openai

        if self.response_format == FORMATS[-1] or not isinstance(exc, openai.APIStatusError):
            return False
        return exc.status_code in FORMAT_REJECTION_STATUS and mentions_format(exc)

    def _downgrade(self, exc: Exception) -> bool:
        """Step down to the next response format if ``exc`` says the server rejects the current one."""
        if not self._rejects_format(exc):
            return False
        self.response_format = FORMATS[FORMATS.index(self.response_format) + 1]
        return True

    def _classify(self, exc: Exception) -> tuple[bool, float | None]:
        """Retry timeouts, dropped connections, truncated bodies, 408/409/429 and 5xx; honour Retry-After."""
        import openai

        if self._rejects_format(exc):
            return False, None  # not transient: the next format is tried instead
        if isinstance(exc, openai.APIStatusError):
            return exc.status_code in RETRYABLE_STATUS, parse_retry_after(exc.response.headers)
        return isinstance(exc, (openai.APIConnectionError, json.JSONDecodeError, NoChoices)), None

    def _reply(self, completion: object) -> Reply:
        from openai.types.chat import ChatCompletion

        if not isinstance(completion, ChatCompletion):
            raise BackendError(
                f"{self.base_url} did not answer like an OpenAI-compatible API: check --base-url"
            )
        if not completion.choices:
            raise BackendError(f"model '{self.model}' at {self.base_url} returned no choices: try again")
        choice = completion.choices[0]
        if choice.message.refusal:
            raise BackendError(f"model '{self.model}' refused to answer: {one_line(choice.message.refusal)}")
        content = choice.message.content
        if content is None and choice.finish_reason != "length":
            raise BackendError(
                f"model '{self.model}' returned an empty message "
                f"(finish_reason={choice.finish_reason}): try again or pick another --model"
            )
        usage = completion.usage
        return Reply(
            text=content or "",
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            model=completion.model or self.model,
            finish_reason=choice.finish_reason,
        )

    def _error(self, exc: Exception, attempts: int) -> BackendError:
        """One line that says what failed and what to do about it; never includes the API key."""
        error = describe(exc, self.base_url, self.model, attempts)
        secret = self._client.api_key
        if secret and len(secret) >= 4:
            error.args = (str(error).replace(secret, "****"),)
        return error


class _DeferredClient:
    """An ``openai.OpenAI`` made on first request: a run that needs no request never imports ``openai``
    (about half a second), which keeps a cached ``brief daily`` re-run fast."""

    def __init__(self, *, base_url: str, api_key: str, timeout: float) -> None:
        self.base_url, self.api_key, self.timeout = base_url, api_key, timeout
        self._client: openai.OpenAI | None = None
        self._lock = threading.Lock()

    @property
    def chat(self) -> Any:
        with self._lock:
            if self._client is None:
                import openai

                self._client = openai.OpenAI(
                    base_url=self.base_url, api_key=self.api_key, timeout=self.timeout, max_retries=0
                )
        return self._client.chat


def _create_with_choices(client: openai.OpenAI, request: dict[str, Any]) -> Any:
    from openai.types.chat import ChatCompletion

    completion = client.chat.completions.create(**request)
    if isinstance(completion, ChatCompletion) and not completion.choices:
        raise NoChoices()
    return completion
