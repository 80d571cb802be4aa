"""A claim that says "will" (or says a thing happens) where its sentences say only that it can, might or
should, or that it is possible."""

from __future__ import annotations

from collections.abc import Sequence

from brief.verify.lexicon import ESTIMATED, HEDGES, STOP, stem

__all__ = ["firmer_modal", "hearsay_deed", "only_intended", "unsaid_future"]

_POSSIBLE = frozenset("may might could possibly should".split())
_ABLE = _POSSIBLE | {"can"}  # "can generate": what may happen, not what does
_MODALS = frozenset("will would can could may might should must shall".split())


_PASSED = frozenset(
    "not n't never be been have well".split()
)  # between a modal and its verb ("may well tell")
_REACH = 8  # words after a modal that say what it governs
_AROUND = 6  # words before an article's "could" that it is about (after it: its clause, `_governed`)


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
            # "more arrests are possible" for "more people will be arrested"
            if word == "possible" and "will" not in tokens and firm & set(stems[max(0, at - 3) : at]):
                return tokens[at]
            after = set(stems[at + 2 : at + 6])
            if word in _ABLE and after & bare.get(stems[at + 1], set()):
                return tokens[at + 1]
    return ""


def unsaid_future(claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> str:
    """The article's word of mere possibility where a claim that hedges nothing says a thing "will" happen
    and its sentences tell no future at all ("more arrests will follow" for "more were possible"; "the ban
    will put bars out of business" for "could have a devastating effect"), else ""."""
    if _UNSURE & set(claim):
        return ""  # "hopes Congress will use the time", "expects Japan will resume buying"
    near = {  # the words about what "will" happen: its subject's, its verb's up to the next clause
        stem(x)
        for i, w in enumerate(claim)
        if w == "will"
        for x in [*claim[max(0, i - 3) : i], *_clause(claim[i + 1 : i + _REACH])]
        if x not in STOP
    }
    if not near or any(_FUTURE & set(tokens) for tokens, _ in sentences):
        return ""
    for tokens, stems in sentences:
        for at, word in enumerate(tokens):
            if word in _MAYBE and near & set(
                stems[max(0, at - _AROUND) : at + 1 + _governed(tokens[at + 1 :])]
            ):
                return word
    return ""


def _clause(words: Sequence[str]) -> Sequence[str]:
    """``words`` up to the next clause ("begin restoring power" of "begin restoring power once the weather
    eases")."""
    ends = [at for at, word in enumerate(words) if word in _CLAUSE_ENDS]
    return words[: ends[0]] if ends else words


def _governed(after: Sequence[str]) -> int:
    """How many of the words ``after`` an article's "could" it is about: up to its clause's end, at most
    ``_GOVERNS`` words ("could have a devastating effect on these bars"). A participle after a noun opens a
    clause of its own ("should ease by Thursday morning, allowing the utility to begin ...")."""
    for at, word in enumerate(after[:_GOVERNS]):
        if word in _NEXT_CLAUSE or (
            at > 1 and word.endswith("ing") and after[at - 1] not in _BEFORE_ADJECTIVE
        ):
            return at
    return _GOVERNS


_GOVERNS = 10
_BEFORE_ADJECTIVE = _PASSED | frozenset("a an the very so more most".split())  # "a devastating effect"
_NEXT_CLAUSE = frozenset("and but because while which who that when if or".split())
_CLAUSE_ENDS = frozenset("once when after if before until unless because as while , ; but".split())


# verbs whose "to X" has X only asked for or intended, not settled ("has asked to represent himself")
_INTENDED = frozenset(
    "ask asks asked request requests requested want wants wanted hope hopes hoped plan plans planned intend "
    "intends intended seek seeks sought aim aims aimed propose proposes proposed".split()
)


_UNSETTLED = _INTENDED | frozenset(
    "chance chances likely probably possibly possible expect expects expected".split()
)
_UNSURE = _UNSETTLED | HEDGES | ESTIMATED | {"would", "if", "whether"}  # a claim that hedges itself
_FUTURE = frozenset({"will", "'ll", "shall", "going", "wo"})  # "wo" of "won't"
# what an article says of a thing that may come, not one that will
_MAYBE = frozenset(
    "may might could should possible possibly potentially likely chance plan plans planned hope hopes "
    "expect expects expected".split()
)


def only_intended(claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> str:
    """The verb a claim says "will" happen where its sentences have it only asked for or planned ("will
    represent himself" for "has asked to represent himself"), and never say "will" of it; else ""."""
    if _UNSETTLED & set(claim):
        return ""  # "there is a strong chance charges will be pressed" is not settled either
    firm = {stem(_verb_after(claim, i)) for i, w in enumerate(claim[:-1]) if w == "will"} - {""}
    firm -= {stem(_verb_after(t, i)) for t, _ in sentences for i, w in enumerate(t[:-1]) if w == "will"}
    for tokens, _ in sentences:
        for at, word in enumerate(tokens[:-2]):
            # "will never plan to offer" is the claim's "will never offer"
            settled = {"will", "never", "not", "n't"} & set(tokens[max(0, at - 3) : at])
            if word in _INTENDED and tokens[at + 1] == "to" and stem(tokens[at + 2]) in firm and not settled:
                return tokens[at + 2]
    return ""


# words that leave the very deed after them someone else's account: "reportedly proposed", "allegedly hit"
_HEARSAY = frozenset("reportedly allegedly purportedly supposedly apparently seemingly".split())


def hearsay_deed(
    predicate: str,
    claim: Sequence[str],
    content: frozenset[str],
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]],
) -> str:
    """The article's hearsay word when the claim's own verb (stem ``predicate``), wherever the sentences
    (words, stems) tell it with the claim's content words (stems) after it, comes right after
    "reportedly" or "allegedly", and the claim (words) has no such word: "Proposed reversing the
    decision" for "Spano reportedly proposed that the decision be reversed" (the claim's "proposed"
    hedges the reversal, not the proposing)."""
    if not predicate or _HEARSAY & set(claim):
        return ""
    told = content - {predicate}
    uses = [
        tokens[at - 1] if at else ""
        for tokens, stems in sentences
        for at, s in enumerate(stems)
        if _same(s, predicate) and told & set(stems[at + 1 : at + 1 + _REACH])
    ]
    return uses[0] if uses and all(w in _HEARSAY for w in uses) else ""


def _same(word_stem: str, predicate: str) -> bool:
    """The word's stem is the verb's ("propos" of "proposed", "propo" of the lemma "propose")."""
    return word_stem == predicate or (len(predicate) >= 4 and word_stem.startswith(predicate))
