"""Words attributed with "according to": the clause the phrase hangs on is its speaker's."""

from __future__ import annotations

from brief.extract._clauses import clause_range, nested
from brief.extract._said import Said, said_by
from brief.extract._speakers import Ctx, speakers
from brief.extract._syntax import SUBJECT_DEPS, Token

__all__ = ["according", "cited"]


def _source(ctx: Ctx, tok: Token) -> Token | None:
    """The word naming whom "according to" cites; "According to the committee’s Chairperson, MP Roua Al
    Hayki, ...": the person named in apposition."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    named = [c for c in obj.children if c.dep_ == "appos" and ctx.owner.get(c.i) in ctx.people] if obj else []
    return named[0] if len(named) == 1 else obj


def cited(ctx: Ctx, verb: Token) -> Token | None:
    """Whom "according to" cites, for "..., adding that ..." hung on the clause it attributes."""
    cites = [c for c in verb.head.children if c.lower_ == "according"] if verb.tag_ == "VBG" else []
    cites = cites if any(c.dep_ == "ccomp" for c in verb.children) else []  # (not "adding to a series")
    return _source(ctx, cites[0]) if cites and verb.dep_ == "advcl" else None


def according(ctx: Ctx, tok: Token) -> list[Said]:
    """What "according to X" attributes to X: the clause it hangs on, without the phrase itself."""
    who = speakers(ctx, _source(ctx, tok))
    if not who or nested(tok) or tok.head.i == tok.i:
        return []
    head = tok.head
    while head.dep_ in ("conj", "advcl") and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        if head.dep_ == "advcl" and head.tag_ != "VBG":
            break
        head = head.head  # "she went to ... and attempted an intervention, according to X": the whole clause
        # (and "flattened a home, killing at least four people, according to X")
    rng = clause_range(ctx.doc, head, stop=tok)
    if rng is None:
        return []
    # "According to a report by X, the council in closed session voted ...": the parser made the subject
    # X's apposition
    appos = next(
        (
            c
            for c in tok.subtree
            if c.dep_ == "appos" and c.right_edge.i + 1 == rng[0] and c.head.pos_ == "PROPN"
        ),
        None,
    )
    if appos is not None and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        rng = (appos.left_edge.i, rng[1])
    doc = ctx.doc
    before = [t for t in doc[rng[1] + 1 : tok.i] if not t.is_punct]
    hung = {t.i for t in tok.subtree}
    if any(t.i in hung for t in before) and all(t.i in hung or t.dep_ == "cc" for t in before):
        rng = (rng[0], before[-1].i)  # "... but still down 10 percent, according to X": the parser hung
        # the clause's last words on "according"
    return said_by(who, doc[rng[0]].idx, doc[rng[1]].idx + len(doc[rng[1]]), "according to", "reported")
