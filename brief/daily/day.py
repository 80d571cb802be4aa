"""Run a day: brief every article of the inbox into ``<output_dir>/<date>/`` and write the digest.

``run_day(inbox, date=..., settings=...)`` reads the inbox (files, folders, feed files, the links in
``.urls`` files and the feed URLs in ``settings.feeds``), skips articles whose brief for that date is
already complete (made by the same engine, model and templates; ``force`` redoes them), briefs the
rest with up to ``settings.concurrency`` requests in flight (one at a time for the embedded model)
while worker processes parse the next articles (not beside the embedded model, which needs the CPU),
stops starting articles when ``settings.max_cost`` would be exceeded (see :mod:`brief.daily.meter`),
and last groups the briefs into stories and writes the digest (see :mod:`brief.daily.stories`).
A failed article does not stop the others; an error every article would hit (a rejected key, an
unknown model, an unwritable folder) stops new ones starting.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from brief.backends.pricing import cost
from brief.config import Settings
from brief.daily.ahead import ParseAhead
from brief.daily.cluster_summary import cluster_summariser
from brief.daily.digest import NotIncluded
from brief.daily.inbox import Inbox, collect_inbox
from brief.daily.meter import Budget, Meter, estimate_cost
from brief.daily.result import ArticleOutcome, DayEvent, DayResult, Status
from brief.daily.store import Stored, save_story, stored_briefs
from brief.daily.stories import write_day
from brief.errors import BackendError, BriefError, ConfigError, DeliveryError, InputError
from brief.pipeline.briefer import Briefer
from brief.pipeline.job import requests_in_flight, summarise
from brief.read.articles import Article
from brief.read.fetch import Fetcher
from brief.render import render_markdown
from brief.schema import Brief

__all__ = ["ArticleOutcome", "DayEvent", "DayResult", "OnEvent", "check_date", "run_day"]

OnEvent = Callable[[DayEvent], None]
_FATAL_STATUS = frozenset({401, 403, 404})


def check_date(date: str) -> str:
    """``date`` if it is a real ``YYYY-MM-DD`` date.

    Raises:
        InputError: naming the expected form.
    """
    try:
        if len(date) == 10 and dt.date.fromisoformat(date).isoformat() == date:
            return date
    except ValueError:
        pass
    raise InputError(
        f"date {date!r} is not a YYYY-MM-DD date: pass e.g. --date {dt.date.today().isoformat()}"
    )


def run_day(
    inbox: Sequence[Path],
    *,
    date: str,
    settings: Settings,
    briefer: Briefer | None = None,
    fetcher: Fetcher | None = None,
    force: bool = False,
    on_event: OnEvent | None = None,
) -> DayResult:
    """Brief the day's articles and write the digest.

    Args:
        inbox: files and folders to read (feed URLs come from ``settings.feeds``).
        date: the ``YYYY-MM-DD`` folder under ``settings.output_dir``.
        settings: engine, concurrency, max_cost, prices, output_dir, feeds.
        briefer: the configured pipeline (default: ``Briefer(settings)``, which opens the model).
        fetcher: how links and feed URLs are downloaded (default: ``Fetcher.from_settings(settings)``,
            which remembers pages in the cache folder so an unchanged page is not downloaded again).
        force: brief every article again even when its brief is complete.
        on_event: progress events; called from worker threads too.

    Raises:
        InputError: a bad date, a missing inbox path, or nothing to read at all.
        ConfigError: the engine cannot be set up, or ``max_cost`` is set for a model without a price.
        DeliveryError: the digest cannot be written.
    """
    check_date(date)
    if briefer is None:
        with Briefer(settings) as own:
            return run_day(
                inbox,
                date=date,
                settings=settings,
                briefer=own,
                fetcher=fetcher,
                force=force,
                on_event=on_event,
            )
    if fetcher is None:
        with Fetcher.from_settings(settings) as own_fetcher:
            found = collect_inbox(inbox, settings.feeds, fetcher=own_fetcher)
    else:
        found = collect_inbox(inbox, settings.feeds, fetcher=fetcher)
    day = _Day(settings, briefer, date, force, on_event or (lambda event: None))
    outcomes = day.run(found.articles)
    return day.finish(outcomes, found)


@dataclass
class _Flight:
    index: int
    meter: Meter | None
    estimate: float


class _Day:
    """One day's run: decide what to brief, brief it concurrently, write files from the main thread."""

    def __init__(self, settings: Settings, briefer: Briefer, date: str, force: bool, emit: OnEvent) -> None:
        self.settings, self.briefer, self.date, self.force, self.emit = settings, briefer, date, force, emit
        self.folder = settings.output_dir / date
        backend = briefer.backend
        # The embedded model needs the CPU: it gets no extraction workers beside it.
        self.local = backend is not None and backend.engine == "local"
        requests = 1 if backend is None else requests_in_flight(settings, backend)
        self.gate = threading.BoundedSemaphore(requests)
        # Twice as many articles as requests in flight, so reading and verifying the next articles
        # happens while the model is busy; the gate still bounds the requests.
        self.workers = requests if requests == 1 else 2 * requests
        self.ahead: ParseAhead | None = None
        self.budget = Budget(settings.max_cost)
        self.stored = stored_briefs(self.folder)
        engine, model = (backend.engine, backend.model) if backend else ("extractive", "")
        self.maker = (engine, model, briefer.prompts.fingerprint())  # a brief made otherwise is redone
        self.stop: str | None = None
        self.total = 0

    def run(self, articles: Sequence[Article]) -> list[ArticleOutcome]:
        """An outcome per article, in inbox order."""
        self.total = len(articles)
        outcomes: list[ArticleOutcome | None] = [None] * len(articles)
        queue: deque[int] = deque()
        complete = self._complete()
        for index, article in enumerate(articles):
            kept = complete.get(article.id)
            if kept is None:
                queue.append(index)
            else:
                outcomes[index] = self._done(index, ArticleOutcome(article, "kept", kept))
        self._check_budget()
        if len(queue) > 1 and not self.local:  # parse the next articles in other processes meanwhile
            pool = self.briefer.extraction_pool()
            texts = {index: articles[index].text for index in queue}
            self.ahead = ParseAhead(pool, texts, lookahead=self.workers + pool.workers)
        try:
            self._brief_all(articles, queue, outcomes)
        finally:  # articles not started (budget, fatal error, Ctrl-C) need no parse
            if self.ahead is not None:
                self.ahead.cancel()
        for index in queue:
            status: Status = "over budget" if self.stop == "budget" else "not started"
            reason = self._stop_reason()
            outcomes[index] = self._done(index, ArticleOutcome(articles[index], status, error=reason))
        return [o for o in outcomes if o is not None]

    def _complete(self) -> dict[str, Stored]:
        """The stored briefs that can be kept as they are, by article id (the first of an article's)."""
        complete: dict[str, Stored] = {}
        for stored in () if self.force else self.stored:
            if stored.maker == self.maker:
                complete.setdefault(stored.source.id, stored)
        return complete

    def _check_budget(self) -> None:
        backend = self.briefer.backend
        if self.settings.max_cost is None or backend is None:
            return
        if cost(backend.engine, backend.model, 1, 1, self.settings.prices) is None:
            raise ConfigError(
                f"--max-cost needs a price for model {backend.model!r}: add "
                f'[prices."{backend.model}"] with input and output (USD per million tokens) to brief.toml'
            )

    def _brief_all(
        self, articles: Sequence[Article], queue: deque[int], outcomes: list[ArticleOutcome | None]
    ) -> None:
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="brief-day") as pool:
            flights: dict[Future[tuple[Brief, str]], _Flight] = {}
            try:
                while queue or flights:
                    while queue and len(flights) < self.workers and self.stop is None:
                        flight = self._start(pool, articles[queue[0]], queue[0], flights)
                        if flight is None:
                            break
                        queue.popleft()
                    if not flights:
                        break
                    done, _ = wait(flights, return_when=FIRST_COMPLETED)
                    for future in done:
                        flight = flights.pop(future)
                        outcomes[flight.index] = self._land(future, articles[flight.index], flight)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: finished briefs are on disk
                raise

    def _start(
        self,
        pool: ThreadPoolExecutor,
        article: Article,
        index: int,
        flights: dict[Future[tuple[Brief, str]], _Flight],
    ) -> _Flight | None:
        backend = self.briefer.backend
        estimate = 0.0
        if backend is not None and self.settings.max_cost is not None:
            estimate = estimate_cost(article.text, backend, self.settings) or 0.0
        if not self.budget.reserve(estimate):
            self.stop = "budget"
            return None
        meter = Meter(backend, self.gate) if backend is not None else None
        self.emit(DayEvent("start", index + 1, self.total, article.title))
        if self.ahead is not None:
            self.ahead.begin(index)
        flight = _Flight(index, meter, estimate)
        flights[pool.submit(self._brief, article, index, meter)] = flight
        return flight

    def _brief(self, article: Article, index: int, meter: Meter | None) -> tuple[Brief, str]:
        """Worker thread: the verified brief and its Markdown."""

        def progress(stage: str, done: int, total: int) -> None:
            self.emit(DayEvent("progress", index + 1, self.total, article.title, stage, done, total))

        extraction = None if self.ahead is None else self.ahead.take(index, article.text)
        brief = summarise(
            article,
            backend=meter,
            settings=self.settings,
            prompts=self.briefer.prompts,
            on_progress=progress,
            extraction=extraction,
        )
        return brief, render_markdown(brief, self.briefer.prompts, date=self.date)

    def _land(self, future: Future[tuple[Brief, str]], article: Article, flight: _Flight) -> ArticleOutcome:
        """Main thread: write a finished brief, or record why it failed."""
        meter = flight.meter
        spent = meter.cost(self.settings.prices, batch=self.settings.batch_prices) if meter else 0.0
        self.budget.settle(flight.estimate, spent or 0.0)
        try:
            brief, markdown = future.result()
            saved = save_story(brief, markdown, self.folder, self.stored)
            self.stored = [s for s in self.stored if not s.same_article(brief)] + [saved]
            outcome = ArticleOutcome(article, "briefed", saved)
        except BriefError as exc:
            outcome = ArticleOutcome(article, "failed", error=str(exc))
            if _fatal(exc):
                self.stop = self.stop or str(exc)
        if meter is not None:
            outcome.count(meter, spent)
        return self._done(flight.index, outcome)

    def _done(self, index: int, outcome: ArticleOutcome) -> ArticleOutcome:
        self.emit(DayEvent("done", index + 1, self.total, outcome.article.title, outcome=outcome))
        return outcome

    def _stop_reason(self) -> str:
        if self.stop == "budget":
            return f"not started: it would take the day past --max-cost ${self.settings.max_cost:g}"
        return f"not started after an error every article would hit: {self.stop}"

    def finish(self, outcomes: list[ArticleOutcome], inbox: Inbox) -> DayResult:
        """Group the briefs into stories, write them, ``index.md``, ``index.json`` and the browser pages."""
        stories, missing = self._stories(outcomes)
        articles = {o.article.id: o.article for o in outcomes if o.stored is not None}
        briefer = self.briefer
        written = write_day(
            self.folder,
            self.date,
            stories,
            articles,
            prompts=self.briefer.prompts,
            output_dir=self.settings.output_dir,
            not_included=missing,
            summariser=cluster_summariser(briefer.backend, self.settings, briefer.prompts, self.budget),
        )
        found = (inbox.skipped, inbox.failed, written.notes, written.spent)
        return DayResult(self.date, written.digest, written.md_path, outcomes, *found)

    def _stories(self, outcomes: Sequence[ArticleOutcome]) -> tuple[list[Stored], list[NotIncluded]]:
        """This run's briefs in inbox order, then other complete briefs already in the folder."""
        ours = [o.stored for o in outcomes if o.stored is not None]
        ids = {s.source.id for s in ours}
        urls = {s.source.url for s in ours if s.source.url}
        others = [s for s in self.stored if s.source.id not in ids and s.source.url not in urls]
        stories = ours + sorted(others, key=lambda s: s.title.casefold())
        ids.update(s.source.id for s in others)
        missing = [
            NotIncluded(source=o.article.url or o.article.source, title=o.article.title, reason=o.error)
            for o in outcomes
            if o.stored is None and o.article.id not in ids
        ]
        return stories, missing


def _fatal(exc: BriefError) -> bool:
    """Errors every later article would hit too."""
    if isinstance(exc, BackendError):
        return exc.status in _FATAL_STATUS
    return isinstance(exc, (ConfigError, DeliveryError))
