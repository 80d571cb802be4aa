"""What every check of one brief shares: the article, its index and extraction, the parsed claims, a ledger.

The ledger records every item checked, every drop with its reason and kind (including items lost
with a dropped parent and replaced roles), and where each kept item is supported (provenance).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from brief.extract import AUTHOR, CandidateActor, Extraction, Statement
from brief.schema import Dropped
from brief.verify.article import ArticleIndex
from brief.verify.claims import Claim, Problem, parse_claims
from brief.verify.grounding import SourceText

__all__ = ["Context", "Ledger", "cut_off"]

_DANGLING = frozenset(
    "the a an of to from with and or but by for that its their our your into onto than including".split()
)
_FINAL = re.compile(r"[.!?…][\"'”’)\]]*$|[\"'”’]$")
# a sentence copied from the middle of one: "Tolkien and is now an expert on the longbow." (the article has
# "... studied English under J.R.R. Tolkien and is now an expert ...")
_HEADLESS = re.compile(
    r"^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+and\s+(?:is|was|are|were|has|have|had|will|would|can|could)\b"
)


def cut_off(text: str, *, sentence: bool) -> Problem | None:
    """A text that stops mid-way: it ends on "the" or "of", or (a summary sentence) has no end punctuation
    or starts in the middle of another ("Tolkien and is now ...")."""
    stripped = text.strip()
    last = re.findall(r"[\w'’]+", stripped)
    ends_open = not _FINAL.search(stripped) or (bool(last) and stripped.endswith(last[-1] + "."))
    if last and last[-1].lower() in _DANGLING and ends_open:
        return Problem("truncated", f"it is cut off (ends on {last[-1]!r})")
    if sentence and not _FINAL.search(stripped):
        return Problem("truncated", "it is cut off (no final punctuation)")
    if sentence and _HEADLESS.match(stripped):
        return Problem("truncated", "it is cut off at its start (a name, then 'and' and a verb)")
    return None


@dataclass
class Ledger:
    checked: int = 0
    passed: int = 0
    dropped: list[Dropped] = field(default_factory=list)
    support: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # kept item key -> spans

    def ok(self, key: str = "", spans: Iterable[tuple[int, int]] = ()) -> None:
        self.checked += 1
        self.passed += 1
        if key:
            self.support[key] = list(spans)

    def drop(self, where: str, value: str, problem: Problem) -> None:
        self.checked += 1
        self.dropped.append(Dropped(field=where, value=value[:300], reason=problem.reason, kind=problem.kind))

    def lose(self, where: str, value: str, parent: str) -> None:
        """An item that was fine but goes with its dropped parent (recorded, and not counted as passed)."""
        self.drop(where, value, Problem("lost", f"lost with {parent}, which was dropped"))


@dataclass
class Context:
    text: str
    source: SourceText
    index: ArticleIndex
    extraction: Extraction
    ledger: Ledger
    claims: dict[str, Claim] = field(default_factory=dict)
    nlp: Any = None
    stances: set[str] = field(default_factory=set)  # parsed as phrases (see ``parse_claims``)
    roles: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, text: str, source: SourceText, extraction: Extraction, nlp: Any | None) -> Context:
        spans = [(s.start, s.end) for s in extraction.sentences] or None
        people = [a.name for a in extraction.actors if a.kind == "person"]
        groups = [a.names() for a in extraction.actors]
        index = ArticleIndex(source.trusted, spans, people=people, aliases=groups, events=extraction.events)
        return cls(text, source, index, extraction, Ledger(), nlp=nlp)

    @cached_property
    def said(self) -> list[Statement]:
        """What the extraction gives someone to have said or done; the writer's own sentences are
        narration, which a model may fairly tell as the view of the people they are about."""
        return [s for s in self.extraction.statements if s.speaker != AUTHOR]

    def written(self, start: int, end: int) -> bool:
        """True when ``start:end`` lies in one of the sentences extraction gives the column's writer."""
        return any(
            s.speaker == AUTHOR and s.start <= start and end <= s.end for s in self.extraction.statements
        )

    def parse(self, texts: Sequence[str]) -> None:
        """Parse every claim of the draft in one batch."""
        todo = [t for t in dict.fromkeys(texts) if t not in self.claims]
        for text, claim in zip(todo, parse_claims(todo, self.nlp, self.stances, self.roles), strict=True):
            self.claims[text] = claim

    def claim(self, text: str) -> Claim:
        if text not in self.claims:
            self.parse([text])
        return self.claims[text]

    def problem(
        self, text: str, *, sentence: bool = False, **options: Any
    ) -> tuple[Problem | None, tuple[int, ...]]:
        """The first problem of a free-text claim (an echoed injection, cut off, unsupported) and its support.

        ``options`` go to :meth:`ArticleIndex.check`.
        """
        echoed = self.source.echoed(text)
        if echoed:
            return Problem("injection", echoed), ()
        cut = cut_off(text, sentence=sentence)
        if cut:
            return cut, ()
        claim = self.claim(text)
        if sentence and claim.verbless:
            return Problem("truncated", "it is no whole sentence: it has no verb"), ()
        verdict = self.index.check(claim, **options)
        return verdict.problem, verdict.sentences

    def spans(self, sentences: Sequence[int]) -> list[tuple[int, int]]:
        return [(self.index.sentences[i].start, self.index.sentences[i].end) for i in sentences]

    def windows_of(self, candidate: CandidateActor | None, names: Sequence[str]) -> list[int]:
        """Sentences that mention an actor (by a mention of the extraction or one of its names), ± 1."""
        found: set[int] = set()
        for mention in candidate.mentions if candidate else ():
            found.update(self.index.sentence_at(mention.start, mention.end))
        for name in names:
            found |= self.index.where(name)
        return sorted({j for i in found for j in (i - 1, i, i + 1) if 0 <= j < len(self.index.sentences)})
