"""Request keys, the SQLite response cache, CachingBackend and the ``brief cache`` commands."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import brief.cli.cache  # noqa: F401  (registers `brief cache`)
from brief.backends.base import Backend, Message, Reply
from brief.backends.cache import CACHE_FILE, CachedReply, CachingBackend, ResponseCache
from brief.backends.request_key import request_key, request_options, send
from brief.cli.app import app
from brief.config import Settings
from brief.errors import ConfigError

MESSAGES = [{"role": "system", "content": "Write JSON."}, {"role": "user", "content": "Kyiv – «quoted» text"}]
SCHEMA = {"type": "object", "properties": {"title": {"type": "string"}}}


class EchoBackend:
    """Thread-safe: answers with the user message; ``finish_reason`` is configurable."""

    engine = "echo"
    model = "echo-1"
    context_window = 4096

    def __init__(self, finish_reason: str | None = "stop") -> None:
        self.finish_reason = finish_reason
        self.calls = 0
        self._lock = threading.Lock()

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        with self._lock:
            self.calls += 1
        text = json.dumps({"title": messages[-1]["content"]})
        return Reply(text, 5, 3, self.model, self.finish_reason)


@pytest.fixture
def cache(tmp_path: Path) -> Any:
    with ResponseCache(tmp_path / "cache" / CACHE_FILE) as opened:
        yield opened


def test_request_key_is_canonical_and_stable_across_processes() -> None:
    key = request_key("openai", "gpt", MESSAGES, SCHEMA, {"b": 1, "a": [1, 2]})
    assert key == request_key(
        "openai", "gpt", MESSAGES, dict(reversed(SCHEMA.items())), {"a": [1, 2], "b": 1}
    )
    code = (
        "import json,sys; from brief.backends.request_key import request_key; "
        "m,s=json.loads(sys.argv[1]); print(request_key('openai','gpt',m,s,{'a':[1,2],'b':1}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, json.dumps([MESSAGES, SCHEMA])],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == key and len(key) == 64


def test_request_key_parts() -> None:
    base = request_key("openai", "gpt", MESSAGES, SCHEMA, {})
    assert base != request_key("local", "gpt", MESSAGES, SCHEMA, {})
    assert base != request_key("openai", "gpt-2", MESSAGES, SCHEMA, {})
    assert base != request_key("openai", "gpt", MESSAGES, SCHEMA, {"max_tokens": 10})
    assert request_key(None, None, MESSAGES, SCHEMA, {}) != base
    assert request_key(None, None, MESSAGES, SCHEMA, {"p": Path("x")}) == request_key(
        None, None, MESSAGES, SCHEMA, {"p": "x"}
    )


def test_request_key_refuses_secrets_and_non_json() -> None:
    with pytest.raises(ConfigError, match="must not carry secrets \\(api_key\\)"):
        request_key(None, None, MESSAGES, SCHEMA, {"api_key": "sk-1"})
    with pytest.raises(ConfigError, match="not JSON data"):
        request_key(None, None, MESSAGES, SCHEMA, {"x": object()})


def test_request_options_hold_no_secrets() -> None:
    settings = Settings(api_key="sk-SECRET", smtp_password="pw-SECRET", temperature=0.2, seed=3)
    assert request_options(settings) == {"temperature": 0.2, "seed": 3}


def test_hits_and_misses(cache: ResponseCache, fake_backend: Any) -> None:
    inner = fake_backend
    inner.model = "m1"
    inner.enqueue({"title": "A"})
    backend: Backend = CachingBackend(inner, cache, options={"temperature": 0.0})
    first = backend.complete(MESSAGES, SCHEMA, max_tokens=100)
    second = backend.complete(MESSAGES, SCHEMA, max_tokens=100)
    assert not isinstance(first, CachedReply) and isinstance(second, CachedReply)
    assert (second.text, second.prompt_tokens, second.completion_tokens) == (
        first.text,
        first.prompt_tokens,
        first.completion_tokens,
    )
    assert (second.model, second.finish_reason) == ("m1", "stop")
    assert isinstance(backend, CachingBackend) and (backend.hits, backend.misses) == (1, 1)
    assert len(inner.requests) == 1
    assert (backend.engine, backend.model, backend.context_window) == ("fake", "m1", 8192)


def test_options_and_max_tokens_are_part_of_the_key(cache: ResponseCache) -> None:
    inner = EchoBackend()
    backend = CachingBackend(inner, cache)
    backend.complete(MESSAGES, SCHEMA, max_tokens=100)
    backend.complete(MESSAGES, SCHEMA, max_tokens=200)
    backend.complete(MESSAGES, SCHEMA, max_tokens=100, options={"templates": ["system.j2", "map.j2"]})
    send(backend, MESSAGES, SCHEMA, max_tokens=100, options={"templates": ["system.j2", "map.j2"]})
    assert (backend.hits, backend.misses, inner.calls) == (1, 3, 3)


def test_cache_persists_across_instances_and_processes(tmp_path: Path, fake_backend: Any) -> None:
    path = tmp_path / "c" / CACHE_FILE
    fake_backend.enqueue({"title": "A"})
    with ResponseCache(path) as first:
        CachingBackend(fake_backend, first).complete(MESSAGES, SCHEMA, max_tokens=50)
    with ResponseCache(path) as second:
        again = CachingBackend(type(fake_backend)(), second)  # no replies queued: a miss would fail
        assert again.complete(MESSAGES, SCHEMA, max_tokens=50).text == '{"title": "A"}'
    code = (
        "import sys; from pathlib import Path; from brief.backends.cache import ResponseCache; "
        "from brief.backends.base import Reply; c = ResponseCache(Path(sys.argv[1])); "
        "c.put('k-from-child', Reply('{}', 1, 2, 'm', 'stop')); c.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    with ResponseCache(path) as third:
        assert third.get("k-from-child") == CachedReply("{}", 1, 2, "m", "stop", key="k-from-child")


def test_concurrent_threads(cache: ResponseCache) -> None:
    inner = EchoBackend()
    backend = CachingBackend(inner, cache)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for i in range(30):
                messages = [{"role": "user", "content": f"article {(i + worker) % 12}"}]
                reply = backend.complete(messages, SCHEMA, max_tokens=64)
                assert json.loads(reply.text) == {"title": f"article {(i + worker) % 12}"}
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert backend.hits + backend.misses == 240 and backend.misses == inner.calls >= 12
    assert cache.stats()["entries"] == 12


@pytest.mark.parametrize("finish_reason", ["length", "content_filter"])
def test_incomplete_replies_are_not_cached(cache: ResponseCache, finish_reason: str) -> None:
    inner = EchoBackend(finish_reason=finish_reason)
    backend = CachingBackend(inner, cache)
    backend.complete(MESSAGES, SCHEMA, max_tokens=10)
    backend.complete(MESSAGES, SCHEMA, max_tokens=10)
    assert (backend.hits, backend.misses, cache.stats()["entries"]) == (0, 2, 0)


def test_finish_reason_none_is_cached(cache: ResponseCache) -> None:
    backend = CachingBackend(EchoBackend(finish_reason=None), cache)
    backend.complete(MESSAGES, SCHEMA, max_tokens=10)
    assert isinstance(backend.complete(MESSAGES, SCHEMA, max_tokens=10), CachedReply)


def test_corrupt_file_names_the_fix_and_clear_removes_it(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    path.write_bytes(b"this is not sqlite" * 100)
    with ResponseCache(path) as cache:
        with pytest.raises(ConfigError) as info:
            cache.get("k")
        message = str(info.value)
        assert str(path) in message and "`brief cache clear`" in message and "\n" not in message
        assert cache.clear() == 0
        assert not path.exists()
        cache.put("k", Reply("{}"))
        assert cache.get("k") is not None


def test_clear_and_stats(cache: ResponseCache) -> None:
    assert cache.stats() == {"entries": 0, "bytes": 0, "path": str(cache.path), "hits": 0}
    assert not cache.path.exists() and cache.clear() == 0
    cache.put("a", Reply("{}", 1, 1, "m", "stop"))
    cache.put("b", Reply("{}", 1, 1, "m", "stop"))
    cache.get("a")
    cache.get("a")
    stats = cache.stats()
    assert (stats["entries"], stats["hits"]) == (2, 2) and stats["bytes"] > 0
    assert cache.clear() == 2
    assert cache.stats()["entries"] == 0 and cache.get("a") is None


def test_from_settings(settings: Settings) -> None:
    backend = CachingBackend.from_settings(EchoBackend(), settings)
    assert backend.cache.path == settings.resolved_cache_dir / CACHE_FILE
    assert backend.options == {"temperature": 0.0, "seed": 7}
    backend.close()


def _cli(*args: str) -> Any:
    return CliRunner().invoke(app, ["cache", *args])


def test_cli_stats_and_clear(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cli-cache"
    with ResponseCache(cache_dir / CACHE_FILE) as cache:
        cache.put("a", Reply("{}"))
        cache.get("a")
    result = _cli("stats", "--cache-dir", str(cache_dir), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) | {"bytes": 0} == {
        "entries": 1,
        "hits": 1,
        "bytes": 0,
        "path": str(cache_dir / CACHE_FILE),
    }
    assert "Entries: 1" in _cli("stats", "--cache-dir", str(cache_dir)).stdout
    result = _cli("clear", "--cache-dir", str(cache_dir))
    assert result.exit_code == 0 and "Removed 1 cached reply from" in result.stdout
    assert "Entries: 0" in _cli("stats", "--cache-dir", str(cache_dir)).stdout


def test_cli_uses_settings_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "env-cache"))
    result = _cli("stats", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["path"] == str(tmp_path / "env-cache" / CACHE_FILE)


def test_cli_corrupt_cache(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"garbage" * 200)
    result = _cli("stats", "--cache-dir", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: response cache") and "`brief cache clear`" in result.stderr
    assert _cli("clear", "--cache-dir", str(tmp_path)).exit_code == 0
    assert _cli("stats", "--cache-dir", str(tmp_path)).exit_code == 0


@pytest.mark.parametrize("command", ["stats", "clear"])
def test_cli_help(command: str) -> None:
    result = _cli(command, "--help")
    assert result.exit_code == 0 and "cache" in result.stdout.lower()
