"""The browser copy of a day: ``index.html`` beside ``index.md`` and ``<slug>.html`` beside each brief.

Each page is its Markdown rendered by :func:`brief.deliver.html.page_html`; the digest's links to the
briefs' ``.md`` files point at their ``.html`` pages, and each brief's page links back to the digest.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from brief.deliver.html import page_parts
from brief.errors import DeliveryError
from brief.prompts import PromptLibrary

__all__ = ["DIGEST_HTML", "browser_pages"]

DIGEST_HTML = "index.html"


def browser_pages(
    folder: Path,
    markdown: str,
    briefs: Sequence[Path],
    prompts: PromptLibrary,
    *,
    title: str,
    unwritten: Mapping[Path, str] | None = None,
) -> Iterator[tuple[Path, Iterator[str]]]:
    """The day's pages and their paths: the digest's (from ``markdown``) and one per brief ``.md`` in
    ``briefs``, each made in pieces as it is written (a large day's pages are never all in memory).

    Args:
        title: what a brief's link back to the digest says.
        unwritten: more briefs' Markdown by path, not on disk yet (the multi-source briefs).

    Raises:
        DeliveryError: a brief's Markdown cannot be read.
        ConfigError: the page template is missing or broken.
    """
    yield folder / DIGEST_HTML, page_parts(markdown, prompts)
    for md_path in briefs:
        try:
            text = md_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DeliveryError(
                f"cannot read {md_path} for its web page ({exc}): re-run with --force"
            ) from exc
        yield md_path.with_suffix(".html"), page_parts(text, prompts, up=(DIGEST_HTML, title))
    for md_path, text in (unwritten or {}).items():
        yield md_path.with_suffix(".html"), page_parts(text, prompts, up=(DIGEST_HTML, title))
