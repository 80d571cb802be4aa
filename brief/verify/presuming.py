"""Whether what a question takes for granted is reported: "Why did the talks collapse?" presumes that
they collapsed, "How will Uber pass on the surcharge the council approved?" that the council approved one.
"""

from __future__ import annotations

import re

from brief.verify.article import ArticleIndex
from brief.verify.claims import Claim, Problem, Verdict
from brief.verify.lexicon import FRAME, IRREGULAR, stem, words
from brief.verify.presumed import OUTCOMES
from brief.verify.unrealised import only_unrealised

__all__ = ["presumes", "presumption"]

PRESUMED_OVERLAP = 0.5  # share of the content words of what a question takes for granted the article holds
# "Why did ...", "How much aid have they sent ...", "What caused ...": they take an event for granted
# (a question that first asks what will or could be takes nothing for granted)
_PRESUMING = re.compile(
    r"^\s*(?:(?P<wh>why|how)\b"
    r"(?P<middle>(?:(?!\s+(?:will|would|could|can|should|may|might|is|are|does|do)\b)\s+[\w'’-]+){0,6}?)"
    r"\s+(?:did|was|were|has|have|had)\b|what\s+(?:caused|led)\b)",
    re.I,
)
# "Why was the radiator not repaired?", "Why didn't the city act?" (the "not" with the question's own verb)
_WHY_NOT = re.compile(
    r"^\s*why\s+(?:\w+n['’]t\b|(?:was|were|did|has|have|had)\s+(?:[\w'’-]+\s+){1,5}?(?:not|never)\b)", re.I
)
_DEGREE = re.compile(r"^\s*how\s+(?:much|far)\s+(?:did|has|have|had)\b", re.I)
_IF = re.compile(r",?\s+(?:if|even if|given that)\s+", re.I)
_NEXT_QUESTION = re.compile(
    r",?\s+(?:and|or|but)\s+(?=(?:will|would|is|are|was|were|can|could|should|did|does|do|has|have|what|how|why|"
    r"who|when|where|which)\b)",
    re.I,
)


def presumes(index: ArticleIndex, question: Claim) -> Verdict | None:
    """For a question that takes an event for granted ("Why did the talks collapse?"): is it reported?"""
    asked = _PRESUMING.match(question.text)
    if not asked:
        return _presumes_in_passing(index, question)
    first = _NEXT_QUESTION.split(question.text, maxsplit=1)[0]  # "Why did X, and will Y?" presumes X
    first = _IF.split(first, maxsplit=1)[0]  # "How did X if Y?": X happened; Y is what it weighs
    # "How much aid have they sent?" takes for granted that they sent aid
    statement = Claim.of(((asked["middle"] or "") + first[asked.end() :]).rstrip("?"))
    names = tuple(n for n in question.names if n in first)
    statement = Claim(first, names, statement.numbers, statement.content, statement.negated, False)
    verdict = index.check(statement, mood=False)  # it asks; whether it denies is not the point
    if verdict.problem is None:
        low = statement.content and index.overlap(statement, verdict.sentences) < PRESUMED_OVERLAP
        # the event it takes for granted must be in the article at all; "How much did the news weigh on
        # the verdict?" asks whether, and how far, it did
        # and "Why was the radiator not repaired?" takes for granted that it was not: no "repaired" to find
        event = "" if _DEGREE.match(question.text) or _WHY_NOT.match(question.text) else question.predicate
        # told as the question words it ("suspended"), not as its stem ("suspe")
        told = next((w for w in words(question.text) if stem(w) == event), event)
        if low or (event and not _told(index, event)):
            what = f"nothing in it says {told!r} happened" if event else "the article does not report it"
            verdict = Verdict(Problem("support", what), verdict.sentences)
        elif event and _unrealised(index, told):
            what = f"the article has {told!r} only as sought, possible or to come"
            verdict = Verdict(Problem("support", what), verdict.sentences)
    if verdict.problem is None:
        return _presumes_in_passing(index, question) or verdict
    if verdict.problem.kind in ("name", "number"):
        return verdict
    return Verdict(presumption(verdict.problem))


def _presumes_in_passing(index: ArticleIndex, question: Claim) -> Verdict | None:
    """A question that asserts a fact in passing ("the surcharge the council approved") the article
    does not report."""
    for fact, event in question.embedded:
        verdict = index.check(Claim.of(fact), mood=False, together=False)
        problem = verdict.problem
        if problem is None and event and not _told(index, stem(event), event):
            problem = Problem("support", f"nothing in the article says {event!r} happened")
        if problem is None and event and _unrealised(index, event):
            problem = Problem("support", f"the article has {event!r} only as sought, possible or to come")
        if problem is not None and problem.kind not in ("name", "number"):
            return Verdict(presumption(problem, fact))
    return None


def presumption(problem: Problem, fact: str = "") -> Problem:
    """A question's problem told as what it takes for granted (``fact``: the words that take it)."""
    what = f"{fact!r}: " if fact else ""
    return Problem("presumption", f"it presumes what the article does not report: {what}{problem.reason}")


def _unrealised(index: ArticleIndex, word: str) -> bool:
    return only_unrealised([(s.tokens, s.stems) for s in index.sentences], word)


# the endings an event word takes ("approve": approves, approved, approval; "cancel": cancelled,
# cancellation; "reject": rejection; "accept": acceptance)
_ENDINGS = "(?:e|es|ed|d|s|ing|al|ement|ment|ation|ion|ance|led|ling|lation)?"


def _told(index: ArticleIndex, told: str, word: str = "") -> bool:
    """True when the event (``told``, a stem; ``word`` as the question has it) is a reporting word or is in
    the article at all, in any tense ("send" where the article says "sent"); an outcome (``OUTCOMES``) in
    that word's own forms, not any word its first five letters begin ("approve" is not in "approach")."""
    if word in OUTCOMES:
        forms = rf"\b{re.escape(word.removesuffix('e'))}{_ENDINGS}\b"
        return re.search(forms, index.text, re.I) is not None
    return (
        (word or told) in FRAME
        or told in index.stems
        or any(stem(base) == told and stem(past) in index.stems for past, base in IRREGULAR.items())
    )
