"""Scoring a clustering against gold events: pairwise precision, recall and F1, and mixed clusters.

Every pair of items put in one predicted cluster is a predicted link; every pair sharing a gold event is
a gold link. Precision is the share of predicted links that are gold, recall the share of gold links
that were predicted. A cluster is *mixed* when its items belong to more than one gold event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

__all__ = ["PairScores", "pairwise_scores"]


@dataclass(frozen=True)
class PairScores:
    """Pairwise scores of one clustering; ``mixed`` lists the clusters that join two gold events."""

    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    gold_pairs: int
    mixed: tuple[tuple[str, ...], ...] = ()

    def line(self) -> str:
        """One line for a report: ``P 1.00 R 0.95 F1 0.97 (19/20 gold pairs, 0 mixed clusters)``."""
        found = round(self.recall * self.gold_pairs)
        return (
            f"P {self.precision:.2f} R {self.recall:.2f} F1 {self.f1:.2f} "
            f"({found}/{self.gold_pairs} gold pairs, {len(self.mixed)} mixed clusters)"
        )


def _pairs(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(set(group)), 2)}


def pairwise_scores(predicted: Sequence[Sequence[str]], gold: Mapping[str, str]) -> PairScores:
    """Score ``predicted`` clusters (lists of item ids) against ``gold`` (item id to event id).

    Only items in ``gold`` are scored; a score with nothing to count (no pairs) is 1.0.

    Raises:
        ValueError: an item is in two predicted clusters.
    """
    seen: set[str] = set()
    clusters: list[list[str]] = []
    for cluster in predicted:
        items = [item for item in cluster if item in gold]
        if seen & set(items):
            raise ValueError(f"items in two clusters: {sorted(seen & set(items))}")
        seen |= set(items)
        clusters.append(items)
    events: dict[str, list[str]] = {}
    for item in sorted(seen):
        events.setdefault(gold[item], []).append(item)
    predicted_links, gold_links = _pairs(clusters), _pairs(events.values())
    right = len(predicted_links & gold_links)
    precision = right / len(predicted_links) if predicted_links else 1.0
    recall = right / len(gold_links) if gold_links else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    mixed = tuple(tuple(sorted(c)) for c in clusters if len({gold[item] for item in c}) > 1)
    return PairScores(precision, recall, f1, len(predicted_links), len(gold_links), mixed)
