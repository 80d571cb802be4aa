"""Who did what to whom: each verb with the names of its doer and of what it was done to.

"Police arrested Smith" and "Smith was arrested by police" give the same event (arrest; agent Police;
patient Smith). Only phrases that hold a proper noun count: a common noun says too little to compare, and
an article's "he" or "she" counts only as the person named as a subject just before it, apart. The
verifier uses these to catch a claim that swaps who did what, or gives it to the wrong person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from brief.extract._syntax import is_report_verb

__all__ = ["Event", "find_events"]

_MAX_PHRASE = 8  # tokens
# a name the tagger read as a common noun ("McCoy trains ...") is still a name when it is an entity's
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class Event:
    verb: str  # lemma, lower case
    start: int  # character offset of the verb
    agents: tuple[str, ...]  # the doers' phrases ("Rickie Fowler"), each holding a proper noun
    patients: tuple[str, ...]  # what it was done to
    # ("agents" or "patients", name): those the article tells as "he" or "she", named by the person
    # ``_antecedent`` finds for the pronoun
    by_pronoun: tuple[tuple[str, str], ...] = ()


def _phrase(token: Any) -> str:
    tokens = list(token.subtree)
    if len(tokens) > _MAX_PHRASE or not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in tokens):
        return ""
    return str(token.doc[tokens[0].i : tokens[-1].i + 1].text)


def find_events(tokens: Iterable[Any], *, pronouns: bool = False) -> list[Event]:
    """Events of the verbs among ``tokens`` (a Doc or a Span) with a named agent or patient; ``pronouns``
    (an article's): also those whose doer, or the one it is done to, is "he" or "she" (``_antecedent``)."""
    events = []
    for token in tokens:
        if token.pos_ != "VERB":
            continue
        agents: list[str] = []
        patients: list[str] = []
        told: list[tuple[str, str]] = []
        for child in token.children:
            if pronouns and child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("he", "she"):
                told.append(("agents" if child.dep_ == "nsubj" else "patients", _antecedent(child)))
            if child.dep_ == "nsubj" and child.lower_ in _RELATIVE and token.dep_ == "relcl":
                agents.append(_named(token.head))  # "Japan, which has suspended its purchases"
            elif child.dep_ == "nsubj":
                agents.append(_phrase(child))
            elif child.dep_ == "agent":
                agents += [_phrase(c) for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "nsubjpass"):
                patients.append(_phrase(child))
        agents, patients, told = (
            [a for a in agents if a],
            [p for p in patients if p],
            [t for t in told if t[1]],
        )
        if agents or patients or told:
            verb = token.lemma_.lower()
            events.append(Event(verb, token.idx, tuple(agents), tuple(patients), tuple(told)))
    return events


def _named(noun: Any) -> str:
    """A proper noun with the words of its name before it ("the Oregon Wheat Commission"), without the
    clauses that follow it; "" for a common noun."""
    if noun.pos_ != "PROPN":
        return ""
    words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return str(noun.doc[(words[0] if words else noun).i : noun.i + 1].text)


_RELATIVE = frozenset({"which", "who", "that"})


def _antecedent(pronoun: Any) -> str:
    """The person a "he" or "she" most likely stands for: the nearest person named as a subject before it
    in its sentence, else the person its sentence before has as subject; "" when there is none (not "with
    new chairman Jim Mann since he replaced ...": a person named in passing is no antecedent)."""
    if _reported(pronoun):
        return ""  # "Boudreau expressed confidence in the winger, saying he always finds a way": anyone's
    sent = pronoun.sent
    subject = ("nsubj", "nsubjpass")
    before = [t for t in sent if t.i < pronoun.i and t.ent_type_ == "PERSON" and t.dep_ in subject]
    if before:
        return _phrase(before[-1]) or before[-1].text
    if sent.start == 0:
        return ""
    previous = pronoun.doc[sent.start - 1].sent
    subjects = [t for t in previous if t.dep_ == "nsubj" and t.ent_type_ == "PERSON"]
    return (_phrase(subjects[0]) or subjects[0].text) if subjects else ""


def _reported(pronoun: Any) -> bool:
    """True for a pronoun inside the words a verb of saying reports ("saying he always finds a way")."""
    clause = pronoun.head
    while clause.dep_ in ("conj", "xcomp", "aux", "auxpass") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and is_report_verb(clause.head)
