"""Figure 8: ``brief --help`` and ``brief run --help`` as a user types them, each in a new process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.corpus import ROOT
from bench.measure import Goal, Row, Section, Timing, timed

__all__ = ["HEAVY", "cli_help"]

GOAL_S = 0.5
# packages that only the commands doing the work may import; help needs none of them
HEAVY = (
    "spacy",
    "openai",
    "llama_cpp",
    "trafilatura",
    "feedparser",
    "jsonschema",
    "pydantic",
    "tiktoken",
    "httpx",
    "jinja2",
    "numpy",
)


def _brief() -> tuple[list[str], str]:
    """The installed console script beside this interpreter, else the same entry point through ``-c``."""
    script = shutil.which("brief", path=str(Path(sys.executable).parent))
    if script is not None:
        path = Path(script)
        return [script], str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return [sys.executable, "-c", "from brief.cli import main; main()"], "python -c 'brief.cli.main()'"


def _run(args: list[str]) -> float:
    env = {**os.environ, "COLUMNS": "80"}
    seconds, done = timed(lambda: subprocess.run(args, cwd=ROOT, env=env, capture_output=True, check=False))
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')[-2000:]}")
    return seconds


def _heavy_imports(command: list[str]) -> list[str]:
    """The HEAVY packages that ``brief --help`` imports, from ``python -X importtime``."""
    python = [sys.executable, "-X", "importtime"]
    args = [*python, *command[1:]] if command[0] == sys.executable else [*python, command[0]]
    done = subprocess.run([*args, "--help"], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"importtime run failed: {done.stderr[-2000:]}")
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    return sorted({name.split(".")[0] for name in names} & set(HEAVY))


def _span(t: Timing) -> str:
    return f"{t.min:.3f}–{t.max:.3f} (n={t.n})"


def cli_help(runs: int) -> Section:
    """Median wall time of ``brief --help`` and ``brief run --help`` (after one untimed run each), and
    which heavy packages the help imports (none: every command imports what it needs when it runs)."""
    command, name = _brief()
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else []
    section = Section(
        data={"command": name, "goal_s": GOAL_S, "load_avg_1_5_15": load},
        notes=[
            f"Figure 8 runs {name} in a new process per run (output captured, COLUMNS=80); "
            f"load average at its start {' / '.join(map(str, load)) or 'unknown'}."
        ],
    )
    for label, extra in (("brief --help", ["--help"]), ("brief run --help", ["run", "--help"])):
        _run(command + extra)  # untimed: bytecode written and files cached, as on a user's second call
        samples = [_run(command + extra) for _ in range(runs)]
        timing = Timing.of(samples)
        met = timing.median <= GOAL_S
        section.rows.append(
            Row("8 cli", f"`{label}`, new process", f"{timing.median:.3f} s", _span(timing), "≤ 0.5 s", met)
        )
        section.goals.append(
            Goal(
                "8 cli",
                f"`{label}` median ≤ {GOAL_S} s",
                f"{timing.median:.3f} s ({timing.median / GOAL_S:.2f}× the goal)",
                met,
            )
        )
        section.data[label] = {
            "median_s": round(timing.median, 4),
            "samples_s": [round(x, 4) for x in samples],
        }
    heavy = _heavy_imports(command)
    section.rows.append(
        Row(
            "8 cli",
            "heavy packages imported by `brief --help`",
            ", ".join(heavy) or "none",
            "",
            "none",
            not heavy,
        )
    )
    section.goals.append(
        Goal(
            "8 cli",
            "`brief --help` imports none of " + ", ".join(HEAVY),
            ", ".join(heavy) or "none",
            not heavy,
        )
    )
    section.data["heavy_imports"] = heavy
    return section
