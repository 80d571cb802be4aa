"""The typer app, error handling at the edge, and option helpers shared by commands.

Only typer and this package's small modules are imported here: ``brief --help`` must stay fast, so each
command imports the pipeline, readers and models it needs inside its own function.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from brief.errors import BriefError

if TYPE_CHECKING:
    from brief.config import Settings

__all__ = ["BriefTyper", "app", "fail", "friendly_errors", "main", "settings_from"]


def _tidy(params: list[Any]) -> list[Any]:
    """Flags take no value, so their help shows no ``<bool>`` type (typer prints one after each flag).

    ``--help`` defaults to False instead of None: typer builds a pydantic validator to read a None, which
    would import pydantic in every ``brief COMMAND --help``.
    """
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and not param.count:
            if param.metavar is None:
                param.metavar = ""
            if param.name == "help" and param.default is None:
                param.default = False
    return params


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))


class BriefTyper(typer.Typer):
    """A typer app whose groups and commands list flags without a type in their help."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cls=_Group, **kwargs)

    def command(self, name: str | None = None, *, cls: Any = None, **kwargs: Any) -> Callable[[Any], Any]:
        return super().command(name, cls=cls or _Command, **kwargs)


app = BriefTyper(
    help="Grounded, structured briefings from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def settings_from(config: Path | None, **flags: Any) -> Settings:
    """Resolve settings for a command: flags > environment > config file > defaults."""
    from brief.config import default_config_path, load_settings

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
