"""Options shared by every command that runs the pipeline, added by one decorator."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.markup import escape

__all__ = ["EngineOptions", "engine_options"]

F = TypeVar("F", bound=Callable[..., Any])
_KW = inspect.Parameter.KEYWORD_ONLY


def _option(name: str, kind: Any, *decls: str, help: str) -> inspect.Parameter:
    """A keyword-only parameter whose default is the typer option, ``help`` taken as plain text.

    Typer reads help as rich markup, where ``[env BRIEF_MODEL]`` is a style tag and would vanish.
    """
    option = typer.Option(None, *decls, help=escape(help))
    return inspect.Parameter(name, _KW, default=option, annotation=kind)


_PARAMS = [
    _option("engine", str | None, "--engine", "-e", help="auto | openai | local | extractive | replay."),
    _option("model", str | None, "--model", "-m", help="Model name at the endpoint [env BRIEF_MODEL]."),
    _option("base_url", str | None, "--base-url", help="OpenAI-compatible endpoint [env BRIEF_BASE_URL]."),
    _option("api_key", str | None, "--api-key", help="API key [env OPENAI_API_KEY]."),
    _option("model_path", Path | None, "--model-path", help="GGUF file for the local engine."),
    _option("context_window", int | None, "--context-window", help="Override the model's context size."),
    _option("max_output_tokens", int | None, "--max-output-tokens", help="Output token budget per request."),
    _option("task", str | None, "--task", help="What the model writes: auto | full | summary."),
    _option(
        "summary_lead_tokens",
        int | None,
        "--lead-tokens",
        help="Summary task: tokens of the lead the model reads (0 = whole article, map-reduce).",
    ),
    _option(
        "candidates",
        bool | None,
        "--candidates",
        help="Show the model the extracted actors and quotes (helps a small model; ~20% more tokens).",
    ),
    _option(
        "timeout", float | None, "--timeout", help="Seconds to wait for each model request (default 120)."
    ),
    _option("max_retries", int | None, "--max-retries", help="Re-asks after an invalid reply (default 2)."),
    _option(
        "prompts_dir", Path | None, "--prompts-dir", help="Folder whose templates override the shipped ones."
    ),
    _option("output_dir", Path | None, "--output-dir", help="Where outputs go (default ./outputs)."),
    _option("record_dir", Path | None, "--record", help="Record every model request/reply into this folder."),
    _option("replay_dir", Path | None, "--replay", help="Serve model replies from a recording folder."),
    _option("no_cache", bool | None, "--no-cache", help="Use neither the response cache nor the page cache."),
    _option(
        "config", Path | None, "--config", help="A brief.toml (default ./brief.toml, then the user config)."
    ),
]
NAMES = tuple(p.name for p in _PARAMS)


@dataclass(frozen=True)
class EngineOptions:
    """The shared options as given on the command line (``None`` = not given)."""

    values: dict[str, Any]

    @property
    def config(self) -> Path | None:
        """The ``--config`` file, if given."""
        return self.values.get("config")  # type: ignore[no-any-return]

    def flags(self) -> dict[str, Any]:
        """Settings overrides for ``load_settings``."""
        flags = {k: v for k, v in self.values.items() if k not in ("config", "no_cache")}
        if self.values.get("no_cache"):
            flags["use_cache"] = False
        if flags.get("replay_dir") is not None and flags.get("engine") is None:
            flags["engine"] = "replay"
        return flags


def engine_options(func: F) -> F:
    """Add the shared options to a command; it receives them as ``opts: EngineOptions``."""
    signature = inspect.signature(func)
    own = [p for p in signature.parameters.values() if p.name != "opts"]

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        values = {name: kwargs.pop(name, None) for name in NAMES}
        return func(opts=EngineOptions(values), **kwargs)

    wrapper.__signature__ = signature.replace(parameters=[*own, *_PARAMS])  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]
