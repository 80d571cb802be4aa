"""Several speakers named in one subject: the examples a plural gives ("Kyiv's European allies, including
Macron and Merz") and the names of a pair or list ("Senators A, B and C")."""

from __future__ import annotations

from brief.extract._ctx import Ctx
from brief.extract._lexicon import PERSON_NOUNS, PERSON_TITLES
from brief.extract._syntax import Token

__all__ = ["examples", "named_pair"]


def examples(ctx: Ctx, subject: Token) -> list[int]:
    """The named actors a plural subject gives as its examples: "Kyiv's European allies, including France's
    Emmanuel Macron and Germany's Friedrich Merz, condemned ..." is said by Macron and Merz."""
    including = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "including"), None)
    first = next((c for c in including.children if c.dep_ == "pobj"), None) if including is not None else None
    if subject.tag_ not in ("NNS", "NNPS") or first is None:
        return []
    named = [ctx.owner.get(t.i) for t in (first, *first.conjuncts)]
    return list(dict.fromkeys(d for d in named if d is not None))


def named_pair(ctx: Ctx, subject: Token) -> list[int]:
    """The second person of a pair named in a plural subject: "Joint general secretaries of Unite, Tony
    Woodley and Derek Simpson, said" (however the parser hung the names), and the rest of a list of names
    the parser set beside the first: "Senators John Smith, Mary Jones and Bob Brown said" (Jones apposed
    to Smith, Brown a conjunct of Jones)."""
    owner, people = ctx.owner, ctx.people
    listed = [
        a
        for a in subject.children
        if a.dep_ == "appos" and owner.get(a.i) not in (None, owner.get(subject.i))
    ]
    # (not "Adriana Dupita, Brazil and Argentina economist for Bloomberg": what she is, a common noun last)
    described = listed and any(k.dep_ == "conj" and k.pos_ == "NOUN" for k in listed[0].children)
    if listed and any(c.dep_ == "cc" for c in listed[0].children) and not described:
        return [owner[t.i] for t in (listed[0], *listed[0].conjuncts) if owner.get(t.i) is not None]
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in PERSON_TITLES | PERSON_NOUNS:
        return []  # not "e-mails between Zuckerberg and Ceglia"
    return [
        owner[t.i]
        for t in subject.subtree
        if t.dep_ == "conj" and owner.get(t.i) in people and owner.get(t.head.i) in people
    ]
