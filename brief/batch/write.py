"""Write a day's model requests as an OpenAI Batch input file instead of sending them.

Each article runs through the normal pipeline (:func:`~brief.pipeline.job.summarise`) with a backend
that sends nothing: a request whose reply is in the response cache is answered from it; any other is
written as one line ``{"custom_id", "method", "url", "body"}``, where ``body`` is exactly the request
:class:`~brief.backends.openai_backend.OpenAIBackend` would send, and the article stops there. Requests
run one at a time, so a map request's ``custom_id`` is ``<article id>:<chunk index>``; a reduce or
re-ask request (possible only once its inputs are cached, i.e. in a second batch) is
``<article id>:reduce<n>`` / ``<article id>:reask<n>``.

The file is written line by line to a temporary file beside it and renamed into place at the end, so
memory stays flat and a reader never sees half a file. The state (:mod:`brief.batch.state`) is written
after it.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from brief.backends.base import Message, Reply
from brief.backends.cache import ResponseCache
from brief.backends.openai_backend import OpenAIBackend
from brief.backends.request_key import merge_options, request_key, request_options
from brief.batch.state import (
    BatchArticle,
    BatchState,
    offline_openai,
    request_settings,
    state_path,
    write_state,
)
from brief.config import Settings
from brief.daily.ahead import ParseAhead
from brief.daily.store import stored_briefs
from brief.errors import ConfigError, DeliveryError
from brief.extract import Extraction, ExtractionPool, default_workers
from brief.pipeline.job import summarise
from brief.prompts import PromptLibrary
from brief.read.articles import Article

__all__ = ["CHAT_URL", "BatchWritten", "atomic_file", "write_batch"]

CHAT_URL = "/v1/chat/completions"


@dataclass(frozen=True)
class BatchWritten:
    """What ``write_batch`` did: the files, the request count, and each article's part."""

    path: Path
    state_path: Path
    requests: int
    articles: tuple[BatchArticle, ...]

    def second_round(self) -> list[BatchArticle]:
        """Articles split into several chunks: their reduce request needs a second batch."""
        return [a for a in self.articles if sum(c.rpartition(":")[2].isdigit() for c in a.custom_ids) > 1]


class _Pending(Exception):
    """Raised by the capture backend once a request is written: the article's reply is not here yet."""


class _Capture:
    """A backend that answers from the response cache or writes the request to the batch file."""

    accepts_options = True
    engine = "openai"

    def __init__(self, openai: OpenAIBackend, sink: IO[str], cache: ResponseCache | None, settings: Settings):
        self.openai, self.sink, self.cache = openai, sink, cache
        self.model, self.context_window = openai.model, openai.context_window
        self.options = request_options(settings)
        self.requests: dict[str, str] = {}  # cache key -> custom_id, for every line written
        self.article = ""
        self.counts: dict[str, int] = {}
        self.ids: list[str] = []

    def start(self, article: Article) -> None:
        self.article, self.counts, self.ids = article.id, {}, []

    def complete(
        self,
        messages: Sequence[Message],
        schema: Mapping[str, Any],
        *,
        max_tokens: int,
        options: Mapping[str, Any] | None = None,
    ) -> Reply:
        custom_id = self._custom_id(options)  # counted before the cache, so chunk numbers stay right
        merged = merge_options(self.options, options, max_tokens)
        key = request_key(self.engine, self.model, messages, schema, merged)
        cached = self.cache.get(key) if self.cache is not None else None
        if cached is not None:
            return cached
        if key not in self.requests:
            body = self.openai.request_body(messages, schema, max_tokens=max_tokens)
            line = {"custom_id": custom_id, "method": "POST", "url": CHAT_URL, "body": body}
            self.sink.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.requests[key] = custom_id
        self.ids.append(self.requests[key])
        raise _Pending(custom_id)

    def _custom_id(self, options: Mapping[str, Any] | None) -> str:
        templates = list((options or {}).get("templates", ()))
        kind = "reask" if "reask" in templates else "reduce" if "reduce.j2" in templates else ""
        number = self.counts.get(kind, 0)
        self.counts[kind] = number + 1
        return f"{self.article}:{kind}{number}"


@contextmanager
def atomic_file(path: Path, fix: str) -> Iterator[IO[bytes]]:
    """A file written beside ``path`` and renamed onto it when the block ends without error.

    Raises:
        DeliveryError: the file cannot be written; the message ends with ``fix``.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise DeliveryError(f"cannot write {path}: {exc.strerror or exc}: {fix}") from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(tmp, path)
    except OSError as exc:
        raise DeliveryError(f"cannot write {path}: {exc.strerror or exc}: {fix}") from exc
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def _atomic_lines(path: Path) -> Iterator[IO[str]]:
    """A UTF-8 text file written with :func:`atomic_file`."""
    with (
        atomic_file(path, "choose another --batch-file") as raw,
        io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as handle,
    ):
        yield handle


def write_batch(
    articles: Sequence[Article],
    path: Path,
    *,
    date: str,
    settings: Settings,
    force: bool = False,
    only: Collection[str] | None = None,
    previous: BatchState | None = None,
) -> BatchWritten:
    """Write the requests the day's articles still need to ``path`` and the day's state to the cache folder.

    Args:
        articles: the day's inbox.
        path: the batch input file (JSONL) to write.
        date: the day the batch belongs to.
        settings: model, sampling, output budget, prompts and cache as for an interactive run.
        force: write requests even for articles whose brief for ``date`` is complete.
        only: write requests for these article ids only; the others not yet briefed are ``held``.
        previous: the day's state so far (a follow-up batch): its requests and uploads are kept.

    Raises:
        DeliveryError: the batch file cannot be written.
        ConfigError: an engine other than openai (or auto), the state cannot be written, or a template or
            setting is unusable.
    """
    if settings.engine not in ("auto", "openai"):
        raise ConfigError(
            f"--batch-file writes OpenAI-compatible requests, not for engine {settings.engine!r}: "
            "use --engine openai with the --model the batch runner serves"
        )
    settings = settings.replace(engine="openai", concurrency=1)  # one at a time: chunk order is line order
    openai = offline_openai(settings)
    prompts = PromptLibrary(settings.prompts_dir)
    maker = ("openai", openai.model, prompts.fingerprint())
    done = set() if force else _briefed(settings, date, maker)
    todo = {i: a.text for i, a in enumerate(articles) if a.id not in done and (only is None or a.id in only)}
    # Parse ahead in worker processes, as `brief daily` does: extraction is most of the time here.
    pool = ExtractionPool(default_workers()) if len(todo) > 1 else None
    ahead = ParseAhead(pool, todo, lookahead=2 * pool.workers) if pool is not None else None
    cache = ResponseCache.from_settings(settings) if settings.use_cache else None
    state = BatchState(date, str(path), maker[2], request_settings(settings))
    failed = True
    try:
        with _atomic_lines(path) as sink:
            capture = _Capture(openai, sink, cache, settings)
            for index, article in enumerate(articles):
                extraction = None
                if ahead is not None and index in todo:
                    ahead.begin(index)
                    extraction = ahead.take(index, article.text)
                kept = "kept" if article.id in done else "held" if index not in todo else ""
                state.articles.append(_one(capture, article, kept, settings, prompts, extraction))
            state.requests = {**(previous.requests if previous else {}), **capture.requests}
            state.remote = list(previous.remote) if previous else []
        failed = False
    finally:
        if ahead is not None and pool is not None:
            ahead.cancel()
            pool.close(cancel=failed)
        if cache is not None:
            cache.close()
    where = state_path(settings, date)
    write_state(state, where)
    return BatchWritten(path, where, len(capture.requests), tuple(state.articles))


def _briefed(settings: Settings, date: str, maker: tuple[str, str, str]) -> set[str]:
    """Ids of the articles whose brief for ``date`` is complete and made the same way (kept as they are)."""
    return {
        s.brief.source.id
        for s in stored_briefs(settings.output_dir / date)
        if (s.brief.generator.engine, s.brief.generator.model, s.brief.generator.prompt_hash) == maker
    }


def _one(
    capture: _Capture,
    article: Article,
    kept: str,
    settings: Settings,
    prompts: PromptLibrary,
    extraction: Extraction | None,
) -> BatchArticle:
    if kept:  # "kept" (briefed already) or "held" (not in this batch)
        return BatchArticle(article, status=kept)
    capture.start(article)
    try:
        summarise(article, backend=capture, settings=settings, prompts=prompts, extraction=extraction)
    except _Pending:
        return BatchArticle(article, list(dict.fromkeys(capture.ids)))
    return BatchArticle(article, status="cached")
