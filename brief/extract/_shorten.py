"""Shortening a question's predicate to a readable length: asides first, then later modifiers, keeping
what a noun needs ("a plan to shift production") and the phrase a misparse split."""

from __future__ import annotations

from collections.abc import Iterable

from brief.extract._syntax import Doc, Token, subtree_ids

_OPTIONAL = (("relcl", "appos", "parataxis", "dep"), ("acl",), ("npadvmod", "prep", "advmod", "advcl"))


def length(doc: Doc, ids: Iterable[int]) -> int:
    """Tokens but quotation marks, which do not make a question longer to read."""
    return sum(1 for i in ids if not doc[i].is_quote)


def shorten(verb: Token, toks: list[Token], budget: int) -> list[Token]:
    """Drop asides anywhere (the last first), then the verb's later modifiers (its first complement
    stays), until the predicate fits a question: ``budget`` words, fewer after a long subject."""
    ids = {t.i for t in toks}
    for deps in _OPTIONAL[:2]:
        for tok in sorted(verb.subtree, key=lambda t: -t.i):
            if length(verb.doc, ids) > budget and tok.i in ids and tok.i != verb.i and tok.dep_ in deps:
                ids -= set() if _what_to_do(tok) or _unmarked_appos(tok) else _with_rest(_holder(tok, verb))
    later = [c for c in verb.children if c.i > verb.i and c.i in ids and c.dep_ not in ("punct", "cc")]
    # "leave the industry with uncertainty", "charge him with murder": the object's "with"/"of" stays
    second = later[1:2] if later[:1] and later[0].dep_ == "dobj" else []
    kept = {t.i for t in second if t.lower_ in ("with", "of") and t.dep_ == "prep"}
    for tok in reversed(later[1:]):
        if length(verb.doc, ids) > budget and tok.dep_ in _OPTIONAL[2] and tok.i not in kept:
            ids -= subtree_ids(tok)
    for tok in sorted(verb.subtree, key=lambda t: -t.i):  # still long: later modifiers of verbs further down
        verbal = tok.head.pos_ in ("VERB", "AUX") and tok.head.i != verb.i
        if (
            length(verb.doc, ids) > budget
            and tok.i in ids
            and verbal
            and tok.dep_ in ("prep", "advcl", "npadvmod")
        ):
            ids -= subtree_ids(tok) | ({tok.i - 1} if verb.doc[tok.i - 1].dep_ == "cc" else set())
    return [t for t in toks if t.i in ids]


# nouns that say nothing without what they are to do ("a plan to shift production"): their "to" clause stays
_NEEDS_WHAT = frozenset(
    "plan effort bid attempt move decision proposal push campaign drive pledge threat".split()
)


def _unmarked_appos(tok: Token) -> bool:
    """An "apposition" with no comma, dash or bracket before it: the parser's split of one phrase ("their
    main goal - defeat school vouchers", with "vouchers" hung on "goal"); it goes only with what it ends."""
    return tok.dep_ == "appos" and tok.left_edge.i > 0 and not tok.doc[tok.left_edge.i - 1].is_punct


def _with_rest(tok: Token) -> set[int]:
    """``tok``'s words, and an unmarked apposition right after them that ends their phrase."""
    after = next((c for c in tok.head.children if c.left_edge.i == tok.right_edge.i + 1), None)
    rest = subtree_ids(after) if after is not None and _unmarked_appos(after) else set()
    return subtree_ids(tok) | rest


def _what_to_do(clause: Token) -> bool:
    """True for the "to" clause of a bare noun that says nothing without it ("a plan to shift production";
    not "stalled efforts to bring the Taliban to talks", which says something alone)."""
    noun = clause.head
    bare = not any(c.dep_ in ("amod", "compound", "poss") for c in noun.children)
    return bare and noun.lemma_.lower() in _NEEDS_WHAT and any(c.lower_ == "to" for c in clause.children)


# nouns a relative clause fills ("by the time the program shuts down"): without it they say nothing
_EMPTY_NOUNS = frozenset("time moment day point extent way reason".split())


def _holder(tok: Token, verb: Token) -> Token:
    """What goes with a clause left out: the phrase of a noun that is empty without it ("by the time
    ..."), else the clause alone."""
    noun, prep = tok.head, tok.head.head
    empty = tok.dep_ == "relcl" and noun.lower_ in _EMPTY_NOUNS and noun.dep_ == "pobj"
    return prep if empty and prep.i != verb.i and prep.dep_ == "prep" else tok
