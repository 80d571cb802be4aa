"""Who did what to whom: each verb with the names of its doer and of what it was done to.

"Police arrested Smith" and "Smith was arrested by police" give the same event (arrest; agent Police;
patient Smith). Only phrases that hold a proper noun count: a pronoun or a common noun says too little
to compare. The verifier uses these to catch a claim that swaps who did what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Event", "find_events"]

_MAX_PHRASE = 8  # tokens


@dataclass(frozen=True)
class Event:
    verb: str  # lemma, lower case
    start: int  # character offset of the verb
    agents: tuple[str, ...]  # the doers' phrases ("Rickie Fowler"), each holding a proper noun
    patients: tuple[str, ...]  # what it was done to


def _phrase(token: Any) -> str:
    tokens = list(token.subtree)
    if len(tokens) > _MAX_PHRASE or not any(t.pos_ == "PROPN" for t in tokens):
        return ""
    return str(token.doc[tokens[0].i : tokens[-1].i + 1].text)


def find_events(tokens: Iterable[Any]) -> list[Event]:
    """Events of the verbs among ``tokens`` (a Doc or a Span) with a named agent or patient."""
    events = []
    for token in tokens:
        if token.pos_ != "VERB":
            continue
        agents, patients = [], []
        for child in token.children:
            if child.dep_ == "nsubj":
                agents.append(_phrase(child))
            elif child.dep_ == "agent":
                agents += [_phrase(c) for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "nsubjpass"):
                patients.append(_phrase(child))
        agents, patients = [a for a in agents if a], [p for p in patients if p]
        if agents or patients:
            events.append(Event(token.lemma_.lower(), token.idx, tuple(agents), tuple(patients)))
    return events
