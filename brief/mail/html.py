"""Markdown → mail-safe HTML and plain text for the email stage.

The HTML is built for mail clients, not browsers: every style is an inline ``style`` attribute
(Gmail and Outlook drop or mangle ``<style>`` blocks), raw HTML in the source is escaped
(``html: False``), unsafe link schemes are refused by markdown-it's ``validateLink``, and images
never load: each becomes a plain ``[image: alt]`` link, so nothing remote is fetched on open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["STYLES", "Document", "parse_document", "render_html"]

_FONT = "-apple-system,'Segoe UI',Helvetica,Arial,sans-serif"
_MONO = "Menlo,Consolas,'Courier New',monospace"

# Inline CSS per tag; kept to properties that Gmail, Outlook and Apple Mail all honour.
STYLES: Mapping[str, str] = {
    "h1": "font-size:24px;line-height:1.3;margin:0 0 16px;color:#111111",
    "h2": "font-size:20px;line-height:1.3;margin:24px 0 12px;color:#111111",
    "h3": "font-size:17px;line-height:1.3;margin:20px 0 8px;color:#111111",
    "h4": "font-size:15px;margin:16px 0 8px;color:#111111",
    "p": "margin:0 0 12px",
    "a": "color:#1a5fb4;text-decoration:underline",
    "ul": "margin:0 0 12px;padding-left:24px",
    "ol": "margin:0 0 12px;padding-left:24px",
    "li": "margin:0 0 4px",
    "blockquote": "margin:0 0 12px;padding:4px 12px;border-left:3px solid #c8c8c8;color:#444444",
    "code": f"font-family:{_MONO};font-size:13px;background:#f3f3f3;padding:1px 3px",
    "pre": f"font-family:{_MONO};font-size:13px;background:#f3f3f3;padding:8px;white-space:pre-wrap",
    "hr": "border:0;border-top:1px solid #dddddd;margin:20px 0",
    "table": "border-collapse:collapse;margin:0 0 12px",
    "th": "border:1px solid #dddddd;padding:4px 8px;background:#f6f6f6",
    "td": "border:1px solid #dddddd;padding:4px 8px",
}
_BODY = (
    f"margin:0;padding:0;background:#ffffff;font-family:{_FONT};font-size:15px;line-height:1.5;color:#1a1a1a"
)
_WRAP = "max-width:680px;margin:0 auto;padding:16px"
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


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


def _markdown() -> MarkdownIt:
    """A CommonMark parser with raw HTML off, tables and strikethrough on, and mail render rules."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("image", _render_image)
    md.add_render_rule("fence", _render_code)
    md.add_render_rule("code_block", _render_code)
    return md


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """Replace an image with a text link so that opening the mail never fetches anything."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env) or "image"
    label = f"[image: {escape(alt, quote=False)}]"
    src = str(token.attrGet("src") or "")
    if src.lower().startswith(("https://", "http://")):
        return f'<a href="{escape(src)}" style="{STYLES["a"]}">{label}</a>'
    return label


def _render_code(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """Render a code block as a styled ``<pre>`` (the stock rule styles only the inner ``<code>``)."""
    return f'<pre style="{STYLES["pre"]}">{escape(tokens[idx].content, quote=False)}</pre>\n'


def _walk(tokens: Iterable[Token]) -> Iterable[Token]:
    """Every token, including the inline children of inline tokens."""
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _add_styles(tokens: Iterable[Token]) -> None:
    """Put the inline style for its tag on every opening or self-closing token."""
    for token in _walk(tokens):
        style = STYLES.get(token.tag)
        if style and token.nesting >= 0:
            existing = token.attrGet("style")  # table cells already carry text-align
            token.attrSet("style", f"{style};{existing}" if existing else style)


def render_html(markdown: str, *, title: str) -> str:
    """Render Markdown to a complete, self-contained HTML mail body with inline styles.

    Args:
        markdown: the body to render; any raw HTML in it is shown as text, never interpreted.
        title: the document title for ``<title>`` (escaped).
    """
    md = _markdown()
    tokens = md.parse(markdown)
    _add_styles(tokens)
    inner = md.renderer.render(tokens, md.options, {})
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title, quote=False)}</title>\n</head>\n"
        f'<body style="{_BODY}">\n<div style="{_WRAP}">\n{inner}</div>\n</body>\n</html>\n'
    )
