"""A role's post at a body: it must be a body the article gives the actor that post at, and a post that
leads the body only if the article says so; and the place a role puts them in must be the article's."""

from __future__ import annotations

import re

from brief.extract import CandidateActor
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.names import name_key
from brief.verify.offices import office

__all__ = ["other_employer", "placed_elsewhere"]

# a body a post is at: a name ("Stratfor", "the University of Washington") or the article's own words for it
# ("the federal public defenders", "marine biology"), up to the next preposition or clause
_STOPS = r"(?:at|of|for|with|in|on|who|which|that|and|or|but|since|from|to|by|where|when|said|says|as|after)"
_WORD = r"(?:(?:[A-Z]\.)+|[\w&'’-]+)"  # "U.S.", "Harbour": a sentence's full stop ends the body
_BODY = rf"(?:the\s+)?{_WORD}(?:[ \t]+(?:(?:of|and)\s+(?=[A-Z]))?(?!{_STOPS}\b){_WORD}){{0,5}}"
_LINK = r"\s+(?:at|of|for|with)\s+"
_POST_AT = re.compile(rf"\b([A-Za-z][a-z]+)((?:{_LINK}{_BODY})+)")
# posts that lead a body: a role that makes "a doctor at Chaoyang Hospital" its head promotes them
_LEADS = frozenset("head chief director president chair chairman chairwoman ceo founder leader boss".split())
# bodies told by one everyday word ("the company", "his campaign"): any named body may be the one meant
_GENERIC = frozenset(
    "company firm group agency department office government administration city state county team club party "
    "union league network newspaper paper station district campaign organization organisation".split()
)
# heads of bodies that are not one another: "the Vineland school board" is no teachers' association
_KINDS = frozenset(
    "board association union council commission committee department office agency ministry university "
    "college school hospital court party bureau institute foundation authority".split()
)

# posts that are titles though no office: "professor of marine biology" says which, "pool of bidders" not
_TITLES = frozenset(
    "attorney lawyer counsel researcher scientist fellow lecturer teacher coach author".split()
)
_UNDETERMINED = re.compile(r"^(?:the|a|an|his|her|their|its) ")


def _bodies(post: str, chain: str) -> list[str]:
    """The bodies of a post, as the text gives them: "of marine biology at Harbour University"; a body told
    in words only for a title ("professor of marine biology", not "pool of eligible bidders")."""
    titled = post in _LEADS or post in _TITLES or office(post) is not None
    found = [b.group(1) for b in re.finditer(rf"{_LINK}({_BODY})", chain)]
    return [b for b in found if titled or _named(b)]


def _named(body: str) -> bool:
    """A body told by its name: every word capitalised but "of", "and", "the" ("the Bank of England")."""
    return all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in body.split())


def _same_body(ours: str, theirs: str) -> bool:
    """True when two bodies may be one: names where one key holds the other; a body told in words where
    they share a word and do not end in two kinds of body ("the Vineland school board" is not "the Vineland
    Education Association") or one is an everyday word ("the company")."""
    a, b = name_key(ours), name_key(theirs)
    if a in b or b in a:
        return True
    if _named(ours) and _named(theirs):
        return False
    a_words, b_words = _UNDETERMINED.sub("", a).split(), _UNDETERMINED.sub("", b).split()
    if any(len(w) == 1 and w[0] in _GENERIC for w in (a_words, b_words)):
        return True
    ends = {a_words[-1], b_words[-1]} if a_words and b_words else set()
    return bool(set(a_words) & set(b_words)) and not (len(ends) == 2 and ends <= _KINDS)


def other_employer(role: str, candidate: CandidateActor, ctx: Context) -> Problem | None:
    """A post at a body the article does not give the actor, where it gives the same post at another
    ("analyst at Business Insider" for "a senior military analyst at Stratfor", "professor of geology" for
    "a professor of marine biology"), or the head of a body the article has them only work at ("Head of
    Chaoyang Hospital" for "a doctor at Chaoyang Hospital")."""
    claimed = _POST_AT.search(role)
    if claimed is None:
        return None
    post = claimed.group(1).casefold()
    bodies = _bodies(post, claimed.group(2))
    posts: dict[str, list[str]] = {}
    for mention in candidate.mentions:
        around = ctx.text[mention.start : mention.end + 120]
        for found in _POST_AT.finditer(around):
            if not found.group(1).islower():
                continue  # "Denyse Joseph of the MUHC union": her name, not a post
            held = found.group(1).casefold()
            posts.setdefault(held, []).extend(_bodies(held, found.group(2)))
    theirs = posts.get(post, [])
    for body in bodies if theirs else ():
        if not any(_same_body(body, t) for t in theirs):
            return Problem("role", f"the article has them {post} at {theirs[0]!r}, not {body!r}")
    at_body = [p for p, found in posts.items() if any(_same_body(b, t) for b in bodies for t in found)]
    if post in _LEADS and at_body and not _LEADS & set(at_body):
        return Problem("role", f"the article has them {at_body[0]} at {bodies[0]!r}, not its {post}")
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
