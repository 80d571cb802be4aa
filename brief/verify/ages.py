"""A person's age told beside the name of another: "Frank Jordan, 37," where the article has "Louis
Jordan, 37," and never gives Frank Jordan that age."""

from __future__ import annotations

import re

from brief.verify.claims import Problem
from brief.verify.names import name_key

__all__ = ["misaged"]

_AGED = re.compile(
    r"((?:(?:[A-Z]\.|[A-Z][\w'’-]+)\s+){0,3}[A-Z][\w'’-]+),\s+(\d{1,3})(?=[,.;)]|\s+(?:and|who|was|is)\b)"
)
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady".split())


def _words(name: str) -> set[str]:
    return set(name_key(name).split()) - _HONORIFICS


def misaged(claim: str, article: str) -> Problem | None:
    """The age a claim gives a person beside the name that the article gives it to, another person's."""
    told = list(_AGED.finditer(article))
    for found in _AGED.finditer(claim):
        name, age = found.group(1), found.group(2)
        holders = [m.group(1) for m in told if m.group(2) == age]
        mine = _words(name)
        if "unk" in mine or (found.start() == 0 and " " not in name):
            continue  # a summariser's placeholder; "Nurse, 26, the first ..." opening a role is no name
        # the same person by more or fewer of their names ("Copeland, 31," for "Chris Copeland, 31,")
        if holders and mine and not any(mine <= _words(h) or _words(h) <= mine for h in holders):
            return Problem("number", f"the article gives the age {age} to {holders[0]}, not {name}")
    return None
