"""The library entry point: ``summarise(article, backend=..., settings=...) -> Brief``.

read -> chunk -> extract -> prompt -> backend -> merge -> verify -> (render -> deliver by the caller)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from brief._version import __version__
from brief.backends.base import Backend
from brief.backends.pricing import cost
from brief.backends.structured import Tally, ask_draft, salvage
from brief.chunker import Chunk, chunk, chunk_budget, count_tokens, get_encoding
from brief.config import Settings
from brief.errors import SchemaValidationError
from brief.extract import CandidateActor, Extraction, OpenCandidate, Statement, extract
from brief.prompts import PromptLibrary, fence_for
from brief.read.articles import Article
from brief.schema import Brief, Draft, Generator, Source, Usage, validate_brief
from brief.verify.verifier import Limits, verify

__all__ = ["Progress", "output_budget", "requests_in_flight", "resolve_task", "summarise"]

Progress = Callable[[str, int, int], None]  # (stage, done, total)
MAX_STATEMENTS = 14
MAX_QUESTIONS = 6
MAX_ACTORS = 16
# Candidate lists may add at most this share of the chunk's tokens to a full-task prompt.
CANDIDATE_SHARE = 0.2
MIN_CANDIDATE_TOKENS = 120
SUMMARY_OUTPUT = 320
MIN_OUTPUT, MAX_OUTPUT, OUTPUT_BASE, OUTPUT_PER_TOKEN = 1024, 4096, 2000, 1.5
T = TypeVar("T")


def summarise(
    article: Article,
    *,
    backend: Backend | None,
    settings: Settings,
    prompts: PromptLibrary | None = None,
    on_progress: Progress | None = None,
    extraction: Extraction | None = None,
) -> Brief:
    """Turn one article into a verified, schema-valid brief.

    Args:
        article: the article to brief.
        backend: the model; ``None`` gives the extractive brief (no LLM at all).
        settings: output budget, overlap, re-asks, concurrency, prices, prompts folder.
        prompts: the template library (default: built from ``settings.prompts_dir``).
        on_progress: called as ``(stage, done, total)``.
        extraction: ``extract(article.text)`` when the caller already made it (in a worker process).

    Raises:
        BackendError: the endpoint or model failed (after its own retries).
        ConfigError: a template or setting is unusable.
    """
    prompts = prompts or PromptLibrary(settings.prompts_dir)
    if extraction is None:
        extraction = extract(article.text)
    tally = Tally()
    draft: Draft | None = None
    if backend is not None:
        draft = _Job(article, extraction, backend, prompts, settings, tally).run(on_progress)
    grounded, grounding = verify(draft, article.text, extraction, Limits(), title=article.title)
    grounding.fallback = backend is not None and draft is None
    engine, model = (backend.engine, backend.model) if backend else ("extractive", "")
    usage = Usage(
        prompt_tokens=tally.prompt_tokens,
        completion_tokens=tally.completion_tokens,
        calls=tally.calls,
        cost_usd=cost(
            engine,
            model,
            tally.prompt_tokens,
            tally.completion_tokens,
            settings.prices,
            batch=settings.batch_prices,
        ),
    )
    brief = Brief(
        **grounded.model_dump(),
        grounding=grounding,
        source=Source(
            id=article.id,
            title=article.title,
            path=article.source,
            url=article.url,
            published=article.published,
            chars=len(article.text),
        ),
        usage=usage,
        generator=Generator(
            engine=engine, model=model, prompt_hash=prompts.fingerprint(), version=__version__
        ),
        warnings=tally.warnings,
    )
    validate_brief(json.loads(brief.model_dump_json()))
    return brief


def requests_in_flight(settings: Settings, backend: Backend) -> int:
    """``settings.concurrency``, except for the embedded model, which answers one request at a time."""
    return 1 if backend.engine == "local" else max(1, settings.concurrency)


def output_budget(task: str, article_tokens: int, context_window: int) -> int:
    """Output tokens to ask for: a full brief copies its evidence from the article, so it grows with the
    article (2,000 tokens of structure plus one and a half per article token: careful briefs of 800- to
    1,100-token articles with 16-22 positions take 2,400-3,300 tokens, and one of a 320-word article
    with 13 positions took 1,914), at most 4,096 and a quarter of the context window, at least 1,024; the
    summary task needs 320. A longer article is chunked, and each chunk's reply fits this."""
    if task == "summary":
        return SUMMARY_OUTPUT
    wanted = min(MAX_OUTPUT, OUTPUT_BASE + int(OUTPUT_PER_TOKEN * article_tokens))
    return max(MIN_OUTPUT, min(wanted, context_window // 4))


def resolve_task(settings: Settings, backend: Backend) -> str:
    """What the model writes: ``auto`` asks the bundled embedded model only for title and summary."""
    if settings.task != "auto":
        return settings.task
    return "summary" if backend.engine == "local" and settings.model_path is None else "full"


class _Job:
    """The model-facing part of one brief: map over chunks, reduce recursively."""

    def __init__(
        self,
        article: Article,
        extraction: Extraction,
        backend: Backend,
        prompts: PromptLibrary,
        settings: Settings,
        tally: Tally,
    ) -> None:
        self.article, self.extraction, self.backend, self.prompts = article, extraction, backend, prompts
        self.task = resolve_task(settings, backend)
        self.fields = ("title", "summary") if self.task == "summary" else None
        self.encoding, warning = get_encoding(backend.model)
        self.max_output = settings.max_output_tokens or output_budget(
            self.task, count_tokens(article.text, self.encoding), backend.context_window
        )
        self.overlap = settings.chunk_overlap
        # a capable model finds speakers itself: the lists are for a small model, at 20% more tokens
        self.candidates = settings.candidates and self.task == "full"
        self.lead_tokens = settings.summary_lead_tokens
        # a small model that runs past its budget does so again when re-asked; the lead is the fallback
        self.retries = 0 if self.task == "summary" else settings.max_retries
        self.tally = tally
        self.concurrency = requests_in_flight(settings, backend)
        self.approximate = warning is not None
        self.fence = fence_for(article.text)
        self.system = prompts.render("system.j2", task=self.task)

    def run(self, on_progress: Progress | None) -> Draft | None:
        """Map, reduce; ``None`` when the model never gave a usable brief (a warning says why)."""
        budget = self._budget()
        lead = self.task == "summary" and self.lead_tokens > 0
        if lead:  # a small model writes title and summary from the lead; the rest is extractive
            budget = min(budget, self.lead_tokens)
        chunks = chunk(self.article.text, encoding=self.encoding, max_tokens=budget, overlap=self.overlap)
        if lead:
            chunks = chunks[:1]
        report = on_progress or (lambda stage, done, total: None)
        report("map", 0, len(chunks))
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            # submitted one by one, not with ``pool.map``, whose first error cancels the chunks not yet
            # started: when one chunk's request stops the article (a batch being written), the others
            # are still asked, so the batch file holds every chunk
            prompts = [self._map_prompt(c, len(chunks)) for c in chunks]
            futures = [pool.submit(self._ask, prompt) for prompt in prompts]
            partials = []
            for i, future in enumerate(futures):
                partials.append(future.result())
                report("map", i + 1, len(chunks))
        usable = [p for p in partials if p is not None]
        if not usable:
            return None
        return self._reduce(usable, report)

    def _budget(self) -> int:
        """Chunk tokens: the window minus output, system and template, with room for the candidates."""
        empty = self._render_map("", 0, 2, (), (), ())
        overhead = count_tokens(self.system, self.encoding) + count_tokens(empty, self.encoding) + 64
        budget = chunk_budget(
            self.backend.context_window, prompt_overhead=overhead, output_budget=self.max_output
        )
        if self.candidates:
            budget = int(budget / (1 + CANDIDATE_SHARE))
        return int(budget * 0.8) if self.approximate else budget

    def _render_map(
        self,
        text: str,
        index: int,
        count: int,
        actors: Sequence[CandidateActor],
        statements: Sequence[Statement],
        questions: Sequence[OpenCandidate],
    ) -> str:
        return self.prompts.render(
            "map.j2",
            title=self.article.title,
            text=text,
            chunk_index=index,
            chunk_count=count,
            fence=self.fence,
            actors=actors,
            statements=statements,
            questions=questions,
            task=self.task,
        )

    def _map_prompt(self, piece: Chunk, count: int) -> str:
        if not self.candidates:
            return self._render_map(piece.text, piece.index, count, (), (), ())
        inside = [s for s in self.extraction.statements if piece.start <= s.start < piece.end]
        open_ = [q for q in self.extraction.open_questions if piece.start <= q.evidence.start < piece.end]
        lowered = piece.text.casefold()
        actors = [
            a
            for a in self.extraction.actors
            if any(form.casefold() in lowered for form in (a.name, *a.aliases))
        ]
        room = max(MIN_CANDIDATE_TOKENS, int(piece.tokens * CANDIDATE_SHARE))
        actors, used = self._within(actors[:MAX_ACTORS], room // 4, lambda a: f"{a.name} {a.kind} {a.role}")
        left = room - used
        inside, used = self._within(
            inside[:MAX_STATEMENTS], left * 2 // 3, lambda s: f"{s.speaker}: {s.text}"
        )
        left -= used
        open_, _ = self._within(open_[:MAX_QUESTIONS], left, lambda q: q.evidence.text)
        return self._render_map(piece.text, piece.index, count, actors, inside, open_)

    def _within(self, items: Sequence[T], room: int, line: Callable[[T], str]) -> tuple[list[T], int]:
        """The leading items whose lines fit in ``room`` tokens, and their tokens (ranked best first)."""
        kept: list[T] = []
        used = 0
        for item in items:
            tokens = count_tokens(line(item), self.encoding)
            room -= tokens + 4
            if room < 0:
                break
            kept.append(item)
            used += tokens
        return kept, used

    def _ask(self, user: str, template: str = "map.j2") -> Draft | None:
        messages = [{"role": "system", "content": self.system}, {"role": "user", "content": user}]
        try:
            return ask_draft(
                self.backend,
                messages,
                max_tokens=self.max_output,
                retries=self.retries,
                tally=self.tally,
                templates=("system.j2", template),
                fields=self.fields,
            )
        except SchemaValidationError as exc:
            rescued = salvage(exc.raw)
            what = "kept its valid parts" if rescued else "used the extractive brief"
            self.tally.warnings.append(f"{exc} — {what}")
            return rescued

    def _reduce(self, partials: list[Draft], report: Progress) -> Draft | None:
        level = 0
        while len(partials) > 1:
            texts = [p.model_dump_json(exclude_defaults=True) for p in partials]  # once per level
            groups = self._groups(list(zip(partials, texts, strict=True)))
            level += 1
            report(f"reduce {level}", 0, len(groups))
            partials = [
                (self._ask(self._reduce_prompt([t for _, t in g]), "reduce.j2") or g[0][0])
                if len(g) > 1
                else g[0][0]
                for g in groups
            ]
            report(f"reduce {level}", len(groups), len(groups))
        return partials[0]

    def _reduce_prompt(self, texts: list[str]) -> str:
        return self.prompts.render(
            "reduce.j2", title=self.article.title, partials=texts, fence=self.fence, task=self.task
        )

    def _groups(self, partials: list[tuple[Draft, str]]) -> list[list[tuple[Draft, str]]]:
        """Pack partials into groups whose reduce prompt fits the context window (at least two per group)."""
        limit = self.backend.context_window - self.max_output - count_tokens(self.system, self.encoding) - 256
        limit = int(limit * 0.8) if self.approximate else limit
        groups: list[list[tuple[Draft, str]]] = [[]]
        used = 0
        for partial in partials:
            size = count_tokens(partial[1], self.encoding)
            if groups[-1] and used + size > limit and len(groups[-1]) >= 2:
                groups.append([])
                used = 0
            groups[-1].append(partial)
            used += size
        return groups
