"""A country's government, its compass name and its "State of" form named as the country: "the South Korean
government" and "the North" (North Korea), "the State of New York" (New York State); its seat ("the
Kremlin") and its administration ("the Obama administration")."""

from __future__ import annotations

import re

from brief.extract._draft import Draft
from brief.extract._places import CAPITALS, COUNTRY_FORMS, DEMONYMS, SEATS
from brief.extract._short_forms import another_name

__all__ = ["merge_governments", "merge_metonyms"]

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
    _merge_administrations(drafts)


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


_ADMINISTRATION = re.compile(r"^(?:the\s+)?(\S+)\s+administration$")


def _merge_administrations(drafts: dict[str, Draft]) -> None:
    """ "The Obama administration" is the one government the article also names ("the U.S. government"),
    when Obama is a person in it."""
    governed = [
        k
        for k, d in drafts.items()
        if d.kind == "country" and any(_GOVERNMENT.match(m.text) for m in d.mentions)
    ]
    for key in [k for k in drafts if k[:2] == "n:"] if len(governed) == 1 else []:
        found = _ADMINISTRATION.match(key[2:])
        if found and any(k[:2] == "p:" and k.endswith(f" {found.group(1)}") for k in drafts):
            another_name(drafts, key, governed[0])


def merge_metonyms(drafts: dict[str, Draft]) -> None:
    """Moscow/the Kremlin join Russia when Russia itself is named (the White House joins the one "X
    administration" named); a capital as a place is dropped."""
    administrations = [k for k in drafts if k.startswith("n:") and k.endswith(" administration")]
    for key in [k for k in drafts if k.startswith("m:")]:
        text = key[2:]
        canon = SEATS.get(text) or CAPITALS[text]
        target = next((k for k in (f"c:{canon}", f"n:{canon}") if k in drafts), None)
        if text == "white house" and len(administrations) == 1:
            target = administrations[0]  # the Trump administration's seat, not the country
        if target is None:
            continue
        draft = drafts.pop(key)
        keep = [m for m in draft.mentions if text in SEATS or m.agentive]
        for m in keep:
            m.hint = "metonym"  # never chosen as the country's name
        drafts[target].mentions += keep
