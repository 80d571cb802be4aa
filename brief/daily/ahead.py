"""The day's articles parsed ahead of the model, in extraction worker processes, a bounded number ahead.

``begin(index)`` is called (main thread, in queue order) as each article starts; it keeps up to
``lookahead`` more extractions submitted beyond the started ones, so parsing overlaps the waiting
without parsing the whole inbox up front (memory, and wasted work when the budget stops the day).
``take(index, text)`` (an article's thread) waits for its extraction.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future

from brief.extract import Extraction, ExtractionPool

__all__ = ["ParseAhead"]


class ParseAhead:
    """Extractions of queued articles, running in ``pool``.

    Args:
        pool: the extraction worker processes.
        texts: article index -> text, in the order the articles will start.
        lookahead: extractions to keep submitted beyond the articles started.
    """

    def __init__(self, pool: ExtractionPool, texts: Mapping[int, str], lookahead: int) -> None:
        self.pool, self.lookahead = pool, max(1, lookahead)
        self.upcoming = deque(texts.items())
        self.futures: dict[int, Future[Extraction]] = {}  # submitted and not taken yet
        self.begun = self.submitted = 0
        self._top_up()

    def begin(self, index: int) -> None:
        """Article ``index`` starts (its extraction is already submitted): submit the next ones."""
        self.begun += 1
        self._top_up()

    def take(self, index: int, text: str) -> Extraction | None:
        """The extraction of article ``index`` (made here if its worker failed); None if never submitted.

        It is forgotten once taken, so a day of tens of thousands of articles holds only those in flight.
        """
        future = self.futures.pop(index, None)
        return None if future is None else self.pool.result(future, text)

    def cancel(self) -> None:
        """Drop every extraction not started yet (the day stopped early)."""
        self.upcoming.clear()
        for future in self.futures.values():
            future.cancel()

    def _top_up(self) -> None:
        while self.upcoming and self.submitted < self.begun + self.lookahead:
            index, text = self.upcoming.popleft()
            self.futures[index] = self.pool.submit(text)
            self.submitted += 1
