"""Deterministic extraction: candidate actors, attributed statements, open-question candidates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from brief.schema import ActorKind

__all__ = ["CandidateActor", "Extraction", "OpenCandidate", "Span", "Statement", "extract"]


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


@dataclass(frozen=True)
class Statement:
    speaker: str  # a CandidateActor.name
    text: str  # verbatim evidence: text == article[start:end]
    start: int
    end: int
    cue: str  # "said", "according to", "complained", ...
    kind: Literal["quote", "reported"]


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


def extract(text: str) -> Extraction:
    """Extract candidates from article text (pure apart from the memoised spaCy model)."""
    raise NotImplementedError
