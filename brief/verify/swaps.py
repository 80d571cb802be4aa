"""A claim that swaps who did what: "Alexis accused Fowler" where the article has Fowler accuse Alexis."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract import Event
from brief.verify.claims import Claim, Problem
from brief.verify.names import NameIndex, name_key

__all__ = ["swapped"]


def swapped(claim: Claim, events: Sequence[Event], names: NameIndex) -> Problem | None:
    """A claim that swaps who did what: "Alexis accused Fowler" where the article's ``events`` have
    Fowler accuse Alexis (the same verb, the doer and the one it was done to exchanged)."""
    for event in claim.events:
        for mine in events:
            if mine.verb != event.verb:
                continue
            doer = next((a for a in mine.agents if any(_same(names, a, p) for p in event.patients)), None)
            done = any(_same(names, p, a) for p in mine.patients for a in event.agents)
            if doer is not None and done:
                return Problem(
                    "attribution",
                    f"in the article it is {doer} who does '{event.verb}', the other way round",
                )
    return None


def _same(names: NameIndex, a: str, b: str) -> bool:
    """Two phrases that name the same one (by a shared form: surname, initials, the name itself)."""
    fa = {f for n in _name_words(a) for f in names.forms(n)} | {name_key(a)}
    fb = {f for n in _name_words(b) for f in names.forms(n)} | {name_key(b)}
    return bool(fa & fb)


def _name_words(phrase: str) -> list[str]:
    """The capitalised words of a phrase ("his Mercedes team-mate Nico Rosberg" -> Mercedes, Nico Rosberg)."""
    return re.findall(r"[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*)*", phrase)
