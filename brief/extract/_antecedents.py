"""What a statement's opening "it" stands for, when the sentence before names it as its subject.

"The plan, which is a modified version of Adams' initial proposal, will update city zoning regulations.
It is set to create around 80,000 new housing units, the mayor said." A stance of the mayor's that opens
"Eric Adams says it is set to create ..." leaves the reader asking what "it" is; an editor writes "the
plan". Only a plain thing counts (a singular common noun with its determiner, "the plan", "Adams' initial
proposal"), never a person or a body, an "it" that holds the place of a clause ("it is important to
...") or one whose sentence names a thing of its own first.
"""

from __future__ import annotations

from brief.extract._syntax import SUBJECT_DEPS, Doc, Token

__all__ = ["holds_place", "it_means"]

# "it" before these holds the place of what follows ("it is clear that", "it seems", "it takes time")
_PLACE_HOLDING = frozenset("be become seem appear remain look sound feel take make matter help pay".split())
_DETERMINERS = frozenset("the this that".split())
_BEFORE_NOUN = frozenset("det poss compound amod nmod case nummod".split())


def it_means(doc: Doc, start: int) -> str:
    """The thing an "it" opening the statement at character ``start`` stands for ("the plan"), or ""."""
    span = doc.char_span(start, start + 2, alignment_mode="expand")
    it = span[0] if span is not None and len(span) else None
    if it is None or it.lower_ != "it" or it.dep_ not in SUBJECT_DEPS or holds_place(it.head):
        return ""
    sent = it.sent
    if any(t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") for t in doc[sent.start : it.i]):
        return ""  # "Analysts said the deal was signed, and it ...": a nearer thing in its own sentence
    if sent.start == 0:
        return ""
    before = doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _plain_thing(subject):
        return ""
    first = min((c.left_edge.i for c in subject.children if c.dep_ in _BEFORE_NOUN and c.i < subject.i),
                default=subject.i)  # fmt: skip
    words = doc[first : subject.i + 1]
    if any(t.is_punct and t.text not in ("'", "’") for t in words):
        return ""
    text: str = words.text
    return text[:1].lower() + text[1:] if words[0].lower_ in _DETERMINERS else text


def holds_place(verb: Token) -> bool:
    """True for a verb whose "it" holds the place of the clause after it ("it is important to ...", "it
    seems that ...", "it would be premature to talk about ..."): no thing at all."""
    follows = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > verb.i for t in (verb, *verb.children)
                  for c in t.children)  # fmt: skip
    return verb.lemma_.lower() in _PLACE_HOLDING and follows


def _plain_thing(subject: Token) -> bool:
    """A singular common noun with "the"/"this"/"that" or a possessive, not a person or a body."""
    determined = any(
        (c.dep_ == "det" and c.lower_ in _DETERMINERS) or c.dep_ == "poss" for c in subject.children
    )
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and determined
        and subject.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
    )
