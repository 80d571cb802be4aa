"""One structured request: ask, validate against the schema, re-ask with the error, give up cleanly."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from brief.backends.base import Backend, Message
from brief.backends.request_key import send
from brief.errors import ContextOverflowError, SchemaValidationError
from brief.schema import Draft, draft_json_schema

__all__ = ["Tally", "ask_draft", "lenient_json", "salvage"]


@dataclass
class Tally:
    """Token usage and call counts, summed over every request of one brief."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    warnings: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally into this one."""
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls
        self.warnings.extend(other.warnings)


def _json_text(text: str) -> str:
    """The JSON object inside a reply that may carry code fences or chatter around it."""
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def _problem(text: str, finish_reason: str | None) -> tuple[Draft | None, str]:
    try:
        return Draft.model_validate_json(_json_text(text)), ""
    except ValidationError as exc:
        errors = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'reply'}: {e['msg']}" for e in exc.errors()[:6]
        )
        cut = " (the reply was cut off: be shorter)" if finish_reason == "length" else ""
        return None, f"Your JSON did not match the schema{cut}: {errors}"


def ask_draft(
    backend: Backend,
    messages: Sequence[Message],
    *,
    max_tokens: int,
    retries: int,
    tally: Tally,
    templates: Sequence[str] = (),
    fields: tuple[str, ...] | None = None,
) -> Draft:
    """Ask for a ``Draft``; on invalid JSON or schema violations re-ask with the error, ``retries`` times.

    Raises:
        BackendError: the backend failed (passed through).
        SchemaValidationError: no valid reply after ``retries`` re-asks (``raw`` is the last reply).
    """
    schema = draft_json_schema(fields)
    conversation = list(messages)
    raw = problem = ""
    for attempt in range(retries + 1):
        options = {"templates": [*templates, *(["reask"] * (len(conversation) - len(templates)))]}
        try:
            reply = send(backend, conversation, schema, max_tokens=max_tokens, options=options)
        except ContextOverflowError as exc:
            if not raw:  # the first request: nothing to fall back on
                raise
            raise SchemaValidationError(  # a re-ask that does not fit: the last reply is what there is
                f"the model gave no valid brief, and a re-ask does not fit the server's context: {problem}",
                attempts=attempt,
                raw=raw,
            ) from exc
        tally.prompt_tokens += reply.prompt_tokens
        tally.completion_tokens += reply.completion_tokens
        tally.calls += 1
        raw = reply.text
        draft, problem = _problem(reply.text, reply.finish_reason)
        if draft is not None:
            return draft
        conversation = [
            *messages,
            {"role": "assistant", "content": raw[:4000]},
            {"role": "user", "content": problem},
        ]
    raise SchemaValidationError(
        f"the model gave no valid brief after {retries + 1} attempt(s): {problem}",
        attempts=retries + 1,
        raw=raw,
    )


def _close_truncated(text: str) -> str:
    """Close the strings, arrays and objects a reply cut off at its token budget left open."""
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            in_string = escaped or ch != '"'
            escaped = not escaped and ch == "\\"
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]" and stack:
            stack.pop()
    tail = text.rstrip()
    if in_string:
        tail += '"'
    tail = tail.rstrip(",: \n")  # a dangling separator or a key without its value
    return tail + "".join(reversed(stack))


def lenient_json(raw: str) -> Any:
    """Parse a reply; if it was cut off, close it after the last complete item that parses."""
    try:
        return json.loads(_json_text(raw))
    except json.JSONDecodeError:
        pass
    text = raw[max(raw.find("{"), 0) :]
    cuts = [len(text), *[i for i in range(len(text) - 1, 0, -1) if text[i] in ",{["][:200]]
    for cut in cuts:
        try:
            return json.loads(_close_truncated(text[:cut]))
        except json.JSONDecodeError:
            continue
    return None


def salvage(raw: str) -> Draft | None:
    """Keep the valid parts of an invalid or cut-off reply (items that validate on their own), or None."""
    data = lenient_json(raw)
    if not isinstance(data, dict) or not any(data.get(k) for k in Draft.model_fields):
        return None
    kept: dict[str, Any] = {"title": data.get("title") or "-", "summary": data.get("summary") or "-"}
    fields = Draft.model_fields
    for key in ("actors", "positions", "open_questions"):
        value = data.get(key)
        items: list[Any] = value if isinstance(value, list) else []
        kept[key] = [item for item in items if _item_ok(fields[key].annotation, item)]
    try:
        return Draft.model_validate(kept)
    except ValidationError:
        return None


def _item_ok(annotation: Any, item: Any) -> bool:
    model = annotation.__args__[0]
    try:
        model.model_validate(item)
    except ValidationError:
        return False
    return True
