"""Collect a day written as a batch file: brief it from the batch output file as an interactive run would.

``collect_day(date, output_file, settings=...)`` loads the day's batch state, answers every request
from the output file (:class:`~brief.batch.answers.BatchAnswers`, behind the response cache, which
also answers the articles that were cached when the batch was written and keeps the batch's replies
for a second batch), and runs the normal day over the batch's articles: the same structured-reply
handling, verification, rendering, storage and digest as ``brief daily``. Given the same replies the
files are the same as an interactive run's. Collecting again keeps the briefs already written and
rewrites the same digest. An article whose request failed or needs a second batch is left out of the
digest with its reason, or, with ``retry_interactive``, that request is sent to the endpoint. A
multi-source story whose summary request needs a second batch (it is made of the briefs this collect
writes) keeps its lead article's summary meanwhile, and one note says how many wait;
:func:`collect_batch` also counts them, for the follow-up batch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, Unpack

from brief.backends.base import Backend
from brief.backends.cache import CachingBackend
from brief.backends.openai_backend import OpenAIBackend
from brief.batch.answers import SECOND_BATCH, BatchAnswers
from brief.batch.state import BatchState, offline_openai, state_path
from brief.config import Settings
from brief.daily.day import OnEvent, _Day, check_date
from brief.daily.inbox import Inbox
from brief.daily.result import DayResult
from brief.errors import ConfigError
from brief.pipeline.briefer import Briefer
from brief.prompts import PromptLibrary

__all__ = ["CollectOptions", "CollectedDay", "collect_batch", "collect_day"]


@dataclass(frozen=True)
class CollectedDay:
    """The day as written, and its multi-source stories' summary requests the batch did not answer."""

    result: DayResult
    stories_waiting: int = 0  # not in the batch: they need a second batch
    stories_failed: int = 0  # their line failed or is missing


class CollectOptions(TypedDict, total=False):
    """The optional arguments of :func:`collect_batch`."""

    on_event: OnEvent | None
    retry_interactive: bool
    retry_backend: Backend | None
    uploaded: bool


def collect_day(
    date: str, output_file: Path | Sequence[Path], *, settings: Settings, **options: Unpack[CollectOptions]
) -> DayResult:
    """Brief the day's batch articles from ``output_file`` and write them and the digest.

    Args, Raises: as for :func:`collect_batch`.
    """
    return collect_batch(date, output_file, settings=settings, **options).result


def collect_batch(
    date: str,
    output_file: Path | Sequence[Path],
    *,
    settings: Settings,
    on_event: OnEvent | None = None,
    retry_interactive: bool = False,
    retry_backend: Backend | None = None,
    uploaded: bool = False,
) -> CollectedDay:
    """Brief the day's batch articles from ``output_file``, write them and the digest, and count the
    stories' summaries left for another batch.

    Args:
        date: the day written with ``brief daily --batch-file``.
        output_file: the batch output file (OpenAI Batch API or vLLM ``run_batch``), or several: a
            batch's output and error files, then those of the batches that followed it.
        settings: output and cache folders, prompts, concurrency; the request settings come from the batch.
        on_event: progress events, as for :func:`~brief.daily.day.run_day`.
        retry_interactive: send the requests the batch cannot answer (failed or missing lines, a second
            round) to the endpoint; the day's notes list them.
        retry_backend: the backend for those (default: the OpenAI backend the settings configure).
        uploaded: the batch went through ``brief daily --batch`` (the errors name collect's options).

    Raises:
        InputError: ``date`` is not a date.
        ConfigError: no batch state for ``date``, the templates changed, or the output file is unreadable.
        DeliveryError: the briefs or the digest cannot be written.
    """
    check_date(date)
    state = BatchState.load(state_path(settings, date), date)
    if PromptLibrary(settings.prompts_dir).fingerprint() != state.prompt_hash:
        raise ConfigError(
            f"the prompt templates changed since the batch for {date} was written: collect with the "
            "same --prompts-dir, or write the batch again"
        )
    # The batch is already paid for, at the batch price.
    run = state.apply(settings).replace(max_cost=None, batch_prices=True)
    fallback = None
    if retry_interactive:
        fallback = retry_backend or OpenAIBackend.from_settings(run)
    answers = BatchAnswers(
        output_file, state.requests, offline_openai(run), run, fallback=fallback, uploaded=uploaded
    )
    backend: Backend = CachingBackend.from_settings(answers, run) if run.use_cache else answers
    articles = tuple(a.article for a in state.articles)
    try:
        with Briefer(run, backend, open_model=False) as briefer:
            day = _Day(run, briefer, date, False, on_event or (lambda event: None))
            outcomes = day.run(articles)
            result = day.finish(outcomes, Inbox(articles))
    finally:
        if isinstance(backend, CachingBackend):
            backend.close()
    waiting = answers.stories.count(None)
    notes = [n for n in result.notes if SECOND_BATCH not in n]  # one note for those, not one a story
    if waiting:
        notes.append(_waiting(waiting, date, uploaded))
    result = dataclasses.replace(result, notes=(*notes, *answers.retried))
    return CollectedDay(result, waiting, len(answers.stories) - waiting)


def _waiting(count: int, date: str, uploaded: bool) -> str:
    one = count == 1
    what = f"{count} story summar{'y' if one else 'ies'} over the sources"
    meanwhile = f"{'its story has' if one else 'each story has'} its lead article's summary meanwhile"
    if uploaded:
        return f"{what} {'waits' if one else 'wait'} for a second batch ({meanwhile})"
    return (
        f"{what} {'needs' if one else 'need'} a second batch: run `brief daily INBOX --date {date} "
        f"--batch-file NEXT.jsonl` again, then collect its output ({meanwhile})"
    )
