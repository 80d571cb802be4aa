"""Public value types of the extraction stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from brief.extract._events import Event
from brief.schema import ActorKind

__all__ = ["CandidateActor", "Extraction", "OpenCandidate", "Span", "Statement", "normalise_name"]

_NON_WORD = re.compile(r"[\W_]+")


def normalise_name(name: str) -> str:
    """Case- and punctuation-insensitive key for comparing actor names and aliases."""
    return _NON_WORD.sub(" ", name.replace("’", "'").casefold()).strip()


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into the article text: text[start:end] == self.text
    end: int
    text: str


@dataclass
class CandidateActor:
    name: str  # fullest form seen in the article, verbatim ("Emmanuel Macron")
    aliases: list[str]  # other verbatim surface forms ("Macron", "the French president")
    kind: ActorKind
    role: str  # a title/description from the text ("French president") or ""
    mentions: list[Span] = field(default_factory=list)
    salience: float = 0.0  # higher = more central (mentions, statements, early position)

    def names(self) -> list[str]:
        """The name followed by every alias."""
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class Statement:
    speaker: str  # a CandidateActor.name
    text: str  # verbatim evidence: text == article[start:end]
    start: int
    end: int
    cue: str  # "said", "according to", "complained", ...
    kind: Literal["quote", "reported", "deed"]  # a deed: what the actor did, not words it said
    present: str = "says"  # the cue in a reporter's present tense: "says", "points out", "complains"
    opens_on_name: bool = True  # False when its first word is capitalised only because it opened a sentence
    it_means: str = ""  # what an opening "it" stands for, named in the sentence before ("the plan")


@dataclass(frozen=True)
class OpenCandidate:
    question: str  # a question phrased from the sentence ("Will US support be finalised ...?")
    evidence: Span  # the hedged or unresolved sentence, verbatim
    cue: str  # "would", "could", "unlikely", "suggested", ...


@dataclass
class Extraction:
    sentences: list[Span]
    actors: list[CandidateActor]  # sorted by salience, highest first
    statements: list[Statement]
    open_questions: list[OpenCandidate]
    numbers: list[str]  # numbers as written ("26", "€1.1bn", "2027")
    events: list[Event] = field(default_factory=list)  # who did what to whom (named doers only)

    def find_actor(self, name_or_alias: str) -> CandidateActor | None:
        """The actor whose name or an alias matches (case/punctuation-insensitive), if any."""
        key = normalise_name(name_or_alias)
        return next((a for a in self.actors if key in {normalise_name(n) for n in a.names()}), None)

    def statements_by(self, name: str) -> list[Statement]:
        """Statements whose speaker is the actor with this name or alias."""
        actor = self.find_actor(name)
        return [s for s in self.statements if actor is not None and s.speaker == actor.name]
