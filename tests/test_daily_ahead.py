"""ParseAhead keeps a bounded number of extractions in flight ahead of the articles started."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from brief.daily.ahead import ParseAhead


class RecordingPool:
    """Stands in for ExtractionPool: remembers what was submitted, answers with the text's length."""

    def __init__(self) -> None:
        self.submitted: list[str] = []
        self.futures: list[Future[Any]] = []

    def submit(self, text: str) -> Future[Any]:
        self.submitted.append(text)
        future: Future[Any] = Future()
        self.futures.append(future)
        return future

    def result(self, future: Future[Any], text: str) -> Any:
        return future.result()


def test_only_lookahead_extractions_run_ahead_of_the_started_articles() -> None:
    pool = RecordingPool()
    texts = {index: f"article {index}" for index in (0, 2, 3, 5, 8, 9)}
    ahead = ParseAhead(pool, texts, lookahead=2)  # type: ignore[arg-type]
    assert pool.submitted == ["article 0", "article 2"]
    ahead.begin(0)
    assert pool.submitted == ["article 0", "article 2", "article 3"]
    ahead.begin(2)
    ahead.begin(3)
    assert pool.submitted[-2:] == ["article 5", "article 8"] and len(pool.submitted) == 5
    pool.futures[0].set_result(len("article 0"))
    assert ahead.take(0, "article 0") == 9
    assert ahead.take(7, "never queued") is None


def test_cancel_drops_what_has_not_started() -> None:
    pool = RecordingPool()
    ahead = ParseAhead(pool, {i: str(i) for i in range(10)}, lookahead=3)  # type: ignore[arg-type]
    pool.futures[0].set_running_or_notify_cancel()  # a worker took the first one
    ahead.cancel()
    ahead.begin(0)
    assert len(pool.submitted) == 3  # nothing more after the day stopped
    assert not pool.futures[0].cancelled() and all(f.cancelled() for f in pool.futures[1:])
