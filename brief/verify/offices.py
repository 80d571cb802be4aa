"""Titles of office and family ties: a role that names another office ("Speaker" for the committee chair)
or another tie ("Arbery's mother" for his aunt) than the article gives the actor."""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract import TITLE_FORMS, CandidateActor
from brief.schema import Actor
from brief.verify.claims import Problem
from brief.verify.described import descriptions
from brief.verify.lexicon import stem, words

__all__ = ["OFFICE_WORDS", "office", "other_office", "unheard_office"]

# titles of office (by their first five letters "spokeswoman" and "spokesman" are one office)
OFFICE_WORDS = frozenset(
    "chair chairman chairwoman chairperson speaker minister president secretary spokesman spokeswoman "
    "spokesperson director governor mayor senator commissioner chancellor premier treasurer ambassador "
    "envoy judge prosecutor superintendent sheriff ceo founder editor professor assemblyman "
    "assemblywoman councillor councilor councilman councilwoman alderman officer detective sergeant "
    "official inspector lieutenant negotiator manager strategist analyst economist cleaner handler pilot "
    "nurse driver attendant mechanic member provost dean rector registrar".split()
)
_OFFICES = {w: w[:5] for w in OFFICE_WORDS}  # one office by its first letters: "spokes", "chair", "counc"


def office(word: str) -> str | None:
    """The office a whole word names, in any of its forms ("Justice" a judge, "Sen" a senator, "chairmen"),
    by its first letters; None for a word that only shares a stem with one ("superior", "government")."""
    w = word.casefold().strip(".,'’\"").removesuffix("'s").removesuffix("’s")
    w = TITLE_FORMS.get(w, TITLE_FORMS.get(w + ".", w))
    singular = re.sub(r"ies$", "y", re.sub(r"men$", "man", w))  # "chairmen", "secretaries"
    for form in (w, singular, w.removesuffix("s")):
        if form in _OFFICES:
            return _OFFICES[form]
    return None


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
    of = office if office(head) else _kin if _kin(head) else None  # an office, or kin ("aunt", "mother")
    if of is None:
        return None
    described = descriptions(actor, candidate, text)
    offices = {o for d in described for w in words(d) if (o := of(w))}
    held = {o for w in re.split(r"[\s-]+", role.casefold()) if (o := of(w))}
    if offices and of(head) not in offices and not held & offices:
        return Problem(
            "role",
            f"the article gives {actor.name} another {'office' if of is office else 'tie'} "
            f"({', '.join(sorted(offices))})",
        )
    return None


def _kin(word: str) -> str | None:
    return _KIN.get(stem(word))


# offices too general to be news of their own: any member of a body, any minister or officer
_GENERAL = frozenset(w[:5] for w in ("member", "minister", "officer"))
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
        named = office(word)
        if named and named not in _GENERAL and named not in said:
            return Problem("role", f"the article never calls anyone a {word.casefold().strip('.,')}")
    return None


@lru_cache(maxsize=4)
def _offices_named(text: str) -> frozenset[str]:
    """The offices an article names in any form (once per article: every role asks)."""
    said = {o for w in set(words(text)) if (o := office(w))}
    said |= {"ceo"} if re.search(r"\bchief executive\b", text, re.I) else set()
    return frozenset(said)
