"""Smoke test: ``bench/run.py --quick`` runs and reports every figure (no timing is checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "1 chunker",
    "2 overhead",
    "3 tokens",
    "4 cache",
    "5 concurrency",
    "6 embedded",
    "7 scaling",
    "8 cli",
    "10 batch",
    "11 batch = interactive",
    "12 peers",
)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    out = tmp_path_factory.mktemp("bench") / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout, json.loads(out.read_text(encoding="utf-8"))


def test_quick_run_prints_every_figure(quick_run: tuple[str, dict[str, Any]]) -> None:
    table, _ = quick_run
    for figure in FIGURES:
        assert f"| {figure} |" in table, f"figure {figure!r} missing from the table"
    assert "Machine: " in table and "Goals:" in table


def test_quick_run_writes_every_figure_and_goal(quick_run: tuple[str, dict[str, Any]]) -> None:
    _, results = quick_run
    assert set(results["figures"]) == {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}
    assert results["machine"]["cores"] >= 1
    goals = [g for figure in results["figures"].values() for g in figure["goals"]]
    assert {g["figure"] for g in goals} >= {
        "1 chunker",
        "2 overhead",
        "3 tokens",
        "4 cache",
        "5 concurrency",
        "7 scaling",
        "8 cli",
        "9 verify",
        "10 batch",
        "11 batch = interactive",
    }
    assert all(isinstance(g["met"], bool) and g["measured"] for g in goals)
    cache = results["figures"]["4"]["data"]
    assert cache["rerun_calls"] == [0] * len(cache["rerun_calls"])  # a count, not a timing: always holds


def test_quick_run_briefs_every_batch_article_and_matches_the_interactive_day(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    _, results = quick_run
    for run in results["figures"]["10"]["data"]["runs"]:  # counts and files, not timings
        assert run["write"]["requests"] == run["write"]["articles"] == run["articles"]
        assert run["answer"]["lines"] == run["articles"]
        assert run["collect"]["statuses"] == {"briefed": run["articles"]}
        assert run["collect"]["peak_rss_mib"] > 0
    same = results["figures"]["11"]["data"]
    assert same["differ"] == [] and same["files"] > same["articles"]
    assert 0 < same["ratio"] < 1  # priced at the batch column


def test_peers_without_the_bench_extra_say_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    from bench import figures_peers

    monkeypatch.setattr(figures_peers, "peers_installed", lambda: ["langchain_classic", "llm"])
    usage = {"requests": 1, "prompt_tokens": 900, "completion_tokens": 100, "schema_tokens": 700}
    measured: list[str] = []

    def fake(tool: str, article: Path, runs: int, tmp: Path) -> dict[str, Any]:
        measured.append(tool)
        return {**usage, "wall_s": [1.0], "peak_rss_mib": [200.0]}

    monkeypatch.setattr(figures_peers, "_measure", fake)
    section = figures_peers.peers(1, tmp_path, long_tokens=300)
    assert set(measured) == {"brief"}
    assert any(r.value == "not installed" and "pip install -e '.[bench]'" in r.spread for r in section.rows)
    assert section.goals == []


def test_unknown_figure_is_a_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--only", "99"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "unknown figure(s) 99" in done.stderr
