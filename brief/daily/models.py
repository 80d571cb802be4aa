"""The digest's data: the stories, the cross-story actor index, and what changed since the last digest.

``index.json`` is a :class:`Digest`; :mod:`brief.daily.digest` builds and renders it and
:mod:`brief.daily.changes` compares two of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from brief.backends.pricing import total_cost
from brief.schema import StrictModel

__all__ = [
    "ActorEntry",
    "ActorNote",
    "Appearance",
    "Changes",
    "Digest",
    "NotIncluded",
    "PositionChange",
    "QuestionNote",
    "QuestionStatus",
    "StoryEntry",
]

QuestionStatus = Literal["still open", "addressed", "no longer raised"]


class ActorNote(StrictModel):
    name: str
    story: str = Field(description="Title of the first story today that names the actor.")


class PositionChange(StrictModel):
    actor: str
    story: str = Field(description="Title of today's story with the new position.")
    before: list[str] = Field(description="The previous digest's closest positions of this actor.")
    now: list[str] = Field(description="Today's positions unlike any previous one.")


class QuestionNote(StrictModel):
    question: str = Field(description="The question as the previous digest asked it.")
    story: str = Field(description="Title of the previous story that asked it.")
    status: QuestionStatus
    detail: str = Field(default="", description="Today's matching question or the statement addressing it.")
    today: str = Field(default="", description="Title of today's story holding ``detail``.")


class Changes(StrictModel):
    previous_date: str
    new_actors: list[ActorNote] = Field(default_factory=list)
    changed_positions: list[PositionChange] = Field(default_factory=list)
    questions: list[QuestionNote] = Field(default_factory=list)
    not_followed: int = Field(default=0, description="Previous questions whose story has no follow-up today.")


class StoryEntry(StrictModel):
    id: str = Field(description="The article's content id (the brief's source.id).")
    title: str
    summary: str
    file: str = Field(description="The brief's Markdown file, beside the digest.")
    source: str | None = Field(default=None, description="The article's URL, else its path.")
    published: str | None = None
    engine: str = ""
    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None
    grounding: float = 0.0
    open_questions: list[str] = Field(default_factory=list)

    @property
    def written_by(self) -> str:
        """``engine:model`` (or the engine alone), e.g. ``openai:gpt-4o-mini``."""
        return f"{self.engine}:{self.model}" if self.model else self.engine

    @property
    def where(self) -> str:
        """A short source label: the URL's host, else the file name."""
        if self.source and "://" in self.source:
            return self.source.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
        return Path(self.source).name if self.source else ""


class Appearance(StrictModel):
    story: str = Field(description="The story's id.")
    title: str
    role: str = ""
    stances: list[str] = Field(default_factory=list)


class ActorEntry(StrictModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str = "other"
    stories: list[Appearance] = Field(min_length=1)


class NotIncluded(StrictModel):
    source: str
    title: str
    reason: str


class Digest(StrictModel):
    date: str
    title: str = "Daily brief"
    stories: list[StoryEntry] = Field(default_factory=list)
    actors: list[ActorEntry] = Field(default_factory=list, description="Most stories first.")
    changes: Changes | None = None
    not_included: list[NotIncluded] = Field(default_factory=list)

    @property
    def tokens(self) -> tuple[int, int]:
        """Prompt and completion tokens over all stories (as recorded in their briefs)."""
        return sum(s.prompt_tokens for s in self.stories), sum(s.completion_tokens for s in self.stories)

    @property
    def cost_usd(self) -> float | None:
        """Cost over all stories; ``None`` when any story's model has no known price."""
        return total_cost(s.cost_usd for s in self.stories)
