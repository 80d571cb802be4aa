"""The results as Markdown: the machine, one table of every figure, and which goals are met."""

from __future__ import annotations

from typing import Any

__all__ = ["markdown"]


def _mark(met: bool | None) -> str:
    return "" if met is None else ("met" if met else "**not met**")


def _partial_runs(results: dict[str, Any]) -> list[str]:
    """One line per figure measured later with ``--only``: its own machine load and run time."""
    lines = []
    for key, run in results.get("partial_runs", {}).items():
        info = run["machine"]
        load = " / ".join(str(x) for x in info["load_avg_1_5_15"])
        lines.append(
            f"Figure {key} from a later run (--only): {info['cores']} cores, Python {info['python']}; "
            f"load average at start {load}; that run {info.get('elapsed_s', '?')} s."
        )
    return lines


def markdown(results: dict[str, Any]) -> str:
    """A Markdown block: machine line, table, goals, notes."""
    info = results["machine"]
    load = " / ".join(str(x) for x in info["load_avg_1_5_15"])
    lines = [
        f"Machine: {info['cores']} cores, {info['cpu']}, Python {info['python']}, {info['os']}; "
        f"load average at start {load}; whole run {info.get('elapsed_s', '?')} s.",
        *_partial_runs(results),
        "",
        "| Figure | Measure | Median | Min–max / detail | Goal | |",
        "|---|---|---|---|---|---|",
    ]
    goals, notes = [], []
    for section in results["figures"].values():
        for row in section["rows"]:
            lines.append(
                f"| {row['figure']} | {row['measure']} | {row['value']} | {row['spread']} | "
                f"{row['goal']} | {_mark(row['met'])} |"
            )
        goals += section["goals"]
        notes += section["notes"]
    lines += ["", "Goals:", ""]
    lines += [
        f"- {'met' if g['met'] else 'NOT met'}: {g['figure']}, {g['goal']}: {g['measured']}" for g in goals
    ]
    if notes:
        lines += ["", *[f"Note: {n}" for n in notes]]
    return "\n".join(lines)
