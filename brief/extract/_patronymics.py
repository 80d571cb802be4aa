"""Names written with the initial of the father's name glued on, as Mongolian papers write them:
"Ch.Sodnomtseren", "Kh.Battulga", "U.Khurelsukh". The tagger splits such a name at its full stop and tags
the given name alone, or nothing at all ("President Kh" was a person); the name is the whole."""

from __future__ import annotations

import re

from spacy.tokens import Span

from brief.extract._syntax import Doc

__all__ = ["glued_initials"]

_GLUED = re.compile(r"^[A-Z][a-z]?\.[A-Z][a-z]{2,}$")
_ABBREVIATIONS = frozenset("st mt ft dr mr ms mrs no co jr sr vs".split())  # "St.Petersburg"


def _initial_at(doc: Doc, i: int) -> bool:
    """True when token ``i`` is an initial glued by a full stop to the capitalised name after it."""
    if i < 0 or i + 2 >= len(doc):
        return False
    initial, stop, name = doc[i], doc[i + 1], doc[i + 2]
    glued = not initial.whitespace_ and stop.text == "." and not stop.whitespace_
    short = initial.is_alpha and len(initial) <= 2 and initial.text[0].isupper()
    named = name.is_alpha and name.is_title and len(name) > 2
    return glued and short and named and initial.lower_ not in _ABBREVIATIONS


def _glued_word(text: str) -> bool:
    return bool(_GLUED.match(text)) and text.split(".")[0].lower() not in _ABBREVIATIONS


def glued_initials(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's entities with each such name made whole, and tagged a person's where it was not."""
    taken = {t.i for e in ents for t in e}
    out = []
    for ent in ents:  # (whatever the tagger called it: "Ch.Dorjsuren" may be an organisation's)
        if len(ent) == 1 and _initial_at(doc, ent.start - 2):
            ent = Span(doc, ent.start - 2, ent.end, label="PERSON")  # "Ch." of "Ch.Sodnomtseren"
        elif _initial_at(doc, ent.start) and ent.end <= ent.start + 3:
            ent = Span(doc, ent.start, ent.start + 3, label="PERSON")  # "Kh" of "Kh.Battulga"
        elif len(ent) == 1 and _glued_word(ent.text):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    found = [
        Span(doc, i, i + 3, label="PERSON")
        for i in range(len(doc))
        if _initial_at(doc, i) and not {i, i + 1, i + 2} & taken
    ]
    found += [  # "S.Munkhchuluun", one word to the tokenizer
        Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if _glued_word(t.text) and t.i not in taken
    ]
    return sorted(out + found, key=lambda e: e.start)
