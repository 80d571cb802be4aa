"""``brief batch collect`` and the ``--batch-file`` branch of ``brief daily``: a day through a batch file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from brief.cli.app import BriefTyper, app, fail, friendly_errors, settings_from

if TYPE_CHECKING:
    from brief.config import Settings

__all__ = ["batch_app", "write_batch_file"]

batch_app = BriefTyper(
    help="Brief a day through a batch file: OpenAI's Batch API or vLLM's run_batch answers it.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")


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
        typer.echo(
            f"Wrote {written.requests} request(s) for {len(written.articles) - cached} article(s) to {path} "
            f"({cached} already answered); state: {written.state_path}",
            err=True,
        )
        typer.echo(f"Next: brief batch collect {date} --output-file OUT.jsonl", err=True)
    typer.echo(f"{written.requests} request(s) written to {path}")


@batch_app.command()
def collect(
    day: Annotated[str, typer.Argument(help="The day written with `brief daily --batch-file`, YYYY-MM-DD.")],
    output_file: Annotated[
        Path, typer.Option("--output-file", help="The batch output file (OpenAI Batch API or vLLM).")
    ],
    config: Annotated[Path | None, typer.Option("--config", help="A brief.toml.")] = None,
    output_dir: Annotated[Path | None, typer.Option("--output-dir", help="Where outputs go.")] = None,
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help="The cache folder.")] = None,
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
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="Endpoint for --retry-interactive [env BRIEF_BASE_URL].")
    ] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", help="API key for --retry-interactive [env OPENAI_API_KEY].")
    ] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress or summary on stderr.")] = False,
) -> None:
    """Brief the day from a batch output file and write its briefs and digest, as `brief daily` would.

    A failed line leaves its article out of the digest with the reason (one line each on stderr), or is
    sent to the endpoint with --retry-interactive. Collecting again changes nothing.

    \b
    Example:
      brief daily inbox/ --date 2026-11-27 --batch-file in.jsonl
      python -m vllm.entrypoints.openai.run_batch -i in.jsonl -o out.jsonl --model MODEL
      brief batch collect 2026-11-27 --output-file out.jsonl
    """
    from brief.batch.collect import collect_day
    from brief.cli.daily_progress import day_progress

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
        with day_progress(quiet=quiet, model=settings.model) as on_event:
            result = collect_day(
                day, output_file, settings=settings, on_event=on_event, retry_interactive=retry_interactive
            )
    for note in result.notes:
        typer.echo(f"Note: {note}", err=True)
    failed = result.with_status("failed", "not started")
    for outcome in failed:
        source = outcome.article.url or outcome.article.source
        typer.echo(f"Failed: {outcome.article.title[:60]} ({source}): {outcome.error}", err=True)
    if not quiet:
        model = next((o.brief.generator.model for o in result.outcomes if o.brief is not None), None)
        typer.echo(result.summary(model), err=True)
    typer.echo(str(result.md_path))
    if failed:
        raise fail(f"{len(failed)} article(s) not briefed from the batch; see the lines above")
