"""The brief contract: pydantic models, the shipped JSON Schema and validation against it.

``Draft`` is what a model is asked to write; ``Brief`` is a verified draft plus grounding,
source and usage. ``brief.schema.json`` (generated from ``Brief``) is what every output
is validated against before it is written.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

import jsonschema
from pydantic import BaseModel, ConfigDict, Field

from brief.errors import SchemaValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Brief",
    "Draft",
    "Dropped",
    "Generator",
    "Grounding",
    "OpenQuestion",
    "Position",
    "Source",
    "StrictModel",
    "Usage",
    "brief_json_schema",
    "draft_json_schema",
    "shipped_schema",
    "validate_brief",
]

ActorKind = Literal["person", "organisation", "country", "group", "other"]
SCHEMA_FILE = "brief.schema.json"


class StrictModel(BaseModel):
    """A model that refuses unknown fields (every brief, digest and report model is one)."""

    model_config = ConfigDict(extra="forbid")


class Actor(StrictModel):
    name: str = Field(min_length=1, description="The actor's fullest name in the article.")
    aliases: list[str] = Field(default_factory=list, description="Other ways the article names this actor.")
    kind: ActorKind = Field(default="other", description="person, organisation, country, group or other.")
    role: str = Field(default="", description="Who the actor is in this story, in a few words.")


class Position(StrictModel):
    actor: str = Field(min_length=1, description="The name of an actor in `actors`.")
    stance: str = Field(min_length=1, description="What this actor wants, said or did.")
    evidence: list[str] = Field(
        min_length=1, description="Verbatim spans copied from the article that support the stance."
    )


class OpenQuestion(StrictModel):
    question: str = Field(min_length=1, description="A question the story leaves open.")
    evidence: list[str] = Field(
        default_factory=list, description="Verbatim spans from the article that leave it open."
    )


class Draft(StrictModel):
    """The part of a brief a model writes."""

    title: str = Field(min_length=1, description="A short factual headline.")
    summary: str = Field(min_length=1, description="Two or three sentences.")
    actors: list[Actor] = Field(default_factory=list, description="The key actors of the story.")
    positions: list[Position] = Field(default_factory=list, description="Each actor's position.")
    open_questions: list[OpenQuestion] = Field(
        default_factory=list, description="What a reporter would chase next."
    )


class Dropped(StrictModel):
    field: str = Field(description="Where the item was, e.g. positions[2].evidence[0].")
    value: str = Field(description="The text that was dropped or replaced.")
    reason: str = Field(description="Why verification rejected it.")
    kind: str = Field(
        default="",
        description="The check that failed: evidence, name, number, negation, hedge, attribution, role, "
        "presumption, support, truncated, title, actor, duplicate or limit.",
    )


class Provenance(StrictModel):
    field: str = Field(description="A kept model-written item, e.g. positions[2].stance or summary[1].")
    spans: list[tuple[int, int]] = Field(
        description="Character offsets (start, end) of the article sentence(s) that support it."
    )


class Grounding(StrictModel):
    score: float = Field(ge=0.0, le=1.0, description="Share of model-written items that passed verification.")
    checked: int = Field(default=0, ge=0, description="How many items were checked.")
    dropped: list[Dropped] = Field(default_factory=list)
    provenance: list[Provenance] = Field(
        default_factory=list, description="Where in the article each kept model-written item is supported."
    )
    fallback: bool = Field(default=False, description="True when the extractive skeleton replaced the model.")

    @property
    def kept_line(self) -> str:
        """``kept 3 of 4 model-written items``, as the CLI and the digest say it; "" when no model wrote."""
        if not self.checked:
            return ""
        return f"kept {round(self.score * self.checked)} of {self.checked} model-written items"


class Source(StrictModel):
    id: str = Field(description="Content hash of the article text.")
    title: str = ""
    path: str | None = None
    url: str | None = None
    published: str | None = None
    chars: int = Field(default=0, ge=0)


class Usage(StrictModel):
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    calls: int = Field(default=0, ge=0)
    cost_usd: float | None = Field(default=None, description="None when the model has no known price.")


class Generator(StrictModel):
    engine: str = ""
    model: str = ""
    prompt_hash: str = ""
    version: str = ""


class Brief(Draft):
    """A verified brief: the contract every output file follows."""

    grounding: Grounding
    source: Source
    usage: Usage = Field(default_factory=Usage)
    generator: Generator = Field(default_factory=Generator)
    warnings: list[str] = Field(
        default_factory=list, description="What went wrong but did not stop the brief."
    )


def brief_json_schema() -> dict[str, Any]:
    """The JSON Schema generated from the ``Brief`` model."""
    return Brief.model_json_schema()


def draft_json_schema(fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The JSON Schema a model's reply must follow, optionally only some top-level ``fields``."""
    schema = Draft.model_json_schema()
    if fields is not None:
        schema["properties"] = {k: v for k, v in schema["properties"].items() if k in fields}
        schema["required"] = [k for k in schema.get("required", []) if k in fields]
        if not any("$ref" in json.dumps(v) for v in schema["properties"].values()):
            schema.pop("$defs", None)
    return schema


@cache
def _shipped_schema_text() -> str:
    return resources.files("brief").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def shipped_schema() -> dict[str, Any]:
    """The JSON Schema file shipped inside the package."""
    return json.loads(_shipped_schema_text())  # type: ignore[no-any-return]


def validate_brief(data: dict[str, Any]) -> None:
    """Validate brief JSON against the shipped schema.

    Raises:
        SchemaValidationError: naming the first violation.
    """
    validator = jsonschema.Draft202012Validator(shipped_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SchemaValidationError(
            f"brief does not match the schema at {where}: {error.message}",
            attempts=1,
            raw=json.dumps(data)[:2000],
        )


def write_schema_file() -> None:
    """Regenerate ``brief/brief.schema.json`` from the models (``python -m brief.schema``)."""
    from pathlib import Path

    path = Path(__file__).with_name(SCHEMA_FILE)
    path.write_text(json.dumps(brief_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_schema_file()
