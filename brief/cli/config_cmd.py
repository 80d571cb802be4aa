"""``brief config show``: the effective settings, secrets masked, and where each value came from."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from brief.cli.app import BriefTyper, app, friendly_errors
from brief.cli.options import EngineOptions, engine_options

if TYPE_CHECKING:
    from brief.config import Settings

__all__ = ["config_app", "sources"]

config_app = BriefTyper(help="Show the settings brief would use.", no_args_is_help=True)
app.add_typer(config_app, name="config")


def sources(flags: Mapping[str, Any], env: Mapping[str, str], config_path: Path | None) -> dict[str, str]:
    """Where each setting comes from: ``flag``, the environment variable, the config file, or ``default``."""
    from brief.config import ENV_VARS, Settings, load_settings

    default = Settings()
    from_file = load_settings(None, env=None, config_path=config_path) if config_path else default
    found: dict[str, str] = {}
    for field in fields(Settings):
        name = field.name
        variable = next((v for v in ENV_VARS.get(name, ()) if env.get(v)), None)
        if flags.get(name) is not None:
            found[name] = "command line"
        elif variable is not None:
            found[name] = variable
        elif getattr(from_file, name) != getattr(default, name):
            found[name] = str(config_path)
        else:
            found[name] = "default"
    return found


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, Mapping)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _lines(settings: Settings, origin: Mapping[str, str], config_path: Path | None) -> list[str]:
    from brief.backends import resolve_engine
    from brief.config import masked

    data = masked(settings)
    lines = [
        "# effective settings: command line > environment > config file > default",
        f"# config file: {config_path or 'none found (./brief.toml, then the user config folder)'}",
        f"# engine {settings.engine} resolves to {resolve_engine(settings)}; "
        f"cache folder {settings.resolved_cache_dir}",
    ]
    width = max(len(name) for name in data)
    for name, value in data.items():
        text = f"{name} = {_value(value)}" if value is not None else f"# {name} = (not set)"
        lines.append(f"{text.ljust(width + 24)}  # {origin[name]}")
    return lines


@config_app.command("show")
@engine_options
def show(
    opts: EngineOptions,
    as_json: bool = typer.Option(False, "--json", help="Print settings and sources as JSON."),
) -> None:
    """Print the effective settings (secrets masked) and where each one came from.

    Engine flags given here are applied, so you can check what a command with them would use.

    \b
    Examples:
      brief config show
      OPENAI_API_KEY=sk-... brief config show --model gpt-4o-mini --json
    """
    from brief.config import default_config_path, load_settings, masked

    with friendly_errors():
        path = opts.config if opts.config is not None else default_config_path()
        flags = opts.flags()
        settings = load_settings(flags, env=os.environ, config_path=path)
        origin = sources(flags, os.environ, path)
    if as_json:
        data = {"config_file": str(path) if path else None, "settings": masked(settings), "sources": origin}
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    typer.echo("\n".join(_lines(settings, origin, path)))
