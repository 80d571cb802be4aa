"""Markdown → mail-safe HTML and plain text for the email stage.

The HTML is built for mail clients, not browsers: every style is an inline ``style`` attribute
(Gmail and Outlook drop or mangle ``<style>`` blocks). The parser is the one the browser pages use
(:mod:`brief.deliver.html`: raw HTML escaped, unsafe link schemes refused, images as links, so nothing
remote is fetched on open); in a mail, a link that is not a web or mail address or a ``#place`` in the
message becomes plain text, as a mail client could not follow it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape

from markdown_it.token import Token

from brief.deliver.html import Document, markdown_parser, parse_document, relink, walk

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
    "blockquote": "margin:0 0 12px;padding:0 12px;border-left:3px solid #c8c8c8;color:#444444",
    "code": f"font-family:{_MONO};font-size:13px;background:#f3f3f3;padding:1px 3px",
    "pre": f"font-family:{_MONO};font-size:13px;background:#f3f3f3;padding:8px;white-space:pre-wrap",
    "hr": "border:0;border-top:1px solid #dddddd;margin:20px 0",
    "table": "border-collapse:collapse;width:100%;margin:0 0 12px",
    "th": "border:1px solid #dddddd;padding:4px 8px;background:#f6f6f6;text-align:left;vertical-align:top",
    "td": "border:1px solid #dddddd;padding:4px 8px;text-align:left;vertical-align:top",
}
_BODY = (
    f"margin:0;padding:0;background:#ffffff;font-family:{_FONT};font-size:15px;line-height:1.5;color:#1a1a1a"
)
_WRAP = "max-width:680px;margin:0 auto;padding:16px"
_QUOTED_P = "margin:4px 0"
_SAFE_SCHEMES = ("https://", "http://", "mailto:")


def _mail_link(href: str) -> str | None:
    """A link a mail client can follow (a web or mail address, or a place in this message), else none."""
    return href if href.lower().startswith(_SAFE_SCHEMES) or href.startswith("#") else None


def _demote(tokens: Iterable[Token]) -> None:
    """One heading level down (h1 → h2 ...), for a brief shown inside a digest's message."""
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + 1)}"


def _add_styles(tokens: Iterable[Token]) -> None:
    """Put the inline style for its tag on every opening or self-closing token."""
    quoted = 0  # inside a blockquote, whose padding already spaces its paragraphs
    for token in walk(tokens):
        quoted += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        style = _QUOTED_P if quoted and token.tag == "p" else STYLES.get(token.tag)
        if style and token.nesting >= 0:
            existing = token.attrGet("style")  # table cells already carry text-align
            token.attrSet("style", f"{style};{existing}" if existing else style)


def _fragment(markdown: str, *, demote: bool = False) -> str:
    """Markdown to styled HTML; a link to anything but a web or mail address or an anchor is text."""
    md = markdown_parser(link_style=STYLES["a"], pre_style=STYLES["pre"])
    tokens = md.parse(markdown)
    relink(tokens, _mail_link)
    if demote:
        _demote(tokens)
    _add_styles(tokens)
    return str(md.renderer.render(tokens, md.options, {}))


def render_html(markdown: str, *, title: str, sections: Sequence[tuple[str, str]] = ()) -> str:
    """Render Markdown to a complete, self-contained HTML mail body with inline styles.

    Args:
        markdown: the body to render; any raw HTML in it is shown as text, never interpreted.
        title: the document title for ``<title>`` (escaped).
        sections: ``(id, markdown)`` pairs shown after the body, each in a ``<div id=...>`` that a
            ``#id`` link in the body jumps to, its headings one level down (a digest's full briefs).
    """
    inner = _fragment(markdown)
    for anchor, text in sections:
        brief = _fragment(text, demote=True)
        inner += f'<hr style="{STYLES["hr"]}">\n<div id="{escape(anchor)}">\n{brief}</div>\n'
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title, quote=False)}</title>\n</head>\n"
        f'<body style="{_BODY}">\n<div style="{_WRAP}">\n{inner}</div>\n</body>\n</html>\n'
    )
