"""The multi-source brief of one story: several outlets' briefs of one event, merged.

``<slug>.json`` beside the single briefs is a :class:`StoryBrief`; :mod:`brief.daily.multi` builds it,
:mod:`brief.daily.differ` finds where its sources differ, :mod:`brief.daily.cluster_summary` has a model
write its summary (checked sentence by sentence against the sources: :class:`SummaryCheck`), and
``story.md.j2`` renders its Markdown.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from brief.schema import Dropped, StrictModel

__all__ = [
    "Claim",
    "Difference",
    "DifferenceKind",
    "Quote",
    "SourceRef",
    "StoryActor",
    "StoryBrief",
    "StoryPosition",
    "StoryQuestion",
    "SummaryCheck",
    "SummarySupport",
]

DifferenceKind = Literal["figure", "attribution", "statement", "measure", "date"]


class SourceRef(StrictModel):
    id: str = Field(description="The article's content id (its brief's source.id).")
    outlet: str = Field(description="A short label: the URL's host, else the file name.")
    title: str
    url: str | None = None
    published: str | None = None
    file: str = Field(default="", description="The article's own brief (Markdown), beside this one.")


class Quote(StrictModel):
    text: str = Field(description="Verbatim from the article of ``source``.")
    outlet: str
    source: str = Field(description="The article's content id.")


class StoryActor(StrictModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str = "other"
    role: str = ""
    outlets: list[str] = Field(default_factory=list, description="The outlets naming this actor.")


class StoryPosition(StrictModel):
    actor: str = Field(description="The name of a merged actor in ``actors``.")
    stance: str
    quotes: list[Quote] = Field(min_length=1)


class StoryQuestion(StrictModel):
    question: str
    outlet: str


class Claim(StrictModel):
    """What one outlet says: a figure ("at least 63 people were killed") or an attributed statement."""

    outlet: str
    source: str = Field(description="The article's content id.")
    text: str = Field(description="Verbatim from the article.")
    sentence: str = Field(default="", description="The verbatim sentence holding ``text``.")
    speaker: str = Field(default="", description="Who the article says said it, when anyone.")
    value: float | None = None
    converted: str = Field(
        default="", description='A measure in the other outlets\' units: "≈ 1,312 ft" for "400-metre-long".'
    )


class Difference(StrictModel):
    """Claims that differ between outlets, side by side: one per outlet (``also``: its other figures)."""

    kind: DifferenceKind
    about: str = Field(
        description="The counted thing (killed, injured, tonnes ...), a figure, an actor, a dimension "
        "(length, weight) or the action a date is given for."
    )
    claims: list[Claim] = Field(min_length=2)
    also: list[Claim] = Field(default_factory=list)


class SummarySupport(StrictModel):
    """A kept sentence of the model's summary and the outlet's report that supports it."""

    sentence: int = Field(description="The sentence's index in the model's reply (as in ``summary[i]``).")
    text: str
    outlet: str
    source: str = Field(description="The supporting article's content id.")
    sentences: list[int] = Field(description="The supporting sentences' indexes in that article.")
    spans: list[tuple[int, int]] = Field(description="Their character offsets (start, end) in the article.")


class SummaryCheck(StrictModel):
    """How the model's summary over the story's sources was checked: what was kept, where, and what not."""

    engine: str
    model: str
    checked: int = Field(default=0, ge=0, description="The model-written sentences checked.")
    kept: list[SummarySupport] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)
    fallback: bool = Field(default=False, description="True when the lead's summary is used instead.")
    note: str = Field(default="", description="Why the model gave no summary, when it gave none.")
    calls: int = Field(default=0, ge=0, description="Requests sent to the model (not cached).")
    cached: int = Field(default=0, ge=0, description="Requests answered by the response cache.")
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def kept_line(self) -> str:
        """``kept 3 of 4 model-written sentences``; "" when nothing was checked."""
        return f"kept {len(self.kept)} of {self.checked} model-written sentences" if self.checked else ""


class StoryBrief(StrictModel):
    """One story from several outlets; every quote and claim is verbatim in its own outlet's article."""

    title: str = Field(description="The lead article's title.")
    summary: str = Field(
        description="The model's summary over all sources (``summary_by`` model), else the lead article's."
    )
    summary_outlet: str = Field(description="The lead article's outlet.")
    summary_by: Literal["lead", "model"] = "lead"
    summary_check: SummaryCheck | None = Field(
        default=None, description="The check of the model's summary, when a model was asked for one."
    )
    sources: list[SourceRef] = Field(min_length=2)
    actors: list[StoryActor] = Field(default_factory=list)
    positions: list[StoryPosition] = Field(default_factory=list)
    differences: list[Difference] = Field(default_factory=list)
    open_questions: list[StoryQuestion] = Field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        """The articles' content ids, in the story's order."""
        return [s.id for s in self.sources]
