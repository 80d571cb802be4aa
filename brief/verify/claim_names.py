"""The names a claim names: proper names found by spaCy (entities and proper-noun runs), each widened
to its whole hyphenated word, and which of them are loose (nationalities, days, months) and need not share
a sentence with the others; without a parser, the capitalised runs that do not start a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from brief.extract import INSTITUTIONS, ORG_HEADS, PERSON_TITLES
from brief.verify.lexicon import FRAME, STOP, fold

__all__ = ["BODIES", "CALENDAR", "capitalised", "describing", "find_names"]

_NAME_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC EVENT PRODUCT WORK_OF_ART LAW".split())
_LOOSE_LABELS = frozenset("NORP DATE TIME".split())
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def find_names(doc: Any, start_needs_entity: bool = False) -> tuple[list[str], set[str]]:
    """Proper names found linguistically (entities and proper-noun runs, not sentence-initial verbs),
    each widened to its whole hyphenated word ("Louis-Dreyfus", "al-Qaeda", "Stoke-on-Trent"); and the
    loose ones (nationalities, days, months) that need not sit in the same sentence as the others."""
    in_entity = {t.i for e in doc.ents if e.label_ in _NAME_LABELS for t in e}
    loose_tokens = {t.i for e in doc.ents if e.label_ in _LOOSE_LABELS for t in e}
    runs: list[list[Any]] = []
    for token in doc:
        name_like = token.text[:1].isupper() and (
            token.i in in_entity or token.pos_ == "PROPN" or (token.is_upper and len(token.text) > 1)
        )
        if name_like and token.is_sent_start and token.i not in in_entity:
            name_like = token.pos_ == "PROPN" and not start_needs_entity
        inside = token.i in in_entity and token.i - 1 in in_entity  # "the United States", "Bank of England"
        if name_like and token.lower_ in STOP | FRAME and not inside:
            name_like = False
        if name_like:
            gap = doc[token.i - 1].lower_ if token.i > 0 else ""
            # "Bill de Blasio"; "Board of Education", "University of Connecticut": a body's name goes on
            of_body = gap in ("of", "for") and bool(runs) and runs[-1][-1].lower_ in BODIES
            joined = runs and (
                runs[-1][-1].i == token.i - 1
                or (runs[-1][-1].i == token.i - 2 and (gap in _PARTICLES or of_body))
            )
            if joined:
                runs[-1] += [doc[token.i - 1], token] if runs[-1][-1].i == token.i - 2 else [token]
            else:
                runs.append([token])
    names: dict[str, None] = {}
    loose: set[str] = set()
    for run in runs:
        if len(run) == 1 and run[0].lower_ in PERSON_TITLES and run[0].i not in in_entity:
            continue  # "Secretary of State Mike Pompeo": a title, the name follows
        name = _whole_words(doc.text, run[0].idx, run[-1].idx + len(run[-1].text))
        names[name] = None
        before = doc[run[0].i - 1].lower_ if run[0].i > 0 else ""
        described = before == "the" and len(run) == 1 and doc[run[0].i].ent_type_ in ("PERSON", "NORP")
        if all(t.i in loose_tokens or t.lower_ in CALENDAR for t in run) or before == "from" or described:
            loose.add(name)  # "the Briton", "the German": a person described by nationality, not named
    widest = [n for n in names if not any(n != m and n in m for m in names)]
    return widest, {n for n in loose if n in widest}


_DESCRIBING = frozenset("compound poss appos pobj prep nmod amod case".split())
_CLIMB = 4  # dependency steps from a describing name to the name it describes


def describing(doc: Any, names: list[str]) -> tuple[tuple[str, str], ...]:
    """The names that only describe another name of the claim, each with the name it describes:
    "Rosaly Lopes of NASA's Jet Propulsion Laboratory" (the laboratory describes Lopes, NASA the
    laboratory), "Taxi Workers Alliance head Bhairavi Desai", "Jeff Bezos's Blue Origin",
    "Noble Moving and Storage of Fairfield, New Jersey"."""
    spans: dict[str, set[int]] = {}
    for name in names:
        at = doc.text.find(name)
        if at >= 0:
            spans[name] = {t.i for t in doc if at <= t.idx < at + len(name)}
    owner = {i: name for name, span in spans.items() for i in span}
    found = []
    for name, span in spans.items():
        top = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == i]
        if len(top) != 1:
            continue
        token = top[0]
        for _ in range(_CLIMB):
            if token.dep_ not in _DESCRIBING or token.head.i == token.i:
                break
            token = token.head
            if token.i in owner and owner[token.i] != name:
                found.append((name, owner[token.i]))
                break
    return tuple(found)


_CONNECTORS = frozenset("al el de du on upon le la bin ibn van von der den di da".split())
_PARTICLES = _CONNECTORS - {"on", "upon"}  # lower-case words inside a name: "Bill de Blasio"
BODIES = ORG_HEADS | INSTITUTIONS  # head nouns of a body's name: "Board", "University", "School"


def _whole_words(text: str, start: int, end: int) -> str:
    """The span widened to the hyphenated name it is part of ("Louis-Dreyfus", "al-Qaeda",
    "Stoke-on-Trent", but "Trump" in "Trump-backed"), punctuation off."""
    left, right = start, end
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in "(“\"[‘'":
        left -= 1
    while right < len(text) and not text[right].isspace() and text[right] not in ',;:)”"]?!':
        right += 1
    head = re.split(r"(?<=[-‐])", text[left:start])
    tail = re.split(r"(?=[-‐])", text[end:right])
    keep_head = "".join(p for p in head if p.strip("-‐.'’") and _name_part(p))
    keep_tail = "".join(p for p in tail if p.strip("-‐.'’") and _name_part(p))
    whole = (keep_head if keep_head == text[left:start] else "") + text[start:end]
    whole += keep_tail if keep_tail == text[end:right] else ""
    return whole.strip(".'’-‐")


_JOINERS = frozenset("e i ul ud ur".split())  # inside a hyphenated name: "Tehreek-e-Insaf", "Azm-e-Istehkam"


def _name_part(part: str) -> bool:
    word = part.strip("-‐.'’")
    return word[:1].isupper() or word.lower() in _CONNECTORS | _JOINERS


def capitalised(text: str) -> list[str]:
    """Without a parser: capitalised runs that do not start a sentence."""
    found = []
    for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*", fold(text).strip()):
        if m.group(0).lower() not in STOP | FRAME:
            found.append(m.group(0))
    return found
