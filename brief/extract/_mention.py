"""One mention of a candidate actor, shared by the mention finders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from brief.extract._lexicon import NAME_PARTICLES
from brief.extract._syntax import Doc, Token, is_report_verb

__all__ = [
    "LEFT_DEPS",
    "NAMED",
    "Mention",
    "capitalised_noun",
    "chunk_start",
    "good_name",
    "opens",
    "written_together",
]

NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
LEFT_DEPS = {"det", "amod", "compound", "nummod", "poss", "quantmod", "nmod", "predet", "npadvmod"}


@dataclass
class Mention:
    start: int  # character range of the core name ("Donald Trump", "White House official")
    end: int
    text: str
    label: str  # PERSON ORG GPE NORP LOC FAC GROUP DESC
    root: int  # token index of the head token
    forms: list[tuple[int, int]] = field(default_factory=list)  # other verbatim forms (char ranges)
    role: str = ""
    affil: set[str] = field(default_factory=set)  # nationality/affiliation keys
    agentive: bool = False
    hint: str = ""  # GROUP: its kind; DESC: the title noun
    tokens: set[int] = field(default_factory=set)  # tokens that refer to this mention's actor
    source: bool = False  # an unnamed source ("an insider", "a person familiar with the matter")
    of_body: bool = False  # DESC: names the body whose office it is ("the head of the Weather Service")


def chunk_start(tok: Token) -> int:
    """The first token of a noun's left-hand modifiers ("the Kremlin's" in "the Kremlin's spokesperson")."""
    return int(min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ in LEFT_DEPS)]))


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-(?=[A-Z])")


def good_name(text: str) -> bool:
    """A capitalised name on one line: its first letter, or past an ordinal ("4th District Court of
    Appeal") or a particle ("van Bakel") its first word, is a capital."""
    text = text.split(maxsplit=1)[-1] if text.split()[:1] and text.split()[0] in NAME_PARTICLES else text
    text = _ARTICLE.sub("", text) if " " in text else text  # "al-Badry Farghaly" (not the place "al-Tanf")
    letters = [c for c in text if c.isalpha()]
    worded = next((w for w in text.split() if w[:1].isalpha()), "")
    capital = bool(letters) and (letters[0].isupper() or (text[:1].isdigit() and worded[:1].isupper()))
    digits = sum(c.isdigit() for c in text)
    amount = " " not in text and digits >= 4 and digits > len(letters)  # "Dh290,000" (but "G20" acts)
    return capital and "\n" not in text and len(text) <= 80 and not amount


def capitalised_noun(tok: Token) -> bool:
    """ "Anger remained.", "Refunds will be given": a common noun capitalised only by opening its sentence
    (not a name the tagger took for a noun: one that speaks, or is capitalised mid-sentence too)."""
    if not opens(tok) or tok.tag_ not in ("NN", "NNS") or is_report_verb(tok.head):
        return False
    return not any(t.text == tok.text and not opens(t) for t in tok.doc)


def opens(tok: Token) -> bool:
    """True for a sentence's first word, the first after a dateline ("SINGAPORE: Refunds ...") or the
    first inside a quotation opening its sentence ("“People wanted change,” he said")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    quoted = before is not None and before.is_quote and bool(before.is_sent_start)
    return bool(tok.is_sent_start) or quoted or (before is not None and before.text in (":", "—", "–"))


def written_together(doc: Doc, i: int) -> bool:
    """True for a word opening its sentence (so read as no name) that the article writes before the same
    next word mid-sentence too: "Electronic Arts, a ... company, has agreed" beside "for Electronic Arts"."""
    word, after = doc[i].text, doc[i + 1].text
    return not doc[i].is_stop and any(
        t.text == word and not t.is_sent_start and t.nbor().text == after for t in doc[:-1] if t.i != i
    )
