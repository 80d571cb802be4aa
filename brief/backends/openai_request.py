"""The parts of a chat-completions request that depend on how much of ``response_format`` a server takes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["response_format_for", "wire_schema", "with_schema_instruction"]

# Keywords that describe a schema rather than constrain a reply: the prompt already says what each field
# is, so the schema sent with every request leaves them out (with the length floors the reply is checked
# for on arrival anyway). That is 684 -> 210 cl100k tokens for the full brief's schema.
_NOT_SENT = frozenset({"title", "description", "default", "examples", "minLength", "minItems"})


def wire_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` as a request carries it: ``$ref`` s inlined, descriptions and length floors left out.

    The reply is still validated against the full model when it arrives, so nothing is lost but tokens.
    """
    definitions = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, Mapping):
            return node
        if "$ref" in node:
            return walk(definitions[str(node["$ref"]).rsplit("/", 1)[-1]])
        out = {
            key: {name: walk(field) for name, field in value.items()} if key == "properties" else walk(value)
            for key, value in node.items()
            if key not in _NOT_SENT and key != "$defs"
        }
        if "enum" in out:
            out.pop("type", None)
        return out

    return walk(schema)  # type: ignore[no-any-return]


def response_format_for(mode: str, schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``response_format`` a request carries in ``mode`` (None: plain text, the schema in the prompt)."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": "brief", "schema": wire_schema(schema), "strict": False},
        }
    if mode == "json_object+schema":
        return {"type": "json_object", "schema": wire_schema(schema)}
    return {"type": "json_object"} if mode == "json_object" else None


def with_schema_instruction(chat: list[dict[str, str]], instruction: str) -> list[dict[str, str]]:
    """``chat`` with ``instruction`` (the schema, for a server without json_schema) at the end."""
    if chat and chat[-1].get("role") == "user":
        chat[-1] = {**chat[-1], "content": f"{chat[-1]['content']}\n\n{instruction}"}
    else:
        chat.append({"role": "user", "content": instruction})
    return chat
