"""Lists of links: a ``.urls`` file, or a ``.txt`` file holding nothing but links.

One link per line; blank lines and ``#`` comments (a whole line, or after `` #``) are ignored. A ``.txt``
file is a list of links only when every other line is an ``http(s)://`` address, so an article that
quotes a link stays an article.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["is_link_list", "is_url", "link_lines"]


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address with a host (and no spaces)."""
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in text)


def link_lines(text: str) -> list[str]:
    """Every line that is not blank or a comment, without its trailing `` # comment``, repeats once."""
    found: list[str] = []
    for line in text.splitlines():
        link = line.split(" #", 1)[0].strip()
        if link and not link.startswith("#") and link not in found:
            found.append(link)
    return found


def is_link_list(text: str) -> bool:
    """True when ``text`` has at least one line and every line (blank lines, comments aside) is a link."""
    lines = link_lines(text)
    return bool(lines) and all(is_url(line) for line in lines)
