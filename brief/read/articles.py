"""Read articles from files, folders, feeds and stdin into ``Article`` values.

Text keeps its characters exactly (evidence is quoted verbatim from it); only a byte-order mark is
dropped and line endings become ``\\n``. HTML goes through trafilatura, RSS/Atom through feedparser.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from brief.errors import InputError
from brief.read.decode import check_text, decode_bytes, normalise_newlines, sniff_kind
from brief.read.feed import parse_feed
from brief.read.html import Extracted, extract_html
from brief.read.lang import language_note
from brief.read.links import is_link_list, link_lines

__all__ = [
    "ARTICLE_SUFFIXES",
    "LINKS_SUFFIX",
    "MAX_BYTES",
    "MAX_CHARS",
    "Article",
    "Duplicate",
    "ReadLink",
    "ReadResult",
    "article_from_text",
    "check_length",
    "content_id",
    "dedupe",
    "find_duplicates",
    "normalised_text",
    "partition_duplicates",
    "read_inputs",
    "read_links",
    "read_path",
    "read_stdin",
]

MAX_BYTES = 20 * 1024 * 1024  # per file read; checked before reading, so memory stays bounded
# Per article: extraction needs ~1 GB and a minute of CPU at this size (a long feature is ~50,000).
MAX_CHARS = 500_000
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


@dataclass(frozen=True)
class Article:
    """One article. ``id`` is a content hash of ``text``, so the same text always has the same id."""

    id: str
    title: str
    text: str
    source: str  # a path, a URL or "<stdin>"
    url: str | None = None
    published: str | None = None  # ISO 8601 date or date-time when known
    author: str | None = None
    notes: tuple[str, ...] = ()  # how it was read, e.g. "not valid UTF-8; decoded as cp1252"


ReadLink = Callable[[str], Article]  # a URL to its article, e.g. ``brief.read.fetch.Fetcher.article``


@dataclass(frozen=True)
class ReadResult:
    """Articles read (duplicates removed), a line per file, entry or duplicate skipped and per link failed."""

    articles: tuple[Article, ...]
    skipped: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()


def content_id(text: str) -> str:
    """Stable content hash: sha256 of the whitespace-normalised text, first 16 hex digits."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


_BOILERPLATE = re.compile(
    r"^(skip to (main )?content|advertisement|sign in|log in|subscribe|menu|share( this)?|"
    r"cookie.*|accept( all)?( cookies)?|home|search|close|[\w .&-]{0,24}:)$",
    re.IGNORECASE,
)


def _title_line(text: str) -> str:
    """The first line that reads as a headline: not navigation boilerplate, not a byline stub."""
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    for line in lines[:12]:
        if not _BOILERPLATE.match(line) and len(line.split()) >= 2:
            return line
    return lines[0] if lines else ""


def article_from_text(
    text: str, *, source: str, title: str | None = None, notes: tuple[str, ...] = (), **extra: str | None
) -> Article:
    """Build an ``Article``; the title defaults to the first headline-like line, without Markdown ``#``.

    A note is added when the text does not look like English.
    """
    first = _title_line(text)
    language = language_note(text)
    notes = (*notes, language) if language else notes
    return Article(
        id=content_id(text), title=(title or first)[:200], text=text, source=source, notes=notes, **extra
    )


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


def dedupe(articles: Iterable[Article]) -> list[Article]:
    """Articles in order, one copy of each: repeats of a content id, URL or normalised text left out."""
    return partition_duplicates(articles)[0]


@dataclass(frozen=True)
class Duplicate:
    """A copy left out (``dropped``) because it is the same article as ``kept``; ``why`` says how."""

    dropped: Article
    kept: Article
    why: str  # "same text", "same URL"

    def note(self) -> str:
        """One line for the day's notes: which copy was dropped, which was kept, and why."""
        extra = [m for m in _metadata(self.kept) if m not in _metadata(self.dropped)]
        richer = f", which has the {_join(extra)} this one lacks" if extra else ""
        kept, dropped = self.kept, self.dropped
        other = f"{kept.title!r} in {kept.source}" if kept.source == dropped.source else kept.source
        return (
            f"{dropped.source}: {dropped.title!r} is the same article as {other} ({self.why}); "
            f"kept that copy{richer}; skipped this one"
        )


def partition_duplicates(articles: Iterable[Article]) -> tuple[list[Article], list[Article]]:
    """Articles without repeats (see :func:`find_duplicates`), and the copies left out."""
    kept, duplicates = find_duplicates(articles)
    return kept, [d.dropped for d in duplicates]


def find_duplicates(articles: Iterable[Article]) -> tuple[list[Article], list[Duplicate]]:
    """One copy of each article, and a :class:`Duplicate` per copy left out.

    Copies are the same article when they share a content id, a URL or their normalised text (case,
    typographic quotes and dashes, whitespace, and a first line that is the title set aside). Of the
    copies, the one with the most metadata (URL, title, date, author) is kept, in the place of the
    first copy; on a tie the first copy is kept.
    """
    groups: list[tuple[Article, set[str]]] = []  # the copy kept, and every key of the group
    owner: dict[str, int] = {}
    duplicates: list[Duplicate] = []
    for article in articles:
        keys = _keys(article)
        index = next((owner[k] for k in keys if k in owner), None)
        if index is None:
            index = len(groups)
            groups.append((article, set()))
        else:
            kept, seen = groups[index]
            why = _why(keys & seen)
            if len(_metadata(article)) > len(_metadata(kept)):
                duplicates.append(Duplicate(dropped=kept, kept=article, why=why))
                groups[index] = (article, seen)
            else:
                duplicates.append(Duplicate(dropped=article, kept=kept, why=why))
        groups[index][1].update(keys)
        owner.update(dict.fromkeys(keys, index))
    for n, duplicate in enumerate(duplicates):  # a copy kept for a while may itself be dropped later
        final = next(g for g, keys in groups if f"id:{duplicate.kept.id}" in keys)
        duplicates[n] = Duplicate(duplicate.dropped, final, duplicate.why)
    return [article for article, _ in groups], duplicates


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
MIN_TEXT_MATCH = 200  # normalised characters; shorter texts are told apart by content id and URL only


def normalised_text(article: Article) -> str:
    """The text for sameness: NFKC, case-folded, quotes and dashes plain, whitespace single, and a first
    line that is the title left out (an HTML page's text has no headline; a saved copy often does)."""
    lines = [line.strip() for line in article.text.splitlines() if line.strip()]
    if lines and _flat(lines[0].lstrip("#")) == _flat(article.title):
        lines = lines[1:]
    return _flat(" ".join(lines))


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().split())


def _keys(article: Article) -> set[str]:
    keys = {f"id:{article.id}"} | ({f"url:{article.url}"} if article.url else set())
    text = normalised_text(article)
    if len(text) >= MIN_TEXT_MATCH:
        keys.add("text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    return keys


def _why(shared: set[str]) -> str:
    if any(k.startswith("url:") for k in shared) and not any(k.startswith("id:") for k in shared):
        return "same URL"
    return "same text"


def _metadata(article: Article) -> list[str]:
    """What the article has beyond its text: URL, a title of its own (not its first line), date, author."""
    has = {
        "URL": bool(article.url),
        "title": bool(article.title) and article.title != _title_line(article.text)[:200],
        "date": bool(article.published),
        "author": bool(article.author),
    }
    return [name for name, present in has.items() if present]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


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


def check_length(text: str, source: str) -> None:
    """Raise InputError when ``text`` is longer than one article may be (:data:`MAX_CHARS`)."""
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{source} has {len(text):,} characters, over the {MAX_CHARS:,} limit for one article: "
            "split it into articles"
        )


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
