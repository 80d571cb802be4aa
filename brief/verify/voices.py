"""Who speaks for whom: an actor's part or spokesperson, its staff, or the same unnamed source
described two ways."""

from __future__ import annotations

import re

from brief.verify.lexicon import words
from brief.verify.word_forms import singular

__all__ = ["DOCUMENTS", "GROUPS", "bare", "kind_named", "name_words", "shares_word", "voice_of", "within"]

_SMALL = frozenset("the a an of for and in on at to".split())
# the head nouns of people who speak for a body the rest of their description names
_VOICES = frozenset(
    "spokesman spokeswoman spokesperson spokespeople official officials representative representatives "
    "executive executives staff officers union management lawyers attorneys".split()
)


def shares_word(speaker: str, names: list[str]) -> bool:
    """True when the speaker's name and one of the actor's share a word ("Doctors", "Doctors for Camp
    Closure"): perhaps one actor named two ways."""
    theirs = set(words(speaker)) - _SMALL
    return any(theirs & set(words(name)) for name in names)


def within(speaker: str, names: list[str]) -> bool:
    """True when the speaker is the actor's part or the same unnamed person: "the Russian and Syrian
    defense ministries" for Russia, "Nisan Ahmado's source inside the camp" for "Rukban camp source"."""
    theirs = [w for w in re.findall(r"[\w’'.-]+", speaker) if not re.search(r"['’]s?$", w)]
    if not theirs:
        return False
    for name in names:
        mine = re.findall(r"[\w’'.-]+", name)
        if len(mine) > 1 and mine[-1].islower() and mine[-1] == theirs[-1]:
            return True  # one head noun, a common one: an unnamed source described two ways
        one = mine[0] if len(mine) == 1 and len(mine[0]) >= 5 and mine[0][0].isupper() else ""
        if one and any(w.startswith(one) and len(w) - len(one) <= 3 for w in theirs):
            return True  # "Russian" for Russia
    return False


def voice_of(speaker: str, names: list[str]) -> bool:
    """True when an unnamed speaker is described as the actor's voice: "a hospital spokesman" for Texas
    Health Presbyterian Hospital, "the largest U.S. nurses' union" for National Nurses United (a
    spokesperson's, official's or union's head noun, and a word of the actor's name)."""
    theirs = words(speaker)
    named = any(w[:1].isupper() and w[1:].islower() for w in speaker.split()[1:])  # not "U.S." or "NHS"
    if len(theirs) < 2 or theirs[-1] not in _VOICES or named:
        return False
    return shares_word(" ".join(theirs[:-1]), names)


def _unnamed(speaker: str) -> list[str]:
    """The singular words of a speaker the article does not name ("Union members": union, member), or
    none for a name."""
    lower = speaker[:1].lower() + speaker[1:]
    return [singular(w) for w in lower.split() if w != "the"] if lower.islower() else []


def name_words(forms: list[str]) -> set[str]:
    """The case-folded words of an actor's names ("Harvard Grad Students Union-UAW": ..., union, uaw)."""
    return {w for f in forms for w in re.split(r"[\W_]+", f.casefold())}


def kind_named(speaker: str, forms: list[str]) -> bool:
    """True for an unnamed body or group whose noun is a word of the actor's name ("unions" for the
    "Harvard Grad Students Union-UAW", "the nurses" for National Nurses United), or its leaders or
    officials ("union leaders")."""
    said = _unnamed(speaker)
    said = said[:-1] if len(said) > 1 and said[-1] in GROUPS else said[-1:]
    named = {singular(w) for w in name_words(forms)}
    return bool(said) and said[-1] in named


GROUPS = frozenset({"leader", "official", "organizer", "organiser", "representative", "member", "authority"})
DOCUMENTS = frozenset({"study", "report", "survey", "analysis", "letter", "statement", "filing", "paper"})


def bare(speaker: str) -> str:
    """The one word of a speaker the article does not say whose it is ("Leaders" -> "leader", "The
    study" -> "study"), or "" (see ``GROUPS`` and ``DOCUMENTS``)."""
    said = _unnamed(speaker)
    return said[0] if len(said) == 1 else ""
