"""Measure brief's speed, token use and scaling on this machine; print a table and write JSON.

Usage (from the repository root)::

    python bench/run.py                  # every figure: 5-8 minutes on 2 cores, plus about an hour for
                                         # figure 10 at 10,000 articles
    python bench/run.py --quick          # tiny sizes, one run each: checks that everything runs
    python bench/run.py --only 1,3 --json /tmp/results.json
    python bench/run.py --only 8         # one figure: replaces it in bench/results.json, keeps the rest
    python bench/run.py --only 10 --batch-sizes 1000,10000   # the batch figure: tens of minutes at 10k
    pip install -e '.[bench]'            # figure 12's peers (LangChain, llm); without them it says so

Timings are medians of several runs with min and max; no number here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import ROOT, SEED, article, long_article, text_of_tokens
from bench.figures_batch import batch_matches_interactive, batch_scale
from bench.figures_cli import cli_help
from bench.figures_local import embedded_default
from bench.figures_peers import peers
from bench.figures_run import cache_rerun, concurrency
from bench.figures_text import MODEL, chunker_throughput, pipeline_overhead, scaling, token_efficiency
from bench.figures_verify import verification_cost
from bench.measure import Section, machine, timed
from bench.report import markdown
from brief.extract import load_nlp
from brief.tokens import get_encoding

__all__ = ["FIGURES", "Plan", "main", "merge"]

FIGURES = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")


@dataclass(frozen=True)
class Plan:
    """Sizes and run counts; ``full`` meets the issue, ``quick`` only proves the script works."""

    chunk_bytes: int = 10_000_000
    chunk_runs: int = 3
    overhead_runs: int = 5
    overhead_tokens: int = 5_000
    long_tokens: int | None = None  # None: the real 7,410-word feature
    inbox: int = 50
    cache_runs: int = 3
    concurrency_articles: int = 20
    levels: tuple[int, ...] = (1, 2, 4, 8)
    delay: float = 1.0
    concurrency_runs: int = 3
    local_article: Path = SEED
    local_cold_runs: int = 2
    local_warm_runs: int = 2
    local_chars: int | None = None
    lengths: tuple[int, ...] = (1_000, 5_000, 20_000, 100_000)
    scaling_runs: int = 3
    cli_runs: int = 10
    verify_runs: int = 5
    batch_sizes: tuple[int, ...] = (1_000, 10_000)
    batch_same: int = 50
    peer_runs: int = 3
    peer_long_tokens: int | None = None  # None: the real long feature


QUICK = Plan(
    chunk_bytes=200_000,
    chunk_runs=1,
    overhead_runs=1,
    long_tokens=2_000,
    inbox=4,
    cache_runs=1,
    concurrency_articles=4,
    levels=(1, 2),
    delay=0.05,
    concurrency_runs=1,
    local_cold_runs=1,
    local_warm_runs=1,
    local_chars=400,
    lengths=(500, 1_000),
    scaling_runs=1,
    cli_runs=2,
    verify_runs=1,
    batch_sizes=(8, 16),
    batch_same=4,
    peer_runs=1,
    peer_long_tokens=1_500,
)


def _local_article(plan: Plan, tmp: Path) -> Path:
    if plan.local_chars is None:
        return plan.local_article
    short = tmp / "local-short.txt"
    text = plan.local_article.read_text(encoding="utf-8")
    short.write_text(text[: text.rfind(" ", 0, plan.local_chars)], encoding="utf-8")
    return short


def _figures(plan: Plan, tmp: Path, spacy_load: float) -> dict[str, Callable[[], Section]]:
    encoding, _ = get_encoding(MODEL)
    long_item = (
        long_article()
        if plan.long_tokens is None
        else article(text_of_tokens(plan.long_tokens, encoding), f"{plan.long_tokens}.txt")
    )
    return {
        "1": lambda: chunker_throughput(plan.chunk_bytes, plan.chunk_runs),
        "2": lambda: pipeline_overhead(plan.overhead_runs, tmp, spacy_load, plan.overhead_tokens),
        "3": lambda: token_efficiency(tmp, long_item),
        "4": lambda: cache_rerun(plan.inbox, plan.cache_runs, tmp),
        "5": lambda: concurrency(
            plan.concurrency_articles, plan.levels, plan.delay, plan.concurrency_runs, tmp
        ),
        "6": lambda: embedded_default(_local_article(plan, tmp), plan.local_cold_runs, plan.local_warm_runs),
        "7": lambda: scaling(plan.lengths, plan.scaling_runs, tmp),
        "8": lambda: cli_help(plan.cli_runs),
        "9": lambda: verification_cost(plan.verify_runs),
        "10": lambda: batch_scale(plan.batch_sizes, tmp),
        "11": lambda: batch_matches_interactive(plan.batch_same, tmp),
        "12": lambda: peers(plan.peer_runs, tmp, plan.peer_long_tokens),
    }


def run(plan: Plan, only: tuple[str, ...]) -> dict[str, object]:
    """Every selected figure, in an order that keeps the slow ones last; the results as plain data."""
    started = time.perf_counter()
    info = machine()
    sections: dict[str, Section] = {}
    with tempfile.TemporaryDirectory(prefix="brief-bench-") as folder:
        spacy_load, _ = timed(load_nlp)  # once per process; figure 2 reports it
        figures = _figures(plan, Path(folder), spacy_load)
        for key in ("8", "9", "1", "2", "3", "7", "4", "5", "6", "11", "12", "10"):
            if key in only:
                print(f"figure {key} ...", file=sys.stderr, flush=True)
                sections[key] = figures[key]()
    info["elapsed_s"] = round(time.perf_counter() - started, 1)
    return {
        "machine": info,
        "plan": {k: str(v.relative_to(ROOT) if isinstance(v, Path) else v) for k, v in plan.__dict__.items()},
        "figures": {k: sections[k].as_json() for k in FIGURES if k in sections},
    }


def merge(earlier: dict[str, Any], partial: dict[str, Any]) -> dict[str, Any]:
    """A run of some figures (``--only``) into an earlier results file: its figures replace those, the rest
    stay; ``partial_runs`` records the machine and plan of each replaced figure's run."""
    figures = {**earlier.get("figures", {}), **partial["figures"]}
    runs = {key: {"machine": partial["machine"], "plan": partial["plan"]} for key in partial["figures"]}
    return {
        **earlier,
        "figures": {key: figures[key] for key in FIGURES if key in figures},
        "partial_runs": {**earlier.get("partial_runs", {}), **runs},
    }


def main(argv: list[str] | None = None) -> int:
    """Parse options, run, print the table and write the JSON."""
    parser = argparse.ArgumentParser(prog="python bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each (a smoke test)")
    parser.add_argument("--only", default=",".join(FIGURES), help="figures to run, e.g. 1,2,7")
    parser.add_argument(
        "--json",
        type=Path,
        default=Path(__file__).resolve().parent / "results.json",
        help="where to write the results (default bench/results.json)",
    )
    parser.add_argument("--delay", type=float, help="figure 5: the server's reply delay L in seconds")
    parser.add_argument("--levels", help="figure 5: concurrency levels, e.g. 4,8")
    parser.add_argument("--batch-sizes", help="figure 10: inbox sizes, e.g. 1000,10000")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    if args.delay is not None:
        plan = replace(plan, delay=args.delay)
    if args.levels:
        plan = replace(plan, levels=tuple(int(level) for level in args.levels.split(",")))
    if args.batch_sizes:
        plan = replace(plan, batch_sizes=tuple(int(size) for size in args.batch_sizes.split(",")))
    only = tuple(part.strip() for part in args.only.split(",") if part.strip())
    if unknown := set(only) - set(FIGURES):
        parser.error(f"unknown figure(s) {', '.join(sorted(unknown))}: choose from {', '.join(FIGURES)}")
    results = run(plan, only)
    if set(only) != set(FIGURES) and args.json.exists():
        results = merge(json.loads(args.json.read_text(encoding="utf-8")), results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(results))
    print(f"\nwrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
