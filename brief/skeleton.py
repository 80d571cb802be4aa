"""The extractive skeleton: a brief built from extraction alone, every word from the article."""

from __future__ import annotations

from collections.abc import Callable

from brief.extract import CandidateActor, Extraction, Statement
from brief.schema import Actor, OpenQuestion, Position

__all__ = ["skeleton_actor", "skeleton_positions", "skeleton_questions", "skeleton_summary"]

MAX_EVIDENCE = 4
STANCE_WORDS = 28


def skeleton_actor(candidate: CandidateActor) -> Actor:
    """An actor exactly as extracted."""
    aliases = [a for a in candidate.aliases if a != candidate.name]
    return Actor(name=candidate.name, aliases=aliases, kind=candidate.kind, role=candidate.role)


def _stance(statement: Statement) -> str:
    words = statement.text.strip(" \"“”‘’'").split()
    clause = " ".join(words[:STANCE_WORDS]) + ("…" if len(words) > STANCE_WORDS else "")
    cue = statement.cue.strip().capitalize() or "Said"
    return f"{cue}: {clause}"


def skeleton_positions(
    extraction: Extraction,
    actor_names: list[str],
    skip: Callable[[str, str], bool] = lambda actor, text: False,
) -> list[Position]:
    """One position per speaker among ``actor_names``, with up to four statements as evidence.

    ``skip(actor, text)`` leaves out statements already covered elsewhere.
    """
    by_speaker: dict[str, list[Statement]] = {}
    for statement in extraction.statements:
        if statement.speaker in actor_names and not skip(statement.speaker, statement.text):
            by_speaker.setdefault(statement.speaker, []).append(statement)
    positions = []
    for name in actor_names:
        statements = by_speaker.get(name, [])
        if statements:
            evidence = list(dict.fromkeys(s.text for s in statements))[:MAX_EVIDENCE]
            positions.append(Position(actor=name, stance=_stance(statements[0]), evidence=evidence))
    return positions


def skeleton_questions(extraction: Extraction) -> list[OpenQuestion]:
    """Open questions phrased by extraction, each tied to its verbatim sentence."""
    return [OpenQuestion(question=c.question, evidence=[c.evidence.text]) for c in extraction.open_questions]


def skeleton_summary(extraction: Extraction, sentences: int = 2) -> str:
    """The lead: the first sentences of the article that read as prose."""
    lead = [
        s.text.strip()
        for s in extraction.sentences
        if len(s.text.split()) >= 8 and s.text.strip()[-1:] in '.!?”"'
    ]
    return " ".join(lead[:sentences]) or (
        extraction.sentences[0].text.strip() if extraction.sentences else "-"
    )
