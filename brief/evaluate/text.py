"""Text normalisation and matching rules used by the scorer.

Three levels of normalisation, each documented where it is used:

- ``verbatim_key``: quote marks and whitespace only (case and punctuation kept). Evidence counts
  as verbatim when its key is a substring of the article's key.
- ``name_key``: case, quote marks, possessives (``Ukraine’s`` -> ``ukraine``), punctuation and a
  leading "the" removed. Two actor forms match when their keys are equal.
- ``words``: lower-case word tokens with quote marks normalised and punctuation dropped; used for
  evidence overlap (containment or a shared run of ``RUN_WORDS`` consecutive words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "MIN_CONTAIN_WORDS",
    "RUN_WORDS",
    "evidence_overlaps",
    "is_verbatim",
    "mentioned",
    "name_key",
    "normalise_quotes",
    "verbatim_key",
    "words",
]

RUN_WORDS = 6
"""Two evidence strings overlap when they share a run of this many consecutive words..."""
MIN_CONTAIN_WORDS = 3
"""...or when one contains the other and the shorter has at least this many words (so a lone
"US" or "said" is never overlapping evidence)."""

_QUOTES = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
)  # fmt: skip
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(\w)'s?\b")
_NON_WORD = re.compile(r"[^\w\s]")
_WORD = re.compile(r"[\w$%]+(?:[.,'\-][\w%]+)*")


def normalise_quotes(text: str) -> str:
    """Curly and typographic quote marks become straight ones; odd spaces become plain spaces."""
    return text.translate(_QUOTES)


def verbatim_key(text: str) -> str:
    """Quote marks straightened and whitespace collapsed; nothing else changes."""
    return _SPACE.sub(" ", normalise_quotes(text)).strip()


def is_verbatim(evidence: str, article_key: str) -> bool:
    """True when ``evidence`` occurs in the article (``article_key`` = ``verbatim_key(article)``)."""
    key = verbatim_key(evidence)
    return bool(key) and key in article_key


def name_key(text: str) -> str:
    """Case-, quote-, possessive- and punctuation-insensitive key of an actor name or alias."""
    # "+" is a word of its own: Disney+ is not Disney
    text = _POSSESSIVE.sub(r"\1", normalise_quotes(text).lower()).replace("+", " plus")
    text = _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()
    return text.removeprefix("the ").strip()


def mentioned(forms: Iterable[str], article_names: str) -> bool:
    """True when any form occurs as whole words in the article (``article_names`` = padded name_key)."""
    return any(key and f" {key} " in article_names for key in map(name_key, forms))


def words(text: str) -> list[str]:
    """Lower-case word tokens (numbers such as ``$449,000`` stay whole)."""
    return _WORD.findall(normalise_quotes(text).lower())


def evidence_overlaps(a: str, b: str) -> bool:
    """Containment (shorter side >= MIN_CONTAIN_WORDS words) or a shared run of RUN_WORDS words."""
    wa, wb = words(a), words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= MIN_CONTAIN_WORDS and f" {' '.join(short)} " in f" {' '.join(long_)} ":
        return True
    runs = {tuple(wa[i : i + RUN_WORDS]) for i in range(len(wa) - RUN_WORDS + 1)}
    return any(tuple(wb[i : i + RUN_WORDS]) in runs for i in range(len(wb) - RUN_WORDS + 1))
