"""``brief daily``: brief an inbox of articles and feeds into one dated digest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from brief.cli.app import app, fail, friendly_errors, settings_from
from brief.cli.options import EngineOptions, engine_options
from brief.errors import InputError

if TYPE_CHECKING:
    from brief.daily.result import DayResult


def _date(value: str | None) -> str:
    if value is None:
        return dt.date.today().isoformat()
    from brief.daily.day import check_date

    try:
        return check_date(value)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
@engine_options
def daily(
    opts: EngineOptions,
    inbox: list[Path] | None = typer.Argument(
        None, help="Folders or files: .txt, .md, .html, .xml/.rss/.atom feeds, .urls/.txt lists of links."
    ),
    date: str | None = typer.Option(
        None, help="The digest's date, YYYY-MM-DD (default today).", callback=_date
    ),
    concurrency: int | None = typer.Option(
        None, min=1, help="Requests in flight at once (default 1; local: 1)."
    ),
    max_cost: float | None = typer.Option(
        None, min=0, help="USD budget: an article starts only if its estimated cost still fits."
    ),
    email: list[str] | None = typer.Option(None, "--email", help="Email the digest to this address; repeat."),
    link_base: str | None = typer.Option(
        None, "--link-base", help="With --email: link the briefs where the output folder is published."
    ),
    force: bool = typer.Option(False, "--force", help="Brief every article again, even those already done."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress or summary on stderr."),
    batch_file: Path | None = typer.Option(
        None, "--batch-file", help="Write the requests as an OpenAI Batch input file; send nothing."
    ),
    batch: bool = typer.Option(
        False, "--batch", help="Send the requests to the Batch API (half price, within 24h); see brief batch."
    ),
) -> None:
    """Brief every article in the inbox and the configured feeds into outputs/<date>/index.md.

    A re-run keeps the briefs already made for that date (same engine, model, templates) and does the rest.

    --max-cost starts an article only if its estimated cost (tokens x price, full output) still fits.

    Exits 1 when an article, link or feed failed; everything else is kept and the digest is written.

    \b
    Examples:
      brief daily inbox/ --engine openai --model gpt-4o-mini --concurrency 4 --max-cost 0.50
      brief daily inbox/ --date 2026-11-27 --email ana@example.org --link-base https://example.org/briefs
      brief daily            # the inbox = [...] folders and feeds = [...] URLs in brief.toml
      brief daily inbox/ --batch-file in.jsonl   # then: brief batch collect DATE --output-file out.jsonl
      brief daily inbox/ --batch                 # then: brief batch status|collect DATE
    """
    from brief.cli.daily_progress import day_progress
    from brief.daily.day import run_day
    from brief.mail.message import email_file
    from brief.pipeline.briefer import Briefer

    with friendly_errors():
        settings = settings_from(
            opts.config, **opts.flags(), concurrency=concurrency, max_cost=max_cost, link_base=link_base
        )
        if batch or batch_file is not None:  # collect later with `brief batch collect DATE`
            from brief.cli.batch import batch_day

            paths = inbox or [Path(p).expanduser() for p in settings.inbox]
            batch_day(
                paths, batch_file, upload=batch, date=str(date), settings=settings, force=force, quiet=quiet
            )
            return
        briefer = Briefer(settings)
        model = briefer.backend.model if briefer.backend is not None else None
        with briefer, day_progress(quiet=quiet, model=model) as on_event:
            result = run_day(
                inbox or [Path(p).expanduser() for p in settings.inbox],
                date=str(date),
                settings=settings,
                briefer=briefer,
                force=force,
                on_event=on_event,
            )
        _report(result, model, quiet=quiet)
        if email:
            email_file(result.md_path, email, settings)
            if not quiet:
                typer.echo(f"Emailed the digest to {', '.join(email)}", err=True)
    typer.echo(str(result.md_path))
    if not result.ok:
        raise fail(_failures(result))


def _report(result: DayResult, model: str | None, *, quiet: bool) -> None:
    """Notes and budget skips always; the summary unless quiet."""
    for note in (*result.notes, *result.failed_sources):
        typer.echo(f"Warning: {note}", err=True)
    skipped = result.with_status("over budget")
    if skipped:
        titles = "; ".join(o.article.title[:60] for o in skipped)
        typer.echo(f"Warning: stopped at --max-cost; not briefed: {titles}", err=True)
    if not quiet:
        for note in result.skipped:
            typer.echo(f"Note: {note}", err=True)
        typer.echo(result.summary(model), err=True)
        typer.echo(f"Stories: {result.stories_line}", err=True)
        typer.echo(f"Digest: {result.md_path} (+ {result.json_path.name})", err=True)


def _failures(result: DayResult) -> str:
    failed = result.with_status("failed", "not started")
    parts = [f"{o.article.title[:60]} ({o.article.url or o.article.source}): {o.error}" for o in failed[:3]]
    more = f"; and {len(failed) - 3} more" if len(failed) > 3 else ""
    sources = (
        f"{len(result.failed_sources)} link(s), feed(s) or file(s) unreadable"
        if result.failed_sources
        else ""
    )
    head = f"{len(failed)} article(s) not briefed" if failed else sources
    detail = "; ".join(parts) + more
    return (
        f"{head}: {detail}; re-run `brief daily` to retry them"
        if detail
        else f"{head}; see the warnings above"
    )
