"""The words of a title or description that identify it ("the Kremlin's spokesperson" -> kremlin,
spokesperson), shared by the resolution of people's and organisations' descriptions."""

from __future__ import annotations

import re
from functools import lru_cache

from brief.extract._lexicon import PERSON_TITLES, TITLE_FORMS

__all__ = ["WORD", "singular", "title_words"]

_NOT_TITLE = {"the", "a", "an", "former", "then", "late", "current", "new", "s"}
WORD = re.compile(r"[\w.-]+")
_SAME = {"manager": "boss"}  # "the Norwich manager" is "Norwich boss Alex Neil"
_GENERAL = re.compile(r"\b(attorney|solicitor|surgeon|inspector|secretary|governor|postmaster)[ -]general\b")


@lru_cache(maxsize=8192)  # asked of the same few descriptions thousands of times in a long article
def title_words(text: str) -> frozenset[str]:
    """The words of a title or description that identify it ("the Kremlin's spokesperson")."""
    text = _GENERAL.sub(r"\1-general", text.casefold())  # "the attorney" is no Attorney General
    words = WORD.findall(text.replace("’", "'").replace("'s", " "))
    return frozenset(singular(TITLE_FORMS.get(w, _SAME.get(w, w))) for w in words) - _NOT_TITLE


def singular(word: str) -> str:
    """ "leaders" in "senior party leaders Yashwant Sinha" is the title "leader"."""
    return word[:-1] if word.endswith("s") and word[:-1] in PERSON_TITLES else word
