"""Whether a claim denies, hedges and asserts as its supporting sentences do: a denial the article does
not make (or misses one it makes), a reversed direction, a fact the article only reports as possible,
alleged, pending or estimated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from brief.verify.alleged import only_alleged
from brief.verify.antonyms import opposite_word, other_place, prefix_opposite
from brief.verify.claims import Claim, Problem
from brief.verify.deeds import object_to_come, only_expected
from brief.verify.lexicon import (
    ALLEGING,
    ESTIMATED,
    HEDGES,
    SEEMING,
    STOP,
    is_explicit_negation,
    is_hedging,
    is_negation,
    stem,
    words,
)
from brief.verify.marked import marked, related
from brief.verify.modals import firmer_modal, hearsay_deed, only_intended, unsaid_future
from brief.verify.pending import already_but_to_come, done_but_to_come, done_only_pending
from brief.verify.polarity import (
    denied_elsewhere,
    few_for_not_many,
    instead_of,
    reversed_direction,
    reversed_order,
    says_undenied,
)
from brief.verify.sentences import Sentence
from brief.verify.unasserted import counterfactual, in_place_of, no_evidence
from brief.verify.unrealised import denied_only_as_aim

__all__ = ["mood_problem"]

_DENIALS = frozenset({"not", "no", "never"})
_POSSIBLE = frozenset("may might could possibly perhaps probably likely maybe".split())

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
    denying = [i for i in window if related(sentences[i], claim)] if claim.negated else window
    negated = polarity and marked(
        sentences, claim, denying, is_negation, skip_conditional=True, align=align, governed=not claim.negated
    )
    # a verb like "dismissed" or "denying" in a claim is too often not a negation of the article's fact
    flipped = negated != claim.negated and (negated or claim.explicit)
    claimed = words(claim.text)
    if flipped and negated and _INSTEAD & set(claimed):
        # "took them to the counsel instead of coming to him" for "did not come to him" (a spelt-out
        # denial; "is balking at committing" is a stand, which "rather than" does not answer)
        explicit = marked(
            sentences, claim, window, is_explicit_negation, skip_conditional=True, governed=True
        )
        # ... unless the article denies what the claim says outside its "rather than" ("his opinion
        # absolves X, stressing it was a fraud case rather than a climate case" for "Nothing in this
        # opinion is intended to absolve X")
        in_place = in_place_of(claimed)
        rest = replace(claim, content=claim.content - in_place)
        flipped = not explicit or (
            bool(in_place)
            and marked(sentences, rest, window, is_explicit_negation, skip_conditional=True, governed=True)
        )
    said_in = [(s.tokens, s.stems) for s in map(sentences.__getitem__, window)]
    would_have = counterfactual(claimed)
    if flipped and not claim.negated and would_have:
        # "says reasonable minds would have sent the case to a jury" for "decided not to take the case to a
        # grand jury": what would have been is told as not done
        rest = replace(claim, content=claim.content - would_have)
        flipped = marked(sentences, rest, window, is_negation, skip_conditional=True, governed=True)
    if flipped and claim.negated:
        # "..., with no set time limit": the window is about the rest; another sentence denies it
        flipped = not denied_elsewhere(claim.denied, said_in, [(s.tokens, s.stems) for s in sentences])
    if flipped and claim.negated and claim.denied and instead_of(claim.denied, claim.content, said_in):
        flipped = False  # "..., not to the virus" where the article has "rather than changes in the virus"
    if flipped and claim.negated and _aside(claimed, said_in):
        flipped = False  # "opened fire without saying a word": the window tells the firing, not the silence
    if flipped and not claim.negated and denied_only_as_aim(claimed, claim.content, said_in):
        flipped = False  # "Pleaded for the plant to be opened" for "the plant will not be opened"
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
        and marked(sentences, claim, window, _UNLIKELY.__contains__, align=_HEDGE_ALIGN, governed=True)
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
    hedge = marked(sentences, claim, window, hedges.__contains__, align=_HEDGE_ALIGN, governed=True)
    if not claim.negated and (
        done_only_pending(claimed, claim.content, said_in)
        or only_expected(claim.done, said_in)
        or object_to_come(claim.done, claim.done_to, said_in)
        or done_but_to_come(claim.done, claim.content, said_in)
        or already_but_to_come(claimed, claim.content, said_in)
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
    own = claim.hedged and _own_hedge(claimed, said_in)
    if hedge and claim.hedged and not own:
        # the claim's only hedges are the article's, copied with their words: another of the article's is lost
        hedge = marked(
            sentences,
            claim,
            window,
            lambda w: w in hedges and w not in claimed,
            align=_HEDGE_ALIGN,
            governed=True,
        )
    if hedge and not own:
        return Problem("hedge", "it states as fact what the article only reports as possible or alleged")
    alleging = "" if claim.reported or claim.negated else only_alleged(claimed, claim.content, said_in)
    if alleging:
        return Problem("hedge", f"it states as fact what the article only has someone {alleging!r}")
    # "China seems to be in agreement" told as "China agrees ... there should be no mediation": the claim's
    # own "should" hedges its reported words, not the agreement
    if not (_LOOKS | _POSSIBLE) & set(claimed):
        # "seem intent on not antagonizing" hedges no "not" of the claim's
        asserted = replace(claim, content=claim.content - _DENIALS)
        if marked(sentences, asserted, window, SEEMING.__contains__, align=_HEDGE_ALIGN, governed=True):
            return Problem("hedge", "it states as fact what the article only says seems to be so")
    if claim.certain and marked(sentences, claim, window, lambda w: w in ESTIMATED, align=_HEDGE_ALIGN):
        return Problem("hedge", "it states as shown what the article only has estimated or expected")
    return None


def _own_hedge(claimed: Sequence[str], said_in: Sequence[tuple[Any, Any]]) -> bool:
    """True when the claim hedges: by a word of doubt ("maybe", "could"), or by a weaker one ("would",
    "thought") of its own, not the article's copied with the words it hedges ("stores it thought he would
    never see" where the article has "I imagine ... stores that they thought I would never see": the
    "thought" and "would" are the article's, and they leave "imagine" unhedged)."""
    return any(
        word in HEDGES or (is_hedging(word) and not _copied(claimed, at, said_in))
        for at, word in enumerate(claimed)
    )


def _copied(claimed: Sequence[str], at: int, said_in: Sequence[tuple[Any, Any]]) -> bool:
    """True when the claim's word at ``at`` is in one of the sentences with the content word that follows
    it in the claim a few words after it there too."""
    follows = next((w for w in claimed[at + 1 : at + 1 + _COPY_REACH] if w not in STOP), "")
    return any(
        tokens[j] == claimed[at] and follows in tokens[j + 1 : j + 1 + _COPY_REACH]
        for tokens, _ in said_in
        for j in range(len(tokens))
    )


_COPY_REACH = 4


def _aside(claimed: Sequence[str], said_in: Sequence[tuple[Any, Any]]) -> bool:
    """True when the claim's only denial is a "without ..." whose words its sentences never use."""
    if {w for w in claimed if is_negation(w)} != {"without"}:
        return False
    at = claimed.index("without")
    after = {stem(w) for w in claimed[at + 1 : at + 4] if w not in STOP}
    return bool(after) and not any(after & set(stems) for _, stems in said_in)


# what only seems so, in a claim's words ("made its assets look more secure")
_LOOKS = SEEMING | {"look", "looks", "looked", "looking"}
