"""Progress for ``brief daily``: a rich bar per article in flight on a terminal, else a line per article."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from brief.daily.day import DayEvent, OnEvent
from brief.daily.result import ArticleOutcome, money

__all__ = ["article_line", "day_progress"]


def article_line(event: DayEvent, model: str | None) -> str:
    """``[3/12] briefed Title · 2 calls (1 cached) · tokens 1,234 in / 321 out · cost $0.0012``."""
    outcome = event.outcome
    assert outcome is not None
    head = f"[{event.index}/{event.total}] {outcome.status} {event.title[:70]}"
    if outcome.status == "kept":
        return f"{head} (already done)"
    if outcome.status in ("failed", "over budget", "not started"):
        return f"{head}: {outcome.error}"
    return f"{head}{_counts(outcome, model)}"


def _counts(outcome: ArticleOutcome, model: str | None) -> str:
    if model is None:
        return ""
    calls = f"{outcome.calls} call{'' if outcome.calls == 1 else 's'} ({outcome.cached} cached)"
    tokens = f"tokens {outcome.prompt_tokens:,} in / {outcome.completion_tokens:,} out"
    return f" · {calls} · {tokens} · {money(outcome.cost_usd, model, hint=False)}"


@contextmanager
def day_progress(*, quiet: bool, model: str | None) -> Iterator[OnEvent]:
    """Yield the ``on_event`` callback for ``run_day``: bars on a TTY, plain lines otherwise, or nothing."""
    if quiet:
        yield lambda event: None
        return
    if not sys.stderr.isatty():
        lock = threading.Lock()

        def plain(event: DayEvent) -> None:
            if event.kind == "done" and _worth_a_line(event):
                with lock:
                    print(article_line(event, model), file=sys.stderr, flush=True)

        yield plain
        return
    with _Bars(model) as bars:
        yield bars.update


class _Bars:
    """An overall bar plus one transient bar per article in flight (map and reduce stages)."""

    def __init__(self, model: str | None) -> None:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        self.bar = Progress(*columns, console=Console(stderr=True), transient=True)
        self.model = model
        self.overall: TaskID | None = None
        self.tasks: dict[int, TaskID] = {}
        self.lock = threading.Lock()

    def __enter__(self) -> _Bars:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)

    def update(self, event: DayEvent) -> None:
        """Show one event (called from worker threads too)."""
        with self.lock:
            if self.overall is None:
                self.overall = self.bar.add_task("articles", total=event.total)
            if event.kind == "start":
                self.tasks[event.index] = self.bar.add_task(f"  {event.title[:40]}", total=1)
            elif event.kind == "progress" and event.index in self.tasks:
                label = f"  {event.title[:40]} · {event.stage}"
                self.bar.update(
                    self.tasks[event.index], description=label, completed=event.done, total=max(event.of, 1)
                )
            elif event.kind == "done":
                task = self.tasks.pop(event.index, None)
                if task is not None:
                    self.bar.remove_task(task)
                self.bar.advance(self.overall)
                if _worth_a_line(event):
                    self.bar.console.print(article_line(event, self.model), markup=False, highlight=False)


def _worth_a_line(event: DayEvent) -> bool:
    """Articles kept from an earlier run are only counted, so a re-run stays quiet."""
    return event.outcome is not None and event.outcome.status != "kept"
