"""Duplicate detection: copies of one article, by content id, URL or normalised text.

Of the copies, the one with the most metadata is kept; each copy left out is a :class:`Duplicate`
whose :meth:`~Duplicate.note` says which was kept and why.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from brief.read.articles import Article, title_line

__all__ = ["Duplicate", "dedupe", "find_duplicates", "normalised_text", "partition_duplicates"]


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
        "title": bool(article.title) and article.title != title_line(article.text)[:200],
        "date": bool(article.published),
        "author": bool(article.author),
    }
    return [name for name, present in has.items() if present]


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
