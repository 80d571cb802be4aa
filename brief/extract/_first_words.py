"""A lone first word that stands for a company the article names in full ("Fox" for Fox News, "Kaiser"
for Kaiser Aluminum Corp., "Emirates" for Emirates Airline)."""

from __future__ import annotations

from collections import Counter

from brief.extract._draft import Draft

__all__ = ["COMPANY_WORDS", "company_of", "first_word_owner"]

_DOMINANT = 2  # a shared first word is the name mentioned this many times as often as the next
COMPANY_WORDS = frozenset(
    "airline airlines airways group bank holdings corp corporation company inc ltd plc motor motors "
    "energy systems technologies industries communications networks enterprises pharmaceuticals".split()
)


def first_word_owner(
    short: str, named: dict[str, Draft], drafts: dict[str, Draft], least: int, acting: bool
) -> str | None:
    """The organisation a lone first word stands for ("Fox" in an article about Fox News): of the names
    that begin with it, the one the article keeps naming, at least twice as often as any other."""
    word = short.casefold()
    counts = Counter(
        {
            k: len(d.mentions)
            for k, d in named.items()
            if k in drafts and d.kind == "organisation" and k[2:].split()[0] == word and " " in k
        }
    )
    ranked = counts.most_common(2)
    # a name of two words, told twice, is the company's that the lone word does things as ("Campbell said it
    # cut costs" for Campbell Soup; not "the Elmton school board" for the Elmton Hawks); not an acronym's
    # body ("UN" is not UN Women)
    if acting and ranked and len(ranked[0][0].split()) == 2 and not short.isupper():
        least = min(least, 2)
    if len(ranked) == 1 and any(_legal(m.text) for m in named[ranked[0][0]].mentions):
        least = 1  # "Kaiser Aluminum Corp." once, then "Kaiser" throughout
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[0][1] < _DOMINANT * ranked[1][1]):
        return None
    return ranked[0][0]


def company_of(word: str, named: dict[str, Draft], drafts: dict[str, Draft]) -> bool:
    """True when one organisation's name is ``word`` and a word for a company ("Emirates Airline")."""
    wanted = word.casefold()
    names = [k[2:].split() for k, d in named.items() if k in drafts and d.kind == "organisation"]
    return any(len(n) == 2 and n[0] == wanted and n[1] in COMPANY_WORDS for n in names)


_LEGAL_FORMS = frozenset("corp inc ltd llc plc co company corporation limited".split())


def _legal(name: str) -> bool:
    """A company's name ending in its legal form ("Kaiser Aluminum Corp.", "Shell Petroleum Development
    Company")."""
    return name.rstrip(".").rsplit(" ", 1)[-1].casefold() in _LEGAL_FORMS
