"""Verify a model's draft against the article; fill gaps from the extractive skeleton.

The model proposes, the verifier disposes: evidence must be in the article, names and numbers in
free text must be in the article, actors must be mentioned. What fails is dropped (and recorded);
what is missing is filled from the deterministic extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from brief.extract import CandidateActor, Extraction
from brief.verify.grounding import SourceText, instruction_spans, split_sentences
from brief.schema import Actor, Draft, Dropped, Grounding, OpenQuestion, Position
from brief.verify.skeleton import skeleton_actor, skeleton_positions, skeleton_questions, skeleton_summary
from brief.verify.limits import Limits

__all__ = ["Limits", "verify"]


MIN_SUMMARY_WORDS = 12
INJECTED = "reads as instructions to the model, not news: never used as support or evidence"


@dataclass
class _Ledger:
    checked: int = 0
    passed: int = 0
    dropped: list[Dropped] = field(default_factory=list)

    def ok(self) -> None:
        self.checked += 1
        self.passed += 1

    def drop(self, where: str, value: str, reason: str) -> None:
        self.checked += 1
        self.dropped.append(Dropped(field=where, value=value[:300], reason=reason))


def verify(
    draft: Draft | None, text: str, extraction: Extraction, limits: Limits = Limits(), *, title: str = ""
) -> tuple[Draft, Grounding]:
    """Return a grounded draft and its grounding report; ``draft=None`` gives the pure skeleton.

    ``title`` (the article's own) is used when the model gives none that passes.
    """
    untrusted, in_title = instruction_spans(text), instruction_spans(title)
    elsewhere = tuple(title[a:b] for a, b in in_title)
    source = SourceText(text, strict=limits.strict_text, untrusted=untrusted, elsewhere=elsewhere)
    ledger = _Ledger()
    ledger.dropped += [
        Dropped(field="article", value=text[a:b].strip()[:300], reason=INJECTED) for a, b in untrusted
    ]
    extraction = _trusted(extraction, untrusted)
    limits = limits.for_length(len(text.split()))
    base = draft or Draft(title="-", summary="-")
    actors = _verify_actors(base.actors, source, extraction, ledger, limits)
    positions = _verify_positions(base.positions, actors, source, extraction, ledger, limits)
    questions = _verify_questions(base.open_questions, source, extraction, ledger, limits)
    own_title = (title[: in_title[0][0]].strip() if in_title else title) or _fallback_title(source.trusted)
    title = _verify_title(base.title if draft else None, source, ledger) or own_title
    summary = _verify_summary(base.summary if draft else None, source, ledger, own_title)
    summary = summary or skeleton_summary(extraction)
    grounded = Draft(
        title=title, summary=summary, actors=actors, positions=positions, open_questions=questions
    )
    score = ledger.passed / ledger.checked if ledger.checked else 1.0
    return grounded, Grounding(score=round(score, 4), checked=ledger.checked, dropped=ledger.dropped)


def _trusted(extraction: Extraction, untrusted: tuple[tuple[int, int], ...]) -> Extraction:
    """The extraction without anything found inside an instruction-like passage."""
    if not untrusted:
        return extraction

    def out(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in untrusted)

    return replace(
        extraction,
        sentences=[s for s in extraction.sentences if out(s.start, s.end)],
        actors=[
            a for a in extraction.actors if any(out(m.start, m.end) for m in a.mentions) or not a.mentions
        ],
        statements=[s for s in extraction.statements if out(s.start, s.end)],
        open_questions=[q for q in extraction.open_questions if out(q.evidence.start, q.evidence.end)],
    )


def _fallback_title(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if len(line.split()) >= 3]
    return (lines[0] if lines else text.strip()[:80])[:200]


def _verify_title(title: str | None, source: SourceText, ledger: _Ledger) -> str | None:
    if title is None or not title.strip(" -"):  # "-" is the placeholder of a salvaged reply
        return None
    reason = source.unsupported(title)
    if reason:
        ledger.drop("title", title, reason)
        return None
    ledger.ok()
    return title.strip()


def _verify_summary(
    summary: str | None, source: SourceText, ledger: _Ledger, headline: str = ""
) -> str | None:
    if summary is None:
        return None
    kept = []
    for i, sentence in enumerate(split_sentences(summary)):
        reason = source.unsupported(sentence) or _restates(sentence, headline)
        if reason:
            ledger.drop(f"summary[{i}]", sentence, reason)
        else:
            ledger.ok()
            kept.append(sentence)
    text = " ".join(kept)
    # A summary that is only a headline says nothing the title does not: the lead serves better.
    return text if len(text.split()) >= MIN_SUMMARY_WORDS else None


def _restates(sentence: str, headline: str) -> str | None:
    """Why a summary sentence adds nothing: it is the article's headline again."""
    words = {w.lower() for w in re.findall(r"\w+", sentence) if len(w) > 3}
    title = {w.lower() for w in re.findall(r"\w+", headline) if len(w) > 3}
    if words and title and len(words & title) >= 0.8 * len(words):
        return "it repeats the article's headline"
    return None


def _match(name: str, candidates: list[CandidateActor]) -> CandidateActor | None:
    key = name.casefold().strip()
    for candidate in candidates:
        forms = [candidate.name, *candidate.aliases]
        if any(form.casefold() == key for form in forms):
            return candidate
    for candidate in candidates:  # "Macron" vs "Emmanuel Macron": last-name containment
        if candidate.kind == "person" and key and key.split()[-1] == candidate.name.casefold().split()[-1]:
            return candidate
    return None


def _verify_actors(
    proposed: list[Actor], source: SourceText, extraction: Extraction, ledger: _Ledger, limits: Limits
) -> list[Actor]:
    chosen: dict[str, Actor] = {}
    for i, actor in enumerate(proposed):
        candidate = _match(actor.name, extraction.actors)
        if candidate is None and not source.mentions(actor.name):
            ledger.drop(f"actors[{i}]", actor.name, "actor is not mentioned in the article")
            continue
        ledger.ok()
        merged = _merge_actor(actor, candidate, source)
        if merged.name not in chosen and len(chosen) < limits.max_actors:
            chosen[merged.name] = merged
    for candidate in _ranked(extraction, limits):
        if len(chosen) >= limits.max_actors:
            break
        if candidate.name not in chosen and not any(_match(a.name, [candidate]) for a in chosen.values()):
            chosen[candidate.name] = skeleton_actor(candidate)
    return list(chosen.values())


def _ranked(extraction: Extraction, limits: Limits) -> list[CandidateActor]:
    """Candidates to fill in, most salient first: the top ``min_actors``, then those who speak."""
    speakers = {s.speaker for s in extraction.statements}
    top = extraction.actors[: limits.min_actors]
    return top + [a for a in extraction.actors[limits.min_actors :] if a.name in speakers]


def _merge_actor(actor: Actor, candidate: CandidateActor | None, source: SourceText) -> Actor:
    role = actor.role if actor.role and not source.unsupported(actor.role) else ""
    if candidate is None:
        aliases = [a for a in actor.aliases if source.mentions(a) and a != actor.name]
        return Actor(name=actor.name, aliases=aliases, kind=actor.kind, role=role)
    aliases = [
        a for a in dict.fromkeys([*candidate.aliases, actor.name, *actor.aliases]) if a != candidate.name
    ]
    aliases = [a for a in aliases if source.mentions(a)]
    return Actor(name=candidate.name, aliases=aliases, kind=candidate.kind, role=role or candidate.role)


def _resolve_actor(name: str, actors: list[Actor]) -> Actor | None:
    key = name.casefold().strip()
    for actor in actors:
        if key in (form.casefold() for form in [actor.name, *actor.aliases]):
            return actor
    return None


def _verify_positions(
    proposed: list[Position],
    actors: list[Actor],
    source: SourceText,
    extraction: Extraction,
    ledger: _Ledger,
    limits: Limits,
) -> list[Position]:
    kept: list[Position] = []
    for i, position in enumerate(proposed):
        actor = _resolve_actor(position.actor, actors)
        if actor is None:
            ledger.drop(f"positions[{i}].actor", position.actor, "actor is not one of the brief's actors")
            continue
        evidence = _verify_evidence(position.evidence, f"positions[{i}]", source, ledger)
        reason = source.unsupported(position.stance)
        if reason:
            ledger.drop(f"positions[{i}].stance", position.stance, reason)
        if evidence and not reason and not all(_covered(actor.name, e, kept) for e in evidence):
            kept.append(Position(actor=actor.name, stance=position.stance.strip(), evidence=evidence))
    names = [a.name for a in actors]
    for position in skeleton_positions(
        extraction, names, skip=lambda actor, text: _covered(actor, text, kept)
    ):
        if len(kept) >= limits.max_positions:
            break
        kept.append(position)
    return sorted(kept, key=lambda p: names.index(p.actor))  # each actor's positions together


def _verify_evidence(evidence: list[str], where: str, source: SourceText, ledger: _Ledger) -> list[str]:
    kept: list[str] = []
    for j, quote in enumerate(evidence):
        found = source.find(quote)
        if found is None:
            reason = INJECTED if source.find(quote, anywhere=True) else "not found verbatim in the article"
            ledger.drop(f"{where}.evidence[{j}]", quote, reason)
        elif found not in kept:
            ledger.ok()
            kept.append(found)
    return kept


def _covered(actor: str, text: str, kept: list[Position]) -> bool:
    """True when ``actor`` already has a position whose evidence overlaps ``text``."""
    return any(p.actor == actor and any(text in e or e in text for e in p.evidence) for p in kept)


def _verify_questions(
    proposed: list[OpenQuestion], source: SourceText, extraction: Extraction, ledger: _Ledger, limits: Limits
) -> list[OpenQuestion]:
    kept: list[OpenQuestion] = []
    for i, item in enumerate(proposed):
        evidence = _verify_evidence(item.evidence, f"open_questions[{i}]", source, ledger)
        reason = source.unsupported(item.question) or (None if evidence else "no verbatim evidence")
        if reason:
            ledger.drop(f"open_questions[{i}]", item.question, reason)
        elif len(kept) < limits.max_questions:
            ledger.ok()
            kept.append(OpenQuestion(question=item.question.strip(), evidence=evidence))
    used = {e for q in kept for e in q.evidence}
    for question in skeleton_questions(extraction):
        if len(kept) >= limits.min_questions:
            break
        if not used.intersection(question.evidence):
            kept.append(question)
    return kept
