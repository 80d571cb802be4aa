"""Names written with the initial of the father's name glued on, as Mongolian papers write them:
"Ch.Sodnomtseren", "Kh.Battulga", "U.Khurelsukh". The tokenizer keeps each one word (``_nlp``); the
tagger calls it a person's, an organisation's or nothing at all, and it is a person's."""

from __future__ import annotations

import re

from spacy.tokens import Span

from brief.extract._syntax import Doc

__all__ = ["GLUED_NAME", "glued_initials"]

GLUED_NAME = r"^[A-Z][a-z]?\.[A-Z][a-z]{2,}$"
_ABBREVIATIONS = frozenset("st mt ft dr mr ms mrs no co jr sr vs".split())  # "Ft.Worth"


_GLUED = re.compile(GLUED_NAME)


def _glued(text: str) -> bool:
    return "." in text and _GLUED.match(text) is not None and text.split(".")[0].lower() not in _ABBREVIATIONS


def glued_initials(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's entities, each such name among them a person's, and those it left untagged added."""
    taken = {t.i for e in ents for t in e}
    out = [Span(doc, e.start, e.end, label="PERSON") if len(e) == 1 and _glued(e.text) else e for e in ents]
    out += [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if _glued(t.text) and t.i not in taken]
    return sorted(out, key=lambda e: e.start)
