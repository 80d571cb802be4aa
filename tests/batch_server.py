"""A loopback OpenAI Files + Batch API for tests, answering each request from canned replies.

It implements, as OpenAI's API reference documents them (the real ``openai`` client talks to it):

- ``POST /v1/files`` (multipart ``file`` + ``purpose``) → a File object; ``GET /v1/files`` lists them
  (cursor page, ``purpose`` filter); ``GET /v1/files/{id}/content`` → the file's bytes.
- ``POST /v1/batches`` (``input_file_id``, ``endpoint``, ``completion_window``, ``metadata``) → a Batch
  object, ``validating``; ``GET /v1/batches/{id}`` → the Batch; ``GET /v1/batches`` lists them.
- ``POST /v1/chat/completions`` → a completion, for ``--retry-interactive``.

A batch runs at the first look after it is created: each input line is answered with
``reply(body)`` into an output file (``{"id", "custom_id", "response": {"status_code", "request_id",
"body"}, "error"}``), and failures go to an error file, as the Batch API writes them. What happens is
scripted per batch with :meth:`BatchServer.plan`: ``"complete"``; ``"fail_half"`` (every other line
gets a 500 in the error file); ``"expire"`` (the first half is answered, the rest expire with
``batch_expired``); ``"hold"`` (stays ``in_progress`` until :meth:`BatchServer.release`).
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from servers import LoopbackServer

__all__ = ["BatchServer"]

Reply = Callable[[dict[str, Any]], dict[str, Any]]  # a chat request body -> a chat completion


class BatchServer(LoopbackServer):
    """A threaded Files + Batch API on 127.0.0.1 (port chosen by the OS).

    Args:
        reply: the chat completion for a request body (the same canned replies an interactive run gets).
    """

    attr = "api"
    thread_name = "batch-api"

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        self.files: dict[str, dict[str, Any]] = {}  # id -> File object
        self.contents: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.uploads = 0
        self.chat_requests: list[dict[str, Any]] = []
        self._plans: list[str] = []
        self._held: set[str] = set()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def plan(self, *outcomes: str) -> None:
        """How the next batches end, in order (then ``"complete"``)."""
        with self._lock:
            self._plans.extend(outcomes)

    def release(self) -> None:
        """Let held batches run at their next look."""
        with self._lock:
            self._held.clear()

    # -- the API ---------------------------------------------------------------------------------

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):04d}"

    def _store(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = self._new_id("file-")
        self.files[file_id] = {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        self.contents[file_id] = data
        return self.files[file_id]

    def upload(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        with self._lock:
            self.uploads += 1
            return self._store(data, filename, purpose)

    def create_batch(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if request.get("input_file_id") not in self.files:
                return 400, _error("invalid_request_error", "No such file: input_file_id")
            if request.get("completion_window") != "24h" or request.get("endpoint") != "/v1/chat/completions":
                return 400, _error("invalid_request_error", "unsupported endpoint or completion_window")
            batch_id = self._new_id("batch_")
            plan = self._plans.pop(0) if self._plans else "complete"
            if plan == "hold":
                self._held.add(batch_id)
            now = int(time.time())
            self.batches[batch_id] = {
                "id": batch_id,
                "object": "batch",
                "endpoint": request["endpoint"],
                "errors": None,
                "input_file_id": request["input_file_id"],
                "completion_window": "24h",
                "status": "validating",
                "output_file_id": None,
                "error_file_id": None,
                "created_at": now,
                "expires_at": now + 86400,
                "request_counts": {"total": 0, "completed": 0, "failed": 0},
                "metadata": request.get("metadata"),
                "_plan": plan,
            }
            return 200, _public(self.batches[batch_id])

    def look(self, batch_id: str) -> dict[str, Any] | None:
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return None
            lines = self.contents[batch["input_file_id"]].decode("utf-8").splitlines()
            total = len([line for line in lines if line.strip()])
            if batch_id in self._held:
                batch.update(
                    status="in_progress", request_counts={"total": total, "completed": 0, "failed": 0}
                )
            elif batch["status"] in ("validating", "in_progress"):
                self._run(batch, [json.loads(line) for line in lines if line.strip()])
            return _public(batch)

    def _run(self, batch: dict[str, Any], lines: list[dict[str, Any]]) -> None:
        plan, out, errors = batch["_plan"], [], []
        for index, line in enumerate(lines):
            row: dict[str, Any] = {"id": f"batch_req_{index}", "custom_id": line["custom_id"]}
            if plan == "fail_half" and index % 2 == 1:
                body = _error("server_error", "The server had an error processing your request.")
                row |= {"response": {"status_code": 500, "request_id": f"req_{index}", "body": body}}
                errors.append(row | {"error": None})
            elif plan == "expire" and index >= len(lines) // 2:
                message = "This request could not be executed before the completion window expired."
                errors.append(
                    row | {"response": None, "error": {"code": "batch_expired", "message": message}}
                )
            else:
                body = self.reply(line["body"])
                row |= {"response": {"status_code": 200, "request_id": f"req_{index}", "body": body}}
                out.append(row | {"error": None})
        name = batch["id"]
        if out:
            batch["output_file_id"] = self._store(_jsonl(out), f"{name}_output.jsonl", "batch_output")["id"]
        if errors:
            batch["error_file_id"] = self._store(_jsonl(errors), f"{name}_error.jsonl", "batch_output")["id"]
        expired = plan == "expire"
        batch.update(
            status="expired" if expired else "completed",
            request_counts={"total": len(lines), "completed": len(out), "failed": len(errors)},
        )
        batch["expired_at" if expired else "completed_at"] = int(time.time())

    def listing(self, kind: str, query: dict[str, list[str]]) -> dict[str, Any]:
        with self._lock:
            if kind == "files":
                purpose = query.get("purpose", [None])[0]
                items = [f for f in self.files.values() if purpose in (None, f["purpose"])]
            else:
                items = [_public(b) for b in self.batches.values()]
        items = list(reversed(items))  # newest first, as the API lists them
        return {
            "object": "list",
            "data": items,
            "first_id": items[0]["id"] if items else None,
            "last_id": items[-1]["id"] if items else None,
            "has_more": False,
        }

    def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self.chat_requests.append(body)
        return self.reply(body)


def _public(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if not k.startswith("_")}


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode("utf-8")


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart/form-data body: name -> (filename, bytes)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    @property
    def api(self) -> BatchServer:
        return self.server.api  # type: ignore[attr-defined,no-any-return]

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _send(self, status: int, payload: dict[str, Any] | bytes, kind: str = "application/json") -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        body = self._body()
        if path == "/v1/files":
            parts = _multipart(self.headers.get("Content-Type", ""), body)
            filename, data = parts.get("file", (None, b""))
            purpose = parts.get("purpose", (None, b""))[1].decode()
            if purpose != "batch" or not data:
                return self._send(400, _error("invalid_request_error", "purpose must be batch, with a file"))
            return self._send(200, self.api.upload(data, filename or "upload.jsonl", purpose))
        if path == "/v1/batches":
            return self._send(*self.api.create_batch(json.loads(body)))
        if path == "/v1/chat/completions":
            return self._send(200, self.api.chat(json.loads(body)))
        return self._send(404, _error("invalid_request_error", f"Unknown request URL: POST {path}"))

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        if parts == ["v1", "files"] or parts == ["v1", "batches"]:
            return self._send(200, self.api.listing(parts[1], parse_qs(url.query)))
        if len(parts) == 4 and parts[:2] == ["v1", "files"] and parts[3] == "content":
            data = self.api.contents.get(parts[2])
            if data is not None:
                return self._send(200, data, "application/octet-stream")
        if len(parts) == 3 and parts[:2] == ["v1", "batches"]:
            batch = self.api.look(parts[2])
            if batch is not None:
                return self._send(200, batch)
        return self._send(404, _error("invalid_request_error", f"No such object: {url.path}"))


BatchServer.handler = _Handler
