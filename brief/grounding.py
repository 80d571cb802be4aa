"""Text checks against the source: verbatim spans, names and numbers, content support."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

__all__ = ["SourceText", "normalise"]

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
    }
)  # fmt: skip
_STRIP = " \t\n\"'“”‘’.,;:…"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*[A-Za-z]\b")
_WORD = re.compile(r"[\w'’\-]+")
_STOP = frozenset(
    (
        "a an and are as at be been but by for from had has have he her his i in into is it its more most of "
        "on or our she so than that the their them then there these they this those to was we were what when "
        "which while who will with would could should can may might not no also about after before over "
        "under between against said says say told"
    ).split()
)


def normalise(text: str) -> str:
    """Fold quote marks, dashes and whitespace so equivalent spans compare equal."""
    return " ".join(text.translate(_QUOTES).split())


@dataclass
class SourceText:
    """An article's text with the indexes the verifier needs."""

    text: str
    strict: bool = False  # the default for ``unsupported``

    @cached_property
    def _normalised(self) -> tuple[str, list[int]]:
        """Normalised text plus, for each of its characters, the offset in the original."""
        chars: list[str] = []
        offsets: list[int] = []
        pending_space = False
        for i, ch in enumerate(self.text.translate(_QUOTES)):
            if ch.isspace():
                pending_space = bool(chars)
                continue
            if pending_space:
                chars.append(" ")
                offsets.append(i - 1)
                pending_space = False
            chars.append(ch)
            offsets.append(i)
        return "".join(chars), offsets

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of the article, case kept, quote marks folded."""
        return frozenset(_WORD.findall(self.text.translate(_QUOTES)))

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word of the article in lower case."""
        return frozenset(w.lower() for w in self.words)

    @cached_property
    def numbers(self) -> frozenset[str]:
        """Every number written with digits in the article."""
        return frozenset(_NUMBER.findall(self.text))

    def find(self, span: str) -> str | None:
        """The article's own characters for ``span`` (normalised match), or None when absent."""
        haystack, offsets = self._normalised
        for candidate in (normalise(span), normalise(span).strip(_STRIP)):
            if len(candidate) < 3:
                continue
            at = haystack.find(candidate)
            if at >= 0:
                return self.text[offsets[at] : offsets[at + len(candidate) - 1] + 1]
        return None

    def mentions(self, name: str) -> bool:
        """True when ``name`` occurs in the article (case-insensitive, on word boundaries)."""
        needle = normalise(name).strip(_STRIP).lower()
        if not needle:
            return False
        pattern = r"(?<![\w])" + re.escape(needle) + r"(?![\w])"
        return re.search(pattern, self._normalised[0].lower()) is not None

    def unsupported(
        self, sentence: str, *, min_support: float = 0.5, strict: bool | None = None
    ) -> str | None:
        """Why a free-text sentence is not grounded, or None.

        It must not name a person or number absent from the article, and most of its content words must
        occur there; ``strict`` (for small models) wants one article sentence to carry 70% of them.
        """
        for number in _NUMBER.findall(sentence):
            if number not in self.numbers and number.replace(",", "") not in self.numbers:
                return f"number {number} is not in the article"
        for name in _CAPITALISED.findall(sentence.translate(_QUOTES)):
            if name not in self.words and name.lower() not in self.lower_words:
                return f"name {name} is not in the article"
        content = [w.lower() for w in _WORD.findall(sentence.translate(_QUOTES)) if w.lower() not in _STOP]
        if content:
            known = sum(1 for w in content if self._known_stem(w))
            if known / len(content) < min_support:
                return f"only {known} of {len(content)} content words occur in the article"
            if (self.strict if strict is None else strict) and self._best_sentence_support(content) < 0.7:
                return "no single article sentence supports it"
        return None

    def _best_sentence_support(self, content: list[str]) -> float:
        stems = {w[:5] for w in content}
        return max((len(stems & s) / len(stems) for s in self._sentence_stems), default=0.0)

    @cached_property
    def _sentence_stems(self) -> list[set[str]]:
        folded = self.text.translate(_QUOTES)
        return [
            {w.lower()[:5] for w in _WORD.findall(sentence) if w.lower() not in _STOP}
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", folded)
        ]

    def _known_stem(self, word: str) -> bool:
        if word in self.lower_words:
            return True
        stem = word[:5] if len(word) > 5 else word
        return any(w.startswith(stem) for w in self._stems.get(stem[:3], ()))

    @cached_property
    def _stems(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for word in self.lower_words:
            index.setdefault(word[:3], []).append(word)
        return index


def split_sentences(text: str) -> list[str]:
    """Split free text (a summary) into sentences."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text.strip()) if s.strip()]
