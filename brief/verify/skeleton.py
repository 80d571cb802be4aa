"""The extractive skeleton: a brief built from extraction alone, every word from the article."""

from __future__ import annotations

from collections.abc import Callable

from brief.extract import CandidateActor, Extraction, Statement, normalise_name
from brief.schema import Actor, OpenQuestion, Position

__all__ = ["skeleton_actor", "skeleton_positions", "skeleton_questions", "skeleton_summary", "stance_of"]

MAX_EVIDENCE = 4
MAX_GROUPS = 5
GAP_CHARS = 600  # statements further apart than this are about something else
STANCE_WORDS = 28


def skeleton_actor(candidate: CandidateActor) -> Actor:
    """An actor exactly as extracted."""
    aliases = [a for a in candidate.aliases if a != candidate.name]
    return Actor(name=candidate.name, aliases=aliases, kind=candidate.kind, role=candidate.role)


def _unwrap(text: str) -> str:
    """Drop quote marks that wrap the whole text; keep ones that close a quotation inside it."""
    text = text.strip()
    pairs = {"“": "”", '"': '"', "‘": "’", "'": "'"}
    while len(text) > 1 and pairs.get(text[0]) == text[-1]:
        if text.count(text[0]) + text.count(text[-1]) != 2:
            break
        text = text[1:-1].strip()
    return text


def stance_of(statement: Statement) -> str:
    """A stance in the article's words: the statement's cue and its opening words ("Said: ...")."""
    words = _unwrap(statement.text).split()
    clause = " ".join(words[:STANCE_WORDS]) + ("…" if len(words) > STANCE_WORDS else "")
    verb = statement.cue.strip().split(" ")[0].casefold()
    if verb and verb in {w.strip(",.;:").casefold() for w in words}:
        return clause[:1].upper() + clause[1:]  # a deed that names itself: "Launched an elaborate ..."
    cue = statement.cue.strip().capitalize() or "Said"
    return f"{cue}: {clause}"


def skeleton_positions(
    extraction: Extraction,
    actor_names: list[str],
    skip: Callable[[str, str], bool] = lambda actor, text: False,
) -> list[Position]:
    """Positions of the speakers among ``actor_names``, each backed by up to four statements.

    A speaker's statements are grouped by where they stand in the article (a new group starts
    after a gap of ``GAP_CHARS`` or when a group is full), so one who speaks on several matters
    gets up to ``MAX_GROUPS`` positions. Every speaker's first position comes first (in
    ``actor_names`` order); further ones follow by ``depth * (1 + rank)``, so the leading actors
    get their second and third positions before minor ones get a second. ``skip(actor, text)``
    leaves out statements already covered elsewhere.
    """
    ranked: list[tuple[int, int, Position]] = []
    for rank, name in enumerate(actor_names):
        texts = _distinct([s for s in extraction.statements if s.speaker == name and not skip(name, s.text)])
        for depth, group in enumerate(_groups(texts)[:MAX_GROUPS]):
            position = Position(actor=name, stance=stance_of(group[0]), evidence=[s.text for s in group])
            ranked.append((depth * (1 + rank), rank, position))
    return [position for _, _, position in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _distinct(statements: list[Statement]) -> list[Statement]:
    """Statements in text order without repeats (a repeated paragraph, a pull quote, a nested span)."""
    kept: list[Statement] = []
    for statement in sorted(statements, key=lambda s: s.start):
        key = normalise_name(statement.text)
        if not any(key in normalise_name(k.text) or normalise_name(k.text) in key for k in kept):
            kept.append(statement)
    return kept


def _groups(statements: list[Statement]) -> list[list[Statement]]:
    groups: list[list[Statement]] = []
    for statement in statements:
        if groups and len(groups[-1]) < MAX_EVIDENCE and statement.start - groups[-1][-1].end <= GAP_CHARS:
            groups[-1].append(statement)
        else:
            groups.append([statement])
    return groups


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
