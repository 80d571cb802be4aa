"""Who said what: reported speech, quotations and "according to" attributions, with offsets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from brief.extract._quotes import quote_regions
from brief.extract._syntax import (
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


def _clause_range(doc: Doc, head: Token, stop: Token | None = None) -> tuple[int, int] | None:
    """Token range of the speaker's words in ``head``'s clause, without asides; None if too short."""
    dropped: set[int] = set()
    for tok in head.subtree:
        if tok.i != head.i and ((stop is not None and tok.i == stop.i) or is_aside(tok)):
            dropped |= {t.i for t in tok.subtree}
    kept = {t.i for t in head.subtree if t.i not in dropped}
    first = min(kept)
    last = first
    while last + 1 in kept or (last + 1 < len(doc) and doc[last + 1].is_space and last + 2 in kept):
        last += 1
    first, last = _trim_clause(doc, first, last)
    if last < first or sum(1 for t in doc[first : last + 1] if t.is_alpha) < _MIN_WORDS:
        return None
    return first, last


def _trim_clause(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Strip "that", a leading "Meanwhile," and edge punctuation, keeping a quotation mark balanced."""
    while first <= last and (doc[first].is_punct or doc[first].is_space or doc[first].dep_ == "mark"):
        first += 1
    if first + 1 <= last and doc[first].dep_ == "advmod" and doc[first + 1].text == ",":
        first += 2
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


def _inner(text: str, region: tuple[int, int]) -> tuple[int, int]:
    start, end = region[0] + 1, region[1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _following_range(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The rest of the sentence after "said" when the parser found no reported clause."""
    if verb.lemma_.lower() not in _SPEECH or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    skip = ("dobj", "dative", "prt") if verb.lemma_.lower() == "tell" else ("prt",)  # "told the BBC"
    first = max([verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in skip)]) + 1
    last = verb.sent.end - 1
    cut = next((t.i for t in doc[first : last + 1] if t.lower_ == "according" or t.is_quote), last + 1)
    if cut - first < 3 or not any(t.pos_ in ("VERB", "AUX") for t in doc[first:cut]):
        return None
    first, last = _trim_clause(doc, first, cut - 1)
    return (first, last) if last - first >= 2 else None


def _reported(ctx: _Ctx, verb: Token, speaker: int) -> list[Said]:
    doc, out = ctx.doc, []
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    for comp in comps or [None]:
        rng = _clause_range(doc, comp) if comp is not None else _following_range(doc, verb)
        if rng is None:
            continue
        start, end = doc[rng[0]].idx, doc[rng[1]].idx + len(doc[rng[1]])
        region = _in_quote(ctx, start, end)
        kind = "quote" if region else "reported"
        start, end = _inner(text_of(doc), region) if region else (start, end)
        out.append(Said(speaker, start, end, cue_text(verb), kind))
    return out


def _quote_speaker(ctx: _Ctx, region: tuple[int, int]) -> Token | None:
    """The reporting verb a quotation hangs on: by the parse, else by ``X said: “...”`` adjacency."""
    doc = ctx.doc
    inside = doc[bisect_right(ctx.starts, region[0]) : bisect_left(ctx.starts, region[1])]
    if not len(inside):
        return None
    for tok in inside:
        if not region[0] < tok.head.idx < region[1] and is_report_verb(tok.head):
            return tok.head
    before = [t for t in doc[max(0, inside.start - 4) : inside.start] if not (t.is_space or t.is_quote)]
    verb = (before[-1].head if before[-1].text in ":," else before[-1]) if before else None
    if verb is not None and is_report_verb(verb):
        return verb
    inner = ctx.text[region[0] + 1 : region[1]].rstrip()
    trailing = inner.endswith((",", "?", "!")) or ctx.text[region[1] + 1 : region[1] + 2] == ","
    return _verb_after(doc, region, inside.end) if trailing and _opens_sentence(ctx.text, region[0]) else None


def _opens_sentence(text: str, pos: int) -> bool:
    """True when a quotation starts a sentence (so a following "he said" can introduce it)."""
    before = text[max(0, pos - 80) : pos].rstrip(" \t")
    return (pos < 80 and not before) or (bool(before) and before[-1] in "\n.!?:")


def _verb_after(doc: Doc, region: tuple[int, int], after: int) -> Token | None:
    """The verb of a trailing ``, he said`` / ``, said the minister`` after a quotation."""
    for tok in doc[after : after + 8]:
        if is_report_verb(tok):
            return tok
        if tok.idx > region[1] and (tok.text in ".!?" or tok.is_quote or tok.pos_ in ("VERB", "AUX")):
            return None
        if "\n" in tok.text:
            return None
    return None


def _quotes(ctx: _Ctx) -> list[Said]:
    out: list[Said] = []
    for region in ctx.quotes:
        start, end = _inner(ctx.text, region)
        if len(ctx.text[start:end].split()) < _MIN_WORDS + 1:
            continue
        verb = _quote_speaker(ctx, region)
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


def find_statements(doc: Doc, owner: dict[int, int], people: set[int]) -> list[Said]:
    """Attributed statements, each with a resolved speaker (a draft index) and exact offsets."""
    ctx = _Ctx(doc, owner, people, quote_regions(text_of(doc)), [t.idx for t in doc], text_of(doc))
    found: list[Said] = _quotes(ctx)
    for tok in doc:
        if tok.lower_ == "according":
            said = _according(ctx, tok)
            found += [said] if said else []
        elif is_report_verb(tok):
            speaker = _resolve(ctx, subject_of(tok))
            found += _reported(ctx, tok, speaker) if speaker is not None else []
    unique = {(s.speaker, s.start, s.end): s for s in reversed(found)}
    return sorted(unique.values(), key=lambda s: (s.start, s.end))
