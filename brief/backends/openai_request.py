"""The parts of a chat-completions request that depend on how much of ``response_format`` a server takes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["response_format_for", "with_schema_instruction"]


def response_format_for(mode: str, schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``response_format`` a request carries in ``mode`` (None: plain text, the schema in the prompt)."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": "brief", "schema": dict(schema), "strict": False},
        }
    if mode == "json_object+schema":
        return {"type": "json_object", "schema": dict(schema)}
    return {"type": "json_object"} if mode == "json_object" else None


def with_schema_instruction(chat: list[dict[str, str]], instruction: str) -> list[dict[str, str]]:
    """``chat`` with ``instruction`` (the schema, for a server without json_schema) at the end."""
    if chat and chat[-1].get("role") == "user":
        chat[-1] = {**chat[-1], "content": f"{chat[-1]['content']}\n\n{instruction}"}
    else:
        chat.append({"role": "user", "content": instruction})
    return chat
