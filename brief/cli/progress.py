"""Progress display: a rich bar on a terminal, plain lines otherwise, nothing when quiet."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from brief.pipeline.job import Progress as ProgressCallback


@contextmanager
def progress(label: str, *, quiet: bool) -> Iterator[ProgressCallback]:
    """Yield a ``(stage, done, total)`` callback that shows progress on stderr."""
    if quiet:
        yield lambda stage, done, total: None
        return
    if not sys.stderr.isatty():

        def plain(stage: str, done: int, total: int) -> None:
            if done == total:
                print(f"{label}: {stage} {done}/{total}", file=sys.stderr, flush=True)

        yield plain
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(f"{label} {stage}", total=max(total, 1))
            bar.update(tasks[stage], completed=done, total=max(total, 1))

        yield update
