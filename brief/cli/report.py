"""What the CLI tells the user after a brief: where it went, tokens, cost, grounding, warnings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from brief.schema import Brief


def usage_line(brief: Brief) -> str:
    """``tokens 1,234 in / 321 out · cost $0.0012`` (or why there is no cost)."""
    usage = brief.usage
    if brief.generator.engine == "extractive":
        return "no model used"
    cost = (
        "cost unknown (no price for this model)" if usage.cost_usd is None else f"cost ${usage.cost_usd:.4f}"
    )
    tokens = f"tokens {usage.prompt_tokens:,} in / {usage.completion_tokens:,} out"
    return f"{tokens} · {usage.calls} call(s) · {cost}"


def report_brief(brief: Brief, paths: tuple[Path, Path, bool], *, quiet: bool) -> None:
    """Print warnings always, and the summary line unless quiet, to stderr."""
    for warning in brief.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    if quiet:
        return
    md_path, json_path, changed = paths
    state = "wrote" if changed else "unchanged"
    typer.echo(f"{state} {md_path} (+ {json_path.name})", err=True)
    typer.echo(
        f"{brief.generator.engine}:{brief.generator.model or '-'} · {usage_line(brief)}{_kept(brief)}",
        err=True,
    )


def _kept(brief: Brief) -> str:
    """How much of what the model wrote survived verification (nothing to say without a model)."""
    line = brief.grounding.kept_line
    return f" · {line} (the rest is from the article)" if line else ""
