"""A claim that swaps who did what ("Alexis accused Fowler" where the article has Fowler accuse Alexis)
or whose it was ("revenue growth for Coty" where the article has the growth for Ulta)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.extract import Event
from brief.verify.claims import Claim, Problem
from brief.verify.lexicon import STOP, is_reporting, words
from brief.verify.names import NameIndex, name_key

__all__ = ["misassigned", "misplaced", "one_on_both_sides", "swapped"]


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


# verbs too common to say who did what: anyone says, has, makes and takes
_LIGHT = frozenset(
    "be have do make take get give go come say tell ask add see know think want use put".split()
)


def misassigned(
    claim: Claim, events: Sequence[Event], told: Sequence[tuple[int, int]], names: NameIndex
) -> Problem | None:
    """A claim that gives a deed to the wrong one: "The piece was created by actor Robert Hardy" where its
    sentences (``told``, character spans) have the piece created by L.M. Rendall, and the article never has
    Hardy create anything; "Korea has suspended its purchases" where they have "Japan, which has suspended
    its purchases". Only people, or bare names of places and bodies, named on both sides count: "The Togo
    international" or "The Premier League champions" may well be the claim's own subject under another
    description."""
    for event in claim.events:
        if event.verb in _LIGHT or is_reporting(event.verb):
            continue
        alike = [e for e in events if e.verb == event.verb]
        for role in ("agents", "patients"):
            for mine in getattr(event, role):
                me = _who(names, mine)
                if me is None or any(
                    _same(names, theirs, mine) for e in alike for theirs in _told_of(e, role)
                ):
                    continue  # no one named, or the article has it of this one somewhere
                # a person's in its sentences; anyone's wherever the article does it to the same thing
                # ("Japan, which has suspended its purchases of U.S. wheat", far from Korea's sentences)
                here = [
                    t
                    for e in alike
                    if (me[0] == "person" and any(a <= e.start < b for a, b in told))
                    or (role == "agents" and _same_thing(e, event))
                    for t in _told_of(e, role)
                ]
                rivals = [(t, w) for t in here if (w := _who(names, t)) is not None and w[0] == me[0]]
                if rivals and not set(rivals[0][1][1].split()) & set(me[1].split()):
                    rival = rivals[0][0]
                    doer = "who does" if role == "agents" else "to whom it is done"
                    return Problem(
                        "attribution", f"in the article it is {rival} {doer} '{event.verb}', not {mine}"
                    )
    return None


def _same_thing(theirs: Event, mine: Event) -> bool:
    """True when two events are done to a thing told in the same words (two of them at least)."""
    said = {w for p in theirs.patients for w in words(p) if len(w) >= 3}
    claimed = {w for p in mine.patients for w in words(p) if len(w) >= 3}
    return len((said & claimed) - STOP) >= 2


def _who(names: NameIndex, phrase: str) -> tuple[str, str] | None:
    """("person", key) for a phrase that names one of the article's people; ("name", key) for a phrase that
    is nothing but a name the article has ("Japan", "the U.N.", "The World Food Program")."""
    person = _person(names, phrase)
    if person is not None:
        return ("person", person)
    bare = phrase.removeprefix("the ").removeprefix("The ")
    runs = _name_words(bare)
    if len(runs) == 1 and runs[0] == bare and names.known(bare):
        return ("name", name_key(bare))
    return None


def _told_of(event: Event, role: str) -> list[str]:
    """The event's ``role`` ("agents" or "patients"), named or told as "he" or "she" ("where he was
    granted bail")."""
    return [*getattr(event, role), *(name for side, name in event.by_pronoun if side == role)]


def _person(names: NameIndex, phrase: str) -> str | None:
    """The key of the article's person a phrase names ("actor Robert Hardy" -> "robert hardy"), if any."""
    for run in reversed(_name_words(phrase)):
        key = name_key(run)
        if key and names.people_surnamed(key.split()[-1]):
            return key
    return None


def one_on_both_sides(claim: Claim, names: NameIndex) -> Problem | None:
    """A claim with one person on both sides ("Gullit was assistant to ... Ruud Gullit"); not where the
    article has two people of that surname and the claim may mean the other ("Lane thanked Chris Lane")."""
    for mine, other in claim.both_sides:
        short, full = sorted((name_key(mine), name_key(other)), key=len)
        if short != full and names.people_surnamed(short.split()[-1]) - {full}:
            continue
        return Problem("attribution", f"it has {other} on both sides of what it tells, as if two people")
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
    """Two phrases that name the same one (by a shared form: surname, initials, the name itself); two full
    names are one only when the words of one are all in the other ("Peter Lane" is not "Chris Lane")."""
    for x in _name_words(a) or [a]:
        for y in _name_words(b) or [b]:
            kx, ky = name_key(x).split(), name_key(y).split()
            if len(kx) > 1 and len(ky) > 1:
                if set(kx) <= set(ky) or set(ky) <= set(kx):
                    return True
            elif names.forms(x) & names.forms(y):
                return True
    return name_key(a) == name_key(b)


def _name_words(phrase: str) -> list[str]:
    """The capitalised words of a phrase ("his Mercedes team-mate Nico Rosberg" -> Mercedes, Nico Rosberg),
    without an opening "The" ("The U.N." -> U.N.)."""
    runs = re.findall(r"[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*)*", phrase)
    return [r.removeprefix("The ") for r in runs if r != "The"]
