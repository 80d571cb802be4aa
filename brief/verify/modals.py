"""A claim that says "will" (or says a thing happens) where its sentences say only that it can or might."""

from __future__ import annotations

from collections.abc import Sequence

from brief.verify.lexicon import STOP, stem

__all__ = ["firmer_modal"]

_POSSIBLE = frozenset("may might could possibly".split())
_ABLE = _POSSIBLE | {"can"}  # "can generate": what may happen, not what does
_MODALS = frozenset("will would can could may might should must shall".split())


_PASSED = frozenset(
    "not n't never be been have well".split()
)  # between a modal and its verb ("may well tell")
_REACH = 8  # words after a modal that say what it governs


def _verb_after(tokens: Sequence[str], at: int) -> str:
    """The verb a modal at ``at`` governs, past "not" and "be" ("might not be able" -> able), with
    "unable" as "able" (the denial is the polarity check's business); "have" itself before its object
    ("may not have the time")."""
    last = ""
    for word in tokens[at + 1 : at + 5]:
        if word in _PASSED:
            last = word
            continue
        return last if word in STOP and last in ("have", "be") else "able" if word == "unable" else word
    return ""


def firmer_modal(claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> str:
    """The verb a claim says "will" happen, or says happens, where its sentences say only that it "might"
    or "can" ("will influence the witnesses" for "Mr. Bharti might influence the witnesses"; "generates
    $9 in spending" for "can generate $9 in spending"), else ""."""
    firm = {stem(_verb_after(claim, i)) for i, w in enumerate(claim[:-1]) if w in ("will", "would")}
    told = {
        stem(x)
        for i, w in enumerate(claim)
        if w == "will"
        for x in claim[i + 1 : i + _REACH]
        if x not in STOP
    }
    # "Not all parents will have the time" beside "Some may not have the time": the article says "will" too
    firm -= {stem(_verb_after(t, i)) for t, _ in sentences for i, w in enumerate(t[:-1]) if w == "will"}
    bare = {  # "generates", "fined": a verb with no modal of its own, and the words after it
        stem(w): {stem(x) for x in claim[i + 1 : i + 5] if x not in STOP}
        for i, w in enumerate(claim)
        if w.endswith(("es", "ed")) and not _MODALS & set(claim[max(0, i - 2) : i])
    }
    for tokens, stems in sentences:
        for at, word in enumerate(tokens[:-1]):
            # the same verb, or the same words ("will cost 6,000 teachers their jobs" for "could result in
            # 6,000 teachers losing their jobs")
            if word in _POSSIBLE and "will" not in tokens:
                verb = _verb_after(tokens, at)
                if stem(verb) in firm or len(told & set(stems[at + 1 : at + _REACH])) >= 3:
                    return verb
            after = set(stems[at + 2 : at + 6])
            if word in _ABLE and after & bare.get(stems[at + 1], set()):
                return tokens[at + 1]
    return ""
