"""A claim that swaps who did what ("Alexis accused Fowler" where the article has Fowler accuse Alexis)
or whose it was ("revenue growth for Coty" where the article has the growth for Ulta)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract import Event
from brief.verify.claims import Claim, Problem
from brief.verify.names import NameIndex, name_key

__all__ = ["misplaced", "swapped"]


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


_NAME = r"([A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*)"
_REACH = 60  # characters after "suspensions for" that may still name whose they are
_LINKED = re.compile(rf"\b([a-z]{{4,}})\s+(for|of|at|from|by)\s+(?:the\s+)?{_NAME}")


def misplaced(claim: Claim, said: Sequence[str], article: str, names: NameIndex) -> Problem | None:
    """A claim that gives a thing to the wrong one: "revenue growth for Coty" where its sentences (``said``)
    have "revenue growth for Ulta" and the article never says it of Coty."""
    for noun, prep, named in _LINKED.findall(claim.text):
        name = _bare(named)
        linked = re.compile(rf"\b{noun}\s+{prep}\s+(?:the\s+)?{_NAME}")
        found = [
            (_bare(m.group(1)), text[m.start(1) : m.start(1) + _REACH])
            for text in said
            for m in linked.finditer(text)
        ]
        owners = [owner for owner, _ in found]
        # "suspensions for Browns pass rusher Myles Garrett" are Garrett's too
        if not owners or any(
            _same(names, o, name) or name in o or o in name or name in after for o, after in found
        ):
            continue
        if re.search(rf"\b{noun}\s+{prep}\s+(?:the\s+)?{re.escape(name)}", article):
            continue
        return Problem("entity", f"the article has {noun} {prep} {owners[0]}, not {name}")
    return None


def _bare(name: str) -> str:
    """A name without a closing full stop, a possessive or a hyphened ending: "Dubai's", "Dubai-based"."""
    return re.sub(r"['’]s$", "", name.rstrip(".")).split("-")[0]


def _same(names: NameIndex, a: str, b: str) -> bool:
    """Two phrases that name the same one (by a shared form: surname, initials, the name itself)."""
    fa = {f for n in _name_words(a) for f in names.forms(n)} | {name_key(a)}
    fb = {f for n in _name_words(b) for f in names.forms(n)} | {name_key(b)}
    return bool(fa & fb)


def _name_words(phrase: str) -> list[str]:
    """The capitalised words of a phrase ("his Mercedes team-mate Nico Rosberg" -> Mercedes, Nico Rosberg)."""
    return re.findall(r"[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*)*", phrase)
