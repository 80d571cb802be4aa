"""A cheap guess at whether article text is English, so the reader can say when it is probably not.

Extraction (actors, who said what, hedges) uses English rules and an English spaCy model. A brief of
another language stays in that language, since every quote and summary sentence must come from the
article, but it finds fewer actors and quotes; the reader notes this instead of refusing the text.
"""

from __future__ import annotations

import re

__all__ = ["NOT_ENGLISH", "language_note"]

NOT_ENGLISH = (
    "does not look like English: the brief stays in the article's language, but actors and quotes "
    "are found with English rules, so expect fewer of them"
)
SAMPLE_CHARS = 20_000
MIN_LETTERS = 60  # too short to judge the script below this
MIN_LATIN = 0.8  # share of letters in the Latin script
MIN_WORDS = 40  # too short to judge the language of Latin-script text below this
MIN_ENGLISH = 0.08  # share of words that are English function words (~0.3 in news prose)
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    "the of and to that is for it with as his her he she they by at from have has are were said this "
    "which would will but not been their who its after about".split()
)


def language_note(text: str) -> str | None:
    """``NOT_ENGLISH`` when ``text`` does not look like English; None when it does or is too short."""
    sample = text[:SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    if sum(1 for char in letters if char < "\u0250") < MIN_LATIN * len(letters):
        return NOT_ENGLISH
    words = _WORD.findall(sample.lower())
    english = sum(1 for word in words if word in _ENGLISH)
    return NOT_ENGLISH if len(words) >= MIN_WORDS and english < MIN_ENGLISH * len(words) else None
