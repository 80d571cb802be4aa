"""HTML to article text: trafilatura for whole pages, a small tag stripper for feed snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura
from trafilatura.settings import Document

from brief.errors import InputError

__all__ = ["Extracted", "extract_html", "html_to_text"]

MIN_PROSE_CHARS = 40  # a page needs one line this long (a sentence, not a menu item) to count as an article
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul".split()
)
# "Enable JavaScript to view this page": the fallback of a script-only page, never article text.
_NOSCRIPT = re.compile(r"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)
_SKIP_TAGS = frozenset(["head", "script", "style", "noscript", "template", "iframe", "svg", "object"])


@dataclass(frozen=True)
class Extracted:
    """Text and metadata pulled out of a page or a feed entry."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None


def extract_html(html: str, name: str) -> Extracted:
    """The main text of a web page (paragraphs separated by blank lines) with title, URL, date and author.

    Raises:
        InputError: the page holds no article text (only navigation or boilerplate).
    """
    html = _NOSCRIPT.sub(" ", html)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    if not isinstance(doc, Document):
        doc = Document()
    lines = [line.strip() for line in (doc.text or "").splitlines()]
    if not any(len(line) >= MIN_PROSE_CHARS for line in lines):
        raise InputError(
            f"no article text found in {name}: give the article page itself, not an index or menu page"
        )
    return Extracted(
        text="\n\n".join(line for line in lines if line),
        title=doc.title or None,
        url=doc.url or None,
        published=doc.date or None,
        author=doc.author or None,
    )


class _TextCollector(HTMLParser):
    """Collects text per block element, skipping scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS and self.blocks[-1]:
            self.blocks.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS and self.blocks[-1]:
            self.blocks.append([])

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.blocks[-1].append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML snippet: a paragraph per block element, whitespace collapsed as browsers do."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = (" ".join("".join(parts).split()) for parts in collector.blocks)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
