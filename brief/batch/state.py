"""A batch's state on disk: the day, its articles, their ``custom_id`` s, and the settings that shaped them.

``brief daily --batch-file`` writes it to ``<cache_dir>/batches/<date>.json`` (atomically, after the
batch file itself); ``brief batch collect DATE`` reads it in a later process. It keeps the articles'
text, so a collect does not depend on the inbox or the feeds still holding the same articles, and the
settings that change a request (model, context window, sampling, output budget, task), so the
collecting process asks exactly the requests that were written. ``requests`` maps each request's
response-cache key to its ``custom_id``. ``brief daily --batch`` also keeps each upload to the Batch
API (:class:`RemoteBatch`): its file and batch ids, saved around each call so a crash loses nothing.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief.backends.openai_backend import DEFAULT_MODEL, OpenAIBackend, context_window_for
from brief.config import Settings
from brief.deliver.files import write_atomic
from brief.errors import ConfigError, DeliveryError
from brief.prompts import PromptLibrary
from brief.read.articles import Article

__all__ = [
    "STATE_VERSION",
    "BatchArticle",
    "BatchState",
    "RemoteBatch",
    "offline_openai",
    "request_settings",
    "state_path",
    "write_state",
]

STATE_VERSION = 1
# The settings that change what is sent; a collect uses the values the batch was written with.
_REQUEST_FIELDS = (
    "model",
    "context_window",
    "temperature",
    "seed",
    "max_output_tokens",
    "task",
    "summary_lead_tokens",
    "chunk_overlap",
    "max_retries",
)


def state_path(settings: Settings, date: str) -> Path:
    """Where the state of ``date`` 's batch lives."""
    return settings.resolved_cache_dir / "batches" / f"{date}.json"


def request_settings(settings: Settings) -> dict[str, Any]:
    """The request-shaping settings, with the model and its context window resolved as the engine would."""
    model = settings.model or DEFAULT_MODEL
    values = {name: getattr(settings, name) for name in _REQUEST_FIELDS}
    values.update(model=model, context_window=settings.context_window or context_window_for(model))
    return values


class _Offline:
    """Stands in for the ``openai`` client: a batch builds requests and reads replies, it sends nothing."""

    base_url = "batch:"
    api_key = ""


def offline_openai(settings: Settings) -> OpenAIBackend:
    """An OpenAI backend configured as ``brief daily`` would configure it, never connected."""
    values = request_settings(settings)
    return OpenAIBackend(
        _Offline(),  # type: ignore[arg-type]  # only base_url and api_key are read without a request
        model=values["model"],
        context_window=values["context_window"],
        temperature=settings.temperature,
        seed=settings.seed,
        prompts=PromptLibrary(settings.prompts_dir),
    )


@dataclass
class BatchArticle:
    """One article of the day and the ``custom_id`` s of its requests in the batch file (maybe none)."""

    article: Article
    custom_ids: list[str] = field(default_factory=list)
    # "written", "cached" (every reply in the cache), "kept" (already briefed) or "held" (left for later)
    status: str = "written"

    def to_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self.article), "custom_ids": self.custom_ids, "status": self.status}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchArticle:
        ids, status = list(data.pop("custom_ids")), str(data.pop("status"))
        data["notes"] = tuple(data.get("notes", ()))
        return cls(Article(**data), ids, status)


# Batch statuses after which nothing changes (the Batch API's ``validating``, ``in_progress``,
# ``finalizing`` and ``cancelling`` are still under way).
FINISHED = frozenset({"completed", "expired", "failed", "cancelled"})


@dataclass
class RemoteBatch:
    """One upload of the day's requests to the Batch API, and how far it got.

    ``step`` names the call under way or last done (``written``, ``uploading``, ``uploaded``,
    ``creating``, ``submitted``, ``downloaded``); it is saved before each call, so a re-run after a
    crash looks for the file or batch that call may have made instead of making another.
    """

    input_file: str
    upload_name: str  # unique per upload: finds the file again after a crash
    requests: int
    reason: str = "the day"  # or "a second stage", "a retry of failed lines"
    step: str = "written"
    file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None  # at the last look
    counts: dict[str, int] = field(default_factory=dict)  # completed, failed, total
    output_file_id: str | None = None
    error_file_id: str | None = None
    downloads: list[str] = field(default_factory=list)  # local copies of the output and error files
    problem: str | None = None  # why the Batch API failed the whole batch, if it did

    @property
    def finished(self) -> bool:
        """The batch has reached a status that does not change any more."""
        return self.status in FINISHED

    def progress(self) -> str:
        """``"N of M requests done, K failed"`` at the last look."""
        counts = self.counts
        done = f"{counts.get('completed', 0)} of {counts.get('total') or self.requests} requests done"
        return f"{done}, {counts.get('failed', 0)} failed"

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RemoteBatch:
        return cls(**data)


@dataclass
class BatchState:
    """What a later ``brief batch collect`` needs to brief the day from the batch output file."""

    date: str
    batch_file: str
    prompt_hash: str
    settings: dict[str, Any]
    articles: list[BatchArticle] = field(default_factory=list)
    requests: dict[str, str] = field(default_factory=dict)  # response-cache key -> custom_id
    remote: list[RemoteBatch] = field(default_factory=list)  # uploads to the Batch API, oldest first

    def save(self, path: Path) -> None:
        """Write the state atomically.

        Raises:
            DeliveryError: the file cannot be written.
        """
        data = {
            "version": STATE_VERSION,
            "date": self.date,
            "batch_file": self.batch_file,
            "prompt_hash": self.prompt_hash,
            "settings": self.settings,
            "articles": [a.to_json() for a in self.articles],
            "requests": self.requests,
            "remote": [r.to_json() for r in self.remote],
        }
        write_atomic(path, json.dumps(data, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, path: Path, date: str) -> BatchState:
        """The state of ``date`` 's batch.

        Raises:
            ConfigError: there is none, or the file is not a batch state.
        """
        if not path.is_file():
            raise ConfigError(
                f"no batch for {date} in {path.parent}: make one with `brief daily INBOX --date {date} "
                "--batch` (or --batch-file PATH), with the same --cache-dir"
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION or data["date"] != date:
                raise ValueError(f"version {data.get('version')} for {data.get('date')}")
            return cls(
                date=date,
                batch_file=str(data["batch_file"]),
                prompt_hash=str(data["prompt_hash"]),
                settings=dict(data["settings"]),
                articles=[BatchArticle.from_json(a) for a in data["articles"]],
                requests={str(k): str(v) for k, v in data["requests"].items()},
                remote=[RemoteBatch.from_json(r) for r in data.get("remote", [])],
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"batch state {path} is unreadable ({exc!r}): write the batch again with --batch-file"
            ) from exc

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with the request-shaping values this batch was written with."""
        return settings.replace(engine="openai", **self.settings)


def write_state(state: BatchState, path: Path) -> None:
    """``state.save`` with the error naming the cache folder."""
    try:
        state.save(path)
    except DeliveryError as exc:
        raise ConfigError(f"cannot write the batch state {path} ({exc}): check --cache-dir") from exc
