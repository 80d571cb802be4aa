"""Write briefs safely: slugged paths inside the output folder, atomic writes, no silent overwrites."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from brief.errors import DeliveryError

__all__ = ["brief_paths", "slugify", "write_all", "write_atomic", "write_pair"]

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
    staged: list[tuple[Path, Path]] = []
    path = next(iter(files))
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((Path(name), path))
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as exc:
        raise DeliveryError(
            f"cannot write {path}: {exc.strerror or exc}: choose another folder with -o"
        ) from exc
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


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
