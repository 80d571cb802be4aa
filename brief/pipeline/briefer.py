"""Glue used by every front end: brief one article, save it. No printing here."""

from __future__ import annotations

from pathlib import Path

from brief.backends.base import Backend
from brief.backends.engine import open_backend
from brief.config import Settings
from brief.deliver.files import brief_paths, slugify, write_pair
from brief.extract import ExtractionPool, default_workers
from brief.pipeline.job import Progress, summarise
from brief.prompts import PromptLibrary
from brief.read.articles import Article
from brief.render import json_file_text, render_markdown
from brief.schema import Brief

__all__ = ["Briefer", "save_brief"]


class Briefer:
    """One configured pipeline: settings, prompts and an opened backend, reused across articles.

    Use it as a context manager (or call ``close``) when ``extraction_pool`` was used: the pool's
    worker processes stay up between runs until then.
    """

    def __init__(
        self, settings: Settings, backend: Backend | None = None, *, open_model: bool = True
    ) -> None:
        self.settings = settings
        self.prompts = PromptLibrary(settings.prompts_dir)
        self.backend = backend if backend is not None or not open_model else open_backend(settings)
        self._pool: ExtractionPool | None = None

    def __enter__(self) -> Briefer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=exc[0] is not None)

    def extraction_pool(self) -> ExtractionPool:
        """Worker processes for extraction, started on first use and kept until ``close``."""
        if self._pool is None:
            self._pool = ExtractionPool(default_workers())
        return self._pool

    def close(self, *, cancel: bool = False) -> None:
        """Stop the extraction workers, if any were started."""
        if self._pool is not None:
            self._pool.close(cancel=cancel)
            self._pool = None

    def brief(self, article: Article, *, date: str, on_progress: Progress | None = None) -> tuple[Brief, str]:
        """The verified brief and its Markdown."""
        result = summarise(
            article,
            backend=self.backend,
            settings=self.settings,
            prompts=self.prompts,
            on_progress=on_progress,
        )
        return result, render_markdown(result, self.prompts, date=date)


def save_brief(
    brief: Brief, markdown: str, output: Path | None, *, settings: Settings, date: str, force: bool = False
) -> tuple[Path, Path, bool]:
    """Write ``.md`` and ``.json`` atomically; returns both paths and whether anything changed.

    Raises:
        DeliveryError: a different brief is already there (without ``force``), or the write failed.
    """
    slug = slugify(brief.title, brief.source.id)
    md_path, json_path = brief_paths(output, output_dir=settings.output_dir, date=date, slug=slug)
    data = json_file_text(brief)
    changed = write_pair({json_path: data, md_path: markdown}, force=force)
    return md_path, json_path, changed
