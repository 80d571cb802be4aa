"""Story clustering (``brief.daily.cluster``) against the multi-outlet fixture, and its edge cases.

The fixture (``tests/fixtures/clusters``, provenance in its SOURCES.md) holds real articles about
several events, three or more outlets each, plus distractors: different events with the same actors.
Thresholds were chosen on the events whose part is "tune"; the "check" part is only reported.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from brief.daily import cluster
from brief.daily.blocks import blocks
from brief.daily.cluster import cluster_articles
from brief.evaluate.clusters import PairScores, pairwise_scores
from brief.read.articles import Article, article_from_text

FIXTURE = Path(__file__).parent / "fixtures" / "clusters"


@cache
def _meta() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((FIXTURE / "clusters.json").read_text(encoding="utf-8"))
    return meta


def _load(part: str, *, dated: bool = True) -> tuple[list[Article], dict[str, str]]:
    """The articles of one part of the fixture and their gold events (by article id)."""
    meta = _meta()
    articles, gold = [], {}
    for name, about in meta["articles"].items():
        if meta["events"][about["event"]]["part"] != part:
            continue
        text = (FIXTURE / name).read_text(encoding="utf-8")
        published = about["published"] if dated else None
        article = article_from_text(text, source=name, url=about["url"], published=published)
        articles.append(article)
        gold[article.id] = about["event"]
    return articles, gold


def _score(part: str, *, dated: bool = True) -> PairScores:
    articles, gold = _load(part, dated=dated)
    scores = pairwise_scores([c.ids for c in cluster_articles(articles)], gold)
    print(f"{part} ({'with' if dated else 'without'} dates, {len(articles)} articles): {scores.line()}")
    return scores


def test_fixture_is_complete() -> None:
    meta = _meta()
    files = {p.name for p in FIXTURE.glob("*.txt")}
    assert files == set(meta["articles"])
    events = {e for e, about in meta["events"].items() if not about["distractor_of"]}
    outlets: dict[str, set[str]] = {e: set() for e in meta["events"]}
    for name, about in meta["articles"].items():
        outlets[about["event"]].add(about["outlet"])
        lines = (FIXTURE / name).read_text(encoding="utf-8").split("\n")
        assert lines[0].strip() and lines[1] == "" and lines[2].strip(), name  # title, blank, text
        assert about["url"].startswith("http") and len(about["published"]) == 10
    assert len(files) >= 32 and len(events) >= 8
    assert all(len(outlets[e]) >= 3 for e in events)
    assert 2 <= len(meta["events"]) - len(events) <= 4
    parts = Counter(meta["events"][e]["part"] for e in events)
    assert parts["check"] >= len(events) // 4


def test_tune_part_clusters_by_event() -> None:
    scores = _score("tune")
    assert scores.f1 >= 0.9
    assert scores.mixed == ()


def test_check_part_is_reported() -> None:
    assert _score("check").f1 >= 0.5  # held out: reported, only a sane floor


def test_without_dates_words_and_names_still_find_the_events() -> None:
    """Without dates the distractors can join their look-alike event; every gold pair is still found."""
    scores = _score("tune", dated=False)
    assert scores.recall >= 0.9 and scores.f1 >= 0.8


def _article(text: str, published: str | None = None, source: str = "a.txt") -> Article:
    return article_from_text(text, source=source, published=published)


STORY = "Council approves harbour bridge\n\nThe city council approved the harbour bridge plan on Monday."


def test_no_articles_no_clusters() -> None:
    assert cluster_articles([], names={}) == []


def test_one_article_is_one_cluster() -> None:
    article = _article(STORY)
    [cluster] = cluster_articles([article], names={})
    assert cluster.articles == (article,) and cluster.lead == article and cluster.cohesion == 1.0


def test_identical_articles_are_one_cluster() -> None:
    first, second = _article(STORY, source="a.txt"), _article(STORY, source="b.txt")
    [cluster] = cluster_articles([first, second], names={})
    assert {a.source for a in cluster.articles} == {"a.txt", "b.txt"}
    assert cluster.cohesion == pytest.approx(1.0)


def test_articles_ten_days_apart_are_not_merged() -> None:
    early, late = _article(STORY, "2024-05-01", "a.txt"), _article(STORY, "2024-05-11T08:00:00", "b.txt")
    clusters = cluster_articles([early, late], names={})
    assert [len(c.articles) for c in clusters] == [1, 1]
    near = _article(STORY, "2024-05-03", "c.txt")
    assert sorted(len(c.articles) for c in cluster_articles([early, near], names={})) == [2]


def test_names_can_come_from_the_caller() -> None:
    """Names given per article id (e.g. the extraction's actors) or by a function are used as given."""
    one = _article("Mayor speaks\n\nThe mayor spoke about the budget today.", source="a.txt")
    two = _article("Budget vote\n\nThe council voted on the budget today.", source="b.txt")
    together = {one.id: ["Ana Ortiz", "Springfield"], two.id: ["Ana Ortiz", "Springfield"]}
    assert len(cluster_articles([one, two], names=together, name_weight=0.9)) == 1
    apart = cluster_articles([one, two], names=lambda arts: [["Ana Ortiz"], ["Lee Chan"]], name_weight=0.9)
    assert len(apart) == 2


def test_clusters_are_ordered_and_undated_articles_allowed() -> None:
    bridge = [
        _article(STORY, None, "a.txt"),
        _article(STORY + " Work starts in June.", "2024-05-02", "b.txt"),
    ]
    other = _article("Library opens\n\nA new library opened in the north district.", "2024-05-02", "c.txt")
    clusters = cluster_articles([other, *bridge], names={})
    assert [len(c.articles) for c in clusters] == [2, 1]
    assert [a.source for a in clusters[0].articles] == ["b.txt", "a.txt"]  # dated first, undated last
    assert "bridge" in clusters[0].terms


def test_pairwise_scores() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    perfect = pairwise_scores([["a", "b"], ["c", "d"]], gold)
    assert (perfect.precision, perfect.recall, perfect.f1, perfect.mixed) == (1.0, 1.0, 1.0, ())
    merged = pairwise_scores([["a", "b", "c", "d"]], gold)
    assert merged.precision == pytest.approx(2 / 6) and merged.recall == 1.0 and len(merged.mixed) == 1
    split = pairwise_scores([["a"], ["b"], ["c"], ["d"]], gold)
    assert split.precision == 1.0 and split.recall == 0.0 and split.f1 == 0.0
    with pytest.raises(ValueError, match="two clusters"):
        pairwise_scores([["a"], ["a", "b"]], gold)


def test_a_large_day_is_clustered_in_blocks_with_the_same_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``LIMIT`` articles the day is cut into the connected components of the pairs that reach the
    threshold (no n x n matrix); complete linkage never joins two components, so nothing changes."""
    articles, _ = _load("tune")
    whole = sorted(sorted(c.ids) for c in cluster_articles(articles))
    calls: list[int] = []

    def small(*args: Any, **kwargs: Any) -> list[list[int]]:
        found = blocks(*args, **{**kwargs, "limit": 4})
        calls.append(len(found))
        return found

    monkeypatch.setattr(cluster, "LIMIT", 4)
    monkeypatch.setattr(cluster, "blocks", small)
    assert sorted(sorted(c.ids) for c in cluster_articles(articles)) == whole
    assert calls and calls[0] > 1  # it did cut the day
