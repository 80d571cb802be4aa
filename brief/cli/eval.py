"""``brief eval``: score briefs against gold annotations."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import typer

from brief.cli.app import app, friendly_errors, settings_from
from brief.cli.options import EngineOptions, engine_options
from brief.deliver.files import write_atomic
from brief.evaluate.run import evaluate_dir, format_table
from brief.read.articles import read_path
from brief.pipeline.briefer import Briefer


def _runner(briefer: Briefer) -> Any:
    def run(path: Path) -> tuple[dict[str, Any], float, int]:
        started = time.perf_counter()
        (article,) = read_path(path)[:1]
        brief, _ = briefer.brief(article, date=dt.date.today().isoformat())
        tokens = brief.usage.prompt_tokens + brief.usage.completion_tokens
        return json.loads(brief.model_dump_json()), time.perf_counter() - started, tokens

    return run


@app.command("eval")
@engine_options
def eval_command(
    opts: EngineOptions,
    directory: Path = typer.Argument(
        ..., help="Folder of NAME.txt articles with NAME.gold.json annotations."
    ),
    briefs: Path | None = typer.Option(
        None, "--briefs", help="Score existing NAME.json briefs instead of running."
    ),
    json_path: Path | None = typer.Option(None, "--json", help="Also write the report as JSON to this file."),
) -> None:
    """Score briefs against gold annotations: actor and position recall, verbatim evidence, claims.

    Exits 1 when any evidence string is not verbatim in its article.

    \b
    Examples:
      brief eval tests/fixtures/eval --engine extractive
      brief eval tests/fixtures/eval --briefs outputs/2026-11-27 --json report.json
    """
    with friendly_errors():
        settings = settings_from(opts.config, **opts.flags())
        run = None if briefs else _runner(Briefer(settings))
        report = evaluate_dir(directory, run=run, briefs_dir=briefs)
        typer.echo(format_table(report.articles, report.totals))
        if json_path is not None:
            write_atomic(json_path, report.to_json() + "\n")
        if not report.verbatim_ok:
            raise typer.Exit(code=1)
