"""``run_day``: inbox reading, idempotent re-runs, failures, the budget, the cache and concurrency."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_digest import make

from brief.backends.base import Message, Reply
from brief.backends.cache import CachingBackend, ResponseCache
from brief.backends.pricing import cost, total_cost
from brief.config import Settings
from brief.daily.day import DayEvent, check_date, run_day
from brief.daily.digest import DIGEST_JSON, load_digest
from brief.daily.inbox import collect_inbox
from brief.daily.meter import estimate_cost
from brief.daily.store import save_story, stored_briefs
from brief.errors import BackendError, ConfigError, DeliveryError, InputError
from brief.pipeline.briefer import Briefer
from brief.read.fetch import Fetcher

INBOX = Path(__file__).parent / "fixtures" / "inbox"
DAY1 = INBOX / "day1"
DATE = "2024-05-15"
TITLE = re.compile(r'the article "(.*)"')


class DraftBackend:
    """Answers every request with a valid draft titled like the article; thread-safe and observable.

    ``hold`` makes each request wait (up to ``patience`` s) until that many are in flight, so a test can see
    whether requests overlap without timing anything.
    """

    def __init__(
        self,
        *,
        engine: str = "openai",
        model: str = "gpt-4o-mini",
        fail: str | None = None,
        status: int = 500,
        hold: int = 0,
        patience: float = 2.0,
        usage: tuple[int, int] = (50, 20),
    ) -> None:
        self.engine, self.model, self.context_window = engine, model, 8192
        self.fail, self.status, self.hold, self.patience, self.usage = fail, status, hold, patience, usage
        self.calls = self.in_flight = self.max_in_flight = 0
        self.cond = threading.Condition()

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        prompt = messages[-1]["content"]
        with self.cond:
            self.calls += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.cond.notify_all()
            self.cond.wait_for(lambda: self.in_flight >= self.hold, timeout=self.patience if self.hold else 0)
        try:
            if self.fail and self.fail in prompt:
                raise BackendError(
                    f"the endpoint answered {self.status}: try again later", status=self.status
                )
            match = TITLE.search(prompt)
            draft = {"title": match.group(1) if match else "Story", "summary": "A short summary."}
            return Reply(json.dumps(draft), *self.usage, model=self.model, finish_reason="stop")
        finally:
            with self.cond:
                self.in_flight -= 1


def day(settings: Settings, backend: Any = None, inbox: Sequence[Path] = (DAY1,), **kwargs: Any) -> Any:
    with Briefer(settings, backend, open_model=False) as briefer:
        date = kwargs.pop("date", DATE)
        return run_day(list(inbox), date=date, settings=settings, briefer=briefer, **kwargs)


def files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


# --- the inbox ------------------------------------------------------------------------------------


def test_each_input_kind_is_read_and_duplicates_are_kept_once() -> None:
    inbox = collect_inbox([DAY1])
    kinds = sorted({Path(a.source).suffix for a in inbox.articles})
    assert kinds == [".atom", ".html", ".md", ".rss", ".txt"]
    by_source = {Path(a.source).name: 0 for a in inbox.articles}
    for article in inbox.articles:
        by_source[Path(article.source).name] += 1
    assert by_source["ledger.rss"] == 2 and by_source["gazette.atom"] == 2  # several entries per feed
    assert len(inbox.articles) == 12 and len({a.id for a in inbox.articles}) == 12
    # budget.txt repeats budget-copy.md (same text, other line breaks); the feed repeats the HTML page's URL
    repeats = [note for note in inbox.skipped if "is the same article as" in note]
    assert [Path(n.split(":")[0]).name for n in repeats] == ["budget.txt", "ledger.rss"]
    html = next(a for a in inbox.articles if a.source.endswith("coalition.html"))
    assert (html.title, html.url, html.published) == (
        "Coalition talks stall over budget",
        "https://ledger.example/politics/coalition-talks-stall",
        "2024-05-14",
    )


def test_a_text_copy_of_an_html_page_keeps_the_page_and_says_so(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(collect_inbox([DAY1 / "coalition.html"]).articles[0].text, encoding="utf-8")
    inbox = collect_inbox([copy, DAY1 / "coalition.html"])
    (kept,) = inbox.articles
    assert (kept.source, kept.url) == (
        str(DAY1 / "coalition.html"),
        "https://ledger.example/politics/coalition-talks-stall",
    )
    (note,) = inbox.skipped
    assert note.startswith(
        f"{copy}: 'Coalition talks stall over budget' is the same article as {DAY1 / 'coalition.html'}"
    )
    assert "which has the URL, date and author this one lacks; skipped this one" in note


def test_missing_inbox_and_empty_day_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"inbox .*nowhere not found: check the path"):
        collect_inbox([tmp_path / "nowhere"])
    with pytest.raises(
        InputError,
        match=r"nothing to brief: pass an inbox folder, or set inbox = \[...\] \(folders\) or feeds",
    ):
        collect_inbox([])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"no article found in .*empty: add \.txt"):
        collect_inbox([tmp_path / "empty"])


@pytest.fixture
def feed_server() -> Iterator[str]:
    """A loopback HTTP server serving ``tests/fixtures/inbox/day1``; yields its base URL."""
    handler = partial(_QuietHandler, directory=str(DAY1))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_feed_urls_are_fetched_and_a_broken_one_does_not_stop_the_day(
    feed_server: str, settings: Settings
) -> None:
    feeds = (f"{feed_server}/gazette.atom", f"{feed_server}/missing.rss", f"{feed_server}/ledger.rss")
    result = day(settings.replace(engine="extractive", feeds=feeds), inbox=[DAY1 / "coalition.html"])
    sources = [o.article.source for o in result.outcomes]
    assert sources == [str(DAY1 / "coalition.html"), feeds[0], feeds[0], feeds[2], feeds[2]]
    assert result.failed_sources == (f"{feeds[1]}: 404 File not found: check the link",)
    assert not result.ok and len(result.digest.stories) == 5
    assert any("is the same article as" in note for note in result.skipped)  # the feed's copy of the page


def test_an_injected_fetcher_replaces_http(settings: Settings) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        headers = {"Content-Type": "application/atom+xml"}
        return httpx.Response(200, headers=headers, content=(DAY1 / "gazette.atom").read_bytes())

    with Fetcher(transport=httpx.MockTransport(answer)) as fetcher:
        inbox = collect_inbox([], ["https://gazette.example/feed"], fetcher=fetcher)
    assert seen == ["https://gazette.example/feed"] and len(inbox.articles) == 2


# --- writing the day ------------------------------------------------------------------------------


def test_day_writes_every_brief_and_the_digest(settings: Settings) -> None:
    events: list[DayEvent] = []
    result = day(settings.replace(engine="extractive"), on_event=events.append)
    folder = settings.output_dir / DATE
    assert result.md_path == folder / "index.md" and result.json_path.is_file()
    assert [o.status for o in result.outcomes] == ["briefed"] * 12 and result.ok
    digest = load_digest(folder / DIGEST_JSON)
    assert len(digest.stories) == 12 and len({s.id for s in digest.stories}) == 12
    assert all(
        (folder / s.file).is_file() and (folder / s.file).with_suffix(".json").is_file()
        for s in digest.stories
    )
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []  # no temp files left
    assert {e.kind for e in events} == {"start", "done"}  # the extractive engine has no model stages
    assert [e.index for e in events if e.kind == "done"] == list(range(1, 13))
    assert result.summary(None) == "12 articles (12 briefed) · no model used"


def test_rerun_keeps_what_is_done_and_rewrites_nothing(settings: Settings) -> None:
    settings = settings.replace(engine="extractive")
    day(settings)
    folder = settings.output_dir / DATE
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    result = day(settings)
    assert [o.status for o in result.outcomes] == ["kept"] * 12
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert result.summary(None) == "12 articles (12 already done) · no model used"


def test_an_interrupted_run_is_completed_by_the_next(settings: Settings) -> None:
    settings = settings.replace(engine="extractive")
    day(settings)
    folder = settings.output_dir / DATE
    done = files(folder)
    half, gone = [p for p in sorted(folder.glob("[!i]*.md")) if not p.stem.endswith("-sources")][:2]
    half.unlink()  # the JSON was written, the Markdown not yet
    gone.unlink()
    gone.with_suffix(".json").unlink()
    (folder / ".x.md.123.tmp").write_text(
        "partial"
    )  # what an atomic write leaves at worst: a hidden temp file
    result = day(settings)
    assert sorted(o.status for o in result.outcomes).count("briefed") == 2
    (folder / ".x.md.123.tmp").unlink()
    assert files(folder) == done


def test_force_and_another_model_brief_again_in_place(settings: Settings) -> None:
    day(settings.replace(engine="extractive"))
    result = day(settings, DraftBackend())
    assert {o.status for o in result.outcomes} == {"briefed"}  # made by another engine: not kept
    folder = settings.output_dir / DATE
    singles = [p for p in folder.glob("*.md") if not p.stem.endswith("-sources")]  # not multi-source
    assert len(stored_briefs(folder)) == 12 and len(singles) == 13
    assert {s.brief.generator.engine for s in stored_briefs(folder)} == {"openai"}
    assert {o.status for o in day(settings, DraftBackend()).outcomes} == {"kept"}
    assert {o.status for o in day(settings, DraftBackend(), force=True).outcomes} == {"briefed"}


def test_a_newer_version_of_an_article_replaces_the_old_brief(tmp_path: Path, settings: Settings) -> None:
    settings = settings.replace(engine="extractive")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = (DAY1 / "ledger.rss").read_text(encoding="utf-8")
    (inbox / "ledger.rss").write_text(feed, encoding="utf-8")
    day(settings, inbox=[inbox])
    updated = feed.replace("extended their strike on Monday", "extended their strike again on Monday")
    (inbox / "ledger.rss").write_text(updated, encoding="utf-8")
    result = day(settings, inbox=[inbox])
    strike = [s for s in result.digest.stories if "strike" in s.title.lower()]
    assert len(strike) == 1 and len(stored_briefs(settings.output_dir / DATE)) == 3


def test_same_title_different_articles_get_different_files(tmp_path: Path, settings: Settings) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Budget talks\n\nAnna Berg said no.\n")
    (inbox / "b.txt").write_text("Budget talks\n\nKarin Nyström said yes.\n")
    result = day(settings, DraftBackend(), inbox=[inbox])
    a, b = (o.md_path.name for o in result.outcomes if o.md_path)
    assert a == "budget-talks.md" and re.fullmatch(r"budget-talks-[0-9a-f]{8}\.md", b)


def test_a_brief_titled_index_does_not_take_the_digest_name(tmp_path: Path) -> None:
    saved = save_story(make("abcdef1234", "Index"), "# Index\n", tmp_path, [])
    assert saved.md_path.name == "index-abcdef12.md" and not (tmp_path / "index.md").exists()
    again = save_story(make("abcdef1234", "Index"), "# Index\n", tmp_path, stored_briefs(tmp_path))
    assert again.md_path == saved.md_path and len(stored_briefs(tmp_path)) == 1


def test_a_day_keeps_no_brief_in_memory_and_reads_each_back(settings: Settings) -> None:
    result = day(settings.replace(engine="extractive"))
    outcome = result.outcomes[0]
    assert outcome.stored is not None and outcome.brief is not None
    assert outcome.brief is not outcome.brief  # read from its JSON each time, not kept
    assert outcome.brief.source.id == outcome.article.id and outcome.brief.title == outcome.stored.title
    outcome.stored.json_path.unlink()
    with pytest.raises(DeliveryError, match=r"cannot read the brief .* back"):
        _ = outcome.brief


def test_only_complete_briefs_count_as_stored(tmp_path: Path) -> None:
    save_story(make("a1", "One"), "# One\n", tmp_path, [])
    (tmp_path / "two.json").write_text(make("b2", "Two").model_dump_json())  # its Markdown never came
    (tmp_path / "junk.json").write_text("[1, 2]")
    (tmp_path / "junk.md").write_text("# junk")
    assert [s.brief.title for s in stored_briefs(tmp_path)] == ["One"]
    assert stored_briefs(tmp_path / "missing") == []


@pytest.mark.parametrize("bad", ["2024-5-1", "2024-02-30", "../../etc", "", "2024-05-15/x"])
def test_bad_dates_are_refused(bad: str) -> None:
    with pytest.raises(InputError, match=r"is not a YYYY-MM-DD date: pass e\.g\. --date"):
        check_date(bad)
    assert check_date("2024-02-29") == "2024-02-29"


# --- failures -------------------------------------------------------------------------------------


def test_a_failed_article_is_named_and_the_rest_kept(settings: Settings) -> None:
    result = day(settings, DraftBackend(fail="Hamburg"))
    failed = result.with_status("failed")
    assert sorted(o.article.title for o in failed) == [
        "Port employers make new pay offer",
        "Port strike enters second week",
    ]
    assert failed[0].error == "the endpoint answered 500: try again later"
    assert len(result.with_status("briefed")) == 10 and not result.ok
    assert sorted(n.title for n in result.digest.not_included) == sorted(o.article.title for o in failed)
    retry = day(settings, DraftBackend())
    assert [o.status for o in retry.outcomes].count("briefed") == 2 and retry.ok


def test_an_error_every_article_would_hit_stops_new_ones(settings: Settings) -> None:
    result = day(settings, DraftBackend(fail="article", status=401))
    assert [o.status for o in result.outcomes] == ["failed"] + ["not started"] * 11
    assert result.outcomes[1].error.startswith(
        "not started after an error every article would hit: the endpoint"
    )


# --- budget, cache, concurrency -------------------------------------------------------------------


PRICES = {"gpt-4o-mini": {"input": 100.0, "output": 400.0}}  # USD per million tokens: expensive on purpose


def test_max_cost_stops_before_the_budget_is_exceeded(settings: Settings) -> None:
    settings = settings.replace(prices=PRICES)
    first = collect_inbox([DAY1]).articles[0]
    estimate = estimate_cost(first.text, DraftBackend(), settings)
    assert estimate is not None
    budget = round(estimate * 3.2, 6)
    usage = (2400, 1000)  # about what the estimate expects, so three articles fit and a fourth would not
    result = day(settings.replace(max_cost=budget), DraftBackend(usage=usage))
    statuses = [o.status for o in result.outcomes]
    assert statuses == ["briefed"] * statuses.count("briefed") + ["over budget"] * statuses.count(
        "over budget"
    )
    assert 1 <= statuses.count("briefed") <= 3 and result.cost_usd is not None and result.cost_usd <= budget
    assert (
        result.with_status("over budget")[0].error
        == f"not started: it would take the day past --max-cost ${budget:g}"
    )
    assert result.ok  # stopping at the budget is not a failure
    assert {n.reason for n in result.digest.not_included} == {result.with_status("over budget")[0].error}


def test_max_cost_needs_a_price(settings: Settings) -> None:
    with pytest.raises(
        ConfigError, match=r"--max-cost needs a price for model 'mystery': add \[prices\.\"mystery\"\]"
    ):
        day(settings.replace(max_cost=1.0), DraftBackend(model="mystery"))


def test_second_run_is_served_from_the_cache(settings: Settings) -> None:
    inner = DraftBackend()
    cached = CachingBackend(inner, ResponseCache(settings.resolved_cache_dir / "responses.sqlite3"))
    first = day(settings, cached)
    # 12 articles, plus one summary over the sources of each of the 4 stories of several outlets:
    # the day's totals count both (each story's -sources.json has its own request's counts too)
    assert (first.calls, first.cached, inner.calls) == (16, 0, 16)
    assert first.summaries.calls == 4 and first.tokens == (16 * 50, 16 * 20)
    assert first.cost_usd == pytest.approx(16 * (cost("openai", "gpt-4o-mini", 50, 20) or 0))
    assert first.digest.tokens == (16 * 50, 16 * 20)  # the digest's footer: briefs and summaries
    assert sum(1 for g in first.digest.groups if g.usage) == 4
    second = day(settings, cached, force=True)
    assert (second.calls, second.cached, inner.calls) == (0, 16, 16)
    assert second.summary("gpt-4o-mini").endswith(
        "· 0 LLM calls (16 cached) · tokens 0 in / 0 out · cost $0.0000"
    )
    assert second.digest.tokens == first.digest.tokens  # what writing them took, as the briefs record


def test_concurrency_overlaps_requests_up_to_the_limit(settings: Settings) -> None:
    backend = DraftBackend(hold=3)
    result = day(settings.replace(concurrency=3), backend)
    assert backend.max_in_flight == 3 and len(result.with_status("briefed")) == 12


def test_parallel_days_parse_in_worker_processes_and_brief_the_same(settings: Settings) -> None:
    serial = day(settings.replace(task="full", output_dir=settings.output_dir / "serial"), DraftBackend())
    parallel_settings = settings.replace(task="full", concurrency=4)
    with Briefer(parallel_settings, DraftBackend(), open_model=False) as briefer:
        parallel = run_day([DAY1], date=DATE, settings=parallel_settings, briefer=briefer)
        workers = briefer.extraction_pool().pids
    assert workers and os.getpid() not in workers
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)  # stopped with the briefer
    assert [o.brief.model_dump(exclude={"generator"}) for o in parallel.outcomes if o.brief] == [
        o.brief.model_dump(exclude={"generator"}) for o in serial.outcomes if o.brief
    ]
    assert len(parallel.with_status("briefed")) == 12


def test_the_embedded_model_runs_one_request_at_a_time(settings: Settings) -> None:
    backend = DraftBackend(engine="local", hold=2, patience=0.2)  # a second request never comes
    settings = settings.replace(concurrency=4, task="full")
    with Briefer(settings, backend, open_model=False) as briefer:
        run_day([DAY1 / "budget.txt", DAY1 / "energy.txt"], date=DATE, settings=settings, briefer=briefer)
        assert briefer.extraction_pool().pids == []  # no parsing processes beside the model either
    assert backend.max_in_flight == 1


def test_copy_of_inbox_in_another_folder_is_the_same_day(tmp_path: Path, settings: Settings) -> None:
    shutil.copytree(DAY1, tmp_path / "copy")
    settings = settings.replace(engine="extractive")
    day(settings)
    assert {o.status for o in day(settings, inbox=[tmp_path / "copy"]).outcomes} == {"kept"}


def test_a_total_with_an_unknown_cost_is_unknown() -> None:
    assert total_cost([0.1, 0.0000004, 0.2]) == 0.3
    assert total_cost([0.1, None]) is None  # a sum would understate what was spent
    assert total_cost([]) == 0.0
