"""Whether a claim denies, hedges and asserts as its supporting sentences do: a denial the article does
not make (or misses one it makes), a reversed direction, a fact the article only reports as possible,
alleged, pending or estimated."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from brief.verify.antonyms import opposite_word, other_place, prefix_opposite
from brief.verify.claims import Claim, Problem
from brief.verify.deeds import object_to_come, only_expected
from brief.verify.lexicon import (
    ALLEGING,
    ESTIMATED,
    HEDGES,
    SEEMING,
    STOP,
    compares,
    conditional,
    is_explicit_negation,
    is_modal,
    is_negation,
    stem,
    words,
)
from brief.verify.modals import firmer_modal, hearsay_deed, only_intended, unsaid_future
from brief.verify.pending import done_but_to_come, done_only_pending
from brief.verify.polarity import (
    denied_elsewhere,
    few_for_not_many,
    reversed_direction,
    reversed_order,
    says_undenied,
)
from brief.verify.sentences import ELLIPTICAL, Sentence
from brief.verify.unasserted import counterfactual, in_place_of, no_evidence, silence, tagged

__all__ = ["mood_problem"]

_DENIALS = frozenset({"not", "no", "never"})
_POSSIBLE = frozenset("may might could possibly perhaps probably likely maybe".split())

_ALIGN = (2, 4)  # a negation concerns the claim when a claim word is this near (words before, after)
_HEDGE_ALIGN = (0, 7)  # a hedge governs what follows it ("could probably come in the form of ...")
_UNLIKELY = frozenset({"unlikely", "doubtful"})
_INSTEAD = frozenset({"instead", "rather"})  # a claim that says what was done in place of something
_ELLIPTICAL_REACH = 40  # words: "anywhere in the sentence"


def mood_problem(
    sentences: Sequence[Sentence], claim: Claim, window: Sequence[int], polarity: bool = True
) -> Problem | None:
    """The negation or hedge problem of ``claim`` against the ``window`` of ``sentences``, if any;
    ``polarity=False`` checks the hedges only."""
    # a claim that denies needs a denial anywhere in its sentences; one that asserts is contradicted
    # only by a denial next to its words
    align = (_ELLIPTICAL_REACH, _ELLIPTICAL_REACH) if claim.negated else (0, 0)
    negated = polarity and _marked(
        sentences, claim, window, is_negation, skip_conditional=True, align=align, governed=not claim.negated
    )
    # a verb like "dismissed" or "denying" in a claim is too often not a negation of the article's fact
    flipped = negated != claim.negated and (negated or claim.explicit)
    claimed = words(claim.text)
    if flipped and negated and _INSTEAD & set(claimed):
        # "took them to the counsel instead of coming to him" for "did not come to him" (a spelt-out
        # denial; "is balking at committing" is a stand, which "rather than" does not answer)
        explicit = _marked(
            sentences, claim, window, is_explicit_negation, skip_conditional=True, governed=True
        )
        # ... unless the article denies what the claim says outside its "rather than" ("his opinion
        # absolves X, stressing it was a fraud case rather than a climate case" for "Nothing in this
        # opinion is intended to absolve X")
        in_place = in_place_of(claimed)
        rest = replace(claim, content=claim.content - in_place)
        flipped = not explicit or (
            bool(in_place)
            and _marked(sentences, rest, window, is_explicit_negation, skip_conditional=True, governed=True)
        )
    said_in = [(s.tokens, s.stems) for s in map(sentences.__getitem__, window)]
    would_have = counterfactual(claimed)
    if flipped and not claim.negated and would_have:
        # "says reasonable minds would have sent the case to a jury" for "decided not to take the case to a
        # grand jury": what would have been is told as not done
        rest = replace(claim, content=claim.content - would_have)
        flipped = _marked(sentences, rest, window, is_negation, skip_conditional=True, governed=True)
    if flipped and claim.negated:
        # "..., with no set time limit": the window is about the rest; another sentence denies it
        flipped = not denied_elsewhere(claim.denied, said_in, [(s.tokens, s.stems) for s in sentences])
    if flipped and claim.negated and _aside(claimed, said_in):
        flipped = False  # "opened fire without saying a word": the window tells the firing, not the silence
    if flipped and not claim.negated and few_for_not_many(claimed, said_in):
        flipped = False  # "expects few problems" for "I don't anticipate many problems"
    if polarity and claim.denied and not flipped:
        # it denies a word the article uses without a denial ("not coherent" / "coherent")
        flipped = says_undenied(claim.denied, said_in)
    if polarity and reversed_order(claimed, said_in):
        return Problem("negation", "it tells the two events in the opposite order to the article")
    opposite = reversed_direction(claimed, said_in) if polarity else ""
    if opposite:
        return Problem("negation", f"it says the opposite of the article's {opposite!r}")
    place = other_place(claimed, claim.content, said_in) if polarity else None
    if place is not None:
        return Problem("number", f"it says {place[0]!r} where the article says {place[1]!r}")
    contrary = (
        opposite_word(claimed, claim.content, said_in) or prefix_opposite(claimed, claim.content, said_in)
        if polarity
        else None
    )
    if contrary is not None:
        return Problem("negation", f"it says {contrary[0]!r} where the article says {contrary[1]!r}")
    if (
        polarity
        and flipped
        and claim.negated
        and _marked(sentences, claim, window, _UNLIKELY.__contains__, align=_HEDGE_ALIGN, governed=True)
    ):
        # "will not agree" where the article has "is unlikely to agree": a hedge dropped, not a denial added
        return Problem("hedge", "it states as certain what the article has only as unlikely")
    if polarity and claim.negated and not flipped and no_evidence(claimed, said_in):
        # "there is no epidemiological evidence linking the cases" is not "the cases are not linked"
        return Problem("hedge", "it states as a fact what the article only says there is no evidence of")
    if polarity and flipped:
        said = "denies" if claim.negated else "asserts"
        return Problem(
            "negation",
            f"it {said} what the article's sentence {'asserts' if said == 'denies' else 'denies'}",
        )
    # a claim that itself tells the words as someone's ("arguing that his conduct had been doubtful")
    # keeps the article's "alleged"; only a bare assertion drops it
    hedges = HEDGES - ALLEGING - {"alleged"} if claim.reported else HEDGES | ALLEGING
    if _LOOKS & set(claimed):  # "made its assets look more secure" tells "made them appear more secure"
        hedges -= SEEMING
    hedge = _marked(sentences, claim, window, hedges.__contains__, align=_HEDGE_ALIGN, governed=True)
    if not claim.negated and (
        done_only_pending(claimed, claim.content, said_in)
        or only_expected(claim.done, said_in)
        or object_to_come(claim.done, claim.done_to, said_in)
        or done_but_to_come(claim.done, claim.content, said_in)
    ):
        return Problem("hedge", "it states as done what the article only has discussed, planned or sought")
    hearsay = hearsay_deed(claim.predicate, claimed, claim.content, said_in)
    if hearsay:
        return Problem("hedge", f"it states as fact what the article only says was {hearsay} done")
    intended = only_intended(claimed, said_in)
    if intended:
        return Problem(
            "hedge", f"it states {intended!r} as settled where the article has it only asked for or planned"
        )
    firmer = firmer_modal(claimed, said_in)
    if firmer:
        return Problem(
            "hedge", f"it states {firmer!r} as certain where the article says only that it can or might"
        )
    maybe = unsaid_future(claimed, said_in)
    if maybe:
        return Problem("hedge", f"it says 'will' where the article has only {maybe!r}")
    if not claim.hedged and hedge:
        return Problem("hedge", "it states as fact what the article only reports as possible or alleged")
    # "China seems to be in agreement" told as "China agrees ... there should be no mediation": the claim's
    # own "should" hedges its reported words, not the agreement
    if not (_LOOKS | _POSSIBLE) & set(claimed):
        # "seem intent on not antagonizing" hedges no "not" of the claim's
        asserted = replace(claim, content=claim.content - _DENIALS)
        if _marked(sentences, asserted, window, SEEMING.__contains__, align=_HEDGE_ALIGN, governed=True):
            return Problem("hedge", "it states as fact what the article only says seems to be so")
    if claim.certain and _marked(sentences, claim, window, lambda w: w in ESTIMATED, align=_HEDGE_ALIGN):
        return Problem("hedge", "it states as shown what the article only has estimated or expected")
    return None


def _aside(claimed: Sequence[str], said_in: Sequence[tuple[Any, Any]]) -> bool:
    """True when the claim's only denial is a "without ..." whose words its sentences never use."""
    if {w for w in claimed if is_negation(w)} != {"without"}:
        return False
    at = claimed.index("without")
    after = {stem(w) for w in claimed[at + 1 : at + 4] if w not in STOP}
    return bool(after) and not any(after & set(stems) for _, stems in said_in)


# what only seems so, in a claim's words ("made its assets look more secure")
_LOOKS = SEEMING | {"look", "looks", "looked", "looking"}


def _marked(
    sentences: Sequence[Sentence],
    claim: Claim,
    window: Sequence[int],
    marker: Any,
    *,
    skip_conditional: bool = False,
    align: tuple[int, int] = (0, 0),
    governed: bool = False,
) -> bool:
    """True when a marker word in the window sits next to the words the claim is about; ``governed``:
    the first content word after it is one of them ("hasn't disciplined Sterling (pictured)" does not
    deny that he was pictured)."""
    before, after = align if align != (0, 0) else _ALIGN
    for i in window:
        sentence = sentences[i]
        elliptical = i > window[0] and len(sentence.tokens) <= ELLIPTICAL  # answers the sentence before
        for at, word in enumerate(sentence.tokens):
            if not marker(word) or (skip_conditional and conditional(sentence.tokens, at)):
                continue
            if word == "not" and sentence.tokens[at + 1 : at + 2] in (["only"], ["just"], ["merely"]):
                continue  # "not only important but also cool" denies nothing
            if marker is is_negation and compares(sentence.tokens, at):
                continue  # "nothing more than a public relations stunt"
            if marker is is_negation and not is_explicit_negation(word) and silence(sentence.tokens, at):
                continue  # "He declined further comment" is a silence, as in the claim, not a denied deed
            if word in HEDGES and _ranking(sentence.tokens, at) and not _RANKS & set(words(claim.text)):
                continue  # "perhaps one of the most visible sponsors" hedges the ranking, not the sponsoring
            nearby = sentence.stems[max(0, at - before) : at + after + 1]
            if governed:
                after_it = range(at + 1, min(len(sentence.tokens), at + after + 1))
                # the two words it governs: "accused Sterlite of contaminating", "may well rise"
                after_preposition = at > 0 and sentence.tokens[at - 1] in _PREPOSITIONS
                opens = word in _NEGATIVE_SUBJECTS and not after_preposition
                reach = 4 if opens else 2  # "neither player received a major"; not "with no change in ..."
                ruled = [j for j in after_it if not _function(sentence.tokens[j])][:reach]
                # "Repression does not last," he tweeted: the tag's verb has a subject of its own
                tags = {j for j in after_it if tagged(sentence.tokens, at, j)}
                ruled = [j for j in ruled if j not in tags]
                if tags:
                    elliptical = False  # a denial of its own ("Repression does not last," he tweeted)
                if _contrast(sentence, at, alone=True):
                    ruled = ruled[:1]  # "belonged to the home secretary, not Parliament, so the debate ..."
                wish = sentence.tokens[at + 1] if at + 1 < len(sentence.tokens) else ""
                if marker is is_negation and wish in _VOLITION and not _VOLITION & set(words(claim.text)):
                    ruled = []  # "didn't want to turn him into a martyr" denies the wish, not the turning
                nearby = [sentence.stems[at], *(sentence.stems[j] for j in ruled)]
                if marker is is_negation and not is_explicit_negation(word):
                    # a verb that denies ("is denying flu vaccines") contradicts a claim about what it
                    # governs, not one that shares a word with it ("urges it to give flu shots")
                    nearby = (
                        []
                        if set(ruled) and not {sentence.stems[j] for j in ruled} <= claim.content
                        else nearby
                    )
                if _contrast(sentence, at) & claim.content and _asserted_too(sentence, ruled, claim.content):
                    continue  # "policy, not administration, ... getting deep into administration"
            if elliptical or claim.content & set(nearby) or not claim.content:
                return True
    return False


def _contrast(sentence: Sentence, at: int, alone: bool = False) -> frozenset[str]:
    """For the "not" of "X, not Y" ("Your job is policy, not administration"): X's stem; a claim that
    names X as well tells the contrast rather than flipping it. ``alone``: only where Y is one word the
    punctuation closes ("the home secretary, not Parliament, so ..."), which is all the "not" denies."""
    if sentence.tokens[at] != "not" or at + 1 >= len(sentence.tokens) or at == 0:
        return frozenset()
    closed = r"\s*[,.;:)]" if alone else ""
    said = re.search(
        rf"\b{re.escape(sentence.tokens[at - 1])},\s+not\s+{re.escape(sentence.tokens[at + 1])}\b{closed}",
        sentence.text,
        re.I,
    )
    return frozenset({sentence.stems[at - 1]}) if said else frozenset()


def _asserted_too(sentence: Sentence, ruled: Sequence[int], content: frozenset[str]) -> bool:
    """True when the claim's words that a denial governs are also said without one in the same sentence."""
    hits = {sentence.stems[j] for j in ruled} & content
    free = {
        st
        for j, st in enumerate(sentence.stems)
        if j not in ruled and not any(is_negation(w) for w in sentence.tokens[max(0, j - 3) : j])
    }
    return bool(hits) and hits <= free


_RANKS = frozenset(
    "most least best worst biggest largest greatest highest lowest fastest oldest youngest richest".split()
)


def _ranking(tokens: Sequence[str], at: int) -> bool:
    """True when the hedge at ``at`` governs a ranking: "perhaps one of the most", "probably the best"."""
    rest = [w for w in tokens[at + 1 : at + 5] if w not in ("one", "of", "the", "a")]
    return bool(rest) and rest[0] in _RANKS


# a wish denied is not the thing wished denied: "didn't want to turn him into a martyr"
_VOLITION = frozenset("want wants wanted wish wished intend intends intended mean meant".split())
# a denial that opens the subject reaches its verb and object: "neither player received a fighting major"
_NEGATIVE_SUBJECTS = frozenset({"neither", "no", "none", "nobody", "nothing"})
_PREPOSITIONS = frozenset(
    "with without of in for at by on to from under after before about into over".split()
)


def _function(word: str) -> bool:
    """A word a negation or hedge reaches past to what it governs: "not a", "may have been", "probably"."""
    return word in STOP or word in HEDGES or is_modal(word)
