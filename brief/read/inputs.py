"""Read articles from files, folders, feeds and stdin into ``Article`` values.

Text keeps its characters exactly (evidence is quoted verbatim from it); only a byte-order mark is
dropped and line endings become ``\\n``. HTML goes through trafilatura, RSS/Atom through feedparser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from brief.errors import InputError
from brief.read.articles import Article, article_from_text, check_length
from brief.read.decode import check_text, decode_bytes, normalise_newlines, sniff_kind
from brief.read.duplicates import find_duplicates
from brief.read.feed import parse_feed
from brief.read.html import Extracted, extract_html
from brief.read.links import is_link_list, link_lines

__all__ = [
    "ARTICLE_SUFFIXES",
    "LINKS_SUFFIX",
    "MAX_BYTES",
    "ReadLink",
    "ReadResult",
    "read_inputs",
    "read_links",
    "read_path",
    "read_stdin",
]

MAX_BYTES = 20 * 1024 * 1024  # per file read; checked before reading, so memory stays bounded
_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
}
_KINDS |= {".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
ARTICLE_SUFFIXES = frozenset(_KINDS)  # what a folder is searched for; a single file may have any name
LINKS_SUFFIX = ".urls"  # a list of links, one per line, fetched through a ``ReadLink``


ReadLink = Callable[[str], Article]  # a URL to its article, e.g. ``brief.read.fetch.Fetcher.article``


@dataclass(frozen=True)
class ReadResult:
    """Articles read (duplicates removed), a line per file, entry or duplicate skipped and per link failed."""

    articles: tuple[Article, ...]
    skipped: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()


def read_path(path: Path, *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """Articles in a file (text, Markdown, HTML or feed) or a folder, duplicates removed.

    A folder skips files it cannot use; ``read_inputs`` reports which and why.

    Raises:
        InputError: the path is missing, or the file (or every file in the folder) is unusable.
    """
    return list(read_inputs([path], max_bytes=max_bytes).articles)


def read_inputs(
    paths: Iterable[Path], *, max_bytes: int = MAX_BYTES, links: ReadLink | None = None
) -> ReadResult:
    """Articles from several files or folders, duplicates removed, with what was skipped and why.

    ``.urls`` files (one link per line, ``#`` comments), and ``.txt`` files holding only such links,
    are read through ``links``; a link that cannot be read is one line in ``failed`` and the others
    are still read.

    Raises:
        InputError: a path is missing, a file is unusable, a folder holds no usable article (nor a
            link that failed), or a ``.urls`` file is given without ``links``.
    """
    articles: list[Article] = []
    skipped: list[str] = []
    failed: list[str] = []
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise InputError(f"{path} not found: check the path")
        if path.is_dir():
            found, notes = _read_folder(path, max_bytes, links, failed)
        elif path.suffix.lower() == LINKS_SUFFIX:
            if links is None:
                raise InputError(f"{path} is a list of links: pass it to brief run or brief daily")
            found, notes = _read_link_file(path, max_bytes, links, failed), []
        else:
            found, notes = _read_file(path, max_bytes, links, failed)
        articles += found
        skipped += notes
    kept, duplicates = find_duplicates(articles)
    skipped += [d.note() for d in duplicates]
    return ReadResult(tuple(kept), tuple(skipped), tuple(failed))


def read_links(path: Path, *, max_bytes: int = MAX_BYTES) -> list[str]:
    """The links in a ``.urls`` file: one per line, blank lines and ``#`` comments ignored, repeats once.

    Raises:
        InputError: the file cannot be read.
    """
    text, _ = decode_bytes(_read_bytes(path, max_bytes), str(path))
    return link_lines(text)


def _read_link_file(path: Path, max_bytes: int, links: ReadLink, failed: list[str]) -> list[Article]:
    """The article of every link in ``path``; each link that cannot be read adds a line to ``failed``."""
    return _fetch_all(read_links(path, max_bytes=max_bytes), links, failed)


def _fetch_all(found: list[str], links: ReadLink, failed: list[str]) -> list[Article]:
    articles: list[Article] = []
    for link in found:
        try:
            articles.append(links(link))
        except InputError as exc:
            failed.append(str(exc))
    return articles


def read_stdin(stream: IO[str] | IO[bytes], *, max_bytes: int = MAX_BYTES) -> Article:
    """One article (text, Markdown or HTML) from a text or binary stream.

    Raises:
        InputError: stdin is empty, binary, too large, a feed, or HTML without article text.
    """
    name = "stdin"
    data = getattr(stream, "buffer", stream).read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name} is over the {_mib(max_bytes)} limit: give a shorter article")
    if isinstance(data, bytes):
        text, note = decode_bytes(data, name)
    else:
        text, note = normalise_newlines(data.removeprefix("\ufeff")), None
        check_text(text, name)
    if not text.strip():
        raise InputError("stdin is empty: pipe article text in or pass a file")
    kind = sniff_kind(text)
    if kind == "feed":
        raise InputError("stdin holds an RSS or Atom feed: save it to a file and pass its path")
    return _article(text, "<stdin>", kind, note)


def _read_file(
    path: Path, max_bytes: int, links: ReadLink | None = None, failed: list[str] | None = None
) -> tuple[list[Article], list[str]]:
    """Articles in one file, with notes on feed entries skipped; a ``.txt`` of links is fetched."""
    data = _read_bytes(path, max_bytes)
    text, note = decode_bytes(data, str(path))
    if path.suffix.lower() == ".txt" and is_link_list(text):
        if links is None:
            raise InputError(f"{path} is a list of links: pass it to brief run or brief daily")
        return _fetch_all(link_lines(text), links, failed if failed is not None else []), []
    kind = _KINDS.get(path.suffix.lower()) or sniff_kind(text)
    if kind == "feed":
        entries, notes = parse_feed(data, str(path))
        return [_from_extracted(entry, str(path), None) for entry in entries], notes
    return [_article(text, str(path), kind, note)], []


def _article(text: str, source: str, kind: str, note: str | None) -> Article:
    if not text.strip():
        raise InputError(f"{source} is empty: give a file with article text")
    if kind == "html":
        return _from_extracted(extract_html(text, source), source, note)
    check_length(text, source)
    return article_from_text(text, source=source, notes=(note,) if note else ())


def _from_extracted(extracted: Extracted, source: str, note: str | None) -> Article:
    check_length(extracted.text, source)
    return article_from_text(
        extracted.text,
        source=source,
        title=extracted.title,
        notes=(note,) if note else (),
        url=extracted.url,
        published=extracted.published,
        author=extracted.author,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; the size is checked before reading so memory stays bounded."""
    too_big = InputError(f"{path} is over the {_mib(max_bytes)} limit: split it or give a shorter article")
    try:
        if path.stat().st_size > max_bytes:
            raise too_big
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{path} not found (or a broken link): check the path") from exc
    except PermissionError as exc:
        raise InputError(f"cannot read {path} (permission denied): fix its permissions") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path} ({exc.strerror or exc}): check the file") from exc
    if len(data) > max_bytes:  # it grew since stat, or is a device
        raise too_big
    if not data.strip():
        raise InputError(f"{path} is empty: give a file with article text")
    return data


def _read_folder(
    folder: Path, max_bytes: int, links: ReadLink | None, failed: list[str]
) -> tuple[list[Article], list[str]]:
    """Articles in every article file (and ``.urls`` link) under ``folder``; unusable files become notes."""
    articles: list[Article] = []
    notes: list[str] = []
    failures = len(failed)
    for path in _walk(folder, notes):
        if path.suffix.lower() == LINKS_SUFFIX and path.is_file():
            if links is None:
                notes.append(f"{path}: a list of links; skipped (brief run and brief daily fetch them)")
                continue
            try:
                articles += _read_link_file(path, max_bytes, links, failed)
            except InputError as exc:
                notes.append(f"{exc}; skipped")
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            notes.append(f"{path}: not a .txt, .md, .html or feed file; skipped")
            continue
        if path.exists() and not path.is_file():  # a FIFO or device would block or never end
            notes.append(f"{path}: not a regular file; skipped")
            continue
        try:
            found, entry_notes = _read_file(path, max_bytes, links, failed)
        except InputError as exc:
            notes.append(f"{exc}; skipped")
            continue
        articles += found
        notes += entry_notes
    if not articles and len(failed) == failures:
        raise InputError(f"no readable article in folder {folder}: add .txt, .md, .html or feed files")
    return articles, notes


def _walk(folder: Path, notes: list[str]) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, skipping hidden names and visiting each real folder once."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        if not current.is_dir():
            yield current
            continue
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen:  # a symlink back into a folder already read
                continue
            seen.add((info.st_dev, info.st_ino))
            stack += sorted((p for p in current.iterdir() if not p.name.startswith(".")), reverse=True)
        except OSError as exc:
            notes.append(f"cannot list folder {current} ({exc.strerror or exc}); skipped")


def _mib(size: int) -> str:
    return f"{size // 2**20} MiB" if size % 2**20 == 0 else f"{size:,} bytes"
