"""A country's name inside a longer name: "Chile" of "Walmart Chile", "Australia" of "Stadium Australia"."""

from __future__ import annotations

from brief.extract._draft import Draft
from brief.extract._places import is_country

__all__ = ["country_targets"]


def country_targets(draft: Draft, targets: list[str], drafts: dict[str, Draft], text: str) -> list[str]:
    """The targets a one-word name may shorten; for a country only other countries. The country's
    mentions that are the last word of another target's name where they stand ("SANTIAGO -Walmart Chile's
    workers union", where the tagger split the company) go to that target."""
    short = draft.mentions[0].text
    if not is_country(short):
        return targets
    for key in [k for k in targets if drafts[k].kind != "country"]:
        full = drafts[key].longest
        inside = [m for m in draft.mentions if text[max(0, m.end - len(full)) : m.end] == full]
        for m in inside:  # the whole name, where it stands
            m.label, m.start, m.text = "ORG", m.end - len(full), full
        drafts[key].mentions += inside
        draft.mentions = [m for m in draft.mentions if m not in inside]
    return [k for k in targets if drafts[k].kind == "country"]
