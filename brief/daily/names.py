"""The named entities of a day's articles, for story clustering when no extraction gives them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from brief.extract import load_nlp
from brief.read.articles import Article

__all__ = ["spacy_names"]

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT"})
_NER_CHARS = 6_000  # names are read from the title and the first characters of the text


def spacy_names(articles: Sequence[Article]) -> list[list[str]]:
    """The named entities (people, organisations, places, ...) of each article, by spaCy's NER.

    Uses the extractor's model (``brief.extract.load_nlp``, loaded once per process) with only the
    components NER needs, over the title and the start of the text. This costs about a quarter of
    the extraction's time: a caller that has the extraction should pass its actors instead.
    """
    nlp = load_nlp()
    needed = {"ner"} | {n for n, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())}
    unused = [name for name in nlp.pipe_names if name not in needed]
    texts = [f"{a.title}\n{a.text[:_NER_CHARS]}" for a in articles]
    docs: Iterable[Any] = nlp.pipe(texts, disable=unused, batch_size=32)
    return [[e.text for e in doc.ents if e.label_ in _NAME_LABELS] for doc in docs]
