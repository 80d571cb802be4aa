"""RecordingBackend files and ReplayBackend: round trip, no secrets, and errors that say what changed."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from brief.backends.base import Backend, Message, Reply
from brief.backends.cache import CachingBackend, ResponseCache
from brief.backends.replay import RecordingBackend, ReplayBackend
from brief.backends.request_key import request_key, schema_hash, send
from brief.config import Settings
from brief.errors import BackendError, ConfigError

SECRET = "sk-THIS-MUST-NOT-LEAK-42"
SCHEMA = {"type": "object", "properties": {"title": {"type": "string"}}}
TEMPLATES = ["system.j2", "map.j2"]
ARTICLE = "Kyiv said on Monday that talks would resume. Moscow declined to comment."


def messages(article: str = ARTICLE, system: str = "You write briefs as JSON.") -> list[dict[str, str]]:
    return [{"role": "system", "content": system}, {"role": "user", "content": f"<<<ARTICLE\n{article}\n"}]


class LocalFake:
    """Stands in for the embedded model: engine "local", a small context window, numbered replies."""

    engine = "local"
    model = "SmolLM2-135M-Instruct"
    context_window = 2048

    def __init__(self, finish_reason: str | None = "stop") -> None:
        self.finish_reason = finish_reason
        self.calls = 0

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        self.calls += 1
        return Reply(json.dumps({"title": f"reply {self.calls}"}), 40, 8, self.model, self.finish_reason)


@pytest.fixture
def recorded(tmp_path: Path) -> Path:
    """A folder holding recordings of two map requests (two articles) made through the local fake."""
    folder = tmp_path / "rec"
    recorder = RecordingBackend(LocalFake(), folder)
    for article in (ARTICLE, "A different article about fisheries quotas."):
        send(recorder, messages(article), SCHEMA, max_tokens=256, options={"templates": TEMPLATES})
    return folder


def _files(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def test_recording_files_are_readable_json(recorded: Path) -> None:
    files = _files(recorded)
    assert len(files) == 2 and all(p.suffix == ".json" for p in files)  # no temp files left behind
    key = request_key(None, None, messages(), SCHEMA, {"templates": TEMPLATES, "max_tokens": 256})
    text = (recorded / f"{key[:16]}.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "key": ') and text.endswith("}\n")
    data = json.loads(text)
    assert data["key"] == key
    assert (data["engine"], data["model"], data["context_window"]) == ("local", "SmolLM2-135M-Instruct", 2048)
    assert data["options"] == {"templates": TEMPLATES, "max_tokens": 256}
    assert data["schema_sha256"] == schema_hash(SCHEMA)
    assert data["messages"] == messages()
    assert data["reply"] == {
        "text": '{"title": "reply 1"}',
        "prompt_tokens": 40,
        "completion_tokens": 8,
        "model": "SmolLM2-135M-Instruct",
        "finish_reason": "stop",
    }


def test_no_secret_reaches_recordings_or_cache(tmp_path: Path) -> None:
    settings = Settings(
        api_key=SECRET, smtp_password=SECRET, record_dir=tmp_path / "rec", cache_dir=tmp_path / "cache"
    )
    backend: Backend = RecordingBackend.from_settings(LocalFake(), settings)
    backend = CachingBackend.from_settings(backend, settings)
    send(backend, messages(), SCHEMA, max_tokens=64, options={"templates": TEMPLATES})
    assert isinstance(backend, CachingBackend)
    backend.close()
    written = [*_files(tmp_path / "rec"), *_files(tmp_path / "cache")]
    assert written and all(SECRET.encode() not in p.read_bytes() for p in written)


def test_replay_round_trip_reports_the_recorded_model(recorded: Path, tmp_path: Path) -> None:
    replay = ReplayBackend.from_settings(Settings(replay_dir=recorded))
    assert (replay.engine, replay.model, replay.context_window) == ("replay", "SmolLM2-135M-Instruct", 2048)
    reply = send(replay, messages(), SCHEMA, max_tokens=256, options={"templates": TEMPLATES})
    assert reply == Reply('{"title": "reply 1"}', 40, 8, "SmolLM2-135M-Instruct", "stop")
    other = replay.complete(
        messages("A different article about fisheries quotas."),
        SCHEMA,
        max_tokens=256,
        options={"templates": TEMPLATES},
    )
    assert other.text == '{"title": "reply 2"}'


def test_replay_through_the_wrapper_stack(tmp_path: Path) -> None:
    """Recorded under the cache (as the pipeline stacks them), replayed with no cache in front."""
    folder = tmp_path / "rec"
    with ResponseCache(tmp_path / "cache.sqlite3") as cache:
        stack = CachingBackend(RecordingBackend(LocalFake(), folder), cache, options={"temperature": 0.0})
        first = send(stack, messages(), SCHEMA, max_tokens=99, options={"templates": TEMPLATES})
    replay = ReplayBackend(folder, model="override", context_window=1000)
    assert (replay.model, replay.context_window) == ("override", 1000)
    assert (
        send(replay, messages(), SCHEMA, max_tokens=99, options={"templates": TEMPLATES}).text == first.text
    )


def test_truncated_replies_are_recorded_and_replayed(tmp_path: Path) -> None:
    RecordingBackend(LocalFake(finish_reason="length"), tmp_path).complete(messages(), SCHEMA, max_tokens=8)
    assert ReplayBackend(tmp_path).complete(messages(), SCHEMA, max_tokens=8).finish_reason == "length"


def test_mixed_models_report_replay(recorded: Path) -> None:
    other = LocalFake()
    other.model, other.context_window = "qwen", 4096
    RecordingBackend(other, recorded).complete(messages("third"), SCHEMA, max_tokens=5)
    assert (ReplayBackend(recorded).model, ReplayBackend(recorded).context_window) == ("replay", 8192)


def _unseen(folder: Path, msgs: list[dict[str, str]], **kwargs: Any) -> str:
    options = kwargs.pop("options", {"templates": TEMPLATES})
    with pytest.raises(BackendError) as info:
        send(ReplayBackend(folder), msgs, kwargs.pop("schema", SCHEMA), max_tokens=256, options=options)
    assert info.value.retryable is False
    message = str(info.value)
    assert "\n" not in message and message.startswith("no recording for this request (")
    assert message.endswith(f"): re-record with `brief run --record {folder}`")
    return message


def test_unseen_user_message_names_the_template_and_recording(recorded: Path) -> None:
    message = _unseen(recorded, messages(ARTICLE.replace("Monday", "Tuesday")))
    closest = request_key(None, None, messages(), SCHEMA, {"templates": TEMPLATES, "max_tokens": 256})
    assert f"the map prompt (user message) differs from recording {closest[:8]}…" in message
    assert "template 'map.j2' changed?" in message
    assert "at character 24 (now 'Tuesday that talks would', recorded 'Monday that talks would ')" in message


def test_unseen_system_message(recorded: Path) -> None:
    message = _unseen(recorded, messages(system="You write careful briefs as JSON."))
    assert "the system prompt (system message) differs" in message and "'system.j2' changed?" in message


def test_unseen_templates(recorded: Path) -> None:
    message = _unseen(recorded, messages(), options={"templates": ["system.j2", "reduce.j2"]})
    assert "no recording used templates 'system.j2', 'reduce.j2'" in message


def test_unseen_schema_and_options(recorded: Path) -> None:
    schema = {**SCHEMA, "required": ["title"]}
    assert "the JSON schema differs from recording" in _unseen(recorded, messages(), schema=schema)
    with pytest.raises(
        BackendError, match=r"options differ from recording .*: max_tokens now 512, recorded 256"
    ):
        send(ReplayBackend(recorded), messages(), SCHEMA, max_tokens=512, options={"templates": TEMPLATES})


def test_unseen_message_count_without_templates(tmp_path: Path) -> None:
    RecordingBackend(LocalFake(), tmp_path).complete(messages(), SCHEMA, max_tokens=5)
    extra = [*messages(), {"role": "user", "content": "Your JSON did not match"}]
    assert "3 messages vs 2 in recording" in _unseen(tmp_path, extra, options=None)
    changed = messages("Other text.")
    assert "the user message differs" in _unseen(tmp_path, changed, options=None)


def test_replay_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"replay folder .*nowhere not found: record one with `brief run"):
        ReplayBackend.from_settings(Settings(replay_dir=tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match="pass --replay DIR"):
        ReplayBackend.from_settings(Settings())
    with pytest.raises(ConfigError, match="has no recordings"):
        ReplayBackend(tmp_path)
    (tmp_path / "junk.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"replay file .*junk.json is not a recording"):
        ReplayBackend(tmp_path)


def test_record_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="pass --record DIR"):
        RecordingBackend.from_settings(LocalFake(), Settings())
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot create record folder"):
        RecordingBackend(LocalFake(), blocker / "sub")


def test_a_recording_that_cannot_be_written_is_one_config_error(tmp_path: Path) -> None:
    folder = tmp_path / "rec"
    recorder = RecordingBackend(LocalFake(), folder)
    folder.rmdir()
    folder.write_text("a file where the record folder was")
    with pytest.raises(
        ConfigError, match=r"cannot write recording .*rec/[0-9a-f]{16}\.json \(.+\): check the"
    ):
        send(recorder, messages(), SCHEMA, max_tokens=256)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rec"]  # no temp file beside it
