"""A deterministic stand-in for a model, in-process and behind a loopback OpenAI-compatible server.

The replies are *grounded*: the writer reads the article, the extracted candidates and (for a reduce
step) the partial briefs out of the prompt and turns them into a draft, so the verifier downstream does
the work it does on a real reply. Usage is counted with tiktoken over the message contents, as a server
would count the prompt (without chat-template tokens or the JSON schema in ``response_format``).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import tiktoken

from brief.backends.base import Message, Reply
from brief.tokens import count_tokens, get_encoding

__all__ = ["FakeModel", "LoopbackServer", "write_reply"]

_FENCE = re.compile(r"between the two (\S+) lines")
_STATEMENT = re.compile(r'^- (.+?): "(.*)"$')
_ACTOR = re.compile(r"^- (.+?) \((person|organisation|country|group|other)\)(?:: (.*))?$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Without candidate lists in the prompt (brief's default), the writer reads speakers off the article itself:
# a sentence with a speech verb, and the first run of two or more capitalised words in it.
_SPEECH = re.compile(r"\b(?:said|says|told|added|warned|according to)\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
_OPEN = re.compile(r"\b(?:could|may|might|whether|unclear|if)\b")
_LIMITS = {"actors": 8, "positions": 8, "open_questions": 4}


def _fenced(user: str) -> tuple[str, str]:
    """What lies between the two fence lines, and what follows them."""
    match = _FENCE.search(user)
    if match is None:
        return user, ""
    parts = user.split(f"\n{match.group(1)}\n")
    return (parts[1], parts[2]) if len(parts) >= 3 else (user, "")


def _section(after: str, heading: str) -> list[str]:
    """The ``- `` lines right under the line that starts with ``heading``."""
    lines = after.split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith(heading)), len(lines))
    out = []
    for line in lines[start + 1 :]:
        if not line.startswith("- "):
            break
        out.append(line)
    return out


def _words(text: str, count: int) -> str:
    return " ".join(text.split()[:count])


def _map_draft(user: str, *, from_text: bool = False) -> dict[str, Any]:
    article, after = _fenced(user)
    sentences = [s for s in _SENTENCE_END.split(" ".join(article.split())) if s]
    title = _words(article.strip().split("\n", 1)[0], 12) or "Untitled"
    actors: dict[str, dict[str, str]] = {}
    for line in _section(after, "Actors found"):
        if (m := _ACTOR.match(line)) is not None:
            actors.setdefault(m.group(1), {"name": m.group(1), "kind": m.group(2), "role": m.group(3) or ""})
    positions = []
    for line in _section(after, "Attributed statements"):
        if (m := _STATEMENT.match(line)) is not None:
            actors.setdefault(m.group(1), {"name": m.group(1), "kind": "other", "role": ""})
            positions.append(
                {
                    "actor": m.group(1),
                    "stance": f"{m.group(1)}: {_words(m.group(2), 10)}",
                    "evidence": [m.group(2)],
                }
            )
    points = [line[2:] for line in _section(after, "Unresolved points")]
    if from_text and not _section(after, "Actors found"):
        positions, points = _from_sentences(sentences, actors)
    questions = [
        {"question": f"What follows from this: {_words(point, 10)}?", "evidence": [point]} for point in points
    ]
    return {
        "title": title,
        "summary": " ".join(sentences[:2])[:600] or title,
        "actors": list(actors.values()),
        "positions": positions,
        "open_questions": questions,
    }


def _from_sentences(
    sentences: list[str], actors: dict[str, dict[str, str]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Positions (and their actors) and open points read off the article's sentences, no lists given."""
    positions = []
    for sentence in sentences:
        if _SPEECH.search(sentence) and (name := _NAME.search(sentence)) is not None:
            actor = name.group(0)
            actors.setdefault(actor, {"name": actor, "kind": "person", "role": ""})
            positions.append(
                {"actor": actor, "stance": f"{actor}: {_words(sentence, 10)}", "evidence": [sentence]}
            )
    return positions, [s for s in sentences if _OPEN.search(s)][: _LIMITS["open_questions"]]


def _reduce_draft(user: str) -> dict[str, Any]:
    inside, _ = _fenced(user)
    partials = [json.loads(line) for line in inside.split("\n") if line.strip().startswith("{")]
    merged: dict[str, Any] = {
        "title": partials[0]["title"],
        "summary": partials[0]["summary"],
        "actors": [],
        "positions": [],
        "open_questions": [],
    }
    for partial in partials:
        for key in _LIMITS:
            merged[key].extend(partial.get(key, []))
    unique: dict[str, Any] = {}
    for actor in merged["actors"]:
        unique.setdefault(actor["name"], actor)
    merged["actors"] = list(unique.values())
    return merged


def _is_reduce(user: str) -> bool:
    return "partial" in user.split("\n", 3)[0]


def write_reply(messages: Sequence[Message], schema: Mapping[str, Any]) -> str:
    """The JSON text a cooperative model would answer ``messages`` with, following ``schema``."""
    user = str(messages[-1]["content"])
    asked = "positions" in schema.get("properties", {})  # brief's full task (the peers send no schema)
    draft = _reduce_draft(user) if _is_reduce(user) else _map_draft(user, from_text=asked)
    fields = list(schema.get("properties", draft))
    for key, limit in _LIMITS.items():
        draft[key] = draft[key][:limit]
    named = {a["name"] for a in draft["actors"]}
    draft["positions"] = [p for p in draft["positions"] if p["actor"] in named]
    return json.dumps({k: v for k, v in draft.items() if k in fields}, ensure_ascii=False)


def _usage(messages: Sequence[Message], text: str, encoding: tiktoken.Encoding) -> tuple[int, int]:
    prompt = sum(count_tokens(str(m["content"]), encoding) for m in messages)
    return prompt, count_tokens(text, encoding)


class FakeModel:
    """A backend with zero model time: grounded replies written from the prompt.

    Args:
        model: the model name reported; it picks the tokenizer (``gpt-4``: exact cl100k).
        context_window: prompt + output tokens per request, which sets the chunk size.
    """

    engine = "fake"

    def __init__(self, model: str = "gpt-4", context_window: int = 8192) -> None:
        self.model = model
        self.context_window = context_window
        self.calls: list[tuple[str, int, int]] = []  # (map|reduce, prompt tokens, fenced tokens)
        self._encoding, _ = get_encoding(model)

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        """One grounded reply, logged in ``calls``."""
        text = write_reply(messages, schema)
        prompt, completion = _usage(messages, text, self._encoding)
        user = str(messages[-1]["content"])
        fenced = count_tokens(_fenced(user)[0], self._encoding)
        self.calls.append(("reduce" if _is_reduce(user) else "map", prompt, fenced))
        return Reply(text, prompt, completion, self.model, "stop")


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        self.server.owner.count()
        time.sleep(self.server.owner.delay)
        fmt = body.get("response_format") or {}
        schema = (fmt.get("json_schema") or {}).get("schema") or fmt.get("schema") or {}
        text = write_reply(body["messages"], schema)
        prompt, completion = _usage(body["messages"], text, self.server.owner.encoding)
        owner = self.server.owner
        sent = json.dumps(fmt, separators=(",", ":"))  # as the openai client sends it
        owner.count_tokens(prompt, completion, count_tokens(sent, owner.encoding) if fmt else 0)
        payload = json.dumps(
            {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "fake"),
                "choices": [
                    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
                ],
                "usage": {
                    "prompt_tokens": prompt,
                    "completion_tokens": completion,
                    "total_tokens": prompt + completion,
                },
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LoopbackServer


class LoopbackServer:
    """An OpenAI-compatible chat endpoint on 127.0.0.1 that answers every request after ``delay`` seconds."""

    def __init__(self, delay: float = 0.0, model: str = "gpt-4o-mini") -> None:  # model: the tokenizer
        self.delay = delay
        self.requests = 0
        self.prompt_tokens = self.completion_tokens = self.schema_tokens = 0
        self.encoding, _ = get_encoding(model)
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self

    @property
    def base_url(self) -> str:
        """The ``/v1`` URL to pass as ``base_url``."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def count(self) -> None:
        """Count one chat request."""
        with self._lock:
            self.requests += 1

    def count_tokens(self, prompt: int, completion: int, schema: int) -> None:
        """Add one reply's usage: prompt (message contents), completion, and ``response_format`` tokens."""
        with self._lock:
            self.prompt_tokens += prompt
            self.completion_tokens += completion
            self.schema_tokens += schema

    def usage(self) -> dict[str, int]:
        """Requests and tokens counted so far."""
        with self._lock:
            return {
                "requests": self.requests,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "schema_tokens": self.schema_tokens,
            }

    def __enter__(self) -> LoopbackServer:
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
