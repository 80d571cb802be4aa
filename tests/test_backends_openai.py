"""OpenAIBackend against a scriptable fake server (faults) and a real llama.cpp server (one real call)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from servers import (
    FakeOpenAIServer,
    Fault,
    drop,
    error,
    free_port,
    invalid_json,
    rate_limited,
    refusal,
    reply,
    slow,
    truncated,
)

from brief.backends.openai_backend import DEFAULT_MODEL, OpenAIBackend, context_window_for
from brief.backends.retry import RetryPolicy
from brief.backends.structured import Tally, ask_draft
from brief.config import Settings
from brief.errors import BackendError, ConfigError, ContextOverflowError, SchemaValidationError

KEY = "sk-test-do-not-leak-1234"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
}
MESSAGES = [{"role": "system", "content": "You answer in JSON."}, {"role": "user", "content": "Say ok."}]


class Harness:
    """A backend wired to a server, with a sleep recorder instead of real waiting."""

    def __init__(
        self, base_url: str, *, retries: int = 3, timeout: float = 5.0, model: str = "fake-model"
    ) -> None:
        self.sleeps: list[float] = []
        self.client = openai.OpenAI(base_url=base_url, api_key=KEY, max_retries=0, timeout=timeout)
        policy = RetryPolicy(retries=retries, sleep=self.sleeps.append, jitter=lambda: 0.0)
        self.backend = OpenAIBackend(self.client, model=model, context_window=4096, retry=policy, seed=7)

    def complete(self, max_tokens: int = 64) -> Any:
        return self.backend.complete(MESSAGES, SCHEMA, max_tokens=max_tokens)

    def fails(self) -> BackendError:
        with pytest.raises(BackendError) as info:
            self.complete()
        assert KEY not in str(info.value)
        assert "\n" not in str(info.value)
        return info.value


@pytest.fixture
def harness(fault_server: FakeOpenAIServer) -> Iterator[Harness]:
    h = Harness(fault_server.base_url)
    yield h
    h.client.close()


def test_structured_reply_and_usage(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(
        reply({"ok": True}, usage={"prompt_tokens": 21, "completion_tokens": 5, "total_tokens": 26})
    )
    result = harness.complete(max_tokens=99)
    assert json.loads(result.text) == {"ok": True}
    assert (result.prompt_tokens, result.completion_tokens) == (21, 5)
    assert (result.model, result.finish_reason) == ("fake-model", "stop")
    [request] = fault_server.chat_requests
    assert request.headers["authorization"] == f"Bearer {KEY}"
    body = request.body
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "brief", "schema": SCHEMA, "strict": False},
    }
    assert (body["max_tokens"], body["temperature"], body["seed"]) == (99, 0.0, 7)
    assert body["messages"] == MESSAGES


def test_missing_usage_counts_zero(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(Fault(usage=None))
    result = harness.complete()
    assert (result.prompt_tokens, result.completion_tokens) == (0, 0)


def test_json_schema_rejected_falls_back_to_json_object_once(
    fault_server: FakeOpenAIServer, harness: Harness
) -> None:
    fault_server.reject_formats = {"json_schema"}
    assert json.loads(harness.complete().text) == {"ok": True}
    first, second = fault_server.chat_requests
    assert first.body["response_format"]["type"] == "json_schema"
    assert second.body["response_format"] == {"type": "json_object", "schema": SCHEMA}
    last = second.body["messages"][-1]
    assert last["role"] == "user" and last["content"].startswith("Say ok.")
    assert "matching this JSON schema" in last["content"] and '"required":["ok"]' in last["content"]
    assert second.body["messages"][0] == MESSAGES[0]
    assert harness.backend.response_format == "json_object+schema"
    harness.complete()  # remembered: the next call goes straight to json_object
    assert len(fault_server.chat_requests) == 3
    assert fault_server.chat_requests[2].body["response_format"]["type"] == "json_object"
    assert harness.sleeps == []  # a rejected format is not a retry


def test_llama_cpp_python_style_500_rejection_is_not_retried(fault_server: FakeOpenAIServer) -> None:
    fault_server.reject_formats, fault_server.reject_status = {"json_schema"}, 500
    h = Harness(fault_server.base_url)
    h.complete()
    assert len(fault_server.chat_requests) == 2 and h.sleeps == []
    assert h.backend.response_format == "json_object+schema"


def test_every_format_rejected_falls_back_to_plain(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.reject_formats = {"json_schema", "json_object"}
    harness.complete()
    formats = [r.body.get("response_format") for r in fault_server.chat_requests]
    assert [f and f["type"] for f in formats] == ["json_schema", "json_object", "json_object", None]
    assert formats[1] == {"type": "json_object", "schema": SCHEMA} and formats[2] == {"type": "json_object"}
    assert "matching this JSON schema" in fault_server.chat_requests[-1].body["messages"][-1]["content"]
    assert harness.backend.response_format == "plain"


def test_schema_instruction_added_when_last_message_is_not_users(
    fault_server: FakeOpenAIServer, harness: Harness
) -> None:
    fault_server.reject_formats = {"json_schema"}
    harness.backend.complete([{"role": "system", "content": "JSON only."}], SCHEMA, max_tokens=8)
    messages = fault_server.chat_requests[-1].body["messages"]
    assert messages[0] == {"role": "system", "content": "JSON only."}
    assert messages[1]["role"] == "user" and messages[1]["content"].startswith("Reply with JSON")


def test_unrelated_400_is_not_a_format_problem(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(error(400, "This model's maximum context length is 4096 tokens"))
    err = harness.fails()
    assert err.status == 400 and not err.retryable
    assert "rejected the request (HTTP 400): This model's maximum context length" in str(err)
    assert len(fault_server.chat_requests) == 1 and harness.backend.response_format == "json_schema"


def test_429_honours_retry_after(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(rate_limited(retry_after=7), rate_limited(retry_after="0.5"), reply({"ok": True}))
    assert json.loads(harness.complete().text) == {"ok": True}
    assert harness.sleeps == [7.0, 0.5]
    assert len(fault_server.chat_requests) == 3


def test_retry_after_is_capped(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(rate_limited(retry_after=3600))
    harness.complete()
    assert harness.sleeps == [60.0]


def test_429_exhausted(fault_server: FakeOpenAIServer) -> None:
    fault_server.default = rate_limited()
    h = Harness(fault_server.base_url, retries=2)
    err = h.fails()
    assert (err.status, err.retryable) == (429, True)
    assert "rate limited" in str(err) and "(3 attempts)" in str(err) and "--concurrency" in str(err)
    assert len(fault_server.chat_requests) == 3
    assert h.sleeps == [0.25, 0.5]  # exponential backoff (jitter pinned to its low end)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_retried(fault_server: FakeOpenAIServer, harness: Harness, status: int) -> None:
    fault_server.script(error(status), reply({"ok": True}))
    assert json.loads(harness.complete().text) == {"ok": True}
    assert len(harness.sleeps) == 1 and len(fault_server.chat_requests) == 2


def test_5xx_exhausted(fault_server: FakeOpenAIServer) -> None:
    fault_server.default = error(503, headers={"Retry-After": "2"})
    h = Harness(fault_server.base_url, retries=1)
    err = h.fails()
    assert (err.status, err.retryable) == (503, True)
    assert (
        str(err) == f"the server at {fault_server.base_url} failed (HTTP 503) (2 attempts): try again later"
    )
    assert h.sleeps == [2.0]


def test_dropped_connection_is_retried(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(drop(), reply({"ok": True}))
    assert json.loads(harness.complete().text) == {"ok": True}
    assert len(harness.sleeps) == 1


def test_dropped_connection_exhausted(fault_server: FakeOpenAIServer) -> None:
    fault_server.default = drop()
    err = Harness(fault_server.base_url, retries=1).fails()
    assert err.retryable and f"connection to {fault_server.base_url} failed (2 attempts)" in str(err)


def test_invalid_json_is_retried_then_reported(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(invalid_json(), reply({"ok": True}))
    assert json.loads(harness.complete().text) == {"ok": True}
    fault_server.default = invalid_json()
    err = harness.fails()
    assert "not valid JSON (4 attempts): check --base-url" in str(err)


def test_timeout(fault_server: FakeOpenAIServer) -> None:
    fault_server.default = slow(2.0)
    h = Harness(fault_server.base_url, retries=1, timeout=0.2)
    err = h.fails()
    assert err.retryable and "timed out (2 attempts): raise --timeout" in str(err)
    assert len(h.sleeps) == 1


def test_connection_refused() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    h = Harness(url, retries=2)
    err = h.fails()
    assert str(err) == f"cannot reach {url}: is the server running? check --base-url"
    assert len(h.sleeps) == 2  # a server that is still starting gets a moment


def test_bad_key_is_not_retried(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.api_key = "sk-the-right-one"
    err = harness.fails()
    assert str(err) == "the API key was rejected (401): check OPENAI_API_KEY or --api-key"
    assert (err.status, err.retryable, harness.sleeps) == (401, False, [])


def test_unknown_model(fault_server: FakeOpenAIServer) -> None:
    err = Harness(fault_server.base_url, model="gpt-nope").fails()
    assert str(err) == (
        f"model 'gpt-nope' not found at {fault_server.base_url}: "
        "pick one the server lists (GET /models) with --model"
    )
    assert err.status == 404


def test_wrong_base_path(fault_server: FakeOpenAIServer) -> None:
    err = Harness(fault_server.base_url.removesuffix("/v1") + "/api").fails()
    assert "has no chat completions endpoint (404): check --base-url" in str(err)


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (refusal("I can't help with that."), "refused to answer: I can't help with that."),
        (Fault(content=None), "returned an empty message (finish_reason=stop)"),
    ],
)
def test_unusable_replies(
    fault_server: FakeOpenAIServer, harness: Harness, fault: Fault, expected: str
) -> None:
    fault_server.script(fault)
    err = harness.fails()
    assert expected in str(err) and not err.retryable
    assert len(fault_server.chat_requests) == 1


def test_truncated_reply_is_returned_with_length(fault_server: FakeOpenAIServer, harness: Harness) -> None:
    fault_server.script(truncated('{"ok": tr'))
    result = harness.complete()
    assert (result.text, result.finish_reason) == ('{"ok": tr', "length")


def test_key_never_in_messages_even_if_server_echoes_it(
    fault_server: FakeOpenAIServer, harness: Harness
) -> None:
    fault_server.script(error(400, f"bad request for key {KEY}"))
    err = harness.fails()
    assert "****" in str(err)
    assert KEY not in repr(harness.backend)


def test_from_settings_needs_key_or_url() -> None:
    with pytest.raises(
        ConfigError, match=r"^No API key: set OPENAI_API_KEY or pass --api-key \(or --base-url"
    ):
        OpenAIBackend.from_settings(Settings(engine="openai"))


def test_from_settings_local_server_needs_no_key(fault_server: FakeOpenAIServer) -> None:
    backend = OpenAIBackend.from_settings(Settings(base_url=fault_server.base_url, model="fake-model"))
    backend.complete(MESSAGES, SCHEMA, max_tokens=8)
    assert fault_server.chat_requests[0].headers["authorization"] == "Bearer not-needed"
    assert backend.context_window == 4096


def test_from_settings_defaults() -> None:
    backend = OpenAIBackend.from_settings(Settings(api_key=KEY, timeout=3.0, request_retries=5))
    assert (backend.model, backend.engine, backend.base_url) == (
        DEFAULT_MODEL,
        "openai",
        "https://api.openai.com/v1",
    )
    assert backend.context_window == 128_000 and backend.retry.retries == 5
    assert KEY not in repr(backend)
    configured = OpenAIBackend.from_settings(Settings(api_key=KEY, model="gpt-4.1-mini", context_window=9000))
    assert configured.context_window == 9000


def test_context_window_for() -> None:
    assert context_window_for("gpt-4o-mini-2024-07-18") == 128_000
    assert context_window_for("gpt-4.1-nano") == 1_047_576
    assert context_window_for("qwen2.5-7b-instruct") == 32_768
    assert context_window_for("some-local-model") == 4096


def test_real_llama_server_structured_completion(llama_server: str) -> None:
    h = Harness(llama_server, retries=1, timeout=120.0, model="smollm2")
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["city", "population"],
    }
    messages = [
        {"role": "user", "content": "Paris has about 2,100,000 inhabitants. Give the city and population."}
    ]
    result = h.backend.complete(messages, schema, max_tokens=64)
    data = json.loads(result.text)
    assert set(data) >= {"city", "population"}
    assert result.prompt_tokens > 0 and result.completion_tokens > 0
    # llama-cpp-python 0.3.36 refuses json_schema (HTTP 500) and takes json_object with a schema instead.
    assert h.backend.response_format in ("json_schema", "json_object+schema")
    h.client.close()


def test_the_client_is_made_on_the_first_request_only() -> None:
    """A run that sends nothing (a cached re-run) does not pay for importing ``openai``."""
    code = (
        "import sys\n"
        "from brief.config import Settings\n"
        "from brief.backends.openai_backend import OpenAIBackend\n"
        "backend = OpenAIBackend.from_settings(Settings(engine='openai', base_url='http://127.0.0.1:9/v1'))\n"
        "assert 'openai' not in sys.modules, 'imported too early'\n"
        "try:\n"
        "    backend.complete([{'role': 'user', 'content': 'hi'}], {}, max_tokens=5)\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
        "assert 'openai' in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("BackendError cannot reach http://127.0.0.1:9/v1: is the server running?")


OVERFLOW = (
    "This model's maximum context length is 4096 tokens. However, you requested 6367 tokens "
    "(3000 in the messages, 3367 in the completion). Please reduce the length of the messages or completion."
)  # what llama-cpp-python's server and OpenAI say, word for word


def test_a_reply_budget_over_the_servers_context_is_shrunk_to_fit(
    fault_server: FakeOpenAIServer, harness: Harness
) -> None:
    fault_server.script(error(400, OVERFLOW), reply({"ok": True}))
    assert json.loads(harness.complete(max_tokens=3367).text) == {"ok": True}
    first, second = fault_server.chat_requests
    assert (first.body["max_tokens"], second.body["max_tokens"]) == (3367, 4096 - 3000 - 8)
    assert harness.sleeps == []  # not a transient fault: no retry at the same size


def test_a_prompt_the_servers_context_cannot_hold_names_the_flag(
    fault_server: FakeOpenAIServer, harness: Harness
) -> None:
    fault_server.script(error(400, OVERFLOW.replace("3000 in the messages", "3950 in the messages")))
    error_ = harness.fails()
    assert isinstance(error_, ContextOverflowError) and (error_.limit, error_.prompt) == (4096, 3950)
    assert "--context-window 4096" in str(error_)
    assert len(fault_server.chat_requests) == 1


def test_a_reask_that_does_not_fit_gives_up_with_the_last_reply(
    fault_server: FakeOpenAIServer, harness: Harness
) -> None:
    fault_server.script(reply("not json"), error(400, OVERFLOW.replace("3000", "4000")))
    with pytest.raises(SchemaValidationError) as info:
        ask_draft(harness.backend, MESSAGES, max_tokens=64, retries=2, tally=Tally())
    assert info.value.raw == "not json" and "does not fit the server's context" in str(info.value)
    assert len(fault_server.chat_requests) == 2


def test_the_schema_a_request_carries_leaves_out_descriptions_but_keeps_every_field() -> None:
    from brief.backends.openai_request import wire_schema
    from brief.schema import draft_json_schema

    full = draft_json_schema()
    sent = wire_schema(full)
    text = json.dumps(sent)
    assert "$ref" not in text and "$defs" not in text and "description" not in text
    assert list(sent["properties"]) == list(full["properties"])  # a field named "title" is a field
    actor = sent["properties"]["actors"]["items"]
    assert actor["properties"]["kind"] == {"enum": ["person", "organisation", "country", "group", "other"]}
    assert actor["additionalProperties"] is False and actor["required"] == ["name"]
    position = sent["properties"]["positions"]["items"]
    assert position["required"] == ["actor", "stance", "evidence"]
    assert len(json.dumps(sent, separators=(",", ":"))) < len(json.dumps(full, separators=(",", ":"))) / 2
