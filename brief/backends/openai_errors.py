"""What went wrong talking to an OpenAI-compatible endpoint, as one line that names the fix."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from brief.errors import BackendError, ContextOverflowError

if TYPE_CHECKING:
    import openai

__all__ = [
    "RETRYABLE_STATUS",
    "NoChoices",
    "describe",
    "fit_output",
    "mentions_format",
    "one_line",
    "server_detail",
]

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class NoChoices(Exception):
    """A completion with an empty choice list: a transient server fault worth retrying."""


def describe(exc: Exception, url: str, model: str, attempts: int) -> BackendError:
    """The BackendError for ``exc``: what failed, and what to do about it (retryable when it may pass)."""
    import openai  # imported already: there was a request

    tries = f" ({attempts} attempts)" if attempts > 1 else ""
    if isinstance(exc, openai.APIStatusError):
        return _describe_status(exc, url, model, tries)
    if isinstance(exc, openai.APITimeoutError):
        message = f"request to {url} timed out{tries}: raise --timeout or use a smaller --model"
    elif isinstance(exc, openai.APIConnectionError) and _refused(exc):
        message = f"cannot reach {url}: is the server running? check --base-url"
    elif isinstance(exc, openai.APIConnectionError):
        message = f"connection to {url} failed{tries} ({_cause(exc)}): check the network and --base-url"
    elif isinstance(exc, json.JSONDecodeError):
        message = f"{url} sent a reply that is not valid JSON{tries}: check --base-url"
    elif isinstance(exc, NoChoices):
        message = f"model '{model}' at {url} returned no choices{tries}: try again"
    else:
        return BackendError(
            f"unexpected failure talking to {url}: {one_line(f'{type(exc).__name__}: {exc}')}"
        )
    return BackendError(message, retryable=True)


def _describe_status(exc: openai.APIStatusError, url: str, model: str, tries: str) -> BackendError:
    status = exc.status_code
    if status == 401:
        message = "the API key was rejected (401): check OPENAI_API_KEY or --api-key"
    elif status == 403:
        message = f"access to model '{model}' denied (403) at {url}: check the key's permissions or --model"
    elif status == 404 and "model" in server_detail(exc).lower():
        message = f"model '{model}' not found at {url}: pick one the server lists (GET /models) with --model"
    elif status == 404:
        message = f"{url} has no chat completions endpoint (404): check --base-url (it usually ends in /v1)"
    elif status == 429:
        message = f"rate limited by {url} (429){tries}: wait and try again, or lower --concurrency"
    elif status >= 500:
        message = f"the server at {url} failed (HTTP {status}){tries}: try again later"
    else:
        message = f"the server at {url} rejected the request (HTTP {status}): {server_detail(exc)}"
    return BackendError(message, status=status, retryable=status in RETRYABLE_STATUS)


_LIMIT = re.compile(r"maximum context length is (\d+) tokens", re.I)
_PROMPT = re.compile(r"(\d+) (?:tokens )?in the messages", re.I)


MIN_OUTPUT = 256  # tokens: less room than this for the reply is not worth a request
MARGIN = 8  # tokens a server may count beyond the messages (BOS and the like)


def fit_output(exc: Exception, max_tokens: int) -> int | None:
    """A smaller output budget that fits when ``exc`` says the request overflows the server's context
    window, or None when ``exc`` is not about that.

    Raises:
        ContextOverflowError: the prompt leaves no room for a reply.
    """
    overflow = _context_overflow(exc)
    if overflow is None:
        return None
    limit, prompt = overflow
    room = limit - prompt - MARGIN
    if room >= MIN_OUTPUT and room < max_tokens:
        return room
    raise ContextOverflowError(
        f"the server's context window ({limit} tokens) cannot hold this {prompt}-token prompt and a reply: "
        f"pass --context-window {limit} so articles are split to fit",
        limit=limit,
        prompt=prompt,
    )


def _context_overflow(exc: Exception) -> tuple[int, int] | None:
    """The server's context window and the prompt's tokens when ``exc`` says the request does not fit
    (OpenAI's and llama-cpp-python's "maximum context length is N tokens ... (P in the messages, ...)")."""
    import openai

    if not isinstance(exc, openai.APIStatusError) or exc.status_code != 400:
        return None
    text = f"{exc.message} {exc.body}"
    limit, prompt = _LIMIT.search(text), _PROMPT.search(text)
    return (int(limit.group(1)), int(prompt.group(1))) if limit and prompt else None


def mentions_format(exc: openai.APIStatusError) -> bool:
    """Whether the server's complaint is about ``response_format`` (so a simpler format may work)."""
    text = f"{exc.message} {exc.body}".lower()
    return any(word in text for word in ("response_format", "json_schema", "json_object", "schema"))


def server_detail(exc: openai.APIStatusError) -> str:
    """The server's own error message, on one short line."""
    body = exc.body
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        body = inner.get("message", inner) if isinstance(inner, Mapping) else inner
    return one_line(str(body if body is not None else exc.message))


def _refused(exc: openai.APIConnectionError) -> bool:
    # httpx (or httpx2, depending on the openai version) raises ConnectError when nothing listens.
    cause = exc.__cause__
    return cause is not None and any(cls.__name__ == "ConnectError" for cls in type(cause).__mro__)


def _cause(exc: BaseException) -> str:
    cause = exc.__cause__ or exc
    return one_line(f"{type(cause).__name__}: {cause}")


def one_line(text: str, limit: int = 200) -> str:
    """``text`` with its whitespace collapsed, cut to ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
