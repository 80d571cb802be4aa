"""``brief batch status|collect`` and the ``--batch`` / ``--batch-file`` branch of ``brief daily``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from brief.cli.app import BriefTyper, app, fail, friendly_errors, settings_from

if TYPE_CHECKING:
    from brief.batch import Collected
    from brief.batch.state import RemoteBatch
    from brief.config import Settings

__all__ = ["batch_app", "batch_day", "submit_batch", "write_batch_file"]

batch_app = BriefTyper(
    help="Brief a day through a batch: the Batch API (brief daily --batch) or a file run elsewhere.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")

Config = Annotated[Path | None, typer.Option("--config", help="A brief.toml.")]
CacheDir = Annotated[Path | None, typer.Option("--cache-dir", help="The cache folder (the batch state).")]
BaseUrl = Annotated[
    str | None,
    typer.Option("--base-url", help=r"The endpoint (Batch API, --retry-interactive) \[env BRIEF_BASE_URL]."),
]
ApiKey = Annotated[str | None, typer.Option("--api-key", help=r"API key \[env OPENAI_API_KEY].")]


def batch_day(
    inbox: list[Path],
    batch_file: Path | None,
    *,
    upload: bool,
    date: str,
    settings: Settings,
    force: bool,
    quiet: bool,
) -> None:
    """``brief daily --batch-file PATH`` writes the requests; ``brief daily --batch`` sends them."""
    if upload and batch_file is not None:
        raise fail("--batch sends the requests and --batch-file writes them for elsewhere: pick one", code=2)
    if batch_file is not None:
        write_batch_file(inbox, batch_file, date=date, settings=settings, force=force, quiet=quiet)
    else:
        submit_batch(inbox, date=date, settings=settings, force=force, quiet=quiet)


def submit_batch(inbox: list[Path], *, date: str, settings: Settings, force: bool, quiet: bool) -> None:
    """``brief daily INBOX --batch``: upload the day's requests and start the batch (or report it)."""
    from brief.batch import BatchAPI, submit_day
    from brief.daily.inbox import collect_inbox

    with friendly_errors():
        api = BatchAPI.from_settings(settings)
        found = collect_inbox(inbox, settings.feeds)
        sent = submit_day(found.articles, date=date, settings=settings, api=api, force=force)
    for note in found.failed:
        typer.echo(f"Warning: {note}", err=True)
    batch = sent.batch
    if batch is None:
        if not quiet:
            typer.echo(f"Nothing to send for {date}: every article is briefed or cached", err=True)
            typer.echo(f"Next: brief batch collect {date}", err=True)
        typer.echo("0 request(s) sent")
        return
    if not quiet:
        if sent.resumed:
            typer.echo(f"Batch {batch.batch_id} for {date} was sent before: nothing new sent", err=True)
        else:
            typer.echo(
                f"Sent {batch.requests} request(s) as batch {batch.batch_id}; state: {sent.state_path}",
                err=True,
            )
        typer.echo(
            f"Next: brief batch status {date}; once it is completed, brief batch collect {date}", err=True
        )
    typer.echo(f"{batch.batch_id} {batch.status}")


def write_batch_file(
    inbox: list[Path], path: Path, *, date: str, settings: Settings, force: bool, quiet: bool
) -> None:
    """``brief daily INBOX --batch-file PATH``: write the requests, say how many and what comes next."""
    from brief.batch.write import write_batch
    from brief.daily.inbox import collect_inbox

    with friendly_errors():
        found = collect_inbox(inbox, settings.feeds)
        written = write_batch(found.articles, path, date=date, settings=settings, force=force)
    for note in found.failed:
        typer.echo(f"Warning: {note}", err=True)
    for article in written.second_round():
        typer.echo(
            f"Note: {article.article.title[:60]} ({article.article.source}): needs a second batch "
            "(several chunks): collect this one, then write the day's batch again",
            err=True,
        )
    if not quiet:
        cached = sum(a.status != "written" for a in written.articles)
        stories = f" and {written.stories} story summar(ies)" if written.stories else ""
        typer.echo(
            f"Wrote {written.requests} request(s) for {len(written.articles) - cached} article(s){stories} "
            f"to {path} ({cached} already answered); state: {written.state_path}",
            err=True,
        )
        typer.echo(f"Next: brief batch collect {date} --output-file OUT.jsonl", err=True)
    typer.echo(f"{written.requests} request(s) written to {path}")


@batch_app.command()
def status(
    day: Annotated[str, typer.Argument(help="The day sent with `brief daily --batch`, YYYY-MM-DD.")],
    config: Config = None,
    cache_dir: CacheDir = None,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
) -> None:
    """Look the day's batches up: one line each with its status and request counts.

    \b
    Example:
      brief batch status 2026-11-27
      batch_abc123 in_progress: 1200 of 3000 requests done, 2 failed (the day, 3000 requests)
    """
    from brief.batch import BatchAPI, refresh

    with friendly_errors():
        settings = settings_from(config, cache_dir=cache_dir, base_url=base_url, api_key=api_key)
        state = refresh(day, settings=settings, api=BatchAPI.from_settings(settings))
    if not state.remote:
        raise fail(f"the batch for {day} was written to a file, not sent: there is no batch to look up")
    for entry in state.remote:
        typer.echo(_status_line(entry, day))


def _status_line(entry: RemoteBatch, day: str) -> str:
    if entry.batch_id is None:
        return f"(not sent: stopped at {entry.step}; run `brief daily --date {day} --batch` again to finish)"
    return f"{entry.batch_id} {entry.status}: {entry.progress()} ({entry.reason}, {entry.requests} requests)"


@batch_app.command()
def collect(
    day: Annotated[str, typer.Argument(help="The day sent with `brief daily --batch` (or --batch-file).")],
    output_file: Annotated[
        Path | None,
        typer.Option("--output-file", help="A batch output file made elsewhere (vLLM, an upload by hand)."),
    ] = None,
    config: Config = None,
    output_dir: Annotated[Path | None, typer.Option("--output-dir", help="Where outputs go.")] = None,
    cache_dir: CacheDir = None,
    prompts_dir: Annotated[
        Path | None, typer.Option("--prompts-dir", help="The templates the batch was written with.")
    ] = None,
    concurrency: Annotated[int | None, typer.Option(min=1, help="Articles verified at once.")] = None,
    retry_interactive: Annotated[
        bool,
        typer.Option(
            "--retry-interactive", help="Send what the batch did not answer (failed lines, reduce) now."
        ),
    ] = False,
    retry_batch: Annotated[
        bool, typer.Option("--retry-batch", help="Send failed and expired lines again as a follow-up batch.")
    ] = False,
    base_url: BaseUrl = None,
    api_key: ApiKey = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress or summary on stderr.")] = False,
) -> None:
    """Brief the day from its batch results and write its briefs and digest, as `brief daily` would.

    For a day sent with --batch: nothing is written while the batch runs (one line says so, exit 1).

    What needs a second stage (reduce, re-ask, the summaries of stories from several outlets) goes out as
    a follow-up batch (with --output-file: write the day's batch again); collect again later.

    A failed or expired line leaves its article out, or goes again: --retry-interactive or --retry-batch.

    Collecting again changes nothing. Costs are at the batch price.

    \b
    Examples:
      brief daily inbox/ --date 2026-11-27 --batch
      brief batch collect 2026-11-27 --retry-batch
    \b
      brief daily inbox/ --date 2026-11-27 --batch-file in.jsonl
      python -m vllm.entrypoints.openai.run_batch -i in.jsonl -o out.jsonl --model MODEL
      brief batch collect 2026-11-27 --output-file out.jsonl
      brief daily inbox/ --date 2026-11-27 --batch-file in2.jsonl   # the second stage, if any
    """
    from brief.batch import Collected, collect_day
    from brief.cli.daily_progress import day_progress

    if retry_interactive and retry_batch:
        raise fail("--retry-interactive and --retry-batch are two ways to retry: pick one", code=2)
    if retry_batch and output_file is not None:
        raise fail("--retry-batch is for a day sent with --batch: use --retry-interactive", code=2)
    retry = "interactive" if retry_interactive else "batch" if retry_batch else None
    with friendly_errors():
        settings = settings_from(
            config,
            output_dir=output_dir,
            cache_dir=cache_dir,
            prompts_dir=prompts_dir,
            concurrency=concurrency,
            base_url=base_url,
            api_key=api_key,
        )
        if output_file is None:
            collected = _collect_sent(day, settings, retry, quiet=quiet)
        else:
            with day_progress(quiet=quiet, model=settings.model) as on_event:
                result = collect_day(
                    day,
                    output_file,
                    settings=settings,
                    on_event=on_event,
                    retry_interactive=retry_interactive,
                )
            collected = Collected(result, None)
    _collected(collected, day, quiet=quiet)


def _collect_sent(day: str, settings: Settings, retry: str | None, *, quiet: bool) -> Collected:
    """A day sent with --batch: fetch first, so nothing (not even progress) is shown while it runs."""
    from brief.batch import BatchAPI, collect_uploaded, fetch_day
    from brief.cli.daily_progress import day_progress

    api = BatchAPI.from_settings(settings)
    fetched = fetch_day(day, settings=settings, api=api)
    with day_progress(quiet=quiet, model=settings.model) as on_event:
        return collect_uploaded(day, fetched, settings=settings, api=api, retry=retry, on_event=on_event)


def _collected(collected: Collected, day: str, *, quiet: bool) -> None:
    """Notes, failures, the follow-up batch and the summary on stderr; the digest's path on stdout."""
    result, followup, waiting = collected.result, collected.followup, collected.waiting
    for note in (*collected.notes, *result.notes):
        typer.echo(f"Note: {note}", err=True)
    failed = [o for o in result.with_status("failed", "not started") if o.article.id not in waiting]
    for outcome in failed:
        source = outcome.article.url or outcome.article.source
        typer.echo(f"Failed: {outcome.article.title[:60]} ({source}): {outcome.error}", err=True)
    if followup is not None:
        stories = f" and {collected.stories} story summar(ies)" if collected.stories else ""
        typer.echo(
            f"Sent {followup.requests} request(s) for {len(waiting)} article(s){stories} as batch "
            f"{followup.batch_id} ({followup.reason}): run `brief batch collect {day}` again once it is done",
            err=True,
        )
    if not quiet:
        model = next((o.brief.generator.model for o in result.outcomes if o.brief is not None), None)
        priced = " (batch prices)" if result.cost_usd else ""
        typer.echo(f"{result.summary(model)}{priced}", err=True)
    typer.echo(str(result.md_path))
    if failed:
        raise fail(f"{len(failed)} article(s) not briefed from the batch; see the lines above")
