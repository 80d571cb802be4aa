"""The briefs in one date folder: which are complete, where a new one goes, which it replaces.

A brief is complete when its ``.json`` validates as a :class:`~brief.schema.Brief` and its ``.md`` is
beside it. Both are written atomically, JSON first, so an interrupted run leaves either a complete
brief or a JSON file without Markdown, which the next run briefs again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from brief.daily.digest import DIGEST_JSON
from brief.deliver.files import slugify, write_pair
from brief.errors import DeliveryError
from brief.render import json_file_text
from brief.schema import Brief

__all__ = ["Stored", "save_story", "stored_briefs"]


@dataclass(frozen=True)
class Stored:
    """A complete brief on disk."""

    brief: Brief
    md_path: Path

    @property
    def json_path(self) -> Path:
        """The JSON beside the Markdown."""
        return self.md_path.with_suffix(".json")

    def same_article(self, brief: Brief) -> bool:
        """True when ``brief`` is of the same article (content id) or the same URL (a newer version)."""
        mine = self.brief.source
        return mine.id == brief.source.id or bool(mine.url and mine.url == brief.source.url)


def stored_briefs(folder: Path) -> list[Stored]:
    """Complete briefs in ``folder``, by file name; anything else there is ignored."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        md_path = path.with_suffix(".md")
        if path.name == DIGEST_JSON or not md_path.is_file():
            continue
        try:
            found.append(Stored(Brief.model_validate_json(path.read_bytes()), md_path))
        except (OSError, ValidationError, ValueError):
            continue
    return found


def save_story(brief: Brief, markdown: str, folder: Path, stored: Sequence[Stored]) -> Stored:
    """Write a brief into ``folder``, then remove the older briefs it replaces.

    The slug comes from the title; when another article's brief has it, the content id is appended.

    Raises:
        DeliveryError: the files cannot be written.
    """
    slug = slugify(brief.title, brief.source.id)
    if not _free(folder, slug, brief, stored):
        slug = f"{slug}-{brief.source.id[:8]}"
    md_path = folder / f"{slug}.md"
    data = json_file_text(brief)
    write_pair({md_path.with_suffix(".json"): data, md_path: markdown}, force=True)
    for old in stored:
        if old.same_article(brief) and old.md_path != md_path:
            _remove(old)
    return Stored(brief, md_path)


def _free(folder: Path, slug: str, brief: Brief, stored: Sequence[Stored]) -> bool:
    """True when ``slug`` is unused, or used by (possibly half-written) files of this same article."""
    md_path = folder / f"{slug}.md"
    if md_path.with_suffix("").name == Path(DIGEST_JSON).stem:
        return False
    owner = next((s for s in stored if s.md_path == md_path), None)
    if owner is not None:
        return owner.same_article(brief)
    json_path = md_path.with_suffix(".json")
    if json_path.exists():  # without its Markdown: an interrupted write, ours if it is this article
        try:
            return Brief.model_validate_json(json_path.read_bytes()).source.id == brief.source.id
        except (OSError, ValidationError, ValueError):
            return False
    return not md_path.exists()


def _remove(old: Stored) -> None:
    try:
        old.md_path.unlink(missing_ok=True)  # Markdown first: a lone JSON is never taken for a brief
        old.json_path.unlink(missing_ok=True)
        old.md_path.with_suffix(".html").unlink(missing_ok=True)  # its web page (brief.daily.pages)
    except OSError as exc:
        raise DeliveryError(f"cannot remove the replaced brief {old.md_path}: {exc.strerror or exc}") from exc
