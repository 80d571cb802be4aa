"""Figures a sentence gives for other things: a claim's figure given with partners where the sentence
has another beside them, and two figures of one kind swapped between the things they are of."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.verify.claims import Claim
from brief.verify.lexicon import STOP, stem, words
from brief.verify.numbers import Quantity, shape
from brief.verify.sentences import Sentence, position, token_position

__all__ = [
    "COUNTED_REACH",
    "apart_from_partners",
    "bound_after",
    "bound_elsewhere",
    "counts_another",
    "partitive_rival",
]

COUNTED_REACH = 3  # words after a figure that may be the very thing it counts


_PARTNER_REACH = 8  # claim words between figures given together ("rose by 25%, from 0.90% to 1.23%")


def apart_from_partners(
    sentences: Sequence[Sentence], claim: Claim, number: Quantity, window: Sequence[int]
) -> str | None:
    """A figure given together with others ("rose by 25 percent, from 0.90 percent to 1.23 percent")
    where the one sentence of the window that has all the others gives another figure of its kind
    instead (37 percent), the claim's figure being elsewhere (about something else)."""
    if not (number.share or number.text[:1] in "$£€"):
        return None  # a count has too many neighbours that are no figures of its kind ("mother-of-six")
    at = _at(claim.text, number.text)
    if at < 0:
        return None
    partners = [
        q
        for q in claim.numbers
        if q is not number
        and q.share == number.share
        and not q.same(number)
        and (where := _at(claim.text, q.text)) >= 0
        and len(words(claim.text[min(at, where) : max(at, where)])) <= _PARTNER_REACH
    ]
    if not partners:
        return None
    for i in window:
        held = sentences[i].numbers
        if any(number.same(f) for f in held) or not all(any(p.same(f) for f in held) for p in partners):
            continue
        rivals = [f for f in held if f.share == number.share and not any(f.same(p) for p in partners)]
        if len(rivals) == 1:
            return rivals[0].text
    return None


def _at(text: str, figure: str) -> int:
    """Where a figure stands in ``text`` as a figure of its own ("23 percent" is not in "1.23 percent")."""
    found = re.search(rf"(?<![\d.,]){re.escape(figure)}", text)
    return found.start() if found else -1


_BOUND_REACH = 4  # words before a figure that say what it is of ("cut methane emissions by 21 percent")


def _before(stems: Sequence[str], at: int) -> set[str]:
    return {w for w in stems[max(0, at - _BOUND_REACH) : at] if w not in STOP}


def bound_elsewhere(
    sentences: Sequence[Sentence], window: Sequence[int], claim: str, number: Quantity
) -> str | None:
    """Two figures of one kind swapped within a sentence ("emissions fell 47 percent while production rose
    21 percent" where the sentence has emissions down 21 percent and production up 47): the words before
    the claim's figure stand before the sentence's other figure of its kind, never beside its own (which
    has words before it)."""
    tokens = words(claim)
    at = token_position(tokens, number.text)
    mine = _before([stem(w) for w in tokens], at) if at >= 0 else set()
    for i in window:
        sentence = sentences[i]
        here = [(f, position(sentence, f.text)) for f in sentence.numbers if f.share == number.share]
        own = [p for f, p in here if number.same(f) and p >= 0]
        rivals = [
            (f, p)
            for f, p in here
            if not number.same(f) and p >= 0 and shape(sentence.text, f) == shape(sentence.text, number)
        ]
        if len(own) != 1 or not rivals or not mine:
            continue
        at_own = own[0]
        said_of = _before(sentence.stems, at_own)
        if not said_of or mine & (said_of | set(sentence.stems[at_own + 1 : at_own + 1 + _BOUND_REACH])):
            continue  # "Four people were killed and over 60 injured": what it is of comes after it
        bound = [f.text for f, p in rivals if mine & _before(sentence.stems, p)]
        if len(bound) == 1:
            return bound[0]
    return None


def counts_another(
    sentences: Sequence[Sentence], window: Sequence[int], number: Quantity, counted: str
) -> str | None:
    """Another figure of the window that the thing counted follows, where the claim's own figure is
    never followed by it: the figure the article gives for that thing."""
    mine, theirs = False, None
    for i in window:
        sentence = sentences[i]
        for found in sentence.numbers:
            at, width = position(sentence, found.text), len(words(found.text))
            if at < 0:
                continue
            after = sentence.stems[at + width : at + width + COUNTED_REACH]
            if counted not in after:
                continue
            if number.same(found):
                mine = True
            elif found.share == number.share and shape(sentence.text, found) == shape(sentence.text, number):
                theirs = theirs or found.text
    return None if mine else theirs


def _exact(tokens: Sequence[str], figure: str) -> int:
    """Where the words of ``figure`` stand in ``tokens`` ("1,600" is not the "1" of "1,500"), or -1."""
    mine = words(figure)
    return next((i for i in range(len(tokens)) if mine and list(tokens[i : i + len(mine)]) == mine), -1)


def _after(tokens: Sequence[str], stems: Sequence[str], figure: str) -> set[str]:
    """The content stems right after a figure, up to the next figure: "1,600 at the Lordstown factory"."""
    at = _exact(tokens, figure)
    if at < 0:
        return set()
    found: set[str] = set()
    for word, word_stem in list(zip(tokens, stems, strict=True))[at + len(words(figure)) :][:_BOUND_REACH]:
        if word[:1].isdigit():
            break
        found |= set() if word in STOP else {word_stem}
    return found


def bound_after(
    sentences: Sequence[Sentence], window: Sequence[int], claim: str, number: Quantity
) -> str | None:
    """Two figures of one kind swapped between the names after them ("about 1,600 people at
    Detroit-Hamtramck, 1,500 at Lordstown" where the sentence has 1,500 at Detroit and 1,600 at Lordstown):
    a name after the claim's figure stands after the sentence's other figure, never after its own."""
    if shape(claim, number) in ("date", "time", "year"):
        return None  # "ends Oct. 10 in Houston": a date is bound to its event, not to the name after it
    tokens = words(claim)
    names = {stem(w.lower()) for w in re.findall(r"\b[A-Z][a-z]+", claim[1:])}
    mine = _after(tokens, [stem(w) for w in tokens], number.text) & names
    for i in window if mine else ():
        sentence = sentences[i]
        if _exact(sentence.tokens, number.text) < 0 or mine & _after(
            sentence.tokens, sentence.stems, number.text
        ):
            continue
        bound = [
            f.text
            for f in sentence.numbers
            if f.share == number.share
            and not number.same(f)
            and mine & _after(sentence.tokens, sentence.stems, f.text)
        ]
        if len(bound) == 1:
            return bound[0]
    return None


_PARTITIVE = r"of\s+(?:them|those|whom|these)\s+((?:[\w'’-]+\s+){1,2})"


def partitive_rival(sentences: Sequence[Sentence], claim: str, number: Quantity) -> str | None:
    """A part of a whole told with another count: "eight hospitalized, four of them with gunshot wounds"
    where the article has "six of them with gunshot wounds" (the four being those killed): the figure the
    article puts before the same "of them" and the same words after it, never the claim's."""
    mine = re.search(rf"\b{re.escape(number.text)}\s+{_PARTITIVE}", claim, re.I)
    if mine is None:
        return None
    said = " ".join(mine.group(1).split()).casefold()
    rivals = []
    for sentence in sentences:
        for theirs in re.finditer(rf"([\w.,]+)\s+{_PARTITIVE}", sentence.text, re.I):
            if " ".join(theirs.group(2).split()).casefold() != said:
                continue
            figure = next((f for f in sentence.numbers if f.text == theirs.group(1)), None)
            if figure is not None and figure.share == number.share:
                if number.same(figure):
                    return None  # the article has the claim's own count for it too
                rivals.append(figure.text)
    return rivals[0] if rivals else None
