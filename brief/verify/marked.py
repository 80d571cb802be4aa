"""Where a marker word (a negation, a hedge) in the article's sentences bears on a claim: next to the
words the claim is about, or governing them, and in a sentence about the claim at all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from brief.verify.claims import Claim
from brief.verify.lexicon import (
    HEDGES,
    STOP,
    compares,
    conditional,
    is_explicit_negation,
    is_modal,
    is_negation,
    words,
)
from brief.verify.sentences import ELLIPTICAL, Sentence
from brief.verify.unasserted import silence, tagged

__all__ = ["marked", "related"]

_ALIGN = (2, 4)  # a negation concerns the claim when a claim word is this near (words before, after)


def marked(
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
            if (
                (elliptical and _answers(sentence, at, claim))
                or claim.content & set(nearby)
                or not claim.content
            ):
                return True
    return False


def _answers(sentence: Sentence, at: int, claim: Claim) -> bool:
    """True when a short sentence after the window answers it ("Definitely not, they cannot."): its
    marker governs nothing new. "I don't blame him." after "He was protecting himself." says something of
    its own (blaming), which the claim does not speak of."""
    after = range(at + 1, len(sentence.tokens))
    new = [j for j in after if sentence.tokens[j].isalpha() and not _function(sentence.tokens[j])]
    return all(sentence.stems[j] in claim.content for j in new)


def related(sentence: Sentence, claim: Claim) -> bool:
    """True when a sentence shares with a claim one of its names or a content word other than its "not":
    the claim's denial cannot come from a sentence about something else ("Several witnesses were not
    coming out" for "did not dispute the charge that Bharti set his dog on his wife"). A claim of one
    content word ("that it has not recovered") is too short to tell."""
    about = {w for w in claim.content if not is_explicit_negation(w)}
    said = set(sentence.tokens)
    named = any(w in said for n in claim.names for w in words(n) if len(w) > 2)
    return len(about) < 2 or named or bool(about & sentence.stem_set)


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
