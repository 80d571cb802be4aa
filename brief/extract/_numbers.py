"""Numbers as written: "26", "€1.1bn", "2027", "three-and-a-half"."""

from __future__ import annotations

import re

from brief.extract._lexicon import NUMBER_WORDS

__all__ = ["find_numbers"]

_WORD = "|".join(NUMBER_WORDS)
_NUMERAL = re.compile(
    r"(?<![\w.,])[€£$¥]?\d+(?:[.,]\d+)*"
    r"(?:(?:bn|tn|m|k|s|am|pm)\b|\s?(?:billion|million|trillion|thousand|per cent|percent)\b|%)?(?!\w)"
)
_SPELLED = re.compile(rf"\b(?:{_WORD})(?:[- ](?:and-)?(?:a-)?(?:{_WORD}|half|quarter)\b)*\b", re.IGNORECASE)


def find_numbers(text: str) -> list[str]:
    """Distinct numbers in order of first appearance, exactly as written."""
    numerals = list(_NUMERAL.finditer(text))
    taken = {i for m in numerals for i in range(m.start(), m.end())}
    spelled = [m for m in _SPELLED.finditer(text) if m.start() not in taken]  # "million" in "1.5 million"
    return list(dict.fromkeys(m.group() for m in sorted([*numerals, *spelled], key=lambda m: m.start())))
