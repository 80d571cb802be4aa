"""Lengths, distances and weights in an article, and where outlets give different ones for one thing.

"the 430-foot Ever Given", "the 400-metre-long container ship", "about 160 km (100 miles) away",
"240 kilometers away": each is a :class:`Measure` with its written value and unit, and its value in
the dimension's base unit (metres, kilograms) converted by `pint <https://pint.readthedocs.io>`_,
so "400 metres" and "1,312 feet" are the same length and "430-foot" and "400-metre-long" are not.
Tonnes are left out (a counted figure, :mod:`brief.daily.figures`); so are spelled-out numbers and
a bare "m" (it is also "million": "$400m"), which counts only as "400m-long" and the like.
A measure restated in brackets right after another ("160 km (100 miles)") is the same measure.

:func:`measure_differences` pairs the measures of two outlets when their sentences share at least
:data:`SHARED` content words (the same ship, the same island) and reports a story's measures of one
dimension whose values are not all within :data:`TOLERANCE` of each other, each with its value in the
other outlets' units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from brief.daily.match import content_words
from brief.daily.story import Claim, Difference

if TYPE_CHECKING:
    import pint

__all__ = ["SHARED", "TOLERANCE", "Measure", "measure_differences", "measures"]

SHARED = 2  # content words two outlets' sentences must share for their measures to be of one thing
TOLERANCE = 0.025  # relative: "about 160 km (100 miles)" is 0.6% apart, rounding "1,300 feet" 1%

# The written unit -> pint's unit name (pint converts; these are only the spellings news uses).
_UNITS = {
    **dict.fromkeys("metre metres meter meters".split(), "metre"),
    **dict.fromkeys("kilometre kilometres kilometer kilometers km kms".split(), "kilometre"),
    **dict.fromkeys("centimetre centimetres centimeter centimeters cm".split(), "centimetre"),
    **dict.fromkeys("foot feet ft".split(), "foot"),
    **dict.fromkeys("inch inches".split(), "inch"),
    **dict.fromkeys("yard yards yd".split(), "yard"),
    **dict.fromkeys("mile miles mi".split(), "mile"),
    **dict.fromkeys("kilogram kilograms kilogramme kilogrammes kg kgs".split(), "kilogram"),
    **dict.fromkeys("pound pounds lb lbs".split(), "pound"),
}
_SHAPE = r"(?:-(?:long|high|tall|wide|deep|thick))"
_MEASURE = re.compile(
    r"(?<![\w.,$£€])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[\s\u00a0-]?"
    rf"(?:(?P<unit>{'|'.join(sorted(_UNITS, key=len, reverse=True))})\b{_SHAPE}?|(?P<m>m){_SHAPE})",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_UNIT_WORDS = frozenset(content_words(" ".join(_UNITS)))


@dataclass(frozen=True)
class Measure:
    """``value`` ``unit`` ("430 foot"), said by ``text``; ``base`` in metres or kilograms."""

    value: float
    unit: str  # pint's name: "foot", "metre"
    dimension: str  # "length", "weight"
    base: float
    text: str  # verbatim: "430-foot", "400-metre-long"
    sentence: str


@cache
def _registry() -> pint.UnitRegistry[float]:
    import pint  # loads its unit definitions: only when an article has a measure

    return pint.UnitRegistry()


def _quantity(value: float, unit: str) -> pint.Quantity[float]:
    return _registry().Quantity(value, unit)


def measures(text: str) -> list[Measure]:
    """Every length, distance and weight in ``text``, in order (one per thing: a bracketed restatement
    of the one before it is left out)."""
    found: list[Measure] = []
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group().strip()
        last_end = -1
        for match in _MEASURE.finditer(said):
            restated = last_end >= 0 and re.fullmatch(r"\s*\(\s*", said[last_end : match.start()])
            last_end = match.end()
            if restated:
                continue
            unit = "metre" if match.group("m") else _UNITS[match.group("unit").casefold()]
            value = float(match.group("number").replace(",", ""))
            base = _quantity(value, unit).to_base_units()
            dimension = "length" if "[length]" in base.dimensionality else "weight"
            found.append(Measure(value, unit, dimension, float(base.magnitude), match.group(), said))
    return found


@dataclass(frozen=True)
class _Said:
    outlet: str
    source: str
    measure: Measure
    words: frozenset[str]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def measure_differences(sources: Sequence[tuple[str, str, str]]) -> list[Difference]:
    """Measures of one thing that differ between outlets; ``sources``: (outlet, article id, text)."""
    said = [
        _Said(outlet, source, m, content_words(m.sentence) - _UNIT_WORDS)
        for outlet, source, text in sources
        for m in measures(text)
    ]
    parent = list(range(len(said)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = n = parent[parent[n]]
        return n

    for i, a in enumerate(said):  # each measure joins the closest one of every other outlet
        for outlet in dict.fromkeys(s.outlet for s in said if s.outlet != a.outlet):
            pairs = [
                (len(a.words & b.words), j)
                for j, b in enumerate(said)
                if b.outlet == outlet and b.measure.dimension == a.measure.dimension
            ]
            shared, j = max(pairs, default=(0, -1))
            if shared >= SHARED:
                parent[root(j)] = root(i)
    groups: dict[int, list[_Said]] = {}
    for n, s in enumerate(said):
        groups.setdefault(root(n), []).append(s)
    found = []
    for group in groups.values():
        firsts = list({s.source: s for s in reversed(group)}.values())[::-1]  # each outlet's first
        if len(firsts) >= 2 and not all(_close(s.measure.base, firsts[0].measure.base) for s in firsts):
            found.append(_difference(firsts))
    return found


def _difference(group: Sequence[_Said]) -> Difference:
    units = list(dict.fromkeys(s.measure.unit for s in group))
    claims = []
    for s in group:
        others = [u for u in units if u != s.measure.unit]
        converted = " / ".join(_shown(s.measure, unit) for unit in others)
        claims.append(
            Claim(
                outlet=s.outlet,
                source=s.source,
                text=s.measure.text,
                sentence=s.measure.sentence,
                value=s.measure.value,
                converted=f"≈ {converted}" if converted else "",
            )
        )
    return Difference(kind="measure", about=group[0].measure.dimension, claims=claims)


def _shown(measure: Measure, unit: str) -> str:
    """``1,312 ft``: the measure in ``unit``, rounded to what a reader compares."""
    quantity = _quantity(measure.value, measure.unit).to(unit)
    value = float(quantity.magnitude)
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {quantity.units:~P}"
