"""How an article describes an actor: its names, its extracted title, the few words before each mention
("Pittsburgh center Maurkice Pouncey") and a post a relative clause gives ("who works as a cabin cleaner")."""

from __future__ import annotations

import re

from brief.extract import CandidateActor
from brief.schema import Actor
from brief.verify.lexicon import ACTED, FRAME, STOP

__all__ = ["MAX_TITLE_WORDS", "descriptions"]

MAX_TITLE_WORDS = 3  # "Jordanian Foreign Minister": a title; a party's full name before "government" is not


def descriptions(actor: Actor, candidate: CandidateActor | None, text: str = "") -> list[str]:
    """How the article describes the actor (not the model's role, which is what is checked): its names,
    its title and the few words right before each mention ("Pittsburgh center Maurkice Pouncey")."""
    person = candidate is not None and candidate.kind == "person"
    lead = [_title_before(text, m.start) for m in candidate.mentions] if candidate and person else []
    works = [_works_as(text, m.end) for m in candidate.mentions] if candidate and person else []
    works += [_apposed(text, m.end) for m in candidate.mentions] if candidate and person else []
    names = candidate.names() if candidate else []
    return [
        *actor.aliases,
        *names,
        candidate.role if candidate else "",
        *(f"{t} {actor.name}" for t in lead if t),
        *(w for w in works if w),
    ]


_WORKS_AS = re.compile(
    r",?\s+who\s+(?:works|worked|is|was|serves|served)\s+as\s+(?:an?\s+|the\s+)?([a-z-]+(?:\s+[a-z-]+){0,2})"
)


def _works_as(text: str, end: int) -> str:
    """The post a relative clause after a mention gives: "Kisha Rivera, who works as a cabin cleaner"."""
    found = _WORKS_AS.match(text, end)
    return found.group(1) if found else ""


# "David McKeown, Toronto's Medical Officer of Health, ...": the words between the commas after a mention
_APPOSED = re.compile(
    r",\s+(?!(?:who|which|whose|where|when|said|says|and|but|or)\b)([^\W\d][^,.;:()“”\"]{2,60}?)(?=[,.;])"
)


_DETERMINERS = frozenset("the a an his her its their".split())


def _apposed(text: str, end: int) -> str:
    """The apposition right after a mention: "David McKeown, Toronto's Medical Officer of Health"."""
    found = _APPOSED.match(text, end)
    first = found.group(1).split()[0].casefold() if found else ""
    # "the fatal shooting of Michael Brown, by a white police officer": no apposition
    return found.group(1) if found and (first not in STOP or first in _DETERMINERS) else ""


def _title_before(text: str, start: int) -> str:
    """Up to three words right before a mention that read as its title: no function word, no punctuation."""
    taken: list[str] = []
    for word in reversed(text[max(0, start - 60) : start].split()):
        low = word.casefold()
        if len(taken) == MAX_TITLE_WORDS or low in STOP or low in FRAME or not low.replace("-", "").isalpha():
            break
        if low.endswith(("ing", "ed")) or low in ACTED:
            break  # "investigating", "named", "hit": a verb, not a title
        if taken and taken[0][:1].isupper() and word[:1].islower():
            break  # "the thoughtful process Mayor de Blasio": a formal title is capitalised throughout
        taken.insert(0, word)
    return " ".join(taken)
