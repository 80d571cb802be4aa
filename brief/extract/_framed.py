"""Words framed by an attribution set in or around them rather than reported after it: "X, Mayer said,
and Y", "..., says Kurt Hegmann", "As Sanjay Gupta noted at the time, X"."""

from __future__ import annotations

from brief.extract._clauses import MIN_WORDS, clause_range, nested
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token
from brief.extract._trim import trim_clause

__all__ = ["as_told", "before_inverted", "parenthetical"]


def parenthetical(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The clause before an attribution set in the middle of it: "Disney's tech teams isolated the
    problem, Mayer said, and patched the software" (the parser makes "said" a parataxis of "isolated")."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.left_edge.i <= head.i:  # "Some of the cancers, he noted, may not have ...": the whole clause
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if subject is None:
            return None  # "During their first encounter, Luhn said, Ailes ...": what follows
        first, last = trim_clause(doc, subject.left_edge.i, head.right_edge.i)
        return (first, last) if last - first >= MIN_WORDS - 1 else None
    first, last = head.left_edge.i, verb.left_edge.i - 1
    while last > first and doc[last].is_punct:
        last -= 1
    first, last = trim_clause(doc, first, last)
    return (first, last) if last - first >= MIN_WORDS - 1 else None


def before_inverted(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The clause before an inverted attribution the parser made the sentence's root: "Nevertheless, the
    study's findings fan the flames ..., says Kurt Hegmann, a physician who ..." (not his description)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)  # not "matters"
    if subject is None or verb.i == verb.sent.start or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.pos_ == "PROPN" for c in verb.children):
        return None  # "On Tuesday, Susan Nakhumicha, the cabinet secretary, acknowledged the government's
        # efforts": a name before the verb is its subject, and the parser's subject after it the object
    first, last = trim_clause(doc, verb.sent.start, verb.i - 2)
    if any(t.is_quote for t in doc[first : last + 1]):
        return None  # a quotation's end: the quotation itself is the statement
    return (first, last) if last - first >= MIN_WORDS - 1 else None


def as_told(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The sentence's own clause when its attribution opens with "as": "As CNN's Sanjay Gupta noted at
    the time, Trump's heart disease meant ...", "The plan is flawed, as critics have pointed out". Not a
    time clause with its own object ("as she announced her resignation, the crowd ..."), nor one that
    follows the clause without a comma ("shares fell as the company reported")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or nested(head):
        return None  # '"...," with a mass ..., as Terebey's team proposed, he says': his words, not theirs
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children):
        return None
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # "as reported earlier": no one named
    if verb.i > head.i and doc[verb.left_edge.i - 1].text != ",":
        return None
    return clause_range(doc, head, stop=verb)
