"""Balanced accuracy of a score at its best threshold: how FRANK's baseline metrics are compared.

A summary counts as consistent when its score is at least the threshold; the threshold is the one
that maximises balanced accuracy (the mean of the consistent share kept and the inconsistent share
flagged) on the same summaries, so the figures are an upper bound for each metric.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from brief.schema import StrictModel

__all__ = ["BaselineScore", "baseline_scores", "best_threshold"]


class BaselineScore(StrictModel):
    """A metric at its best threshold (``n``: the summaries it scored)."""

    metric: str
    balanced_accuracy: float
    threshold: float
    kept_share: float
    flagged_share: float
    n: int


def best_threshold(scored: Sequence[tuple[float, int]]) -> tuple[float, float, float, float]:
    """(balanced accuracy, threshold, kept share, flagged share) of the best ``score >= threshold`` rule.

    ``scored`` is (score, label) pairs, label 1 = consistent, with both labels present; summaries with
    the same score fall on the same side; ties between thresholds go to the lowest.

    Raises:
        ValueError: only one label is present.
    """
    positives = sum(1 for _, label in scored if label == 1)
    negatives = len(scored) - positives
    if not positives or not negatives:
        raise ValueError("both labels are needed to tune a threshold")
    best = (0.5, float("inf"), 0.0, 1.0)  # nothing counted consistent
    kept = flagged_not = 0
    ordered = sorted(scored, key=lambda s: -s[0])
    for i, (score, label) in enumerate(ordered):
        kept += label == 1
        flagged_not += label != 1
        if i + 1 < len(ordered) and ordered[i + 1][0] == score:
            continue  # a threshold counts every summary with this score as consistent
        kept_share, flagged_share = kept / positives, 1 - flagged_not / negatives
        accuracy = (kept_share + flagged_share) / 2
        if accuracy >= best[0]:
            best = (accuracy, score, kept_share, flagged_share)
    return best


def baseline_scores(rows: Iterable[tuple[Mapping[str, float], int]]) -> list[BaselineScore]:
    """Each metric of ``rows`` ((metric -> score, label) pairs) at its best threshold, best first."""
    rows = list(rows)
    scores = []
    for metric in dict.fromkeys(m for metrics, _ in rows for m in metrics):
        scored = [(metrics[metric], label) for metrics, label in rows if metric in metrics]
        if len({label == 1 for _, label in scored}) < 2:
            continue
        accuracy, threshold, kept, flagged = best_threshold(scored)
        scores.append(
            BaselineScore(
                metric=metric,
                balanced_accuracy=accuracy,
                threshold=threshold,
                kept_share=kept,
                flagged_share=flagged,
                n=len(scored),
            )
        )
    return sorted(scores, key=lambda s: -s.balanced_accuracy)
