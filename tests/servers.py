"""Test servers: a scriptable fake OpenAI-compatible endpoint and a real ``llama_cpp.server``.

The fake server answers ``POST /v1/chat/completions`` from a queue of :class:`Fault` steps (one per
request; the ``default`` step once the queue is empty) and records every request, so a test can inject
429s, 5xx, timeouts, dropped connections, invalid JSON, empty choices, refusals and truncation::

    with FakeOpenAIServer() as server:
        server.script(rate_limited(retry_after=7), reply('{"ok": true}'))
        client = openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        ...
        assert len(server.chat_requests) == 2
"""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

import httpx

__all__ = [
    "FakeOpenAIServer",
    "Fault",
    "LlamaServer",
    "LoopbackServer",
    "RecordedRequest",
    "drop",
    "empty_choices",
    "error",
    "free_port",
    "invalid_json",
    "rate_limited",
    "refusal",
    "reply",
    "slow",
    "truncated",
]

DEFAULT_USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}


@dataclass
class Fault:
    """One scripted answer; the defaults give a normal 200 completion with ``content``."""

    content: str | None = '{"ok": true}'
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    finish_reason: str | None = "stop"
    refusal: str | None = None
    empty_choices: bool = False
    usage: Mapping[str, int] | None = field(default_factory=lambda: dict(DEFAULT_USAGE))
    raw: bytes | None = None
    drop: bool = False
    message: str = "scripted failure"


def reply(content: str | dict[str, Any], **kwargs: Any) -> Fault:
    """A normal completion whose message content is ``content`` (dicts are JSON-encoded)."""
    text = content if isinstance(content, str) else json.dumps(content)
    return Fault(content=text, **kwargs)


def error(status: int, message: str = "scripted failure", headers: Mapping[str, str] | None = None) -> Fault:
    """An OpenAI-style error body with ``status``."""
    return Fault(status=status, message=message, headers=dict(headers or {}))


def rate_limited(retry_after: float | str | None = None) -> Fault:
    """A 429, optionally with a ``Retry-After`` header."""
    headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
    return error(429, "Rate limit reached; try again later", headers)


def slow(delay: float, content: str = '{"ok": true}') -> Fault:
    """A normal completion sent after ``delay`` seconds (use with a short client timeout)."""
    return Fault(content=content, delay=delay)


def drop() -> Fault:
    """Send the status line, headers and half of the body, then close the connection."""
    return Fault(drop=True)


def invalid_json() -> Fault:
    """A 200 whose JSON body is cut short."""
    return Fault(raw=b'{"id": "x", "choices": [{"message": ')


def empty_choices() -> Fault:
    """A 200 completion with ``choices: []``."""
    return Fault(empty_choices=True)


def refusal(text: str = "I can't help with that.") -> Fault:
    """A 200 completion whose message is a refusal with no content."""
    return Fault(content=None, refusal=text)


def truncated(content: str = '{"title": "cut sho') -> Fault:
    """A 200 completion that stopped at the token limit."""
    return Fault(content=content, finish_reason="length")


@dataclass
class RecordedRequest:
    """One request the fake server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 (port 0) that a handler reaches as ``server.<attr>``; a context
    manager. Subclasses set ``handler``, ``attr`` and ``thread_name``."""

    handler: type[BaseHTTPRequestHandler]
    attr = "fake"
    thread_name = "loopback"
    _httpd: ThreadingHTTPServer | None = None

    def start(self) -> Self:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), self.handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False  # a handler asleep in a "slow" fault must not block stop()
        setattr(httpd, self.attr, self)
        self._httpd = httpd
        serve = functools.partial(httpd.serve_forever, poll_interval=0.02)  # quick shutdown between tests
        threading.Thread(target=serve, daemon=True, name=self.thread_name).start()
        return self

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class FakeOpenAIServer(LoopbackServer):
    """A threaded OpenAI-compatible server on 127.0.0.1 with scripted answers.

    Args:
        models: model ids it serves; a chat request for another model gets a 404 ``model_not_found``.
        reject_formats: ``response_format`` types refused with ``reject_status``, like servers without them.
        reject_status: 400 like vLLM; llama-cpp-python's server answers 500.
        api_key: when set, requests without ``Authorization: Bearer <api_key>`` get a 401.
    """

    thread_name = "fake-openai"

    def __init__(
        self,
        *,
        models: Collection[str] = ("fake-model",),
        reject_formats: Collection[str] = (),
        api_key: str | None = None,
        reject_status: int = 400,
    ) -> None:
        self.models = list(models)
        self.reject_formats = set(reject_formats)
        self.reject_status = reject_status
        self.api_key = api_key
        self.default = Fault()
        self.requests: list[RecordedRequest] = []
        self._queue: list[Fault] = []
        self._lock = threading.Lock()

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        """The chat completion requests received so far."""
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def script(self, *faults: Fault) -> None:
        """Queue answers for the next requests, in order."""
        with self._lock:
            self._queue.extend(faults)

    def next_fault(self) -> Fault:
        with self._lock:
            return self._queue.pop(0) if self._queue else self.default

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers and the openai client's pool expect

    @property
    def fake(self) -> FakeOpenAIServer:
        return self.server.fake  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/") == "/v1/models":
            data = [{"id": m, "object": "model", "owned_by": "fake"} for m in self.fake.models]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_error(404, f"no route {self.path}", "not_found")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw or b"null")
        except json.JSONDecodeError:
            body = raw.decode("utf-8", "replace")
        self._record(body)
        if self.path != "/v1/chat/completions":
            return self._send_error(404, f"no route {self.path}", "not_found")
        if self.fake.api_key and self.headers.get("Authorization") != f"Bearer {self.fake.api_key}":
            return self._send_error(401, "Incorrect API key provided.", "invalid_api_key")
        if body.get("model") not in self.fake.models:
            return self._send_error(404, f"The model `{body.get('model')}` does not exist", "model_not_found")
        kind = (body.get("response_format") or {}).get("type")
        if kind in self.fake.reject_formats:
            message = f"('body', 'response_format', 'type'): {kind!r} is not supported"
            return self._send_error(self.fake.reject_status, message, "invalid_request")
        self._answer(self.fake.next_fault(), body)

    def _record(self, body: Any) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake.record(RecordedRequest(self.command, self.path, headers, body))

    def _answer(self, fault: Fault, body: Mapping[str, Any]) -> None:
        time.sleep(fault.delay)
        if fault.status >= 400:
            return self._send_error(fault.status, fault.message, "scripted", fault.headers)
        if fault.raw is not None:
            return self._send_bytes(fault.status, fault.raw, fault.headers)
        payload = json.dumps(_completion(fault, str(body.get("model")))).encode()
        if fault.drop:
            self._send_head(200, len(payload), fault.headers)
            self.wfile.write(payload[: len(payload) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return None
        return self._send_bytes(fault.status, payload, fault.headers)

    def _send_error(
        self, status: int, message: str, code: str, headers: Mapping[str, str] | None = None
    ) -> None:
        body = {"error": {"message": message, "type": "invalid_request_error", "code": code, "param": None}}
        self._send_bytes(status, json.dumps(body).encode(), headers or {})

    def _send_json(self, status: int, body: Any) -> None:
        self._send_bytes(status, json.dumps(body).encode(), {})

    def _send_head(self, status: int, length: int, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(length))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send_bytes(self, status: int, payload: bytes, headers: Mapping[str, str]) -> None:
        try:
            self._send_head(status, len(payload), headers)
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. its timeout fired); nothing to do


def _completion(fault: Fault, model: str) -> dict[str, Any]:
    message = {"role": "assistant", "content": fault.content, "refusal": fault.refusal}
    choices = (
        []
        if fault.empty_choices
        else [{"index": 0, "message": message, "finish_reason": fault.finish_reason, "logprobs": None}]
    )
    completion: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": choices,
    }
    if fault.usage is not None:
        completion["usage"] = dict(fault.usage)
    return completion


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LlamaServer:
    """``python -m llama_cpp.server`` serving one GGUF on a free local port.

    Args:
        model_path: the GGUF file to serve.
        n_ctx: the context window the server allocates.
        threads: CPU threads (1 is fastest for the 135M model when pytest shares the CPU).
    """

    def __init__(self, model_path: Path, *, n_ctx: int = 4096, threads: int = 1) -> None:
        self.model_path = model_path
        self.port = free_port()
        self.args = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(n_ctx),
            "--n_threads",
            str(threads),
            "--n_threads_batch",
            str(threads),
        ]
        self.log = Path(tempfile.mkstemp(prefix="llama-server-", suffix=".log")[1])
        self.proc: subprocess.Popen[bytes] | None = None
        self.startup_seconds = 0.0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 120.0) -> LlamaServer:
        """Start the server and wait until ``GET /v1/models`` answers.

        Raises:
            RuntimeError: the process exited or did not answer within ``timeout`` (the log tail is included).
        """
        started = time.monotonic()
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT, env=_server_env())
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"llama_cpp.server exited with {self.proc.returncode}:\n{self.log_tail()}")
            if self._answers():
                self.startup_seconds = time.monotonic() - started
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"llama_cpp.server did not answer within {timeout:.0f}s:\n{self.log_tail()}")

    def _answers(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/models", timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def __enter__(self) -> LlamaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.log.unlink(missing_ok=True)  # kept only when start() failed, for its error message


def _server_env() -> dict[str, str]:
    """The child's environment without OpenAI/brief variables (the server needs none)."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "OPENAI_"))}


FakeOpenAIServer.handler = _Handler
