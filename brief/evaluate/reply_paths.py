"""Field paths into a model's reply (``positions[2].evidence[0]``, ``summary[1]``) and into its brief.

``summary[i]`` is the i-th sentence of the summary, split as the verifier splits it. An actor, position or
question path without a field names the item by its name, stance or question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from brief.evaluate.text import name_key, verbatim_key
from brief.schema import Draft
from brief.verify.grounding import split_sentences

__all__ = ["covers", "in_brief", "leaves", "parse_path", "value_at"]

Step = str | int
_PATH = re.compile(r"[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*")
_STEP = re.compile(r"([a-z_]+)|\[(\d+)\]")
_NAMED_BY = {"actors": "name", "positions": "stance", "open_questions": "question"}
_ACTOR_DROP = re.compile(r"(positions\[\d+\])\.actor")


def parse_path(path: str) -> list[Step]:
    """``positions[2].evidence[0]`` -> ``["positions", 2, "evidence", 0]``.

    Raises:
        ValueError: ``path`` is not a path into a draft.
    """
    if not _PATH.fullmatch(path) or path.split("[")[0].split(".")[0] not in Draft.model_fields:
        raise ValueError(f"{path!r} is not a field path of a brief, such as positions[2].evidence[0]")
    return [name if name else int(index) for name, index in _STEP.findall(path)]


def _node(data: Any, steps: list[Step]) -> Any:
    node = data
    for i, step in enumerate(steps):
        if isinstance(step, int) and i == 1 and steps[0] == "summary" and isinstance(node, str):
            node = split_sentences(node)
        listed = isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node)
        if not (listed or (isinstance(step, str) and isinstance(node, dict) and step in node)):
            return None
        node = node[step]
    return node


def value_at(data: dict[str, Any], path: str) -> str | None:
    """The text at ``path`` in a reply's JSON (an item: its name, stance or question), or ``None``."""
    steps = parse_path(path)
    node = _node(data, steps)
    if isinstance(node, dict) and isinstance(steps[-1], int):
        node = node.get(_NAMED_BY.get(str(steps[0]), ""))
    return node if isinstance(node, str) else None


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def leaves(data: dict[str, Any], path: str) -> list[str]:
    """Every text under ``path`` (for a summary sentence, the whole summary: splitters differ)."""
    steps = parse_path(path)
    if steps[0] == "summary":
        steps = steps[:1]
    return list(_strings(_node(data, steps)))


def covers(field: str, path: str) -> bool:
    """True when a drop at ``field`` removes the item at ``path``: the same path or an ancestor.

    A drop at ``positions[i].actor`` removes the whole position ``positions[i]``.
    """
    actor = _ACTOR_DROP.fullmatch(field)
    field = actor.group(1) if actor else field
    return path == field or path.startswith((f"{field}.", f"{field}["))


def _key(text: str) -> str:
    return verbatim_key(text).casefold()


def in_brief(path: str, value: str, brief: dict[str, Any]) -> bool | None:
    """Whether the text ``value`` from ``path`` is still in the verified brief (``None``: not checked).

    Evidence and summary sentences count when contained in the brief's text; names by ``name_key``
    (a fuller or shorter form of the name counts); everything else by equal text.
    """
    steps = parse_path(path)
    names = [str(s) for s in steps if isinstance(s, str)]
    where, key = ".".join(names), _key(value)
    if where == "title":
        return key == _key(brief["title"])
    if where == "summary":
        return key in _key(brief["summary"])
    if where in ("actors", "positions.actor"):
        forms = [name_key(f) for a in brief["actors"] for f in [a["name"], *a["aliases"]]]
        name = name_key(value)
        return any(name == f or f" {name} " in f" {f} " or f" {f} " in f" {name} " for f in forms)
    if where == "actors.role":
        return any(key == _key(a["role"]) for a in brief["actors"])
    if where in ("positions", "positions.stance"):
        return any(key == _key(p["stance"]) for p in brief["positions"])
    if where in ("open_questions", "open_questions.question"):
        return any(key == _key(q["question"]) for q in brief["open_questions"])
    if where in ("positions.evidence", "open_questions.evidence"):
        evidence = [_key(e) for item in brief[names[0]] for e in item["evidence"]]
        return any(key in e or e in key for e in evidence if e)
    return None
