"""Who a subject is: names, descriptions, pronouns and unnamed members of a known group."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from brief.extract._lexicon import SPOKES
from brief.extract._syntax import SUBJECT_DEPS, Doc, Token, subject_of

__all__ = ["Ctx", "in_quote", "resolve", "speaker_token", "speakers"]

_PRONOUN_WINDOW = 3  # sentences to look back for a person pronoun's antecedent
_GROUP_WINDOW = 1  # ... and for "they"/"it" (organisations and groups are rarely far away)


class Ctx(NamedTuple):
    doc: Doc
    owner: dict[int, int]  # token index -> draft index
    people: set[int]  # draft indices of people
    quotes: list[tuple[int, int]]
    starts: list[int]  # token start offsets, for bisecting
    text: str
    heads: dict[str, int]  # head-noun lemma -> the one group draft it names ("ally" -> Western allies)


def in_quote(ctx: Ctx, start: int, end: int) -> tuple[int, int] | None:
    """The quote region holding ``start..end``, if any."""
    i = bisect_right(ctx.quotes, (start, len(ctx.text))) - 1
    if 0 <= i < len(ctx.quotes) and ctx.quotes[i][0] <= start and end <= ctx.quotes[i][1]:
        return ctx.quotes[i]
    return None


def _pronoun(ctx: Ctx, tok: Token) -> int | None:
    """The actor a pronoun refers to: the latest subject of the right sort outside quotes, if unambiguous.

    "he"/"she" look for a person up to three sentences back; "they"/"it" for an organisation or
    group in this sentence or the one before.
    """
    person = tok.lower_ in ("he", "she")
    window = _PRONOUN_WINDOW if person else _GROUP_WINDOW
    sents = list(tok.doc[max(0, tok.sent.start - 400) : tok.i + 1].sents)[-window - 1 :]
    for sent in reversed(sents):
        found = {
            ctx.owner[t.i]
            for t in sent
            if t.i < tok.i
            and t.dep_ in SUBJECT_DEPS
            and t.i in ctx.owner
            and (ctx.owner[t.i] in ctx.people) == person
            and not in_quote(ctx, t.idx, t.idx + len(t))  # a quoted "Matt has ..." is not the antecedent
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def resolve(ctx: Ctx, tok: Token | None) -> int | None:
    """The actor a subject or "according to" object names."""
    if tok is None:
        return None
    if tok.lower_ in ("he", "she", "they", "it"):
        return _pronoun(ctx, tok)
    if tok.i in ctx.owner:
        return ctx.owner[tok.i]
    if tok.lemma_.lower() in SPOKES:  # "a spokesman for Dalton's Holdings": the company speaks
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return resolve(ctx, obj) if obj is not None else None
    inside = [ctx.owner[t.i] for t in tok.subtree if t.i in ctx.owner and not _modifier_of_name(tok, t)]
    if inside:
        return next((d for d in inside if d in ctx.people), inside[0])
    return ctx.heads.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None  # "one user", "its allies"


def _modifier_of_name(tok: Token, t: Token) -> bool:
    """True for an actor inside a prepositional modifier of an unknown name: "Rakesh Sharma, the counsel
    for the Tamil Nadu government, said" is Sharma speaking, not the government."""
    if tok.pos_ != "PROPN":
        return False
    node = t
    while node.i != tok.i:
        if node.dep_ in ("prep", "acl", "relcl"):
            return True
        node = node.head
    return False


def speakers(ctx: Ctx, subject: Token | None) -> list[int]:
    """The actor a subject names, plus those of coordinated subjects ("Trump and Lighthizer")."""
    found = [resolve(ctx, subject)]
    if subject is not None and subject.lower_ not in ("he", "she", "they", "it"):
        found += [resolve(ctx, c) for c in subject.conjuncts if c.i > subject.i]
    return [d for d in dict.fromkeys(found) if d is not None]


def speaker_token(ctx: Ctx, verb: Token) -> Token | None:
    """The verb's subject; failing that, a name right before it ("..., the IAM said")."""
    subj = subject_of(verb)
    k = verb.i - 1
    while subj is None and k >= 0 and (ctx.doc[k].is_punct or ctx.doc[k].dep_ in ("aux", "advmod")):
        k -= 1
    return subj if subj is not None or k < 0 or k not in ctx.owner else ctx.doc[k]
