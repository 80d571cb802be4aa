"""Counted figures in an article: a number and the thing it counts, within one sentence.

"at least 63 people were killed", "killing at least 100 people", "157 deaths", "2,750 tonnes",
"an 800-year old cathedral": each becomes a :class:`Figure` with its value (through
:func:`brief.verify.numbers.quantities`), what it counts (``killed``, ``injured``, ``tonnes`` ...,
with the counted noun when it is not just people: "35 foreigners were killed" counts ``foreigners
killed``) and the verbatim words that say it, from the qualifier ("at least") to the counting word.

The counting word is looked for after the number first (past "people", "were", "have been" ...),
then before it (past "at least", "nearly", "rose to" ...); a number with neither is not a figure.
Shares (13%) are left out: what a percentage is of is rarely in reach of these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brief.verify.numbers import Quantity, quantities

__all__ = ["Figure", "figures"]

# What is counted: a label and the words that count it (in their base forms, as written).
_COUNTED = {
    "killed": "killed killing kill kills dead deaths death died die fatalities lives toll bodies",
    "injured": "injured injuring injure injuries wounded wounding hurt",
    "missing": "missing unaccounted",
    "arrested": "arrested arrests detained",
    "rescued": "rescued evacuated freed",
    "on board": "aboard onboard passengers",
    "tonnes": "tonnes tonne tons ton",
}
_KEYWORD = {word: label for label, words in _COUNTED.items() for word in words.split()}
_AFTER_ONLY = frozenset({"tonnes"})  # "2,750 tonnes", never "tonnes of 2,750"
_PEOPLE = frozenset("people persons person individuals others civilians".split())
_FILLER = frozenset(
    """people persons person individuals others civilians were was have has had been are is being be
    reported reportedly confirmed believed feared thought now so far already also""".split()
)
_QUALIFIER = frozenset(
    """at least nearly almost about around some more than over approximately roughly up to under
    fewer less""".split()
)
_BEFORE = _QUALIFIER | frozenset("rose risen climbed reached stood stands of the toll".split())
_NOT_NOUNS = frozenset(
    """in on at of for to from by with during after before since as and or but than into across near among
    amid while when where which who that this these those other another more across aboard onboard""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)|\n")
_REACH = 6  # words looked at on each side
_AGE = re.compile(r"\A[\s-]*years?[\s-]+old\b", re.I)


@dataclass(frozen=True)
class Figure:
    """A counted figure: ``value`` of ``counted``, said by ``text`` at ``start:end`` of the article."""

    counted: str  # "killed", "foreigners killed", "tonnes", "years old"
    value: float
    text: str  # verbatim: article[start:end]
    start: int
    end: int
    sentence: str  # the verbatim sentence holding it


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _after(sentence: str, at: int) -> tuple[str, str | None, int] | None:
    """The counted label, the counted noun (None for people) and where the counting words end."""
    age = _AGE.match(sentence[at:])
    if age:
        return "years old", None, at + age.end()
    noun: str | None = None
    for index, match in enumerate(_WORD.finditer(sentence, at)):
        if index >= _REACH or re.search(r"[\d,]", sentence[at : match.start()]):
            return None
        word = match.group().casefold()
        label = _KEYWORD.get(word)
        if label is not None:
            return (label, None if label in _AFTER_ONLY else noun, match.end())
        if word in _FILLER:
            continue
        if index == 0 and _noun(sentence, at, match):
            noun = word
            continue
        return None
    return None


def _before(sentence: str, at: int) -> tuple[str, int] | None:
    """The counted label said before the number ("killing at least 100") and where its word starts."""
    words = list(_WORD.finditer(sentence, 0, at))[-_REACH:]
    for match in reversed(words):
        if re.search(r"[\d,]", sentence[match.end() : at]):
            return None
        word = match.group().casefold()
        label = _KEYWORD.get(word)
        if label is not None and label not in _AFTER_ONLY:
            return label, match.start()
        if word not in _BEFORE:
            return None
    return None


def _qualified(sentence: str, at: int) -> int:
    """Where the qualifier before a number starts ("at least 63": the "a"), else ``at``."""
    start = at
    for match in reversed(list(_WORD.finditer(sentence, 0, at))[-3:]):
        if match.group().casefold() not in _QUALIFIER or sentence[match.end() : start].strip():
            break
        start = match.start()
    return start


def _noun(sentence: str, at: int, match: re.Match[str]) -> bool:
    """True when ``match``, the first word after a number ending at ``at``, names what is counted."""
    word = match.group().casefold()
    spaced = match.start() > at and not sentence[at : match.start()].strip()
    return spaced and len(word) >= 3 and word not in _NOT_NOUNS and word not in _KEYWORD


def _noun_after(sentence: str, at: int) -> tuple[str | None, int]:
    """The counted noun right after the number ("9 foreigners") and where it ends; None for people."""
    match = _WORD.search(sentence, at)
    if match is None or not _noun(sentence, at, match):
        return None, at
    word = match.group().casefold()
    if word in _PEOPLE:
        return None, match.end()
    return (None, at) if word in _FILLER else (word, match.end())


def figures(text: str) -> list[Figure]:
    """Every counted figure in ``text``, in order."""
    found: list[Figure] = []
    for first, last in _sentences(text):
        sentence = text[first:last]
        for quantity, (start, end) in _located(sentence):
            if quantity.share:
                continue
            after = _after(sentence, end)
            if after is not None:
                label, noun, stop = after
                begin = _qualified(sentence, start)
            else:
                before = _before(sentence, start)
                if before is None:
                    continue
                label, begin = before
                noun, stop = _noun_after(sentence, end)
            counted = f"{noun} {label}" if noun else label
            span = sentence[begin:stop]
            found.append(Figure(counted, quantity.value, span, first + begin, first + stop, sentence.strip()))
    return found


def _located(sentence: str) -> list[tuple[Quantity, tuple[int, int]]]:
    """Each quantity of the sentence with its character span (found by its written text, in order)."""
    located = []
    at = 0
    for quantity in quantities(sentence):
        start = sentence.find(quantity.text, at)
        if start < 0:
            continue
        located.append((quantity, (start, start + len(quantity.text))))
        at = start + len(quantity.text)
    return located
