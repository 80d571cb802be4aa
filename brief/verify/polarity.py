"""Which words a claim's negation denies, and whether the article says those very words without one.

"Says the statements were not coherent" denies *coherent*; when the sentence that supports it says
"Her statements have been coherent", the claim flips the article, even though "no longer" sits
elsewhere in that sentence. A negation that governs a word the article never uses (a paraphrase) is
left to the looser sentence-level check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from brief.verify.lexicon import FRAME, STOP, is_negation, is_reporting, stem
from brief.verify.sentences import uses_marked

__all__ = [
    "content_word",
    "denied_elsewhere",
    "denied_stems",
    "few_for_not_many",
    "instead_of",
    "reversed_direction",
    "reversed_order",
    "says_undenied",
]

_AFTER = 4  # words after a word that may deny it ("announcements about them cannot be")
_REACH = 5  # words before a word that may deny it ("has yet to pay", "did not immediately return")
# words that deny what follows them without being a negation on their own
_LOCAL = frozenset(
    "yet fail fails failed failing avoid avoids avoided lack lacks lacked stop stops stopped unlikely "
    "hardly barely little longer unable instead rather than".split()
)
_SUPPOSED = frozenset({"if", "unless", "whether"})
_SUBJECT_REACH = 14  # words a denying subject ("nothing", "nobody") may stand before its verb
_NO_ONE = frozenset("nothing nobody none".split())
# "not only ... but also" denies nothing; "not every family" denies no word of its own
_NOT_SCOPE = frozenset("only just merely simply every all each".split())
_COPULAS = frozenset({"be", "have", "do"})
# verbs that deny the deed they govern: "declined to rule out", "refrained from naming", "failed to win"
_DENYING = frozenset("decline refuse fail avoid refrain neglect omit".split())
_SHORT_OF = frozenset({"stop", "fall"})  # "stopped short of congratulating him"
_EMBEDDED = frozenset(
    "ccomp xcomp csubj csubjpass advcl relcl acl pcomp nsubj nsubjpass pobj dobj appos".split()
)  # a verb under one of these is inside what the claim tells
_NO_DEED = frozenset({"comment", "elaborate"})  # "declined to comment" is a silence, not a denied deed
_CONTRAST = frozenset({"but", "yet", "instead", "rather", "while", "whereas"})  # "didn't stop, but slowed"
_COMPARED = frozenset({"more", "less", "fewer"})  # "no more than 44 per cent" counts, it denies nothing
_OWN = frozenset(
    {"aux", "auxpass", "nsubj", "nsubjpass", "mark", "neg"}
)  # a conjunct that is a verb of its own


_SET_OFF = frozenset({",", ";", "—", "–"})


def _set_off(doc: Any, start: int) -> list[Any]:
    """The words from ``start`` to the next punctuation mark."""
    end = next((t.i for t in doc[start:] if t.is_punct and t.text != "-"), len(doc))
    return list(doc[start:end])


def denied_stems(doc: Any) -> frozenset[str]:
    """Stems of the words a claim's spelt-out negations govern ("cannot be avoided" -> avoid)."""
    found: set[str] = set()
    for token in doc:
        word = token.lower_
        if any(w.lower_ in ("if", "unless") for w in doc[max(0, token.i - 3) : token.i]):
            continue  # "if they don't pay" denies nothing
        if word == "unlikely":
            heads = [c for c in token.children if c.dep_ == "xcomp"] or [token.head]
        elif word == "no" and token.head.lower_ == "longer" and token.head.head.i != token.head.i:
            heads = [token.head.head]  # "no longer suggests" denies "suggest", not "longer"
        elif word == "without" and token.dep_ == "prep":
            # "without naming the party" denies the naming ("without measurable rain" is left to the
            # sentence-level check: its "hasn't seen a drop of rain" denies from afar)
            heads = [c for c in token.children if c.dep_ == "pcomp"]
        elif word in _NO_ONE and token.dep_ == "dobj":
            heads = [token.head, *(c for c in token.children if c.dep_ == "amod")]  # "sees nothing wrong"
        elif token.pos_ == "VERB" and token.lemma_.lower() in _DENYING and _main(token):
            heads = [c for c in _complements(token) if c.lower_ not in _NO_DEED]
        elif word == "short" and token.head.lemma_.lower() in _SHORT_OF and _main(token.head):
            heads = _complements(token, "of")
        elif token.dep_ == "neg" or (word == "no" and token.dep_ == "det"):
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _NOT_SCOPE | _COMPARED:
                continue
            if token.i > 0 and doc[token.i - 1].text in _SET_OFF:
                # "a mistake made out of loyalty, not an attempt to impede it": the words after the "not"
                # are what it denies, though the parse hangs it on the word before the comma
                found.update(stem(t.lower_) for t in _set_off(doc, token.i + 1) if content_word(t))
                continue
            heads = [token.head]
        else:
            continue
        for head in _predicates(heads):
            # "not coherent or detailed" denies both; "have vilified them and do not trust" only one
            # and "not to hide it and to face it" denies only the first: "to face" is a verb of its own
            later = [
                c
                for c in head.conjuncts
                if c.i > head.i
                and not _CONTRAST & {t.lower_ for t in doc[head.i : c.i]}
                and not any(t.dep_ in _OWN for t in c.children)
            ]
            found.update(stem(t.lower_) for t in (head, *later) if content_word(t))
    return frozenset(found)


def _main(token: Any) -> bool:
    """True for the claim's own verb or one joined to it ("Warned Iran ... and declined to ..."), not a
    verb inside what it reports ("Rejects the idea that refusing to let everybody in ...")."""
    clauses = [t for t in (token, *token.ancestors) if t is token or t.pos_ in ("VERB", "AUX")]
    return not any(t.dep_ in _EMBEDDED and not _asserted(t) for t in clauses)


def _asserted(token: Any) -> bool:
    """True for what the claim itself tells: the clause its own reporting verb reports ("Says his father
    refused to pay") and a relative clause set off by a comma ("the mayor, who had refused to sign")."""
    if token.dep_ == "relcl":  # only one set off by a comma: "the idea that refusing ..." is no fact
        first = token.left_edge.i
        return first > 0 and bool(token.doc[first - 1].text == ",")
    return token.dep_ == "ccomp" and token.head.dep_ == "ROOT" and is_reporting(token.head.lower_)


def _complements(token: Any, prep: str = "from") -> list[Any]:
    """The verbs a word governs: "declined to rule out" -> rule, "refrained from naming" -> naming."""
    verbs = [c for c in token.children if c.dep_ == "xcomp"]
    verbs += [g for c in token.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children]
    return [v for v in verbs if v.pos_ == "VERB" and v.dep_ in ("xcomp", "pcomp")]


def _predicates(heads: Iterable[Any]) -> list[Any]:
    """A copula's complement stands for it ("is not coherent" -> coherent)."""
    out: list[Any] = []
    for head in heads:
        if head.lemma_.lower() in _COPULAS:
            out.extend(c for c in head.children if c.dep_ in ("acomp", "attr", "xcomp", "oprd"))
        else:
            out.append(head)
    return out


def content_word(token: Any) -> bool:
    word = token.lower_
    return token.is_alpha and len(word) > 2 and word not in STOP and word not in FRAME


def denied_elsewhere(
    denied: frozenset[str],
    window: Sequence[tuple[Sequence[str], Sequence[str]]],
    article: Sequence[tuple[Sequence[str], Sequence[str]]],
) -> bool:
    """True when the words a claim denies are not in its window at all, but the article denies them
    elsewhere ("We don't have any time limit on this" for a summary's "with no set time limit")."""
    if not denied or uses_marked(denied, window, 0, bool):
        return False
    uses = uses_marked(denied, article, _REACH, lambda w: is_negation(w) or w in _LOCAL, after=_AFTER)
    return any(any(marked) for marked in uses.values())


def few_for_not_many(claim: Sequence[str], window: Sequence[tuple[Sequence[str], Sequence[str]]]) -> bool:
    """True when the claim's bare "few X" is the window's denied "many X": "expects few problems" for
    "I don't anticipate many problems" (a denial the claim carries in "few", not "a few")."""
    counted = {
        claim[i + 1] for i, w in enumerate(claim[:-1]) if w in ("few", "little") and claim[i - 1 : i] != ["a"]
    }
    return any(
        is_negation(word)
        and {"many", "much"} & set(tokens[at + 1 : at + 4])
        and counted & set(tokens[at + 2 : at + 6])
        for tokens, _ in window
        for at, word in enumerate(tokens)
    )


_PASSED_OVER = frozenset({"rather", "instead"})  # "rather than changes in the virus", "instead of"
_PASSED_REACH = 5


def instead_of(
    denied: frozenset[str], content: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> bool:
    """True when a sentence sets what the claim denies aside after what it asserts: "due to changes in
    treatment, rather than changes in the virus" for "to changes in treatment, not to the virus" (and not
    for "to the virus, not to changes in treatment")."""
    asserted = content - denied
    for tokens, stems in sentences:
        for at, word in enumerate(tokens):
            if word not in _PASSED_OVER:
                continue
            aside, before = set(stems[at + 1 : at + 1 + _PASSED_REACH]), set(stems[:at])
            if denied & aside and not (asserted & aside) - before:
                return True
    return False


def says_undenied(denied: frozenset[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> bool:
    """True when the sentences (tokens, stems) use a denied word and never deny it where they do."""
    # a denial just after a use denies it too: "announcements about them cannot be made casually"
    # and a use under "if" is no assertion: "It would be one thing if she was proselytizing"
    uses = uses_marked(
        denied,
        sentences,
        _REACH,
        lambda w: is_negation(w) or w in _LOCAL or w in _SUPPOSED,
        after=_AFTER,
        also=lambda tokens, at: _shares_denial(denied, tokens, at),
    )
    # "nothing — not even this baseless charge — will stop us": a denying subject before an aside
    far = uses_marked(denied, sentences, _SUBJECT_REACH, _NO_ONE.__contains__)
    return any(
        not any(m or f for m, f in zip(marked, far[word], strict=True)) for word, marked in uses.items()
    )


def _shares_denial(denied: frozenset[str], tokens: Sequence[str], at: int) -> bool:
    """True when an earlier word the claim also denies is denied in the same clause: "no reason to believe
    he can't sustain that ... and help us make a push" denies the helping as the claim does."""
    for j in range(at - 1, -1, -1):
        if tokens[j] in _CLAUSE_BREAKS:
            return False
        if stem(tokens[j]) in denied and any(map(is_negation, tokens[max(0, j - _REACH) : j])):
            return True
    return False


_CLAUSE_BREAKS = frozenset("but while although though yet whereas".split())


_UP = frozenset(
    "rise rises rose risen rising increase increases increased increasing up higher grow grows grew grown "
    "growing gain gains gained more climb climbs climbed surge surged jump jumped soar soared".split()
)
_DOWN = frozenset(
    "fall falls fell fallen falling decrease decreases decreased decreasing down lower shrink shrinks "
    "shrank shrinking drop drops dropped dropping decline declines declined declining less fewer cut "
    "cuts slump slumped plunge plunged".split()
)


def reversed_direction(claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> str:
    """ "rose 5%" where the sentences only have "fell" next to a figure (or the other way): the article's
    word, or "". Only for movements of a figure: "his parents jumped in" is no rise."""
    said = set(_near_figures(claim))
    figures = {w for w in claim if w[:1].isdigit()}
    sentences = [s for s in sentences if figures & set(s[0])]  # the sentences with the claim's figure
    for mine, theirs in ((_UP, _DOWN), (_DOWN, _UP)):
        if said & mine and not set(claim) & theirs:
            found = {w for tokens, _ in sentences for w in _near_figures(tokens)}
            if found & theirs and not {w for tokens, _ in sentences for w in tokens} & mine:
                return sorted(found & theirs)[0]
    return ""


def _near_figures(tokens: Sequence[str]) -> list[str]:
    """The words within four of a figure ("rose by 5", "fell 12 per cent")."""
    at = [i for i, w in enumerate(tokens) if w[:1].isdigit()]
    return [w for i, w in enumerate(tokens) if any(abs(i - j) <= 4 for j in at)]


_ORDER = frozenset({"before", "after"})
_ORDER_SHARED = 2  # content words each side must share with the article's other side
_ORDER_REACH = 8  # words on each side of "before" that say what came first and what after


def _sides(tokens: Sequence[str], stems: Sequence[str], at: int) -> tuple[set[str], set[str]]:
    def content(span: range) -> set[str]:
        return {stems[i] for i in span if tokens[i] not in STOP}

    left = range(max(0, at - _ORDER_REACH), at)
    return content(left), content(range(at + 1, min(len(tokens), at + 1 + _ORDER_REACH)))


def reversed_order(claim: Sequence[str], sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> bool:
    """True when a claim tells two events in the order the sentences reverse ("the family was notified
    before the report was released" where the article has the report "released to the media before the
    family was notified")."""
    stems = [stem(w) for w in claim]
    for at, word in enumerate(claim):
        if word not in _ORDER:
            continue
        first, then = _sides(claim, stems, at)
        for tokens, their_stems in sentences:
            for where, theirs in enumerate(tokens):
                if theirs not in _ORDER:
                    continue
                left, right = _sides(tokens, their_stems, where)
                if theirs != word:
                    left, right = right, left  # "B after A" tells "A before B"
                # two words on each side: "left en masse after voting" is no order of "walked out en
                # masse before the impeachment vote"
                crossed = len(first & right) >= _ORDER_SHARED and len(then & left) >= _ORDER_SHARED
                if crossed and not first & left and not then & right:
                    return True
    return False
