"""Whether a claim's figures stand where the article gives them: next to what they count, in the
sentences the claim rests on, and not given there as another figure of the same kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.verify.bound_figures import (
    COUNTED_REACH,
    apart_from_partners,
    bound_after,
    bound_elsewhere,
    counts_another,
    partitive_rival,
)
from brief.verify.claims import Claim, Problem
from brief.verify.lexicon import words
from brief.verify.numbers import Quantity, shape
from brief.verify.sentences import Sentence, position

__all__ = ["has_numbers", "placed_numbers", "rival_number"]

_NUMBER_REACH = 12  # article words either side of a number that may say what it counts


def placed_numbers(sentences: Sequence[Sentence], claim: Claim) -> dict[int, bool]:
    """Numbers of the claim that come with words saying what they count, and whether the article
    has the same figure next to those words (in any sentence): "28 people" needs "28 ... people"."""
    placed: dict[int, bool] = {}
    counted = claim.counted or tuple("" for _ in claim.numbers)
    everywhere = range(len(sentences))
    for i, (number, context) in enumerate(zip(claim.numbers, claim.near_numbers, strict=False)):
        if _decade(claim.text, number) or _AGE_ALONE.search(claim.text.replace(number.text, "#", 1)):
            continue  # "the 1960s model": a time that counts nothing; "The 19-year-old": an age
        if number.text.lower() in _FEW and _THE_FEW.search(claim.text.replace(number.text, "#", 1)):
            placed[i] = True  # "the two sides", "the four members": the ones the article has told of
            continue
        if number.upto:  # a size is loose: "Hundreds of janitors, baggage handlers ..." for "Hundreds of
            placed[i] = True  # workers"; that the article has it at all is enough, wherever it stands
            continue
        # next to the thing it counts, amid several of the claim's words, or before a word of the claim's
        # ("40 arrests" for "40 people had been arrested")
        if counted[i]:
            placed[i] = (
                _number_in(sentences, number, frozenset({counted[i]}), everywhere, reach=COUNTED_REACH)
                or _number_in(
                    sentences, number, context - {counted[i]}, everywhere, least=2, not_counting=claim.content
                )
                or _number_in(sentences, number, context - {counted[i]}, everywhere, named_after=True)
                or _counted_before(sentences, number, claim.content)
            )
        elif context:
            placed[i] = _number_in(sentences, number, context, everywhere)
    return placed


# "the two CEOs", "The four members": a few the story has told of, named by how many they are
_THE_FEW = re.compile(r"\b[Tt]he\s+#\s+(?:[a-z-]+\s+)?[A-Za-z]+s\b")
_FEW = frozenset({"two", "three", "four"})
_AGE_ALONE = re.compile(r"\b[Tt]he\s+#-year-old\b(?!\s+[A-Z])")  # "The 19-year-old", no name after it


_PRO_FORMS = frozenset({"others", "more"})  # "joining more than 30 others": the count's noun is before it


def _counted_before(sentences: Sequence[Sentence], number: Quantity, content: frozenset[str]) -> bool:
    """True when a sentence gives the number with "others" after it, amid two or more of the claim's words
    ("more than 30 coastal communities have passed resolutions" for "passed the resolution ..., joining
    more than 30 others")."""
    width = len(words(number.text))
    for sentence in sentences:
        at = position(sentence, number.text) if any(number.same(f) for f in sentence.numbers) else -1
        after = sentence.tokens[at + width : at + width + 1] if at >= 0 else []
        if after and after[0] in _PRO_FORMS and len(content & sentence.stem_set) >= 2:
            return True
    return False


def _decade(text: str, number: Quantity) -> bool:
    return (
        re.fullmatch(r"(?:1[89]|20)\d0", number.text) is not None
        and re.search(rf"\b{number.text}s\b", text) is not None
    )


def rival_number(sentences: Sequence[Sentence], claim: Claim, window: Sequence[int]) -> Problem | None:
    """A claim's figure that its own sentence gives as another: "450,000 people" where the sentence
    the claim rests on says "375,000 people" (the 450,000 being something else in the article)."""
    found = [(i, q) for i in window for q in sentences[i].numbers]
    counted = claim.counted or tuple("" for _ in claim.numbers)
    for k, (number, context) in enumerate(zip(claim.numbers, claim.near_numbers, strict=False)):
        apart = apart_from_partners(sentences, claim, number, window)
        if apart is not None:
            return Problem(
                "number", f"the sentence with the figures it is given with has {apart}, not {number.text}"
            )
        part = partitive_rival(sentences, claim.text, number)
        if part is not None:  # "four of them with gunshot wounds" where the article has "six of them ..."
            return Problem("number", f"the article gives {part} for that, not {number.text}")
        if any(number.same(f) for _, f in found):
            swapped = bound_elsewhere(sentences, window, claim.text, number) or bound_after(
                sentences, window, claim.text, number
            )
            if swapped is not None:
                return Problem(
                    "number", f"the sentence it rests on gives {swapped} for that, not {number.text}"
                )
            # "$3 billion in debt" where the sentence has "$6.5 billion in debt, $3 billion buyout"
            if counted[k]:
                swapped = counts_another(sentences, window, number, counted[k])
                if swapped is not None:
                    return Problem(
                        "number", f"the sentence it rests on gives {swapped} for that, not {number.text}"
                    )
            continue
        kind = shape(claim.text, number)
        for i, rival in found:
            if rival.share != number.share:
                continue
            sentence = sentences[i]
            at, width = position(sentence, rival.text), len(words(rival.text))
            if at < 0:
                continue
            after = set(sentence.stems[at + width : at + width + COUNTED_REACH])
            nearby = set(sentence.stems[max(0, at - 4) : at + width + 4])
            # what the figure counts must say so: an age ("Pat, 69,") or "mother-of-six" is no count;
            # a figure of the same kind (a date for a date, a sum for a sum) next to the claim's words
            alike = bool(kind) and kind == shape(sentence.text, rival) and bool(context & nearby)
            if (counted[k] and counted[k] in after) or (number.share and len(context & nearby) >= 2) or alike:
                return Problem(
                    "number", f"the sentence it rests on gives {rival.text} there, not {number.text}"
                )
        problem = _rival_beside(sentences, number, kind, window)
        if problem is not None:
            return problem
    return None


def _rival_beside(
    sentences: Sequence[Sentence], number: Quantity, kind: str, window: Sequence[int]
) -> Problem | None:
    """A year, date, time or sum (``kind``, its shape) that the claim's sentences and their neighbours
    give as another one and never as the claim's ("the 2016 election" where the story is about 2020's)."""
    if not kind:
        return None
    beside = sorted({j for i in window for j in (i - 1, i, i + 1) if 0 <= j < len(sentences)})
    found = [(i, q) for i in beside for q in sentences[i].numbers]
    if any(number.same(q) for _, q in found):
        return None
    for i, rival in found:
        if shape(sentences[i].text, rival) == kind:
            return Problem("number", f"the sentences it rests on give {rival.text} there, not {number.text}")
    return None


def has_numbers(
    sentences: Sequence[Sentence], claim: Claim, window: Sequence[int], *, skip: dict[int, bool]
) -> bool:
    """The claim's numbers not placed by their own words are in the window."""
    found = [q for i in window for q in sentences[i].numbers]
    return all(any(q.same(f) for f in found) for i, q in enumerate(claim.numbers) if i not in skip)


def _number_in(
    sentences: Sequence[Sentence],
    number: Quantity,
    context: frozenset[str],
    window: Sequence[int],
    reach: int = 0,
    least: int = 1,
    not_counting: frozenset[str] = frozenset(),
    named_after: bool = False,
) -> bool:
    """True when the window has ``number`` with at least ``least`` of ``context`` near it, and the
    word right after it is none of ``not_counting`` (the figure counts something the claim names
    apart: "$250 billion list" is not the claim's "$250 billion of goods ... an earlier list")."""
    before = after = reach or _NUMBER_REACH
    for i in window:
        sentence = sentences[i]
        for found in sentence.numbers:
            if not number.same(found):
                continue
            if not context:
                return True
            at = position(sentence, found.text)
            width = len(words(found.text))
            following = sentence.stems[at + width : at + width + 1] if at >= 0 else []
            if following and following[0] in not_counting and following[0] not in context:
                continue
            if named_after:  # the word right after it is one of ``context``
                if following and following[0] in context:
                    return True
                continue
            nearby = set(sentence.stems[max(0, at - before) : at + width + after]) if at >= 0 else set()
            if len(context & (nearby or set(sentence.stems))) >= least:
                return True
    return False
