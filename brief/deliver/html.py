"""Markdown → HTML for people: the browser pages beside a digest, and the parser the email stage shares.

Briefs and digests are rendered to Markdown first (:mod:`brief.render`, :mod:`brief.daily.digest`);
this module turns that Markdown into HTML with markdown-it-py. Raw HTML in the source is shown as text
(``html: False``), markdown-it refuses unsafe link schemes, and images never load: each becomes a
``[image: alt]`` link, so nothing remote is fetched when a page or mail is opened.

A browser page (:func:`page_html`) is the rendered body inside the ``page.html.j2`` template (user
overridable like every template), with each relative link to a ``.md`` file pointing at the ``.html``
written beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from brief.prompts import PromptLibrary

__all__ = [
    "PAGE_TEMPLATE",
    "Document",
    "markdown_parser",
    "page_html",
    "page_parts",
    "parse_document",
    "relative_md",
    "relink",
    "walk",
]

PAGE_TEMPLATE = "page.html.j2"
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# A link to a Markdown file beside this one: no scheme, not absolute, not only a fragment.
_RELATIVE_MD = re.compile(r"\A(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?![/#])([^?#]+\.md)(#.*)?\Z")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")  # opens or closes a fenced code block
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_BODY = "brief-page-body-5f0c2e9a"  # where the template puts the body, found in its output

Rule = Callable[[Any, Sequence[Token], int, Any, Any], str]


@dataclass(frozen=True)
class Document:
    """A brief or digest file: its front matter and its Markdown body (front matter removed)."""

    meta: Mapping[str, Any] = field(default_factory=dict)
    body: str = ""


def parse_document(text: str) -> Document:
    """Split YAML front matter from the Markdown body; unreadable front matter counts as none."""
    text = text.replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        return Document(body=text.lstrip("\ufeff"))
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        meta = None
    body = text[match.end() :].lstrip("\n")
    return Document(meta=meta if isinstance(meta, dict) else {}, body=body)


def markdown_parser(*, link_style: str = "", pre_style: str = "") -> MarkdownIt:
    """CommonMark with raw HTML off, tables and strikethrough on, images as links, code as ``<pre>``.

    Args:
        link_style, pre_style: an inline ``style`` for the image links and code blocks (mail).
    """
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("image", _image_rule(link_style))
    md.add_render_rule("fence", _code_rule(pre_style))
    md.add_render_rule("code_block", _code_rule(pre_style))
    return md


def _style(style: str) -> str:
    return f' style="{style}"' if style else ""


def _image_rule(style: str) -> Rule:
    def render(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        """An image as a text link, so that opening the page never fetches anything."""
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children or [], options, env) or "image"
        label = f"[image: {escape(alt, quote=False)}]"
        src = str(token.attrGet("src") or "")
        if src.lower().startswith(("https://", "http://")):
            return f'<a href="{escape(src)}"{_style(style)}>{label}</a>'
        return label

    return render


def _code_rule(style: str) -> Rule:
    def render(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        """A code block as one ``<pre>`` (the stock rule styles only the inner ``<code>``)."""
        return f"<pre{_style(style)}>{escape(tokens[idx].content, quote=False)}</pre>\n"

    return render


def walk(tokens: Iterable[Token]) -> Iterable[Token]:
    """Every token, including the inline children of inline tokens."""
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


def relink(tokens: Iterable[Token], change: Callable[[str], str | None]) -> None:
    """Give every link the address ``change`` returns for its old one; ``None`` makes it plain text."""
    for token in tokens:
        if not token.children:
            continue
        kept: list[Token] = []
        dropping = False
        for child in token.children:
            if child.type == "link_open":
                href = change(str(child.attrGet("href") or ""))
                dropping = href is None
                if href is not None:
                    child.attrSet("href", href)
            if not (dropping and child.type in ("link_open", "link_close")):
                kept.append(child)
            if child.type == "link_close":
                dropping = False
        token.children = kept


def sections(body: str) -> Iterator[str]:
    """``body`` cut before each heading that follows a blank line outside a fenced code block.

    Such a heading always starts a top-level block, so each section renders as it does within the whole
    body; rendered a section at a time, a digest of thousands of stories never has all its tokens
    (about 35 times its text) in memory at once.
    """
    start = offset = 0
    fence, blank = "", False
    while offset < len(body):
        line = body[offset : body.find("\n", offset) + 1 or len(body)]
        marker = _FENCE.match(line)
        if marker and not fence:
            fence = marker.group(1)
        elif marker and marker.group(1).startswith(fence) and not marker.group(2).strip():
            fence = ""  # a closing fence: as long as the opening one at least, nothing after it
        elif not fence and blank and _HEADING.match(line):
            yield body[start:offset]
            start = offset
        offset += len(line)
        blank = not line.strip()
    if offset > start or not body:
        yield body[start:]


def relative_md(href: str) -> str | None:
    """The file name of a relative link to a ``.md`` file (fragment removed), else ``None``."""
    match = _RELATIVE_MD.match(href)
    return match.group(1) if match else None


def _browser_link(href: str) -> str:
    """A relative ``.md`` link points at the ``.html`` page written beside that file."""
    name = relative_md(href)
    if name is None:
        return href
    return name[: -len(".md")] + ".html" + href[len(name) :]


def page_html(markdown: str, prompts: PromptLibrary, *, up: tuple[str, str] | None = None) -> str:
    """A browser page for a brief or digest ``.md`` (front matter and all), from ``page.html.j2``.

    Args:
        markdown: the file's text; its front matter gives the page title (``title`` and ``date``).
        up: a ``(href, text)`` link shown above the content, e.g. back to the digest.

    Raises:
        ConfigError: the template is missing or broken.
    """
    return "".join(page_parts(markdown, prompts, up=up))


def page_parts(markdown: str, prompts: PromptLibrary, *, up: tuple[str, str] | None = None) -> Iterator[str]:
    """:func:`page_html` in pieces, the body a section at a time: a digest of thousands of stories is
    written without its page, or its tokens, ever being in memory whole.

    Raises:
        ConfigError: the template is missing or broken.
    """
    doc = parse_document(markdown)
    md = markdown_parser()
    title = " — ".join(str(doc.meta[k]) for k in ("title", "date") if doc.meta.get(k)) or "brief"
    page = prompts.render(PAGE_TEMPLATE, title=title, body=_BODY, up=up, meta=doc.meta)
    head, found, tail = page.partition(_BODY)
    # The page around the body, unless the template does more than place it once, as it is.
    if found and _BODY not in tail and head.strip() and tail.strip() and doc.body.strip():
        yield head
        yield from _html(md, doc.body)
        yield tail
    else:
        body = "".join(_html(md, doc.body))
        yield prompts.render(PAGE_TEMPLATE, title=title, body=body, up=up, meta=doc.meta)


def _html(md: MarkdownIt, body: str) -> Iterator[str]:
    env: dict[str, Any] = {}  # the link reference definitions, which serve the whole body
    if "]:" in body:  # there may be some: gather them all before rendering any section
        for section in sections(body):
            md.parse(section, env)
    for section in sections(body):
        tokens = md.parse(section, env)
        relink(tokens, _browser_link)
        yield md.renderer.render(tokens, md.options, env)
