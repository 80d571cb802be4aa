"""Who said what: reported speech, quotations, "according to" and commitments, with offsets."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from brief.extract._lexicon import STANCE_VERBS
from brief.extract._quotes import inner_span, quote_regions, quote_verb
from brief.extract._syntax import (
    DATELINE,
    SUBJECT_DEPS,
    Doc,
    Token,
    cue_text,
    is_aside,
    is_report_verb,
    subject_of,
    text_of,
)

__all__ = ["Said", "find_statements"]

_SPEECH = {"say", "tell", "warn", "claim", "argue", "insist", "add", "state", "admit", "confirm", "stress"}
_COMMITMENTS = {"vow", "pledge", "promise", "threaten", "refuse", "agree"}
_PRONOUN_WINDOW = 3  # sentences to look back for a pronoun's antecedent
_MIN_WORDS = 3


class Said(NamedTuple):
    speaker: int  # draft index
    start: int
    end: int
    cue: str
    kind: str  # "quote" | "reported"


class _Ctx(NamedTuple):
    doc: Doc
    owner: dict[int, int]
    people: set[int]  # draft indices of people
    quotes: list[tuple[int, int]]
    starts: list[int]  # token start offsets, for bisecting
    text: str


def _pronoun(ctx: _Ctx, tok: Token) -> int | None:
    """The person a "he"/"she" refers to: the latest person subject, if unambiguous."""
    sents = list(tok.doc[max(0, tok.sent.start - 400) : tok.i + 1].sents)[-_PRONOUN_WINDOW - 1 :]
    for sent in reversed(sents):
        found = {
            ctx.owner[t.i]
            for t in sent
            if t.i < tok.i and t.dep_ in SUBJECT_DEPS and ctx.owner.get(t.i) in ctx.people
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _resolve(ctx: _Ctx, tok: Token | None) -> int | None:
    """The actor a subject or "according to" object names."""
    if tok is None:
        return None
    if tok.lower_ in ("he", "she"):
        return _pronoun(ctx, tok)
    if tok.i in ctx.owner:
        return ctx.owner[tok.i]
    inside = [ctx.owner[t.i] for t in tok.subtree if t.i in ctx.owner]
    return next((d for d in inside if d in ctx.people), inside[0] if inside else None)


def _clause_range(
    doc: Doc, head: Token, stop: Token | None = None, alone: bool = False
) -> tuple[int, int] | None:
    """Token range of the speaker's words in ``head``'s clause, without asides; None if too short.

    ``alone`` also drops coordinated clauses with a subject of their own ("..., and Apple said").
    """
    dropped: set[int] = set()
    for tok in head.subtree:
        own_subject = tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        other = alone and (own_subject or (tok.dep_ in ("ccomp", "parataxis") and tok.head.i == head.i))
        if tok.i != head.i and ((stop is not None and tok.i == stop.i) or is_aside(tok) or other):
            dropped |= {t.i for t in tok.subtree}
    kept = {t.i for t in head.subtree if t.i not in dropped}
    mark = next((c.i for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), -1)
    first = max(min(kept), mark + 1)  # "said in a statement that X": the clause starts after "that"
    last = first
    while last + 1 in kept or (last + 1 < len(doc) and doc[last + 1].is_space and last + 2 in kept):
        last += 1
    first, last = _trim_clause(doc, first, last)
    if last < first or sum(1 for t in doc[first : last + 1] if t.is_alpha) < _MIN_WORDS:
        return None
    return first, last


def _trim_clause(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Strip "that", a leading "Meanwhile," and edge punctuation, keeping a quotation mark balanced."""
    dateline = DATELINE.match(text_of(doc), doc[first].idx) if first <= last else None
    while first <= last and (doc[first].idx < (dateline.end() if dateline else 0) or doc[first].is_space):
        first += 1  # a wire dateline is nobody's words
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "mark"):
        first += 1
    if first + 1 <= last and doc[first].dep_ == "advmod" and doc[first + 1].text == ",":
        first += 2
    if first + 1 <= last and doc[first].lower_ == "that" and doc[first + 1].is_alpha:
        first += 1  # a complementiser the parser took for a determiner
    while last >= first and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc"):
        last -= 1
    span = text_of(doc)[doc[first].idx : doc[last].idx + len(doc[last])] if first <= last else ""
    unbalanced = span.count("“") > span.count("”") or span.count('"') % 2 == 1
    if unbalanced and last + 1 < len(doc) and doc[last + 1].text in ("”", '"'):
        last += 1
    return first, last


def _in_quote(ctx: _Ctx, start: int, end: int) -> tuple[int, int] | None:
    """The quote region holding ``start..end``, if any."""
    i = bisect_right(ctx.quotes, (start, len(ctx.text))) - 1
    if 0 <= i < len(ctx.quotes) and ctx.quotes[i][0] <= start and end <= ctx.quotes[i][1]:
        return ctx.quotes[i]
    return None


def _following_range(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The rest of the sentence after "said" when the parser found no reported clause."""
    if verb.lemma_.lower() not in _SPEECH or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    skip = ("dobj", "dative", "prt") if verb.lemma_.lower() == "tell" else ("prt",)  # "told the BBC"
    first = max([verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in skip)]) + 1
    last = verb.sent.end - 1
    cut = next((t.i for t in doc[first : last + 1] if t.lower_ == "according" or t.is_quote), last + 1)
    that = next((t.i for t in doc[first : min(cut, first + 6)] if t.lower_ == "that"), None)
    first = first if that is None else that + 1  # "said in a statement that X"
    if cut - first < 3 or not any(t.pos_ in ("VERB", "AUX") for t in doc[first:cut]):
        return None
    first, last = _trim_clause(doc, first, cut - 1)
    return (first, last) if last - first >= 2 else None


def _speaker_token(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb's subject; failing that, a name right before it ("..., the IAM said")."""
    subj = subject_of(verb)
    k = verb.i - 1
    while subj is None and k >= 0 and (ctx.doc[k].is_punct or ctx.doc[k].dep_ in ("aux", "advmod")):
        k -= 1
    return subj if subj is not None or k < 0 or k not in ctx.owner else ctx.doc[k]


def _drop_speaker(ctx: _Ctx, rng: tuple[int, int], speaker: int) -> tuple[int, int] | None:
    """Cut a trailing speaker off a clause the parser ran into the name ("... offer, the IAM")."""
    doc, last = ctx.doc, rng[1]
    while last >= rng[0] and (
        ctx.owner.get(last) == speaker or doc[last].is_punct or doc[last].dep_ == "det"
    ):
        last -= 1
    if last == rng[1]:
        return rng
    first, last = _trim_clause(doc, rng[0], last)
    return (first, last) if last - first >= _MIN_WORDS - 1 else None


def _reported(ctx: _Ctx, verb: Token, speaker: int) -> list[Said]:
    doc, out = ctx.doc, []
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps and verb.lemma_.lower() in _COMMITMENTS:  # "vowed to destroy Hamas"
        comps = [c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    for comp in comps or [None]:
        rng = _clause_range(doc, comp) if comp is not None else _following_range(doc, verb)
        rng = _drop_speaker(ctx, rng, speaker) if rng is not None and rng[1] < verb.i else rng
        if rng is None:
            continue
        start, end = doc[rng[0]].idx, doc[rng[1]].idx + len(doc[rng[1]])
        region = _in_quote(ctx, start, end)
        kind = "quote" if region else "reported"
        start, end = inner_span(text_of(doc), region) if region else (start, end)
        out.append(Said(speaker, start, end, cue_text(verb), kind))
    return out


def _quotes(ctx: _Ctx) -> list[Said]:
    out: list[Said] = []
    for region in ctx.quotes:
        start, end = inner_span(ctx.text, region)
        if len(ctx.text[start:end].split()) < _MIN_WORDS + 1:
            continue
        verb = quote_verb(ctx.doc, ctx.text, ctx.starts, region)
        speaker = _resolve(ctx, subject_of(verb)) if verb is not None else None
        if verb is not None and speaker is not None:
            out.append(Said(speaker, start, end, cue_text(verb), "quote"))
        elif out and start - out[-1].end < 300 and "\n" not in ctx.text[out[-1].end : start]:
            out.append(out[-1]._replace(start=start, end=end))  # the same speaker quoted on
    return out


def _nested(tok: Token) -> bool:
    """True when an "according to" phrase sits inside someone's reported speech."""
    return any(is_report_verb(a) and subject_of(a) is not None for a in [tok.head, *tok.head.ancestors])


def _according(ctx: _Ctx, tok: Token) -> Said | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    speaker = _resolve(ctx, obj)
    if speaker is None or _nested(tok) or tok.head.i == tok.i:
        return None
    rng = _clause_range(ctx.doc, tok.head, stop=tok)
    if rng is None:
        return None
    doc = ctx.doc
    return Said(speaker, doc[rng[0]].idx, doc[rng[1]].idx + len(doc[rng[1]]), "according to", "reported")


def _stance(ctx: _Ctx, verb: Token) -> Said | None:
    """A stance taken by deed: "the US has ruled out such a move", "an idea rejected by Kyiv"."""
    lemma = verb.lemma_.lower()
    if lemma not in STANCE_VERBS or (lemma == "rule" and not any(c.lower_ == "out" for c in verb.children)):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    speaker = _resolve(ctx, by if agent is not None else subject_of(verb))
    head = verb.head if agent is not None and verb.dep_ == "acl" else verb  # "an idea rejected by Kyiv"
    rng = _clause_range(ctx.doc, head, alone=True) if speaker is not None else None
    if speaker is None or rng is None:
        return None
    start, end = ctx.doc[rng[0]].idx, ctx.doc[rng[1]].idx + len(ctx.doc[rng[1]])
    return Said(speaker, start, end, cue_text(verb), "reported")


def find_statements(doc: Doc, owner: dict[int, int], people: set[int]) -> list[Said]:
    """Attributed statements, each with a resolved speaker (a draft index) and exact offsets."""
    ctx = _Ctx(doc, owner, people, quote_regions(text_of(doc)), [t.idx for t in doc], text_of(doc))
    found: list[Said] = _quotes(ctx)
    for tok in doc:
        if tok.lower_ == "according":
            said = _according(ctx, tok)
            found += [said] if said else []
        elif is_report_verb(tok):
            speaker = _resolve(ctx, _speaker_token(ctx, tok))
            found += _reported(ctx, tok, speaker) if speaker is not None else []
        elif tok.pos_ == "VERB" and (stance := _stance(ctx, tok)) is not None:
            found.append(stance)
    unique = sorted({(s.speaker, s.start, s.end): s for s in reversed(found)}.values(), key=lambda s: s.start)
    return [s for s in unique if not any(_within(s, o) for o in unique)]


def _within(inner: Said, outer: Said) -> bool:
    """True when ``inner`` repeats part of a longer statement by the same speaker."""
    same = inner.speaker == outer.speaker and (inner.start, inner.end) != (outer.start, outer.end)
    return same and outer.start <= inner.start and inner.end <= outer.end
