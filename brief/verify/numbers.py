"""Numbers as values: "£2,500" and "pounds 2,500", "13%" and "13 per cent", "nine per cent", "€1.1bn".

A claim's number is compared with the article's by value (and by whether it is a share), so the
spelling a writer chose does not matter, while a different figure does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from brief.verify.lexicon import FRAME, STOP, stem, words

__all__ = ["NUMBER_WORDS", "Quantity", "counted_noun", "number_context", "quantities"]

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen"])
_UNIT_SUFFIXES = frozenset("am pm ft km kg cm mm mph lb lbs st s".split())  # "9pm", "12ft", "1990s"
_WORD_NUMBER = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE = r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|tn|[mkb])\b)?"
_SHARE = r"(?P<share>\s*(?:%|per\s?cent\b|percent\b|percentage points?\b))?"
_DIGITS = re.compile(
    r"(?<![\w.,])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" + _SCALE + _SHARE, re.I
)
_WORDS = re.compile(
    rf"\b(?P<tens>{_WORD_NUMBER})(?:[- ](?P<unit>{'|'.join(_UNITS)}))?(?P<half>-and-a-half)?\b"
    + _SCALE
    + _SHARE,
    re.I,
)


# a share given as a fraction: "by a third", "two-thirds of voters" (as a percentage)
_FRACTIONS = {"third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0}
_FRACTION = re.compile(
    r"\b(?P<count>a|one|two|three)[- ](?P<part>thirds?|quarters?)\b"
    r"(?!\s+(?:of\s+an?\s+)?(?:hour|century|mile|final))",  # "a quarter of an hour" is a time
    re.I,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
# a round figure told with an article: "a million people", "half a million", "a dozen"
_A_SCALE = re.compile(
    r"\b(?P<half>half\s+)?an?\s+(?P<scale>hundred|thousand|million|billion|trillion|dozen)\b", re.I
)


# a count told by its order of size: "hundreds of samples", "tens of thousands", "dozens"
_VAGUE = re.compile(
    r"(?<![\d,.] )\b(?:(?P<times>tens|hundreds)\s+of\s+)?"
    r"(?P<size>dozens|hundreds|thousands|millions|billions)\b",
    re.I,
)
_SIZES = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_TIMES = {"tens": 10.0, "hundreds": 100.0}
# how far each reaches: "thousands" of 50,000 people is fair, "hundreds" of 5,000 is not
_REACH = {"dozens": 200.0, "hundreds": 1e3, "thousands": 1e6, "millions": 1e9, "billions": 1e12}


@dataclass(frozen=True)
class Quantity:
    value: float
    share: bool  # a percentage
    text: str  # as written
    upto: float = 0.0  # for a count told by its size ("hundreds"), the first figure past it

    def same(self, other: Quantity) -> bool:
        """The same figure, whatever the spelling (a share only matches a share). A size ("thousands")
        holds any figure it reaches ("3,000", "tens of thousands"); a figure is not held by a size."""
        if self.share != other.share:
            return False
        if self.upto:
            return self.value <= other.value < self.upto
        if other.upto:
            return False
        return abs(self.value - other.value) <= 1e-9 * max(abs(self.value), abs(other.value), 1.0)


def quantities(text: str, *, sizes: bool = False) -> list[Quantity]:
    """Every cardinal number in ``text`` with its value; "one" (a pronoun as often as not) is left out.
    With ``sizes``, counts told by their size too ("hundreds of samples"): the verifier weighs them against
    the article; a digest's figures (a death toll, a sum) are exact ones only."""
    found: list[tuple[int, Quantity]] = []
    for m in _DIGITS.finditer(text):
        letters = re.match(r"[A-Za-z]+", text[m.end() :])
        if letters and letters.group(0).lower() not in _UNIT_SUFFIXES:  # "20th", "3D": not a count
            continue
        value = float(m["digits"].replace(",", ""))
        scale = (m["scale"] or "").lower()
        if scale and (len(scale) > 1 or _glued(m)):
            value *= _SCALES[scale]
        found.append((m.start(), Quantity(value, bool(m["share"]), m.group(0).strip())))
    fractions = []
    for m in _FRACTION.finditer(text):
        value = _COUNTS[m["count"].lower()] * _FRACTIONS[m["part"].lower()]
        found.append((m.start(), Quantity(round(value, 6), True, m.group(0))))
        fractions.append((m.start(), m.end()))
    for m in _A_SCALE.finditer(text):
        scale = m["scale"].lower()
        value = (12.0 if scale == "dozen" else _SCALES[scale]) * (0.5 if m["half"] else 1.0)
        found.append((m.start(), Quantity(value, False, m.group(0))))
    for m in _WORDS.finditer(text):
        if any(a <= m.start() < b for a, b in fractions):
            continue  # the "two" of "two-thirds"
        tens, unit = m["tens"].lower(), (m["unit"] or "").lower()
        if tens == "one" and not (m["scale"] or m["share"]):
            continue
        value = float(_TENS.get(tens, _UNITS.get(tens, 0)) + _UNITS.get(unit, 0)) + (0.5 if m["half"] else 0)
        if m["scale"] and len(m["scale"]) > 1:
            value *= _SCALES[m["scale"].lower()]
        found.append((m.start(), Quantity(value, bool(m["share"]), m.group(0).strip())))
    for m in _VAGUE.finditer(text) if sizes else ():
        size = _SIZES[m["size"].lower()]
        times = _TIMES[m["times"].lower()] if m["times"] else 1.0
        upto = size * times * 10 if m["times"] else _REACH[m["size"].lower()]
        found.append((m.start(), Quantity(size * times, False, m.group(0), upto)))
    return [q for _, q in sorted(found, key=lambda f: f[0])]


def _glued(m: re.Match[str]) -> bool:
    """A one-letter scale counts only glued to its digits: "£954m", not "26 m"."""
    return m.group(0)[len(m["digits"]) : len(m["digits"]) + 1].isalpha()


_MONTH = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+$", re.I
)  # "Dec. 12", "October 31"
_CLOCK = re.compile(r"^(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.I)


def shape(text: str, number: Quantity) -> str:
    """What kind of figure ``number`` is where ``text`` writes it: a year, a date, a time of day, a sum of
    money (with its scale), a share; "" when it is a plain count."""
    at = text.find(number.text)
    if at < 0:
        return ""
    before, after = text[max(0, at - 12) : at], text[at + len(number.text) :]
    if _CLOCK.match(after):
        return "time"
    if _MONTH.search(before):
        return "date"
    if before.rstrip().endswith(("$", "£", "€", "¥")):
        scale = re.search(r"(?:million|billion|trillion|bn|mn|m)\b", number.text, re.I) or re.match(
            r"\s*(?:million|billion|trillion|bn|mn|m)\b", after, re.I
        )
        return "money" + (scale.group(0).strip().lower()[:1] if scale else "")
    if re.fullmatch(r"(?:19|20)\d\d", number.text):
        return "year"
    return "share" if number.share else ""


_NOT_COUNTS = frozenset("am pm ft m km kg mph bst gmt et pt".split())  # units and times, not what is counted


def number_context(text: str, number: str) -> frozenset[str]:
    """Content stems (and name words) within four words of ``number`` in ``text``."""
    at = text.find(number)
    if at < 0:
        return frozenset()
    before = words(text[:at])[-4:]
    after = words(text[at + len(number) :])[:4]
    return frozenset(stem(w) for w in [*before, *after] if w not in STOP and w not in FRAME)


_CURRENCY = frozenset("$£€¥")


def counted_noun(doc: Any | None, text: str, number: str) -> str:
    """What a number counts: the noun it modifies ("28 people", "$2 million study"), or "" (an age
    in "Beavis, 48,", a time, "mother-of-six")."""
    at = text.find(number)
    if doc is None or at < 0:
        return ""
    inside = [t for t in doc if at <= t.idx < at + len(number)]
    for token in inside:
        head = token.head
        if token.ent_type_ in ("DATE", "TIME"):  # a year or a time counts nothing
            return ""
        if token.dep_ == "nummod" and head not in inside and head.pos_ == "NOUN":
            word = head.text.lower()  # stemmed as the article's words are, not lemmatised
            return "" if word in _NOT_COUNTS or word in ("year", "years") else stem(word)
    top = [t for t in inside if t.head not in inside]
    if top and top[0].lower_ in _SIZES:  # "hundreds of samples", "tens of thousands of people"
        return _of_noun(top[0])
    # a sum of something: "$3 billion in debt", "$125 billion of goods"
    if top and any(t.text in _CURRENCY for t in doc[max(0, inside[0].i - 1) : inside[-1].i + 1]):
        for prep in (c for c in top[0].children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if nouns and nouns[0].text.lower() not in _NOT_COUNTS:
                return stem(nouns[0].text.lower())
    return ""


def _of_noun(size: Any) -> str:
    """The noun after a size's "of" ("hundreds of samples" -> sampl), past further sizes."""
    for _ in range(3):
        prep = next((c for c in size.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return ""
        if noun.lower_ not in _SIZES:
            return stem(noun.lower_)
        size = noun
    return ""
