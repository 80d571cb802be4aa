"""``brief cache stats`` and ``brief cache clear``: the reply cache; clearing it clears the page cache too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from brief.cli.app import BriefTyper, app, friendly_errors, settings_from

__all__ = ["cache_app"]

cache_app = BriefTyper(
    help="Inspect or clear the caches of model replies and fetched pages (repeats cost nothing).",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="A brief.toml (default: ./brief.toml, then the user config).")
]
CacheDirOption = Annotated[
    Path | None, typer.Option("--cache-dir", help="The cache folder (default: the user cache dir).")
]


@cache_app.command()
def stats(
    config: ConfigOption = None,
    cache_dir: CacheDirOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the numbers as JSON.")] = False,
) -> None:
    """Show how many replies are cached, how often they were reused, and the file's size.

    \b
    Example:
        brief cache stats --json
    """
    from brief.backends.cache import ResponseCache

    with friendly_errors():
        settings = settings_from(config, cache_dir=cache_dir)
        with ResponseCache.from_settings(settings) as cache:
            info = cache.stats()
    if as_json:
        typer.echo(json.dumps(info, indent=2))
        return
    typer.echo(f"Path:    {info['path']}")
    typer.echo(f"Entries: {info['entries']}")
    typer.echo(f"Hits:    {info['hits']}")
    typer.echo(f"Size:    {info['bytes']:,} bytes")


@cache_app.command()
def clear(config: ConfigOption = None, cache_dir: CacheDirOption = None) -> None:
    """Delete every cached reply and fetched page (a corrupt cache file is removed); the next run asks
    the model again and downloads every link and feed in full.

    \b
    Example:
        brief cache clear --cache-dir ~/.cache/brief
    """
    from brief.backends.cache import ResponseCache
    from brief.read.pages import PageCache

    with friendly_errors():
        settings = settings_from(config, cache_dir=cache_dir)
        with ResponseCache.from_settings(settings) as cache:
            removed = cache.clear()
        pages = PageCache.from_settings(settings)
        try:
            forgotten = pages.clear()
        finally:
            pages.close()
    typer.echo(f"Removed {removed} cached repl{'y' if removed == 1 else 'ies'} from {cache.path}")
    typer.echo(f"Removed {forgotten} fetched page{'' if forgotten == 1 else 's'} from {pages.path}")
