"""Merge the briefs of one story's articles (several outlets) into a :class:`StoryBrief`.

- **Actors** are merged across outlets by name or alias, as the digest's actor index merges them
  (:func:`brief.daily.digest.actor_index`, :func:`brief.daily.match.actor_key`): one actor per person,
  named by the form most outlets use, with every other form as an alias and the outlets naming it.
- **Positions** of one actor are merged when their stances are the same
  (:func:`brief.daily.match.same_stance`); each quote keeps its outlet.
- **Where the sources differ** comes from :func:`brief.daily.differ.differences`.
- **Open questions** are merged when they ask the same (:data:`brief.daily.match.SAME_QUESTION`).

The title is the lead article's and the summary the lead brief's, labelled with its outlet; no model
writes anything here, so every quote and claim is verbatim in its own outlet's article.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.daily.differ import Canonical, Reported, differences
from brief.daily.digest import actor_index
from brief.daily.match import SAME_QUESTION, actor_key, content_words, same_stance, similarity
from brief.daily.models import ActorEntry
from brief.daily.story import Quote, StoryActor, StoryBrief, StoryPosition, StoryQuestion

__all__ = ["Reported", "merge_story"]


def merge_story(sources: Sequence[Reported], *, lead: str) -> StoryBrief:
    """The story of ``sources`` (two or more outlets' articles and briefs), led by article id ``lead``.

    Raises:
        ValueError: fewer than two sources, or ``lead`` is not one of them.
    """
    if len(sources) < 2:
        raise ValueError("a multi-source story needs at least two sources")
    head = next((s for s in sources if s.ref.id == lead), None)
    if head is None:
        raise ValueError(f"lead article {lead} is not among the story's sources")
    entries = actor_index([s.brief for s in sources])
    names = _names(entries)

    def canonical(name: str) -> str:
        return names.get(actor_key(name), name)

    outlets = {s.ref.id: s.ref.outlet for s in sources}
    return StoryBrief(
        title=head.ref.title or head.brief.title,
        summary=" ".join(head.brief.summary.split()),
        summary_outlet=head.ref.outlet,
        sources=[s.ref for s in sources],
        actors=[_actor(entry, outlets) for entry in entries],
        positions=_positions(sources, canonical),
        differences=differences(sources, canonical),
        open_questions=_questions(sources),
    )


def _names(entries: Sequence[ActorEntry]) -> dict[str, str]:
    """Every form of every merged actor (folded by ``actor_key``) to the merged actor's name."""
    names: dict[str, str] = {}
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            names.setdefault(actor_key(form), entry.name)
    return names


def _actor(entry: ActorEntry, outlets: dict[str, str]) -> StoryActor:
    role = next((seen.role for seen in entry.stories if seen.role), "")
    named = list(dict.fromkeys(outlets[seen.story] for seen in entry.stories if seen.story in outlets))
    return StoryActor(name=entry.name, aliases=entry.aliases, kind=entry.kind, role=role, outlets=named)


def _positions(sources: Sequence[Reported], canonical: Canonical) -> list[StoryPosition]:
    """Each actor's positions across outlets, one per stance, every quote labelled with its outlet."""
    merged: list[StoryPosition] = []
    for source in sources:
        for position in source.brief.positions:
            actor = canonical(position.actor)
            quotes = [
                Quote(text=q, outlet=source.ref.outlet, source=source.ref.id) for q in position.evidence
            ]
            ignore = content_words(actor)
            same = next(
                (m for m in merged if m.actor == actor and same_stance(m.stance, position.stance, ignore)),
                None,
            )
            if same is None:
                merged.append(StoryPosition(actor=actor, stance=position.stance, quotes=quotes))
            else:
                same.quotes += [q for q in quotes if q.text not in {k.text for k in same.quotes}]
    order = {name: n for n, name in enumerate(dict.fromkeys(p.actor for p in merged))}
    return sorted(merged, key=lambda p: order[p.actor])  # stable: an actor's positions together


def _questions(sources: Sequence[Reported]) -> list[StoryQuestion]:
    asked: list[StoryQuestion] = []
    for source in sources:
        for item in source.brief.open_questions:
            if not any(similarity(item.question, q.question) >= SAME_QUESTION for q in asked):
                asked.append(StoryQuestion(question=item.question, outlet=source.ref.outlet))
    return asked
