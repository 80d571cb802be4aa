"""The digest's data: the stories, the cross-story actor index, and what changed since the last digest.

``index.json`` is a :class:`Digest`; :mod:`brief.daily.digest` builds and renders it and
:mod:`brief.daily.changes` compares two of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from brief.backends.pricing import total_cost
from brief.schema import StrictModel, Usage

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
    "StoryGroup",
    "outlet",
]

QuestionStatus = Literal["still open", "addressed", "no longer raised"]


def outlet(source: str | None) -> str:
    """A short label for an article's URL or path: the URL's host (``www.`` dropped), else the file name."""
    if source and "://" in source:
        return source.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
    return Path(source).name if source else ""


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
        return outlet(self.source)


class StoryGroup(StrictModel):
    """One story of the digest: the articles about one event (several outlets, or one article)."""

    title: str = Field(description="The lead article's brief title.")
    lead: str = Field(description="The lead article's story id.")
    stories: list[str] = Field(min_length=1, description="The ids of its entries in ``Digest.stories``.")
    file: str = Field(default="", description="The multi-source brief's Markdown; empty for one article.")
    usage: Usage | None = Field(
        default=None, description="What the model's summary over the sources took, when one was asked."
    )


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
    stories: list[StoryEntry] = Field(default_factory=list, description="One entry per article.")
    groups: list[StoryGroup] = Field(
        default_factory=list, description="The stories: articles about one event together, most first."
    )
    actors: list[ActorEntry] = Field(default_factory=list, description="Most stories first.")
    changes: Changes | None = None
    not_included: list[NotIncluded] = Field(default_factory=list)

    @property
    def grouped(self) -> list[tuple[StoryGroup, list[StoryEntry]]]:
        """Each story with its entries; an entry in no group (an older digest) is a story of its own."""
        entries = {s.id: s for s in self.stories}
        grouped = [(g, [entries[i] for i in g.stories if i in entries]) for g in self.groups]
        placed = {i for g in self.groups for i in g.stories}
        alone = [
            (StoryGroup(title=s.title, lead=s.id, stories=[s.id]), [s])
            for s in self.stories
            if s.id not in placed
        ]
        return [(g, members) for g, members in grouped if members] + alone

    @property
    def across_stories(self) -> list[tuple[ActorEntry, list[Appearance]]]:
        """Actors in more than one story, each with one appearance per story (its articles' together)."""
        story_of = {i: group for group, _ in self.grouped for i in group.stories}
        across = []
        for actor in self.actors:
            seen: dict[str, Appearance] = {}
            for appearance in actor.stories:
                group = story_of.get(appearance.story)
                key, title = (group.lead, group.title) if group else (appearance.story, appearance.title)
                merged = seen.setdefault(key, Appearance(story=key, title=title))
                merged.role = merged.role or appearance.role
                merged.stances += [s for s in appearance.stances if s not in merged.stances]
            if len(seen) > 1:
                across.append((actor, list(seen.values())))
        return across

    @property
    def tokens(self) -> tuple[int, int]:
        """Prompt and completion tokens over all briefs (as recorded in them) and the stories' summaries."""
        used = [(s.prompt_tokens, s.completion_tokens) for s in self.stories]
        used += [(g.usage.prompt_tokens, g.usage.completion_tokens) for g in self.groups if g.usage]
        return sum(p for p, _ in used), sum(c for _, c in used)

    @property
    def cost_usd(self) -> float | None:
        """Cost over all briefs and stories' summaries; ``None`` when any model has no known price."""
        summaries = [g.usage.cost_usd for g in self.groups if g.usage]
        return total_cost([*(s.cost_usd for s in self.stories), *summaries])
