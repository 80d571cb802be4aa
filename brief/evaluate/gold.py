"""Gold annotations for ``brief eval``: the models and a loader with one-line, fixable errors.

A gold file (``NAME.gold.json``) sits beside its article (``NAME.txt``) and follows
``shared/fixtures/seed_coalition.gold.json``: actors with aliases and salience, positions with
verbatim evidence, open questions, and ``must_not_claim`` (plausible claims the article does
not support).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from brief.errors import InputError
from brief.schema import ActorKind

__all__ = ["Gold", "GoldActor", "GoldPosition", "load_gold"]

Salience = Literal["core", "minor"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldActor(_Strict):
    name: str = Field(min_length=1, description="The actor's fullest name.")
    aliases: list[str] = Field(default_factory=list, description="Other forms that occur in the article.")
    kind: ActorKind = Field(description="person, organisation, country, group or other.")
    role: str = Field(default="", description="Who the actor is in this story.")
    salience: Salience = Field(description="core: one of the 3-8 actors a reader must know; else minor.")

    @property
    def forms(self) -> list[str]:
        """The name followed by every alias."""
        return [self.name, *self.aliases]


class GoldPosition(_Strict):
    actor: str = Field(min_length=1, description="The name of a gold actor.")
    stance: str = Field(min_length=1)
    evidence: list[str] = Field(min_length=1, description="Verbatim spans of the article.")


class Gold(_Strict):
    actors: list[GoldActor] = Field(min_length=1)
    positions: list[GoldPosition] = Field(default_factory=list)
    open_questions: list[str] = Field(default_factory=list)
    must_not_claim: list[str] = Field(default_factory=list)
    not_actors: list[str] = Field(
        default_factory=list, description='Plausible non-actors a brief must not list ("Middle Britain").'
    )

    def actor(self, name: str) -> GoldActor:
        """The gold actor called ``name`` (positions refer to actors by name)."""
        return next(a for a in self.actors if a.name == name)


def load_gold(path: Path) -> Gold:
    """Read and validate a gold file.

    Raises:
        InputError: unreadable file, invalid JSON, wrong types or a position naming no actor;
            the message names the file, the place and the fix.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path.name}: not valid JSON (line {exc.lineno} column {exc.colno}: {exc.msg}); fix the syntax"
        ) from exc
    try:
        gold = Gold.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path.name}: {_describe(exc.errors()[0])}") from exc
    _check_position_actors(gold, path)
    return gold


def _check_position_actors(gold: Gold, path: Path) -> None:
    names = {a.name for a in gold.actors}
    for i, position in enumerate(gold.positions):
        if position.actor not in names:
            raise InputError(
                f"{path.name}: positions[{i}].actor {position.actor!r} is not an actor name; "
                "use one of actors[].name or add the actor"
            )


def _describe(error: Any) -> str:
    """One pydantic error as ``place problem``, e.g. ``actors[2].salience must be 'core' or 'minor'``."""
    place = _place(error["loc"])
    kind = error["type"]
    if kind == "missing":
        return f"{place} is missing; add it"
    if kind == "extra_forbidden":
        return f"{place} is not a gold field; remove it or check its spelling"
    message = str(error["msg"])
    if message.startswith("Input should be "):
        message = "must be " + message.removeprefix("Input should be ")
    return f"{place} {message}".replace("\n", " ")


def _place(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
