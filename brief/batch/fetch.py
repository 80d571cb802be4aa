"""``brief batch collect DATE`` for a day sent with ``brief daily --batch``: download, brief, follow up.

:func:`fetch_day` looks the day's batches up and, once none is running, downloads each finished
batch's output and error files into the cache (once); it raises :class:`~brief.errors.NotReadyError`
while one is running, before anything is written. :func:`collect_uploaded` then briefs the day from
every downloaded file (:func:`~brief.batch.collect.collect_day`: a later batch's line replaces an
earlier one's) and sends what is left as one follow-up batch: the second stage (reduce or re-ask, and
the multi-source stories' summaries, which are made of the briefs this collect writes) always, failed
or expired lines when asked (``retry="batch"``). A later collect finishes those and rewrites the
stories with the model's summaries. Collecting again downloads and sends nothing new and rewrites the
same day.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from brief.backends.base import Backend
from brief.batch.answers import SECOND_BATCH
from brief.batch.collect import collect_batch
from brief.batch.remote import BatchAPI
from brief.batch.state import BatchState, RemoteBatch, state_path, write_state
from brief.batch.upload import refresh, send_batch
from brief.config import Settings
from brief.daily.day import OnEvent
from brief.daily.result import DayResult
from brief.errors import ConfigError, NotReadyError

__all__ = ["RETRIES", "Collected", "Fetched", "collect_uploaded", "fetch_day"]

RETRIES = ("interactive", "batch")


@dataclass(frozen=True)
class Fetched:
    """The day's downloaded result files, oldest batch first, and what went wrong with whole batches."""

    files: tuple[Path, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Collected:
    """The day as written, and the follow-up batch sent for what it still needs (if any)."""

    result: DayResult
    followup: RemoteBatch | None
    waiting: frozenset[str] = frozenset()  # ids of the articles the follow-up batch is for
    notes: tuple[str, ...] = ()  # batches that expired, failed or were cancelled
    stories: int = 0  # the follow-up's requests for the summaries of multi-source stories


def fetch_day(date: str, *, settings: Settings, api: BatchAPI) -> Fetched:
    """Download the results of the day's finished batches (each once).

    Raises:
        InputError: ``date`` is not a date.
        ConfigError: no state for ``date``, the day was written with ``--batch-file``, or a batch was
            never created.
        NotReadyError: a batch is still running (nothing is written).
        BackendError: a lookup or download failed.
    """
    state = refresh(date, settings=settings, api=api)
    if not state.remote and state.requests:
        raise ConfigError(
            f"the batch for {date} was written to {state.batch_file}, not uploaded: collect it with "
            "--output-file OUT.jsonl"
        )
    for entry in state.remote:
        if entry.batch_id is None:
            raise ConfigError(
                f"the batch for {date} was not submitted (it stopped at {entry.step}): run "
                f"`brief daily --date {date} --batch` again to finish, then collect"
            )
        if not entry.finished:
            raise NotReadyError(
                f"batch {entry.batch_id} for {date} is {entry.status} ({entry.progress()}): nothing written; "
                "collect again later (`brief batch status` shows progress)"
            )
    where, notes = state_path(settings, date), []
    for number, entry in enumerate(state.remote):
        if entry.step != "downloaded":
            _download(state, number, entry, where, api)
            if entry.status != "completed":
                notes.append(_problem(entry))
    files = tuple(Path(p) for entry in state.remote for p in entry.downloads)
    return Fetched(files, tuple(notes))


def collect_uploaded(
    date: str,
    fetched: Fetched,
    *,
    settings: Settings,
    api: BatchAPI,
    retry: str | None = None,
    on_event: OnEvent | None = None,
    retry_backend: Backend | None = None,
) -> Collected:
    """Brief the day from the fetched files and send what it still needs as a follow-up batch.

    Args:
        date: the day sent with ``brief daily --batch``.
        fetched: from :func:`fetch_day`.
        settings: output and cache folders, prompts, endpoint.
        api: the Batch API client (for the follow-up batch).
        retry: ``"interactive"`` sends failed, missing and second-stage requests to the endpoint now;
            ``"batch"`` sends failed and missing ones in the follow-up batch; ``None`` leaves them out of
            the digest with their reason.
        on_event: progress events.
        retry_backend: the backend for ``retry="interactive"`` (default: from the settings).

    Raises:
        ConfigError: ``retry`` is unknown, or as :func:`~brief.batch.collect.collect_day`.
        DeliveryError: the briefs or the digest cannot be written.
        BackendError: the follow-up batch could not be sent (a re-run carries it on).
    """
    if retry not in (None, *RETRIES):
        raise ConfigError(f"unknown retry {retry!r}: use one of {', '.join(RETRIES)}")
    day = collect_batch(
        date,
        fetched.files,
        settings=settings,
        on_event=on_event,
        retry_interactive=retry == "interactive",
        retry_backend=retry_backend,
        uploaded=True,
    )
    result = day.result
    failed = {o.article.id: o.error or "" for o in result.with_status("failed")}
    second = {i for i, error in failed.items() if SECOND_BATCH in error}
    wanted = set(failed) if retry == "batch" else second
    stories = bool(day.stories_waiting or (retry == "batch" and day.stories_failed))
    if not wanted and not stories:
        return Collected(result, None, notes=fetched.notes)
    state = BatchState.load(state_path(settings, date), date)
    if (second or stories) and not settings.use_cache:
        raise ConfigError(
            "a second batch needs the first one's replies from the response cache: collect with the cache on"
        )
    reason = "a retry of failed lines" if wanted - second else "a second stage"
    sent = send_batch(
        [a.article for a in state.articles],
        date=date,
        settings=state.apply(settings),
        api=api,
        previous=state,
        only=wanted,
        reason=reason,
    )
    if sent.batch is None:
        return Collected(result, None, notes=fetched.notes)
    told = sent.written.stories if sent.written else 0
    return Collected(result, sent.batch, frozenset(wanted), fetched.notes, told)


def _download(state: BatchState, number: int, entry: RemoteBatch, where: Path, api: BatchAPI) -> None:
    folder = where.parent
    entry.downloads = []
    for kind, file_id in (("output", entry.output_file_id), ("errors", entry.error_file_id)):
        if file_id:
            path = folder / f"{state.date}.{number}.{kind}.jsonl"
            api.download(file_id, path)
            entry.downloads.append(str(path))
    entry.step = "downloaded"
    write_state(state, where)


def _problem(entry: RemoteBatch) -> str:
    why = f": {entry.problem}" if entry.problem else ""
    return (
        f"batch {entry.batch_id} ({entry.reason}) {entry.status} with {entry.progress()}{why}; "
        "its unanswered requests are retried with --retry-batch or --retry-interactive"
    )
