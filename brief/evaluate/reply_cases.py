"""A labelled reply case: its labels file, its reply text, its article, and the backend that serves it.

``NAME.labels.json`` says which items of ``NAME.reply.json`` are faithful and which are planted
errors of what kind; ``RIGHT_KINDS`` maps each planted kind to the ``Dropped.kind`` values that name
that problem. ``ReplyBackend`` answers the pipeline's full-task request with the reply text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from brief.backends.base import Message, Reply
from brief.errors import BackendError, InputError
from brief.evaluate.reply_paths import parse_path, value_at
from brief.tokens import count_tokens, get_encoding

__all__ = ["RIGHT_KINDS", "SPLITS", "LabelItem", "Labels", "ReplyBackend", "Split", "load_case"]

RIGHT_KINDS: Mapping[str, frozenset[str]] = {
    "number": frozenset({"number"}),
    "negation": frozenset({"negation"}),
    "attribution": frozenset({"attribution"}),
    "role": frozenset({"role"}),
    "presumption": frozenset({"presumption"}),
    "invented_actor": frozenset({"name", "actor"}),
    "invented_quote": frozenset({"evidence"}),
    "hedge": frozenset({"hedge"}),
    "entity": frozenset({"attribution", "support", "name"}),
    "tense": frozenset({"hedge"}),
    "time": frozenset({"number", "support"}),
    "outside_knowledge": frozenset({"role", "support", "name"}),
}
"""The planted kind -> the ``Dropped.kind`` values that name that problem."""


class LabelItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    label: Literal["faithful", "planted"]
    kind: str | None = None
    note: str = ""

    @field_validator("path")
    @classmethod
    def _known_path(cls, path: str) -> str:
        parse_path(path)
        return path

    @model_validator(mode="after")
    def _planted_kind(self) -> LabelItem:
        if self.label == "planted" and self.kind not in RIGHT_KINDS:
            raise ValueError(
                f"planted item {self.path} has kind {self.kind!r}: use one of {sorted(RIGHT_KINDS)}"
            )
        return self


Split = Literal[
    "tune", "check", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
    "holdout14", "holdout15", "holdout16", "holdout17", "holdout18",
]  # fmt: skip
SPLITS: tuple[str, ...] = get_args(Split)  # in the order the report lists them


class Labels(BaseModel):
    """A labels file (other top-level keys, such as a note on how it was written, are allowed)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    article: str
    split: Split
    items: list[LabelItem]


class ReplyBackend:
    """Answers every full-task request with one fixed reply text, and records what it was asked."""

    engine = "replies"

    def __init__(self, text: str, *, model: str = "hand-written", context_window: int = 131072) -> None:
        self.text = text
        self.model = model
        self.context_window = context_window
        self.max_tokens: list[int] = []

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        if "positions" not in schema.get("properties", {}):
            raise BackendError("the pipeline did not ask for a full brief: run it with task='full'")
        self.max_tokens.append(max_tokens)
        tokens = count_tokens(self.text, get_encoding(None)[0])
        return Reply(text=self.text, completion_tokens=tokens, model=self.model, finish_reason="stop")


def load_case(directory: Path, name: str) -> tuple[Labels, str, Path]:
    """The labels, reply text and article path of case ``name``.

    Raises:
        InputError: a file is missing or malformed, or a labelled path is not in the reply.
    """
    labels_path, reply_path = directory / f"{name}.labels.json", directory / f"{name}.reply.json"
    try:
        labels = Labels.model_validate_json(labels_path.read_text(encoding="utf-8"))
        text = reply_path.read_text(encoding="utf-8")
    except (OSError, ValidationError) as exc:
        raise InputError(f"case {name} in {directory} cannot be used: {str(exc)[:300]}") from exc
    try:
        data = json.loads(text)
    except ValueError:
        data = None  # served as it is: the pipeline handles a broken reply as it would an endpoint's
    for item in labels.items:
        if isinstance(data, dict) and value_at(data, item.path) is None:
            raise InputError(f"{labels_path}: labelled path {item.path} is not in {reply_path.name}")
    return labels, text, _find_article(directory, labels.article)


def _find_article(directory: Path, relative: str) -> Path:
    for base in (Path.cwd(), *directory.resolve().parents):
        if (base / relative).is_file():
            return base / relative
    raise InputError(f"article {relative} not found from {Path.cwd()} or above {directory}")
