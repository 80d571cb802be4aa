"""A batch day's second stage for its stories: each multi-source story's summary request.

A story's summary request (:class:`~brief.daily.cluster_summary.ClusterSummariser`) is made of its
outlets' briefs and texts, and which articles make a story depends on their briefs, so it can only be
written once they are briefed: collect writes the day with the lead articles' summaries meanwhile. When
a batch is written with no article left before its first stage (every article of this batch is briefed,
answered from the cache, or waits only on a reduce or re-ask), :func:`capture_stories` plans the
stories from those briefs exactly as collect's day will (:func:`~brief.daily.stories.story_sources`:
the same briefs in the same order) and writes each story request that the response cache does not
answer, as ``<story file stem>:0``. A story that an article still waiting on its reduce joins later is
a new request; the next batch written after that collect has it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import suppress
from pathlib import Path

from brief.batch.capture import Capture, Pending
from brief.batch.state import BatchArticle
from brief.config import Settings
from brief.daily.cluster_summary import ClusterSummariser
from brief.daily.store import Stored
from brief.daily.stories import story_sources
from brief.prompts import PromptLibrary

__all__ = ["capture_stories", "first_stage_left"]


def first_stage_left(articles: Sequence[BatchArticle]) -> bool:
    """True when an article's first request (a chunk, not a reduce or re-ask) is in this batch."""
    return any(
        c.rpartition(":")[2].isdigit() for a in articles if a.status == "written" for c in a.custom_ids
    )


def capture_stories(
    capture: Capture,
    articles: Sequence[BatchArticle],
    briefs: Mapping[str, Stored],
    settings: Settings,
    prompts: PromptLibrary,
) -> int:
    """Write the summary requests of the day's multi-source stories that the cache does not answer.

    Args:
        capture: the batch file's backend.
        articles: the day's articles, in inbox order (as the state keeps them).
        briefs: the brief of each article that has one (kept, or made from cached replies), by id.
        settings: as for the batch (request settings, templates).
        prompts: the templates.

    Returns:
        How many story requests were written.

    Raises:
        ConfigError: a template is missing or broken, or the context window is too small.
    """
    ours = [briefs[a.article.id] for a in articles if a.article.id in briefs]
    known = {a.article.id: a.article for a in articles if a.article.id in briefs}
    stories = story_sources(ours, known)
    if not stories:
        return 0
    summariser = ClusterSummariser(capture, settings, prompts)
    before = len(capture.requests)
    for file, sources in stories.items():
        capture.start(Path(file).stem)
        with suppress(Pending):  # written: its reply comes with the batch
            summariser.send(summariser.messages(sources), capture)
    return len(capture.requests) - before
