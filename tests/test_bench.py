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
    assert set(results["figures"]) == {"1", "2", "3", "4", "5", "6", "7", "8", "9"}
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
    }
    assert all(isinstance(g["met"], bool) and g["measured"] for g in goals)
    cache = results["figures"]["4"]["data"]
    assert cache["rerun_calls"] == [0] * len(cache["rerun_calls"])  # a count, not a timing: always holds


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
