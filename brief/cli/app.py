"""The typer app, error handling at the edge, and option helpers shared by commands."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from brief.config import Settings, default_config_path, load_settings
from brief.errors import BriefError

app = typer.Typer(
    help="Grounded, structured briefings from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def settings_from(config: Path | None, **flags: Any) -> Settings:
    """Resolve settings for a command: flags > environment > config file > defaults."""
    path = config if config is not None else default_config_path()
    return load_settings(flags, env=os.environ, config_path=path)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``Error: message`` to stderr and return the Exit to raise."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=code)


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Turn a BriefError into ``Error: <message>`` on stderr and exit 1 (BRIEF_DEBUG=1 re-raises)."""
    try:
        yield
    except BriefError as exc:
        if os.environ.get("BRIEF_DEBUG"):
            raise
        raise fail(str(exc)) from None


def main() -> None:
    """Console-script entry point."""
    app()
