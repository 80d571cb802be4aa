"""The briefs in one date folder: which are complete, where a new one goes, which it replaces.

A brief is complete when its ``.json`` validates as a :class:`~brief.schema.Brief` and its ``.md`` is
beside it. Both are written atomically, JSON first, so an interrupted run leaves either a complete
brief or a JSON file without Markdown, which the next run briefs again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import ValidationError

from brief.daily.digest import DIGEST_JSON
from brief.deliver.files import slugify, write_pair
from brief.errors import DeliveryError
from brief.render import json_file_text
from brief.schema import Brief

__all__ = ["OnDemand", "Stored", "briefs_by_id", "save_story", "stored_briefs"]

T = TypeVar("T")
V = TypeVar("V")


class Stored:
    """A complete brief on disk: its Markdown path, what finds its article and plans its story (``source``,
    ``title``, ``names``, ``maker``), and the brief.

    ``Stored(brief, md_path)`` keeps the brief in memory (one not written yet); :meth:`on_disk` keeps only
    those fields and reads the brief back from its JSON when asked, so a day of thousands of briefs
    holds none of them.
    """

    __slots__ = ("_brief", "maker", "md_path", "names", "source", "title")

    def __init__(self, brief: Brief, md_path: Path, *, keep: bool = True) -> None:
        self.md_path = md_path
        self.source = brief.source
        self.title = brief.title
        self.names = tuple(form for actor in brief.actors for form in (actor.name, *actor.aliases))
        made = brief.generator
        self.maker = (made.engine, made.model, made.prompt_hash)
        self._brief = brief if keep else None

    @classmethod
    def on_disk(cls, brief: Brief, md_path: Path) -> Stored:
        """A brief already written beside ``md_path``, not kept in memory."""
        return cls(brief, md_path, keep=False)

    def __repr__(self) -> str:
        return f"Stored({self.md_path.name!r}, id={self.source.id!r})"

    @property
    def brief(self) -> Brief:
        """The brief: the one kept, else read from its JSON.

        Raises:
            DeliveryError: the JSON is gone or no longer a brief.
        """
        if self._brief is not None:
            return self._brief
        try:
            return Brief.model_validate_json(self.json_path.read_bytes())
        except (OSError, ValidationError, ValueError) as exc:
            raise DeliveryError(
                f"cannot read the brief {self.json_path} back ({exc}): re-run the day"
            ) from exc

    @property
    def json_path(self) -> Path:
        """The JSON beside the Markdown."""
        return self.md_path.with_suffix(".json")

    def same_article(self, other: Brief | Stored) -> bool:
        """True when ``other`` is of the same article (content id) or the same URL (a newer version)."""
        mine, theirs = self.source, other.source
        return mine.id == theirs.id or bool(mine.url and mine.url == theirs.url)


def briefs_by_id(stored: Iterable[Stored]) -> Mapping[str, Brief]:
    """Each brief by its article id, read when looked up (a template renders one story at a time)."""
    return OnDemand({s.source.id: s for s in stored}, lambda s: s.brief)


class OnDemand(Mapping[str, V], Generic[T, V]):
    """A mapping whose values are made from ``items`` by ``make`` on each lookup and never kept, so a
    large day's values are never all in memory at once."""

    def __init__(self, items: Mapping[str, T], make: Callable[[T], V]) -> None:
        self._items, self._make = items, make

    def __getitem__(self, key: str) -> V:
        return self._make(self._items[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


def stored_briefs(folder: Path) -> list[Stored]:
    """Complete briefs in ``folder``, by file name; anything else there is ignored."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        md_path = path.with_suffix(".md")
        if path.name == DIGEST_JSON or not md_path.is_file():
            continue
        try:
            found.append(Stored.on_disk(Brief.model_validate_json(path.read_bytes()), md_path))
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
    return Stored.on_disk(brief, md_path)


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
