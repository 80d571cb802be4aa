"""A person's age told beside the name of another: "Frank Jordan, 37," where the article has "Louis
Jordan, 37," and never gives Frank Jordan that age."""

from __future__ import annotations

import re

from brief.verify.claims import Problem
from brief.verify.names import name_key

__all__ = ["ages_told", "misaged", "misaged_role"]

_AGED = re.compile(
    r"((?:(?:[A-Z]\.|[A-Z][\w'’-]+)\s+){0,3}[A-Z][\w'’-]+),\s+(\d{1,3})(?=[,.;)]|\s+(?:and|who|was|is)\b)"
)
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())


def _words(name: str) -> set[str]:
    return set(name_key(name).split()) - _HONORIFICS


def _same_person(mine: set[str], name: str) -> bool:
    """The same person by more or fewer of their names ("Copeland, 31," for "Chris Copeland, 31,")."""
    theirs = _words(name)
    return mine <= theirs or theirs <= mine


def ages_told(text: str) -> list[tuple[str, str]]:
    """(name, age) of each "Louis Jordan, 37," in ``text``."""
    return [(m.group(1), m.group(2)) for m in _AGED.finditer(text)]


def misaged(claim: str, told: list[tuple[str, str]]) -> Problem | None:
    """The age a claim gives a person beside the name that the article (``told``: its ``ages_told``) gives
    it to, another person's."""
    for found in _AGED.finditer(claim):
        name, age = found.group(1), found.group(2)
        holders = [holder for holder, aged in told if aged == age]
        mine = _words(name)
        if "unk" in mine or (found.start() == 0 and " " not in name):
            continue  # a summariser's placeholder; "Nurse, 26, the first ..." opening a role is no name
        if holders and mine and not any(_same_person(mine, h) for h in holders):
            return Problem("number", f"the article gives the age {age} to {holders[0]}, not {name}")
    return None


_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b")


def misaged_role(role: str, names: list[str], told: list[tuple[str, str]]) -> Problem | None:
    """A role that gives the actor an age ("21-year-old arrested as the alleged gunman") where the article
    gives them another ("Erron Brown, 20,")."""
    found = _YEAR_OLD.search(role)
    if found is None:
        return None
    forms = [w for w in map(_words, names) if w]
    theirs = [aged for holder, aged in told if any(_same_person(f, holder) for f in forms)]
    if theirs and found.group(1) not in theirs:
        return Problem("number", f"the article gives {names[0]} the age {theirs[0]}, not {found.group(1)}")
    return None
