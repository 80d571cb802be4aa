"""A backend that answers each request from a batch output file, by its request key and ``custom_id``.

The output file is the one OpenAI's Batch API or vLLM's ``run_batch`` writes: one JSON line per
request, ``{"custom_id": ..., "response": {"status_code": 200, "body": <chat completion>}, "error":
null}``. Only each line's byte offset is kept in memory; a line is read again when its request comes.
A reply is checked as :meth:`OpenAIBackend.complete` checks one (refusals, empty messages), then goes
through the same structured-reply handling as any other.

A request the batch cannot answer raises a one-line :class:`BackendError` (never with a status, so one
failed line never stops the other articles): the line failed, is missing from the output file, or
the request was not in this batch (a reduce, a re-ask or a story's summary over its sources, which
need a second batch). With a ``fallback`` backend (``--retry-interactive``) such a request is sent to
it instead, and ``retried`` says so; without one, ``stories`` records each story summary not answered.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from brief.backends.base import Backend, Message, Reply
from brief.backends.openai_backend import OpenAIBackend
from brief.backends.request_key import merge_options, request_key, request_options, send
from brief.config import Settings
from brief.daily.cluster_summary import TEMPLATE as STORY_TEMPLATE
from brief.errors import BackendError, ConfigError

__all__ = ["SECOND_BATCH", "BatchAnswers"]

SECOND_BATCH = "needs a second batch"


def _index(paths: Sequence[Path]) -> dict[str, tuple[Path, int]]:
    """The file and byte offset of each ``custom_id`` 's line: its first in a file, its last file's."""
    offsets: dict[str, tuple[Path, int]] = {}
    for path in paths:
        found: dict[str, tuple[Path, int]] = {}
        try:
            with path.open("rb") as handle:
                offset = 0
                for raw in handle:
                    try:
                        custom_id = json.loads(raw).get("custom_id")
                    except (ValueError, AttributeError):
                        custom_id = None
                    if isinstance(custom_id, str):
                        found.setdefault(custom_id, (path, offset))
                    offset += len(raw)
        except OSError as exc:
            raise ConfigError(
                f"cannot read the batch output file {path} ({exc.strerror or exc}): check --output-file"
            ) from exc
        offsets.update(found)  # a later file (a retry batch) answers the line again
    return offsets


def _message(value: Any) -> str:
    """The ``message`` of an error object, or the value itself, on one line."""
    if isinstance(value, Mapping):
        inner = value.get("error", value)
        value = inner.get("message") or inner.get("code") or inner if isinstance(inner, Mapping) else inner
    return " ".join(str(value).split())[:300]


class BatchAnswers:
    """Serves replies from a batch output file; reports itself as the engine and model the batch was for.

    Args:
        output_file: the batch output file (JSONL), or several (output and error files, then those of
            follow-up batches: a line in a later file replaces one in an earlier file).
        requests: response-cache key -> ``custom_id``, from the batch state.
        openai: the offline backend that built the requests (it checks the replies).
        settings: for the request options in each key (temperature, seed).
        fallback: sends a request the batch cannot answer (``--retry-interactive``); ``retried`` says which.
        uploaded: the batch went through ``brief daily --batch``: errors name collect's retry options.

    Raises:
        ConfigError: the output file cannot be read.
    """

    accepts_options = True
    engine = "openai"

    def __init__(
        self,
        output_file: Path | Sequence[Path],
        requests: Mapping[str, str],
        openai: OpenAIBackend,
        settings: Settings,
        *,
        fallback: Backend | None = None,
        uploaded: bool = False,
    ) -> None:
        self.paths = [output_file] if isinstance(output_file, Path) else list(output_file)
        self.requests, self.openai, self.fallback = requests, openai, fallback
        self.uploaded, self.retry_hint = uploaded, _RETRY_UPLOADED if uploaded else _RETRY
        self.retried: list[str] = []
        # Each story summary the batch did not answer: its custom_id (a failed line), None (a second stage).
        self.stories: list[str | None] = []
        self.model, self.context_window = openai.model, openai.context_window
        self.options = request_options(settings)
        self.offsets = _index(self.paths)
        self._lock = threading.Lock()

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """The batch's reply to this request.

        Raises:
            BackendError: the request is not in the batch, its line is missing or failed, or the reply is
                unusable.
        """
        merged = merge_options(self.options, options, max_tokens)
        custom_id = self.requests.get(request_key(self.engine, self.model, messages, schema, merged))
        try:
            return self._answer(custom_id, options)
        except BackendError as exc:
            if self.fallback is None:
                if STORY_TEMPLATE in _templates(options):
                    with self._lock:
                        self.stories.append(custom_id)
                raise
            with self._lock:
                self.retried.append(f"{custom_id or 'a new request'} sent interactively: {exc}")
            return send(self.fallback, messages, schema, max_tokens=max_tokens, options=options)

    def _answer(self, custom_id: str | None, options: Mapping[str, Any] | None) -> Reply:
        if custom_id is None:
            raise BackendError(_not_in_batch(options, self.uploaded))
        line = self._line(custom_id)
        found = line.get("response")
        response: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        status = response.get("status_code")
        if line.get("error") or status != 200:
            problem = _message(line["error"]) if line.get("error") else f"HTTP {status}"
            if not line.get("error") and response.get("body"):
                problem += f": {_message(response['body'])}"
            raise BackendError(f"batch request {custom_id} failed ({problem}): {self.retry_hint}")
        try:
            from openai.types.chat import ChatCompletion

            completion = ChatCompletion.model_validate(response.get("body"))
        except ValidationError as exc:
            raise BackendError(
                f"batch request {custom_id}: the reply is not a chat completion "
                f"({exc.error_count()} problem(s)): {self.retry_hint}"
            ) from exc
        return self.openai.reply_from(completion)

    def _line(self, custom_id: str) -> dict[str, Any]:
        found = self.offsets.get(custom_id)
        if found is None:
            names = ", ".join(p.name for p in self.paths) or "the batch output (none was downloaded)"
            raise BackendError(
                f"batch request {custom_id} is missing from {names}: the batch did not finish it; "
                f"{self.retry_hint}"
            )
        path, offset = found
        with self._lock, path.open("rb") as handle:
            handle.seek(offset)
            data = json.loads(handle.readline())
        return data if isinstance(data, dict) else {}


_RETRY = "write the day's batch again with `brief daily --batch-file` (answered articles are skipped)"
_RETRY_UPLOADED = "collect again with --retry-batch or --retry-interactive"
_NEXT = "run `brief daily --batch-file` for this day again to write it, then collect that batch"
_NEXT_UPLOADED = "collect sends it as a second batch; run `brief batch collect` again once that is done"


def _templates(options: Mapping[str, Any] | None) -> list[str]:
    return list((options or {}).get("templates", ()))


def _not_in_batch(options: Mapping[str, Any] | None, uploaded: bool) -> str:
    templates = _templates(options)
    then = _NEXT_UPLOADED if uploaded else _NEXT
    if STORY_TEMPLATE in templates:
        return f"{SECOND_BATCH}: a story's summary over its sources is asked once its articles are briefed"
    if "reduce.j2" in templates:
        return (
            f"{SECOND_BATCH}: the article's chunks are answered and cached; the reduce request is new: {then}"
        )
    if "reask" in templates:
        return (
            f"{SECOND_BATCH}: the batch reply did not match the schema and a re-ask is a new request: {then}"
        )
    return (
        "request not in this batch (the templates or settings changed since it was written): "
        "write the batch again with `brief daily --batch-file` (or --batch)"
    )
