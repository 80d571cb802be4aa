"""A claim that joins several facts ("X, and that Y"; "Pompeo and Morrison welcomed it"): each of its
clauses, and each of its subjects, may have a window of its own, and each keeps its own polarity."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from brief.verify.ages import misaged
from brief.verify.claims import Claim, Verdict
from brief.verify.mood import mood_problem
from brief.verify.sentences import Sentence, with_ellipsis

__all__ = ["check_joined"]

_TELLING = frozenset({"negation", "hedge"})  # a clause's problem that names what is wrong


class ArticleIndex(Protocol):
    """What of ``brief.verify.article.ArticleIndex`` a joined claim's check uses (named here, not
    imported: that module calls this one)."""

    sentences: list[Sentence]

    @property
    def ages(self) -> list[tuple[str, str]]: ...

    @property
    def check_whole(self) -> Callable[..., Verdict]: ...

    def figures_in(self, claim: Claim, window: Sequence[int]) -> bool: ...


def check_joined(index: ArticleIndex, claim: Claim, **options: Any) -> Verdict:
    """Find the window that supports ``claim`` (see ``check_whole``); a sentence that joins several
    facts may instead have each of its clauses supported by a window of its own."""
    aged = misaged(claim.text, index.ages)
    if aged is not None:
        return Verdict(aged, ())
    parts = [c for c in claim.clauses if c.content]
    verdict = index.check_whole(claim, **options, polarity=not parts)
    if verdict.problem is None and parts and options.get("mood", True):
        # each fact of a joined sentence has its own polarity: "X, and that Y" where the article denies Y
        for part in parts:
            found = index.check_whole(part, **options, summing=False).problem
            if found is not None and found.kind == "hedge" and not claim.hedged:
                return Verdict(found, verdict.sentences)  # "... and that it will get out of control"
            if found is not None and found.kind == "number" and not index.figures_in(part, verdict.sentences):
                return Verdict(found, verdict.sentences)  # "..., and dunes 14 percent" (17 percent)
            if found is not None and found.kind != "negation":  # no window of its own
                found = mood_problem(index.sentences, part, with_ellipsis(index.sentences, verdict.sentences))
            if found is not None and found.kind == "negation":
                return Verdict(found, verdict.sentences)
        return verdict
    if verdict.problem is None or verdict.problem.kind not in ("support", "number"):
        return verdict
    if not claim.clauses:
        return _each_subject(index, claim, verdict, **options)
    parts_found = [
        _each_subject(index, c, index.check_whole(c, **options), **options)
        for c in claim.clauses
        if c.names or c.content
    ]
    failed = [v.problem for v in parts_found if v.problem is not None]
    # a clause the article contradicts tells what is wrong better than "no sentence has it all"
    told = (
        next((p for p in failed if p.kind in _TELLING), None) if verdict.problem.kind == "support" else None
    )
    if told is not None:
        return Verdict(told, verdict.sentences)
    if failed:
        return verdict
    return Verdict(None, tuple(sorted({i for v in parts_found for i in v.sentences})))


def _each_subject(index: ArticleIndex, claim: Claim, verdict: Verdict, **options: Any) -> Verdict:
    """A claim of several subjects the article has apart ("Pompeo and Morrison welcomed the release",
    where each welcomed it in a sentence of his own): supported when it holds of each subject."""
    if verdict.problem is None or verdict.problem.kind not in ("support", "number") or not claim.conjoined:
        return verdict
    each = [index.check_whole(claim.subject_alone(i), **options) for i in range(len(claim.conjoined))]
    if any(v.problem for v in each):
        return verdict
    return Verdict(None, tuple(sorted({i for v in each for i in v.sentences})))
