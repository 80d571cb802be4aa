"""Reported clauses the parser hung in the wrong place: a "that" clause made a relative clause of the
listeners ("told teachers who covered the lawn that ...") or of a phrase between the verb and the clause
("noted for the first time that ...")."""

from __future__ import annotations

from brief.extract._said import Said
from brief.extract._syntax import Token, cue_text, held_view, is_report_verb, present_cue, that_clause

__all__ = ["disputed_claims", "stray_that"]


def disputed_claims(noun: Token, said: list[Said]) -> list[Said]:
    """What is said of a report word the parser took for a verb: in "Curnoe disputed claims the fossils
    represented an ancestor", "disputed" hangs on "claims" as an adjective; the claims are what Curnoe
    disputes, never what he claims. Empty when the parse is not this one."""
    before = noun.doc[noun.i - 1] if noun.i else None
    if noun.tag_ != "VBZ" or before is None or before.head.i != noun.i or before.dep_ != "amod":
        return []
    if before.tag_ not in ("VBD", "VBN"):
        return []
    cue, present = cue_text(before), present_cue(before)
    return [s._replace(start=noun.idx, cue=cue, present=present) for s in said]


def stray_that(verb: Token) -> list[Token]:
    """A "that" clause the parser hung on a relative clause of the listeners: "told a few thousand teachers
    who covered the lawn that the Legislature should direct money ..." is what was told; or made a relative
    clause of a phrase between verb and clause: "noted for the first time that the plaintiff was arrested"."""
    hung = [
        rel
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for obj in prep.children
        if obj.dep_ == "pobj"
        for rel in obj.children
        if rel.dep_ == "relcl" and rel.left_edge.lower_ == "that" and _own_subject(rel)
    ]
    view = held_view(verb)  # "is of the view that the figures are too low"
    hung = hung or ([view] if view is not None and _own_subject(view) else [])
    if hung:
        return hung[:1]
    if verb.lemma_.lower() not in ("tell", "assure", "reassure", "remind", "warn", "inform"):
        return []
    listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return [
        t
        for obj in listeners
        for rel in obj.children
        if rel.dep_ == "relcl" and not is_report_verb(rel)
        for t in rel.children
        if t.dep_ == "ccomp" and that_clause(t)
    ][:1]


def _own_subject(rel: Token) -> bool:
    """A clause with a subject of its own, not the "that" that joins it ("the time that the plaintiff was
    arrested", not "the letter that reached him")."""
    that = rel.left_edge
    return that.dep_ in ("advmod", "mark") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in rel.children
    )
