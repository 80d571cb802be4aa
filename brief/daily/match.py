"""Matching across stories and days: actor names by name or alias, statements by word overlap.

Actors match when one's name equals the other's name or one of its aliases, after case folding,
straightening quote marks and dropping a leading "the" and a possessive "'s". Two aliases alone never
match, so two different people both called "the president" stay apart.

Statements (stances, questions) match by the Dice overlap of their content words: case-folded,
stop words and question words removed, plural and tense endings trimmed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from brief.verify.lexicon import IRREGULAR

__all__ = [
    "SAME_QUESTION",
    "SAME_STANCE",
    "SAME_STORY",
    "actor_key",
    "content_words",
    "coverage",
    "same_stance",
    "similarity",
]

SAME_STANCE = 0.4  # stances this similar are the same position (stances are short and paraphrased)
SAME_QUESTION = 0.5  # questions this similar are the same question
SAME_STORY = 0.35  # stories whose title and summary are this similar are the same story going on
_WORD = re.compile(r"[\w][\w'’.-]*\w|\w")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_STOP = frozenset(
    """a an the and or but if then of to in on at by for with from into over under about after before
    as is are was were be been being am do does did done has have had will would shall should can could
    may might must not no nor so than that this these those there their them they he she it its his her
    we our you your i me my who whom whose what which when where why how whether any all some each
    said says say told tells according also still yet just only very more most much many new said:
    up out off again further once here both few other such own same too s t now""".split()
)
_NEGATION = re.compile(
    r"\b(not|no|never|cannot|can't|won't|\w+n't|refus\w*|reject\w*|oppos\w*|against|den(y|ies|ied)|block\w*|veto\w*)\b"
)


def actor_key(name: str) -> str:
    """The form an actor name is compared in: folded, quotes straightened, no leading "the", no "'s"."""
    text = " ".join(name.translate(_QUOTES).casefold().split())
    text = text.removeprefix("the ")
    return text.removesuffix("'s").strip(" .,;:'\"")


def _stem(word: str) -> str:
    """A crude stem, enough to match "talks"/"talk" and "agreed"/"agree"."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + keep
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word  # "vote" and "voted" both give "vot"


@lru_cache(maxsize=8192)  # bounded: on a day of thousands of articles an unbounded cache kept every text
def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of ``text``."""
    words = (w.strip(".'’-") for w in _WORD.findall(text.translate(_QUOTES).casefold()))
    return frozenset(_stem(IRREGULAR.get(w, w)) for w in words if w and w not in _STOP)


def similarity(a: str, b: str, ignore: frozenset[str] = frozenset()) -> float:
    """Dice coefficient of the content words of ``a`` and ``b`` but ``ignore`` (0 when either has none)."""
    wa, wb = content_words(a) - ignore, content_words(b) - ignore
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def same_stance(a: str, b: str, ignore: frozenset[str] = frozenset()) -> bool:
    """Similar words and the same polarity: "refuses a deal" and "agreed a deal" are different stances.

    ``ignore``: words that do not tell stances apart (the speaker's name, which a stance may open with).
    """
    negated = bool(_NEGATION.search(a.casefold())), bool(_NEGATION.search(b.casefold()))
    return similarity(a, b, ignore) >= SAME_STANCE and negated[0] == negated[1]


def coverage(question: str, texts: Sequence[str]) -> tuple[float, int]:
    """The best share of the question's content words in one of ``texts``, and its index.

    A text counts only when it shares three of those words (or all, for a shorter question).
    """
    wanted = content_words(question)
    best, where = 0.0, -1
    for index, text in enumerate(texts if wanted else ()):
        shared = wanted & content_words(text)
        score = len(shared) / len(wanted) if len(shared) >= min(3, len(wanted)) else 0.0
        if score > best:
            best, where = score, index
    return best, where
