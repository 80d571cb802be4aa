"""The links of a digest's mail: a relative link to a brief's ``.md`` goes nowhere in a mail client.

So every such link is made to work where the mail is read, in one of two ways:

- **embed** (the default): the linked brief is attached (``text/markdown``) and, in the HTML part,
  shown in full below the digest; its links jump there (``#brief-1-slug``). The plain-text part says
  ``text (attached: slug.md)`` at the link's last occurrence (a digest story's "full brief") and keeps
  earlier ones (the headline) as plain text.
- **link base** (``--link-base URL``, ``link_base`` in ``brief.toml``): the address where the output
  folder is published; each link becomes ``URL/<folder>/<slug>.html`` (``.md`` when no ``.html`` page
  is beside it), e.g. ``https://news.example.org/briefs/2026-12-01/port-strike.html``. Nothing is
  attached or embedded.

A link to a missing file, to a file outside the folder, or to the ``.md`` itself becomes plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from brief.config import check_link_base
from brief.deliver.html import parse_document

__all__ = ["MailBody", "mail_body"]

# [text](target.md): text without unescaped brackets; a target with no scheme, no spaces, ending .md
_MD_LINK = re.compile(r"(?<!!)\[((?:\\.|[^\[\]\\])*)\]\(<?([^()\s<>:]+?\.md)>?\)")


@dataclass(frozen=True)
class MailBody:
    """What a mail says: the plain-text part, the HTML part's Markdown, full briefs shown below it as
    ``(anchor, markdown)``, and the linked files to attach."""

    text: str
    html: str
    sections: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[Path, bytes]] = field(default_factory=list)


def mail_body(
    body: str, md_path: Path, read: Callable[[Path], bytes], *, link_base: str | None = None
) -> MailBody:
    """The mail's parts for a brief or digest ``body`` read from ``md_path``.

    Args:
        read: reads a linked file (raises InputError naming it).
        link_base: where the output folder is published; ``None`` embeds and attaches the briefs.

    Raises:
        InputError: a linked brief cannot be read.
        ConfigError: ``link_base`` is not a web address.
    """
    found, last = _targets(body, md_path)
    if link_base is not None:
        base = check_link_base(link_base)
        urls = {t: _published(base, p) for t, p in found.items() if p is not None}
        linked = _MD_LINK.sub(lambda m: _relinked(m, urls), body)
        return MailBody(text=linked, html=linked)
    files = {t: (p, read(p)) for t, p in found.items() if p is not None}
    anchors = {t: f"brief-{n}-{_anchor(p.stem)}" for n, (t, (p, _)) in enumerate(files.items(), 1)}

    def text(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        if target not in files or match.start() != last[target]:
            return label
        return f"{label} (attached: {files[target][0].name})"

    sections = [(anchors[t], parse_document(data.decode("utf-8")).body) for t, (_, data) in files.items()]
    html = _MD_LINK.sub(lambda m: _relinked(m, {t: f"#{a}" for t, a in anchors.items()}), body)
    if sections:
        html = html.rstrip("\n") + "\n\n---\n\n## Full briefs\n"
    return MailBody(_MD_LINK.sub(text, body), html, sections, list(files.values()))


def _targets(body: str, md_path: Path) -> tuple[dict[str, Path | None], dict[str, int]]:
    """Each ``.md`` target linked from ``body``: its file when it is beside ``md_path`` (else None),
    and where its last link starts."""
    folder = md_path.parent.resolve()
    found: dict[str, Path | None] = {}
    last: dict[str, int] = {}
    for match in _MD_LINK.finditer(body):
        target = match.group(2)
        last[target] = match.start()
        if target not in found:
            path = (folder / target).resolve()
            inside = path.is_relative_to(folder) and path != md_path.resolve()
            found[target] = path if inside and path.is_file() else None
    return found, last


def _relinked(match: re.Match[str], urls: dict[str, str]) -> str:
    """The link with its new address, or its text alone when the target has none."""
    label, target = match.group(1), match.group(2)
    return f"[{label}]({urls[target]})" if target in urls else label


def _published(base: str, path: Path) -> str:
    """Where ``path`` is on the web: its ``.html`` page when one is beside it, else the file itself."""
    page = path.with_suffix(".html")
    name = page.name if page.is_file() else path.name
    return f"{base}/{quote(path.parent.name)}/{quote(name)}"


def _anchor(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "brief"
