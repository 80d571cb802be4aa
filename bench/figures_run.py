"""Figures against a loopback OpenAI-compatible server: the response cache and concurrency scaling.

Both drive ``brief.daily.day.run_day`` (what ``brief daily`` runs) over an inbox folder of ``.txt`` files.
Where that module is missing they fall back to the library level: ``Briefer.brief`` over a thread pool,
which has no "keep complete briefs" step, so its re-run goes through the response cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from bench.corpus import inbox
from bench.fake import LoopbackServer
from bench.measure import Goal, Row, Section, Timing, timed
from brief.config import Settings
from brief.pipeline.briefer import Briefer
from brief.read.inputs import read_path

__all__ = ["cache_rerun", "concurrency", "day_runner"]

DATE = "2025-01-01"
MODEL = "gpt-4o-mini"
Day = Callable[..., Any]  # run_day(paths, *, date, settings, briefer=None, force=False)


def _library_day(
    paths: Sequence[Path],
    *,
    date: str,
    settings: Settings,
    briefer: Briefer | None = None,
    force: bool = False,
) -> None:
    """Stand-in for ``run_day``: brief every article, ``settings.concurrency`` at a time, write nothing."""
    worker = briefer or Briefer(settings)
    articles = [a for path in paths for a in read_path(path)]
    with ThreadPoolExecutor(max_workers=max(1, settings.concurrency)) as pool:
        list(pool.map(lambda item: worker.brief(item, date=date), articles))


def day_runner() -> tuple[str, Day]:
    """``brief.daily.day.run_day`` when it exists, else the library-level stand-in; and its name."""
    try:
        from brief.daily.day import run_day
    except ImportError:
        return "library thread pool over Briefer.brief", _library_day
    return "brief.daily.day.run_day", run_day


def _settings(server: LoopbackServer, tmp: Path, *, cache: bool, workers: int = 1) -> Settings:
    return Settings(
        engine="openai",
        base_url=server.base_url,
        api_key="bench",
        model=MODEL,
        use_cache=cache,
        cache_dir=tmp / "cache",
        output_dir=tmp / "outputs",
        request_retries=0,
        concurrency=workers,
    )


def _inbox(count: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for i, item in enumerate(inbox(count)):
        (folder / f"{i:02d}.txt").write_text(item.text, encoding="utf-8")
    return folder


def _cold_cli(server: LoopbackServer, folder: Path, workers: int, out: Path) -> float:
    """Wall seconds of ``brief daily`` as a user runs it, in a new process, nothing cached."""
    args = [sys.executable, "-c", "from brief.cli import main; main()", "daily", str(folder), "--date", DATE]
    args += ["--engine", "openai", "--base-url", server.base_url, "--model", MODEL, "--no-cache"]
    args += ["--concurrency", str(workers), "--output-dir", str(out), "-q"]
    env = {**os.environ, "BRIEF_API_KEY": "bench"}
    seconds, done = timed(lambda: subprocess.run(args, env=env, capture_output=True, text=True, check=False))
    if done.returncode != 0:
        raise RuntimeError(f"brief daily failed: {done.stderr.strip()}")
    return seconds


def _span(t: Timing, fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(t.min)}–{fmt.format(t.max)} (n={t.n})"


def _calls(server: LoopbackServer, run: Callable[[], object]) -> tuple[float, int]:
    before = server.requests
    seconds, _ = timed(run)
    return seconds, server.requests - before


def cache_rerun(count: int, runs: int, tmp: Path) -> Section:
    """Figure 4: one day over an inbox (cache and outputs empty), then re-runs of the same day."""
    name, run_day = day_runner()
    folder = _inbox(count, tmp / "fig4" / "inbox")
    with LoopbackServer() as server:
        settings = _settings(server, tmp / "fig4", cache=True)
        day = [folder]
        fill, filled = _calls(server, lambda: run_day(day, date=DATE, settings=settings))
        reruns = [_calls(server, lambda: run_day(day, date=DATE, settings=settings)) for _ in range(runs)]
        forced, forced_calls = _calls(server, lambda: run_day(day, date=DATE, settings=settings, force=True))
    wall, calls = Timing.of([s for s, _ in reruns]), max(c for _, c in reruns)
    zero, fast = calls == 0 and forced_calls == 0, wall.median < 2.0
    return Section(
        rows=[
            Row("4 cache", f"first run, {count} articles ({name})", f"{fill:.2f} s", f"{filled} LLM calls"),
            Row(
                "4 cache",
                "re-run: LLM calls (re-runs; forced re-brief from cache)",
                f"{calls}; {forced_calls}",
                f"over {runs} + 1 runs",
                "0",
                zero,
            ),
            Row(
                "4 cache",
                f"re-run of {count} articles: wall",
                f"{wall.median:.2f} s",
                _span(wall),
                "< 2 s",
                fast,
            ),
            Row(
                "4 cache",
                "forced re-brief (--force): every reply from the cache",
                f"{forced:.2f} s",
                "n=1; the pipeline runs, the model does not",
            ),
        ],
        goals=[
            Goal("4 cache", "re-run makes 0 LLM calls", f"{calls} calls ({forced_calls} forced)", zero),
            Goal(
                "4 cache",
                f"re-run of {count} articles < 2 s",
                f"{wall.median:.2f} s ({wall.median / 2:.2f}× the limit)",
                fast,
            ),
        ],
        data={
            "driver": name,
            "articles": count,
            "fill_s": fill,
            "fill_calls": filled,
            "rerun_s": [s for s, _ in reruns],
            "rerun_calls": [c for _, c in reruns],
            "forced_s": forced,
            "forced_calls": forced_calls,
        },
    )


def concurrency(count: int, levels: tuple[int, ...], delay: float, runs: int, tmp: Path) -> Section:
    """Figure 5: ``count`` articles at each concurrency against a server that answers after ``delay`` s."""
    name, run_day = day_runner()
    folder = _inbox(count, tmp / "fig5" / "inbox")
    section = Section(data={"driver": name, "delay_s": delay, "articles": count})
    with LoopbackServer(delay) as server, Briefer(_settings(server, tmp / "fig5", cache=False)) as briefer:
        # Warm-up, as in a long-lived process: one short day starts the extraction workers, loads
        # spaCy and the templates, opens the connection and settles the response-format negotiation.
        warm = _inbox(4, tmp / "fig5" / "warm")
        briefer.brief(read_path(warm)[0], date=DATE)  # c=1 parses in this process
        run_day(
            [warm],
            date=DATE,
            settings=_settings(server, tmp / "fig5", cache=False, workers=4),
            briefer=briefer,
        )
        for workers in levels:
            settings = _settings(server, tmp / "fig5", cache=False, workers=workers)
            day = partial(run_day, [folder], date=DATE, settings=settings, briefer=briefer, force=True)
            samples = [_calls(server, day) for _ in range(1 if workers == 1 else runs)]
            requests = samples[0][1]
            ideal = requests * delay / workers
            wall = Timing.of([s for s, _ in samples])
            ratio = wall.median / ideal
            met = ratio <= 1.25
            section.rows.append(
                Row(
                    "5 concurrency",
                    f"{count} articles, c={workers}: ideal N·L/c = {ideal:.2f} s",
                    f"{wall.median:.2f} s = {ratio:.2f}×",
                    _span(wall),
                    "≤ 1.25×",
                    met,
                )
            )
            section.goals.append(Goal("5 concurrency", f"c={workers}: ≤ 1.25 × N·L/c", f"{ratio:.2f}×", met))
            section.data[f"c{workers}"] = {
                "wall_s": [s for s, _ in samples],
                "requests": requests,
                "ideal_s": ideal,
                "ratio": ratio,
            }
        at = 4 if 4 in levels else max(levels)
        cli = _cold_cli(server, folder, at, tmp / "fig5" / "cli")
        ideal = count * delay / at
        section.rows.append(
            Row(
                "5 concurrency",
                f"cold `brief daily` CLI, c={at}, start-up included: ideal {ideal:.2f} s",
                f"{cli:.2f} s = {cli / ideal:.2f}×",
                "one run: Python start-up, imports, extraction workers starting",
            )
        )
        section.data["cold_cli_s"] = cli
    if 1 in levels:
        cpu = (section.data["c1"]["wall_s"][0] - section.data["c1"]["ideal_s"]) / count
        section.data["cpu_per_article_s"] = cpu
        section.rows.append(
            Row(
                "5 concurrency",
                "time per article beyond L at c=1: (wall − N·L) ÷ N",
                f"{cpu:.2f} s",
                "parsing runs ahead in worker processes; this is what is left in line",
            )
        )
    section.notes.append(f"Figures 4 and 5 drive {name}, L = {delay} s per request, one request per article.")
    section.notes.append(
        "Figure 5 is warm, as in a long-lived process: the extraction workers are up and spaCy is loaded."
        " The cold CLI row includes everything a user waits for."
    )
    return section
