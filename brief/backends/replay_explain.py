"""Why a replay found no recording: the closest one, and the first thing that differs from it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["Recording", "explain", "find_closest"]

Recording = dict[str, Any]


def _text(recording: Recording) -> str:
    return "\n".join(str(m.get("content", "")) for m in recording["messages"])


def find_closest(request: Recording, recordings: Iterable[Recording]) -> Recording | None:
    """Same templates, most lines in common (so the same chunk of a long article), then most alike."""
    templates = request["options"].get("templates")
    same = [r for r in recordings if r["options"].get("templates") == templates]
    if not same:
        return None
    text = _text(request)
    lines = set(text.splitlines())

    def likeness(recording: Recording) -> tuple[int, float]:
        other = _text(recording)
        return len(lines & set(other.splitlines())), difflib.SequenceMatcher(None, text, other).quick_ratio()

    return max(same, key=likeness)


def explain(request: Recording, nearest: Recording | None) -> str:
    """What differs between ``request`` and the closest recording, in a few words."""
    if nearest is None:
        templates = _names(request["options"].get("templates"))
        return f"no recording used templates {templates}: a new or renamed prompt?"
    label = f"recording {nearest['key'][:8]}…"
    if request["messages"] != nearest["messages"]:
        return _message_difference(request, nearest, label)
    if request["schema_sha256"] != nearest["schema_sha256"]:
        return f"the JSON schema differs from {label}: brief schema changed?"
    changed = sorted(set(request["options"]) | set(nearest["options"]))
    diffs = [
        f"{k} now {request['options'].get(k)!r}, recorded {nearest['options'].get(k)!r}"
        for k in changed
        if request["options"].get(k) != nearest["options"].get(k)
    ]
    return f"options differ from {label}: {', '.join(diffs) or 'unknown'}"


def _names(templates: Any) -> str:
    if isinstance(templates, str):
        return repr(templates)
    if isinstance(templates, Sequence):
        return ", ".join(repr(str(t)) for t in templates) or "none"
    return "none" if templates is None else repr(templates)


def _template_of(templates: Any, index: int, role: str) -> str | None:
    """The template that rendered message ``index``: a name, a list per message or a role mapping."""
    if isinstance(templates, str):
        return templates
    if isinstance(templates, Mapping):
        return str(templates[role]) if role in templates else None
    if isinstance(templates, Sequence) and index < len(templates):
        return str(templates[index])
    return None


def _message_difference(request: Recording, recording: Recording, label: str) -> str:
    """Name the first message that differs, where, and the template behind it."""
    mine, theirs = request["messages"], recording["messages"]
    if len(mine) != len(theirs):
        return f"{len(mine)} messages vs {len(theirs)} in {label}"
    index = next(i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b)
    role = str(mine[index].get("role", "?"))
    template = _template_of(request["options"].get("templates"), index, role)
    a, b = str(mine[index].get("content", "")), str(theirs[index].get("content", ""))
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    at = max(a.rfind(" ", 0, at), a.rfind("\n", 0, at)) + 1  # from the start of the changed word
    where = (
        f"at character {at} (now {a[at : at + 24]!r}, recorded {b[at : at + 24]!r})"
        if a != b
        else "in its fields"
    )
    if template is None:
        return f"the {role} message differs from {label} {where}: article or prompt changed?"
    stem = template.rsplit(".", 1)[0]
    return f"the {stem} prompt ({role} message) differs from {label} {where}: template {template!r} changed?"
