"""Titles of office and family ties: a role that names another office ("Speaker" for the committee chair)
or another tie ("Arbery's mother" for his aunt) than the article gives the actor."""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract import CandidateActor
from brief.schema import Actor
from brief.verify.claims import Problem
from brief.verify.described import descriptions
from brief.verify.lexicon import stem, words

__all__ = ["OFFICES", "OFFICE_WORDS", "other_office", "unheard_office"]

# titles of office, by stem ("spokeswoman" and "spokesman" are one office)
OFFICE_WORDS = frozenset(
    "chair chairman chairwoman chairperson speaker minister president secretary spokesman spokeswoman "
    "spokesperson director governor mayor senator commissioner chancellor premier treasurer ambassador "
    "envoy judge prosecutor superintendent sheriff ceo founder editor professor assemblyman "
    "assemblywoman councillor councilor councilman councilwoman alderman officer detective sergeant "
    "inspector lieutenant negotiator manager strategist analyst economist cleaner handler pilot nurse "
    "driver attendant mechanic member provost dean rector registrar".split()
)
OFFICES = {stem(w): w[:5] for w in OFFICE_WORDS}


# kin, compared only with kin: "Arbery's mother" for "His aunt, Thea Brooks"
_KIN = {
    stem(w): w
    for w in (
        "mother father son daughter brother sister aunt uncle wife husband cousin niece nephew grandmother "
        "grandfather grandson granddaughter widow widower stepmother stepfather fiancee fiance boyfriend "
        "girlfriend"
    ).split()
}


def other_office(
    head: str, actor: Actor, candidate: CandidateActor | None, role: str = "", text: str = ""
) -> Problem | None:
    """A one-word title of office the article never gives the actor, when it gives it another one:
    "Speaker" for the one the article calls "Transportation Committee Chair" (but "founder and co-CEO"
    holds the article's "CEO")."""
    kind = next((k for k in (OFFICES, _KIN) if head in k), None)  # an office, or kin ("aunt", "mother")
    if kind is None:
        return None
    described = descriptions(actor, candidate, text)
    offices = {kind[stem(w)] for d in described for w in words(d) if stem(w) in kind}
    held = {kind[stem(w)] for w in re.split(r"[\s-]+", role.casefold()) if stem(w) in kind}
    if offices and kind[head] not in offices and not held & offices:
        return Problem(
            "role",
            f"the article gives {actor.name} another {'office' if kind is OFFICES else 'tie'} "
            f"({', '.join(sorted(offices))})",
        )
    return None


# how an article may abbreviate a title before a name: "Gov. Jerry Brown", "Lt. Col. Ray Hall"
_ABBREVIATED = {
    "senator": "sen", "governor": "gov", "lieutenant": "lt", "sergeant": "sgt", "detective": "det",
    "inspector": "insp", "superintendent": "supt", "professor": "prof", "commissioner": "comm",
}  # fmt: skip
# offices too general to be news of their own: any member of a body, any minister or officer
_GENERAL = frozenset("member minister officer".split())
# where a role's titles end (not at "and": "owner and general manager" holds two titles)
_OWN_WORDS = re.compile(r",|;|\s(?:who|whose|which|that|of|in|at|for|with|since|from|to)\s", re.I)


def unheard_office(role: str, text: str) -> Problem | None:
    """An office in the role's title that the article never names at all, in any form ("general manager"
    for the article's "Dallas Cowboys owner", "Yankees president" where no one is a president)."""
    said = _offices_named(text)
    tokens = _OWN_WORDS.split(role, maxsplit=1)[0].split()
    for word, after in zip(tokens, [*tokens[1:], ""], strict=True):
        if after[:1].isupper():
            continue  # "President Trump's lawyer": the title of the name after it
        office = word.casefold().strip(".,'’\"").removesuffix("s")
        if office in OFFICE_WORDS and office not in _GENERAL and OFFICES[stem(office)] not in said:
            return Problem("role", f"the article never calls anyone a {office}")
    return None


@lru_cache(maxsize=4)
def _offices_named(text: str) -> frozenset[str]:
    """The offices an article names in any form (once per article: every role asks)."""
    said = {OFFICES[stem(w)] for w in set(words(text)) if stem(w) in OFFICES}
    said |= {OFFICES[stem(o)] for o, short in _ABBREVIATED.items() if re.search(rf"\b{short}\b", text, re.I)}
    said |= {"ceo"} if re.search(r"\bchief executive\b", text, re.I) else set()
    return frozenset(said)
