"""The titles set beside a name: its appositions ("Dmitry Peskov, the Kremlin's spokesperson"), a title
after it the parser hung elsewhere, or one before it the parser read as the title's "of" phrase."""

from __future__ import annotations

from brief.extract._lexicon import PERSON_TITLES
from brief.extract._syntax import Doc, Token

__all__ = ["apposed_titles"]


def apposed_titles(doc: Doc, root: Token) -> list[Token]:
    """The head words of the titles set beside the name whose head is ``root``."""
    return _own_appositives(root) or _stray_appositive(doc, root.i) or _title_hung_over(doc, root)


def _own_appositives(root: Token) -> list[Token]:
    """The appositions of a name; after a pair ("between Trudeau and Scheer, the Conservatives' leader")
    the one after the last conjunct is that conjunct's."""
    owners = [root, root.head] if root.dep_ == "conj" else [root]
    return [
        a
        for owner in owners
        for a in owner.children
        if a.dep_ == "appos"
        and (owner is root or a.i > root.i)
        and not any(k.dep_ == "conj" and root.i < k.i < a.i for k in owner.children)
    ]


def _stray_appositive(doc: Doc, root: int) -> list[Token]:
    """A person's title set off by commas right after the name that the parser hung on an earlier noun:
    "The Conservatives' letter to Daniel Greenberg, the standards commissioner, said"."""
    if root + 2 >= len(doc) or doc[root + 1].text != ",":
        return []
    after = doc[root + 2 : root + 8]
    head = next(
        (t for t in after if t.dep_ == "appos" and t.head.i < root and t.left_edge.i == root + 2), None
    )
    return [head] if head is not None and head.lemma_.lower() in PERSON_TITLES else []


def _title_hung_over(doc: Doc, root: Token) -> list[Token]:
    """The title before a name set off by a comma that the parser read as the title's "of" phrase ("the
    President of the Republic, Cavaco Silva": Silva the object of "of", "Republic" his modifier)."""
    title = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if title is None or title.lemma_.lower() not in PERSON_TITLES:
        return []
    return [title] if any(t.text == "," for t in root.lefts) else []
