"""Timing helpers, result records and the machine description."""

from __future__ import annotations

import math
import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["Goal", "Row", "Section", "Timing", "fit_exponent", "machine", "timed"]

T = TypeVar("T")


@dataclass(frozen=True)
class Timing:
    """The median, min and max of ``n`` runs (seconds, or any unit)."""

    median: float
    min: float
    max: float
    n: int

    @classmethod
    def of(cls, values: list[float]) -> Timing:
        """Summarise ``values``."""
        return cls(statistics.median(values), min(values), max(values), len(values))

    def inverse(self, numerator: float) -> Timing:
        """``numerator / value``: a rate from a duration (min and max swap)."""
        return Timing(numerator / self.median, numerator / self.max, numerator / self.min, self.n)


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """Seconds taken by ``fn()`` and its result."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def fit_exponent(xs: Sequence[float], ys: Sequence[float]) -> float:
    """The least-squares slope of log(y) against log(x): 1.0 means linear growth."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


@dataclass
class Row:
    """One line of the table: a figure, what it measures, the value and its spread."""

    figure: str
    measure: str
    value: str
    spread: str = ""
    goal: str = ""
    met: bool | None = None


@dataclass
class Goal:
    """A stated goal, what was measured against it and whether it holds."""

    figure: str
    goal: str
    measured: str
    met: bool


@dataclass
class Section:
    """Rows, goals and raw data of one figure."""

    rows: list[Row] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Plain data for the results file."""
        return {
            "rows": [asdict(r) for r in self.rows],
            "goals": [asdict(g) for g in self.goals],
            "data": self.data,
            "notes": self.notes,
        }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """Cores, CPU model, Python version, OS and the load average when the run started."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (math.nan,) * 3
    return {
        "cores": cores,
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load_avg_1_5_15": [round(x, 2) for x in load],
    }
