"""A claim that puts one person on both sides of what it tells: "Gullit was assistant to former Newcastle
manager Ruud Gullit", "Martin Montoya beat Barcelona star Martin Montoya". A summariser that loses track of
who is who writes these; no article tells a person doing a thing to himself under his own name twice."""

from __future__ import annotations

from typing import Any

__all__ = ["both_sides"]

# where another clause, or a description of the subject, begins: its names are not the other side
_CLAUSES = frozenset("ccomp xcomp advcl relcl acl conj parataxis appos poss csubj nsubj nsubjpass".split())
_OTHER_SIDE = frozenset("dobj pobj dative attr oprd".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def both_sides(doc: Any) -> tuple[tuple[str, str], ...]:
    """(subject, other) pairs of a parsed claim where a person's name is the subject of a verb and a form of
    the same name ("Gullit", "Ruud Gullit") is its object or the object of one of its prepositions."""
    pairs = []
    for subject in doc:
        if subject.dep_ not in ("nsubj", "nsubjpass") or not _person(subject):
            continue
        mine = _name(subject)
        for other in _outside(subject.head, subject):
            if other.dep_ in _OTHER_SIDE and _person(other) and _same_person(mine, _name(other)):
                pairs.append((" ".join(mine), " ".join(_name(other))))
    return tuple(pairs)


def _person(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.ent_type_ == "PERSON")


def _name(token: Any) -> list[str]:
    """The words of the proper name ``token`` heads: "Ruud Gullit" for Gullit."""
    parts = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    return [t.text for t in (*parts, token)]


def _outside(verb: Any, subject: Any) -> list[Any]:
    """The tokens of the verb's own clause, leaving out the subject and every clause or description
    hanging from it."""
    found, todo = [], [c for c in verb.children if c is not subject and c.dep_ not in _CLAUSES]
    while todo:
        token = todo.pop()
        found.append(token)
        todo += [c for c in token.children if c.dep_ not in _CLAUSES]
    return found


def _same_person(one: list[str], two: list[str]) -> bool:
    """Two forms of one name: the same last word, and the words of one all among the other's."""
    a, b = {w.casefold() for w in one}, {w.casefold() for w in two}
    if (a | b) & _SUFFIXES:
        return False  # "Donald Trump Jr." is not his father
    return one[-1].casefold() == two[-1].casefold() and (a <= b or b <= a)
