"""Blocks of a large day that story clustering may treat apart, so its memory stays bounded.

Complete-linkage clustering with a similarity threshold never puts two articles in one cluster unless
every pair of them reaches the threshold, so no cluster spans two connected components of the graph
whose edges are the pairs that reach it. A day of at most ``limit`` articles is one block; a larger
one is cut into those components, found from sparse products of the TF-IDF rows a chunk at a time
(never an n×n matrix). A component still larger than ``limit`` is cut again at a higher threshold,
which may split a weakly linked story: the price of a bounded memory on very large days.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["LIMIT", "blocks"]

LIMIT = 1_000  # articles clustered in one dense pass (a 1,000 x 1,000 matrix is 8 MB)
_CHUNK = 256  # rows of the similarity computed at a time
_STEP = 0.05  # how much a too-large component's threshold is raised each time


def blocks(
    words: Any,
    names: Any,
    days: NDArray[np.float64],
    *,
    threshold: float,
    name_weight: float,
    max_days: int,
    limit: int = LIMIT,
) -> list[list[int]]:
    """Index groups that cluster independently (one group of all when there are at most ``limit``).

    Args:
        words, names: row-normalised sparse TF-IDF matrices of the articles (``names`` may be None).
        days: each article's date as an ordinal, NaN when unknown.
    """
    n = words.shape[0] if words is not None else len(days)
    if n <= limit or words is None:
        return [list(range(n))]
    return _split(list(range(n)), words, names, days, threshold, name_weight, max_days, limit)


def _split(
    members: list[int],
    words: Any,
    names: Any,
    days: NDArray[np.float64],
    threshold: float,
    name_weight: float,
    max_days: int,
    limit: int,
) -> list[list[int]]:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    index = np.array(members)
    sub_words = words[index]
    sub_names = names[index] if names is not None else None
    rows, cols = [], []
    for start in range(0, len(members), _CHUNK):
        stop = min(start + _CHUNK, len(members))
        similarity = (1 - name_weight) * (sub_words[start:stop] @ sub_words.T).toarray()
        if sub_names is not None:
            similarity += name_weight * (sub_names[start:stop] @ sub_names.T).toarray()
        i, j = np.nonzero(similarity >= threshold)
        i = i + start
        with np.errstate(invalid="ignore"):  # an unknown date is never too far from another
            near = ~(np.abs(days[index[i]] - days[index[j]]) > max_days)
        keep = (i < j) & near
        rows.append(i[keep])
        cols.append(j[keep])
    edges = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(len(edges[0])), edges), shape=(len(members), len(members)))
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), []).append(members[position])
    found: list[list[int]] = []
    for group in groups.values():
        if len(group) > limit and threshold + _STEP < 1.0:
            found += _split(group, words, names, days, threshold + _STEP, name_weight, max_days, limit)
        else:
            found.append(group)
    return found
