"""Core commands: run, schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from brief.cli.app import app, friendly_errors, settings_from
from brief.cli.options import EngineOptions, engine_options
from brief.errors import BriefError, InputError

if TYPE_CHECKING:
    from brief.config import Settings
    from brief.pipeline.briefer import Briefer
    from brief.read.articles import Article
    from brief.schema import Brief


@app.command()
@engine_options
def run(
    opts: EngineOptions,
    article: str = typer.Argument(
        ...,
        help="Article file (.txt, .md, .html), a feed, a folder, a .urls list of links, an http(s) link,"
        " or - for stdin.",
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
      brief run https://example.org/news/story.html
      cat article.txt | brief run - -o -
    """
    from brief.cli.report import report_brief
    from brief.pipeline.briefer import Briefer, save_brief

    with friendly_errors():
        settings = settings_from(opts.config, **opts.flags())
        day = _day(date)
        articles = _read(article, settings)
        briefer = Briefer(settings)
        for item in articles:
            brief, markdown = _brief(briefer, item, day, quiet=quiet, name=len(articles) > 1)
            if output == "-":
                typer.echo(markdown, nl=False)
                continue
            target = Path(output) if output else None
            paths = save_brief(brief, markdown, target, settings=settings, date=day, force=force)
            report_brief(brief, paths, quiet=quiet)


def _brief(briefer: Briefer, item: Article, day: str, *, quiet: bool, name: bool) -> tuple[Brief, str]:
    """One brief and its Markdown; with ``name``, an error says which article failed."""
    from brief.cli.progress import progress

    try:
        with progress(item.title[:40], quiet=quiet) as on_progress:
            return briefer.brief(item, date=day, on_progress=on_progress)
    except BriefError as exc:
        if name:  # the briefs before it are already written; say which one to look at
            exc.args = (f"{item.source}: {exc}",)
        raise


def _day(date: str | None) -> str:
    """The date folder name: a real ``YYYY-MM-DD`` date (never a path), default today."""
    try:
        return dt.date.fromisoformat(date).isoformat() if date else dt.date.today().isoformat()
    except ValueError:
        raise typer.BadParameter(f"{date!r} is not a date: use YYYY-MM-DD", param_hint="--date") from None


def _read(argument: str, settings: Settings) -> list[Article]:
    """The articles to brief; how each was read (decoding, language) and what was skipped go to stderr.

    A link is fetched (conditional GET with the page cache); links in ``.urls`` files that cannot be
    read are noted and skipped.
    """
    from brief.read.fetch import Fetcher, is_url
    from brief.read.inputs import read_inputs, read_stdin

    skipped: tuple[str, ...] = ()
    if argument == "-":
        articles = [read_stdin(sys.stdin.buffer)]
    else:
        with Fetcher.from_settings(settings) as fetcher:
            if is_url(argument):
                articles = [fetcher.article(argument)]
            else:
                result = read_inputs([Path(argument)], links=fetcher.article)
                articles = list(result.articles)
                skipped = (*result.skipped, *(f"{line}; skipped" for line in result.failed))
                if not articles and result.failed:
                    raise InputError(f"no link in {argument} could be read ({result.failed[0]})")
                if not articles:
                    raise InputError(f"{argument} holds no link: add one http(s) link per line")
    for line in (*skipped, *(f"{a.source}: {note}" for a in articles for note in a.notes)):
        typer.echo(f"Note: {line}", err=True)
    return articles


@app.command()
def schema() -> None:
    """Print the JSON Schema every brief is validated against."""
    from brief.schema import shipped_schema

    typer.echo(json.dumps(shipped_schema(), indent=2, ensure_ascii=False))
