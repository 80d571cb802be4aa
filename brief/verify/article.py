"""Check one free-text claim against the article: are its names, numbers, negation and hedges supported
*together* by one article sentence or a few in a row?

A claim passes when some window of the article (a sentence, or up to three sentences in a row) names every
name it names, holds every number it gives, carries at least half of its content words, denies what
it denies and hedges what it asserts only if the claim hedges too. The window that passes is the
claim's provenance. A claim that fails gets a ``Problem`` whose kind names the check that failed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

from brief.extract import Event
from brief.verify.ages import ages_told
from brief.verify.claim_names import CALENDAR
from brief.verify.claims import Claim, Problem, Verdict
from brief.verify.dates import reversed_or_misdated
from brief.verify.figures import has_numbers, placed_numbers, rival_number
from brief.verify.joined import check_joined
from brief.verify.mood import mood_problem
from brief.verify.names import NameIndex, mention_pattern, name_key
from brief.verify.numbers import quantities
from brief.verify.sentences import Sentence, cover, headline, split_sentences, with_ellipsis
from brief.verify.swaps import misassigned, misplaced, one_on_both_sides, swapped

__all__ = ["ArticleIndex"]

MIN_OVERLAP = 0.5  # share of a claim's content words its supporting window must hold
_PLACEHOLDERS = frozenset({"UNK"})  # what some summarisers write for a word they do not know: not a name


class ArticleIndex:
    """An article cut into sentences, with its names and numbers, ready to check claims against."""

    def __init__(
        self,
        text: str,
        spans: Iterable[tuple[int, int]] | None = None,
        *,
        people: Iterable[str] = (),
        aliases: Iterable[Iterable[str]] = (),
        events: Iterable[Event] = (),
    ) -> None:
        self.text = text
        bounds = cover(text, sorted(spans)) if spans is not None else split_sentences(text)
        self.sentences = [Sentence(a, b, text[a:b]) for a, b in bounds if text[a:b].strip()]
        self.names = NameIndex(text, people)
        self.numbers = [q for s in self.sentences for q in s.numbers] or quantities(text, sizes=True)
        self._groups = [{name_key(n) for n in group} for group in aliases]
        self.events = list(events)
        self._where: dict[str, frozenset[int]] = {}

    @cached_property
    def ages(self) -> list[tuple[str, str]]:
        return ages_told(self.text)

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(s for sentence in self.sentences for s in sentence.stem_set)

    @cached_property
    def tokens(self) -> frozenset[str]:
        """Every word of the article, lower case, as its sentences have them."""
        return frozenset(t for sentence in self.sentences for t in sentence.tokens)

    def sentence_at(self, start: int, end: int) -> list[int]:
        """Indexes of the sentences that overlap ``text[start:end]``."""
        return [i for i, s in enumerate(self.sentences) if s.start < end and start < s.end]

    def mentions(self, name: str, window: Sequence[int]) -> bool:
        """True when one of the forms of ``name`` (or of an actor it is an alias of) is in the window."""
        found = self.where(name)
        return any(i in found for i in window)

    def where(self, name: str) -> frozenset[int]:
        """The sentences that mention ``name`` by one of its forms (or an actor's it is an alias of)."""
        if name not in self._where:
            forms = set(self.names.forms(name))
            key = name_key(name)
            for group in self._groups:
                if key in group or forms & group:
                    forms |= {f for g in group for f in self.names.forms(g)}
            needle = mention_pattern(forms, key)
            found = (i for i, s in enumerate(self.sentences) if needle and needle.search(s.key))
            self._where[name] = frozenset(found)
        return self._where[name]

    def check(self, claim: Claim, **options: Any) -> Verdict:
        """Find the window that supports ``claim`` (see ``check_whole``); a sentence that joins several
        facts may instead have each of its clauses supported by a window of its own
        (``brief.verify.joined``)."""
        return check_joined(self, claim, **options)

    def check_whole(
        self,
        claim: Claim,
        *,
        near: Sequence[int] = (),
        within: Sequence[int] | None = None,
        together: bool = True,
        mood: bool = True,
        content: str = "window",
        min_overlap: float = MIN_OVERLAP,
        summing: bool = True,
        polarity: bool = True,
    ) -> Verdict:
        """Find the window that supports ``claim``; ``near`` windows are preferred, ``within`` limits them.

        ``together=False`` (a question) does not need its names in one window; ``mood=False`` (a
        question asks, it does not assert) skips the negation and hedge checks; ``content="article"``
        (a role or question, which may sum up the whole story) looks for its content words anywhere;
        ``summing=False`` (one clause of a claim) does not try all the ``near`` sentences as one window;
        ``polarity=False`` (a claim whose clauses are checked one by one) skips the negation check.
        """
        if _PLACEHOLDERS & set(claim.text.replace("[", " ").replace("]", " ").split()):
            return Verdict(Problem("name", "it holds a placeholder (UNK) where a name or word should be"))
        unknown = [n for n in claim.names if not self.names.known(n)]
        if unknown and unknown[0].casefold() in CALENDAR:  # "released Monday" where the article has Friday
            return Verdict(Problem("number", f"the day or month {unknown[0]} is not in the article"))
        if unknown:
            return Verdict(Problem("name", f"name {unknown[0]} is not in the article"))
        missing = [q for q in claim.numbers if not any(q.same(a) for a in self.numbers)]
        if missing:
            return Verdict(Problem("number", f"number {missing[0].text} is not in the article"))
        placed = (
            placed_numbers(self.sentences, claim) if mood else {i: True for i in range(len(claim.numbers))}
        )
        if not all(placed.values()):
            i = next(i for i, ok in placed.items() if not ok)
            return Verdict(
                Problem(
                    "number",
                    f"number {claim.numbers[i].text} is in the article, but not with what this claim counts",
                )
            )
        # a name that only describes another ("Rosaly Lopes of NASA") may stand apart from the claim's
        # other names when an article sentence names the two together
        aside = {d for d, of in claim.described if self._beside(d, of)}
        core = [n for n in claim.names if n not in claim.loose and n not in aside]
        # the story's subject, named in its headline and throughout, is often "they" or "the company"
        # where the rest of a claim's names are; it need not stand with them
        core = [n for n in core if not self.topic(n)]
        best: tuple[float, tuple[int, ...]] | None = None
        seen_together = False
        for window in self._windows(claim, within, near, summing=summing):
            names_ok = not together or all(self.mentions(n, window) for n in core)
            seen_together = seen_together or names_ok
            if not names_ok or not has_numbers(self.sentences, claim, window, skip=placed):
                continue
            # the sentences of the claim's own evidence first, then one sentence that carries the claim
            # rather than a pair that carries a little more
            overlap = self.overlap(claim, window)
            # a clause (not ``summing``) sits in one of its evidence sentences, not merely beside one
            evidence = set(window) & set(near) if summing else set(window) <= set(near)
            score = overlap + (1.0 if evidence else 0.0)
            if len(window) == 1 and overlap >= min_overlap:
                score += 0.5
            if best is None or score > best[0]:
                best = (score, window)
        if best is None and not core and not claim.numbers:
            return Verdict(
                Problem(
                    "support",
                    f"no article sentence supports it (none of its {len(claim.content)} content words)",
                )
            )
        if best is None:
            return Verdict(self._apart(claim, seen_together))
        window = best[1]
        share = self.overlap(claim, window) if content == "window" else self._overlap_article(claim)
        if claim.content and share < min_overlap:
            held = round(share * len(claim.content))
            return Verdict(
                Problem(
                    "support",
                    f"no article sentence supports it (at most {held} of its {len(claim.content)} content "
                    "words are in one sentence or up to three in a row)",
                ),
                window,
            )
        if not mood:
            return Verdict(None, window)
        # a stance that denies may take its denial from any of its own evidence sentences ("warns that
        # migrants are not the only ones at risk, since those near the facilities face more")
        said = tuple(sorted({*window, *near})) if claim.negated and summing else window
        rival = rival_number(self.sentences, claim, window)
        if rival is not None and near and not set(window) & set(near) and self.figures_in(claim, near):
            rival = rival_number(self.sentences, claim, near)  # its own evidence has the figure: judge there
        problem = (rival or reversed_or_misdated(self.sentences, claim, window)) or mood_problem(
            self.sentences, claim, with_ellipsis(self.sentences, said), polarity
        )
        if problem is None and summing and set(near) - set(said):
            # a hedge in any of its own evidence sentences ("concerns about Vindman potentially leaking")
            everywhere = tuple(sorted({*said, *near}))
            hedged = mood_problem(self.sentences, claim, with_ellipsis(self.sentences, everywhere), False)
            problem = hedged if hedged is not None and hedged.kind == "hedge" else None
            # and a time one of them gives as another ("on the opening day" where one has "the last day")
            problem = problem or reversed_or_misdated(self.sentences, claim, everywhere)
            # and a denial in one of them ("similar collages, but without my photos": not "also use them")
            denied = (mood_problem(self.sentences, claim, (i,), polarity) for i in set(near) - set(said))
            problem = problem or next((p for p in denied if p is not None and p.kind == "negation"), None)
        problem = problem or swapped(claim, self.events, self.names) or one_on_both_sides(claim, self.names)
        spans = [(self.sentences[i].start, self.sentences[i].end) for i in window]
        problem = problem or misassigned(claim, self.events, spans, self.names)
        if problem is None:
            told = [self.sentences[i].text for i in window]
            problem = misplaced(claim, told, self.text, self.names)
        return Verdict(problem, window)

    def _beside(self, name: str, other: str) -> bool:
        """True when one sentence names both."""
        return bool(self.where(name) & self.where(other))

    def _windows(
        self, claim: Claim, within: Sequence[int] | None, near: Sequence[int] = (), *, summing: bool = True
    ) -> Iterable[tuple[int, ...]]:
        """Runs of one to three sentences that hold something of the claim (a content word or a name)."""
        if summing and len(set(near)) > 1:  # a stance may sum up all of its evidence
            yield tuple(sorted(set(near)))
        allowed = set(within) if within is not None else set(range(len(self.sentences)))
        relevant = {i for i, s in enumerate(self.sentences) if s.stem_set & claim.content}
        relevant |= {i for name in claim.names for i in self.where(name)} | set(near)
        if not claim.content and not claim.names:
            relevant = allowed
        starts = sorted({j for i in relevant & allowed for j in (i - 2, i - 1, i) if j >= 0})
        for i in starts:
            for width in (1, 2, 3):
                window = tuple(range(i, i + width))
                if window[-1] < len(self.sentences) and allowed.issuperset(window):
                    yield window

    def overlap(self, claim: Claim, window: Sequence[int]) -> float:
        if not claim.content:
            return 1.0
        present = frozenset().union(*(self.sentences[i].stem_set for i in window))
        return len(claim.content & present) / len(claim.content)

    def figures_in(self, claim: Claim, window: Sequence[int]) -> bool:
        """True when every figure of the claim is given in the window ("$120 million" in the stance's own
        evidence, where another sentence about yearly sums won the window)."""
        held = [q for i in window for q in self.sentences[i].numbers]
        return all(any(q.same(h) for h in held) for q in claim.numbers)

    def _overlap_article(self, claim: Claim) -> float:
        return len(claim.content & self.stems) / len(claim.content) if claim.content else 1.0

    @cached_property
    def _headline(self) -> frozenset[int]:
        return headline(self.text, self.sentences)

    def topic(self, name: str) -> bool:
        """True for a name in the article's headline and in at least three sentences."""
        found = self.where(name)
        return bool(self._headline & found) and len(found) >= 3

    def _apart(self, claim: Claim, together: bool) -> Problem:
        if together and claim.numbers:
            figures = ", ".join(q.text for q in claim.numbers)
            return Problem(
                "number",
                f"number {figures} is in the article, but not in the sentence (or the few) about this claim",
            )
        names = " and ".join(claim.names[:3])
        return Problem("support", f"no article sentence (or up to three in a row) names {names} together")
