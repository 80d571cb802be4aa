"""A country's government, its compass name and its "State of" form named as the country: "the South Korean
government" and "the North" (North Korea), "the State of New York" (New York State)."""

from __future__ import annotations

import re

from brief.extract._draft import Draft
from brief.extract._lexicon import COUNTRY_FORMS, DEMONYMS
from brief.extract._short_forms import another_name

__all__ = ["merge_governments"]

_GOVERNMENT = re.compile(r"^(?:the\s+)?(.+?)\s+government$", re.I)
_FORMS = {form: canon for canon, forms in COUNTRY_FORMS.items() for form in forms}


def _of_country(words: list[str], country: list[str]) -> bool:
    """ "south korean" is of "south korea", "french" of "france": the same words but the last, whose
    demonym shares its first four letters (or the one ``DEMONYMS`` gives)."""
    if len(words) != len(country) or words[:-1] != country[:-1]:
        return False
    last, own = words[-1], country[-1]
    return DEMONYMS.get(last, last[:4]) == own[:4] or last == own


def merge_governments(drafts: dict[str, Draft]) -> None:
    """ "The South Korean government" and "the U.S. government" are their countries, when the article
    names the country too."""
    countries = {k: d for k, d in drafts.items() if d.kind == "country" and k[:2] in ("c:", "n:")}
    for key in [k for k in drafts if k[:2] in ("n:", "g:")]:
        found = _GOVERNMENT.match(key[2:])
        if found is None or drafts[key].kind == "country":
            continue
        of = found.group(1).casefold()
        canon = _FORMS.get(of)
        targets = [
            k
            for k in countries
            if k == f"c:{canon}" or (canon is None and _of_country(of.split(), k[2:].split()))
        ]
        if len(targets) == 1:
            another_name(drafts, key, targets[0])
    for key in [k for k in drafts if k[:2] == "n:" and k[2:] in _COMPASS]:  # "the North" is North Korea
        targets = [k for k in countries if " " in k[2:] and k[2:].split()[0] == key[2:]]
        if len(targets) == 1 and key in drafts:
            another_name(drafts, key, targets[0])
    _merge_of_forms(drafts)


_COMPASS = frozenset("north south east west".split())


_OF_FORM = re.compile(r"^(?:the\s+)?(state|city|province|county|commonwealth|republic)\s+of\s+(.+)$")


def _merge_of_forms(drafts: dict[str, Draft]) -> None:
    """ "The State of New York" is "New York State"; "the City of Newark" is "Newark City"."""
    plain = {k[2:].removeprefix("the "): k for k in drafts if k[:2] == "n:"}
    for key in [k for k in drafts if k[:2] == "n:"]:
        found = _OF_FORM.match(key[2:])
        target = plain.get(f"{found.group(2)} {found.group(1)}") if found else None
        if target is not None and target in drafts and key in drafts:
            another_name(drafts, key, target)
