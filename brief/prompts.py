"""Prompt templates: Jinja2 files in ``prompts/``, overridable by name from a user folder."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from brief.errors import ConfigError

__all__ = ["PromptLibrary", "default_prompts_dir", "fence_for"]


def default_prompts_dir() -> Path:
    """The shipped templates: ``brief/_prompts`` in a wheel, ``prompts/`` beside the package in a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "_prompts", package.parent / "prompts"):
        if (candidate / "map.j2").is_file():
            return candidate
    raise ConfigError(f"prompt templates not found next to {package}: reinstall brief")


def fence_for(text: str) -> str:
    """A fence line that does not occur in ``text``, so the article cannot close its own fence."""
    fence = "<<<ARTICLE"
    while fence in text:
        fence += "#"
    return fence


class PromptLibrary:
    """Loads templates from an optional user folder first, then the shipped folder."""

    def __init__(self, user_dir: Path | None = None) -> None:
        if user_dir is not None and not user_dir.is_dir():
            raise ConfigError(f"prompts folder {user_dir} not found: create it or drop --prompts-dir")
        dirs = [str(d) for d in (user_dir, default_prompts_dir()) if d is not None]
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(dirs),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["oneline"] = lambda value: " ".join(str(value).split())

    def source(self, name: str) -> str:
        """The text of template ``name`` as it will be used (user override first)."""
        try:
            return self.env.loader.get_source(self.env, name)[0]  # type: ignore[union-attr]
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(f"prompt template {name!r} not found: add it to the prompts folder") from exc

    def render(self, name: str, **context: Any) -> str:
        """Render template ``name``.

        Raises:
            ConfigError: the template is missing, broken, or uses a variable not passed in.
        """
        try:
            return self.env.get_template(name).render(**context).strip() + "\n"
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(f"prompt template {name!r} not found: add it to the prompts folder") from exc
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"prompt template {name!r} uses an unknown variable ({exc.message})") from exc
        except jinja2.TemplateError as exc:
            raise ConfigError(f"prompt template {name!r} is broken: {exc}") from exc

    def fingerprint(
        self, names: tuple[str, ...] = ("system.j2", "map.j2", "reduce.j2", "brief.md.j2")
    ) -> str:
        """A short hash over the templates in use, recorded in every brief's front matter."""
        return _digest(tuple(self.source(name) for name in names))


@cache
def _digest(sources: tuple[str, ...]) -> str:
    return hashlib.sha256("\0".join(sources).encode("utf-8")).hexdigest()[:12]
