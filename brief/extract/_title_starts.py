"""Where a title before a name starts when the parser cut it from the name: a title made the object of a
preposition ("available to U.S. District Judge Ellen Segal Huvelle"), a portfolio given the name ("Minister
of Agriculture Lobin Lowe"), a title made a second subject of the name's verb."""

from __future__ import annotations

from brief.extract._lexicon import PERSON_TITLES
from brief.extract._syntax import Doc, Token

__all__ = ["conjoined_title", "detached_title", "office_of", "sibling_title"]


def _start(title: Token, deps: tuple[str, ...]) -> int:
    """The first word of a title with the words before it of the given kinds ("U.S. District Judge")."""
    return int(min([title.i, *(c.left_edge.i for c in title.lefts if c.dep_ in deps)]))


def detached_title(doc: Doc, first: int) -> int | None:
    """Where a title starts that the parser cut from the name after it ("available to U.S. District Judge
    Ellen Segal Huvelle", "Judge" the object of "to" and the name a word of its own), if one does."""
    title = doc[first - 1] if first > 0 else None
    if (
        title is None
        or not title.is_title
        or title.lower_ not in PERSON_TITLES
        or title.ent_type_ == "PERSON"
    ):
        return None
    return _start(title, ("compound",))


def office_of(doc: Doc, k: int, first: int, root: int) -> int | None:
    """Where a title starts whose portfolio the parser gave the name ("Minister of Agriculture Lobin Lowe",
    the name the object of "of"), if one does; not "a spokesman for Transport Secretary Grant Shapps",
    whose words after "for" are a title of their own."""
    if k < 1 or doc[k].lower_ not in ("of", "for") or doc[root].head.i != k or doc[k].head.i != k - 1:
        return None
    title = doc[k - 1]
    if not title.is_title or title.lower_ not in PERSON_TITLES:
        return None
    if any(t.lower_ in PERSON_TITLES or not t.is_title for t in doc[k + 1 : first]):
        return None
    return _start(title, ("compound", "amod"))


def sibling_title(doc: Doc, start: int, root: int) -> int | None:
    """Where a title starts that the parser made a second subject of the name's verb, right before the
    name ("Sindh Minister for Mines and Minerals Hafiz Tariq Baloch handed ..."), if one does."""
    if start == 0:
        return None
    name, end = doc[root], doc[start - 1]
    title = next((a for a in (end, *end.ancestors) if a.head.i == name.head.i and a.i != root), None)
    if (
        title is None
        or title.dep_ != name.dep_
        or title.lower_ not in PERSON_TITLES
        or title.right_edge != end
    ):
        return None
    return int(title.left_edge.i)


def conjoined_title(doc: Doc, start: int, root: int) -> int | None:
    """Where a title of two offices starts that the parser joined to the name as its second member
    ("acting chief scientist and assistant administrator for ocean research Craig McLean", the name a
    conjunct of "scientist"), if one does: a bare singular noun with no article, all its words running
    up to the name, with no comma."""
    name = doc[root]
    head = name.head
    if name.dep_ != "conj" or head.i >= start or head.tag_ != "NN" or not head.is_lower:
        return None
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return None  # "the residents and Mayor John Smith", "his wife and Jane Doe"
    between = doc[head.i + 1 : start]
    if any(t.is_punct for t in between) or any(not head.is_ancestor(t) for t in between):
        return None
    if not any(t.dep_ == "cc" and t.lower_ == "and" and t.head.i == head.i for t in between):
        return None
    return _start(head, ("compound", "amod"))
