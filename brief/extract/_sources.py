"""Unnamed sources who speak: "an insider told ...", "a source close to the talks said", "according to
people familiar with the matter"."""

from __future__ import annotations

from brief.extract._lexicon import PERSON_TITLES
from brief.extract._mention import Mention, chunk_start
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, char_span, text_of

__all__ = ["SOURCE_HEADS", "WITNESSES", "source_mention"]

_SOURCE_NOUNS = frozenset({"source", "insider"})
SOURCE_HEADS = _SOURCE_NOUNS | {"person", "people"}  # "people" only with "familiar", "close" ...
_SOURCE_MODS = frozenset({"familiar", "close", "briefed", "brief", "knowledgeable"})
_ORDINALS = frozenset({"second", "third", "fourth"})
# an unnamed witness who speaks ("an eyewitness (name withheld) told NewsDay ...", then "the witness said"):
# one source, whichever of the two words; and so an unnamed resident ("A resident of the area who spoke to
# Addis Standard said ...", then "the resident said"), a source of their own
WITNESSES = {"witness": "witness", "eyewitness": "witness", "resident": "resident"}
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def source_mention(doc: Doc, tok: Token) -> Mention | None:
    """An unnamed source who speaks: "an insider told ...", "a source close to the talks said",
    "according to people familiar with the matter". Named by the phrase without its article, so "an
    insider" and "the insider" are one source."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.ent_type_ or (tok.tag_ == "NNS" and lemma in _SOURCE_NOUNS):
        return None  # plural "sources" are a group (``group_mention``)
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in _SOURCE_MODS]
    # "A second official confirmed ...": not the official of before
    ordinal = lemma in PERSON_TITLES and tok.tag_ == "NN" and any(c.lower_ in _ORDINALS for c in tok.children)
    familiar = lemma in ("person", "people") and modifiers
    witness = lemma in WITNESSES and tok.tag_ == "NN" and _unnamed_witness(doc, tok)
    if lemma not in _SOURCE_NOUNS and not (familiar or ordinal or witness):
        return None
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if tok.dep_ not in SUBJECT_DEPS and not according:
        return None
    first = chunk_start(tok)
    while first < tok.i and doc[first].dep_ in ("det", "predet"):
        first += 1
    last = max([tok.i, *(t.i for m in modifiers for t in m.subtree)])
    start, end = char_span(doc, first, last)
    text = text_of(doc)[start:end]
    kind = "group" if tok.tag_ == "NNS" else "person"
    m = Mention(start, end, text, "GROUP", tok.i, hint=kind, agentive=True, source=True)
    m.forms.append(char_span(doc, chunk_start(tok), last))  # "an insider", "A person familiar with ..."
    m.tokens = set(range(chunk_start(tok), last + 1))
    return m


def _unnamed_witness(doc: Doc, tok: Token) -> bool:
    """True for "an eyewitness", or "the witness" after one (a witness the article names, "A witness, Ann
    Lee, said", joins her as the title she holds); "the resident" after "a resident"."""
    if _indefinite(tok):
        return True
    lemma = WITNESSES[tok.lemma_.lower()]
    return any(_indefinite(t) and WITNESSES.get(t.lemma_.lower()) == lemma for t in doc[: tok.i])


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children)
