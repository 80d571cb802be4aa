"""Verify positions: each quote is in the article and is the words (or the doing) of the actor it is filed
under, and the stance says what those words say, with the same names, numbers, negation and hedges.

A position whose actor the brief does not have is re-homed to the actor it names (by any form);
a position that fails is dropped with everything in it recorded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract import REPORT_VERBS, Statement
from brief.schema import Position
from brief.verify.actors import Roster
from brief.verify.attribution import TOLD_OF, attribution
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.grounding import INJECTED
from brief.verify.lexicon import is_reporting, stem, words
from brief.verify.limits import Limits
from brief.verify.skeleton import is_person, skeleton_positions, stance_of

__all__ = ["verify_evidence", "verify_positions"]


def verify_positions(
    proposed: list[Position], roster: Roster, ctx: Context, limits: Limits
) -> list[Position]:
    kept: list[Position] = []
    for i, position in enumerate(proposed):
        where = f"positions[{i}]"
        actor = roster.find(position.actor, ctx.extraction.actors)
        if actor is None:
            _drop_all(where, position, Problem("actor", "actor is not one of the brief's actors"), ctx)
            continue
        names = roster.names_of(actor)
        told_of = bool(TOLD_OF.match(position.stance.strip()))
        evidence, problems = verify_evidence(
            position.evidence, where, ctx, names=names, actor=actor.name, told_of=told_of
        )
        if not evidence:
            first = sorted(problems, key=lambda p: p.kind != "attribution")  # attribution first
            ctx.ledger.drop(where, position.actor, first[0] if first else Problem("evidence", "no evidence"))
            own, _ = ctx.problem(position.stance.strip())
            if own is not None and own.kind in _OWN_KINDS:  # a wrong figure is wrong whoever said it
                ctx.ledger.drop(f"{where}.stance", position.stance, own)
            else:
                ctx.ledger.lose(f"{where}.stance", position.stance, where)
            continue
        near = sorted({i for a, b in evidence for i in ctx.index.sentence_at(a, b)})
        stance = position.stance.strip()
        problem, support = ctx.problem(stance, near=near)
        if (
            problem is None
            and not ctx.claim(stance).hedged
            and not any(is_reporting(w) for w in words(stance))
            and not _speech_led(stance)
        ):
            reporter = _reported(support, names, ctx)
            if reporter:
                problem = Problem(
                    "hedge", f"the article has it from {reporter}; the stance states it as fact"
                )
        if problem is None:
            ctx.ledger.ok(f"stance:{actor.name}\x00{stance}", ctx.spans(support))
        else:  # the quotes are the article's and the actor's: they stay, under the article's own words
            stance = _article_stance(evidence[0], actor.name, ctx)
            replaced = Problem(problem.kind, f"{problem.reason}; replaced by the article's words")
            ctx.ledger.drop(f"{where}.stance", position.stance, replaced)
        quotes = [ctx.text[a:b] for a, b in evidence]
        if not all(_covered(actor.name, q, kept) for q in quotes):
            kept.append(Position(actor=actor.name, stance=stance, evidence=quotes))
    names = [a.name for a in roster.actors]
    # the model's own positions stand: the article's statements fill in only for actors it gave none
    spoken = {p.actor for p in kept} if proposed else set()
    for position in skeleton_positions(
        ctx.extraction, names, skip=lambda actor, text: actor in spoken or _covered(actor, text, kept)
    ):
        if len(kept) >= limits.max_positions:
            break
        kept.append(position)
    return sorted(kept, key=lambda p: names.index(p.actor))  # each actor's positions together


_OWN_KINDS = frozenset({"number", "negation", "hedge", "presumption"})  # wrong in itself, not for its actor
_REPORTED = re.compile(
    r"\b((?:[A-Z][\w’'.-]*\s+){0,4}(?:[A-Z][\w’'.-]*|officials|sources|reports?|critics|analysts|observers))"
    r"\s+(?:\w+\s+)?(?:said|says|reported|reports|claimed|claims|alleged|alleges)\b"
    r"|\baccording to\s+(?P<source>(?:(?:the|a|an|their|its|his|her)\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)"
    r"(?=[,.;]|\s+(?:on|in|at|that|which|who|published|released)\b|$)"
    r"|\b(?:was widely seen as|is widely seen as|were seen as|allegedly|reportedly)\b"
)
_OPENERS = frozenset("as but and when while if after before because since so yet".split())  # no one's name
# what "according to" may cite that is the actor's own finding, not someone else's report
_DOCUMENTS = frozenset("study studies report research survey analysis paper data findings review".split())


_SPEECH_STEMS = frozenset(stem(verb) for verb in REPORT_VERBS)


def _speech_led(stance: str) -> bool:
    """True for a stance that opens on a verb of speech ("Testified that she hid under a table"): it tells
    the actor's words, which the article may well have from whoever reported them."""
    first = words(stance)[:1]
    return bool(first) and stem(first[0]) in _SPEECH_STEMS


def _reported(sentences: Sequence[int], names: list[str], ctx: Context) -> str | None:
    """Who else the supporting sentences have report what the stance says, if someone does."""
    forms = [n for n in names if len(n) >= 2]
    for i in sentences:
        text = ctx.index.sentences[i].text
        for found in _REPORTED.finditer(text):
            who = (found.group(1) or found.group("source") or found.group(0)).strip().rstrip(".")
            if found.group("source") and who.split()[-1].casefold() in _DOCUMENTS:
                continue  # "according to a study": the study's authors' own finding
            if who.casefold() in _OPENERS:
                continue  # "As the league said": no one's name
            named = set(re.findall(r"[A-Z][\w’'-]{2,}", who))
            mine = named & {w for f in forms for w in f.split()}
            # "Justice Barry Ostrager of the New York State Supreme Court said": the actor, by his body
            of_mine = any(
                re.search(rf"\b{re.escape(f)}\s+(?:of|at|for|from)\s+(?:the\s+)?$", text[: found.start()])
                for f in forms
            )
            if not mine and not of_mine and not re.match(r"(?:he|she|they|it|the)\b", who, re.I):
                return who
    return None


_QUOTE_MARKS = frozenset("\"'“”‘’")


def _article_stance(span: tuple[int, int], actor: str, ctx: Context) -> str:
    """A stance in the article's words for a quote: as the extraction phrases the statement it is part
    of (a quotation as a quotation), else the quote itself (a deed that names itself)."""
    start, end = span
    said = next((s for s in ctx.extraction.statements if s.start <= start and end <= s.end), None)
    # no statement: a cue that is the quote's first word makes stance_of give the quote's opening words
    first = re.findall(r"\w[\w'’-]*", ctx.text[start:end])[:1]
    cue = said.cue if said is not None else (first or [""])[0]
    person = is_person(ctx.extraction, actor)
    # words the article quotes stay a quotation: "X says: “Since 1990, ...”", not "X says Since 1990, ..."
    # (not a quote that carries its own quotation marks and "said": "'There is hatred ...,' [Bruck] said.")
    quoted = said is not None and said.kind == "quote" and ctx.text[start:end][:1] not in _QUOTE_MARKS
    told = Statement(actor, ctx.text[start:end], start, end, cue, "quote" if quoted else "reported")
    return stance_of(told, person=person)


def _drop_all(where: str, position: Position, problem: Problem, ctx: Context) -> None:
    ctx.ledger.drop(where, position.actor, problem)
    ctx.ledger.lose(f"{where}.stance", position.stance, where)
    for j, quote in enumerate(position.evidence):
        ctx.ledger.lose(f"{where}.evidence[{j}]", quote, where)


def verify_evidence(
    evidence: list[str],
    where: str,
    ctx: Context,
    *,
    names: list[str] | None = None,
    actor: str = "",
    told_of: bool = False,
) -> tuple[list[tuple[int, int]], list[Problem]]:
    """Spans of the quotes found verbatim (and, given ``names``, attributable to that actor; ``told_of``:
    the stance says others' words about the actor, "Is accused by a source of ...")."""
    kept: list[tuple[int, int]] = []
    problems: list[Problem] = []
    for j, quote in enumerate(evidence):
        span = ctx.source.locate(quote)
        problem = None
        if span is None:
            anywhere = ctx.source.find(quote, anywhere=True)
            problem = Problem("evidence", INJECTED if anywhere else "not found verbatim in the article")
        elif names is not None:
            problem = attribution(span, names, actor, ctx, told_of=told_of)
        if problem is not None or span is None:
            problem = problem or Problem("evidence", "not found verbatim in the article")
            ctx.ledger.drop(f"{where}.evidence[{j}]", quote, problem)
            problems.append(problem)
        elif span not in kept:
            ctx.ledger.ok(f"evidence:{ctx.text[span[0] : span[1]]}", [span])
            kept.append(span)
    return kept, problems


def _covered(actor: str, text: str, kept: list[Position]) -> bool:
    """True when ``actor`` already has a position whose evidence overlaps ``text``."""
    return any(p.actor == actor and any(text in e or e in text for e in p.evidence) for p in kept)
