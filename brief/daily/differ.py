"""Where the sources of one story differ: figures, who said a figure, and one actor's statements.

Three kinds of :class:`~brief.daily.story.Difference`, each listing the outlets' claims side by side:

- **figure**: the outlets give different numbers for the same counted thing ("killed", "injured",
  "tonnes" ..., see :mod:`brief.daily.figures`). Each outlet's figure is the first it gives for that
  thing (a lede's toll, not a later sub-count); its other figures are listed under ``also``. Outlets
  differ when their first figures are not all the same value.
- **attribution**: the outlets give the same figure but put it in different mouths (one outlet's
  evidence for actor A holds it, another's for actor B).
- **statement**: one actor's stances in two outlets use the same words with opposite polarity
  ("agreed to the deal" / "did not agree to the deal"; :func:`brief.daily.match.same_stance`).
- **measure**: lengths, distances or weights of one thing that differ once converted to one unit
  ("430-foot" / "400-metre-long"; :mod:`brief.daily.measures`).
- **date**: the same action given different days (:mod:`brief.daily.dates`).

Every claim's text is verbatim from its own outlet's article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from brief.daily.dates import date_differences
from brief.daily.figures import Figure, figures
from brief.daily.match import SAME_STANCE, content_words, same_stance, similarity
from brief.daily.measures import measure_differences
from brief.daily.story import Claim, Difference, SourceRef
from brief.schema import Brief

__all__ = ["Canonical", "Reported", "differences"]

Canonical = Callable[[str], str]  # an actor name in one brief -> the story's merged actor name


@dataclass(frozen=True)
class Reported:
    """One outlet's article and its brief."""

    ref: SourceRef
    brief: Brief
    text: str


def differences(sources: Sequence[Reported], canonical: Canonical) -> list[Difference]:
    """Figures, attributions, statements, measures and dates that differ between ``sources``, most
    outlets first."""
    claims = {s.ref.id: _figure_claims(s, canonical) for s in sources}
    found = _figures(sources, claims) + _attributions(sources, claims) + _statements(sources, canonical)
    texts = [(s.ref.outlet, s.ref.id, s.text) for s in sources]
    found += measure_differences(texts) + date_differences(texts)
    return sorted(found, key=lambda d: -len(d.claims))  # stable: figures, then attributions, statements


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _speaker(figure: Figure, brief: Brief, text: str, canonical: Canonical) -> str:
    """The merged actor whose evidence in ``brief`` holds the figure, else ""."""
    for position in brief.positions:
        for quote in position.evidence:
            start = text.find(quote)
            if start >= 0 and start <= figure.start and figure.end <= start + len(quote):
                return canonical(position.actor)
    return ""


def _figure_claims(source: Reported, canonical: Canonical) -> dict[str, list[Claim]]:
    """The source's figures by counted thing, one claim per value (an attributed one preferred)."""
    by_thing: dict[str, list[Claim]] = {}
    for figure in figures(source.text):
        claim = Claim(
            outlet=source.ref.outlet,
            source=source.ref.id,
            text=figure.text,
            sentence=figure.sentence,
            speaker=_speaker(figure, source.brief, source.text, canonical),
            value=figure.value,
        )
        kept = by_thing.setdefault(figure.counted, [])
        twin = next((i for i, c in enumerate(kept) if _same(c.value, claim.value)), None)
        if twin is None:
            kept.append(claim)
        elif claim.speaker and not kept[twin].speaker:
            kept[twin] = claim
    return by_thing


def _figures(sources: Sequence[Reported], claims: dict[str, dict[str, list[Claim]]]) -> list[Difference]:
    things = dict.fromkeys(thing for s in sources for thing in claims[s.ref.id])
    found = []
    for thing in things:
        given = [claims[s.ref.id][thing] for s in sources if thing in claims[s.ref.id]]
        first = [c[0] for c in given]
        if len(first) >= 2 and not all(_same(c.value, first[0].value) for c in first):
            also = [claim for listed in given for claim in listed[1:]]
            found.append(Difference(kind="figure", about=thing, claims=first, also=also))
    return found


def _attributions(sources: Sequence[Reported], claims: dict[str, dict[str, list[Claim]]]) -> list[Difference]:
    """The same figure of the same thing said by different actors in different outlets."""
    found = []
    things = dict.fromkeys(thing for s in sources for thing in claims[s.ref.id])
    for thing in things:
        said = [c for s in sources for c in claims[s.ref.id].get(thing, ()) if c.speaker]
        seen: list[float] = []
        for claim in said:
            if claim.value is None or any(_same(claim.value, v) for v in seen):
                continue
            seen.append(claim.value)
            alike = _one_per_outlet([c for c in said if _same(c.value, claim.value)])
            if len(alike) >= 2 and len({c.speaker for c in alike}) >= 2:
                about = f"{claim.text} ({thing})" if thing not in claim.text.casefold() else claim.text
                found.append(Difference(kind="attribution", about=about, claims=alike))
    return found


def _one_per_outlet(claims: list[Claim]) -> list[Claim]:
    firsts: dict[str, Claim] = {}
    for claim in claims:
        firsts.setdefault(claim.source, claim)
    return list(firsts.values())


def _statements(sources: Sequence[Reported], canonical: Canonical) -> list[Difference]:
    """Stances of one actor in two outlets with the same words and opposite polarity."""
    stances = [(canonical(p.actor), s, p.stance, p.evidence[0]) for s in sources for p in s.brief.positions]
    found = []
    for i, (actor, source, stance, quote) in enumerate(stances):
        for other_actor, other, other_stance, other_quote in stances[i + 1 :]:
            if other_actor != actor or other.ref.id == source.ref.id:
                continue
            names = content_words(actor)
            if similarity(stance, other_stance, names) >= SAME_STANCE and not same_stance(
                stance, other_stance, names
            ):
                claims = [
                    Claim(outlet=s.ref.outlet, source=s.ref.id, text=q, speaker=actor)
                    for s, q in ((source, quote), (other, other_quote))
                ]
                found.append(Difference(kind="statement", about=actor, claims=claims))
    return found
