"""What a question takes for granted inside it: "How will Uber pass on the surcharge the City Council
approved?" presumes that the council approved a surcharge; "Why did Kabul free him despite objections
from Washington?" presumes that Washington objected. Each such part must be reported by the article.
"""

from __future__ import annotations

from typing import Any

__all__ = ["embedded_facts"]

_MARKS = frozenset("after since because once following".split())  # "after the talks collapsed"
_CONCEDING = frozenset({"despite"})  # "despite objections from Washington"


def embedded_facts(doc: Any) -> tuple[str, ...]:
    """The clauses and phrases a sentence asserts in passing: past-tense relative clauses with their
    noun, clauses after "after/since/because", and what "despite" concedes."""
    found = []
    for token in doc:
        if token.dep_ == "relcl" and token.tag_ == "VBD":
            found.append(_span(doc, [token.head, *token.subtree]))
        elif token.dep_ == "advcl" and token.tag_ == "VBD":
            if any(c.dep_ == "mark" and c.lower_ in _MARKS for c in token.children):
                found.append(_span(doc, list(token.subtree)))
        elif token.dep_ == "prep" and token.lower_ in _CONCEDING:
            found.extend(_span(doc, list(c.subtree)) for c in token.children if c.dep_ == "pobj")
    return tuple(f for f in found if len(f.split()) >= 3)


def _span(doc: Any, tokens: list[Any]) -> str:
    start, end = min(t.i for t in tokens), max(t.i for t in tokens)
    return str(doc[start : end + 1].text)
