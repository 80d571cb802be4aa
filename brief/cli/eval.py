"""``brief eval``: score briefs against gold annotations."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from brief.cli.app import app, friendly_errors, settings_from
from brief.cli.options import EngineOptions, engine_options

if TYPE_CHECKING:
    from brief.pipeline.briefer import Briefer


def _runner(briefer: Briefer) -> Any:
    from brief.read.inputs import read_path

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
    directory: Path | None = typer.Argument(
        None, help="Folder of NAME.txt articles with NAME.gold.json annotations."
    ),
    briefs: Path | None = typer.Option(
        None, "--briefs", help="Score existing NAME.json briefs instead of running."
    ),
    json_path: Path | None = typer.Option(None, "--json", help="Also write the report as JSON to this file."),
    split: str | None = typer.Option(
        None,
        "--split",
        help="Score only one part of the set (splits.json in the folder): tune, check or check2 "
        "(articles added later, scored only).",
    ),
    faithfulness: Path | None = typer.Option(
        None, "--faithfulness", help="Instead: run the verifier on FRANK's labelled summaries (a .jsonl)."
    ),
    replies: Path | None = typer.Option(
        None, "--replies", help="Instead: score hand-written NAME.reply.json with NAME.labels.json."
    ),
    show_false_alarms: int = typer.Option(
        0, "--show-false-alarms", help="With --faithfulness: print this many false alarms."
    ),
) -> None:
    """Score briefs against gold annotations: recall, attribution, duplicate and non-actors, evidence, claims.

    Exits 1 when any evidence string is not verbatim in its article.

    \b
    Examples:
      brief eval tests/fixtures/eval --engine extractive
      brief eval tests/fixtures/eval --engine extractive --split check
      brief eval tests/fixtures/eval --briefs outputs/2026-11-27 --json report.json
      brief eval --faithfulness tests/fixtures/frank/valid.jsonl --show-false-alarms 5
      brief eval --replies tests/fixtures/capable
    """
    from brief.deliver.files import write_atomic
    from brief.evaluate.run import evaluate_dir, format_table
    from brief.pipeline.briefer import Briefer

    with friendly_errors():
        if faithfulness is not None or replies is not None:
            from brief.cli.eval_checks import run_checks

            run_checks(faithfulness, replies, json_path=json_path, show_false_alarms=show_false_alarms)
            return
        if directory is None:
            raise typer.BadParameter("give a folder, --faithfulness FILE or --replies DIR")
        settings = settings_from(opts.config, **opts.flags())
        run = None if briefs else _runner(Briefer(settings))
        report = evaluate_dir(directory, run=run, briefs_dir=briefs, split=split)
        typer.echo(format_table(report.articles, report.totals))
        if json_path is not None:
            write_atomic(json_path, report.to_json() + "\n")
        if not report.verbatim_ok:
            raise typer.Exit(code=1)
