"""Core commands: run, schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import typer

from brief.cli.app import app, friendly_errors, settings_from
from brief.cli.options import EngineOptions, engine_options
from brief.cli.progress import progress
from brief.cli.report import report_brief
from brief.schema import shipped_schema
from brief.service import Briefer, read_articles, save_brief


@app.command()
@engine_options
def run(
    opts: EngineOptions,
    article: str = typer.Argument(
        ..., help="Article file (.txt, .md, .html), a feed, a folder, or - for stdin."
    ),
    output: str | None = typer.Option(
        None, "-o", "--output", help="File or folder to write; - prints Markdown."
    ),
    date: str | None = typer.Option(None, help="Date folder for outputs (YYYY-MM-DD, default today)."),
    force: bool = typer.Option(False, "--force", help="Replace an existing different brief."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress or summary on stderr."),
) -> None:
    """Brief an article: key actors, positions with verbatim quotes, open questions.

    \b
    Examples:
      brief run examples/seed_coalition.txt
      brief run article.html --engine openai --base-url http://127.0.0.1:8080/v1
      cat article.txt | brief run - -o -
    """
    with friendly_errors():
        settings = settings_from(opts.config, **opts.flags())
        day = date or dt.date.today().isoformat()
        articles = read_articles(article, sys.stdin.buffer)
        briefer = Briefer(settings)
        for item in articles:
            with progress(item.title[:40], quiet=quiet) as on_progress:
                brief, markdown = briefer.brief(item, date=day, on_progress=on_progress)
            if output == "-":
                typer.echo(markdown, nl=False)
                continue
            target = Path(output) if output else None
            paths = save_brief(brief, markdown, target, settings=settings, date=day, force=force)
            report_brief(brief, paths, quiet=quiet)


@app.command()
def schema() -> None:
    """Print the JSON Schema every brief is validated against."""
    typer.echo(json.dumps(shipped_schema(), indent=2, ensure_ascii=False))
