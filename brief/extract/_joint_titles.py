"""Two titles of one person joined by "and" before the name: "Former Finance Minister and veteran
Congress leader P Chidambaram", "Karnataka Chief Minister and BJP leader Basavaraj Bommai"."""

from __future__ import annotations

from brief.extract._lexicon import OFFICE_WORDS
from brief.extract._syntax import Doc

__all__ = ["title_before_and"]


def title_before_and(doc: Doc, cc: int) -> int | None:
    """Where the first of two titles starts when token ``cc`` is the "and" between them, if it is: a
    title ending right before the "and", with no name and no article of its own ("the president and Vice
    President Mike Pence" are two people)."""
    if doc[cc].lower_ != "and" or doc[cc].dep_ != "cc" or cc < 1:
        return None
    title = doc[cc].head
    if title.i != cc - 1 or title.lower_ not in OFFICE_WORDS or (not title.is_title and title.pos_ != "NOUN"):
        return None
    start = title.left_edge.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2  # "co-chair", which the parser cut at its hyphen
    if any(t.ent_type_ == "PERSON" or t.dep_ in ("det", "poss") for t in doc[start:cc]):
        return None
    return int(start)
