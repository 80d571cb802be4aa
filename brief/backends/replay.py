"""Record real backend traffic as reviewable JSON files, and replay it with no network and no model.

``RecordingBackend(inner, directory)`` writes each request and reply to
``<directory>/<key[:16]>.json`` (pretty JSON, written atomically). ``ReplayBackend(directory)``
answers the same requests from those files.

Key choice: a recording's key is :func:`~brief.backends.request_key.request_key` over messages,
schema and options only; engine and model are *not* hashed but stored in the file. So a folder
recorded from ``engine="local"`` with SmolLM2 replays under engine ``"replay"``, and the replay
backend reports the recorded model and context window (when all files agree) so that chunking and
outputs come out as they did when recording. Only the schema's hash is stored, to keep files short.

Options: the key covers ``max_tokens`` and the options passed with each call (the pipeline's
``"templates"``); each wrapper adds only its own ``options`` and passes the caller's on unchanged.
``from_settings`` adds none on either side, so sampling settings (temperature, seed) never stop a
replay from matching; pass the same ``options`` to RecordingBackend and ReplayBackend if they should.

On an unseen request the error names the closest recording (same ``options["templates"]``, most
similar messages) and what differs: a message (and its template), the schema or an option;
``ReplayBackend.closest`` returns that recording (the snapshot tests use it to carry on past a
changed prompt, so that they can show every changed prompt at once).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from brief.backends.base import Backend, Message, Reply
from brief.backends.replay_explain import Recording, explain, find_closest
from brief.backends.request_key import merge_options, request_key, schema_hash, send
from brief.config import Settings
from brief.deliver.files import write_atomic
from brief.errors import BackendError, ConfigError, DeliveryError

__all__ = ["RecordingBackend", "ReplayBackend"]


def _record_cmd(directory: Path) -> str:
    return f"`brief run --record {directory}`"


class RecordingBackend:
    """Passes requests to ``inner`` and saves each request and reply as a JSON file.

    Args:
        inner: the backend that makes real calls.
        directory: the recordings folder; created if missing.
        options: request options added to every call's key and file (not passed to ``inner``).

    Raises:
        ConfigError: the folder or a recording cannot be written.
        BackendError: from ``complete``, whatever ``inner`` raised.
    """

    accepts_options = True

    def __init__(self, inner: Backend, directory: Path, *, options: Mapping[str, Any] | None = None) -> None:
        self.inner = inner
        self.directory = directory
        self.options = dict(options or {})
        self.engine = inner.engine
        self.model = inner.model
        self.context_window = inner.context_window
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"cannot create record folder {directory} ({exc}): choose another --record"
            ) from exc

    @classmethod
    def from_settings(cls, inner: Backend, settings: Settings) -> RecordingBackend:
        """Record into ``settings.record_dir``."""
        if settings.record_dir is None:
            raise ConfigError("no record folder set: pass --record DIR")
        return cls(inner, settings.record_dir)

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """The inner backend's reply, saved to ``<directory>/<key[:16]>.json`` first."""
        merged = merge_options(self.options, options, max_tokens)
        key = request_key(None, None, messages, schema, merged)
        reply = send(self.inner, messages, schema, max_tokens=max_tokens, options=options)
        recording = {
            "key": key,
            "engine": self.engine,
            "model": self.model,
            "context_window": self.context_window,
            "options": merged,
            "schema_sha256": schema_hash(schema),
            "messages": [dict(m) for m in messages],
            # Reply's own fields only: a CachedReply (recorded from the cache) adds its cache key.
            "reply": {f.name: getattr(reply, f.name) for f in dataclasses.fields(Reply)},
        }
        path = self.directory / f"{key[:16]}.json"
        try:
            write_atomic(path, json.dumps(recording, indent=2, ensure_ascii=False) + "\n")
        except DeliveryError as exc:
            cause = exc.__cause__ or exc
            raise ConfigError(f"cannot write recording {path} ({cause}): check the record folder") from exc
        return reply


def _load(directory: Path) -> dict[str, Recording]:
    """Every recording in ``directory`` by key."""
    if not directory.is_dir():
        raise ConfigError(f"replay folder {directory} not found: record one with {_record_cmd(directory)}")
    recordings: dict[str, Recording] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            recordings[_checked(data)] = data
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"replay file {path} is not a recording ({exc!r}): delete it or record again"
            ) from exc
    if not recordings:
        raise ConfigError(
            f"replay folder {directory} has no recordings: record with {_record_cmd(directory)}"
        )
    return recordings


def _checked(data: Any) -> str:
    """The key of a loaded recording, after checking the fields replay needs."""
    if not (isinstance(data["reply"]["text"], str) and isinstance(data["messages"], list)):
        raise TypeError("reply.text must be a string and messages a list")
    if not isinstance(data["options"], dict):
        raise TypeError("options must be an object")
    return str(data["key"])


def _agreed(recordings: Mapping[str, Recording], field: str) -> Any:
    """The value of ``field`` if every recording has the same one, else ``None``."""
    values = {json.dumps(r.get(field)) for r in recordings.values()}
    return json.loads(values.pop()) if len(values) == 1 else None


class ReplayBackend:
    """Serves recorded replies by request key; never touches the network or a model.

    Args:
        directory: a folder written by RecordingBackend (``brief run --record DIR``).
        model: the model to report; default: the recorded one when all files agree, else "replay".
        context_window: as ``model``; default the recorded one, else 8192.
        options: request options added to every call; must match those used when recording.

    Raises:
        ConfigError: the folder is missing, empty or holds a file that is not a recording.
        BackendError: from ``complete``, for a request that was not recorded (not retryable).
    """

    engine = "replay"
    accepts_options = True

    def __init__(
        self,
        directory: Path,
        *,
        model: str | None = None,
        context_window: int | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.directory = directory
        self.recordings = _load(directory)
        self.model: str = model or str(_agreed(self.recordings, "model") or "replay")
        self.context_window: int = context_window or int(_agreed(self.recordings, "context_window") or 8192)
        self.options = dict(options or {})

    @classmethod
    def from_settings(cls, settings: Settings) -> ReplayBackend:
        """Replay ``settings.replay_dir``."""
        if settings.replay_dir is None:
            raise ConfigError("engine replay needs a recording folder: pass --replay DIR")
        return cls(settings.replay_dir)

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        """The recorded reply for this request."""
        request = self._request(messages, schema, max_tokens, options)
        recording = self.recordings.get(request_key(None, None, messages, schema, request["options"]))
        if recording is None:
            reason = explain(request, find_closest(request, self.recordings.values()))
            raise BackendError(
                f"no recording for this request ({reason}): re-record with {_record_cmd(self.directory)}"
            )
        reply = recording["reply"]
        return Reply(
            text=reply["text"],
            prompt_tokens=int(reply.get("prompt_tokens", 0)),
            completion_tokens=int(reply.get("completion_tokens", 0)),
            model=str(reply.get("model") or self.model),
            finish_reason=reply.get("finish_reason"),
        )

    def closest(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Recording | None:
        """The recording most like this request, among those with the same templates (``None``: none)."""
        return find_closest(self._request(messages, schema, max_tokens, options), self.recordings.values())

    def _request(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        max_tokens: int,
        options: Mapping[str, Any] | None,
    ) -> Recording:
        return {
            "messages": [dict(m) for m in messages],
            "schema_sha256": schema_hash(schema),
            "options": merge_options(self.options, options, max_tokens),
        }
