"""What changed since the previous digest: new actors, changed positions, open questions settled or not.

Actors are matched across days by name or alias (:func:`~brief.daily.match.actor_key`); positions and
questions by word overlap (:func:`~brief.daily.match.similarity`; a stance must also keep its polarity,
:func:`~brief.daily.match.same_stance`). A question from the previous day is

- **still open** when a question today says the same thing;
- **addressed** when a position, quote or summary sentence of a story continuing it today covers most
  of its content words;
- **no longer raised** when its story goes on today but the question is gone;

and it is counted under ``not_followed`` otherwise: a story nobody wrote about today settles nothing.
A story goes on today when today has the same article or URL, or a story whose title and summary
overlap it by :data:`~brief.daily.match.SAME_STORY`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from brief.daily.match import (
    SAME_QUESTION,
    SAME_STORY,
    actor_key,
    content_words,
    coverage,
    same_stance,
    similarity,
)
from brief.daily.models import ActorEntry, ActorNote, Changes, Digest, PositionChange, QuestionNote
from brief.schema import Brief

__all__ = ["ADDRESSED", "ActorNote", "Changes", "PositionChange", "QuestionNote", "changes_since"]

ADDRESSED = 0.6  # share of a question's content words a statement must contain to address it
_HEDGE = re.compile(r"\?|\bunclear\b|\bwhether\b|\bnot (yet )?(known|clear|decided)\b|\bunknown\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def changes_since(previous: Digest, current: Digest, briefs: Mapping[str, Brief]) -> Changes:
    """Compare ``current`` (with its briefs by story id) against the ``previous`` digest."""
    changes = Changes(previous_date=previous.date)
    for entry in current.actors:
        match = _match(entry, previous.actors)
        if match is None:
            changes.new_actors.append(ActorNote(name=entry.name, story=entry.stories[0].title))
        else:
            changes.changed_positions += _position_changes(entry, match)
    _questions(changes, previous, current, briefs)
    return changes


def _followups(previous: Digest, current: Digest) -> dict[str, set[str]]:
    """For each previous story, today's stories that continue it: same article or URL, or similar text."""
    follow: dict[str, set[str]] = {}
    for old in previous.stories:
        text = f"{old.title} {old.summary}"
        follow[old.id] = {
            new.id
            for new in current.stories
            if new.id == old.id
            or (new.source is not None and new.source == old.source)
            or similarity(text, f"{new.title} {new.summary}") >= SAME_STORY
        }
    return follow


def _match(entry: ActorEntry, previous: Sequence[ActorEntry]) -> ActorEntry | None:
    """The previous actor whose name is one of ``entry``'s forms, or whose forms include its name."""
    name = actor_key(entry.name)
    forms = {actor_key(f) for f in (entry.name, *entry.aliases)}
    for other in previous:
        if actor_key(other.name) in forms or name in {actor_key(a) for a in other.aliases}:
            return other
    return None


def _position_changes(entry: ActorEntry, before: ActorEntry) -> list[PositionChange]:
    old = [s for a in before.stories for s in a.stances]
    if not old:
        return []
    name = max(entry.name, before.name, key=len)  # "Anna Berg" reads better than today's "Berg"
    changes = []
    names = content_words(" ".join([entry.name, *entry.aliases, before.name, *before.aliases]))
    for appearance in entry.stories:
        new = [s for s in appearance.stances if not any(same_stance(s, o, names) for o in old)]
        if new:
            closest = sorted(old, key=lambda o: -max(similarity(o, s, names) for s in new))[:2]
            changes.append(PositionChange(actor=name, story=appearance.title, before=closest, now=new))
    return changes


def _questions(changes: Changes, previous: Digest, current: Digest, briefs: Mapping[str, Brief]) -> None:
    asked = [(q, s.title) for s in current.stories for q in s.open_questions]
    said = list(_statements(current, briefs))
    follow = _followups(previous, current)
    for story in previous.stories:
        ours = [(text, title) for text, title, story_id in said if story_id in follow[story.id]]
        for question in story.open_questions:
            note = _settle(question, story.title, asked, ours)
            if note is None and follow[story.id]:
                note = QuestionNote(question=question, story=story.title, status="no longer raised")
            if note is None:
                changes.not_followed += 1
            else:
                changes.questions.append(note)


def _settle(
    question: str, story: str, asked: list[tuple[str, str]], said: list[tuple[str, str]]
) -> QuestionNote | None:
    """Still open (a question today matches) or addressed (a statement today covers it), else None."""
    best = max(asked, key=lambda qs: similarity(question, qs[0]), default=None)
    if best is not None and similarity(question, best[0]) >= SAME_QUESTION:
        return QuestionNote(
            question=question, story=story, status="still open", detail=best[0], today=best[1]
        )
    score, index = coverage(question, [text for text, _ in said])
    if score >= ADDRESSED:
        text, today = said[index]
        return QuestionNote(question=question, story=story, status="addressed", detail=text, today=today)
    return None


def _statements(current: Digest, briefs: Mapping[str, Brief]) -> Iterator[tuple[str, str, str]]:
    """Today's affirmative statements with story title and id: stances, quotes, summary sentences."""
    for story in current.stories:
        brief = briefs.get(story.id)
        if brief is None:
            continue
        texts = [p.stance for p in brief.positions] + [e for p in brief.positions for e in p.evidence]
        texts += _SENTENCE.split(brief.summary)
        for text in texts:
            if text.strip() and not _HEDGE.search(text):
                yield " ".join(text.split()), story.title, story.id
