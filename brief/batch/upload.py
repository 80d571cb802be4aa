"""``brief daily --batch``: write the day's batch into the cache, upload it and start it, crash-safely.

:func:`submit_day` writes the input file as ``--batch-file`` does, as
``<cache>/batches/<date>.<n>.input.jsonl``, then records the upload in the day's state
(:class:`~brief.batch.state.RemoteBatch`) and walks it through ``files.create`` and
``batches.create``, saving the state before and after each call. A re-run after a crash carries the
same upload on: it looks for the file (by its unique name) or the batch (by its input file) that an
unrecorded call may have made before making one, so nothing is sent twice. While the day's latest
batch is not collected, a re-run only reports it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.batch.remote import BatchAPI, note
from brief.batch.state import BatchState, RemoteBatch, state_path, write_state
from brief.batch.write import BatchWritten, write_batch
from brief.config import Settings
from brief.daily.day import check_date
from brief.read.articles import Article

__all__ = ["Submitted", "refresh", "send_batch", "submit_day"]


@dataclass(frozen=True)
class Submitted:
    """What ``submit_day`` did: the batch (``None``: nothing left to send) and what was written."""

    batch: RemoteBatch | None
    state_path: Path
    written: BatchWritten | None  # None: an earlier upload of the day was carried on instead

    @property
    def resumed(self) -> bool:
        """An upload made before (maybe interrupted) was carried on; nothing new was written."""
        return self.written is None


def submit_day(
    articles: Sequence[Article], *, date: str, settings: Settings, api: BatchAPI, force: bool = False
) -> Submitted:
    """Send the requests the day's articles still need to the Batch API, or carry on the day's last upload.

    Args:
        articles: the day's inbox.
        date: the day.
        settings: as for ``write_batch``; the cache folder holds the input file and the state.
        api: the Batch API client.
        force: write requests even for articles already briefed.

    Raises:
        ConfigError: as ``write_batch``, or the state is unreadable.
        DeliveryError: the input file cannot be written.
        BackendError: an upload or batch creation failed (the state keeps how far it got).
    """
    where = state_path(settings, date)
    previous = BatchState.load(where, date) if where.is_file() else None
    if previous is not None and previous.remote and previous.remote[-1].step != "downloaded":
        return Submitted(advance(previous, previous.remote[-1], where, api), where, None)
    return send_batch(articles, date=date, settings=settings, api=api, previous=previous, force=force)


def send_batch(
    articles: Sequence[Article],
    *,
    date: str,
    settings: Settings,
    api: BatchAPI,
    previous: BatchState | None,
    force: bool = False,
    only: Collection[str] | None = None,
    reason: str = "the day",
) -> Submitted:
    """Write the requests still needed (for ``only`` these articles) and upload them as a new batch."""
    number = len(previous.remote) if previous else 0
    path = settings.resolved_cache_dir / "batches" / f"{date}.{number}.input.jsonl"
    written = write_batch(
        articles, path, date=date, settings=settings, force=force, only=only, previous=previous
    )
    if not written.requests:
        return Submitted(None, written.state_path, written)
    state = BatchState.load(written.state_path, date)
    name = f"brief-{date}-{number}-{_digest(path)}.jsonl"
    entry = RemoteBatch(str(path), name, written.requests, reason)
    state.remote.append(entry)
    write_state(state, written.state_path)
    return Submitted(advance(state, entry, written.state_path, api), written.state_path, written)


def advance(state: BatchState, entry: RemoteBatch, where: Path, api: BatchAPI) -> RemoteBatch:
    """Carry an upload on from its last saved step to a created batch, saving the state around each call."""

    def step(name: str) -> None:
        entry.step = name
        write_state(state, where)

    if entry.file_id is None:
        if entry.step == "uploading":  # the last run may have stopped after the upload
            entry.file_id = api.find_upload(entry.upload_name)
        if entry.file_id is None:
            step("uploading")
            entry.file_id = api.upload(Path(entry.input_file), entry.upload_name)
        step("uploaded")
    if entry.batch_id is None:
        found = api.find_batch(entry.file_id) if entry.step == "creating" else None
        if found is None:
            step("creating")
            metadata = {"brief_date": state.date, "brief_upload": entry.upload_name}
            found = api.create(entry.file_id, metadata)
        note(entry, found)
        step("submitted")
    return entry


def refresh(date: str, *, settings: Settings, api: BatchAPI) -> BatchState:
    """The day's state with each unfinished batch looked up again (and saved).

    Raises:
        InputError: ``date`` is not a date.
        ConfigError: no state for ``date``, or it is unreadable.
        BackendError: a lookup failed.
    """
    where = state_path(settings, check_date(date))
    state = BatchState.load(where, date)
    changed = False
    for entry in state.remote:
        if entry.batch_id is not None and not entry.finished:
            note(entry, api.retrieve(entry.batch_id))
            changed = True
    if changed:
        write_state(state, where)
    return state


def _digest(path: Path) -> str:
    """A short content hash, so the upload's name is unique to this file."""
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:12]
