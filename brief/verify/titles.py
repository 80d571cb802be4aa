"""A role's title against the titles the article gives the actor: "interior minister" where the article
says "defense minister Kim" is another office; "Iran's" for "Iranian" and "National Security Council" for
"NSC" are the same one."""

from __future__ import annotations

import re

from brief.extract import CandidateActor
from brief.schema import Actor
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.described import MAX_TITLE_WORDS, descriptions
from brief.verify.lexicon import STOP, stem, words
from brief.verify.offices import other_office
from brief.verify.word_forms import demonym_bases

__all__ = ["TITLE_END", "other_title"]

# where a title ends: a clause or phrase about the holder ("who ...", "handed a suspension", "leading ...")
TITLE_END = re.compile(
    r",|;|\s(?:who|which|that|of|in|at|for|with|since|from|and|whose)\s"
    r"|\s(?=[a-z]+(?:ed|ing)\s+(?:a|an|the|his|her|their|its|of|to|by|on|over|after)\s)",
    re.I,
)  # "Cleveland center handed a suspension" ends at "handed"; "newly named chief executive" is one title


def other_title(role: str, actor: Actor, candidate: CandidateActor | None, ctx: Context) -> Problem | None:
    """A role whose title the article gives the actor with other words: "interior minister" where the
    article says "defense minister Kim", "Egypt's foreign minister" for "Jordanian Foreign Minister"."""
    phrase = TITLE_END.split(role, maxsplit=1)[0]  # "Interior minister who resigned ..." -> its title
    said = [w for w in words(phrase) if w not in STOP]
    whose = _OF_WHOM.match(role[len(phrase) :])  # "Spokeswoman for Attorney General Eric Schneiderman"
    if not said:
        return None
    if said[-2:] == ["chief", "executive"]:  # "chief executive" is the office "CEO"
        said = [*said[:-2], "ceo"]
    title = [stem(w) for w in said]
    head = title[-1]
    own = {stem(w) for w in words(actor.name)} - {head}
    modifiers = (set(title[:-1]) - _COURTESY) | (
        {stem(w) for w in words(whose.group(1)) if w not in STOP} - own if whose else set()
    )
    if not modifiers:
        return other_office(said[-1], actor, candidate, role, ctx.text)
    found = descriptions(actor, candidate, ctx.text)
    # a nationality told by its country: "Iranian ayatollah" for "Iran's Ayatollah Ali Khamenei"
    nations = {stem(w): demonym_bases(w) for w in words(phrase) if w not in STOP}
    rivals = []
    for description in found:
        stems = [stem(w) for w in words(description) if w not in STOP]
        if head not in stems:
            continue
        countries = {s for s, bases in nations.items() if bases & set(words(description))}
        told = {stem(b) for s in countries for b in nations[s]}
        # "Iran's" for the article's "Iranian", "National Security Council" for its "NSC"
        spelt = _spelt_out(description, role) | {
            stem(b) for w in words(description) for b in demonym_bases(w)
        }
        # "company CEO" is PG&E's
        theirs = set(stems[: stems.index(head)]) - own - _GENERIC - _COURTESY - told
        if modifiers <= set(stems) | countries | spelt:
            return None
        if (
            theirs
            and len(theirs) <= MAX_TITLE_WORDS
            and not theirs <= modifiers
            and not _initials(theirs, role)
        ):
            rivals.append(description)
    if rivals:
        return Problem("role", f"the article calls {actor.name} {rivals[0]!r}")
    return other_office(said[-1], actor, candidate, role, ctx.text)


_GENERIC = frozenset(stem(w) for w in "company firm group organisation organization".split())
# how a third person is named in the title ("President Trump's lawyer", "Mr. Trump's lawyer"): not the office
_COURTESY = frozenset(stem(w) for w in "mr mrs ms dr sir president".split())
_OF_WHOM = re.compile(r"\s(?:of|for|to)\s+((?:the\s)?[A-Z][^,;]*?)(?=[,;]|\s(?:who|which|that|since)\s|$)")


def _initials(theirs: set[str], role: str) -> bool:
    """True when the article's one title word is the initials of the role's words ("CPUC" for "California
    Public Utilities Commission")."""
    letters = "".join(w[0] for w in role.split() if w[:1].isupper()).casefold()
    return len(theirs) == 1 and len(next(iter(theirs))) >= 2 and next(iter(theirs)) in letters


def _spelt_out(description: str, role: str) -> set[str]:
    """Stems of the role's capitalised words whose initials are a word of the description ("NSC")."""
    capitals = [w for w in re.findall(r"[\w'’-]+", role) if w[:1].isupper()]
    found: set[str] = set()
    for short in re.findall(r"\b[A-Z]{2,6}\b", description):
        for a in range(len(capitals)):
            run = capitals[a : a + len(short)]
            if "".join(w[0] for w in run) == short:
                found |= {stem(w.casefold()) for w in run}
    return found
