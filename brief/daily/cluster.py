"""Story clustering: the day's articles about the same event, from any outlet, become one ``Cluster``.

Two articles are compared three ways:

- their words: TF-IDF (scikit-learn, fitted on the day's articles) of title and text, cosine similarity;
- their names: the people, organisations and places they name (the extraction's actors when the caller
  has them, otherwise spaCy's entities through the extractor's own model), TF-IDF over the words of
  those names, cosine similarity;
- their dates: articles published more than ``max_days`` apart are never the same event.

The similarity is ``(1 - name_weight) * words + name_weight * names``. Clusters come from agglomerative
clustering with complete linkage: every pair of articles in a cluster is at least ``threshold``
similar, so a chain of look-alikes cannot join two events, and the date rule holds for every pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
from numpy.typing import NDArray

from brief.daily.blocks import LIMIT, blocks
from brief.daily.names import spacy_names
from brief.extract import normalise_name
from brief.read.articles import Article

__all__ = [
    "MAX_DAYS",
    "NAME_WEIGHT",
    "THRESHOLD",
    "Cluster",
    "NamesOf",
    "cluster_articles",
    "features",
    "similarity_matrix",
    "spacy_names",
]

THRESHOLD = 0.18  # least similarity of any two articles in one cluster (chosen on the fixture's tune part)
NAME_WEIGHT = 0.3  # share of the named-entity similarity in the combined similarity
MAX_DAYS = 3  # articles published further apart than this are different events

NamesOf = Callable[[Sequence[Article]], list[list[str]]]  # the named entities of each article, in order
Matrix = NDArray[np.float64]


@dataclass(frozen=True)
class Cluster:
    """Articles about one event: ``articles`` oldest first, ``lead`` the one most like the others.

    ``cohesion`` is the least similarity between two of its articles (1.0 for a single article);
    ``terms`` are the words that weigh most in the cluster's TF-IDF centroid.
    """

    articles: tuple[Article, ...]
    lead: Article
    cohesion: float
    terms: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The lead article's title."""
        return self.lead.title

    @property
    def ids(self) -> tuple[str, ...]:
        """The articles' ids, in the cluster's order."""
        return tuple(a.id for a in self.articles)


def _published(article: Article) -> date | None:
    """The article's publication date, or None when it is missing or not ISO 8601."""
    if not article.published:
        return None
    try:
        return datetime.fromisoformat(article.published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _name_words(names: Iterable[str]) -> list[str]:
    """Each name once as a whole and once per word, case- and punctuation-folded ("elon musk", "musk")."""
    words: list[str] = []
    for name in names:
        key = normalise_name(name).removeprefix("the ")
        if key:
            words.append(key)
            parts = key.split()
            words += parts if len(parts) > 1 else []
    return words


def _identity(words: list[str]) -> list[str]:
    return words


def _tfidf(docs: Sequence[str] | Sequence[list[str]], *, words: bool) -> tuple[Any, list[str]]:
    """Row-normalised TF-IDF vectors of ``docs`` and the vocabulary (empty when no doc has a term)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if words:
        vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english", strip_accents="unicode")
    else:
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # empty vocabulary: nothing to compare
        return None, []
    return matrix, list(vectorizer.get_feature_names_out())


def _cosine(matrix: Any, n: int) -> Matrix:
    from sklearn.metrics.pairwise import cosine_similarity

    if matrix is None:
        return np.zeros((n, n))
    return np.asarray(cosine_similarity(matrix), dtype=np.float64)


def _ordinals(articles: Sequence[Article]) -> Matrix:
    """Each article's publication date as a day number, NaN when it has none."""
    days = [_published(a) for a in articles]
    return np.array([d.toordinal() if d else np.nan for d in days], dtype=np.float64)


def _date_gate(articles: Sequence[Article], max_days: int) -> Matrix:
    """1.0 where two articles may be the same event by date, 0.0 where they are too far apart."""
    ordinals = _ordinals(articles)
    with np.errstate(invalid="ignore"):  # an unknown date (NaN) is never too far from another
        apart = np.abs(ordinals[:, None] - ordinals[None, :]) > max_days
    return np.where(apart, 0.0, 1.0)


_WORD = re.compile(r"[A-Z][\w’'-]{2,}")


def _headline_names(article: Article) -> frozenset[str]:
    """Words of the headline the body writes with a capital in mid-sentence: its places and people."""
    body = article.text
    return frozenset(
        w for w in _WORD.findall(article.title) if re.search(rf"(?<![.!?“\"]\s)(?<=\s){re.escape(w)}\b", body)
    )


def _headline_gate(articles: Sequence[Article]) -> Matrix:
    """0.0 where each headline names someone or somewhere the other article never mentions ("Alderney
    council approves harbour plan" and "Brixham council approves harbour plan": two events), else 1.0."""
    heads = [_headline_names(a) for a in articles]
    texts = [f"{a.title} {a.text}" for a in articles]
    n = len(articles)
    gate = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            foreign = heads[i] and heads[j] and not any(w in texts[j] for w in heads[i])
            if foreign and not any(w in texts[i] for w in heads[j]):
                gate[i, j] = gate[j, i] = 0.0
    return gate


Features = tuple[Any, list[str], Any]  # word TF-IDF rows, their vocabulary, name TF-IDF rows (or None)


def features(articles: Sequence[Article], names: Sequence[Iterable[str]]) -> Features:
    """The articles' word and name TF-IDF rows (fitted on all of them) and the word vocabulary."""
    words, vocabulary = _tfidf([f"{a.title}\n{a.title}\n{a.text}" for a in articles], words=True)
    name_docs = [_name_words(found) for found in names]  # the headline counts twice, above
    by_name = _tfidf(name_docs, words=False)[0] if any(name_docs) else None
    return words, vocabulary, by_name


def similarity_matrix(
    articles: Sequence[Article],
    names: Sequence[Iterable[str]],
    *,
    name_weight: float = NAME_WEIGHT,
    max_days: int = MAX_DAYS,
    rows: Features | None = None,
) -> tuple[Matrix, Any, list[str]]:
    """Pairwise similarity in [0, 1] of the articles, with their word TF-IDF matrix and vocabulary.

    ``names[i]`` are the named entities of ``articles[i]``; ``rows`` are their ``features`` when
    they were fitted on a larger day.
    """
    n = len(articles)
    words, vocabulary, by_name = rows or features(articles, names)
    weight = name_weight if by_name is not None else 0.0
    similarity = (1 - weight) * _cosine(words, n) + (weight * _cosine(by_name, n) if weight else 0.0)
    similarity *= _date_gate(articles, max_days) * _headline_gate(articles)
    np.fill_diagonal(similarity, 1.0)
    return np.clip(similarity, 0.0, 1.0), words, vocabulary


def _labels(similarity: Matrix, threshold: float) -> list[int]:
    """Cluster labels by complete-linkage agglomerative clustering of ``1 - similarity``."""
    from sklearn.cluster import AgglomerativeClustering

    if len(similarity) < 2:
        return [0] * len(similarity)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="complete", distance_threshold=1.0 - threshold
    )
    return [int(label) for label in model.fit_predict(1.0 - similarity)]


def _terms(words: Any, vocabulary: list[str], members: list[int], count: int = 5) -> tuple[str, ...]:
    """The ``count`` heaviest words of the members' TF-IDF centroid."""
    if words is None or not vocabulary:
        return ()
    centroid = np.asarray(words[members].mean(axis=0)).ravel()
    top = np.argsort(-centroid, kind="stable")[:count]
    return tuple(vocabulary[i] for i in top if centroid[i] > 0)


def _cluster(
    articles: Sequence[Article], members: list[int], similarity: Matrix, terms: tuple[str, ...]
) -> Cluster:
    """One ``Cluster`` of ``articles[members]``: oldest first (undated last), lead = most central."""
    block = similarity[np.ix_(members, members)]
    lead = members[int(np.argmax(block.sum(axis=1)))]
    order = sorted(members, key=lambda i: (_published(articles[i]) or date.max, i))
    return Cluster(
        articles=tuple(articles[i] for i in order),
        lead=articles[lead],
        cohesion=float(block.min()),
        terms=terms,
    )


def cluster_articles(
    articles: Sequence[Article],
    *,
    names: Mapping[str, Iterable[str]] | NamesOf | None = None,
    threshold: float = THRESHOLD,
    name_weight: float = NAME_WEIGHT,
    max_days: int = MAX_DAYS,
) -> list[Cluster]:
    """Group the day's articles into one ``Cluster`` per event, largest cluster first.

    Args:
        articles: the day's articles (already de-duplicated); their ``published`` dates are used
            when they parse as ISO 8601.
        names: the named entities of each article: a mapping from ``Article.id`` to names (for
            example every ``CandidateActor.names()`` of its ``Extraction``; a missing id counts as
            no names), or a function from the articles to their names; ``None`` runs ``spacy_names``.
        threshold: the least similarity of any two articles in one cluster.
        name_weight: the share of the named-entity similarity (0 = words only).
        max_days: articles published more than this many days apart never share a cluster.

    Returns:
        Every article in exactly one cluster; clusters ordered by size, then by the oldest date,
        then by first appearance in ``articles``.
    """
    if not articles:
        return []
    if names is None:
        found: Sequence[Iterable[str]] = spacy_names(articles)
    elif callable(names):
        found = names(articles)
    else:
        found = [list(names.get(a.id, ())) for a in articles]
    everything = features(articles, found)
    clusters = []
    for block in _blocks(articles, everything, threshold, name_weight, max_days):
        part = [articles[i] for i in block]
        words, vocabulary, by_name = everything
        rows = (
            words[block] if words is not None else None,
            vocabulary,
            by_name[block] if by_name is not None else None,
        )
        similarity, words, vocabulary = similarity_matrix(
            part, [found[i] for i in block], name_weight=name_weight, max_days=max_days, rows=rows
        )
        groups: dict[int, list[int]] = {}
        for index, label in enumerate(_labels(similarity, threshold)):
            groups.setdefault(label, []).append(index)
        clusters += [  # groups are in order of their first article, and sorted() is stable
            _cluster(part, members, similarity, _terms(words, vocabulary, members))
            for members in groups.values()
        ]
    return sorted(clusters, key=lambda c: (-len(c.articles), _published(c.articles[0]) or date.max))


def _blocks(
    articles: Sequence[Article], everything: Features, threshold: float, weight: float, days: int
) -> list[list[int]]:
    """The day in blocks that cluster apart (see ``brief.daily.blocks``); one block up to ``LIMIT``."""
    if len(articles) <= LIMIT:
        return [list(range(len(articles)))]
    words, _, names = everything
    weight = weight if names is not None else 0.0
    return blocks(words, names, _ordinals(articles), threshold=threshold, name_weight=weight, max_days=days)
