"""Which named actor inside a subject speaks: not one in a relative clause or a modifier of another
name, not the person someone is kin or staff to, not whom a letter is addressed to or an envoy is sent
to, not where someone is."""

from __future__ import annotations

from collections.abc import Iterator

from brief.extract._ctx import Ctx
from brief.extract._lexicon import GROUP_NOUNS, ISSUED, PERSON_NOUNS, PERSON_TITLES, RIVALS
from brief.extract._syntax import Token

__all__ = ["speaks_inside"]


def speaks_inside(ctx: Ctx, tok: Token, t: Token) -> bool:
    """True when the actor of ``t``, inside the subject ``tok``, is the one the subject names."""
    return not (
        _modifier_of_name(ctx, tok, t)
        or _in_relative(tok, t)
        or _someones(ctx, tok, t)
        or _addressee(tok, t)
        or _where(tok, t)
        or _of_a_thing(tok, t)
    )


def _of_a_thing(tok: Token, t: Token) -> bool:
    """True for a name that only modifies a thing named in a phrase of the subject: "EYEWITNESSES to a
    recent Chitungwiza shooting incident have accused police" (not "a Kremlin spokesman", a person)."""
    head = t
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.i == t.i or head.i == tok.i or head.dep_ != "pobj" or head.pos_ != "NOUN":
        return False
    return head.lemma_.lower() not in PERSON_NOUNS | PERSON_TITLES | GROUP_NOUNS


def _in_relative(tok: Token, t: Token) -> bool:
    """True for a word in a relative clause of the subject: "Israeli settlers, who form part of
    Netanyahu's constituency, said" is the settlers speaking, not Netanyahu; so are "the authors of the
    research published in the journal JAMA Psychiatry", not the journal (but "a letter written by
    Enrico Bucci" is his)."""
    by_agent = any(a.dep_ == "agent" for a in t.ancestors if a.i > tok.i)
    return _reached_through(tok, t, ("relcl",)) or (_reached_through(tok, t, ("acl",)) and not by_agent)


def _modifier_of_name(ctx: Ctx, tok: Token, t: Token) -> bool:
    """True for an actor inside a prepositional modifier of an unknown name: "Rakesh Sharma, the counsel
    for the Tamil Nadu government, said" is Sharma speaking, not the government; but a title's holder
    named in its "of" phrase speaks ("Pakistan's Chief of Army Staff General Asim Munir has warned")."""
    holder = tok.lower_ in PERSON_TITLES and ctx.owner[t.i] in ctx.people
    return tok.pos_ == "PROPN" and not holder and _reached_through(tok, t, ("prep", "acl", "relcl"))


# someone's ... who is a person of their own ("Nadir's trustee", "Jethmalani's son"), unlike "the
# attorney general's office", which speaks for her
_OTHER_PEOPLE = PERSON_NOUNS | frozenset(
    "trustee administrator brother sister friend partner counsel rep representative".split()
)


def _someones(ctx: Ctx, tok: Token, t: Token) -> bool:
    """True for a person whose possessive describes someone else: "Nadir's trustee in bankruptcy held
    that ..." and "The mother of Arthur Haines says" are the trustee and the mother speaking ("Apple's
    chief" may still speak for Apple)."""
    other = tok.lemma_.lower() in _OTHER_PEOPLE and ctx.owner[t.i] in ctx.people and not _holder(ctx, tok, t)
    rivals = tok.lemma_.lower() in RIVALS and ctx.owner[t.i] in ctx.countries  # "Bangladesh's opposition"
    # "Colombia's president of the house of representatives": someone of the country's, not the country
    rivals = rivals or (tok.lemma_.lower() in PERSON_TITLES and ctx.owner[t.i] in ctx.countries)
    return (other or rivals) and (_under_prep(tok, t, "of") or _reached_through(tok, t, ("poss",)))


def _holder(ctx: Ctx, tok: Token, t: Token) -> bool:
    """True for the person an office's "of" phrase ends in, after the body it names: "Chairman of
    minority coalition partner Isamaa Helir-Valdor Seeder said" (not "The mother of Arthur Haines")."""
    start = t.i
    while start > 0 and ctx.owner.get(start - 1) == ctx.owner[t.i]:
        start -= 1
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and t in c.subtree), None)
    body = tok.doc[prep.i + 1 : start] if prep is not None else []
    return tok.lower_ in PERSON_TITLES and any(w.pos_ in ("NOUN", "PROPN") for w in body)


def _where(tok: Token, t: Token) -> bool:
    """True for where someone is: "a list provided by Nasser Hospital in Khan Younis" is the hospital's
    (but "Leakbox editor-in-chief Maria Olsen" is hers)."""
    placed = (n for n in _path(tok, t) if n.dep_ == "pobj" and n.head.lower_ in ("in", "at", "near"))
    return any(n.head.i == 0 or n.doc[n.head.i - 1].text != "-" for n in placed)


def _addressee(tok: Token, t: Token) -> bool:
    """True for whom a letter or statement is addressed to ("a letter to Zuckerberg said" is not his) or
    someone posted or advising ("The Chinese ambassador to the UN said" is not the UN)."""
    return tok.lemma_.lower() in ISSUED | _POSTED and _under_prep(tok, t, "to")


_POSTED = frozenset("ambassador envoy delegate emissary adviser advisor aide consultant".split())


def _under_prep(tok: Token, t: Token, word: str) -> bool:
    """True when ``t`` lies in ``tok``'s own phrase opened by the preposition ``word``."""
    return any(c.dep_ == "prep" and c.lower_ == word and t in c.subtree for c in tok.children)


def _reached_through(tok: Token, t: Token, deps: tuple[str, ...]) -> bool:
    """True when the way up from ``t`` to its ancestor ``tok`` passes one of ``deps``."""
    return any(node.dep_ in deps for node in _path(tok, t))


def _path(tok: Token, t: Token) -> Iterator[Token]:
    """The words on the way up from ``t`` to its ancestor ``tok`` (``t`` included, ``tok`` not)."""
    node = t
    while node.i != tok.i and node.head.i != node.i:
        yield node
        node = node.head
