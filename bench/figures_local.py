"""Figure 6: the embedded default (local SmolLM2), end to end, in fresh processes."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.corpus import ROOT
from bench.measure import Row, Section, Timing
from brief.backends.local import bundled_model_path

__all__ = ["embedded_default"]


def _spawn(article: Path, warm_runs: int, max_output: int | None) -> dict[str, Any]:
    args = [sys.executable, "-m", "bench.local_worker", repr(time.time()), str(article), str(warm_runs)]
    done = subprocess.run(
        args + ([str(max_output)] if max_output else []),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"local worker failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rate(tokens: float, ms: float) -> float:
    return tokens / (ms / 1000) if ms else 0.0


def _span(t: Timing, fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(t.min)}–{fmt.format(t.max)} (n={t.n})"


def embedded_default(article: Path, cold_runs: int, warm_runs: int, max_output: int | None = None) -> Section:
    """Cold: a new process per run (interpreter, imports, spaCy, model, brief). Warm: the same process."""
    if bundled_model_path() is None:
        return Section(rows=[Row("6 embedded", "local model", "skipped", "no bundled model installed")])
    runs = [_spawn(article, warm_runs if i == 0 else 0, max_output) for i in range(cold_runs)]
    cold = Timing.of([r["cold_end_to_end_s"] for r in runs])
    parts = {
        key: statistics.median(r[key] for r in runs)
        for key in ("startup_s", "imports_s", "spacy_load_s", "model_load_s")
    }
    warm_runs_data = runs[0]["warm"] or [runs[0]["cold"]]
    warm = Timing.of([w["wall_s"] for w in warm_runs_data])
    prompt_rate = Timing.of(
        [_rate(w["llama"]["prompt_tokens"], w["llama"]["prompt_ms"]) for w in warm_runs_data]
    )
    gen_rate = Timing.of([_rate(w["llama"]["gen_tokens"], w["llama"]["gen_ms"]) for w in warm_runs_data])
    overall = Timing.of(
        [(w["prompt_tokens"] + w["completion_tokens"]) / w["model_s"] for w in warm_runs_data]
    )
    sample = warm_runs_data[0]
    name = f"{runs[0]['model']}, {article.name}"
    return Section(
        rows=[
            Row("6 embedded", f"cold: new process → brief ({name})", f"{cold.median:.2f} s", _span(cold)),
            Row(
                "6 embedded",
                "cold: of which interpreter + imports / spaCy load / model load",
                f"{parts['startup_s'] + parts['imports_s']:.2f} / {parts['spacy_load_s']:.2f} / "
                f"{parts['model_load_s']:.2f} s",
                "medians",
            ),
            Row(
                "6 embedded",
                "warm: brief in a loaded process (prompt cache cleared)",
                f"{warm.median:.2f} s",
                _span(warm),
            ),
            Row(
                "6 embedded",
                f"warm: tokens per brief ({sample['calls']} call(s))",
                f"{sample['prompt_tokens']:,} in / {sample['completion_tokens']:,} out",
            ),
            Row(
                "6 embedded",
                "warm: (prompt + output) tokens ÷ model time",
                f"{overall.median:.0f} tok/s",
                _span(overall, "{:.0f}"),
            ),
            Row(
                "6 embedded",
                "warm: llama.cpp prompt eval / generation",
                f"{prompt_rate.median:.0f} / {gen_rate.median:.1f} tok/s",
                f"gen {_span(gen_rate, '{:.1f}')}",
            ),
        ],
        data={"runs": runs},
    )
