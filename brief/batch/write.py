"""Write a day's model requests as an OpenAI Batch input file instead of sending them.

Each article runs through the normal pipeline (:func:`~brief.pipeline.job.summarise`) with a backend
that sends nothing (:class:`~brief.batch.capture.Capture`): a request whose reply is in the response
cache is answered from it; any other is written as one line ``{"custom_id", "method", "url", "body"}``,
where ``body`` is exactly the request :class:`~brief.backends.openai_backend.OpenAIBackend` would send,
and the article stops there. Requests run one at a time, so a map request's ``custom_id`` is
``<article id>:<chunk index>``; a reduce or re-ask request (possible only once its inputs are cached,
i.e. in a second batch) is ``<article id>:reduce<n>`` / ``<article id>:reask<n>``. Once no article is
left before its first stage, the multi-source stories' summary requests are written too
(:mod:`brief.batch.stories`), as ``<story file stem>:0``.

The file is written line by line to a temporary file beside it and renamed into place at the end, so
memory stays flat and a reader never sees half a file. The state (:mod:`brief.batch.state`) is written
after it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from brief.backends.cache import ResponseCache
from brief.batch.capture import CHAT_URL, Capture, Pending
from brief.batch.state import (
    BatchArticle,
    BatchState,
    offline_openai,
    request_settings,
    state_path,
    write_state,
)
from brief.batch.stories import capture_stories, first_stage_left
from brief.config import Settings
from brief.daily.ahead import ParseAhead
from brief.daily.store import Stored, stored_briefs
from brief.deliver.files import slugify, temp_beside
from brief.errors import ConfigError, DeliveryError
from brief.extract import Extraction, ExtractionPool, default_workers
from brief.pipeline.job import summarise
from brief.prompts import PromptLibrary
from brief.read.articles import Article
from brief.schema import Brief

__all__ = ["CHAT_URL", "BatchWritten", "atomic_file", "write_batch"]


@dataclass(frozen=True)
class BatchWritten:
    """What ``write_batch`` did: the files, the request count (``stories`` of them the summaries of
    multi-source stories), and each article's part."""

    path: Path
    state_path: Path
    requests: int
    articles: tuple[BatchArticle, ...]
    stories: int = 0

    def second_round(self) -> list[BatchArticle]:
        """Articles split into several chunks: their reduce request needs a second batch."""
        return [a for a in self.articles if sum(c.rpartition(":")[2].isdigit() for c in a.custom_ids) > 1]


@contextmanager
def atomic_file(path: Path, fix: str) -> Iterator[IO[bytes]]:
    """A file written beside ``path`` and renamed onto it when the block ends without error.

    Raises:
        DeliveryError: the file cannot be written; the message ends with ``fix``.
    """
    tmp = temp_beside(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("xb") as handle:
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
    folder = settings.output_dir / date
    done = {} if force else _briefed(folder, maker)
    todo = {i: a.text for i, a in enumerate(articles) if a.id not in done and (only is None or a.id in only)}
    # Parse ahead in worker processes, as `brief daily` does: extraction is most of the time here.
    pool = ExtractionPool(default_workers()) if len(todo) > 1 else None
    ahead = ParseAhead(pool, todo, lookahead=2 * pool.workers) if pool is not None else None
    cache = ResponseCache.from_settings(settings) if settings.use_cache else None
    state = BatchState(date, str(path), maker[2], request_settings(settings))
    failed = True
    try:
        with _atomic_lines(path) as sink:
            capture = Capture(openai, sink, cache, settings)
            for index, article in enumerate(articles):
                extraction = None
                if ahead is not None and index in todo:
                    ahead.begin(index)
                    extraction = ahead.take(index, article.text)
                kept = "kept" if article.id in done else "held" if index not in todo else ""
                part, brief = _one(capture, article, kept, settings, prompts, extraction)
                state.articles.append(part)
                if brief is not None:  # briefed from cached replies: collect will write it there
                    done[article.id] = Stored(brief, folder / f"{slugify(brief.title, article.id)}.md")
            stories = 0
            if not first_stage_left(state.articles):  # the stories are known: their summaries are next
                stories = capture_stories(capture, state.articles, done, settings, prompts)
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
    return BatchWritten(path, where, len(capture.requests), tuple(state.articles), stories)


def _briefed(folder: Path, maker: tuple[str, str, str]) -> dict[str, Stored]:
    """The complete briefs in the day's folder made the same way (kept as they are), by article id."""
    found: dict[str, Stored] = {}
    for s in stored_briefs(folder):
        if (s.brief.generator.engine, s.brief.generator.model, s.brief.generator.prompt_hash) == maker:
            found.setdefault(s.brief.source.id, s)  # the first, as the day keeps it
    return found


def _one(
    capture: Capture,
    article: Article,
    kept: str,
    settings: Settings,
    prompts: PromptLibrary,
    extraction: Extraction | None,
) -> tuple[BatchArticle, Brief | None]:
    """The article's part in the batch, and its brief when every reply it needs is cached."""
    if kept:  # "kept" (briefed already) or "held" (not in this batch)
        return BatchArticle(article, status=kept), None
    capture.start(article.id)
    try:
        brief = summarise(article, backend=capture, settings=settings, prompts=prompts, extraction=extraction)
    except Pending:
        return BatchArticle(article, list(dict.fromkeys(capture.ids))), None
    return BatchArticle(article, status="cached"), brief
