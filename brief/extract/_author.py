"""The writer's own voice: in an opinion column or an analysis the author argues in the first person or
addresses the reader ("You shouldn't just believe them.", "I don't see the downside."). Those sentences
are the author's positions, under an actor "The author"; a news report that slips into "we" once is not
an opinion piece, and an unsigned editorial or fact-check that only says "we" speaks as the publication,
not as an author."""

from __future__ import annotations

from typing import Any

from brief.extract._layout import inside
from brief.extract._syntax import is_boilerplate

__all__ = ["AUTHOR", "author_sentences"]

AUTHOR = "The author"
_VOICE = frozenset({"i", "we", "my", "our", "us", "me", "you", "your"})
_MIN_SENTENCES = 3  # fewer such sentences outside quotations: a report, not an opinion piece
# a writer who says "I": an editorial's or a fact-checker's "we" is the publication, which it names itself
_SINGULAR = frozenset({"i", "me", "my"})
_MIN_WORDS = 5


def author_sentences(
    doc: Any, quoted: list[tuple[int, int]], said: list[tuple[int, int]], ignored: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the writer's own voice: first or second person, outside any
    quotation, attributed statement and ignored span (reader comments), when there are enough of them."""
    found = []
    headline = doc.text.find("\n\n")
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if (
            start < headline
            or is_boilerplate(sent)
            or any(t.is_quote for t in sent)
            or inside(ignored, start, end)
        ):
            continue
        if inside(quoted, start, end) or inside(said, start, end):
            continue
        words = [t for t in sent if t.is_alpha]
        if len(words) >= _MIN_WORDS and any(t.lower_ in _VOICE and t.pos_ == "PRON" for t in words):
            found.append((start, end))
    singular = any(
        t.lower_ in _SINGULAR for a, b in found for t in doc.char_span(a, b, alignment_mode="expand")
    )
    return found if len(found) >= _MIN_SENTENCES and singular else []
