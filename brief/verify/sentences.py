"""An article's sentences as the claim checks see them: their bounds, words, stems, name key and numbers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from brief.extract import TITLE_FORMS
from brief.verify.lexicon import stem, words
from brief.verify.names import name_key
from brief.verify.numbers import Quantity, quantities

__all__ = [
    "ELLIPTICAL",
    "Sentence",
    "cover",
    "headline",
    "position",
    "split_sentences",
    "token_position",
    "uses_marked",
    "with_ellipsis",
]

ELLIPTICAL = 6  # a sentence this short right after the window continues it

# a title's abbreviation (its words have no full stop) and the title it stands for: "Sen" a senator
_SPELT = {form.removesuffix("."): title for form, title in TITLE_FORMS.items() if form.endswith(".")}


@dataclass
class Sentence:
    """One sentence of the article: where it is, its words and their stems, its name key, its numbers."""

    start: int
    end: int
    text: str
    tokens: list[str] = field(init=False)
    stems: list[str] = field(init=False)
    key: str = field(init=False)
    numbers: list[Quantity] = field(init=False)
    stem_set: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = words(self.text)
        self.stems = [stem(w) for w in self.tokens]
        self.stem_set = frozenset(self.stems) | {stem(_SPELT[w]) for w in self.tokens if w in _SPELT}
        self.key = " " + name_key(self.text) + " "
        self.numbers = quantities(self.text, sizes=True)


# a photo caption glued to the text before it, with no full stop: "... marriage licences Sullen: Barrientos,
# seen here in court, is accused of ..."
# (a lower-case word, then a label of up to five words and a colon), or with no label at all: "... higher
# than a colleague The cost of divorce can ..." ("The" before a lower-case word opens a sentence)
_CAPTION = re.compile(r"(?<=[a-z0-9])\s+(?=[A-Z][a-z]+(?: [A-Za-z][a-z]*){0,4}: [A-Z]|The [a-z])")


_CAPTIONED_WORDS = 3  # words of the sentence a caption is glued to, at least


def cover(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` plus the sentences of any text they leave out, in order; each cut before a glued caption."""
    bounds, at = [], 0
    for start, end in [*spans, (len(text), len(text))]:
        if text[at:start].strip():
            bounds += [(at + a, at + b) for a, b in split_sentences(text[at:start])]
        if end > start:
            bounds += _uncaptioned(text, start, end)
        at = max(at, end)
    return bounds


def _uncaptioned(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = []
    for m in _CAPTION.finditer(text, start, end):
        if len(text[start : m.start()].split()) < _CAPTIONED_WORDS:
            continue  # "Julian Assange: Sweden drops ...": a name before its colon, no caption
        bounds.append((start, m.start()))
        start = m.end()
    return [*bounds, (start, end)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds without a parser: end punctuation (and closing quotes) then space, or a line break."""
    bounds, start = [], 0
    for m in re.finditer(r"(?<=[.!?])([\"'”’)]*)\s+|\n+", text):
        end = m.start() + len(m.group(1) or "")
        if text[start:end].strip():
            bounds.append((start, end))
        start = m.end()
    if text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return bounds


def with_ellipsis(sentences: Sequence[Sentence], window: tuple[int, ...]) -> tuple[int, ...]:
    """The window and a short sentence right after it that answers it ("Definitely not, they cannot.")."""
    after = window[-1] + 1
    if after < len(sentences) and len(sentences[after].tokens) <= ELLIPTICAL:
        return (*window, after)
    return window


def position(sentence: Sentence, number: str) -> int:
    """The token index where ``number`` (as written) starts in the sentence, or -1."""
    return token_position(sentence.tokens, number)


def token_position(tokens: Sequence[str], number: str) -> int:
    """The index in ``tokens`` where ``number`` (as written) starts, or -1."""
    first = words(number)[:1]
    if not first:
        return -1
    return next((i for i, w in enumerate(tokens) if first[0] in w), -1)


def headline(text: str, sentences: Sequence[Sentence]) -> frozenset[int]:
    """The sentences of the article's headline, a first line with no full stop ("Julian Assange: Sweden
    drops rape investigation" may be two); none when it opens on a sentence."""
    lead = len(text) - len(text.lstrip())
    first, _, rest = text.strip().partition("\n")
    if not first.strip() or not rest or first.strip()[-1] in '.!?"”':
        return frozenset()
    return frozenset(i for i, s in enumerate(sentences) if s.start < lead + len(first))


def uses_marked(
    targets: frozenset[str],
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]],
    reach: int,
    marker: Callable[[str], bool],
    after: int = 0,
    also: Callable[[Sequence[str], int], bool] | None = None,
) -> dict[str, list[bool]]:
    """For each target stem the sentences use: whether each use has a marker word within ``reach`` words
    before it (or ``after`` words after it), or ``also`` holds for it (the words, its place)."""
    uses: dict[str, list[bool]] = {}
    for tokens, stems in sentences:
        for at, word_stem in enumerate(stems):
            if word_stem in targets:
                around = [*tokens[max(0, at - reach) : at], *tokens[at + 1 : at + 1 + after]]
                marked = any(marker(w) for w in around) or (also is not None and also(tokens, at))
                uses.setdefault(word_stem, []).append(marked)
    return uses
