"""Appositions that are no one's title: a noun of a quality or an act, the pieces of a hyphened noun the
parser split, a name quoted as a word or chanted, and a bare word for anyone ("a man")."""

from __future__ import annotations

from brief.extract._lexicon import GROUP_NOUNS, ORG_DESCRIPTIONS, PERSON_NOUNS, PERSON_TITLES
from brief.extract._syntax import Doc, Token

__all__ = ["AGENTS", "no_title"]


def no_title(doc: Doc, root: Token, head: Token, heads: list[Token]) -> bool:
    """True when the apposition ``head`` of the name ``root`` says nothing of what the person is."""
    return (
        _abstract(head)
        or _hyphened(doc, head, heads)
        or _slogan(doc, root, head)
        or _anyone(head)
        or _said_of(head)
    )


def _said_of(head: Token) -> bool:
    """ "Ghana is the first landing pod, Shola Akinlade, Paystack's CEO tells me": what a place or a body
    is, which the parser hung the speaker's name on."""
    subject = (
        next((c for c in head.head.children if c.dep_ == "nsubj"), None) if head.dep_ == "attr" else None
    )
    return subject is not None and subject.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "NORP")


_ANYONE = frozenset("man woman person boy girl guy individual".split())


def _anyone(head: Token) -> bool:
    """ "Murdaugh, a man that many have already judged as guilty": a word for anyone, no title (but "a
    retired man" or "a 45-year-old woman" says something)."""
    return head.lemma_.lower() in _ANYONE and all(c.dep_ in ("det", "punct") for c in head.lefts)


_META = frozenset("word name term slogan phrase label nickname chant hashtag".split())
_CHANT = 6  # words: a quotation this short around a name and its apposition is a slogan


def _slogan(doc: Doc, root: Token, head: Token) -> bool:
    """True for a name quoted as a word or chanted: "banners with the single word "Bush"", "chanted
    "George Bush, terrorist"" (neither is what Bush is)."""
    if head.lemma_.lower() in _META:
        return True
    first, last = min(root.left_edge.i, head.left_edge.i), max(root.i, head.right_edge.i)
    opened = any(t.is_quote for t in doc[max(0, first - 1) : first])
    return opened and last - first < _CHANT and any(t.is_quote for t in doc[last + 1 : last + 2])


_ABSTRACT = ("ance", "ence", "ness", "ity", "ment", "ship", "ism", "tion", "sion", "ing")
_PORTIONS = frozenset({"part", "portion", "half"})  # "Doud, part of a parents' group": no one's title
AGENTS = GROUP_NOUNS | ORG_DESCRIPTIONS | PERSON_NOUNS | PERSON_TITLES  # "alliance", "charity", "witness"


def _hyphened(doc: Doc, head: Token, heads: list[Token]) -> bool:
    """True for the hyphen, or a word before it, of a hyphened noun split into appositions ("co-author")."""
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return head.text == "-" or (after is not None and after.text == "-" and after in heads)


def _abstract(tok: Token) -> bool:
    """True for a noun of a quality, an act or a portion ("dominance", "election", a court's "defending",
    "part"), which no one is."""
    lemma = tok.lemma_.lower()
    return (lemma.endswith(_ABSTRACT) or lemma in _PORTIONS) and lemma not in AGENTS
