"""A role's post at a body: it must be a body the article gives the actor that post at, and a post that
leads the body only if the article says so; and the place a role puts them in must be the article's."""

from __future__ import annotations

import re

from brief.extract import CandidateActor
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.names import name_key

__all__ = ["other_employer", "placed_elsewhere"]

_NAME = r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.'’-]*)*"
_POST_AT = re.compile(rf"\b([A-Za-z][a-z]+)\s+(?:at|of|for|with)\s+({_NAME})")
# posts that lead a body: a role that makes "a doctor at Chaoyang Hospital" its head promotes them
_LEADS = frozenset("head chief director president chair chairman chairwoman ceo founder leader boss".split())


def other_employer(role: str, candidate: CandidateActor, ctx: Context) -> Problem | None:
    """A post at a body the article does not give the actor, where it gives the same post at another
    ("analyst at Business Insider" for "a senior military analyst at Stratfor"), or the head of a body
    the article has them only work at ("Head of Chaoyang Hospital" for "a doctor at Chaoyang Hospital")."""
    claimed = _POST_AT.search(role)
    if claimed is None:
        return None
    post, body = claimed.group(1).casefold(), name_key(claimed.group(2))
    posts: dict[str, set[str]] = {}
    for mention in candidate.mentions:
        around = ctx.text[mention.start : mention.end + 120]
        for found in _POST_AT.finditer(around):
            if not found.group(1).islower():
                continue  # "Denyse Joseph of the MUHC union": her name, not a post
            posts.setdefault(found.group(1).casefold(), set()).add(name_key(found.group(2)))
    theirs = posts.get(post, set())
    if theirs and not any(body in t or t in body for t in theirs):
        return Problem("role", f"the article has them {post} at {sorted(theirs)[0]!r}, not {body!r}")
    at_body = [p for p, bodies in posts.items() if any(body in t or t in body for t in bodies)]
    if post in _LEADS and at_body and not _LEADS & set(at_body):
        return Problem("role", f"the article has them {at_body[0]} at {body!r}, not its {post}")
    return None


# a place after "in"/"under", with the state or county that qualifies it: "in Duarte, Calif."
_PLACE_IN = re.compile(
    r"\b(?:in|under)\s+((?:[A-Z][\w'’.-]*\s?)+(?:(?:district|county|province|village|region|township)\b)?)"
    r"(?:,\s*([A-Z][\w.]*))?"
)


def placed_elsewhere(role: str, beside: str, text: str) -> Problem | None:
    """A place the role puts the actor in where the article's description of them gives another of the
    same kind ("worker in Richmond, Calif." for "who works at a store in Duarte, Calif."; "farmer in
    Godagari district" for "a farmer under Paba district"). ``beside``: the words that describe the actor
    where the article names them; ``text``: the article."""
    given = [(m.group(1).strip(), m.group(2)) for m in _PLACE_IN.finditer(beside)]
    for found in _PLACE_IN.finditer(role):
        place, state = found.group(1).strip(), found.group(2)
        if place in beside:
            continue
        kind = place.split()[-1] if " " in place else None  # "Godagari district": a district
        for other, their_state in given:
            if their_state is None:  # the description stops at the place; the article goes on to its state
                after = re.search(rf"\b{re.escape(other)},\s*([A-Z][\w.]*)", text)
                their_state = after.group(1) if after else None
            alike = (state and state == their_state) or (kind and " " in other and other.split()[-1] == kind)
            if alike and other != place:
                return Problem("role", f"the article has them in {other}, not {place}")
    return None
