"""Check one sentence against one source's text, with the check a single-article summary sentence gets.

A summary written over several outlets' reports (``brief daily``'s cluster summary) is checked sentence
by sentence against each report in turn: :class:`SourceCheck` holds one report ready to check against
(its sentences, names and numbers indexed once) and :meth:`SourceCheck.check` applies the same test
:func:`brief.verify.verifier.verify` applies to a summary sentence (an echoed injection, a cut-off
sentence, then names, numbers, negation and hedges supported together by one sentence of the report
or a few in a row).
"""

from __future__ import annotations

from dataclasses import dataclass

from brief.extract import Extraction, extract, load_nlp
from brief.verify.claims import Problem
from brief.verify.context import Context
from brief.verify.grounding import SourceText, instruction_spans

__all__ = ["SourceCheck", "Support"]


@dataclass(frozen=True)
class Support:
    """The verdict on one sentence: a problem, or the supporting sentences (indexes and offsets)."""

    problem: Problem | None
    sentences: tuple[int, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


class SourceCheck:
    """One source's text, indexed to check sentences against; instruction-like passages support nothing.

    Args:
        text: the source article's text.
        extraction: ``extract(text)`` when the caller has it (it is made here otherwise).
    """

    def __init__(self, text: str, extraction: Extraction | None = None) -> None:
        source = SourceText(text, untrusted=instruction_spans(text))
        self._ctx = Context.build(text, source, extraction or extract(text), load_nlp())

    def check(self, sentence: str) -> Support:
        """Whether the source supports ``sentence`` as it would support a sentence of its own summary."""
        problem, window = self._ctx.problem(sentence, sentence=True)
        if problem is not None:
            return Support(problem)
        return Support(None, tuple(window), tuple(self._ctx.spans(window)))
