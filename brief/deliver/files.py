"""Write briefs safely: slugged paths inside the output folder, atomic writes, no silent overwrites."""

from __future__ import annotations

import filecmp
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from brief.errors import DeliveryError

__all__ = ["Staged", "brief_paths", "slugify", "temp_beside", "write_all", "write_atomic", "write_pair"]

_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


def slugify(title: str, fallback: str, max_length: int = 60) -> str:
    """A file-name-safe slug: ascii letters, digits and dashes only, never a path, never reserved."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:max_length].strip("-")
    if not slug or slug in _RESERVED:
        slug = f"brief-{fallback}"
    return slug


def brief_paths(output: Path | None, *, output_dir: Path, date: str, slug: str) -> tuple[Path, Path]:
    """Where the Markdown and JSON go: ``-o`` file or folder, else ``<output_dir>/<date>/<slug>``."""
    if output is None:
        base = output_dir / date / slug
    elif output.suffix.lower() in (".md", ".markdown", ".json"):
        base = output.with_suffix("")
    else:
        base = output / slug
    return base.with_suffix(".md"), base.with_suffix(".json")


def temp_beside(path: Path) -> Path:
    """A fresh hidden temp-file name in ``path``'s folder, to be created with mode ``"x"`` and renamed.

    Naming it before creating it lets a caller record it first, so an interrupt (Ctrl-C) at any point
    still finds it to remove.
    """
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def write_atomic(path: Path, data: str) -> None:
    """Write via a temp file in the same folder and rename, so readers never see half a file."""
    write_all({path: data})


def write_all(files: dict[Path, str]) -> None:
    """Write each file to a temp file beside it, then rename them all into place.

    A failure or an interrupt (Ctrl-C) before the renames leaves every file as it was and no
    temp file behind, so a brief's .md and .json are written together or not at all.

    Raises:
        DeliveryError: a folder or file cannot be written.
    """
    with Staged() as staged:
        for path, data in files.items():
            staged.add(path, data)
        staged.commit()


class Staged:
    """Files written one at a time to temp files beside their paths, then renamed into place together: a
    set too large to hold in memory at once is still written all or nothing.

    Leaving the ``with`` block without :meth:`commit` (an error, Ctrl-C) removes the temp files and
    leaves every file as it was. With ``compare``, ``changed`` says whether any file added differs from
    what is on disk (compared a block at a time).
    """

    def __init__(self, *, compare: bool = False) -> None:
        self._staged: list[tuple[Path, Path]] = []
        self.compare = compare
        self.changed = False

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def add(self, path: Path, data: str | Iterable[str]) -> None:
        """Write ``data`` (the text, or its pieces in order) to a temp file beside ``path``.

        Raises:
            DeliveryError: the folder or the file cannot be written.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Named and recorded before it exists, so an interrupt at any point leaves nothing behind.
            tmp = temp_beside(path)
            self._staged.append((tmp, path))
            with tmp.open("x", encoding="utf-8") as handle:
                for piece in (data,) if isinstance(data, str) else data:
                    handle.write(piece)
            if self.compare and not self.changed:
                self.changed = not (path.is_file() and filecmp.cmp(tmp, path, shallow=False))
        except OSError as exc:
            raise _cannot_write(path, exc) from exc

    def commit(self) -> None:
        """Rename every staged file into place.

        Raises:
            DeliveryError: a file cannot be renamed.
        """
        try:
            for tmp, path in self._staged:
                try:
                    os.replace(tmp, path)
                except OSError as exc:
                    raise _cannot_write(path, exc) from exc
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the temp files not renamed yet."""
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()


def _cannot_write(path: Path, exc: OSError) -> DeliveryError:
    return DeliveryError(f"cannot write {path}: {exc.strerror or exc}: choose another folder with -o")


def write_pair(files: dict[Path, str], *, force: bool = False) -> bool:
    """Write several files (a brief's .md and .json) or none; False when all already hold this content.

    Raises:
        DeliveryError: a file exists with different content and ``force`` is off, or writing failed.
    """
    existing = {path: path.read_text(encoding="utf-8", errors="replace") for path in files if path.is_file()}
    if existing and all(existing.get(p) == text for p, text in files.items()):
        return False
    changed = [str(p) for p, text in existing.items() if text != files[p]]
    if changed and not force:
        raise DeliveryError(
            f"{changed[0]} already holds a different brief: "
            "pass --force to replace it, or -o to write elsewhere"
        )
    write_all(files)
    return True
