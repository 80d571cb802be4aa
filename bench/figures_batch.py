"""Batch figures: a synthetic inbox through ``--batch-file`` and collect at several sizes, and a day briefed
interactively and through a batch with the same replies.

Figure 10 runs each step in a fresh process (:mod:`bench.batch_worker`), so one size's peak memory does
not carry into the next. Figure 11 runs in this process against the loopback server.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.batch_worker import DATE, MODEL
from bench.batch_worker import settings as batch_settings
from bench.corpus import ROOT, inbox
from bench.fake import LoopbackServer
from bench.measure import Goal, Row, Section, fit_exponent
from bench.synthetic import write_inbox
from brief.backends.pricing import cost

__all__ = ["batch_matches_interactive", "batch_scale"]

GIB = 1024.0  # MiB


def _step(*args: str | Path) -> dict[str, Any]:
    """One worker step in a fresh process, started through the small launcher (``bench/rss.py``) so its
    peak memory is its own, not this process's."""
    with tempfile.TemporaryDirectory() as where:
        report = Path(where) / "rss.json"
        launch = [sys.executable, "-S", str(ROOT / "bench" / "rss.py"), str(report)]
        done = subprocess.run(
            [*launch, sys.executable, "-m", "bench.batch_worker", *map(str, args)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"batch worker {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
        process = json.loads(report.read_text(encoding="utf-8"))
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return {**result, "process_wall_s": process["wall_s"]}


def _one_size(count: int, tmp: Path) -> dict[str, Any]:
    folder = tmp / f"fig10-{count}"
    write_inbox(count, folder / "inbox")
    batch_file, output_file, work = folder / "in.jsonl", folder / "out.jsonl", folder / "work"
    run: dict[str, Any] = {"articles": count}
    for step, args in (
        ("write", (folder / "inbox", batch_file, work)),
        ("answer", (batch_file, output_file)),
        ("collect", (output_file, work)),
    ):
        run[step] = _step(step, *args)
        # A long run's figures so far, on stderr, in case a later step fails.
        print(json.dumps({"figure": "10", "articles": count, step: run[step]}), file=sys.stderr, flush=True)
    return run


def _mib(value: float) -> str:
    return f"{value:,.0f} MiB"


def batch_scale(sizes: tuple[int, ...], tmp: Path) -> Section:
    """Figure 10: N synthetic articles through ``--batch-file``, then collect from an N-line output file."""
    section = Section()
    runs = [_one_size(n, tmp) for n in sizes]
    for run in runs:
        n, w, c = run["articles"], run["write"], run["collect"]
        briefed = c["statuses"].get("briefed", 0)
        section.rows += [
            Row(
                "10 batch",
                f"{n:,} articles → --batch-file: wall (ms per article)",
                f"{w['seconds']:.1f} s",
                f"{1000 * w['seconds'] / n:.0f} ms/article; {w['requests']:,} requests, "
                f"{w['bytes'] / 1e6:.1f} MB file (+{w['state_bytes'] / 1e6:.1f} MB state)",
            ),
            Row(
                "10 batch",
                f"{n:,} articles → --batch-file: peak RSS (main / largest extraction worker)",
                _mib(w["peak_rss_mib"]),
                f"{_mib(w['peak_child_rss_mib'])}; {_mib(w['baseline_rss_mib'])} after imports + spaCy",
            ),
            Row(
                "10 batch",
                f"collect {n:,}-line output file: wall (ms per article)",
                f"{c['seconds']:.1f} s",
                f"{1000 * c['seconds'] / n:.0f} ms/article; {briefed:,} briefed, "
                f"{c['brief_files']:,} briefs + {c.get('story_files', 0):,} multi-source stories, "
                f"{c['day_bytes'] / 1e6:.0f} MB written",
            ),
            Row(
                "10 batch",
                f"collect {n:,} lines: peak RSS (main / largest extraction worker)",
                _mib(c["peak_rss_mib"]),
                f"{_mib(c['peak_child_rss_mib'])}; {_mib(c['baseline_rss_mib'])} after imports + spaCy",
                "< 1 GiB",
                c["peak_rss_mib"] < GIB,
            ),
        ]
        section.goals.append(
            Goal(
                "10 batch",
                f"collect {n:,} lines: every article briefed, peak memory < 1 GiB",
                f"{briefed:,} of {n:,} briefed; main {_mib(c['peak_rss_mib'])}, "
                f"largest worker {_mib(c['peak_child_rss_mib'])}"
                + "".join(f"; {count} × {why}" for why, count in c.get("errors", {}).items()),
                briefed == n and c["peak_rss_mib"] < GIB,
            )
        )
    if len(runs) > 1:
        ns = [r["articles"] for r in runs]
        small, large = runs[0], runs[-1]
        for step in ("write", "collect"):
            exponent = fit_exponent(ns, [r[step]["seconds"] for r in runs])
            per = [1000 * r[step]["seconds"] / r["articles"] for r in runs]
            growth = (large[step]["peak_rss_mib"] - small[step]["peak_rss_mib"]) / (ns[-1] - ns[0])
            linear = exponent <= 1.15
            label = "--batch-file" if step == "write" else "collect"
            section.rows.append(
                Row(
                    "10 batch",
                    f"{label}: wall ∝ Nᵏ; ms per article at N = {', '.join(f'{n:,}' for n in ns)}",
                    f"k = {exponent:.2f}",
                    f"{' / '.join(f'{p:.0f}' for p in per)} ms; peak RSS +{1024 * growth:.0f} KiB per "
                    "extra article",
                    "≈ 1 (linear)",
                    linear,
                )
            )
            section.goals.append(
                Goal("10 batch", f"{label} time linear in N (k ≤ 1.15)", f"k = {exponent:.2f}", linear)
            )
    section.data = {"runs": runs}
    section.notes.append(
        "Figure 10: synthetic articles (bench/synthetic.py: 300-350 words each, every one distinct), "
        "gpt-4o-mini request settings, one request per article. Each step runs in a fresh process; the "
        "wall excludes the interpreter start, imports and the spaCy load, and includes reading the inbox, "
        "extraction in the worker processes and writing every file. Peak RSS is ru_maxrss of the main "
        "process and of the largest extraction worker (as many workers as cores; a worker's figure is at "
        "least the main process's size when it started the worker, as Linux counts a child's peak)."
    )
    return section


_COST = re.compile(r'("cost_usd": |cost_usd: |cost \$)(-?[0-9][0-9.e-]*|null)')


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _costs(folder: Path) -> float:
    total = 0.0
    for path in folder.glob("*.json"):
        usage = json.loads(path.read_text(encoding="utf-8")).get("usage")
        if usage is not None and usage.get("cost_usd") is not None:
            total += float(usage["cost_usd"])
    return total


def batch_matches_interactive(count: int, tmp: Path) -> Section:
    """Figure 11: the same articles briefed by ``brief daily`` (loopback server) and by a batch answered with
    the replies that server gives: the files compared byte for byte (costs aside), and the costs."""
    from bench import batch_worker
    from brief.batch import collect_day, write_batch
    from brief.daily.day import run_day
    from brief.daily.inbox import collect_inbox

    folder = tmp / "fig11"
    (folder / "inbox").mkdir(parents=True)
    for i, item in enumerate(inbox(count)):
        (folder / "inbox" / f"{i:02d}.txt").write_text(item.text, encoding="utf-8")
    live = batch_settings(folder / "interactive")
    with LoopbackServer(model=MODEL) as server:
        run_day([folder / "inbox"], date=DATE, settings=live.replace(base_url=server.base_url))
        usage = server.usage()
    batch = batch_settings(folder / "batch")
    articles = collect_inbox([folder / "inbox"]).articles
    stages = []  # each batch: requests, of them story summaries
    for stage in (1, 2):  # the articles, then the second stage: the multi-source stories' summaries
        written = write_batch(articles, folder / f"in{stage}.jsonl", date=DATE, settings=batch)
        stages.append((written.requests, written.stories))
        batch_worker.answer(folder / f"in{stage}.jsonl", folder / f"out{stage}.jsonl")
        collect_day(DATE, folder / f"out{stage}.jsonl", settings=batch)
    one, other = _files(live.output_dir / DATE), _files(batch.output_dir / DATE)
    blank = [
        n for n in one if _COST.sub(r"\1", one[n].decode()) != _COST.sub(r"\1", other.get(n, b"").decode())
    ]
    same = one.keys() == other.keys() and not blank
    exact = sum(one[n] == other.get(n) for n in one)
    interactive_cost, batch_cost = _costs(live.output_dir / DATE), _costs(batch.output_dir / DATE)
    listed = cost("openai", MODEL, 1_000_000, 0, batch=True), cost("openai", MODEL, 1_000_000, 0)
    ratio = batch_cost / interactive_cost if interactive_cost else float("nan")
    return Section(
        rows=[
            Row(
                "11 batch = interactive",
                f"{count} articles: files identical but for the cost figures",
                f"{len(one) - len(blank)} of {len(one)}",
                f"{exact} byte for byte including costs; {usage['requests']} requests each way "
                f"(batches: {stages[0][0]} requests, then {stages[1][0]}, {stages[1][1]} of them story "
                "summaries)",
                "all",
                same,
            ),
            Row(
                "11 batch = interactive",
                "cost: batch ÷ interactive (same tokens)",
                f"{ratio:.2f}",
                f"${batch_cost:.4f} vs ${interactive_cost:.4f}; {MODEL} input ${listed[0]} vs ${listed[1]} "
                "per M tokens",
            ),
        ],
        goals=[
            Goal(
                "11 batch = interactive",
                f"{count} articles: same briefs, digest and pages as interactive (costs aside)",
                f"{len(one) - len(blank)} of {len(one)} files the same"
                + (f"; differ: {', '.join(blank[:3])}" if blank else ""),
                same,
            )
        ],
        data={
            "articles": count,
            "files": len(one),
            "differ": blank,
            "byte_identical_with_costs": exact,
            "requests": usage["requests"],
            "batches": [{"requests": r, "story_summaries": n} for r, n in stages],
            "interactive_cost_usd": interactive_cost,
            "batch_cost_usd": batch_cost,
            "ratio": ratio,
        },
        notes=[
            "Figure 11: the interactive day runs `brief daily`'s run_day against the loopback server; the "
            "batch day answers each line of its --batch-file with the reply that server gives the same "
            "request, collects it, then writes the day's batch again (the second stage: the summaries of "
            "the multi-source stories, made of the briefs the first collect wrote), answers and collects "
            "that. Costs are the one difference: a batch is priced at the batch column of the price "
            "table (half the interactive price for OpenAI's models)."
        ],
    )
